/**
 * A Python tokenizer in the style of pyright's: char codes, lookup tables, no regex in hot loops.
 *
 * Why our own and not a parser dependency: this is the product's core and its hot path. We need
 * only tokens and statement structure, and the parsers on npm are far slower here
 * (tree-sitter-python and @lezer/python parse ~5-7 MB/s, ruff's wasm build checks ~10 MB/s) while a
 * tokenizer like this one runs at hundreds of MB/s.
 *
 * It is exact about everything that can hide code (comments, every string form including PEP 701
 * f-strings, brackets, continuations, indentation), never throws, and always terminates: every
 * loop advances `pos`. Errors are recorded (the first one wins) and scanning goes on.
 *
 * Tokens go to reusable typed arrays (struct of arrays): no object per token.
 *
 * Most files are tokenized by the same steps compiled to WebAssembly (`tokenizeFast`,
 * src/python/wasm/tokenizer.as.ts), which give up on what they leave to this one (errors, Unicode
 * names, tabs in indentation): V8 runs JavaScript interpreted until it has compiled it, on helper
 * threads, so a run's first pass went at a fraction of this tokenizer's speed.
 */

import { TOKENIZER_WASM, TOKENIZER_WASM_WIDE } from './wasm/tokenizer-module';

export const enum T {
  Name = 1,
  Keyword,
  Number,
  String,
  Op,
  Newline,
  Indent,
  Dedent,
  End,
}

/** Hard keywords. `True`, `False`, `None` are atoms and tokenized as names. */
export const enum K {
  And = 1, As, Assert, Async, Await, Break, Class, Continue, Def, Del, Elif, Else, Except, Finally,
  For, From, Global, If, Import, In, Is, Lambda, Nonlocal, Not, Or, Pass, Raise, Return, Try, While,
  With, Yield,
}

/** Operator codes: one-character operators use their char code; longer ones these. */
export const enum Op {
  EqEq = 200, NotEq, LessEq, GreaterEq, LessGreater, Walrus, Arrow, Power, FloorDiv, LShift, RShift,
  Ellipsis, PlusEq, AugOther,
}

/** String token flags (in `extra`). */
export const enum S {
  Raw = 1,
  Bytes = 2,
  Format = 4, // f-string or t-string: not a constant
  Triple = 8,
  Unicode = 16,
}

/** Name token flag (in `extra`): the name has non-ASCII characters, and may need NFKC. */
export const NAME_NON_ASCII = 1;

const KEYWORDS: Record<string, K> = {
  and: K.And, as: K.As, assert: K.Assert, async: K.Async, await: K.Await, break: K.Break, class: K.Class,
  continue: K.Continue, def: K.Def, del: K.Del, elif: K.Elif, else: K.Else, except: K.Except,
  finally: K.Finally, for: K.For, from: K.From, global: K.Global, if: K.If, import: K.Import, in: K.In,
  is: K.Is, lambda: K.Lambda, nonlocal: K.Nonlocal, not: K.Not, or: K.Or, pass: K.Pass, raise: K.Raise,
  return: K.Return, try: K.Try, while: K.While, with: K.With, yield: K.Yield,
};
/**
 * Keywords bucketed by first letter and length, compared char by char: this runs for every name, and
 * `startsWith` or slicing would cost more than the whole comparison. Flat arrays, and a bucket table
 * covering every first letter and length: an array read past its end (or an iterator) would cost
 * more, and a read past the end throws TurboFan's code away.
 */
const KEYWORD_WORDS: string[] = [];
const KEYWORD_IDS: K[] = [];
/** By `(first letter - 97) * 16 + length`: the bucket's first index in KEYWORD_WORDS, and its end. */
const KEYWORD_FROM = new Uint8Array(26 * 16);
const KEYWORD_TO = new Uint8Array(26 * 16);
const bucketOf = (word: string) => (word.charCodeAt(0) - 97) * 16 + word.length;
for (const [word, id] of Object.entries(KEYWORDS).sort(([a], [b]) => bucketOf(a) - bucketOf(b))) {
  const b = bucketOf(word);
  if (KEYWORD_TO[b] === 0) KEYWORD_FROM[b] = KEYWORD_WORDS.length;
  KEYWORD_WORDS.push(word);
  KEYWORD_IDS.push(id);
  KEYWORD_TO[b] = KEYWORD_WORDS.length;
}

/**
 * CPython's limits on nesting in one statement: brackets (the tokenizer's MAXLEVEL) and f-strings
 * (MAXFSTRINGLEVEL). Deeper code is a syntax error; the scanner and the facts builder stop
 * descending there, so that no input can exhaust the stack.
 */
export const MAX_NESTING = 200;
const MAX_FSTRING_NESTING = 150;

const CR = 13, LF = 10, SPACE = 32, TAB = 9, FF = 12, HASH = 35, BACKSLASH = 92, SQ = 39, DQ = 34;

// 0: other, 1: identifier start, 2: digit, 3: whitespace
const ASCII_CLASS = new Uint8Array(128);
for (let c = 65; c <= 90; c++) ASCII_CLASS[c] = 1;
for (let c = 97; c <= 122; c++) ASCII_CLASS[c] = 1;
ASCII_CLASS[95] = 1;
for (let c = 48; c <= 57; c++) ASCII_CLASS[c] = 2;
ASCII_CLASS[SPACE] = 3;
ASCII_CLASS[TAB] = 3;
ASCII_CLASS[FF] = 3;

