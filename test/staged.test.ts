/**
 * `--staged` (what the next commit holds) and named files (what an editor or pre-commit passes):
 * the whole project is analysed, and only findings that touch those paths are reported. Real git
 * repositories, the built binary.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { compiledBytecode } from './helpers/bytecode';
import { cli, cliWithInput } from './helpers/cli';
import { git, makeTree } from './helpers/tree';

const commit = (dir: string): void => {
  git(dir, 'add', '-A');
  git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'base');
};
const concise = (dir: string, ...args: string[]): { code: number; lines: string[] } => {
  const r = cli(dir, '-f', 'concise', ...args);
  return { code: r.code, lines: r.stdout.split('\n').filter(Boolean).map((l) => l.split(' ').slice(0, 3).join(' ')) };
};

/** A project whose `app/routers/` lacks `__init__.py`, committed: an old problem. */
function project(): string {
  const dir = makeTree({
    '.gitignore': '__pycache__/\n*.py[cod]\n',
    'app/__init__.py': '',
    'app/main.py': 'from app.routers import todos\n',
    'app/routers/todos.py': '',
    'app/models.py': 'x = 1\n',
  }, 'init');
  commit(dir);
  return dir;
}

describe('--staged', () => {
  it('reports nothing when nothing is staged, and old problems only once a commit touches them', () => {
    const dir = project();
    expect(concise(dir)).toEqual({ code: 1, lines: ['app/main.py:1:1: error missing-init'] });
    expect(concise(dir, '--staged')).toEqual({ code: 0, lines: [] });
    fs.appendFileSync(path.join(dir, 'app/models.py'), 'y = 2\n');
    git(dir, 'add', 'app/models.py');
    expect(concise(dir, '--staged')).toEqual({ code: 0, lines: [] });
    fs.appendFileSync(path.join(dir, 'app/routers/todos.py'), 'z = 3\n');
    git(dir, 'add', 'app/routers/todos.py');
    expect(concise(dir, '--staged')).toEqual({ code: 1, lines: ['app/main.py:1:1: error missing-init'] });
  });

  it('catches a .pyc being added even though .gitignore would keep it out', () => {
    const dir = project();
    fs.mkdirSync(path.join(dir, 'app/__pycache__'));
    fs.writeFileSync(path.join(dir, 'app/__pycache__/models.cpython-312.pyc'), compiledBytecode());
    git(dir, 'add', '-f', 'app/__pycache__');
    expect(concise(dir, '--staged').lines).toEqual(['app/__pycache__/models.cpython-312.pyc:1:1: error bytecode-tracked']);
  });

  it('catches a staged deletion of __init__.py while the file is still on disk', () => {
    const dir = project();
    fs.writeFileSync(path.join(dir, 'app/routers/__init__.py'), '');
    commit(dir);
    expect(concise(dir, '--staged').lines).toEqual([]);
    git(dir, 'rm', '-q', '--cached', 'app/routers/__init__.py');
    // The plain run sees the file on disk; the commit would not have it.
    expect(concise(dir).lines).toEqual([]);
    expect(concise(dir, '--staged').lines).toEqual(['app/main.py:1:1: error missing-init']);
  });

  it('reads Python sources from the index, not from the work tree', () => {
    const dir = project();
    fs.writeFileSync(path.join(dir, 'app/models.py'), '__all__ = ["x", "gone"]\nx = 1\n');
    git(dir, 'add', 'app/models.py');
    fs.writeFileSync(path.join(dir, 'app/models.py'), '__all__ = ["x"]\nx = 1\n'); // mended, not staged
    expect(concise(dir, '--no-cache', '--staged').lines).toEqual(['app/models.py:1:17: error all-undefined']);
    expect(concise(dir, '--staged').lines).toEqual(['app/models.py:1:17: error all-undefined']);
    expect(concise(dir, '--staged').lines).toEqual(['app/models.py:1:17: error all-undefined']); // from the cache
    expect(concise(dir, 'app/models.py').lines).toEqual([]);
  });

  it('leaves out untracked files: they are not part of the commit', () => {
    const dir = project();
    fs.writeFileSync(path.join(dir, 'app/routers/__init__.py'), '');
    fs.writeFileSync(path.join(dir, 'app/extra.py'), '__all__ = ["nope"]\n');
    git(dir, 'add', 'app/models.py');
    expect(concise(dir).lines).toEqual(['app/extra.py:1:12: error all-undefined']);
    fs.appendFileSync(path.join(dir, 'app/routers/todos.py'), 'z = 3\n');
    git(dir, 'add', 'app/routers/todos.py');
    expect(concise(dir, '--staged').lines).toEqual(['app/main.py:1:1: error missing-init']);
  });

  it('judges Python sources as staged in every rule, also where a rule reads the text of a source (missing-init, import-case-mismatch)', () => {
    const dir = makeTree({
      '.gitignore': '__pycache__/\n',
      'app/__init__.py': '',
      'app/loader.py': 'import plugins\n\nplugins.__path__ = ["/opt/plugins"] + list(plugins.__path__)\nfrom plugins import extra\n',
      'plugins/extra.py': '',
      'lazy/__init__.py': 'import sys\nsys.modules[__name__] = _LazyModule(__name__, {"config": ["Config"]})\n',
      'lazy/Config.py': '',
      'main.py': 'from lazy import config\n',
    }, 'init');
    commit(dir);
    expect(concise(dir, '--staged')).toEqual({ code: 0, lines: [] });
    // Staged: no code extends plugins.__path__ any more, and lazy/ no longer replaces itself.
    // The work tree keeps the old text, as after `git add -p`.
    const loader = fs.readFileSync(path.join(dir, 'app/loader.py'), 'utf8');
    const lazy = fs.readFileSync(path.join(dir, 'lazy/__init__.py'), 'utf8');
    fs.writeFileSync(path.join(dir, 'app/loader.py'), 'import plugins\nfrom plugins import extra\n');
    fs.writeFileSync(path.join(dir, 'lazy/__init__.py'), '');
    fs.appendFileSync(path.join(dir, 'main.py'), '\n');
    git(dir, 'add', '-A');
    fs.writeFileSync(path.join(dir, 'app/loader.py'), loader);
    fs.writeFileSync(path.join(dir, 'lazy/__init__.py'), lazy);
    expect(concise(dir, '--staged').lines).toEqual(['app/loader.py:1:1: error missing-init', 'main.py:1:1: error import-case-mismatch']);
    expect(concise(dir).lines).toEqual([]);
  });

  it('reports an import of a folder git ignores when the commit touches one of its importers, with every importer (package-ignored)', () => {
    const dir = makeTree({
      '.gitignore': 'lib/\n',
      'lib/__init__.py': '',
      'lib/helpers.py': 'X = 1\n',
      'app/__init__.py': '',
      'app/a.py': 'from lib.helpers import X\n',
      'app/b.py': 'import lib\n',
      'app/c.py': 'import os\n',
    }, 'init');
    commit(dir);
    expect(concise(dir, '--staged')).toEqual({ code: 0, lines: [] });
    // A commit that imports nothing ignored: the project's other imports are not its concern.
    fs.appendFileSync(path.join(dir, 'app/c.py'), 'y = 2\n');
    git(dir, 'add', 'app/c.py');
    expect(concise(dir, '--staged')).toEqual({ code: 0, lines: [] });
    // A commit that touches an importer: the finding, with the imports in modules it did not touch.
    fs.appendFileSync(path.join(dir, 'app/b.py'), 'z = 3\n');
    git(dir, 'add', 'app/b.py');
    const r = cli(dir, '--staged', '-f', 'json');
    expect(r.code).toBe(1);
    const found = (JSON.parse(r.stdout) as { diagnostics: Array<{ rule: string; path: string; related: Array<{ path: string }> }> }).diagnostics;
    expect(found.map((d) => [d.rule, d.path, d.related.map((x) => x.path)])).toEqual([['package-ignored', 'app/a.py', ['app/b.py']]]);
  });

  it('weighs a relative import by the absolute imports of modules the commit leaves alone (relative-beyond-top-level)', () => {
    // `main.py` imports `src.app`, so `from .. import other` in src/app stays inside `src`; with
    // that import gone, the same statement climbs above the top-level package `app`.
    const dir = makeTree({
      'pyproject.toml': '[project]\nname = "app"\n',
      'src/app/__init__.py': 'from .. import other\n',
      'src/other.py': '',
      'main.py': 'import src.app\n',
    }, 'init');
    commit(dir);
    fs.appendFileSync(path.join(dir, 'src/app/__init__.py'), 'y = 2\n');
    git(dir, 'add', 'src/app/__init__.py');
    expect(concise(dir, '--staged')).toEqual({ code: 0, lines: [] });
    fs.writeFileSync(path.join(dir, 'main.py'), 'import os\n');
    commit(dir);
    fs.appendFileSync(path.join(dir, 'src/app/__init__.py'), 'z = 3\n');
    git(dir, 'add', 'src/app/__init__.py');
    expect(concise(dir, '--staged')).toEqual({ code: 1, lines: ['src/app/__init__.py:1:1: error relative-beyond-top-level'] });
  });

  it('is refused outside git, with --fix, and with --stdin-filename', () => {
    expect(cli(makeTree({ 'm.py': '' }), '--staged')).toMatchObject({ code: 2, stderr: expect.stringMatching(/--staged: \. is not in a git work tree/) });
    expect(cli(project(), '--staged', '--fix').code).toBe(2);
    expect(cli(project(), '--staged', '--stdin-filename', 'm.py').code).toBe(2);
  });
});

