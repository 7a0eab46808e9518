/**
 * Bytes → text as CPython reads a source file: UTF-8 by default, a BOM, or a PEP 263 coding cookie
 * on one of the first two lines. Files CPython would refuse (NUL bytes, undecodable bytes, unknown
 * encodings) give an error instead of text.
 */

export interface DecodedSource {
  text: string;
  error: { message: string; line: number; column: number } | null;
}

import { isAscii, isUtf8 as isValidUtf8 } from 'node:buffer';
import { TextDecoder } from 'node:util';

const COOKIE = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;

export function decodeSource(bytes: Uint8Array): DecodedSource {
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return { text: '', error: { message: 'source code cannot contain null bytes', ...lineOfByte(bytes, nul) } };
  }
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  const encoding = cookie(body);
  // With a BOM the cookie must name UTF-8 in CPython's normal spelling (`utf8` is refused).
  if (bom && encoding && normalName(encoding) !== 'utf-8') {
    return { text: '', error: { message: `encoding problem: ${encoding} with BOM`, line: 1, column: 1 } };
  }
  if (encoding && !isUtf8(encoding)) {
    let decoder: TextDecoder;
    try {
      decoder = new TextDecoder(normalName(encoding), { fatal: true });
    } catch {
      return { text: '', error: { message: `unknown encoding: ${encoding}`, line: 1, column: 1 } };
    }
    try {
      return { text: decoder.decode(body), error: null };
    } catch {
      return { text: '', error: { message: `(unicode error) cannot decode as ${encoding}`, line: 1, column: 1 } };
    }
  }
  // Native validation first: most files are ASCII, whose latin1 decoding is a plain copy.
  const buf = Buffer.isBuffer(body) ? body : Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  if (isAscii(buf)) return { text: buf.toString('latin1'), error: null };
  if (isValidUtf8(buf)) return { text: buf.toString('utf8'), error: null };
  const bad = firstInvalidUtf8(body);
  return { text: '', error: { message: "(unicode error) 'utf-8' codec can't decode the file", ...lineOfByte(body, bad) } };
}

/**
 * How `decodeSource` reads `bytes`: the length of a UTF-8 BOM, and the encoding (a TextDecoder
 * label; `utf-8` unless a PEP 263 cookie names another). `--fix` needs it to write edits back.
 */
export function sourceEncoding(bytes: Uint8Array): { bomLength: number; encoding: string; declared: string | null } {
  const bomLength = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const declared = cookie(bytes.subarray(bomLength));
  return { bomLength, encoding: declared && !isUtf8(declared) ? normalName(declared) : 'utf-8', declared };
}

/** The declared encoding, if line 1 (or line 2 after a comment/blank line 1) declares one. */
function cookie(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024)).toString('latin1');
  if (!head.includes('coding')) return null;
  const lines = head.split(/\r\n|\r|\n/, 2);
  const m1 = COOKIE.exec(lines[0] ?? '');
  if (m1) return m1[1]!;
  if (lines.length > 1 && /^[ \t\f]*(#.*)?$/.test(lines[0]!)) {
    const m2 = COOKIE.exec(lines[1]!);
    if (m2) return m2[1]!;
  }
  return null;
}

/** CPython's tokenizer `get_normal_name`: the UTF-8 and Latin-1 families get one spelling. */
function normalName(encoding: string): string {
  const e = encoding.toLowerCase().replace(/_/g, '-');
  if (e === 'utf-8' || e.startsWith('utf-8-')) return 'utf-8';
  for (const name of ['latin-1', 'iso-8859-1', 'iso-latin-1']) {
    if (e === name || e.startsWith(`${name}-`)) return 'iso-8859-1';
  }
  return e;
}

function isUtf8(encoding: string): boolean {
  const e = normalName(encoding);
  return e === 'utf-8' || e === 'utf8';
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let lo = 0;
  let hi = bytes.length;
  // Binary search for the shortest undecodable prefix; a decoder error is monotone in length
  // up to a truncated trailing sequence, which `stream` mode tolerates.
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid + 1), { stream: true });
      lo = mid + 1;
    } catch {
      hi = mid;
    }
  }
  // `lo` is where decoding failed; an unfinished multi-byte sequence just before it is the culprit.
  for (let k = 1; k <= 3 && lo - k >= 0; k++) {
    const b = bytes[lo - k]!;
    if (b >= 0xc0) return lo - k;
    if (b < 0x80) break;
  }
  return lo;
}

function lineOfByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