/** What the main loop does on an ASCII character. */
const D_OP = 0, D_NAME = 1, D_DIGIT = 2, D_SPACE = 3, D_NEWLINE = 4, D_QUOTE = 5, D_HASH = 6, D_BACKSLASH = 7, D_UNICODE = 8;
const DISPATCH = new Uint8Array(128);
for (let c = 0; c < 128; c++) DISPATCH[c] = ASCII_CLASS[c] === 1 ? D_NAME : ASCII_CLASS[c] === 2 ? D_DIGIT : ASCII_CLASS[c] === 3 ? D_SPACE : D_OP;
DISPATCH[LF] = DISPATCH[CR] = D_NEWLINE;
DISPATCH[SQ] = DISPATCH[DQ] = D_QUOTE;
DISPATCH[HASH] = D_HASH;
DISPATCH[BACKSLASH] = D_BACKSLASH;

/** 1 for the ASCII characters that are an operator alone (brackets apart). */
const OP1 = new Uint8Array(128);
for (const ch of '=<>:-*/+%&|^@.~,;') OP1[ch.charCodeAt(0)] = 1;
/** Two-character operators: code by `first << 7 | second`; `..` as Ellipsis (if a third `.` follows). */
const OP2 = new Uint16Array(128 * 128);
for (const [op, code] of [
  ['==', Op.EqEq], ['!=', Op.NotEq], ['<=', Op.LessEq], ['<>', Op.LessGreater], ['>=', Op.GreaterEq], [':=', Op.Walrus],
  ['->', Op.Arrow], ['**', Op.Power], ['//', Op.FloorDiv], ['<<', Op.LShift], ['>>', Op.RShift], ['..', Op.Ellipsis],
  ['+=', Op.PlusEq], ['-=', Op.AugOther], ['*=', Op.AugOther], ['/=', Op.AugOther], ['%=', Op.AugOther],
  ['&=', Op.AugOther], ['|=', Op.AugOther], ['^=', Op.AugOther], ['@=', Op.AugOther],
] as const) OP2[(op.charCodeAt(0) << 7) | op.charCodeAt(1)] = code;
/** By two-character code (less Op.EqEq): the character that makes it a three-character operator. */
const OP3_CHAR = new Uint8Array(Op.AugOther - Op.EqEq + 1);
for (const code of [Op.LShift, Op.RShift, Op.Power, Op.FloorDiv]) OP3_CHAR[code - Op.EqEq] = 61;
OP3_CHAR[Op.Ellipsis - Op.EqEq] = 46;

/** 1 for ASCII identifier characters (index > 127 reads undefined). */
const ASCII_NAME = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_NAME[c] = ASCII_CLASS[c] === 1 || ASCII_CLASS[c] === 2 ? 1 : 0;

const XID_START = /^[\p{XID_Start}_]$/u;
const XID_CONTINUE = /^\p{XID_Continue}$/u;
const unicodeClass = new Map<number, number>(); // code point → 0 invalid, 1 start, 2 continue only

function classifyUnicode(cp: number): number {
  let v = unicodeClass.get(cp);
  if (v === undefined) {
    const s = String.fromCodePoint(cp);
    v = XID_START.test(s) ? 1 : XID_CONTINUE.test(s) ? 2 : 0;
    unicodeClass.set(cp, v);
  }
  return v;
}

export interface ScanError {
  message: string;
  offset: number;
}

/** The token stream of one file. Arrays are shared between scans: copy what you keep. */
export class Tokens {
  kind = new Uint8Array(1024);
  start = new Int32Array(1024);
  end = new Int32Array(1024);
  /** Keyword id, operator code, string flags, or name flags. */
  extra = new Uint16Array(1024);
  count = 0;
  text = '';
  error: ScanError | null = null;
  /** Offsets of the names `import_module` and `__import__` (candidate dynamic imports). */
  dynamicImportNames: number[] = [];
  /** Comment spans `[start, end)` that contain `dunderlint:`. */
  directiveComments: number[] = [];

  push(kind: T, start: number, end: number, extra: number): void {
    if (this.count === this.kind.length) this.grow();
    const i = this.count++;
    this.kind[i] = kind;
    this.start[i] = start;
    this.end[i] = end;
    this.extra[i] = extra;
  }

  /** Doubles the arrays' capacity. */
  grow(): void {
    const n = this.kind.length * 2;
    const k = new Uint8Array(n); k.set(this.kind); this.kind = k;
    const s = new Int32Array(n); s.set(this.start); this.start = s;
    const e = new Int32Array(n); e.set(this.end); this.end = e;
    const x = new Uint16Array(n); x.set(this.extra); this.extra = x;
  }

  textOf(i: number): string {
    return this.text.slice(this.start[i]!, this.end[i]!);
  }

  isOp(i: number, code: number): boolean {
    return this.kind[i] === T.Op && this.extra[i] === code;
  }

  isKeyword(i: number, k: K): boolean {
    return this.kind[i] === T.Keyword && this.extra[i] === k;
  }

  /**
   * The identifier a name token spells, as CPython reads it: normalised to NFKC (PEP 3131), so
   * `cafe\u0301` is `caf\u00e9` and `\ufb01le` is `file`.
   */
  nameOf(i: number): string {
    const text = this.textOf(i);
    return this.extra[i] === NAME_NON_ASCII ? text.normalize('NFKC') : text;
  }

  /** True if token i is the name `word`. */
  isName(i: number, word: string): boolean {
    return this.kind[i] === T.Name && this.end[i]! - this.start[i]! === word.length && this.text.startsWith(word, this.start[i]!);
  }
}

