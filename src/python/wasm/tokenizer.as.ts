/**
 * The tokenizer's fast path, in AssemblyScript compiled to WebAssembly (npm run build:wasm writes
 * src/python/wasm/tokenizer-module.ts). It mirrors `Tokenizer` in src/python/scanner.ts step for
 * step, for text without tabs, form feeds or continuation lines in the indentation and with ASCII
 * names, and gives up (returns BAIL) wherever that tokenizer would record an error: the
 * JavaScript tokenizer then scans the file. test/python/wasm-tokenizer.test.ts holds both to the
 * same tokens on every file of the standard library and on generated text.
 *
 * Why: V8 runs the JavaScript tokenizer interpreted for the first megabyte or so of a run and
 * compiles it on helper threads after; WebAssembly is compiled before its first call, so a run's
 * first pass over the files goes at full speed (pip's files, in one process: 46 ms in JavaScript,
 * 10.5 ms here).
 */

// Token kinds, string flags, operator and keyword codes: the values of T, S, Op and K in scanner.ts
// (the differential tests fail if they drift apart).
const T_NAME = 1, T_KEYWORD = 2, T_NUMBER = 3, T_STRING = 4, T_OP = 5, T_NEWLINE = 6, T_INDENT = 7, T_DEDENT = 8, T_END = 9;
const S_RAW = 1, S_BYTES = 2, S_FORMAT = 4, S_TRIPLE = 8, S_UNICODE = 16;
const OP_EQEQ = 200, OP_LESSGREATER = 204, OP_ELLIPSIS = 211, OP_AUGOTHER = 213;
const K_FROM = 16;
const D_OP = 0, D_NAME = 1, D_DIGIT = 2, D_SPACE = 3, D_NEWLINE = 4, D_QUOTE = 5, D_HASH = 6, D_BACKSLASH = 7;
const CR = 13, LF = 10, SPACE = 32, TAB = 9, FF = 12, HASH = 35, BACKSLASH = 92, SQ = 39, DQ = 34;
const MAX_NESTING = 200, MAX_FSTRING_NESTING = 150, MAX_INDENTS = 1000;

/**
 * Characters of one byte (ASCII text) or two (UTF-16, as JavaScript holds any other text):
 * scripts/build-wasm.js compiles this file once each way.
 */
const WIDE: bool = false;

/**
 * The tokenizer gave up (an error, a form it leaves to JavaScript, more tokens or list entries than
 * the caller made room for): the JavaScript tokenizer scans the text.
 */
const BAIL = -1;

// Tables the JavaScript side writes once (see `tables`): the same as scanner.ts uses.
const TABLES = memory.data(40960);
const DISPATCH = TABLES; // u8[128]
const OP1 = TABLES + 128; // u8[128]
const ASCII_CLASS = TABLES + 256; // u8[128]
const ASCII_NAME = TABLES + 384; // u8[128]
const OP3_CHAR = TABLES + 512; // u8[16]
const KEYWORD_FROM = TABLES + 1024; // u8[416]
const KEYWORD_TO = TABLES + 1536; // u8[416]
const KEYWORD_IDS = TABLES + 2048; // u8[64]
const KEYWORD_WORDS = TABLES + 2112; // 8 bytes each, zero-padded
const OP2 = TABLES + 8192; // u16[16384]

const BRACKETS = memory.data(MAX_NESTING * 4);
const INDENTS = memory.data(MAX_INDENTS * 4);

export function tables(): usize {
  return TABLES;
}

/** Where the caller puts the text (bytes or UTF-16 units): after the static data. */
export function input(): usize {
  return (__heap_base + 15) & ~15;
}

let text: usize = 0;
let n: i32 = 0;
let pos: i32 = 0;
let nBrackets: i32 = 0;
let nIndents: i32 = 0;
let prevAtom = false;
let prevIndex: i32 = -1;
let fstringDepth: i32 = 0;
let bail = false;

