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