/** True for a name token whose text could start a string: r, u, b, f, t in valid combinations. */
function stringPrefixFlags(text: string, s: number, e: number): number {
  const len = e - s;
  if (len > 2) return -1;
  let flags = 0;
  for (let i = s; i < e; i++) {
    switch (text.charCodeAt(i) | 0x20) {
      case 114: // r
        if (flags & S.Raw) return -1;
        flags |= S.Raw;
        break;
      case 98: // b
        if (flags & (S.Bytes | S.Format | S.Unicode)) return -1;
        flags |= S.Bytes;
        break;
      case 102: // f
      case 116: // t
        if (flags & (S.Bytes | S.Format | S.Unicode)) return -1;
        flags |= S.Format;
        break;
      case 117: // u
        if (len !== 1) return -1;
        flags |= S.Unicode;
        break;
      default:
        return -1;
    }
  }
  return flags;
}

function keywordOf(text: string, s: number, e: number): K | 0 {
  const len = e - s;
  const c = text.charCodeAt(s);
  if (len < 2 || len > 8 || c < 97 || c > 122) return 0;
  const b = (c - 97) * 16 + len;
  next: for (let w = KEYWORD_FROM[b]!, to = KEYWORD_TO[b]!; w < to; w++) {
    const word = KEYWORD_WORDS[w]!;
    for (let k = 1; k < len; k++) if (text.charCodeAt(s + k) !== word.charCodeAt(k)) continue next;
    return KEYWORD_IDS[w]!;
  }
  return 0;
}

const SHARED = new Tokens();

/**
 * Characters the JavaScript tokenizer takes before the WebAssembly one starts: V8's first
 * WebAssembly module costs about 3 ms, what the JavaScript tokenizer takes for some 50 kB, so a run
 * that scans a few files (a pre-commit hook) never starts it.
 */
const JS_FIRST_CHARS = 64 * 1024;
let tokenizedInJs = 0;

/** Tokenizes `text` into a shared buffer (valid until the next call). */
export function tokenize(text: string, out: Tokens = SHARED): Tokens {
  if (tokenizedInJs < JS_FIRST_CHARS) tokenizedInJs += text.length;
  else if (tokenizeFast(text, out)) return out;
  return tokenizeInJs(text, out);
}

/** The JavaScript tokenizer alone, for tests that hold the WebAssembly one to it. */
export function tokenizeInJs(text: string, out: Tokens = SHARED): Tokens {
  new Tokenizer(text, out).run();
  return out;
}

// Node runs WebAssembly; TypeScript's ES2022 library does not describe it.
declare const WebAssembly: {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: object };
};

interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}

interface FastTokenizer {
  memory: WasmMemory;
  input: number;
  tokenize(length: number, capacity: number, kinds: number, starts: number, ends: number, extras: number, dyn: number, dirs: number): number;
  dynamicImportCount(): number;
  directiveCount(): number;
}

/** The WebAssembly tokenizers (src/python/wasm/tokenizer.as.ts), made on first use; null if they cannot run here. */
let fast: { ascii: FastTokenizer; wide: FastTokenizer } | null | undefined = process.env.DUNDERLINT_WASM_TOKENIZER === '0' ? null : undefined;

function instantiate(base64: string): FastTokenizer {
  const instance = new WebAssembly.Instance(new WebAssembly.Module(Buffer.from(base64, 'base64')), {});
  const e = instance.exports as unknown as Omit<FastTokenizer, 'input'> & { tables(): number; input(): number };
  // The same tables as this file's: the two tokenizers cannot disagree on an operator or keyword.
  const bytes = new Uint8Array(e.memory.buffer);
  const t = e.tables();
  bytes.set(DISPATCH, t);
  bytes.set(OP1, t + 128);
  bytes.set(ASCII_CLASS, t + 256);
  bytes.set(ASCII_NAME, t + 384);
  bytes.set(OP3_CHAR, t + 512);
  bytes.set(KEYWORD_FROM, t + 1024);
  bytes.set(KEYWORD_TO, t + 1536);
  bytes.set(KEYWORD_IDS, t + 2048);
  KEYWORD_WORDS.forEach((word, i) => {
    for (let k = 0; k < word.length; k++) bytes[t + 2112 + i * 8 + k] = word.charCodeAt(k);
  });
  new Uint16Array(e.memory.buffer, t + 8192, OP2.length).set(OP2);
  return { memory: e.memory, input: e.input(), tokenize: e.tokenize, dynamicImportCount: e.dynamicImportCount, directiveCount: e.directiveCount };
}

function fastTokenizers(): { ascii: FastTokenizer; wide: FastTokenizer } | null {
  if (fast !== undefined) return fast;
  fast = null;
  try {
    fast = { ascii: instantiate(TOKENIZER_WASM), wide: instantiate(TOKENIZER_WASM_WIDE) };
  } catch {
    // No WebAssembly (a runtime started with --jitless): the JavaScript tokenizer does it all.
  }
  return fast;
}

const ascii = new TextEncoder();
const FAST_TOKENIZER_MAX_CHARS = 4_000_000;

/**
 * The WebAssembly tokenizer's try: true when it tokenized `text` into `out`, false when it gave up
 * (non-ASCII text, an error, a form it leaves to the JavaScript tokenizer), and `out` is untouched.
 */
