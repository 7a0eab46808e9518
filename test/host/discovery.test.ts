/** Discovery on real trees: git listing, the fallback walk, and the inputs that must not crash it. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lint } from '../../src';
import { compiledBytecode } from '../helpers/bytecode';
import { git, makeTree } from '../helpers/tree';

const files = async (dir: string) => {
  const result = await lint({ cwd: dir, rules: [] });
  return result;
};

describe('discovery', () => {
  it('in git: tracked and untracked-not-ignored files, never ignored ones', async () => {
    const dir = makeTree({ '.gitignore': '.venv/\nbuild-out/\n', 'a.py': '', '.venv/lib/x.py': '', 'build-out/y.py': '', 'new.py': '' }, 'init');
    git(dir, 'add', 'a.py', '.gitignore');
    expect((await files(dir)).files).toBe(3); // .gitignore, a.py, new.py
  });

  it('outside git: honours nested .gitignore files, skips venvs, node_modules and __pycache__', async () => {
    const dir = makeTree({
      '.gitignore': '*.log\n',
      'a.py': '',
      'x.log': '',
      'sub/.gitignore': 'gen/\n',
      'sub/gen/g.py': '',
      'sub/k.py': '',
      'env/pyvenv.cfg': '',
      'env/lib/site.py': '',
      'node_modules/p/index.py': '',
      'pkg/__pycache__/m.cpython-312.pyc': 'x',
    });
    // .gitignore, a.py, sub/.gitignore, sub/k.py
    expect((await files(dir)).files).toBe(4);
  });

  it('survives a symlink loop and a dangling link', async () => {
    const dir = makeTree({ 'pkg/__init__.py': '', 'pkg/m.py': '' });
    fs.symlinkSync('..', path.join(dir, 'pkg', 'loop'));
    fs.symlinkSync('nowhere', path.join(dir, 'pkg', 'dangling.py'));
    const result = await files(dir);
    expect(result.files).toBe(2);
    expect(result.crashes).toEqual([]);
  });

  it('skips names that are not UTF-8 with a warning, in git and outside it', async () => {
    for (const mode of ['none', 'add'] as const) {
      const dir = makeTree({ 'ok.py': '' }, mode === 'add' ? 'init' : 'none');
      fs.writeFileSync(Buffer.concat([Buffer.from(`${dir}/bad`), Buffer.from([0xff]), Buffer.from('.py')]), '');
      if (mode === 'add') git(dir, 'add', '-A');
      const result = await files(dir);
      expect(result.files).toBe(1);
      expect(result.warnings).toEqual([expect.stringMatching(/^skipping bad.*\.py: name is not UTF-8$/)]);
    }
  });

  const isRoot = process.getuid?.() === 0;
  (isRoot ? it.skip : it)('reports an unreadable folder and goes on (not testable as root)', async () => {
    const dir = makeTree({ 'a.py': '', 'locked/b.py': '' });
    fs.chmodSync(path.join(dir, 'locked'), 0);
    try {
      const result = await files(dir);
      expect(result.files).toBe(1);
      expect(result.warnings).toEqual(['cannot read directory locked: EACCES']);
    } finally {
      fs.chmodSync(path.join(dir, 'locked'), 0o755);
    }
  });

  it('a tracked file deleted from the work tree is still an index entry, not a file', async () => {
    const dir = makeTree(
      { '.gitignore': '__pycache__/\n', 'pkg/__init__.py': '', 'pkg/__pycache__/m.cpython-312.pyc': compiledBytecode() },
      'add-force',
    );
    fs.rmSync(path.join(dir, 'pkg/__pycache__'), { recursive: true });
    const result = await lint({ cwd: dir });
    expect(result.files).toBe(2);
    expect(result.diagnostics.map((d) => d.rule)).toEqual(['bytecode-tracked']);
  });

  it('a file in a merge conflict is one file, read from the work tree with its conflict markers', async () => {
    const dir = makeTree({ 'app/__init__.py': '', 'app/m.py': 'x = 1\n' }, 'add');
    const g = (...args: string[]) => git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args);
    g('commit', '-qm', 'base');
    g('checkout', '-qb', 'other');
    fs.writeFileSync(path.join(dir, 'app/m.py'), '__all__ = ["b"]\n');
    g('commit', '-qam', 'other');
    g('checkout', '-q', '-');
    fs.writeFileSync(path.join(dir, 'app/m.py'), '__all__ = ["a"]\n');
    g('commit', '-qam', 'main');
    expect(() => g('merge', '-q', 'other')).toThrow(); // the conflict
    expect(git(dir, 'ls-files', '--stage', 'app/m.py').trim().split('\n')).toHaveLength(3);
    const result = await lint({ cwd: dir, cacheDir: '.dunderlint_cache' });
    expect(result.files).toBe(2);
    // The conflict markers are a syntax error: what was read is the work tree's file, not a staged side.
    expect(result.warnings).toEqual([expect.stringMatching(/^app\/m\.py:1:1: invalid syntax /)]);
  });
});