let cap: i32 = 0;
let count: i32 = 0;
let kinds: usize = 0;
let starts: usize = 0;
let ends: usize = 0;
let extras: usize = 0;
let dyn: usize = 0;
let dynCount: i32 = 0;
let dirs: usize = 0;
let dirCount: i32 = 0;

/**
 * The character at p. Past the end the caller has written PADDING zero characters, which every
 * comparison here treats as JavaScript's charCodeAt treats the end (NaN): equal to no character
 * tested for, not a name character, not a digit. No read goes further than that.
 */
@inline function at(p: i32): i32 {
  return WIDE ? <i32>load<u16>(text + (<usize>p << 1)) : <i32>load<u8>(text + <usize>p);
}

@inline function isDigit(c: i32): bool {
  return c >= 48 && c <= 57;
}

function isNumberChar(c: i32): bool {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70) || c == 95;
}

function push(kind: i32, s: i32, e: i32, extra: i32): void {
  if (count == cap) {
    bail = true;
    return;
  }
  const i = <usize>count;
  store<u8>(kinds + i, <u8>kind);
  store<i32>(starts + (i << 2), s);
  store<i32>(ends + (i << 2), e);
  store<u16>(extras + (i << 1), <u16>extra);
  count++;
}

function emit(kind: i32, s: i32, e: i32, extra: i32, atomStart: bool, atomEnd: bool): void {
  // Two atoms side by side are an error, but for strings (`"a" "b"`) and a soft keyword (`match x:`).
  if (atomStart && prevAtom && !(kind == T_STRING && <i32>load<u8>(kinds + <usize>prevIndex) == T_STRING) && !softKeywordAt(prevIndex)) {
    bail = true;
    return;
  }
  const i = count;
  push(kind, s, e, extra);
  prevIndex = i;
  prevAtom = atomEnd;
}

/** Token i is the name `word`. */
function isName(i: i32, word: string): bool {
  if (<i32>load<u8>(kinds + <usize>i) != T_NAME) return false;
  const s = load<i32>(starts + (<usize>i << 2));
  return load<i32>(ends + (<usize>i << 2)) - s == word.length && startsWith(s, word);
}

/** `match x:`, `case y:`, `type X = ...`: a soft keyword first in its statement. */
function softKeywordAt(i: i32): bool {
  if (!(isName(i, 'match') || isName(i, 'case') || isName(i, 'type'))) return false;
  if (i == 0) return true;
  const k = <i32>load<u8>(kinds + <usize>(i - 1));
  if (k == T_NEWLINE || k == T_INDENT || k == T_DEDENT) return true;
  const x = <i32>load<u16>(extras + (<usize>(i - 1) << 1));
  return k == T_OP && (x == 59 || x == 58);
}

function newline(at_: i32): void {
  if (count > 0) {
    const k = <i32>load<u8>(kinds + <usize>(count - 1));
    if (k != T_NEWLINE && k != T_INDENT && k != T_DEDENT) push(T_NEWLINE, at_, at_, 0);
  }
  prevAtom = false;
}

function startsWith(p: i32, word: string): bool {
  const len = word.length;
  if (p + len > n) return false;
  for (let k = 0; k < len; k++) if (at(p + k) != word.charCodeAt(k)) return false;
  return true;
}

function noqaAt(p: i32): bool {
  if (p + 4 > n) return false;
  if ((at(p) | 0x20) != 110 || (at(p + 1) | 0x20) != 111 || (at(p + 2) | 0x20) != 113 || (at(p + 3) | 0x20) != 97) return false;
  const next = at(p + 4);
  return !((next >= 48 && next <= 57) || (next >= 65 && next <= 90) || (next >= 97 && next <= 122) || next == 95);
}

