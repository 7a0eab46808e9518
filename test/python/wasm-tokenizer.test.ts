/**
 * The WebAssembly tokenizer (src/python/wasm/tokenizer.as.ts) gives the JavaScript tokenizer's
 * tokens exactly, or gives up and leaves the text to it: on every file of the standard library and
 * of this project's fixtures, and on generated text close to Python. And the committed module is
 * what its source compiles to.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fc from 'fast-check';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { scanModule } from '../../src/python/facts';
import { tokenizeFast, tokenizeInJs, Tokens } from '../../src/python/scanner';
import { decodeSource } from '../../src/python/source';
import { makeTree } from '../helpers/tree';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { stdlibRoot, pythonFiles } = require('../../bench/stdlib') as { stdlibRoot(): string; pythonFiles(root: string): string[] };

const ROOT = path.join(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'dunderlint.js');

/** Everything a tokenizer hands to the facts builder. */
function snapshot(t: Tokens) {
  const n = t.count;
  return {
    count: n,
    kind: Array.from(t.kind.subarray(0, n)),
    start: Array.from(t.start.subarray(0, n)),
    end: Array.from(t.end.subarray(0, n)),
    extra: Array.from(t.extra.subarray(0, n)),
    error: t.error,
    dynamicImportNames: t.dynamicImportNames,
    directiveComments: t.directiveComments,
  };
}

const fast = new Tokens();
const js = new Tokens();
/** Whether the WebAssembly tokenizer took the text; throws if it took it and differs. */
function agrees(text: string): boolean {
  if (!tokenizeFast(text, fast)) return false;
  expect(snapshot(fast)).toEqual(snapshot(tokenizeInJs(text, js)));
  return true;
}

function walk(dir: string, out: string[]): string[] {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (/\.pyi?$/.test(e.name)) out.push(p);
  }
  return out;
}

test('on every file of the standard library and of the fixtures, it gives the same tokens or gives up', () => {
  const files = [...pythonFiles(stdlibRoot()), ...walk(path.join(ROOT, 'test', 'fixtures'), [])];
  let taken = 0;
  let bytes = 0;
  let takenBytes = 0;
  for (const file of files) {
    const decoded = decodeSource(fs.readFileSync(file));
    if (decoded.error) continue;
    bytes += decoded.text.length;
    if (agrees(decoded.text)) {
      taken++;
      takenBytes += decoded.text.length;
    }
  }
  // It gives up on little: a Unicode name, a tab in the indentation, an error.
  expect(files.length).toBeGreaterThan(1000);
  expect(takenBytes / bytes).toBeGreaterThan(0.95);
  expect(taken).toBeGreaterThan(0.95 * files.length);
}, 120_000);

test('it takes ASCII and other text, and leaves errors, tabs and Unicode names to the JavaScript tokenizer', () => {
  expect(agrees('import os\nx = "caf\u00e9"  # \u00e9t\u00e9\n')).toBe(true);
  expect(agrees('s = "\u{1F600}"; t = 1\n')).toBe(true);
  expect(agrees('x = f"{a!r:>{w}} {d["k"]}"\nfrom ... import y\nimportlib.import_module("m")  # noqa: F401\n')).toBe(true);
  expect(agrees('if x:\n\tpass\n')).toBe(false);
  expect(agrees('caf\u00e9 = 1\n')).toBe(false);
  expect(agrees('x = (1,\n')).toBe(false);
  expect(agrees('print "x"\n')).toBe(false);
  expect(agrees('match x:\n    case 1:\n        pass\ntype X = int\n')).toBe(true);
  // A huge file too (the WebAssembly memory would keep its size).
  expect(tokenizeFast('x = 1\n'.repeat(700_000), fast)).toBe(false);
  // What the JavaScript tokenizer finds in what it was left is what a scan reports.
  expect(scanModule('x = (1,\n').syntaxError?.message).toBe("'(' was never closed");
});

/** Python-like text: the tokens and the characters that make them hard. */
const PIECES = [
  'import', 'from', ' ', '  ', '    ', '\t', '\n', '\r\n', '\r', '\\\n', '#', '# noqa', '# NOQA:E1', '# dunderlint: disable', '# type: ignore', '# pyright: ignore',
  'x', 'abc', '_a1', 'import_module', '__import__', 'def', 'class', 'match', 'case', 'type', 'True', 'é', 'π', '\u{1F600}', '\ufeff',
  '0', '00', '01', '0x1F', '0o7', '0b1', '1_000', '1.5', '.5', '1e10', '1E-3', '2j', '1.e5',
  '"', "'", '"""', "'''", 'f"', "f'", 'rb"', 'u"', 'Rf"', 't"', 'b"', '\\', '\\"', '{', '}', '{{', '}}', '!r', ':', ':=', '=', '==', '!=', '<>', '<=', '>>=', '**', '//=', '->', '...', '..', '.', ',', ';', '@', '(', ')', '[', ']', '$', '?', '!', '\x00',
];
const pythonish = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => parts.join(''));

test('on generated text, it gives the same tokens or gives up', () => {
  fc.assert(
    fc.property(pythonish, (text) => {
      agrees(text);
    }),
    { numRuns: Number(process.env.WASM_TOKENIZER_RUNS ?? 20_000) },
  );
  // And on whole lines of it, where indentation and brackets come into play.
  fc.assert(
    fc.property(fc.array(pythonish, { maxLength: 12 }), (lines) => {
      agrees(lines.join('\n'));
    }),
    { numRuns: 5_000 },
  );
}, 120_000);

test('the committed module is what tokenizer.as.ts compiles to (npm run build:wasm)', () => {
  expect(() => execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build-wasm.js'), '--check'], { cwd: ROOT, stdio: 'pipe' })).not.toThrow();
}, 60_000);

test('a whole run finds the same with the WebAssembly tokenizer, without it, and where WebAssembly is missing (node --jitless)', () => {
  // Past the first 64 kB a process tokenizes in JavaScript, with findings from both tokenizers'
  // files: `__all__` naming what is not there, in ASCII and in UTF-16 text.
  const tree: Record<string, string> = { 'pyproject.toml': '[project]\nname = "pkg"\n', 'pkg/__init__.py': '' };
  const body = Array.from({ length: 60 }, (_, k) => `def f${k}(x):\n    return f"{x!r:>{k}}"  # noqa: E501\n`).join('\n');
  for (let m = 0; m < 40; m++) tree[`pkg/mod${m}.py`] = `"""Module ${m}${m % 2 ? ' \u00e9t\u00e9' : ''}."""\nimport os\n__all__ = ["f0", "missing${m}"]\n${body}`;
  const dir = makeTree(tree);
  const run = (node: string[], env: Record<string, string> = {}) => {
    const r = spawnSync(process.execPath, [...node, BIN, '.', '-f', 'json', '--no-cache'], { cwd: dir, encoding: 'utf8', env: { ...process.env, ...env } });
    return { status: r.status, findings: (JSON.parse(r.stdout) as { diagnostics: Array<{ rule: string; path: string; line: number; message: string }> }).diagnostics.map((d) => `${d.path}:${d.line} ${d.rule} ${d.message}`) };
  };
  const withWasm = run([]);
  expect(withWasm.status).toBe(1);
  expect(withWasm.findings.filter((f) => f.includes(' all-undefined '))).toHaveLength(40);
  expect(run([], { DUNDERLINT_WASM_TOKENIZER: '0' })).toEqual(withWasm);
  expect(run(['--jitless'])).toEqual(withWasm);
}, 60_000);
