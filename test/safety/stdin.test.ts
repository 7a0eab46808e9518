/** `--stdin-filename` for a buffer outside any project. */
import * as fs from 'node:fs';
import { dunderlint, findings, warnings } from '../helpers/run';
import { makeTree } from '../helpers/tree';

describe('--stdin-filename', () => {
  it('a buffer in a folder with no config and no git is linted alone: no other file is read, no cache is written', () => {
    const dir = makeTree({ 'other.py': 'def (\n', 'pkg/m.py': '__all__ = ["x"]\n' });
    const r = dunderlint(dir, ['--stdin-filename', 'scratch.py', '--format', 'json'], { input: '__all__ = ["nothing_here"]\n' });
    expect(findings(r)).toEqual(['all-undefined scratch.py']);
    expect(r.code).toBe(1);
    expect(warnings(r)).toEqual([]); // other.py (a syntax error) was not read
    expect(fs.readdirSync(dir).sort()).toEqual(['other.py', 'pkg']);
  });

  it('a buffer inside a project (a config above it) is still linted with the whole project (--verbose names the other files read)', () => {
    const dir = makeTree({ 'dunderlint.toml': '', 'other.py': 'def (\n' });
    const r = dunderlint(dir, ['--stdin-filename', 'scratch.py', '--format', 'json', '--no-cache', '--verbose'], { input: 'x = 1\n' });
    expect(warnings(r)).toEqual([]);
    expect(r.stderr).toContain('dunderlint: other.py:1:');
  });
});
