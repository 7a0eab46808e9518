/**
 * The hooks with the real pre-commit: `pre-commit try-repo` on this repository, and a user's
 * .pre-commit-config.yaml (`repo:` a clone URL, `rev:` a commit) with the hook installed in git.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { compiledBytecode } from './helpers/bytecode';
import { needs, runs } from './helpers/tools';
import { git, makeTree } from './helpers/tree';

const REPO = path.join(__dirname, '..');
const withPreCommit = needs(runs('pre-commit') ? null : 'pre-commit is not installed (.ci/run installs it)');

const commitAs = ['-c', 'user.name=t', '-c', 'user.email=t@example.com'];

/**
 * This repository as pre-commit would clone it: the tracked files as they are in the work tree
 * (the bundle just built included), committed in a new repository. Returns its URL and commit.
 */
function hookRepository(): { url: string; rev: string } {
  const files = git(REPO, 'ls-files', '-z').split('\0').filter((f) => f && fs.existsSync(path.join(REPO, f)));
  const dir = makeTree({});
  for (const f of files) {
    fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    fs.copyFileSync(path.join(REPO, f), path.join(dir, f));
    fs.chmodSync(path.join(dir, f), fs.statSync(path.join(REPO, f)).mode);
  }
  git(dir, 'init', '-q');
  git(dir, 'add', '-A');
  git(dir, ...commitAs, 'commit', '-qm', 'hook repository');
  return { url: `file://${dir}`, rev: git(dir, 'rev-parse', 'HEAD').trim() };
}

withPreCommit.describe('pre-commit hook', () => {
  // Its own cache, so every run here is a first run, as in a new clone.
  const env = { ...process.env, PRE_COMMIT_HOME: makeTree({}), NO_COLOR: '1' };
  const run = (dir: string, hook = 'dunderlint', ...args: string[]) =>
    spawnSync('pre-commit', ['try-repo', REPO, hook, ...(args.length ? args : ['--all-files'])], { cwd: dir, encoding: 'utf8', env });

  it('fails on a folder imported as a package without __init__.py, passes once it has one', () => {
    const dir = makeTree(
      { '.gitignore': '__pycache__/\n', 'app/__init__.py': '', 'app/main.py': 'from app.routers import todos\n', 'app/routers/todos.py': '' },
      'add',
    );
    const failing = run(dir);
    expect(failing.stdout).toMatch(/dunderlint\.+Failed/);
    expect(failing.stdout).toContain('missing-init');
    expect(failing.status).toBe(1);

    fs.writeFileSync(path.join(dir, 'app/routers/__init__.py'), '');
    git(dir, 'add', '-A');
    const passing = run(dir);
    expect(passing.stdout).toMatch(/dunderlint\.+Passed/);
    expect(passing.status).toBe(0);
  }, 120_000);

  it('dunderlint-staged passes a commit that leaves an old problem alone, fails one that adds bytecode', () => {
    const dir = makeTree(
      { '.gitignore': '__pycache__/\n', 'app/__init__.py': '', 'app/main.py': 'from app.routers import todos\n', 'app/routers/todos.py': '', 'app/models.py': '' },
      'add',
    );
    git(dir, ...commitAs, 'commit', '-qm', 'old problem: app/routers/ has no __init__.py');
    fs.writeFileSync(path.join(dir, 'app/models.py'), 'x = 1\n');
    git(dir, 'add', 'app/models.py');
    const passing = run(dir, 'dunderlint-staged', '--files', 'app/models.py');
    expect(passing.stdout).toMatch(/dunderlint \(staged changes\)\.+Passed/);
    expect(passing.status).toBe(0);

    fs.mkdirSync(path.join(dir, 'app/__pycache__'));
    fs.writeFileSync(path.join(dir, 'app/__pycache__/models.cpython-312.pyc'), compiledBytecode());
    git(dir, 'add', '-f', 'app/__pycache__');
    const failing = run(dir, 'dunderlint-staged', '--files', 'app/models.py');
    expect(failing.stdout).toMatch(/dunderlint \(staged changes\)\.+Failed/);
    expect(failing.stdout).toContain('bytecode-tracked');
    expect(failing.stdout).not.toContain('missing-init');
    expect(failing.status).toBe(1);
  }, 120_000);

  describe('from a .pre-commit-config.yaml, on git commit', () => {
    let hooks: { url: string; rev: string };
    beforeAll(() => {
      hooks = hookRepository();
    });

    /** A new repository with the hook installed (`pre-commit install`) and `app/` staged. */
    const repository = (hookArgs: string[]): string => {
      const config = [
        'repos:',
        `  - repo: ${hooks.url}`,
        `    rev: ${hooks.rev}`,
        '    hooks:',
        '      - id: dunderlint',
        ...(hookArgs.length ? [`        args: [${hookArgs.join(', ')}]`] : []),
        '',
      ].join('\n');
      // No .gitignore: bytecode-not-ignored (a warning) is fixed by writing one.
      const dir = makeTree({ '.pre-commit-config.yaml': config, 'app/__init__.py': 'from app import models\n', 'app/models.py': '' }, 'add');
      const install = spawnSync('pre-commit', ['install'], { cwd: dir, encoding: 'utf8', env });
      expect(install.stderr).toBe('');
      expect(install.status).toBe(0);
      return dir;
    };
    const commit = (dir: string) => spawnSync('git', [...commitAs, 'commit', '-m', 'add app'], { cwd: dir, encoding: 'utf8', env });
    const committed = (dir: string) => spawnSync('git', ['rev-parse', '--verify', '-q', 'HEAD'], { cwd: dir }).status === 0;

    it('the first run in a new repository needs no install: it passes within a generous bound (no npm install, no build)', () => {
      const dir = repository([]);
      const started = Date.now();
      const r = commit(dir);
      const seconds = (Date.now() - started) / 1000;
      expect(r.stdout + r.stderr).toMatch(/dunderlint\.+Passed/);
      expect(r.status).toBe(0);
      expect(committed(dir)).toBe(true);
      // Seconds here; installing dev dependencies and building took minutes.
      expect(seconds).toBeLessThan(60);
    }, 120_000);

    it('args: [--fix, --exit-non-zero-on-fix] blocks the commit it fixed, and the fix is on disk', () => {
      const dir = repository(['--fix', '--exit-non-zero-on-fix']);
      const r = commit(dir);
      expect(r.stdout + r.stderr).toMatch(/dunderlint\.+Failed/);
      expect(r.stdout + r.stderr).toContain('Fixed 1 problem.');
      expect(r.status).not.toBe(0);
      expect(committed(dir)).toBe(false);
      expect(fs.readFileSync(path.join(dir, '.gitignore'), 'utf8')).toContain('__pycache__/');

      // Once the fix is staged, the commit goes through.
      git(dir, 'add', '.gitignore');
      const again = commit(dir);
      expect(again.stdout + again.stderr).toMatch(/dunderlint\.+Passed/);
      expect(again.status).toBe(0);
      expect(committed(dir)).toBe(true);
    }, 120_000);

    it('args: [--fix] alone lets that commit through (why the flag exists)', () => {
      const dir = repository(['--fix']);
      const r = commit(dir);
      expect(r.stdout + r.stderr).toMatch(/dunderlint\.+Passed/);
      expect(committed(dir)).toBe(true);
      expect(git(dir, 'ls-files', '.gitignore')).toBe('');
    }, 120_000);
  });
});
