/**
 * Run from anywhere: in a subfolder (or naming one), the project is found upward (nearest config
 * that configures dunderlint, else the git work tree), the whole project is read, and only findings
 * about the subfolder are reported, with paths relative to the current directory.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { commit, dunderlint } from '../helpers/run';
import { git, makeTree, type Tree } from '../helpers/tree';

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
