import { editDistance } from '../src/config/config';
import { defineRule, fileStart } from '../src/engine/rule';
import { hasInit } from '../src/project/model';

/**
 * Is `name` a typo of `__init__.py`? Lower-case it, drop `_` and `.`, drop trailing `py`s; what is
 * left must be `init`, or (for dunder-shaped names like `__int__.py`) one edit or swap away from it.
 * `_int.py` or `_ini.py` are real private modules and stay silent; only `_init*` is flagged for them.
 */
export function isMisspelledInit(name: string): boolean {
  if (name === '__init__.py' || name === '__init__.pyi') return false;
  const lower = name.toLowerCase();
  if (!lower.includes('_') || /\.py[cod]$/.test(lower)) return false;
  if (/[^a-z_.]/.test(lower)) return false;
  let core = lower.replace(/[_.]/g, '');
  while (core.endsWith('py') && core.length > 2) core = core.slice(0, -2);
  if (core.endsWith('pyi')) core = core.slice(0, -3);
  if (core === 'init') return true;
  const dunderShaped = lower.startsWith('__') || lower.replace(/(\.pyi?)+$/, '').endsWith('__');
  return dunderShaped && core.length >= 3 && editDistance(core, 'init') <= 1;
}

export default defineRule({
  id: 'misspelled-init',
  meta: {
    description: 'A misspelled `__init__.py` (`_init_.py`, `__init.py`, `__int__.py`, …) in a folder without a real one',
    defaultSeverity: 'error',
    fixable: 'unsafe',
    messages: {
      misspelled:
        '`{{file}}` looks like a misspelled `__init__.py`: without a real one, `{{dir}}/` is a namespace package, which `find_packages()` leaves out of the wheel and mypy and pytest name wrongly',
    },
  },
  create(context) {
    return {
      directory(dir) {
        if (hasInit(dir)) return;
        for (const file of dir.files.values()) {
          if (!isMisspelledInit(file.name)) continue;
          const target = dir.path ? `${dir.path}/__init__.py` : '__init__.py';
          context.report({
            messageId: 'misspelled',
            data: { file: file.name, dir: dir.name || '.' },
            at: fileStart(file.path),
            fix: {
              description: `Rename ${file.path} to ${target}`,
              // Unsafe: the package's import-time code changes (the file starts to run on import).
              applicability: 'unsafe',
              operations: [{ kind: 'rename', from: file.path, to: target }],
            },
          });
        }
      },
    };
  },
});
