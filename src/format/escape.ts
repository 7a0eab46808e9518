/**
 * Names and messages come from the project (folder names, `__all__` strings), so they may hold
 * control characters: a newline would forge an output line, an escape sequence would drive the
 * terminal. Text output shows them as escapes instead.
 */

/** C0, DEL and C1. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const CONTROLS = /[\u0000-\u001f\u007f-\u009f]/g;
const NAMED: Record<string, string> = { '\t': '\\t', '\n': '\\n', '\r': '\\r' };

function escapeOne(c: string): string {
  return NAMED[c] ?? `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`;
}

/** `s` with every control character written as `\n`, `\t`, `\r` or `\xNN`. */
export function visible(s: string): string {
  return CONTROL.test(s) ? s.replace(CONTROLS, escapeOne) : s;
}

/**
 * JSON text with DEL and C1 written as `\u00NN`: JSON.stringify escapes C0 but leaves these raw,
 * and a report printed on a terminal would pass them on. Outside strings JSON text is ASCII, so the
 * replacement only ever lands inside strings.
 */
export function asciiControls(json: string): string {
  return /[\u007f-\u009f]/.test(json)
    ? json.replace(/[\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    : json;
}
