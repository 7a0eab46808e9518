import { defineRule, fileStart } from '../src/engine/rule';
import { layoutOf } from '../src/project/layout';
import { initFile } from '../src/project/resolve';

export default defineRule({
  id: 'module-package-collision',
  meta: {
    description: 'A module `foo.py` beside a folder `foo/`: one of them can never be imported',
    defaultSeverity: 'warn',
    messages: {
      moduleDead:
        '`{{name}}.py` is dead code: the package `{{name}}/` beside it wins every `import {{name}}`',
      folderDead:
        '`{{name}}.py` hides the folder `{{name}}/` (no `__init__.py`): `import {{name}}.<submodule>` fails',
    },
  },
  create(context) {
    return {
      directory(dir) {
        for (const [name, sub] of dir.dirs) {
          if (!dir.files.has(`${name}.py`)) continue;
          if (![...sub.files.keys()].some((f) => f.endsWith('.py') || f.endsWith('.pyi')) && !initFile(sub)) continue;
          const file = dir.path ? `${dir.path}/${name}.py` : `${name}.py`;
          // Test data and fixture trees are never imported: what would shadow what does not matter.
          const module = dir.files.get(`${name}.py`)!;
          const usage = layoutOf(context.project).usage.of(module);
          if (!usage.live || usage.role === 'vendored') continue;
          context.report({ messageId: initFile(sub, 'runtime') ? 'moduleDead' : 'folderDead', data: { name }, at: fileStart(file) });
        }
      },
    };
  },
});