function comment(): void {
  const s = pos;
  let p = s;
  let directive = false;
  while (p < n) {
    const c = at(p);
    if (c == LF || c == CR) break;
    if (!directive && ((c == 100 && startsWith(p, 'dunderlint:')) || ((c == 110 || c == 78) && noqaAt(p)) || (c == 112 && startsWith(p, 'pyright:')) || (c == 116 && startsWith(p, 'type:')))) directive = true;
    p++;
  }
  pos = p;
  if (directive) {
    if (dirCount + 2 > cap) {
      bail = true;
      return;
    }
    store<i32>(dirs + (<usize>dirCount << 2), s);
    store<i32>(dirs + (<usize>(dirCount + 1) << 2), p);
    dirCount += 2;
  }
}

/** At a line start; false when the text ended first. */
function indentation(): bool {
  let col = 0;
  let p = pos;
  for (;;) {
    col = 0;
    for (; p < n; p++) {
      const c = at(p);
      if (c == SPACE) col++;
      else if (c == TAB || c == FF || c == BACKSLASH) {
        bail = true;
        return false;
      } else break;
    }
    if (p < n && at(p) == HASH) {
      pos = p;
      comment();
      p = pos;
    }
    if (p >= n) {
      pos = p;
      return false;
    }
    const d = at(p);
    if (d == LF) p++;
    else if (d == CR) p += at(p + 1) == LF ? 2 : 1;
    else break;
  }
  pos = p;
  const top = load<i32>(INDENTS + (<usize>(nIndents - 1) << 2));
  if (col > top) {
    if (nIndents == MAX_INDENTS) {
      bail = true;
      return false;
    }
    store<i32>(INDENTS + (<usize>nIndents << 2), col);
    nIndents++;
    push(T_INDENT, p, p, 0);
  } else if (col < top) {
    while (nIndents > 1 && col < load<i32>(INDENTS + (<usize>(nIndents - 1) << 2))) {
      nIndents--;
      push(T_DEDENT, p, p, 0);
    }
    if (col != load<i32>(INDENTS + (<usize>(nIndents - 1) << 2))) bail = true;
  }
  return true;
}

function stringPrefixFlags(s: i32, e: i32): i32 {
  const len = e - s;
  if (len > 2) return -1;
  let flags = 0;
  for (let i = s; i < e; i++) {
    const c = at(i) | 0x20;
    if (c == 114) {
      if (flags & S_RAW) return -1;
      flags |= S_RAW;
    } else if (c == 98) {
      if (flags & (S_BYTES | S_FORMAT | S_UNICODE)) return -1;
      flags |= S_BYTES;
    } else if (c == 102 || c == 116) {
      if (flags & (S_BYTES | S_FORMAT | S_UNICODE)) return -1;
      flags |= S_FORMAT;
    } else if (c == 117) {
      if (len != 1) return -1;
      flags |= S_UNICODE;
    } else return -1;
  }
  return flags;
}

function keywordOf(s: i32, e: i32): i32 {
  const len = e - s;
  const c = at(s);
  if (len < 2 || len > 8 || c < 97 || c > 122) return 0;
  const b = <usize>((c - 97) * 16 + len);
  const to = <i32>load<u8>(KEYWORD_TO + b);
  for (let w = <i32>load<u8>(KEYWORD_FROM + b); w < to; w++) {
    const word = KEYWORD_WORDS + (<usize>w << 3);
    let same = true;
    for (let k = 1; k < len; k++) {
      if (at(s + k) != <i32>load<u8>(word + <usize>k)) {
        same = false;
        break;
      }
    }
    if (same) return <i32>load<u8>(KEYWORD_IDS + <usize>w);
  }
  return 0;
}

