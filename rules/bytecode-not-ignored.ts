import * as fs from 'node:fs';
import * as path from 'node:path';
import { defineRule, fileStart } from '../src/engine/rule';
import { BYTECODE_IGNORE_LINES, BYTECODE_PROBE } from '../src/project/bytecode';
import type { Location } from '../src/types';

export default defineRule({
  id: 'bytecode-not-ignored',
  meta: {
    description: "The repository's ignore rules must ignore `__pycache__/` bytecode",
    defaultSeverity: 'warn',
    fixable: 'safe',
    needs: ['git'],
    messages: {
      notIgnored:
        'git does not ignore `__pycache__/`: the next `git add -A` commits bytecode that conflicts on every merge; add `__pycache__/` and `*.py[cod]` to .gitignore',
    },
  },
  create(context) {
    const { project } = context;
    return {
      'project:exit'() {
        // Without Python sources there is no bytecode to commit.
        const sources = project.files.filter((f) => f.name.endsWith('.py'));
        if (sources.length === 0 || project.git!.ignored([BYTECODE_PROBE]).size) return;
        context.report({
          messageId: 'notIgnored',
          at: anchor(project.root, sources[0]!.path),
          fix: {
            description: 'Append `__pycache__/` and `*.py[cod]` to .gitignore',
            applicability: 'safe',
            operations: [{ kind: 'appendLines', path: '.gitignore', lines: BYTECODE_IGNORE_LINES }],
          },
        });
      },
    };
  },
});

/** The last line of .gitignore, where the fix appends; without one, a Python file of the project. */
function anchor(root: string, fallback: string): Location {
  try {
    const text = fs.readFileSync(path.join(root, '.gitignore'), 'utf8');
    const lines = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
    const line = Math.max(1, lines);
    return { path: '.gitignore', start: { line, column: 1 }, end: { line, column: 1 } };
  } catch {
    return fileStart(fallback);
  }
}
