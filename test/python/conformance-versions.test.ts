/**
 * Differential test against every supported CPython present: the pyenv ones (3.8 … 3.13 here) and
 * 3.14 through pyodide. A file is valid when any of them accepts it; our facts must then equal what
 * the newest one that accepts it says, and a file none accepts must give us a syntax error.
 * It runs over version-specific snippets and over the standard library of every version present
 * (pyodide's included), files with the same bytes judged once.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { compareVersions, difference, installedCPythons, ourFacts, referenceFacts, stdlibFiles, type Normalized } from '../conformance/compare';
import { extractPyodideStdlib, pyodideReferenceFacts } from '../conformance/pyodide';
import { makeTree } from '../helpers/tree';

interface Judge {
  version: string;
  referenceFacts(files: readonly string[]): Map<string, Normalized>;
}

/** Newest first. */
let judges: Judge[] = [];
let pyodideStdlib: string[] = [];
let scratch = '';

beforeAll(() => {
  const cpythons: Judge[] = installedCPythons().map((c) => ({ version: c.version, referenceFacts: (files) => referenceFacts(files, c.executable) }));
  scratch = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'dunderlint-pyodide-stdlib-')));
  const extracted = extractPyodideStdlib(scratch);
  pyodideStdlib = extracted.files;
  const pyodide: Judge = { version: extracted.version, referenceFacts: pyodideReferenceFacts };
  judges = [...cpythons, pyodide].sort((a, b) => -compareVersions(a.version.split('.').map(Number), b.version.split('.').map(Number)));
  console.log(`judges: ${judges.map((j) => j.version).join(', ')}`);
}, 120_000);

afterAll(() => {
  if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
});

const minor = (version: string): string => version.split('.').slice(0, 2).join('.');

interface Outcome {
  /** Versions that accept each file. */
  acceptedBy: Map<string, string[]>;
  mismatches: string[];
  /** Files no judge accepts. */
  rejected: Set<string>;
}

/**
 * Judges each file with the newest judge first; the files it rejects go to the next one, and so on.
 * With `allVerdicts`, every judge sees every file (for the snippets, whose version table is checked).
 */
function judgeAll(files: readonly string[], root: string, allVerdicts = false, by: readonly Judge[] = judges): Outcome {
  const acceptedBy = new Map<string, string[]>(files.map((f) => [f, []]));
  const newestAccepting = new Map<string, Normalized>();
  const lastRejection = new Map<string, Normalized>();
  let pending = [...files];
  for (const judge of by) {
    if (pending.length === 0) break;
    const verdicts = judge.referenceFacts(pending);
    const next: string[] = [];
    for (const file of pending) {
      const v = verdicts.get(file);
      if (!v) throw new Error(`${judge.version} gave no verdict on ${file}`);
      if (v.syntaxError) {
        lastRejection.set(file, v);
        next.push(file);
      } else {
        acceptedBy.get(file)!.push(minor(judge.version));
        if (!newestAccepting.has(file)) newestAccepting.set(file, v);
        if (allVerdicts) next.push(file);
      }
    }
    pending = next;
  }
  const mismatches: string[] = [];
  const rejected = new Set<string>();
  for (const file of files) {
    const ref = newestAccepting.get(file) ?? lastRejection.get(file)!;
    if (ref.syntaxError) rejected.add(file);
    const d = difference(ourFacts(file), ref);
    if (d) mismatches.push(`${path.relative(root, file)}: ${d}`);
  }
  return { acceptedBy, mismatches, rejected };
}

/**
 * Each snippet and the CPythons that accept it: `3.10+` is 3.10 and later, `3.8, 3.10+` lists
 * them, `none` is none (measured with 3.8.18, 3.9.18, 3.10.13, 3.11.7, 3.12.1, 3.13.0, pyodide's 3.14.2).
 */
const SNIPPETS: Record<string, [string, string]> = {
  'walrus.py': ['if (n := 10) > 5:\n    import a\n', '3.8+'],
  'posonly.py': ['def f(a, /, b):\n    pass\n', '3.8+'],
  'parenthesized_with.py': ['with (open("a") as f,\n      open("b") as g):\n    pass\n', '3.9+'],
  'match.py': ['match x:\n    case [a, *rest]:\n        pass\n    case {"k": v, **kw}:\n        pass\n', '3.10+'],
  'backslash_before_block_col0.py': ['if x:\n\\\n    import a\nimport b\n', '3.10+'],
  // 3.9's tokenizer measured the line after the backslash.
  'backslash_before_block_indented.py': ['if x:\n    \\\n    import a\nimport b\n', '3.8, 3.10+'],
  'except_star.py': ['try:\n    import a\nexcept* ImportError:\n    pass\n', '3.11+'],
  'star_subscript.py': ['x = a[*b]\n', '3.11+'],
  'type_alias.py': ['type Alias[T] = list[T]\n', '3.12+'],
  'generic_def.py': ['def f[T](x: T) -> T:\n    return x\nclass C[T]:\n    pass\n', '3.12+'],
  'fstring_multiline_field.py': ['x = f"a {\n  1 +\n  2\n} b"\nfrom app import y\n', '3.12+'],
  'fstring_same_quotes.py': ['x = f"{"a" + f"{"b"}"}"\nimport c\n', '3.12+'],
  'fstring_comment_in_field.py': ['x = f"{1 # one\n}"\nimport c\n', '3.12+'],
  'pep758_except.py': ['try:\n    import a\nexcept ValueError, ImportError:\n    pass\n', '3.14+'],
  'pep758_except_star.py': ['try:\n    pass\nexcept* ValueError, TypeError:\n    pass\n', '3.14+'],
  'tstring.py': ['name = 1\nx = t"hi {name!r:>10}"\n', '3.14+'],
  'tstring_multiline_field.py': ["name = 'x'\ntemplate = t'hello {\n    name!r\n}'\nimport app\n", '3.14+'],
  'pep758_except_as.py': ['try:\n    pass\nexcept ValueError, TypeError as e:\n    pass\n', 'none'],
  'fstring_multiline_spec.py': ['x = f"{1:\n>10}"\n', 'none'],
  'print_statement.py': ['print "x"\n', 'none'],
  'backslash_deeper_than_block.py': ['x = 1\n\\\n    y = 2\n', '3.8, 3.9'],
};

