/**
 * Random projects through the whole built CLI: random bytes and Python-like token soup in files
 * and folders of every kind the rules look at. Whatever the input, a run ends with exit 0 or 1 and
 * a JSON report, never a crash or a stack trace, and within a generous time bound.
 *
 * Trees come from a seeded generator, so a failing run is the same on every machine; its files are
 * written to the failure message's folder (kept when a run fails).
 */
import fc from 'fast-check';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const BIN = path.join(__dirname, '..', '..', 'bin', 'dunderlint.js');

const TOKENS = [
  'import ', 'from ', ' . ', '.', '..', '...', 'x', 'y', 'pkg', 'sub', 'm', 'a.b', 'as ', '__all__', ' = ', ' += ',
  '.extend(', '.append(', '.remove(', '__all__.', '[', ']', '(', ')', '{', '}', '"', "'", '"""', "'''", 'f"', "f'",
  'rb"', 'b"', 'u"', 't"', 'rf"{', '\\', '\\\n', '\n', '\r\n', '\r', '\t', '    ', '  ', '#', '# dunderlint: disable=all-undefined',
  '# dunderlint: disable-file=missing-init', '# /// script\n', '# ///\n', ':', ';', ',', '*', '**', '+', '-', '@', '=',
  'if ', 'elif ', 'else:', 'try:', 'except ImportError:', 'except (A, B) as e:', 'finally:', 'def f():', 'async def g():',
  'class C:', 'for i in x:', 'while 1:', 'with a as b:', 'match x:', 'case [a, *b]:', 'lambda', 'lambda: ', ':=', 'global g',
  'del x', 'return', 'yield', 'pass', 'TYPE_CHECKING', 'sys.version_info', '__name__ == "__main__"', 'importlib.import_module("',
  '__import__("', 'globals()', 'def __getattr__(name):', '0777', '1.5e3j', '0x', '1_000', 'é', 'cafe\u0301', '\ufb01le', '😀',
  '\u200b', '\f', '\u00a0', '\ufeff', '{{', '}}', '!r', ':>{w}', '\\N{BULLET}', 'type ', 'X[T] = ', '\0', '\x7f', '\ud800',
  '<<<<<<< HEAD\n', '=======\n', '>>>>>>> b\n', '# -*- coding: latin-1 -*-\n', '# coding: nope\n', '#!/usr/bin/env python\n',
];

/** A Python-like file: token soup, often ending in a long run of nesting or of list elements. */
const soup = fc.tuple(
  fc.array(fc.constantFrom(...TOKENS), { maxLength: 400 }),
  fc.constantFrom('', '(', '[', '{', 'f"{', "f'{x:{", '(1 + ', '"a", ', 'x.', '"b" '),
  fc.nat({ max: 12_000 }),
).map(([tokens, run, n]) => tokens.join('') + run.repeat(n));
/** Mostly valid statements about names the trees use, so that the rules and their fixes engage. */
const NAMES = ['pkg', 'sub', 'app', 'm', 'a', 'x', 'caf\u00e9', 'cafe\u0301', '\ufb01le', 'class', 'b', 'y'];
const name = fc.constantFrom(...NAMES);
const dotted = fc.array(name, { minLength: 1, maxLength: 3 }).map((parts) => parts.join('.'));
const strings = fc.array(fc.oneof(name.map((n) => `"${n}"`), name, fc.constant('"a" "b"'), fc.constant('*x')), { maxLength: 6 }).map((e) => e.join(', '));
const statement = fc.oneof(
  dotted.map((d) => `import ${d}`),
  fc.tuple(fc.constantFrom('', '.', '..'), dotted, fc.array(name, { minLength: 1, maxLength: 3 })).map(([dots, d, ns]) => `from ${dots}${d} import ${ns.join(', ')}`),
  fc.tuple(fc.constantFrom('', '.'), name).map(([dots, n]) => `from ${dots || '.'} import ${n}`),
  fc.tuple(name, dotted).map(([n, d]) => `from ${d} import *  # ${n}`),
  fc.tuple(fc.constantFrom('[', '(', '{'), strings).map(([o, e]) => `__all__ = ${o}${e}${o === '[' ? ']' : o === '(' ? ')' : '}'}`),
  strings.map((e) => `__all__ += [${e}]`),
  strings.map((e) => `__all__.extend((${e}))`),
  name.map((n) => `__all__.append("${n}")`),
  name.map((n) => `__all__ = "${n}"`),
  name.map((n) => `${n} = 1`),
  name.map((n) => `def ${n}(): pass`),
  fc.constantFrom('if TYPE_CHECKING:', 'try:', 'except ImportError:', 'else:', 'for i in x:', 'def f():', 'class C:'),
);
const statements = fc.array(fc.tuple(fc.constantFrom('', '', '    ', '\t'), statement), { maxLength: 30 })
  .map((lines) => lines.map(([indent, line]) => indent + line).join('\n') + '\n');