export function tokenizeFast(text: string, out: Tokens): boolean {
  const wasm = fastTokenizers();
  const n = text.length;
  // Its memory holds about 20 bytes a character and never shrinks: a huge file is left to JavaScript
  // (which optimizes its loop within the file anyway).
  if (!wasm || n > FAST_TOKENIZER_MAX_CHARS) return false;
  // Most files are ASCII, written as bytes; any other text as JavaScript holds it, UTF-16, so that
  // offsets are the same.
  let tokenizer = wasm.ascii;
  let layout: Layout;
  let count: number;
  try {
    layout = place(tokenizer, n, 1);
    const { read, written } = ascii.encodeInto(text, new Uint8Array(tokenizer.memory.buffer, tokenizer.input, n));
    if (read !== n || written !== n) {
      tokenizer = wasm.wide;
      layout = place(tokenizer, n, 2);
      new Uint8Array(tokenizer.memory.buffer, tokenizer.input, 2 * n).set(Buffer.from(text, 'utf16le'));
    }
    // What it reads past the end (see `at` in tokenizer.as.ts).
    new Uint8Array(tokenizer.memory.buffer, layout.padding, PADDING_BYTES).fill(0);
    count = tokenizer.tokenize(n, layout.capacity, layout.kinds, layout.starts, layout.ends, layout.extras, layout.dyn, layout.dirs);
  } catch {
    // Memory that would not grow, or a fault of ours (the tests hold it to never trap): this text and
    // the rest go to the JavaScript tokenizer.
    fast = null;
    return false;
  }
  if (count < 0) return false;
  const { kinds, starts, ends, extras, dyn, dirs } = layout;
  const buffer = tokenizer.memory.buffer;
  while (out.kind.length < count) out.grow();
  out.kind.set(new Uint8Array(buffer, kinds, count));
  out.start.set(new Int32Array(buffer, starts, count));
  out.end.set(new Int32Array(buffer, ends, count));
  out.extra.set(new Uint16Array(buffer, extras, count));
  out.count = count;
  out.text = text;
  out.error = null;
  out.dynamicImportNames = Array.from(new Int32Array(buffer, dyn, tokenizer.dynamicImportCount()));
  out.directiveComments = Array.from(new Int32Array(buffer, dirs, tokenizer.directiveCount()));
  return true;
}

/** Zero bytes after the text: the WebAssembly tokenizer reads up to two characters past its end. */
const PADDING_BYTES = 16;

interface Layout {
  padding: number;
  capacity: number;
  kinds: number;
  starts: number;
  ends: number;
  extras: number;
  dyn: number;
  dirs: number;
}

/** Where the text of `n` characters and the token arrays go in the tokenizer's memory, grown to hold them. */
function place(tokenizer: FastTokenizer, n: number, width: number): Layout {
  // Tokens past one per character and lists past one entry per character are rare: then it gives up.
  const capacity = n + 16;
  const padding = tokenizer.input + width * n;
  const kinds = (padding + PADDING_BYTES + 3) & ~3;
  const starts = (kinds + capacity + 3) & ~3;
  const ends = starts + 4 * capacity;
  const extras = ends + 4 * capacity;
  const dyn = (extras + 2 * capacity + 3) & ~3;
  const dirs = dyn + 4 * capacity;
  const need = dirs + 4 * capacity;
  const have = tokenizer.memory.buffer.byteLength;
  if (need > have) tokenizer.memory.grow(Math.ceil((need - have) / 65536));
  return { padding, kinds, starts, ends, extras, dyn, dirs, capacity };
}

class Tokenizer {
  private pos = 0;
  private readonly n: number;
  private brackets: number[] = []; // opening char codes
  private bracketPos: number[] = [];
  private indents = [0];
  private altIndents = [0];
  /** Kind of the previous significant token on this logical line, for juxtaposition checks. */
  private prevAtom = false;
  private prevIndex = -1;
  /** F-strings and format specs being scanned, one inside the other. */
  private fstringDepth = 0;

  constructor(
    private readonly text: string,
    private readonly out: Tokens,
  ) {
    this.n = text.length;
    out.count = 0;
    out.text = text;
    out.error = null;
    out.dynamicImportNames = [];
    out.directiveComments = [];
  }

  private fail(message: string, offset: number): void {
    if (!this.out.error) this.out.error = { message, offset };
  }

  run(): void {
    const { text, n, out } = this;
    let atLineStart = true;
    while (this.pos < n) {
      if (atLineStart) {
        atLineStart = false;
        if (this.brackets.length === 0 && !this.indentation()) continue;
      }
      const c = text.charCodeAt(this.pos);
      // One table lookup and a jump, instead of a chain of comparisons: this runs for every token.
      switch (c < 128 ? DISPATCH[c] : D_UNICODE) {
        case D_NAME:
          this.name(this.pos);
          break;
        case D_SPACE: {
          let p = this.pos + 1;
          while (p < n && text.charCodeAt(p) === SPACE) p++;
          this.pos = p;
          break;
        }
        case D_OP:
          if (c === 46 && isDigit(text.charCodeAt(this.pos + 1))) this.number();
          else this.operator(c);
          break;
        case D_NEWLINE:
          this.pos += c === CR && text.charCodeAt(this.pos + 1) === LF ? 2 : 1;
          if (this.brackets.length === 0) {
            this.newline(this.pos);
            atLineStart = true;
          }
          break;
        case D_DIGIT:
          this.number();
          break;
        case D_QUOTE:
          this.string(this.pos, this.pos, 0);
          break;
        case D_HASH:
          this.comment();
          break;
        case D_BACKSLASH: {
          const next = text.charCodeAt(this.pos + 1);
          if (next === LF) this.pos += 2;
          else if (next === CR) this.pos += text.charCodeAt(this.pos + 2) === LF ? 3 : 2;
          else {
            this.fail(this.pos + 1 >= n ? 'unexpected EOF while parsing' : 'unexpected character after line continuation character', this.pos);
            this.pos++;
          }
          break;
        }
        default: {
          const cp = text.codePointAt(this.pos)!;
          if (cp === 0xfeff && this.pos === 0) this.pos++;
          else if (classifyUnicode(cp) === 1) this.name(this.pos);
          else {
            this.fail(`invalid character '${String.fromCodePoint(cp)}' (U+${cp.toString(16).toUpperCase().padStart(4, '0')})`, this.pos);
            this.pos += cp > 0xffff ? 2 : 1;
          }
        }
      }
    }
    if (this.brackets.length) {
      const open = this.bracketPos[this.bracketPos.length - 1]!;
      this.fail(`'${String.fromCharCode(this.brackets[this.brackets.length - 1]!)}' was never closed`, open);
    }
    this.newline(n);
    for (let i = 1; i < this.indents.length; i++) out.push(T.Dedent, n, n, 0);
    out.push(T.End, n, n, 0);
  }