/**
 * Files some old CPython accepts where we follow the current tokenizer and report a syntax error:
 * how 3.8 and 3.9 measured indentation around a line-start backslash changed in 3.10, and
 * following every past variant is not worth it for code nobody writes.
 */
const FOLLOWS_CURRENT_CPYTHON = new Set(['backslash_deeper_than_block.py']);

function acceptingVersions(spec: string): string[] {
  if (spec === 'none') return [];
  const all = judges.map((j) => minor(j.version));
  const out = new Set<string>();
  for (const part of spec.split(', ')) {
    if (part.endsWith('+')) {
      const since = part.slice(0, -1).split('.').map(Number);
      for (const v of all) if (compareVersions(v.split('.').map(Number), since) >= 0) out.add(v);
    } else if (all.includes(part)) out.add(part);
  }
  return all.filter((v) => out.has(v));
}



test('version-specific snippets: accepted by exactly the CPythons that should, and our facts equal the newest one that accepts them', () => {
  const dir = makeTree(Object.fromEntries(Object.entries(SNIPPETS).map(([name, [source]]) => [name, source])));
  const files = Object.keys(SNIPPETS).map((name) => path.join(dir, name));
  const outcome = judgeAll(files, dir, true);
  const table: string[] = [];
  const wanted: string[] = [];
  for (const [name, [, spec]] of Object.entries(SNIPPETS)) {
    table.push(`${name}: ${outcome.acceptedBy.get(path.join(dir, name))!.join(' ') || 'none'}`);
    wanted.push(`${name}: ${acceptingVersions(spec).join(' ') || 'none'}`);
  }
  expect(table).toEqual(wanted);
  const mismatches = outcome.mismatches.filter((m) => !FOLLOWS_CURRENT_CPYTHON.has(m.split(':')[0]!));
  expect(mismatches).toEqual([]);
  for (const name of FOLLOWS_CURRENT_CPYTHON) expect(ourFacts(path.join(dir, name)).syntaxError).toBe(true);
}, 60_000);

/**
 * Judging the ~6,000 distinct files takes minutes (pyodide most of all) on a shared machine, so by
 * default a fixed sample is judged: the files whose content hash starts with one of these digits
 * (about 1 in 16, from every version's stdlib). DUNDERLINT_CONFORMANCE_FULL=1 judges every file.
 * The full native stdlib of `python3` is also covered by conformance.test.ts.
 */
const SAMPLE = /^0/;

test('the standard library of every supported Python present (pyodide 3.14 included) agrees with the newest CPython that accepts each file', () => {
  const byContent = new Map<string, string>();
  let total = 0;
  const add = (files: string[]): void => {
    for (const file of files) {
      total++;
      const hash = createHash('sha1').update(fs.readFileSync(file)).digest('hex');
      if (!byContent.has(hash)) byContent.set(hash, file);
    }
  };
  for (const c of installedCPythons()) add(stdlibFiles(c.executable).files);
  add(pyodideStdlib);
  const full = process.env.DUNDERLINT_CONFORMANCE_FULL === '1';
  const files = [...byContent].filter(([hash]) => full || SAMPLE.test(hash)).map(([, file]) => file);
  const outcome = judgeAll(files, '/');
  const agreeing = files.length - outcome.mismatches.length;
  console.log(
    `standard libraries: ${total} files, ${byContent.size} distinct, ${files.length} judged; judges ${judges.map((j) => j.version).join(', ')}; ` +
      `${files.length - outcome.rejected.size} valid in some version, ${outcome.rejected.size} rejected by all; ` +
      `agreement ${agreeing}/${files.length} (${((100 * agreeing) / files.length).toFixed(2)}%)`,
  );
  expect(pyodideStdlib.length).toBeGreaterThan(500);
  expect(files.length).toBeGreaterThan(full ? 5000 : 200);
  expect(outcome.mismatches.slice(0, 20)).toEqual([]);
  expect(outcome.mismatches).toHaveLength(0);
}, 600_000);