function name(s: i32): void {
  let p = s + 1;
  while (p < n && at(p) < 128 && load<u8>(ASCII_NAME + <usize>at(p)) == 1) p++;
  // A name with other characters: Unicode's classes, which the JavaScript tokenizer reads.
  if (p < n && at(p) >= 128) {
    bail = true;
    return;
  }
  const q = at(p);
  if (q == SQ || q == DQ) {
    const flags = stringPrefixFlags(s, p);
    if (flags >= 0) {
      stringToken(s, p, flags);
      return;
    }
  }
  pos = p;
  const kw = keywordOf(s, p);
  if (kw) emit(T_KEYWORD, s, p, kw, false, false);
  else {
    emit(T_NAME, s, p, 0, true, true);
    // As the JavaScript tokenizer tests it: a candidate the facts builder checks again.
    if ((p - s == 13 || p - s == 10) && (startsWith(s, 'import_module') || startsWith(s, '__import__'))) {
      if (dynCount == cap) {
        bail = true;
        return;
      }
      store<i32>(dyn + (<usize>dynCount << 2), s);
      dynCount++;
    }
  }
}

function number(): void {
  const s = pos;
  let p = s;
  const c0 = at(p);
  const c1 = at(p + 1) | 0x20;
  if (c0 == 48 && (c1 == 120 || c1 == 111 || c1 == 98)) {
    p += 2;
    while (p < n && isNumberChar(at(p))) p++;
  } else {
    let leadingZeroNonZero = false;
    const intStart = p;
    while (p < n && (isDigit(at(p)) || at(p) == 95)) p++;
    if (c0 == 48) {
      for (let i = intStart; i < p; i++) {
        const d = at(i);
        if (d != 48 && d != 95) leadingZeroNonZero = true;
      }
    }
    let isFloat = false;
    if (at(p) == 46) {
      isFloat = true;
      p++;
      while (p < n && (isDigit(at(p)) || at(p) == 95)) p++;
    }
    const e = at(p) | 0x20;
    if (e == 101) {
      const sign = at(p + 1);
      const afterSign = sign == 43 || sign == 45 ? p + 2 : p + 1;
      if (isDigit(at(afterSign))) {
        isFloat = true;
        p = afterSign;
        while (p < n && (isDigit(at(p)) || at(p) == 95)) p++;
      }
    }
    if ((at(p) | 0x20) == 106) {
      isFloat = true;
      p++;
    }
    if (leadingZeroNonZero && !isFloat) bail = true;
  }
  pos = p;
  emit(T_NUMBER, s, p, 0, true, true);
}

@inline function isTripleAt(q: i32): bool {
  const c = at(q);
  return at(q + 1) == c && at(q + 2) == c;
}

function stringToken(s: i32, q: i32, flags: i32): void {
  const end = flags & S_FORMAT ? fstringBody(q, flags) : plainBody(q);
  const triple = isTripleAt(q) ? S_TRIPLE : 0;
  pos = end;
  emit(T_STRING, s, end, flags | triple, true, true);
}

function plainBody(q: i32): i32 {
  const quote = at(q);
  if (isTripleAt(q)) {
    let p = q + 3;
    while (p < n) {
      const c = at(p);
      if (c == BACKSLASH) p += 2;
      else if (c == quote && at(p + 1) == quote && at(p + 2) == quote) return p + 3;
      else p++;
    }
    bail = true;
    return n;
  }
  let p = q + 1;
  while (p < n) {
    const c = at(p);
    if (c == quote) return p + 1;
    if (c == BACKSLASH) {
      p += at(p + 1) == CR && at(p + 2) == LF ? 3 : 2;
      continue;
    }
    if (c == LF || c == CR) break;
    p++;
  }
  bail = true;
  return p < n ? p : n;
}

function fstringBody(q: i32, flags: i32): i32 {
  if (fstringDepth == MAX_FSTRING_NESTING) {
    bail = true;
    return n;
  }
  fstringDepth++;
  const end = fstringParts(q, flags);
  fstringDepth--;
  return end;
}

function indexOfClose(from: i32): i32 {
  for (let p = from; p < n; p++) if (at(p) == 125) return p;
  return -1;
}

