// Rules of this project only, loaded from pyproject.toml: named demo/<rule>.

/** @type {import('dunderlint').PluginRule} */
const futureAnnotations = {
  meta: {
    description: 'Every module of the package starts with `from __future__ import annotations`',
    defaultSeverity: 'warn',
    fixable: 'unsafe',
    messages: { missing: '{{path}} lacks `from __future__ import annotations`' },
  },
  create(context) {
    return {
      module(module) {
        const { file, facts } = module;
        if (!file.path.startsWith('shop/') || !file.name.endsWith('.py')) return;
        const has = facts.imports.some((f) => f.kind === 'from' && f.module === '__future__' && f.names.some((n) => n.name === 'annotations'));
        if (has) return;
        context.report({
          messageId: 'missing',
          data: { path: file.path },
          at: { path: file.path, start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
          // Unsafe: above a docstring, the line would turn the docstring into a plain string.
          fix: {
            description: 'Insert `from __future__ import annotations`',
            applicability: 'unsafe',
            operations: [{ kind: 'edit', path: file.path, edits: [{ start: 0, end: 0, text: 'from __future__ import annotations\n' }] }],
          },
        });
      },
    };
  },
};

module.exports = { meta: { name: 'demo', version: '1.0.0' }, rules: { 'future-annotations': futureAnnotations } };
