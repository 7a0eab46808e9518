/**
 * A run that changed only a few entries of the facts cache (a few modules edited or staged) leaves
 * the file as it was: those files change again before the next run, and each write rewrote the
 * whole file. The few modules are scanned again by the next run.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cli } from '../helpers/cli';
import { git, makeTree } from '../helpers/tree';

const cacheFile = (dir: string): string => {
  const folder = path.join(dir, '.dunderlint_cache');
  return path.join(folder, fs.readdirSync(folder).find((f) => /^facts-.*\.bin$/.test(f))!);
};
const identity = (file: string): string => {
  const st = fs.statSync(file, { bigint: true });
  return `${st.ino}:${st.mtimeNs}:${st.size}`;
};

function project(): string {
  const tree: Record<string, string> = { 'pyproject.toml': '[project]\nname = "app"\nversion = "1"\n', 'app/__init__.py': '' };
  for (let i = 0; i < 40; i++) tree[`app/m${i}.py`] = `X${i} = ${i}\n`;
  const dir = makeTree(tree, 'add');
  git(dir, '-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'init');
  return dir;
}

describe('--staged and the facts cache', () => {
  it('the first --staged run writes the cache; a later one that scanned one staged module leaves it as it was, and still reports on that module', () => {
    const dir = project();
    expect(cli(dir, '--staged', '.').code).toBe(0);
    const before = identity(cacheFile(dir));
    fs.writeFileSync(path.join(dir, 'app/m3.py'), '__all__ = ["missing"]\n');
    git(dir, 'add', 'app/m3.py');
    const r = cli(dir, '--staged', '-f', 'concise', '.');
    expect(r.stdout).toContain('app/m3.py:1:');
    expect(r.stdout).toContain('all-undefined');
    expect(identity(cacheFile(dir))).toBe(before);
  });

  it('a --staged run that scanned many staged modules writes them', () => {
    const dir = project();
    cli(dir, '--staged', '.');
    const before = identity(cacheFile(dir));
    for (let i = 0; i < 30; i++) fs.writeFileSync(path.join(dir, `app/m${i}.py`), `Y${i} = ${i}\n`);
    git(dir, 'add', 'app');
    cli(dir, '--staged', '.');
    expect(identity(cacheFile(dir))).not.toBe(before);
    // The next run finds them in the cache.
    const again = cli(dir, '--staged', '--verbose', '.');
    expect(again.stderr).toMatch(/facts of \d+ modules from the cache, 0 scanned/);
  });
});

describe('plain runs and the facts cache', () => {
  it('a run after a one-module edit reports on it and leaves the cache file as it was; the next run scans that module again', () => {
    const dir = project();
    expect(cli(dir, '.').code).toBe(0);
    const before = identity(cacheFile(dir));
    fs.writeFileSync(path.join(dir, 'app/m3.py'), '__all__ = ["missing"]\n');
    const r = cli(dir, '-f', 'concise', '.');
    expect(r.stdout).toMatch(/^app\/m3\.py:1:\d+: error all-undefined /m);
    expect(identity(cacheFile(dir))).toBe(before);
    const again = cli(dir, '--verbose', '-f', 'concise', '.');
    expect(again.stdout).toMatch(/^app\/m3\.py:1:\d+: error all-undefined /m);
    expect(again.stderr).toMatch(/facts of 40 modules from the cache, 1 scanned/);
  });

  it('a run after many edits writes them, and the next run finds them all in the cache', () => {
    const dir = project();
    cli(dir, '.');
    const before = identity(cacheFile(dir));
    for (let i = 0; i < 30; i++) fs.writeFileSync(path.join(dir, `app/m${i}.py`), `Y${i} = ${i}\n`);
    cli(dir, '.');
    expect(identity(cacheFile(dir))).not.toBe(before);
    expect(cli(dir, '--verbose', '.').stderr).toMatch(/facts of 41 modules from the cache, 0 scanned/);
  });
});
