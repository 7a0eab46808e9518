/**
 * Run from anywhere: in a subfolder (or naming one), the project is found upward (nearest config
 * that configures dunderlint, else the git work tree), the whole project is read, and only findings
 * about the subfolder are reported, with paths relative to the current directory.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { commit, dunderlint } from '../helpers/run';
import { git, makeTree, readTree, trackedFiles, type Tree } from '../helpers/tree';

/** `path:line:col: severity rule` of each concise line. */
const lines = (stdout: string): string[] => stdout.split('\n').filter(Boolean).map((l) => l.split(' ').slice(0, 3).join(' '));

/**
 * `app/routers/` is imported as a package but has no `__init__.py` (the import is in `app/main.py`,
 * outside the folder); `lib/sub/` the same, in another top-level package.
 */
const PROJECT: Tree = {
  '.gitignore': '__pycache__/\n.dunderlint_cache/\n',
  'app/__init__.py': '',
  'app/main.py': 'from app.routers import todos\n',
  'app/routers/todos.py': '',
  'lib/__init__.py': '',
  'lib/x.py': 'import lib.sub.y\n',
  'lib/sub/y.py': '',
};

function gitProject(extra: Tree = {}): string {
  const dir = makeTree({ ...PROJECT, ...extra }, 'init');
  git(dir, 'add', '-A');
  commit(dir, '-m', 'base');
  return dir;
}

describe('run from a subfolder', () => {
  it('in a subfolder of a git work tree, the project is the work tree: findings about the subfolder only, paths relative to the cwd', () => {
    const dir = gitProject();
    const everything = dunderlint(dir, ['-f', 'concise', '--no-cache']);
    expect(lines(everything.stdout)).toEqual(['app/main.py:1:1: error missing-init', 'lib/x.py:1:1: error missing-init']);

    // The import that makes app/routers/ a package is outside it: the finding is about the folder.
    const routers = dunderlint(path.join(dir, 'app/routers'), ['-f', 'concise', '--no-cache']);
    expect({ code: routers.code, lines: lines(routers.stdout), stderr: routers.stderr }).toEqual({ code: 1, lines: ['../main.py:1:1: error missing-init'], stderr: '' });

    const app = dunderlint(path.join(dir, 'app'), ['-f', 'json', '--no-cache']);
    expect(JSON.parse(app.stdout).diagnostics.map((d: { rule: string; path: string }) => `${d.rule} ${d.path}`)).toEqual(['missing-init main.py']);

    const lib = dunderlint(path.join(dir, 'lib/sub'), ['-f', 'concise', '--no-cache']);
    expect(lines(lib.stdout)).toEqual(['../x.py:1:1: error missing-init']);
  });

  it('a clean subfolder of a project with findings elsewhere exits 0', () => {
    const dir = gitProject({ 'docs/conf.py': 'x = 1\n' });
    const r = dunderlint(path.join(dir, 'docs'), ['--no-cache']);
    expect(r).toEqual({ code: 0, stdout: 'All checks passed!\n', stderr: '' });
  });

  it('the nearest config that configures dunderlint is the project root, also without git', () => {
    const dir = makeTree({
      ...PROJECT,
      'pyproject.toml': '[tool.dunderlint]\nrules = { missing-init = "warn" }\n',
    });
    const r = dunderlint(path.join(dir, 'app/routers'), ['-f', 'concise', '--no-cache']);
    expect(lines(r.stdout)).toEqual(['../main.py:1:1: warning missing-init']);
  });

  it('with --config, that file configures the run and the project is the git work tree (no other config is looked for)', () => {
    const dir = gitProject({ 'app/dunderlint.toml': '[rules]\nmissing-init = "off"\n', 'strict.toml': '[rules]\nmissing-init = "warn"\n' });
    const routers = path.join(dir, 'app/routers');
    expect(dunderlint(routers, ['-f', 'concise', '--no-cache'])).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(lines(dunderlint(routers, ['-f', 'concise', '--no-cache', '--config', '../../strict.toml']).stdout)).toEqual(['../main.py:1:1: warning missing-init']);
  });

  it('naming a subfolder from the root reads the whole project and reports only findings about that folder', () => {
    const dir = gitProject();
    const r = dunderlint(dir, ['app/routers', '-f', 'concise', '--no-cache']);
    expect(lines(r.stdout)).toEqual(['app/main.py:1:1: error missing-init']);
    const both = dunderlint(dir, ['app/routers', 'lib', '-f', 'concise', '--no-cache']);
    expect(lines(both.stdout)).toEqual(['app/main.py:1:1: error missing-init', 'lib/x.py:1:1: error missing-init']);
  });

  it('--fix from a subfolder fixes only the findings about that subfolder', () => {
    const dir = gitProject();
    const r = dunderlint(path.join(dir, 'app'), ['--fix', '--no-cache']);
    expect(r.stderr).toBe('Fixed 1 problem.\n');
    expect(fs.existsSync(path.join(dir, 'app/routers/__init__.py'))).toBe(true);
    expect(fs.existsSync(path.join(dir, 'lib/sub/__init__.py'))).toBe(false);
    expect(lines(dunderlint(dir, ['-f', 'concise', '--no-cache']).stdout)).toEqual(['lib/x.py:1:1: error missing-init']);
  });

  it('--staged from a subfolder reports what the commit changes inside that subfolder', () => {
    const dir = gitProject();
    fs.appendFileSync(path.join(dir, 'app/routers/todos.py'), 'x = 1\n');
    fs.appendFileSync(path.join(dir, 'lib/sub/y.py'), 'x = 1\n');
    git(dir, 'add', '-A');
    expect(lines(dunderlint(dir, ['--staged', '-f', 'concise', '--no-cache']).stdout)).toEqual(['app/main.py:1:1: error missing-init', 'lib/x.py:1:1: error missing-init']);
    expect(lines(dunderlint(path.join(dir, 'lib'), ['--staged', '-f', 'concise', '--no-cache']).stdout)).toEqual(['x.py:1:1: error missing-init']);
  });

  it('the cache is kept at the project root, not in the subfolder', () => {
    const dir = gitProject();
    const r = dunderlint(path.join(dir, 'app/routers'), ['-f', 'concise']);
    expect(r.code).toBe(1);
    expect(fs.existsSync(path.join(dir, '.dunderlint_cache'))).toBe(true);
    expect(fs.readdirSync(path.join(dir, 'app/routers'))).toEqual(['todos.py']);
  });
});

