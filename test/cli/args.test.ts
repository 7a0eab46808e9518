/** The command line: repeatable options, options around subcommands, `--`, and values that make no sense. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cli, cliWithInput, json } from '../helpers/cli';
import { makeTree } from '../helpers/tree';

/** A usage or config error: exit 2, nothing on stdout, one line on stderr. */
function expectOneLineError(r: { code: number; stdout: string; stderr: string }, message: RegExp): void {
  expect(r.stderr).toMatch(message);
  expect(r.stderr).toMatch(/^dunderlint: error: [^\n]+\n$/);
  expect(r.stdout).toBe('');
  expect(r.code).toBe(2);
}

describe('--rule', () => {
  it('takes one value per flag: `--rule id:off PATH` lints PATH', () => {
    const dir = makeTree({ 'proj/pkg/_init_.py': '', 'other/_init_.py': '' }, 'add');
    const r = cli(dir, '--rule', 'bytecode-not-ignored:off', 'proj', '-f', 'concise');
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^proj\/pkg\/_init_\.py:1:1: error misspelled-init /);
    expect(r.code).toBe(1);
  });

  it('is repeatable, and a comma-separated value sets several rules', () => {
    const dir = makeTree({ 'pkg/_init_.py': '' }, 'add');
    expect(cli(dir, '--rule', 'bytecode-not-ignored:off', '--rule', 'misspelled-init:off', '.')).toEqual({ code: 0, stdout: 'All checks passed!\n', stderr: '' });
    expect(cli(dir, '--rule', 'bytecode-not-ignored:off,misspelled-init:off', '.')).toEqual({ code: 0, stdout: 'All checks passed!\n', stderr: '' });
    expect(cli(dir, '--rule=bytecode-not-ignored:off', '--rule=misspelled-init:off')).toEqual({ code: 0, stdout: 'All checks passed!\n', stderr: '' });
  });
});

describe('subcommands', () => {
  const tree = { 'pkg/__init__.py': '', 'pkg/m.py': '__all__ = ["x"]\nx = 1\n' };

  it('global options are accepted before and after `tree`', () => {
    const dir = makeTree(tree);
    const before = cli(dir, '--no-cache', 'tree', '.');
    expect(before.stderr).toBe('');
    expect(before.code).toBe(0);
    expect(before.stdout).toContain('pkg/  regular package');
    const after = cli(dir, 'tree', '.', '--no-cache');
    expect(after).toEqual(before);
    expect(fs.existsSync(path.join(dir, '.dunderlint_cache'))).toBe(false);
  });

  it('global options are accepted before and after `debug facts`', () => {
    const dir = makeTree(tree);
    const before = cli(dir, '--no-cache', 'debug', 'facts', 'pkg/m.py');
    expect(before.stderr).toBe('');
    expect(before.code).toBe(0);
    expect(JSON.parse(before.stdout).file).toBe(path.join(dir, 'pkg/m.py'));
    expect(cli(dir, 'debug', 'facts', '--no-cache', 'pkg/m.py')).toEqual(before);
  });

  it('`debug facts` on a folder exits 2 with one line', () => {
    expectOneLineError(cli(makeTree(tree), 'debug', 'facts', 'pkg'), /^dunderlint: error: pkg: is a directory/);
  });

  it('`debug` without `facts` exits 2 with one line', () => {
    expectOneLineError(cli(makeTree(tree), 'debug', 'pkg/m.py'), /^dunderlint: error: .*debug facts/);
  });
});