function fstringParts(q: i32, flags: i32): i32 {
  const quote = at(q);
  const triple = isTripleAt(q);
  const raw = (flags & S_RAW) != 0;
  let p = q + (triple ? 3 : 1);
  while (p < n && !bail) {
    const c = at(p);
    if (c == quote && (!triple || (at(p + 1) == quote && at(p + 2) == quote))) return p + (triple ? 3 : 1);
    if (c == BACKSLASH) {
      const next = at(p + 1);
      if (!raw && next == 78 && at(p + 2) == 123) {
        const close = indexOfClose(p + 3);
        p = close == -1 ? n : close + 1;
      } else {
        p += next == 123 || next == 125 ? 1 : 2;
      }
      continue;
    }
    if (c == 123) {
      if (at(p + 1) == 123) {
        p += 2;
        continue;
      }
      p = replacementField(p + 1, quote, triple);
      continue;
    }
    if (c == 125) {
      if (at(p + 1) == 125) p += 2;
      else {
        bail = true;
        return n;
      }
      continue;
    }
    if ((c == LF || c == CR) && !triple) break;
    p++;
  }
  bail = true;
  return p < n ? p : n;
}

function replacementField(start: i32, quote: i32, triple: bool): i32 {
  let depth = 0;
  let p = start;
  while (p < n && !bail) {
    const c = at(p);
    if (c == SQ || c == DQ) {
      let s = p;
      while (s > start && at(s - 1) < 128 && load<u8>(ASCII_CLASS + <usize>at(s - 1)) == 1) s--;
      const flags = s < p ? stringPrefixFlags(s, p) : 0;
      p = flags >= 0 && flags & S_FORMAT ? fstringBody(p, flags) : plainBody(p);
      continue;
    }
    if (c == 40 || c == 91 || c == 123) depth++;
    else if (c == 41 || c == 93) depth--;
    else if (c == 125) {
      if (depth == 0) return p + 1;
      depth--;
    } else if (c == 58 && depth == 0 && at(p + 1) != 61) {
      return formatSpec(p + 1, quote, triple);
    } else if (c == HASH) {
      while (p < n && at(p) != LF && at(p) != CR) p++;
      continue;
    }
    p++;
  }
  bail = true;
  return n;
}

function formatSpec(start: i32, quote: i32, triple: bool): i32 {
  let p = start;
  while (p < n && !bail) {
    const c = at(p);
    if (c == 123) {
      if (fstringDepth == MAX_FSTRING_NESTING) {
        bail = true;
        return n;
      }
      fstringDepth++;
      p = replacementField(p + 1, quote, triple);
      fstringDepth--;
      continue;
    }
    if (c == 125) return p + 1;
    if (c == quote || ((c == LF || c == CR) && !triple)) {
      bail = true;
      return p;
    }
    if (c == BACKSLASH) p++;
    p++;
  }
  bail = true;
  return n;
}

function inFromDots(): bool {
  const i = prevIndex;
  if (i < 0 || count - 1 != i) return false;
  const k = <i32>load<u8>(kinds + <usize>i);
  const x = <i32>load<u16>(extras + (<usize>i << 1));
  return (k == T_KEYWORD && x == K_FROM) || (k == T_OP && (x == 46 || x == OP_ELLIPSIS));
}