  /**
   * At a line start: skips blank and comment-only lines, then measures the indentation of the next
   * real line and emits INDENT/DEDENT. Returns false when the text ended first.
   */
  private indentation(): boolean {
    const { text, n } = this;
    let col = 0;
    let alt = 0;
    let p = this.pos;
    for (;;) {
      col = alt = 0;
      // As CPython 3.10+: backslash continuations in the indentation are skipped, and the column of
      // the first one (unless 0) is the line's indentation.
      let contCol = 0;
      let continued = false;
      for (; p < n; p++) {
        const c = text.charCodeAt(p);
        if (c === SPACE) col++, alt++;
        else if (c === TAB) (col = (Math.floor(col / 8) + 1) * 8), alt++;
        else if (c === FF) col = alt = 0;
        else if (c === BACKSLASH) {
          const next = text.charCodeAt(p + 1);
          if (next !== LF && next !== CR) break; // an error the main loop reports
          if (!contCol) contCol = col;
          continued = true;
          p += next === CR && text.charCodeAt(p + 2) === LF ? 2 : 1;
        } else break;
      }
      // Reads stay inside the text (at its end too): one past it would throw TurboFan's code away.
      if (p < n && text.charCodeAt(p) === HASH) {
        this.pos = p;
        this.comment();
        p = this.pos;
      }
      if (p >= n) {
        if (continued) this.fail('unexpected EOF while parsing', p);
        this.pos = p;
        return false;
      }
      const d = text.charCodeAt(p);
      if (d === LF) p++;
      else if (d === CR) p += text.charCodeAt(p + 1) === LF ? 2 : 1;
      else {
        if (contCol) col = alt = contCol;
        break;
      }
    }
    this.pos = p;
    const top = this.indents[this.indents.length - 1]!;
    const altTop = this.altIndents[this.altIndents.length - 1]!;
    if (col === top) {
      if (alt !== altTop) this.fail('inconsistent use of tabs and spaces in indentation', p);
    } else if (col > top) {
      if (alt <= altTop) this.fail('inconsistent use of tabs and spaces in indentation', p);
      this.indents.push(col);
      this.altIndents.push(alt);
      this.out.push(T.Indent, p, p, 0);
    } else {
      while (this.indents.length > 1 && col < this.indents[this.indents.length - 1]!) {
        this.indents.pop();
        this.altIndents.pop();
        this.out.push(T.Dedent, p, p, 0);
      }
      if (col !== this.indents[this.indents.length - 1]) {
        this.fail('unindent does not match any outer indentation level', p);
      } else if (alt !== this.altIndents[this.altIndents.length - 1]) {
        this.fail('inconsistent use of tabs and spaces in indentation', p);
      }
    }
    return true;
  }

  private newline(at: number): void {
    const out = this.out;
    if (out.count > 0) {
      const k = out.kind[out.count - 1];
      if (k !== T.Newline && k !== T.Indent && k !== T.Dedent) out.push(T.Newline, at, at, 0);
    }
    this.prevAtom = false;
  }

  private comment(): void {
    const { text, n } = this;
    const s = this.pos;
    let p = s;
    let directive = false;
    while (p < n) {
      const c = text.charCodeAt(p);
      if (c === LF || c === CR) break;
      // `dunderlint:`, and the suppressions other tools use that we honour: `noqa`, `pyright: ignore`,
      // `type: ignore`.
      if (!directive && ((c === 100 && text.startsWith('dunderlint:', p)) || ((c === 110 || c === 78) && noqaAt(text, p)) || (c === 112 && text.startsWith('pyright:', p)) || (c === 116 && text.startsWith('type:', p)))) directive = true;
      p++;
    }
    this.pos = p;
    if (directive) this.out.directiveComments.push(s, p);
  }

  /** Records a significant token and checks that two atoms are not juxtaposed (`print "x"`). */
  private emit(kind: T, s: number, e: number, extra: number, atomStart: boolean, atomEnd: boolean): void {
    const out = this.out;
    if (atomStart && this.prevAtom) {
      const p = this.prevIndex;
      const bothStrings = kind === T.String && out.kind[p] === T.String;
      if (!bothStrings && !this.softKeywordAt(p)) {
        this.fail('invalid syntax', s);
      }
    }
    // Tokens.push, written out: TurboFan's inlining is off in the CLI, and this runs for every token.
    const i = out.count;
    if (i === out.kind.length) out.grow();
    out.kind[i] = kind;
    out.start[i] = s;
    out.end[i] = e;
    out.extra[i] = extra;
    out.count = i + 1;
    this.prevIndex = i;
    this.prevAtom = atomEnd;
  }

