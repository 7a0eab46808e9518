import { excludeMatcher } from '../src/config/globs';
import { defineRule, fileStart } from '../src/engine/rule';
import { isModuleName } from '../src/python/names';

/**
 * What CPython's FileFinder tries before bytecode, after `x.`: a source (`py`, `pyw` on Windows) or an
 * extension module (`so`, `abi3.so`, `cpython-312-x86_64-linux-gnu.so`, `pyd`, `cp312-win_amd64.pyd`).
 */
const WINS_OVER_BYTECODE = /^(py|pyw|(.+\.)?so|(.+\.)?pyd)$/;

export default defineRule({
  id: 'sourceless-bytecode',
  meta: {
    description: 'A `.pyc` outside `__pycache__` with no source beside it is importable stale code',
    defaultSeverity: 'error',
    messages: {
      sourceless:
        '`{{file}}` has no `{{module}}.py` beside it, yet `import {{module}}` there loads this stale bytecode',
    },
    options: {
      allow: {
        type: 'string[]',
        default: [],
        description: 'Globs of sourceless bytecode shipped on purpose.',
      },
    },
  },
  create(context) {
    const allowed = excludeMatcher(context.options['allow'] as string[]);
    return {
      file(file) {
        if (!file.name.endsWith('.pyc') || file.dir.name === '__pycache__') return;
        const module = file.name.slice(0, -'.pyc'.length);
        // `x.cpython-312.pyc` here is unreachable: no import statement can name `x.cpython-312`.
        if (!isModuleName(module) || allowed(context.project.configPath(file.path))) return;
        const dir = file.dir;
        if (dir.dirs.get(module)?.files.has('__init__.py')) return; // a package wins
        for (const name of dir.files.keys()) {
          if (name.startsWith(`${module}.`) && WINS_OVER_BYTECODE.test(name.slice(module.length + 1))) return;
        }
        context.report({ messageId: 'sourceless', data: { file: file.name, module }, at: fileStart(file.path) });
      },
    };
  },
});
