import { defineRule } from '../src/engine/rule';
import { layoutOf, MAX_EVIDENCE } from '../src/project/layout';
import { initFile } from '../src/project/resolve';
import { isMisspelledInit } from '../src/python/names';
import type { Location } from '../src/types';

export default defineRule({
  id: 'missing-init',
  meta: {
    description: 'A folder the code imports as a package must have an `__init__.py`',
    defaultSeverity: 'error',
    fixable: 'safe',
    messages: {
      missing:
        '`{{name}}` is imported as a package ({{count}}), but `{{dir}}/` has no `__init__.py`: it is an implicit namespace package, which `find_packages()` leaves out of the wheel and mypy and pytest name wrongly',
    },
  },
  create(context) {
    const { project } = context;
    return {
      directory(dir) {
        if (initFile(dir) || dir === project.tree) return;
        const layout = layoutOf(project);
        const evidence = layout.packageUses.get(dir);
        if (!evidence || layout.isRoot(dir) || layout.isDeclaredNamespace(dir)) return;
        if (layout.projectOf(dir).config.namespaces) return; // the metadata asks for namespace packages
        // A folder with only subfolders is a namespace root shared by distributions (`company/`).
        if (![...dir.files.keys()].some((n) => n.endsWith('.py') || n.endsWith('.pyi'))) return;
        if ([...dir.files.keys()].some(isMisspelledInit)) return; // misspelled-init reports it, with its fix
        const { uses, count: n } = evidence;
        const at = (i: number): Location => ({
          path: uses[i]!.module.file.path,
          start: uses[i]!.fact.start,
          end: uses[i]!.fact.end,
        });
        context.report({
          messageId: 'missing',
          data: { name: uses[0]!.name, dir: dir.path, count: `${n} import${n === 1 ? '' : 's'}` },
          at: at(0),
          related: uses.slice(1, MAX_EVIDENCE).map((_, i) => ({ message: 'also imported here', location: at(i + 1) })),
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
