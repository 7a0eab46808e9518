import * as path from 'node:path';
import { defineRule, fileStart } from '../src/engine/rule';
import { layoutOf } from '../src/project/layout';
import type { Directory } from '../src/project/model';
import { isModuleName } from '../src/python/names';
import { readTextOrNull } from '../src/host/read';

/** Migration files are named `0001_initial.py` on purpose and loaded by path, not imported. */
const MIGRATION_FOLDERS = new Set(['migrations', 'versions']);

/** Code that loads modules by computed name or by path: such a package names its modules as it likes. */
const LOADS_BY_NAME = /\bimport_module\s*\(|\b__import__\s*\(|\bspec_from_file_location\b|\bSourceFileLoader\b|\brunpy\b|\bload_source\b/;

const MAX_NAMES = 5;

export default defineRule({
  id: 'invalid-module-name',
  meta: {
    description: 'A module inside a package whose name no `import` statement can spell',
    defaultSeverity: 'warn',
    messages: {
      module:
        '{{names}} in `{{pkg}}/` cannot be imported: a module name must be an identifier, not a keyword',
    },
  },
  create(context) {
    const { project } = context;
    const loadsByName = new Map<Directory, boolean>();
    /** Whether a module of the package (or one above it) loads modules by computed name or path. */
    const packageLoadsByName = (dir: Directory): boolean => {
      let v = loadsByName.get(dir);
      if (v === undefined) {
        v = [...dir.files.values()].some((f) => f.name.endsWith('.py') && LOADS_BY_NAME.test(readText(project.root, f.path)));
        if (!v && dir.parent?.files.has('__init__.py')) v = packageLoadsByName(dir.parent);
        loadsByName.set(dir, v);
      }
      return v;
    };
    return {
      directory(dir) {
        const init = dir.files.get('__init__.py');
        if (!init) return;
        const layout = layoutOf(project);
        // Only packages the project runs: test data and vendored trees name files as they must.
        const usage = layout.usage.of(init);
        if (usage.role !== 'package' || !usage.live || layout.usage.inTestTree(dir)) return;
        const bad = [...dir.files.values()].filter((file) => {
          if (!file.name.endsWith('.py') || file.name.startsWith('.')) return false; // `.#x.py`: an editor's lock file
          const stem = file.name.slice(0, -3);
          if (isModuleName(stem) || (MIGRATION_FOLDERS.has(dir.name) && /^\d/.test(stem))) return false;
          // A PyInstaller hook (`hook-samcli.py`): PyInstaller requires the name and loads it by path.
          if (stem.startsWith('hook-')) return false;
          return layout.usage.of(file).role !== 'script'; // a script, run by path
        });
        if (bad.length === 0 || packageLoadsByName(dir)) return;
        bad.sort((a, b) => (a.name < b.name ? -1 : 1));
        const shown = bad.slice(0, MAX_NAMES).map((f) => `\`${f.name}\``).join(', ');
        const names = bad.length === 1 ? shown : `${bad.length} modules (${shown}${bad.length > MAX_NAMES ? ', …' : ''})`;
        context.report({ messageId: 'module', data: { names, pkg: dir.path }, at: fileStart(bad[0]!.path) });
      },
    };
  },
});

function readText(root: string, rel: string): string {
  return readTextOrNull(path.join(root, rel)) ?? '';
}
