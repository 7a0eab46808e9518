/** What CPython treats as compiled bytecode, and the ignore lines that keep it out of git. */

/** The lines github/gitignore's Python template uses; `--fix` appends the ones that are missing. */
export const BYTECODE_IGNORE_LINES = ['__pycache__/', '*.py[cod]'];

/** A path git should never track: anything under `__pycache__/`, or a `.pyc`/`.pyo` file. */
export function isBytecodePath(p: string): boolean {
  return p.endsWith('.pyc') || p.endsWith('.pyo') || p.startsWith('__pycache__/') || p.includes('/__pycache__/');
}

/** The outermost `__pycache__` folder on the path, or null. */
export function pycacheFolder(p: string): string | null {
  const parts = p.split('/');
  const i = parts.indexOf('__pycache__');
  return i === -1 || i === parts.length - 1 ? null : parts.slice(0, i + 1).join('/');
}

/** The path asked of `git check-ignore`: bytecode CPython would write for a module in a package. */
export const BYTECODE_PROBE = 'x/__pycache__/y.cpython-312.pyc';
/** The same, below a given folder: `<folder>/__pycache__/…`. */
export const BYTECODE_PROBE_NAME = '__pycache__/y.cpython-312.pyc';
/** A legacy Python 2-style `.pyc` written next to its source. */
export const LOOSE_BYTECODE_PROBE = 'x/y.pyc';

/** `a/b/c.pyc` → `a/b`; a file at the root → `.`. */
export function parentFolder(p: string): string {
  const i = p.lastIndexOf('/');
  return i === -1 ? '.' : p.slice(0, i);
}

/**
 * Lines that make git ignore the probe (`<folder>/__pycache__/y.cpython-312.pyc`) in every folder at
 * or below the `.gitignore` holding them: a folder pattern without an inner slash matches at any
 * depth, a file pattern without a slash too.
 */
const IGNORES_BYTECODE_EVERYWHERE = new Set(['__pycache__', '__pycache__/', '**/__pycache__', '**/__pycache__/', '*.pyc', '*.py[cod]', '*.py[co]', '**/*.pyc', '**/*.py[cod]']);

/**
 * Whether git surely ignores bytecode in every folder of the project, from the texts of its
 * `.gitignore` files alone: the top one (`top`, at the project's root) has one of the lines above, and
 * no `.gitignore` (`top` or one below, `nested`) has a negation that could match the probe's
 * `__pycache__` folder or file: a negation re-includes only what it matches, and is the only thing
 * that can re-include what a higher-precedence file excludes (`.git/info/exclude` and the user's
 * excludes file rank below every `.gitignore`, a parent folder's file below the project's).
 * `!.gitignore` (a folder kept empty) names neither. False means: ask git. A line is taken as
 * ignoring only as git reads it in any case (no BOM, no carriage return, no trailing blank).
 */
export function ignoresBytecodeEverywhere(top: string, nested: readonly string[]): boolean {
  if (!top.split('\n').some((l) => IGNORES_BYTECODE_EVERYWHERE.has(l))) return false;
  for (const text of [top, ...nested]) {
    for (const line of text.split('\n')) if (/^\s*!/.test(line) && !harmlessNegation(line)) return false;
  }
  return true;
}

/** A negation that names, without any pattern character, something other than `__pycache__` or a `.pyc`/`.pyo` file. */
function harmlessNegation(line: string): boolean {
  if (!line.startsWith('!')) return false;
  const body = line.slice(1).replace(/[ \r]+$/, '');
  if (/[*?[\\]/.test(body)) return false;
  const last = body.replace(/\/+$/, '').split('/').pop()!;
  return last !== '' && last !== '__pycache__' && !last.endsWith('.pyc') && !last.endsWith('.pyo');
}
