/**
 * A top-level package without `py.typed`: type checkers ignore its annotations once installed
 * (PEP 561). The fix creates the empty marker.
 */

/** @type {import('dunderlint').PluginRule} */
module.exports = {
  meta: {
    description: 'A top-level package must have a py.typed marker (PEP 561)',
    defaultSeverity: 'error',
    fixable: 'safe',
    docs: { url: 'https://peps.python.org/pep-0561/' },
    messages: {
      missing: '{{dir}}/ has no py.typed: type checkers ignore its annotations once it is installed',
    },
    options: {
      ignore: { type: 'string[]', default: ['tests', 'test', 'docs', 'examples', 'scripts'], description: 'Package names that are not shipped' },
    },
  },
  create(context) {
    const ignore = new Set(/** @type {string[]} */ (context.options.ignore));
    return {
      directory(dir) {
        const init = dir.files.get('__init__.py');
        // Top level: a regular package whose parent folder is none.
        if (!init || !dir.parent || dir.parent.files.has('__init__.py') || ignore.has(dir.name)) return;
        if (dir.files.has('py.typed')) return;
        context.report({
          messageId: 'missing',
          data: { dir: dir.path },
          at: { path: init.path, start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
          fix: {
            description: `Create ${dir.path}/py.typed`,
            applicability: 'safe',
            operations: [{ kind: 'createFile', path: `${dir.path}/py.typed`, content: '' }],
          },
        });
      },
    };
  },
};
