import { defineRule, fileStart } from '../src/engine/rule';
import { hasInit } from '../src/project/model';
import { isPythonSource } from '../src/project/project';
import { isModuleName } from '../src/python/names';

/** Migration files are named `0001_initial.py` on purpose and loaded by path, not imported. */
const MIGRATION_FOLDERS = new Set(['migrations', 'versions']);

export default defineRule({
  id: 'invalid-module-name',
  meta: {
    description: 'A module or folder inside a package whose name no import statement can spell',
    defaultSeverity: 'warn',
    messages: {
      module:
        '`{{name}}` is inside the package `{{pkg}}/` but cannot be imported: `{{stem}}` is not a valid module name (use letters, digits and underscores, not starting with a digit, not a keyword)',
      folder:
        '`{{name}}/` is inside the package `{{pkg}}/` but cannot be imported: `{{name}}` is not a valid package name (use letters, digits and underscores, not starting with a digit, not a keyword)',
    },
  },
  create(context) {
    const { project } = context;
    return {
      directory(dir) {
        if (!hasInit(dir)) return;
        for (const file of dir.files.values()) {
          if (!file.name.endsWith('.py')) continue;
          const stem = file.name.slice(0, -3);
          if (isModuleName(stem)) continue;
          if (MIGRATION_FOLDERS.has(dir.name) && /^\d/.test(stem)) continue;
          const facts = project.module(file).facts;
          if (facts.shebang || facts.scriptBlock || facts.mainGuard) continue; // a script, run by path
          context.report({ messageId: 'module', data: { name: file.name, stem, pkg: dir.path }, at: fileStart(file.path) });
        }
        for (const sub of dir.dirs.values()) {
          if (isModuleName(sub.name) || sub.name.startsWith('.') || sub.name === '__pycache__') continue;
          const first = [...sub.files.values()].find((f) => isPythonSource(f.name));
          if (!first) continue;
          context.report({ messageId: 'folder', data: { name: sub.name, pkg: dir.path }, at: fileStart(first.path) });
        }
      },
    };
  },
});