const bytes = fc.uint8Array({ maxLength: 2000 }).map((b) => Buffer.from(b));
const unicodeText = fc.string({ unit: 'binary', maxLength: 500 });
const content = fc.oneof(soup, statements, statements, bytes, unicodeText);

const DIRS = ['pkg', 'sub', 'app', 'src', 'caf\u00e9', 'cafe\u0301', 'x-y', '__pycache__', 'tests', 'class', '\ufb01le'];
const FILES = [
  '__init__.py', '__init__.py', 'm.py', 'a.py', 'x.py', '__init__.pyi', 'b.pyi', 'c.pyc', '__int__.py', '_init_.py', 'setup.py',
  'conftest.py', 'setup.cfg', '.gitignore', 'MANIFEST.in', 'mod.cpython-312.pyc', 'ext.abi3.so', 'class.py', 'caf\u00e9.py', 'cafe\u0301.py', '\ufb01le.py', 'm.pyw',
];
const file = fc.tuple(fc.array(fc.constantFrom(...DIRS), { maxLength: 3 }), fc.constantFrom(...FILES), content);
const project = fc.array(file, { minLength: 15, maxLength: 40 });

// FUZZ_SEED and FUZZ_RUNS explore further by hand; the suite always runs the same 20 trees.
const RUNS = Number(process.env.FUZZ_RUNS ?? 20);
const trees = fc.sample(project, { numRuns: RUNS, seed: Number(process.env.FUZZ_SEED ?? 20261130) });

describe('random projects through the CLI', () => {
  it.each(trees.map((t, i) => [i, t] as const))('run %i: exit 0 or 1, a JSON report, no crash, within 30 s', (i, files) => {
    const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), `dunderlint-fuzz-${i}-`)));
    for (const [dirs, name, text] of files) {
      const rel = path.join(...dirs, name);
      fs.mkdirSync(path.join(dir, path.dirname(rel)), { recursive: true });
      fs.writeFileSync(path.join(dir, rel), text);
    }
    // Every fourth tree is a git repository (files listed from the index, bytecode tracked); the
    // odd ones apply every fix, so the fixers see the same garbage. The two do not meet yet: a fix
    // that edits a staged file which another fix untracks makes `git rm --cached` refuse (exit 2).
    if (i % 4 === 0) for (const cmd of [['init', '-q'], ['add', '-A', '-f']]) execFileSync('git', cmd, { cwd: dir, stdio: 'ignore' });
    const args = ['--no-cache', '--format', 'json', ...(i % 2 ? ['--fix', '--unsafe-fixes'] : [])];
    const r = spawnSync(process.execPath, [BIN, ...args], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 30_000,
      killSignal: 'SIGKILL',
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '' },
    });
    // The folder is in the comparison so that a failure names the tree that caused it.
    const crashed = (r.status !== 0 && r.status !== 1) || /internal error|^\s+at .*:\d+:\d+\)?$/m.test(r.stderr);
    expect({ dir, signal: r.signal, stderr: crashed ? r.stderr : '' }).toEqual({ dir, signal: null, stderr: '' });
    expect([0, 1]).toContain(r.status);
    const report = JSON.parse(r.stdout) as { diagnostics: unknown[] };
    expect(Array.isArray(report.diagnostics)).toBe(true);
    fs.rmSync(dir, { recursive: true, force: true });
  }, 60_000);
});
