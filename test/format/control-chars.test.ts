/**
 * File names are data: a newline, an escape sequence or a C1 control in a folder name must not forge
 * a finding line, reach the terminal, or break a machine format.
 */
import { cli } from '../helpers/cli';
import { makeTree } from '../helpers/tree';

// A folder name that would print a forged concise finding, one that would paint the terminal red and
// clear it, and a C1 CSI (U+009B) and DEL.
const FORGE = 'pkg\nevil.py:1:1: error misspelled-init forged';
const ANSI = 'red\u001b[31m\u001b[2J';
const C1 = 'csi\u009b31m\u007f';
const tree = { [`${FORGE}/_init_.py`]: '', [`${ANSI}/_init_.py`]: '', [`${C1}/_init_.py`]: '' };

/** C0 except LF, DEL and C1: none may reach the output raw. */
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

function run(format: string, ...args: string[]) {
  const r = cli(makeTree(tree), '--format', format, '--rule', 'invalid-module-name:off', ...args);
  expect(r.code).toBe(1);
  return r.stdout;
}

test('concise: one line per finding, control characters shown as \\n, \\x1b, \\x9b', () => {
  const out = run('concise');
  expect(RAW_CONTROL.test(out)).toBe(false);
  const lines = out.split('\n').filter(Boolean);
  expect(lines).toHaveLength(3);
  expect(lines).toContain('csi\\x9b31m\\x7f/_init_.py:1:1: error misspelled-init `_init_.py` looks like a misspelled `__init__.py`; `csi\\x9b31m\\x7f/` has none: an implicit namespace package');
  expect(lines.some((l) => l.startsWith('pkg\\nevil.py:1:1: error misspelled-init forged/_init_.py:1:1: error misspelled-init '))).toBe(true);
  expect(lines.some((l) => l.startsWith('red\\x1b[31m\\x1b[2J/_init_.py:1:1: '))).toBe(true);
});

test('stylish: control characters escaped, with and without colour', () => {
  for (const args of [[], ['--color']]) {
    const out = run('stylish', ...args);
    // Colour adds escape sequences of its own; none may come from a file name.
    const withoutOwnColour = out.replace(/\u001b\[\d+m/g, '');
    expect(RAW_CONTROL.test(withoutOwnColour)).toBe(false);
    expect(out).toContain('pkg\\nevil.py:1:1: error misspelled-init forged/_init_.py');
    expect(out).toContain('red\\x1b[31m\\x1b[2J/_init_.py');
    expect(out).not.toContain('\u001b[2J');
  }
});

test('json and gitlab: valid JSON with the exact paths, and no raw DEL or C1 in the text', () => {
  const out = run('json');
  expect(RAW_CONTROL.test(out)).toBe(false);
  expect(JSON.parse(out).diagnostics.map((d: { path: string }) => d.path).sort()).toEqual(Object.keys(tree).sort());
  const gitlab = run('gitlab');
  expect(RAW_CONTROL.test(gitlab)).toBe(false);
  expect(JSON.parse(gitlab).map((i: { location: { path: string } }) => i.location.path).sort()).toEqual(Object.keys(tree).sort());
});

test('sarif: no raw control characters, and each URI decodes to the exact path', () => {
  const out = run('sarif');
  expect(RAW_CONTROL.test(out)).toBe(false);
  const uris = JSON.parse(out).runs[0].results.map((r: any) => r.locations[0].physicalLocation.artifactLocation.uri as string);
  expect(uris.map(decodeURIComponent).sort()).toEqual(Object.keys(tree).sort());
});

test('sarif: `#`, `?` and `:` in a path stay part of the path in its URI', () => {
  const r = cli(makeTree({ 'a:b/c#d?e/_init_.py': '' }), '-f', 'sarif', '--rule', 'invalid-module-name:off');
  const uri: string = JSON.parse(r.stdout).runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri;
  const resolved = new URL(uri, 'file:///root/');
  expect(resolved.hash).toBe('');
  expect(resolved.search).toBe('');
  expect(decodeURIComponent(resolved.pathname)).toBe('/root/a:b/c#d?e/_init_.py');
});

test('junit: only characters XML 1.0 allows, control characters shown escaped', () => {
  const out = run('junit');
  // XML 1.0 Char, and no DEL or C1 either (discouraged, and they reach terminals).
  expect(/[^\u0009\u000a\u000d\u0020-\u007e\u00a0-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/u.test(out)).toBe(false);
  expect(out).toContain('<testsuite name="pkg\\nevil.py:1:1: error misspelled-init forged/_init_.py"');
  expect(out).toContain('<testsuite name="csi\\x9b31m\\x7f/_init_.py"');
});

test('github: one workflow command per finding; file= keeps the real path in GitHub\'s escaping, the message shows escapes', () => {
  const out = run('github');
  expect(RAW_CONTROL.test(out)).toBe(false);
  const lines = out.split('\n').filter(Boolean);
  expect(lines).toHaveLength(3);
  expect(lines.every((l) => l.startsWith('::error '))).toBe(true);
  const forged = lines.find((l) => l.includes('forged'))!;
  expect(forged).toContain(',file=pkg%0Aevil.py%3A1%3A1%3A error misspelled-init forged/_init_.py,');
  expect(forged).toContain('::pkg\\nevil.py:1:1: error misspelled-init forged/_init_.py:1:1: misspelled-init ');
});

test('warnings on stderr show control characters escaped too', () => {
  // An unreadable-file warning names the file; a syntax error in a Python file is one.
  // Named on the command line, the file is linted whatever its folder is.
  const r = cli(makeTree({ 'bad\u001b[2Jname/m.py': Buffer.from([0xff, 0xfe, 0x00]) }), '--rule', 'invalid-module-name:off', 'bad\u001b[2Jname/m.py');
  expect(r.stderr).toMatch(/^dunderlint: warning: bad\\x1b\[2Jname\/m\.py/);
  expect(RAW_CONTROL.test(r.stderr)).toBe(false);
});

test('tree shows control characters in folder names as escapes', () => {
  const r = cli(makeTree({ [`${ANSI}/__init__.py`]: '', [`${FORGE}/m.py`]: '' }), 'tree');
  expect(r.code).toBe(0);
  expect(RAW_CONTROL.test(r.stdout)).toBe(false);
  expect(r.stdout).toContain('red\\x1b[31m\\x1b[2J/');
  expect(r.stdout).toContain('pkg\\nevil.py:1:1: error misspelled-init forged/');
});