  /** `match x:`, `case y:`, `type X = ...`: a soft keyword first in its statement. */
  private softKeywordAt(i: number): boolean {
    const out = this.out;
    if (out.kind[i] !== T.Name) return false;
    if (!(out.isName(i, 'match') || out.isName(i, 'case') || out.isName(i, 'type'))) return false;
    if (i === 0) return true;
    const k = out.kind[i - 1];
    if (k === T.Newline || k === T.Indent || k === T.Dedent) return true;
    return k === T.Op && (out.extra[i - 1] === 59 || out.extra[i - 1] === 58); // ; or :
  }

  private name(s: number): void {
    const { text, n } = this;
    const c0 = text.charCodeAt(s);
    let p = s + (c0 >= 0xd800 && c0 <= 0xdbff ? 2 : 1);
    // The hottest loop of the scanner: ASCII identifier characters.
    while (p < n && ASCII_NAME[text.charCodeAt(p)] === 1) p++;
    let nonAscii = c0 >= 128;
    while (p < n && text.charCodeAt(p) >= 128) {
      nonAscii = true;
      const cp = text.codePointAt(p)!;
      if (classifyUnicode(cp) === 0) break;
      p += cp > 0xffff ? 2 : 1;
      while (p < n && ASCII_NAME[text.charCodeAt(p)] === 1) p++;
    }
    const q = text.charCodeAt(p);
    if (q === SQ || q === DQ) {
      const flags = stringPrefixFlags(text, s, p);
      if (flags >= 0) {
        this.string(s, p, flags);
        return;
      }
    }
    this.pos = p;
    const kw = keywordOf(text, s, p);
    if (kw) {
      this.emit(T.Keyword, s, p, kw, false, false);
    } else {
      this.emit(T.Name, s, p, nonAscii ? NAME_NON_ASCII : 0, true, true);
      if (p - s === 13 || p - s === 10) {
        if (text.startsWith('import_module', s) || text.startsWith('__import__', s)) this.out.dynamicImportNames.push(s);
      }
    }
  }

  private number(): void {
    const { text, n } = this;
    const s = this.pos;
    let p = s;
    const c0 = text.charCodeAt(p);
    const c1 = text.charCodeAt(p + 1) | 0x20;
    if (c0 === 48 && (c1 === 120 || c1 === 111 || c1 === 98)) {
      p += 2;
      while (p < n && isNumberChar(text.charCodeAt(p))) p++;
    } else {
      let leadingZeroNonZero = false;
      const intStart = p;
      while (p < n && (isDigit(text.charCodeAt(p)) || text.charCodeAt(p) === 95)) p++;
      if (c0 === 48) {
        for (let i = intStart; i < p; i++) {
          const d = text.charCodeAt(i);
          if (d !== 48 && d !== 95) leadingZeroNonZero = true;
        }
      }
      let isFloat = false;
      if (text.charCodeAt(p) === 46) {
        isFloat = true;
        p++;
        while (p < n && (isDigit(text.charCodeAt(p)) || text.charCodeAt(p) === 95)) p++;
      }
      const e = text.charCodeAt(p) | 0x20;
      if (e === 101) {
        const sign = text.charCodeAt(p + 1);
        const afterSign = sign === 43 || sign === 45 ? p + 2 : p + 1;
        if (isDigit(text.charCodeAt(afterSign))) {
          isFloat = true;
          p = afterSign;
          while (p < n && (isDigit(text.charCodeAt(p)) || text.charCodeAt(p) === 95)) p++;
        }
      }
      if ((text.charCodeAt(p) | 0x20) === 106) {
        isFloat = true;
        p++;
      }
      if (leadingZeroNonZero && !isFloat) {
        this.fail('leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers', s);
      }
    }
    this.pos = p;
    this.emit(T.Number, s, p, 0, true, true);
  }

  /** A string starting at `s` (prefix included) whose quote is at `q`. */
  private string(s: number, q: number, flags: number): void {
    const end = flags & S.Format ? this.fstringBody(q, flags) : this.plainBody(q);
    const triple = this.isTripleAt(q) ? S.Triple : 0;
    this.pos = end;
    this.emit(T.String, s, end, flags | triple, true, true);
  }

  private isTripleAt(q: number): boolean {
    const c = this.text.charCodeAt(q);
    return this.text.charCodeAt(q + 1) === c && this.text.charCodeAt(q + 2) === c;
  }

  /** Scans a non-f-string from its opening quote; returns the offset after the closing quote. */
  private plainBody(q: number): number {
    const { text, n } = this;
    const quote = text.charCodeAt(q);
    if (this.isTripleAt(q)) {
      // Jump between backslashes and the closing quotes with indexOf; each is searched again only
      // once the scan has passed it, so a long raw string with many backslashes stays linear.
      const quoteStr = quote === SQ ? "'''" : '"""';
      let p = q + 3;
      let close = text.indexOf(quoteStr, p);
      let bs = text.indexOf('\\', p);
      for (;;) {
        if (close === -1) {
          this.fail('unterminated triple-quoted string literal', q);
          return n;
        }
        if (bs === -1 || bs >= close) return close + 3;
        p = bs + 2;
        if (p > close) close = text.indexOf(quoteStr, p);
        bs = text.indexOf('\\', p);
      }
    }
    let p = q + 1;
    while (p < n) {
      const c = text.charCodeAt(p);
      if (c === quote) return p + 1;
      if (c === BACKSLASH) {
        p += text.charCodeAt(p + 1) === CR && text.charCodeAt(p + 2) === LF ? 3 : 2;
        continue;
      }
      if (c === LF || c === CR) break;
      p++;
    }
    this.fail('unterminated string literal', q);
    return Math.min(p, n);
  }