describe('`--`', () => {
  it('`dunderlint -- -x.py` lints the file -x.py', () => {
    const dir = makeTree({ '-x.py': '__all__ = "x"\n', 'pkg/_init_.py': '' });
    const r = cli(dir, '-f', 'concise', '--', '-x.py');
    expect(r.stdout).toMatch(/^-x\.py:1:11: error all-not-sequence /);
    expect(r.stdout.split('\n')).toHaveLength(2);
    expect(r.code).toBe(1);
  });

  it('after `--`, a name that looks like a number is still a path (`-- 1e3` is not 1000)', () => {
    const dir = makeTree({ '1e3/_init_.py': '', '1000/_init_.py': '' });
    const r = cli(dir, '-f', 'concise', '--rule', 'invalid-module-name:off', '--', '1e3');
    expect(r.stdout).toMatch(/^1e3\/_init_\.py:1:1: error misspelled-init [^\n]+\n$/);
  });

  it('after `--`, `tree` is a path, not the subcommand', () => {
    const dir = makeTree({ 'tree/_init_.py': '' });
    const r = cli(dir, '-f', 'concise', '--', 'tree');
    expect(r.stdout).toMatch(/^tree\/_init_\.py:1:1: error misspelled-init /);
    expect(r.code).toBe(1);
  });
});

describe('values that make no sense exit 2 with one line', () => {
  const tree = { 'm.py': '', 'pkg/__init__.py': '' };

  it.each([
    [['--max-warnings', 'abc'], /^dunderlint: error: --max-warnings: expected a whole number/],
    [['--max-warnings', '1.5'], /^dunderlint: error: --max-warnings: expected a whole number/],
    [['--max-warnings', ''], /^dunderlint: error: --max-warnings: expected a whole number/],
    [['--max-warnings', '-2'], /^dunderlint: error: --max-warnings: expected a whole number/],
    [['--concurrency', 'many'], /^dunderlint: error: --concurrency: /],
    [['--format'], /^dunderlint: error: /],
    [['--rule'], /^dunderlint: error: /],
    [['--rule', ''], /^dunderlint: error: --rule : expected id:severity/],
    [['--config', 'nope.toml'], /^dunderlint: error: --config nope\.toml: file not found/],
    [['--config', 'pkg'], /^dunderlint: error: pkg: cannot read config: is a directory\n$/],
  ])('%j', (args, message) => {
    expectOneLineError(cli(makeTree(tree), ...(args as string[])), message);
  });

  it('--print-config for a path that does not exist exits 2 with one line', () => {
    expectOneLineError(cli(makeTree(tree), '--print-config', 'nope'), /^dunderlint: error: nope: no such file or directory\n$/);
  });

  it('a value option given twice takes the last value, as --format json --format concise', () => {
    const dir = makeTree({ 'pkg/_init_.py': '' });
    const r = cli(dir, '--format', 'json', '--format', 'concise', '--config', 'nope.toml', '--config', 'dunderlint.toml');
    expect(r.stderr).toBe('dunderlint: error: --config dunderlint.toml: file not found\n');
    const twice = cli(dir, '--format', 'json', '--format', 'concise', '--max-warnings=-1', '--max-warnings=2');
    expect(twice.stdout).toMatch(/^pkg\/_init_\.py:1:1: error misspelled-init /);
    expect(twice.code).toBe(1);
  });

  it('--max-warnings takes a whole number (and -1, no limit)', () => {
    const dir = makeTree({ 'm.py': '' }, 'add'); // one warning: bytecode-not-ignored
    expect(cli(dir, '--max-warnings', '1').code).toBe(0);
    expect(cli(dir, '--max-warnings', '0').code).toBe(1);
    expect(cli(dir, '--max-warnings', '-1').code).toBe(0);
    expect(cli(dir, '--max-warnings=0').code).toBe(1);
  });

  it.each([[''], ['pkg'], ['pkg/']])('--stdin-filename %j (no file name) exits 2 and does not lint the folder', (name) => {
    const dir = makeTree({ 'pkg/__init__.py': '', 'pkg/_init_.py': '' });
    expectOneLineError(cliWithInput(dir, '__all__ = "x"\n', '--stdin-filename', name), /^dunderlint: error: --stdin-filename\b/);
  });

  it('--stdin-filename still lints a new file', () => {
    const dir = makeTree({ 'pkg/__init__.py': '' });
    const r = cliWithInput(dir, '__all__ = "x"\n', '--stdin-filename', 'pkg/new.py', '-f', 'json');
    expect(json(r).diagnostics.map((d) => d.rule)).toEqual(['all-not-sequence']);
  });
});
