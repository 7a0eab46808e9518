/** Python naming facts shared by rules: identifiers as the language defines them. */

// Python identifiers are Unicode XID_Start/XID_Continue (PEP 3131); these property escapes match
// them closely enough for file and folder names. Checked against `str.isidentifier()` in the tests.
const IDENTIFIER = /^[\p{XID_Start}_][\p{XID_Continue}]*$/u;

export function isIdentifier(name: string): boolean {
  return IDENTIFIER.test(name.normalize('NFKC'));
}

/** Hard keywords (`keyword.kwlist`): identifiers that no import statement can name. */
const KEYWORDS = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def',
  'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is',
  'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
]);

/** A name an `import` statement can spell: an identifier that is not a keyword. */
export function isModuleName(name: string): boolean {
  return isIdentifier(name) && !KEYWORDS.has(name);
}
