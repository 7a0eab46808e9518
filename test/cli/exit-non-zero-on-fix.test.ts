/** `--exit-non-zero-on-fix` (ruff's flag): a run that changed files fails, so a hook with --fix blocks the commit. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cli, json } from '../helpers/cli';
import { makeTree } from '../helpers/tree';

// One finding, a warning that --fix fixes by writing .gitignore; nothing remains after the fix.
const fixableOnly = { 'pkg/__init__.py': 'from pkg import a\n', 'pkg/a.py': '' };

describe('--exit-non-zero-on-fix', () => {
  it('with --fix, exits 1 when a fix was applied even though no finding remains, and the file is fixed', () => {
    const dir = makeTree(fixableOnly, 'add');
    const r = cli(dir, '--fix', '--exit-non-zero-on-fix');
    expect(r.stdout).toBe('All checks passed!\n');
    expect(r.stderr).toBe('Fixed 1 problem.\n');
    expect(r.code).toBe(1);
    expect(fs.readFileSync(path.join(dir, '.gitignore'), 'utf8')).toContain('__pycache__/');

    // Nothing left to fix: the next run passes.
    expect(cli(dir, '--fix', '--exit-non-zero-on-fix')).toEqual({ code: 0, stdout: 'All checks passed!\n', stderr: '' });
  });

  it('without it, the same fixing run exits 0 (ruff\'s default)', () => {
    const dir = makeTree(fixableOnly, 'add');
    const r = cli(dir, '--fix');
    expect(r.stderr).toBe('Fixed 1 problem.\n');
    expect(r.code).toBe(0);
  });

  it('without --fix it changes nothing: the finding is a warning, exit 0', () => {
    const dir = makeTree(fixableOnly, 'add');
    const r = cli(dir, '--exit-non-zero-on-fix', '-f', 'json');
    expect(json(r).diagnostics.map((d) => d['rule'])).toEqual(['bytecode-not-ignored']);
    expect(r.code).toBe(0);
    expect(fs.existsSync(path.join(dir, '.gitignore'))).toBe(false);
  });

  it('--exit-zero wins, as in ruff', () => {
    const dir = makeTree(fixableOnly, 'add');
    expect(cli(dir, '--fix', '--exit-non-zero-on-fix', '--exit-zero').code).toBe(0);
  });
});
