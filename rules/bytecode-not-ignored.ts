import * as path from 'node:path';
import { defineRule, fileStart } from '../src/engine/rule';
import * as fs from 'node:fs';
import { BYTECODE_IGNORE_LINES, BYTECODE_PROBE_NAME, ignoresBytecodeEverywhere } from '../src/project/bytecode';
import type { Project } from '../src/project/project';
import type { Location } from '../src/types';
import { readRegularText } from '../src/host/read';
import { joinPath } from '../src/project/model';

export default defineRule({
  id: 'bytecode-not-ignored',
  meta: {
    description: "The repository's ignore rules must ignore `__pycache__/` bytecode",
    defaultSeverity: 'warn',
    fixable: 'safe',
    needs: ['git'],
    messages: {
      notIgnored:
        'git does not ignore `__pycache__/`: the next `git add -A` commits bytecode; add `__pycache__/` to .gitignore',
    },
  },
  create(context) {
    const { project } = context;
    return {
      'project:exit'() {
        // CPython writes bytecode beside each module it imports: every folder with Python sources
        // needs its `__pycache__/` ignored, whichever .gitignore (root or nested) does it.
        const folders = new Set<string>();
        const sources = project.files.filter((f) => f.name.endsWith('.py'));
        for (const f of sources) folders.add(f.dir.path);
        if (folders.size === 0) return;
        // Asking git costs a process (a tenth of a small project's pre-commit run); most projects
        // say it in their top .gitignore, in a way git cannot read otherwise.
        if (ignoredByTopGitignore(project)) return;
        const probes = [...folders].map((d) => joinPath(d, BYTECODE_PROBE_NAME));
        const ignored = project.git!.ignored(probes);
        if (probes.every((p) => ignored.has(p))) return;
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

/**
 * The work tree's `.gitignore` files, as `git check-ignore` reads them (a symbolic link is not read
 * by git, nor here), say that git ignores bytecode everywhere; false on any doubt.
 */
function ignoredByTopGitignore(project: Project): boolean {
  const text = (rel: string): string | null => {
    const abs = path.join(project.root, rel);
    try {
      return fs.lstatSync(abs).isFile() ? readRegularText(abs) : null;
    } catch {
      return null;
    }
  };
  const top = text('.gitignore');
  if (top === null) return false;
  const nested: string[] = [];
  for (const f of project.files) {
    if (f.name !== '.gitignore' || f.path === '.gitignore') continue;
    const t = text(f.path);
    if (t === null) return false;
    nested.push(t);
  }
  return ignoresBytecodeEverywhere(top, nested);
}

/** The last line of .gitignore, where the fix appends; without one, a Python file of the project. */
function anchor(root: string, fallback: string): Location {
  try {
    const text = readRegularText(path.join(root, '.gitignore'));
    const lines = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
    const line = Math.max(1, lines);
    return { path: '.gitignore', start: { line, column: 1 }, end: { line, column: 1 } };
  } catch {
    return fileStart(fallback);
  }
}