function operator(c: i32): void {
  const s = pos;
  if (c == 40 || c == 91 || c == 123) {
    if (nBrackets == MAX_NESTING) {
      bail = true;
      return;
    }
    store<i32>(BRACKETS + (<usize>nBrackets << 2), c);
    nBrackets++;
    pos = s + 1;
    emit(T_OP, s, s + 1, c, c == 123, false);
    return;
  }
  if (c == 41 || c == 93 || c == 125) {
    if (nBrackets == 0) {
      bail = true;
      return;
    }
    nBrackets--;
    const open = load<i32>(BRACKETS + (<usize>nBrackets << 2));
    if (open != (c == 41 ? 40 : c == 93 ? 91 : 123)) {
      bail = true;
      return;
    }
    pos = s + 1;
    emit(T_OP, s, s + 1, c, false, true);
    return;
  }
  const c1 = s + 1 < n ? at(s + 1) : 0;
  let code = c1 < 128 ? <i32>load<u16>(OP2 + (<usize>((c << 7) | c1) << 1)) : 0;
  let len = 2;
  if (code == 0) {
    len = 1;
    code = c;
    if (load<u8>(OP1 + <usize>c) == 0) {
      bail = true;
      return;
    }
  } else {
    const third = <i32>load<u8>(OP3_CHAR + <usize>(code - OP_EQEQ));
    if (third != 0) {
      if (s + 2 < n && at(s + 2) == third) {
        len = 3;
        code = code == OP_ELLIPSIS ? OP_ELLIPSIS : OP_AUGOTHER;
      } else if (code == OP_ELLIPSIS) {
        len = 1;
        code = c;
      }
    } else if (code == OP_LESSGREATER) {
      bail = true;
      return;
    }
  }
  pos = s + len;
  const ellipsisAtom = code == OP_ELLIPSIS && !inFromDots();
  emit(T_OP, s, s + len, code, ellipsisAtom, ellipsisAtom);
}

/**
 * Tokenizes the `length` characters at `input()`. The token arrays (kinds u8, starts i32, ends i32,
 * extras u16, room for `capacity` each) and the lists of dynamic-import names and directive comments
 * (i32, `capacity` each) are at the given addresses. Returns the token count, or BAIL.
 */
export function tokenize(length: i32, capacity: i32, kindsAt: usize, startsAt: usize, endsAt: usize, extrasAt: usize, dynAt: usize, dirsAt: usize): i32 {
  text = input();
  n = length;
  pos = 0;
  nBrackets = 0;
  nIndents = 1;
  store<i32>(INDENTS, 0);
  prevAtom = false;
  prevIndex = -1;
  fstringDepth = 0;
  bail = false;
  cap = capacity;
  count = 0;
  kinds = kindsAt;
  starts = startsAt;
  ends = endsAt;
  extras = extrasAt;
  dyn = dynAt;
  dynCount = 0;
  dirs = dirsAt;
  dirCount = 0;

  let atLineStart = true;
  while (pos < n && !bail) {
    if (atLineStart) {
      atLineStart = false;
      if (nBrackets == 0 && !indentation()) continue;
    }
    const c = at(pos);
    if (c >= 128) return BAIL;
    const d = <i32>load<u8>(DISPATCH + <usize>c);
    if (d == D_NAME) name(pos);
    else if (d == D_SPACE) {
      let p = pos + 1;
      while (p < n && at(p) == SPACE) p++;
      pos = p;
    } else if (d == D_OP) {
      if (c == 46 && isDigit(at(pos + 1))) number();
      else operator(c);
    } else if (d == D_NEWLINE) {
      pos += c == CR && at(pos + 1) == LF ? 2 : 1;
      if (nBrackets == 0) {
        newline(pos);
        atLineStart = true;
      }
    } else if (d == D_DIGIT) number();
    else if (d == D_QUOTE) stringToken(pos, pos, 0);
    else if (d == D_HASH) comment();
    else if (d == D_BACKSLASH) {
      const next = at(pos + 1);
      if (next == LF) pos += 2;
      else if (next == CR) pos += at(pos + 2) == LF ? 3 : 2;
      else return BAIL;
    } else return BAIL;
  }
  if (bail) return BAIL;
  if (nBrackets) return BAIL;
  newline(n);
  for (let i = 1; i < nIndents; i++) push(T_DEDENT, n, n, 0);
  push(T_END, n, n, 0);
  if (bail) return BAIL;
  return count;
}

export function dynamicImportCount(): i32 {
  return dynCount;
}

export function directiveCount(): i32 {
  return dirCount;
}