/** The example of the report: a setuptools project at the top of the work tree, `app/routers/` imported as a package from `app/sub/`. */
const APP: Tree = {
  'pyproject.toml': '[project]\nname = "app"\nversion = "1"\n[tool.dunderlint]\n',
  'app/__init__.py': '',
  'app/sub/__init__.py': '',
  'app/sub/m.py': 'from app.routers import todos\n',
  'app/routers/todos.py': 'X = 1\n',
};

describe('dunderlint tree from a subfolder, or naming one', () => {
  it('from a subfolder: the project root (relative to the cwd) with its roots, the folders down to the subfolder, and the subfolder\'s tree as the whole project knows it', () => {
    const dir = makeTree(APP, 'add');
    const r = dunderlint(path.join(dir, 'app'), ['tree']);
    expect(r).toEqual({
      code: 0,
      stdout: [
        '../  project (setuptools "app"; roots: ./)',
        '└── app/  regular package · modules: 1 package · ✖ bytecode-not-ignored  ← you are here',
        '    ├── routers/  namespace package · modules: 1 imported data (not imported, collected or run; imported by app/sub/m.py) · ✖ missing-init',
        '    └── sub/  regular package · modules: 2 package',
        '',
      ].join('\n'),
      stderr: '',
    });
  });

  it('naming a subfolder from the root, or from a sibling: only the way down to it and its tree, other folders left out', () => {
    const dir = gitProject();
    const expected = (rootShown: string, label: string): string =>
      [
        `${rootShown}  project (setuptools; roots: ./)`,
        '└── lib/  regular package · modules: 2 package',
        `    └── sub/  namespace package · modules: 1 imported data (not imported, collected or run; imported by lib/x.py) · ✖ missing-init  ← ${label}`,
        '',
      ].join('\n');
    expect(dunderlint(dir, ['tree', 'lib/sub'])).toEqual({ code: 0, stdout: expected('./', 'lib/sub/'), stderr: '' });
    expect(dunderlint(path.join(dir, 'app'), ['tree', '../lib/sub'])).toEqual({ code: 0, stdout: expected('../', '../lib/sub/'), stderr: '' });
    expect(dunderlint(path.join(dir, 'lib/sub'), ['tree']).stdout).toBe(expected('../../', 'you are here'));
  });

  it('the project found is the one lint finds: the nearest config that configures dunderlint, roots relative to it (src layout, no git)', () => {
    const dir = makeTree({
      'svc/pyproject.toml': '[project]\nname = "svc"\nversion = "1"\n[tool.dunderlint]\n',
      'svc/src/svc/__init__.py': '',
      'svc/src/svc/api/__init__.py': '',
    });
    const r = dunderlint(path.join(dir, 'svc/src/svc'), ['tree']);
    expect(r).toEqual({
      code: 0,
      stdout: [
        '../../  project (setuptools "svc"; roots: src/, ./)',
        '└── src/  import root',
        '    └── svc/  regular package · modules: 1 package  ← you are here',
        '        └── api/  regular package · modules: 1 package',
        '',
      ].join('\n'),
      stderr: '',
    });
  });

  it('from the project root the tree is as before: no marker', () => {
    const dir = gitProject();
    const r = dunderlint(dir, ['tree']);
    expect(r.stdout.split('\n')[0]).toBe('./  project (setuptools; roots: ./)');
    expect(r.stdout).not.toContain('←');
    expect(r.stdout).toContain('├── app/');
    expect(r.stdout).toContain('└── lib/');
  });
});

