/** Real temporary trees (and real git repositories) for tests. */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export type Tree = Record<string, string | Buffer>;

/** How a tree becomes a repository: not at all, `git init` only, `git add -A`, or `git add -A -f`. */
export type GitMode = 'none' | 'init' | 'add' | 'add-force';

const made: string[] = [];
afterAll(() => {
  for (const d of made.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

export function makeTree(tree: Tree, mode: GitMode = 'none'): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'dunderlint-test-')));
  made.push(dir);
  for (const [rel, content] of Object.entries(tree)) {
    const file = path.join(dir, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
  if (mode !== 'none') {
    git(dir, 'init', '-q');
    if (mode === 'add') git(dir, 'add', '-A');
    if (mode === 'add-force') git(dir, 'add', '-A', '-f');
  }
  return dir;
}

/** Every file under `dir` except `.git/`, with its content as text. */
export function readTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const visit = (abs: string, rel: string): void => {
    for (const e of fs.readdirSync(abs, { withFileTypes: true })) {
      if (e.name === '.git') continue;
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) visit(path.join(abs, e.name), r);
      else out[r] = fs.readFileSync(path.join(abs, e.name), 'latin1');
    }
  };
  visit(dir, '');
  return out;
}

export function trackedFiles(dir: string): string[] {
  return git(dir, 'ls-files', '-z').split('\0').filter(Boolean).sort();
}
