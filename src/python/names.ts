import { editDistance } from '../config/config';

/** Python naming facts shared by rules: identifiers as the language defines them. */

// Python identifiers are Unicode XID_Start/XID_Continue (PEP 3131), as `str.isidentifier()` checks
// them; the tests compare this with python3 (characters newer than its Unicode version aside).
const IDENTIFIER = /^[\p{XID_Start}_][\p{XID_Continue}]*$/u;

export function isIdentifier(name: string): boolean {
  return IDENTIFIER.test(name);
}

/** Hard keywords (`keyword.kwlist`): identifiers that no import statement can name. */
const KEYWORDS = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def',
  'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is',
  'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
]);

/**
 * A file or folder name an `import` statement can reach: an identifier, not a keyword, and already
 * in NFKC form (the parser normalizes `import ﬁle` to `file`, which then matches no `ﬁle.py`).
 */
export function isModuleName(name: string): boolean {
  return isIdentifier(name) && !KEYWORDS.has(name) && name.normalize('NFKC') === name;
}

/**
 * Is `name` a typo of `__init__.py`? Lower-case it, drop `_` and `.`, drop trailing `py`s; what is
 * left must be `init`, or (for dunder-shaped names like `__int__.py`) one edit or swap away from it.
 * `_int.py` or `_ini.py` are real private modules and stay silent; only `_init*` is flagged for them.
 */
export function isMisspelledInit(name: string): boolean {
  if (name === '__init__.py' || name === '__init__.pyi') return false;
  const lower = name.toLowerCase();
  if (!lower.includes('_') || /\.py[cod]$/.test(lower)) return false;
  if (/[^a-z_.]/.test(lower)) return false;
  let core = lower.replace(/[_.]/g, '');
  while (core.endsWith('py') && core.length > 2) core = core.slice(0, -2);
  if (core.endsWith('pyi')) core = core.slice(0, -3);
  if (core === 'init') return true;
  const dunderShaped = lower.startsWith('__') || lower.replace(/(\.pyi?)+$/, '').endsWith('__');
  return dunderShaped && core.length >= 3 && editDistance(core, 'init') <= 1;
}

/** RUF022's isort-style order: SCREAMING_SNAKE_CASE, then CamelCase, then the rest; natural order within. */
export function sortKey(name: string): [number, string] {
  const category = name.length > 1 && /^[A-Z0-9_]+$/.test(name) && /[A-Z]/.test(name) ? 0 : /^_*[A-Z]/.test(name) ? 1 : 2;
  return [category, name];
}

const naturalParts = (s: string) => s.split(/(\d+)/).map((p, i) => (i % 2 ? Number(p) : p));

export function compareNames(a: string, b: string): number {
  const [ca] = sortKey(a);
  const [cb] = sortKey(b);
  if (ca !== cb) return ca - cb;
  const pa = naturalParts(a);
  const pb = naturalParts(b);
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i]!;
    const y = pb[i]!;
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return String(x) < String(y) ? -1 : 1;
  }
  return pa.length - pb.length;
}

/** Is `name` used anywhere except on import lines (a textual check: the scanner keeps no name uses)? */
export function usedOutsideImports(text: string, name: string): boolean {
  const word = new RegExp(`(?<![\\w.])${name.replace(/[$]/g, '\\$')}(?!\\w)`);
  let inImport = false;
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (/^(from\s+\S+\s+)?import\b/.test(trimmed)) inImport = !trimmed.includes(')') && trimmed.includes('(');
    else if (inImport) {
      if (trimmed.includes(')')) inImport = false;
      continue;
    } else if (!trimmed.startsWith('#') && !/^__all__/.test(trimmed) && word.test(line)) return true;
  }
  return false;
}