describe('--diff from a subfolder', () => {
  const copies: string[] = [];
  afterAll(() => copies.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));
  /** A copy of `dir`, its `.git` included. */
  const copy = (dir: string): string => {
    const to = `${dir}-copy`;
    fs.cpSync(dir, to, { recursive: true });
    copies.push(to);
    return to;
  };
  const gitApply = (top: string, patch: string, ...args: string[]) => spawnSync('git', ['apply', ...args, '-'], { cwd: top, input: patch, encoding: 'utf8' });

  it('prints paths relative to the top of the work tree, as git diff does: git apply at the top gives the files --fix writes', () => {
    // The project is a folder of the work tree (its config there); the run is in a folder of the project.
    const dir = makeTree({ 'README.md': 'x\n', ...Object.fromEntries(Object.entries(APP).map(([p, c]) => [`svc/${p}`, c])) }, 'add');
    const fixed = copy(dir);
    const cwd = path.join(dir, 'svc/app');
    const diff = dunderlint(cwd, ['--diff', '--no-cache']);
    expect({ code: diff.code, stderr: diff.stderr }).toEqual({ code: 1, stderr: 'Would fix 2 problems.\n' });
    expect(diff.stdout.split('\n').filter((l) => l.startsWith('diff --git'))).toEqual([
      'diff --git a/svc/app/routers/__init__.py b/svc/app/routers/__init__.py',
      'diff --git a/svc/.gitignore b/svc/.gitignore',
    ]);
    expect(diff.stdout).not.toContain('../');

    expect(dunderlint(path.join(fixed, 'svc/app'), ['--fix', '--no-cache']).stderr).toBe('Fixed 2 problems.\n');
    const check = gitApply(dir, diff.stdout, '--check');
    expect({ status: check.status, stderr: check.stderr }).toEqual({ status: 0, stderr: '' });
    const applied = gitApply(dir, diff.stdout);
    expect({ status: applied.status, stderr: applied.stderr }).toEqual({ status: 0, stderr: '' });
    expect(readTree(dir)).toEqual(readTree(fixed));
  });

  it('outside git, the paths are relative to the project root (the folder of its config)', () => {
    const dir = makeTree({ 'svc/pyproject.toml': '[tool.dunderlint]\n', 'svc/app/__init__.py': '', 'svc/app/main.py': 'from app.routers import todos\n', 'svc/app/routers/todos.py': '' });
    const diff = dunderlint(path.join(dir, 'svc/app/routers'), ['--diff', '--no-cache']);
    expect(diff).toEqual({ code: 1, stdout: 'diff --git a/app/routers/__init__.py b/app/routers/__init__.py\nnew file mode 100644\n', stderr: 'Would fix 1 problem.\n' });
  });

  it('the git rm --cached line for tracked bytecode names paths from the top too, and run there untracks what --fix untracks', () => {
    const dir = makeTree({ ...PROJECT, '.gitignore': '__pycache__/\n*.py[cod]\n.dunderlint_cache/\n', 'app/routers/__init__.py': '', 'lib/sub/__init__.py': '' }, 'init');
    fs.writeFileSync(path.join(dir, 'app/routers/todos.pyc'), Buffer.from([0x55, 0x0d, 0x0d, 0x0a]));
    git(dir, 'add', '-A', '-f');
    const fixed = copy(dir);
    const diff = dunderlint(path.join(dir, 'app'), ['--diff', '--no-cache']);
    expect(diff).toEqual({ code: 1, stdout: '# git --literal-pathspecs rm -r --cached -- app/routers/todos.pyc\n', stderr: 'Would fix 1 problem.\n' });
    dunderlint(path.join(fixed, 'app'), ['--fix', '--no-cache']);
    git(dir, '--literal-pathspecs', 'rm', '-r', '-q', '--cached', '--', 'app/routers/todos.pyc');
    expect(trackedFiles(dir)).toEqual(trackedFiles(fixed));
  });
});

describe('--print-config from a subfolder', () => {
  it('says what a lint run there uses: the config file (relative to the cwd), the project root, and the projects of the whole project', () => {
    const dir = makeTree(APP, 'add');
    const atRoot = JSON.parse(dunderlint(dir, ['--print-config']).stdout);
    expect({ file: atRoot.file, root: atRoot.root, projects: atRoot.projects }).toEqual({
      file: 'pyproject.toml',
      root: './',
      projects: [{ dir: './', metadata: 'pyproject.toml', backend: 'setuptools', name: 'app', roots: ['./'] }],
    });
    const r = dunderlint(path.join(dir, 'app/sub'), ['--print-config']);
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    expect(JSON.parse(r.stdout)).toEqual({ ...atRoot, file: '../../pyproject.toml', root: '../../' });
    // Naming the subfolder from the root is the same project.
    expect(JSON.parse(dunderlint(dir, ['--print-config', 'app/sub']).stdout)).toEqual(atRoot);
  });
});