  /**
   * Scans an f-string (PEP 701) from its opening quote: literal parts with `{{`/`}}` and escapes,
   * and replacement fields that may hold any expression, nested strings of any quote included.
   */
  private fstringBody(q: number, flags: number): number {
    if (this.fstringDepth === MAX_FSTRING_NESTING) {
      // Deeper fields are not followed (CPython refuses them): the string is read as a plain one.
      this.fail('f-string: expressions nested too deeply', q);
      return this.plainBody(q);
    }
    this.fstringDepth++;
    const end = this.fstringParts(q, flags);
    this.fstringDepth--;
    return end;
  }

  private fstringParts(q: number, flags: number): number {
    const { text, n } = this;
    const quote = text.charCodeAt(q);
    const triple = this.isTripleAt(q);
    const raw = (flags & S.Raw) !== 0;
    let p = q + (triple ? 3 : 1);
    while (p < n) {
      const c = text.charCodeAt(p);
      if (c === quote && (!triple || (text.charCodeAt(p + 1) === quote && text.charCodeAt(p + 2) === quote))) {
        return p + (triple ? 3 : 1);
      }
      if (c === BACKSLASH) {
        const next = text.charCodeAt(p + 1);
        if (!raw && next === 78 && text.charCodeAt(p + 2) === 123) {
          const close = text.indexOf('}', p + 3);
          p = close === -1 ? n : close + 1; // \N{NAME}: braces that are not a field
        } else {
          // A backslash never escapes a brace: `rf"\{x}"` is a backslash, then a field.
          p += next === 123 || next === 125 ? 1 : 2;
        }
        continue;
      }
      if (c === 123) {
        if (text.charCodeAt(p + 1) === 123) {
          p += 2;
          continue;
        }
        p = this.replacementField(p + 1, quote, triple);
        continue;
      }
      if (c === 125) {
        if (text.charCodeAt(p + 1) === 125) p += 2;
        else {
          this.fail("f-string: single '}' is not allowed", p);
          p++;
        }
        continue;
      }
      if ((c === LF || c === CR) && !triple) break;
      p++;
    }
    this.fail(triple ? 'unterminated triple-quoted f-string literal' : 'unterminated f-string literal', q);
    return Math.min(p, n);
  }

  /** From just after `{` to just after the matching `}`; handles nested brackets, strings, format specs. */
  private replacementField(start: number, quote: number, triple: boolean): number {
    const { text, n } = this;
    let depth = 0;
    let p = start;
    while (p < n) {
      const c = text.charCodeAt(p);
      if (c === SQ || c === DQ) {
        // A nested string: its own prefix was consumed as part of a name just before, if any.
        let s = p;
        while (s > start && ASCII_CLASS[text.charCodeAt(s - 1)] === 1) s--;
        const flags = s < p ? stringPrefixFlags(text, s, p) : 0;
        p = flags >= 0 && flags & S.Format ? this.fstringBody(p, flags) : this.plainBody(p);
        continue;
      }
      if (c === 40 || c === 91 || c === 123) depth++;
      else if (c === 41 || c === 93) depth--;
      else if (c === 125) {
        if (depth === 0) return p + 1;
        depth--;
      } else if (c === 58 && depth === 0 && text.charCodeAt(p + 1) !== 61) {
        return this.formatSpec(p + 1, quote, triple);
      } else if (c === HASH) {
        while (p < n && text.charCodeAt(p) !== LF && text.charCodeAt(p) !== CR) p++;
        continue;
      }
      // Line breaks are allowed anywhere in a field, even in a single-quoted string (PEP 701).
      p++;
    }
    this.fail("f-string: expecting '}'", start - 1);
    return n;
  }

  /** A format spec: literal text with nested replacement fields, up to the field's closing `}`. */
  private formatSpec(start: number, quote: number, triple: boolean): number {
    const { text, n } = this;
    let p = start;
    while (p < n) {
      const c = text.charCodeAt(p);
      if (c === 123) {
        if (this.fstringDepth === MAX_FSTRING_NESTING) {
          this.fail('f-string: expressions nested too deeply', p);
          p++;
          continue;
        }
        this.fstringDepth++;
        p = this.replacementField(p + 1, quote, triple);
        this.fstringDepth--;
        continue;
      }
      if (c === 125) return p + 1;
      if (c === quote || ((c === LF || c === CR) && !triple)) {
        this.fail("f-string: expecting '}'", p);
        return p;
      }
      if (c === BACKSLASH) p++;
      p++;
    }
    this.fail("f-string: expecting '}'", start);
    return n;
  }

