/**
 * The hook with the real pre-commit (`pre-commit try-repo` on this repository, as a user's
 * .pre-commit-config.yaml would run it), once failing and once passing.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { compiledBytecode } from './helpers/bytecode';
import { needs, runs } from './helpers/tools';
import { git, makeTree } from './helpers/tree';

const REPO = path.join(__dirname, '..');
const withPreCommit = needs(runs('pre-commit') ? null : 'pre-commit is not installed (.ci/run installs it)');

withPreCommit.describe('pre-commit hook', () => {
  const run = (dir: string, hook = 'dunderlint', ...args: string[]) =>
    spawnSync('pre-commit', ['try-repo', REPO, hook, ...(args.length ? args : ['--all-files'])], { cwd: dir, encoding: 'utf8' });

  it('fails on a folder imported as a package without __init__.py, passes once it has one', () => {
    const dir = makeTree(
      { '.gitignore': '__pycache__/\n', 'app/__init__.py': '', 'app/main.py': 'from app.routers import todos\n', 'app/routers/todos.py': '' },
      'add',
    );
    const failing = run(dir);
    expect(failing.status).toBe(1);
    expect(failing.stdout).toMatch(/dunderlint\.+Failed/);
    expect(failing.stdout).toContain('missing-init');

    fs.writeFileSync(path.join(dir, 'app/routers/__init__.py'), '');
    git(dir, 'add', '-A');
    const passing = run(dir);
    expect(passing.stdout).toMatch(/dunderlint\.+Passed/);
    expect(passing.status).toBe(0);
  }, 300_000);

  it('dunderlint-staged passes a commit that leaves an old problem alone, fails one that adds bytecode', () => {
    const dir = makeTree(
      { '.gitignore': '__pycache__/\n', 'app/__init__.py': '', 'app/main.py': 'from app.routers import todos\n', 'app/routers/todos.py': '', 'app/models.py': '' },
      'add',
    );
    git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'old problem: app/routers/ has no __init__.py');
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
  }, 300_000);
});
