/** `--diff` prints a patch that `git apply` and `patch -p1` carry out, to the same result as `--fix`. */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cli } from '../helpers/cli';
import { needs, runs } from '../helpers/tools';
import { git, makeTree, readTree, trackedFiles, type Tree } from '../helpers/tree';

const missing = ['git', 'patch'].filter((t) => !runs(t));
const describeTools = needs(missing.length ? `${missing.join(', ')} not installed` : null).describe;

/** A copy of `dir`, its `.git` included. */
function copy(dir: string): string {
  const to = `${dir}-copy-${Math.random().toString(36).slice(2)}`;
  fs.cpSync(dir, to, { recursive: true });
  return to;
}

function applyWith(tool: 'git' | 'patch', dir: string, patch: string): void {
  const r =
    tool === 'git'
      ? spawnSync('git', ['apply', '--verbose', '-'], { cwd: dir, input: patch, encoding: 'utf8' })
      : spawnSync('patch', ['-p1', '--batch', '--forward'], { cwd: dir, input: patch, encoding: 'utf8' });
  expect({ tool, status: r.status, stderr: r.stderr }).toEqual({ tool, status: 0, stderr: expect.any(String) });
  // git apply says "Skipped patch" and still exits 0 when it finds nothing it understands.
  expect(r.stderr).not.toMatch(/skipped|garbage|only garbage|malformed|reject/i);
}

/** `--diff`'s patch applied by git and by patch gives the files `--fix` writes. */
function expectPatchMatchesFix(tree: Tree, ...args: string[]): string {
  const dir = makeTree(tree, 'add-force');
  const byGit = copy(dir);
  const byPatch = copy(dir);
  const before = readTree(dir);
  // No cache: its files are not part of the comparison.
  const diff = cli(dir, '--diff', '--no-cache', ...args);
  expect(diff.code).toBe(1);
  expect(readTree(dir)).toEqual(before);
  const fixed = cli(dir, '--fix', '--no-cache', ...args);
  expect(fixed.stderr).toMatch(/^Fixed \d+ problems?\.\n$/);
  expect(readTree(dir)).not.toEqual(before);
  applyWith('git', byGit, diff.stdout);
  applyWith('patch', byPatch, diff.stdout);
  expect(readTree(byGit)).toEqual(readTree(dir));
  expect(readTree(byPatch)).toEqual(readTree(dir));
  for (const d of [byGit, byPatch]) fs.rmSync(d, { recursive: true, force: true });
  return diff.stdout;
}

describeTools('--diff output is a patch git apply and patch -p1 accept', () => {
  it('edits a module, with and without a newline at its end, the same way --fix does', () => {
    expectPatchMatchesFix({
      'a/__init__.py': 'x = 1\n__all__ = ["x", "x"]\n',
      'b/__init__.py': 'y = 1\n__all__ = ["y", "y"]',
      '.gitignore': '__pycache__/\n*.py[cod]\n',
    });
  });

  it('creates an empty __init__.py (a new file with no lines) as --fix does', () => {
    const patch = expectPatchMatchesFix({
      'main.py': 'from pkg.sub import m\n',
      'pkg/__init__.py': '',
      'pkg/sub/m.py': 'x = 1\n',
      '.gitignore': '__pycache__/\n*.py[cod]\n',
    });
    expect(patch).toContain('diff --git a/pkg/sub/__init__.py b/pkg/sub/__init__.py\nnew file mode 100644\n');
  });

  it('appends lines to a .gitignore that has no newline at its end, and creates a missing one', () => {
    expectPatchMatchesFix({ 'm.py': 'x = 1\n', '.gitignore': 'node_modules' });
    expectPatchMatchesFix({ 'm.py': 'x = 1\n' });
  });

  it('renames a misspelled __init.py as a git rename that both tools carry out', () => {
    const patch = expectPatchMatchesFix(
      { 'q/__init.py': 'X = 1\n', 'q/z.py': 'from q import X\n', '.gitignore': '__pycache__/\n*.py[cod]\n' },
      '--unsafe-fixes',
    );
    expect(patch).toContain('diff --git a/q/__init.py b/q/__init__.py\nsimilarity index 100%\nrename from q/__init.py\nrename to q/__init__.py\n');
  });

  it('says how to untrack committed bytecode in comment lines after the patch, which both tools ignore', () => {
    const tree = { 'app/main.py': 'x = 1\n', 'app/__pycache__/main.cpython-312.pyc': Buffer.from([0x6f, 0x0d, 0x0d, 0x0a, 0, 0, 0, 0]) };
    const patch = expectPatchMatchesFix(tree);
    expect(patch.endsWith('# git --literal-pathspecs rm -r --cached -- app/__pycache__\n')).toBe(true);
    // The comment is a command that does the rest: after it, the index is what --fix leaves.
    const dir = makeTree(tree, 'add-force');
    const byGit = copy(dir);
    cli(dir, '--fix', '--no-cache');
    applyWith('git', byGit, patch);
    git(byGit, '--literal-pathspecs', 'rm', '-r', '-q', '--cached', '--', 'app/__pycache__');
    expect(trackedFiles(byGit)).toEqual(trackedFiles(dir));
    fs.rmSync(byGit, { recursive: true, force: true });
  });

  it('names files relative to the working directory when a subfolder is linted, so patch -p1 runs there', () => {
    // proj/ has a config of its own, so it is the project (else the work tree would be, and proj/a unused data).
    const dir = makeTree({ 'proj/a/__init__.py': 'x = 1\n__all__ = ["x", "x"]\n', 'proj/.gitignore': '__pycache__/\n*.py[cod]\n', 'proj/dunderlint.toml': '' }, 'add');
    const r = cli(dir, '--diff', '--no-cache', 'proj');
    expect(r.stdout).toContain('diff --git a/proj/a/__init__.py b/proj/a/__init__.py\n');
    applyWith('patch', dir, r.stdout);
    expect(fs.readFileSync(path.join(dir, 'proj/a/__init__.py'), 'utf8')).toBe('x = 1\n__all__ = ["x"]\n');
  });
});
