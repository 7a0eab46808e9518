import { defineRule, fileStart } from '../src/engine/rule';
import { layoutOf } from '../src/project/layout';
import { initFile } from '../src/project/resolve';
import { importTargets } from '../src/project/usage';
import { joinPath, type Directory } from '../src/project/model';

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
    const { project } = context;
    // Top-level names that live code imports a submodule of (`import a.b`, `from a.b import c`): built when first asked.
    let dottedTops: Set<string> | null = null;
    /** Whether the folder's modules are package code, or some live module imports `name.<submodule>`. */
    const submoduleWanted = (sub: Directory, name: string): boolean => {
      const { usage } = layoutOf(project);
      if ([...sub.files.values()].some((f) => usage.of(f).role === 'package')) return true;
      if (!dottedTops) {
        dottedTops = new Set();
        for (const f of project.files) {
          if (!f.name.endsWith('.py') || !usage.of(f).live) continue;
          for (const i of project.module(f).facts.imports) {
            if (i.level !== 0) continue;
            for (const t of importTargets(i)) if (t.includes('.')) dottedTops.add(t.slice(0, t.indexOf('.')));
          }
        }
      }
      return dottedTops.has(name);
    };
    return {
      directory(dir) {
        for (const [name, sub] of dir.dirs) {
          if (!dir.files.has(`${name}.py`)) continue;
          if (![...sub.files.keys()].some((f) => f.endsWith('.py') || f.endsWith('.pyi')) && !initFile(sub)) continue;
          const file = joinPath(dir.path, `${name}.py`);
          // Test data and fixture trees are never imported: what would shadow what does not matter.
          const module = dir.files.get(`${name}.py`)!;
          const usage = layoutOf(context.project).usage.of(module);
          if (!usage.live || usage.role === 'vendored') continue;
          const folderDead = !initFile(sub, 'runtime');
          // A folder of scripts run by path and files nothing imports: no `import name.<submodule>` to fail.
          if (folderDead && !submoduleWanted(sub, name)) continue;
          context.report({ messageId: folderDead ? 'folderDead' : 'moduleDead', data: { name }, at: fileStart(file) });
        }
      },
    };
  },
});