  private operator(c: number): void {
    const { text, n } = this;
    const s = this.pos;
    if (c === 40 || c === 91 || c === 123) { // ( [ {
      if (this.brackets.length === MAX_NESTING) this.fail('too many nested parentheses', s);
      this.brackets.push(c);
      this.bracketPos.push(s);
      this.pos = s + 1;
      // An opening bracket after an atom is a call or subscript; `{` after an atom is an error.
      this.emit(T.Op, s, s + 1, c, c === 123, false);
      return;
    }
    if (c === 41 || c === 93 || c === 125) { // ) ] }
      const open = this.brackets.pop();
      this.bracketPos.pop();
      if (open !== (c === 41 ? 40 : c === 93 ? 91 : 123)) this.unmatched(c, open, s);
      this.pos = s + 1;
      this.emit(T.Op, s, s + 1, c, false, true);
      return;
    }
    // Tables instead of a switch over every operator: each rare operator was a branch without type
    // feedback when TurboFan compiled this function, so its first use threw the code away.
    // Reads stay inside the text: one past its end would do the same.
    const c1 = s + 1 < n ? text.charCodeAt(s + 1) : 0;
    let code = c1 < 128 ? OP2[(c << 7) | c1]! : 0;
    let len = 2;
    if (code === 0) {
      len = 1;
      code = c;
      if (OP1[c] === 0) this.badOperator(c, s);
    } else if (OP3_CHAR[code - Op.EqEq] !== 0) {
      // `<<=` `>>=` `**=` `//=`, and `...`; `..` is two dots.
      if (s + 2 < n && text.charCodeAt(s + 2) === OP3_CHAR[code - Op.EqEq]) {
        len = 3;
        code = code === Op.Ellipsis ? Op.Ellipsis : Op.AugOther;
      } else if (code === Op.Ellipsis) {
        len = 1;
        code = c;
      }
    } else if (code === Op.LessGreater) this.fail("invalid syntax: '<>'", s);
    this.pos = s + len;
    // `...` is an atom, except as the dots of `from ...pkg import x`.
    const ellipsisAtom = code === Op.Ellipsis && !this.inFromDots();
    this.emit(T.Op, s, s + len, code, ellipsisAtom, ellipsisAtom);
  }

  private unmatched(c: number, open: number | undefined, s: number): void {
    if (open === undefined) this.fail(`unmatched '${String.fromCharCode(c)}'`, s);
    else this.fail(`closing parenthesis '${String.fromCharCode(c)}' does not match opening parenthesis '${String.fromCharCode(open)}'`, s);
  }

  /** A character that is no operator alone: `!` without `=`, `$`, `?`, a control character... */
  private badOperator(c: number, s: number): void {
    if (c === 33) this.fail("invalid syntax: '!'", s);
    else this.fail(`invalid character '${String.fromCharCode(c)}' (U+${c.toString(16).toUpperCase().padStart(4, '0')})`, s);
  }

  private inFromDots(): boolean {
    const out = this.out;
    const i = this.prevIndex;
    if (i < 0 || out.count - 1 !== i) return false;
    return (out.kind[i] === T.Keyword && out.extra[i] === K.From) || (out.kind[i] === T.Op && (out.extra[i] === 46 || out.extra[i] === Op.Ellipsis));
  }
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isNumberChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70) || c === 95;
}

/** 1-based line and code-point column of offsets in one text. */
export class LineMap {
  private readonly starts: number[] = [0];
  /** Offsets of high surrogates, sorted: built on the first position far into a line. */
  private highSurrogates: number[] | null = null;

  constructor(private readonly text: string) {
    if (!text.includes('\r')) {
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
      return;
    }
    for (let p = 0; p < text.length; p++) {
      const c = text.charCodeAt(p);
      if (c === LF) this.starts.push(p + 1);
      else if (c === CR) {
        if (text.charCodeAt(p + 1) === LF) p++;
        this.starts.push(p + 1);
      }
    }
  }

  line(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  position(offset: number): { line: number; column: number } {
    const line = this.line(offset);
    const start = this.starts[line - 1]!;
    let column = offset - start + 1;
    // A surrogate pair is one code point. Counting them from the line start costs the column, and
    // on a long line (a one-line `__all__` of 20,000 names) every position would cost the line.
    if (offset - start > LONG_PREFIX) {
      const highs = (this.highSurrogates ??= highSurrogatesOf(this.text));
      return { line, column: column - (countBelow(highs, offset) - countBelow(highs, start)) };
    }
    for (let p = start; p < offset; p++) {
      const c = this.text.charCodeAt(p);
      if (c >= 0xd800 && c <= 0xdbff) column--;
    }
    return { line, column };
  }

  get lineCount(): number {
    return this.starts.length;
  }
}

/** Beyond this many UTF-16 units into a line, columns come from the surrogate index. */
const LONG_PREFIX = 256;

function highSurrogatesOf(text: string): number[] {
  const out: number[] = [];
  for (let p = text.search(/[\uD800-\uDBFF]/); p !== -1 && p < text.length; p++) {
    const c = text.charCodeAt(p);
    if (c >= 0xd800 && c <= 0xdbff) out.push(p);
  }
  return out;
}

/** How many of the sorted `offsets` are below `limit`. */
function countBelow(offsets: number[], limit: number): number {
  let lo = 0;
  let hi = offsets.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offsets[mid]! < limit) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const NOQA = [110, 111, 113, 97]; // n o q a

/**
 * `noqa` in any case at `p`, not followed by a word character: what /^noqa\b/i says, without a
 * slice and a regex test at every letter n of every comment (1.5 % of a cold run).
 */
function noqaAt(text: string, p: number): boolean {
  if (p + 4 > text.length) return false;
  // `| 0x20` lowercases an ASCII letter; of other characters only the letter's other case maps there.
  for (let i = 0; i < 4; i++) if ((text.charCodeAt(p + i) | 0x20) !== NOQA[i]) return false;
  const next = text.charCodeAt(p + 4); // NaN at the end of the text
  return !((next >= 48 && next <= 57) || (next >= 65 && next <= 90) || (next >= 97 && next <= 122) || next === 95);
}

