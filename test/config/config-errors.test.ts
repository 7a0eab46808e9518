/** Config files that cannot be right: exit 2 with one line naming the file and the key, never a stack trace. */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cli } from '../helpers/cli';
import { AS_NOBODY, nobodyBin } from '../helpers/run';
import { makeTree } from '../helpers/tree';

const BIN = path.join(__dirname, '..', '..', 'bin', 'dunderlint.js');

function expectOneLineError(r: { code: number; stdout: string; stderr: string }, message: string | RegExp): void {
  if (typeof message === 'string') expect(r.stderr).toBe(message);
  else expect(r.stderr).toMatch(message);
  expect(r.stderr).toMatch(/^dunderlint: error: [^\n]+\n$/);
  expect(r.stdout).toBe('');
  expect(r.code).toBe(2);
}

describe('globs', () => {
  it.each([
    ['dunderlint.toml', 'exclude = [""]\n', 'dunderlint: error: dunderlint.toml: exclude: an empty glob matches nothing\n'],
    ['dunderlint.toml', 'exclude = ["a", ""]\n', 'dunderlint: error: dunderlint.toml: exclude: an empty glob matches nothing\n'],
    ['pyproject.toml', '[tool.dunderlint]\nextend-exclude = [""]\n', 'dunderlint: error: pyproject.toml: tool.dunderlint.extend-exclude: an empty glob matches nothing\n'],
    ['dunderlint.toml', '[per-file-ignores]\n"!" = ["ALL"]\n', 'dunderlint: error: dunderlint.toml: per-file-ignores."!": an empty glob matches nothing\n'],
    ['dunderlint.toml', '[per-file-ignores]\n"" = ["ALL"]\n', 'dunderlint: error: dunderlint.toml: per-file-ignores."": an empty glob matches nothing\n'],
  ])('%s with %j exits 2 with one line', (name, content, message) => {
    expectOneLineError(cli(makeTree({ [name]: content, 'pkg/_init_.py': '' })), message);
  });

  it('a glob longer than picomatch allows exits 2 with one line', () => {
    const r = cli(makeTree({ 'dunderlint.toml': `exclude = ["${'a'.repeat(70_000)}"]\n`, 'pkg/_init_.py': '' }));
    expectOneLineError(r, /^dunderlint: error: dunderlint\.toml: exclude: a glob of 70000 characters is longer than the 65536 allowed\n$/);
  });

  it('an empty glob in a rule\'s allow list matches nothing instead of crashing the rule', () => {
    const r = cli(makeTree({ 'dunderlint.toml': '[rules]\nsourceless-bytecode = ["error", { allow = [""] }]\n', 'pkg/_init_.py': '' }), '-f', 'concise');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
  });
});

describe('encoding', () => {
  it.each([
    ['dunderlint.toml', Buffer.from('exclude = ["caf\xe9"]\n', 'latin1'), 'dunderlint: error: dunderlint.toml:1: invalid TOML: not UTF-8\n'],
    ['pyproject.toml', Buffer.concat([Buffer.from('[project]\nname = "x"\n# \xff\n', 'latin1')]), 'dunderlint: error: pyproject.toml:3: invalid TOML: not UTF-8\n'],
    ['.dunderlint.toml', Buffer.from([0x23, 0x20, 0xed, 0xa0, 0x80, 0x0a]), 'dunderlint: error: .dunderlint.toml:1: invalid TOML: not UTF-8\n'],
  ])('%s that is not valid UTF-8 exits 2 with one line', (name, content, message) => {
    expectOneLineError(cli(makeTree({ [name]: content, 'pkg/_init_.py': '' })), message);
  });

  it('a UTF-8 config with non-ASCII globs is read', () => {
    const r = cli(makeTree({ 'dunderlint.toml': 'exclude = ["café"]\n', 'café/_init_.py': '', 'pkg/_init_.py': '' }), '-f', 'concise', '--rule', 'invalid-module-name:off');
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^pkg\/_init_\.py:1:1: error misspelled-init [^\n]+\n$/);
  });
});

describe('other broken configs', () => {
  it.each([
    ['dunderlint.toml', 'rules = 3\n', 'dunderlint: error: dunderlint.toml: rules: expected a table of rule id = severity\n'],
    ['dunderlint.toml', '[per-file-ignores]\n"x" = "ALL"\n', 'dunderlint: error: dunderlint.toml: per-file-ignores."x": expected a list of strings, got "ALL"\n'],
    ['dunderlint.toml', 'src = [1]\n', 'dunderlint: error: dunderlint.toml: src: expected a list of strings, got an array\n'],
    ['dunderlint.toml', '[rules]\n"bad\\u001bkey" = "off"\n', /^dunderlint: error: dunderlint\.toml: rules\.bad\\x1bkey: unknown rule\n$/],
    ['pyproject.toml', 'tool = 1\n[tool.dunderlint]\n', /^dunderlint: error: pyproject\.toml:\d+:\d+: invalid TOML: /],
    ['pyproject.toml', '[tool]\ndunderlint = 1\n', 'dunderlint: error: pyproject.toml: tool.dunderlint: expected a table\n'],
  ])('%s with %j exits 2 with one line', (name, content, message) => {
    expectOneLineError(cli(makeTree({ [name]: content, 'm.py': '' })), message);
  });
});

describe('as non-root', () => {
  const asNobody = (dir: string, ...args: string[]) => {
    const r = spawnSync('setpriv', [...AS_NOBODY, process.execPath, nobodyBin(), ...args], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '' },
    });
    return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
  };

  it('an unreadable config file exits 2 with one line', () => {
    const dir = makeTree({ 'dunderlint.toml': '[rules]\n', 'm.py': '' });
    fs.chmodSync(dir, 0o755);
    fs.chmodSync(path.join(dir, 'dunderlint.toml'), 0o000);
    expectOneLineError(asNobody(dir, '--no-cache'), 'dunderlint: error: dunderlint.toml: cannot read config: EACCES\n');
  });

  it('`debug facts` on an unreadable file exits 2 with one line', () => {
    const dir = makeTree({ 'm.py': 'x = 1\n' });
    fs.chmodSync(dir, 0o755);
    fs.chmodSync(path.join(dir, 'm.py'), 0o000);
    expectOneLineError(asNobody(dir, 'debug', 'facts', 'm.py'), 'dunderlint: error: m.py: cannot read (EACCES)\n');
  });
});
