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
