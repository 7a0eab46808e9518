/**
 * git lists the project in one `ls-files` process (index entries with their blobs, deleted and
 * modified ones, untracked files): every kind of entry in one repository, as a user sees it.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lint } from '../../src';
import { compiledBytecode } from '../helpers/bytecode';
import { git, makeTree } from '../helpers/tree';

const g = (dir: string, ...args: string[]): string => git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'protocol.file.allow=always', ...args);
/** `dir/<prefix><0xff><suffix>`: a name that is not UTF-8. */
const badName = (dir: string, prefix: string, suffix: string): Buffer => Buffer.concat([Buffer.from(`${dir}/${prefix}`), Buffer.from([0xff]), Buffer.from(suffix)]);

describe('one git listing', () => {
  it('a conflict, a deleted, a modified, an untracked, a sparse, a submodule, a symlink and non-UTF-8 names in one repository', async () => {
    const dir = makeTree(
      {
        '.gitignore': 'ignored/\n__pycache__/\n',
        'app/__init__.py': '',
        'app/m.py': 'x = 1\n',
        'app/mod.py': '__all__ = ["a"]\na = 1\n',
        'app/keep.py': '__all__ = ["k"]\nk = 1\n',
        'pkg/__init__.py': '',
        'pkg/__pycache__/m.cpython-312.pyc': compiledBytecode(),
        'far/__init__.py': '',
        'far/away.py': '__all__ = ["nope"]\n',
      },
      'add-force',
    );
    fs.symlinkSync('mod.py', path.join(dir, 'app/link.py'));
    fs.writeFileSync(badName(dir, 'tracked', '.py'), '');
    g(dir, 'add', '-A');
    const sub = makeTree({ 'x.py': '__all__ = ["nope"]\n' }, 'add');
    g(sub, 'commit', '-qm', 'sub');
    g(dir, 'submodule', '-q', 'add', sub, 'sub');
    g(dir, 'commit', '-qm', 'base');
    // A merge conflict in app/m.py: three stages in the index, markers on disk.
    g(dir, 'checkout', '-qb', 'other');
    fs.writeFileSync(path.join(dir, 'app/m.py'), 'y = 2\n');
    g(dir, 'commit', '-qam', 'other');
    g(dir, 'checkout', '-q', '-');
    fs.writeFileSync(path.join(dir, 'app/m.py'), 'z = 3\n');
    g(dir, 'commit', '-qam', 'main');
    expect(() => g(dir, 'merge', '-q', 'other')).toThrow();
    // A cached run first: what it recorded for unmodified files must not stand for modified ones.
    const first = await lint({ cwd: dir, cacheDir: '.dunderlint_cache' });
    expect(first.diagnostics.map((d) => `${d.rule} ${d.location.path}`)).toEqual(['all-undefined far/away.py', 'bytecode-tracked pkg/__pycache__/m.cpython-312.pyc']);

    fs.writeFileSync(path.join(dir, 'app/mod.py'), '__all__ = ["missing"]\n'); // modified (the symlink sees it too)
    fs.rmSync(path.join(dir, 'pkg/__pycache__'), { recursive: true }); // deleted: still an index entry
    fs.writeFileSync(path.join(dir, 'app/new.py'), '__all__ = ["fresh"]\n'); // untracked
    fs.mkdirSync(path.join(dir, 'ignored'));
    fs.writeFileSync(path.join(dir, 'ignored/x.py'), '__all__ = ["nope"]\n'); // ignored
    fs.writeFileSync(badName(dir, 'untracked', '.py'), '');
    fs.rmSync(badName(dir, 'tracked', '.py')); // listed as cached, deleted and modified: told once
    // Outside the sparse checkout: skip-worktree entries, not on disk by design.
    g(dir, 'sparse-checkout', 'set', '--no-cone', '/*', '!/far/');
    expect(fs.existsSync(path.join(dir, 'far'))).toBe(false);

    for (const run of ['cached', 'again']) {
      const result = await lint({ cwd: dir, cacheDir: '.dunderlint_cache' });
      expect([run, result.diagnostics.map((d) => `${d.rule} ${d.location.path}`)]).toEqual([
        run,
        ['all-undefined app/link.py', 'all-undefined app/mod.py', 'all-undefined app/new.py', 'bytecode-tracked pkg/__pycache__/m.cpython-312.pyc'],
      ]);
      // .gitignore, .gitmodules, app/{__init__,m,mod,keep,link,new}.py, pkg/__init__.py
      expect(result.files).toBe(9);
      expect(result.notes).toContainEqual(expect.stringMatching(/skipped 2 index entries outside the sparse checkout$/));
      expect(result.warnings.sort()).toEqual([
        expect.stringMatching(/^app\/m\.py:1:1: invalid syntax /),
        expect.stringMatching(/^skipping tracked.*\.py: name is not UTF-8$/),
        expect.stringMatching(/^skipping untracked.*\.py: name is not UTF-8$/),
      ]);
    }
  });
});
