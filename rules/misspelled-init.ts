import { defineRule, fileStart } from '../src/engine/rule';
import { wheelOmissionClause } from '../src/project/backends/setuptools';
import { layoutOf } from '../src/project/layout';
import { hasInit, joinPath } from '../src/project/model';
import { isMisspelledInit } from '../src/python/names';

export default defineRule({
  id: 'misspelled-init',
  meta: {
    description: 'A misspelled `__init__.py` (`_init_.py`, `__init.py`, `__int__.py`, …) in a folder without a real one',
    defaultSeverity: 'error',
    fixable: 'unsafe',
    messages: {
      misspelled:
        '`{{file}}` looks like a misspelled `__init__.py`; `{{dir}}/` has none{{consequence}}',
    },
  },
  create(context) {
    return {
      directory(dir) {
        if (hasInit(dir)) return;
        for (const file of dir.files.values()) {
          if (!isMisspelledInit(file.name)) continue;
          const target = joinPath(dir.path, '__init__.py');
          context.report({
            messageId: 'misspelled',
            data: { file: file.name, dir: dir.name || '.', consequence: wheelOmissionClause(layoutOf(context.project).projectOf(dir), dir) },
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
