import picomatch from 'picomatch';
import { defineRule, fileStart } from '../src/engine/rule';
import { layoutOf } from '../src/project/layout';
import { hasInit } from '../src/project/model';
import { isPythonSource } from '../src/project/project';
import { isModuleName, isMisspelledInit } from '../src/python/names';

export default defineRule({
  id: 'implicit-namespace-package',
  meta: {
    description: 'A folder of modules inside a regular package, without `__init__.py`, that nothing imports as a package',
    defaultSeverity: 'warn',
    fixable: 'safe',
    messages: {
      implicit:
        '`{{dir}}/` holds Python modules inside the package `{{parent}}/` but has no `__init__.py`: it is an implicit namespace package, which `find_packages()` leaves out of the wheel and mypy names wrongly',
    },
    options: {
      'ignore-names': {
        type: 'string[]',
        default: ['fixtures', '*data', 'resources', 'templates', 'example_scripts', 'versions', 'migrations', 'static', 'assets'],
        description: 'Folder names (globs) that hold data or loose scripts, not packages.',
      },
    },
  },
  create(context) {
    const { project } = context;
    const ignored = picomatch(context.options['ignore-names'] as string[]);
    return {
      directory(dir) {
        if (!dir.parent || !hasInit(dir.parent) || hasInit(dir)) return;
        if (!isModuleName(dir.name) || ignored(dir.name)) return;
        const modules = [...dir.files.values()].filter((f) => isPythonSource(f.name)).sort((a, b) => (a.name < b.name ? -1 : 1));
        if (modules.length === 0 || [...dir.files.keys()].some(isMisspelledInit)) return;
        const layout = layoutOf(project);
        // Imported as a package: missing-init reports it. Declared or metadata-level namespaces are intended.
        if (layout.packageUses.has(dir) || layout.isDeclaredNamespace(dir) || layout.projectOf(dir).config.namespaces) return;
        context.report({
          messageId: 'implicit',
          data: { dir: dir.path, parent: dir.parent.path },
          at: fileStart(modules[0]!.path),
          fix: {
            description: `Create ${dir.path}/__init__.py`,
            applicability: 'safe',
            operations: [{ kind: 'createFile', path: `${dir.path}/__init__.py`, content: '' }],
          },
        });
      },
    };
  },
});
