/** The value of a Python string literal token (prefix and quotes included), as CPython computes it. */

const SIMPLE_ESCAPES: Record<string, string> = {
  '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
};

/**
 * Returns null for bytes and f-strings (not `str` constants) and for `\N{…}` escapes, whose value needs
 * the Unicode name database.
 */
export function decodeStringLiteral(token: string): string | null {
  let p = 0;
  let raw = false;
  while (p < token.length && token[p] !== '"' && token[p] !== "'") {
    const c = token[p]!.toLowerCase();
    if (c === 'b' || c === 'f' || c === 't') return null;
    if (c === 'r') raw = true;
    p++;
  }
  const quote = token[p]!;
  const triple = token.startsWith(quote.repeat(3), p);
  const q = triple ? 3 : 1;
  let body = token.slice(p + q, token.length - q);
  // Line ends inside a literal are normalized to \n, as the tokenizer does.
  if (body.includes('\r')) body = body.replace(/\r\n?/g, '\n');
  if (raw || !body.includes('\\')) return body;
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c !== '\\') {
      out += c;
      continue;
    }
    const e = body[++i];
    if (e === undefined) return out + '\\';
    if (e === '\n') continue;
    const simple = SIMPLE_ESCAPES[e];
    if (simple !== undefined) {
      out += simple;
    } else if (e >= '0' && e <= '7') {
      let digits = e;
      while (digits.length < 3 && body[i + 1]! >= '0' && body[i + 1]! <= '7') digits += body[++i];
      out += String.fromCodePoint(parseInt(digits, 8));
    } else if (e === 'x' || e === 'u' || e === 'U') {
      const n = e === 'x' ? 2 : e === 'u' ? 4 : 8;
      const hex = body.slice(i + 1, i + 1 + n);
      if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== n) return null;
      const cp = parseInt(hex, 16);
      if (cp > 0x10ffff) return null;
      out += String.fromCodePoint(cp);
      i += n;
    } else if (e === 'N') {
      return null;
    } else {
      out += `\\${e}`;
    }
  }
  return out;
}