describe('named files', () => {
  it('get the findings about their folders too', () => {
    const dir = project();
    expect(concise(dir, 'app/routers/todos.py').lines).toEqual(['app/main.py:1:1: error missing-init']);
    expect(concise(dir, 'app/main.py').lines).toEqual(['app/main.py:1:1: error missing-init']);
    expect(concise(dir, 'app/models.py')).toEqual({ code: 0, lines: [] });
  });

  it('an editor buffer on stdin is read as the buffer, also where a rule reads the text of a source', () => {
    const dir = makeTree({
      '.gitignore': '__pycache__/\n',
      'app/__init__.py': '',
      'app/loader.py': 'import plugins\n\nplugins.__path__ = ["/opt/plugins"] + list(plugins.__path__)\nfrom plugins import extra\n',
      'plugins/extra.py': '',
    }, 'add');
    const lines = (r: { stdout: string }) => r.stdout.split('\n').filter(Boolean).map((l) => l.split(' ').slice(0, 3).join(' '));
    expect(lines(cli(dir, '-f', 'concise', 'app/loader.py'))).toEqual([]);
    expect(lines(cliWithInput(dir, 'import plugins\nfrom plugins import extra\n', '-f', 'concise', '--stdin-filename', 'app/loader.py'))).toEqual(['app/loader.py:1:1: error missing-init']);
  });
});
