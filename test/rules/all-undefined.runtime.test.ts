/**
 * all-undefined agrees with CPython: for every case, `from <module> import *` succeeds in python3
 * exactly when the rule is silent.
 */
import { execFileSync } from 'node:child_process';
import cases from './all-undefined.cases';
import { makeTree } from '../helpers/tree';

function starImportWorks(tree: Record<string, string | Buffer>): boolean {
  const dir = makeTree(tree);
  const module = 'pkg/__init__.py' in tree ? ('pkg/m.py' in tree ? 'pkg.m' : 'pkg') : 'm';
  try {
    execFileSync('python3', ['-c', `from ${module} import *`], { cwd: dir, stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
}

describe('all-undefined against CPython', () => {
  it.each(cases.valid.map((c) => [c.name, c] as const))('valid: %s imports cleanly', (_n, c) => {
    expect(starImportWorks(c.tree)).toBe(true);
  });
  it.each(cases.invalid.map((c) => [c.name, c] as const))('invalid: %s fails at `import *`', (_n, c) => {
    expect(starImportWorks(c.tree)).toBe(false);
  });
});
