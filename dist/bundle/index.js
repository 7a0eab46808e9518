"use strict";
var __getOwnPropNames = Object.getOwnPropertyNames;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};

// dist/src/engine/rule.js
var require_rule = __commonJS({
  "dist/src/engine/rule.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.RULE_API_VERSION = void 0;
    exports2.defineRule = defineRule;
    exports2.formatMessage = formatMessage;
    exports2.excerpt = excerpt;
    exports2.fileStart = fileStart;
    exports2.RULE_API_VERSION = 1;
    function defineRule(rule) {
      return rule;
    }
    function formatMessage(template, data = {}) {
      return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key) => key in data ? String(data[key]) : whole);
    }
    var EXCERPT_MAX = 60;
    function excerpt(source) {
      const flat = source.replace(/\s+/g, " ");
      if (flat.length <= EXCERPT_MAX)
        return flat;
      const chars = Array.from(flat.slice(0, 2 * EXCERPT_MAX + 1));
      return chars.length <= EXCERPT_MAX ? flat : `${chars.slice(0, EXCERPT_MAX - 1).join("")}\u2026`;
    }
    function fileStart(path) {
      return { path, start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
    }
  }
});

// dist/src/python/dunder-all.js
var require_dunder_all = __commonJS({
  "dist/src/python/dunder-all.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.literalElements = literalElements;
    exports2.exportList = exportList;
    exports2.opaqueElements = opaqueElements;
    function literalElements(op) {
      if (op.form === "list" || op.form === "tuple")
        return op.elements;
      if (op.form === "binop" && op.elements.length)
        return op.elements;
      if ((op.op === "append" || op.op === "remove") && op.form === "string")
        return op.elements;
      return null;
    }
    function exportList(facts) {
      if (facts.dunderAll.length === 0)
        return null;
      let names = [];
      let complete = true;
      for (const op of facts.dunderAll) {
        const elements = literalElements(op);
        if (op.op === "=" && !op.inBlock)
          names = [];
        if (!elements) {
          complete = false;
          continue;
        }
        if (elements.some((e) => e.kind !== "string"))
          complete = false;
        const strings = elements.filter((e) => e.kind === "string" && e.value !== null);
        if (op.op === "remove") {
          for (const e of strings) {
            const i = names.findIndex((n) => n.name === e.value);
            if (i !== -1)
              names.splice(i, 1);
          }
          continue;
        }
        for (const element of strings)
          names.push({ name: element.value, element, op });
      }
      return { names, complete };
    }
    var DOTTED_NAME = /^\(*\s*[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*(?:\s*\.\s*[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*)*\s*\)*$/u;
    var CONSTANTS = /* @__PURE__ */ new Set(["None", "True", "False"]);
    function opaqueElements(facts, elements) {
      const candidates = elements.filter((e) => e.kind === "nonstring" && DOTTED_NAME.test(e.text) && !CONSTANTS.has(e.text));
      if (candidates.length === 0)
        return candidates;
      const kinds = /* @__PURE__ */ new Map();
      for (const b of facts.bindings)
        if (b.kind !== "def" && b.kind !== "class")
          kinds.set(b.name, true);
      return candidates.filter((e) => {
        const text = e.text.replace(/[()\s]/g, "");
        return text.includes(".") || kinds.get(text.normalize("NFKC")) === true;
      });
    }
  }
});

// dist/rules/all-duplicate.js
var require_all_duplicate = __commonJS({
  "dist/rules/all-duplicate.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var rule_12 = require_rule();
    var dunder_all_1 = require_dunder_all();
    exports2.default = (0, rule_12.defineRule)({
      id: "all-duplicate",
      meta: {
        description: "A name listed twice in `__all__`",
        defaultSeverity: "warn",
        fixable: "safe",
        messages: {
          duplicate: '"{{name}}" is already in `__all__` (line {{line}}): the repeat is noise that hides edits and sorting mistakes'
        }
      },
      create(context) {
        return {
          module(module3) {
            const ops = module3.facts.dunderAll;
            let lastReset = -1;
            ops.forEach((op, i) => {
              if (op.op === "=" && !op.inBlock)
                lastReset = i;
            });
            const current = new Set(ops.slice(Math.max(lastReset, 0)));
            const fixable = (op) => current.has(op);
            let live = /* @__PURE__ */ new Map();
            for (const op of ops) {
              const elements = (0, dunder_all_1.literalElements)(op);
              if (!elements) {
                if (op.op === "=" && !op.inBlock)
                  live = /* @__PURE__ */ new Map();
                continue;
              }
              const strings = elements.filter((e) => e.kind === "string" && e.value !== null);
              if (op.op === "remove") {
                for (const e of strings)
                  live.delete(e.value);
                continue;
              }
              const own = /* @__PURE__ */ new Map();
              for (const element of strings) {
                const entry = { name: element.value, element, op };
                const earlier = own.get(entry.name) ?? (op.op === "=" ? void 0 : live.get(entry.name));
                if (earlier === void 0) {
                  own.set(entry.name, entry);
                  continue;
                }
                if (earlier.op !== op && (earlier.op.inBlock || op.inBlock))
                  continue;
                if (report(module3.file.path, earlier, entry))
                  own.set(entry.name, entry);
              }
              if (op.op === "=" && !op.inBlock)
                live = own;
              else
                for (const [name, entry] of own)
                  live.set(name, entry);
            }
            function report(path, earlier, entry) {
              const { name, element, op } = entry;
              const first = earlier.element.start.line;
              const dropEarlier = earlier.element.implicitConcat && !element.implicitConcat && earlier.op.op !== "append" && earlier.element.removal !== null;
              const range = !fixable(dropEarlier ? earlier.op : op) ? null : dropEarlier ? earlier.element.removal : op.op === "append" ? null : element.removal;
              context.report({
                messageId: "duplicate",
                data: { name, line: first },
                at: { path, start: element.start, end: element.end },
                ...range ? {
                  fix: {
                    description: `Remove the repeated "${name}"`,
                    applicability: "safe",
                    operations: [{ kind: "edit", path, edits: removeEdits(range), exports: { remove: [name] } }]
                  }
                } : {}
              });
              return dropEarlier;
            }
          }
        };
      }
    });
    function removeEdits(range) {
      const edits = [{ start: range.start, end: range.end, text: "" }];
      if (range.commaAt !== null)
        edits.push({ start: range.commaAt, end: range.commaAt, text: "," });
      return edits;
    }
  }
});

// dist/src/python/scanner.js
var require_scanner = __commonJS({
  "dist/src/python/scanner.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.LineMap = exports2.Tokens = exports2.MAX_NESTING = exports2.NAME_NON_ASCII = void 0;
    exports2.tokenize = tokenize;
    exports2.NAME_NON_ASCII = 1;
    var KEYWORDS = {
      and: 1,
      as: 2,
      assert: 3,
      async: 4,
      await: 5,
      break: 6,
      class: 7,
      continue: 8,
      def: 9,
      del: 10,
      elif: 11,
      else: 12,
      except: 13,
      finally: 14,
      for: 15,
      from: 16,
      global: 17,
      if: 18,
      import: 19,
      in: 20,
      is: 21,
      lambda: 22,
      nonlocal: 23,
      not: 24,
      or: 25,
      pass: 26,
      raise: 27,
      return: 28,
      try: 29,
      while: 30,
      with: 31,
      yield: 32
    };
    var KEYWORD_TABLE = [];
    for (const [word, id] of Object.entries(KEYWORDS))
      (KEYWORD_TABLE[(word.charCodeAt(0) - 97) * 16 + word.length] ??= []).push([word, id]);
    exports2.MAX_NESTING = 200;
    var MAX_FSTRING_NESTING = 150;
    var CR = 13;
    var LF = 10;
    var SPACE = 32;
    var TAB = 9;
    var FF = 12;
    var HASH = 35;
    var BACKSLASH = 92;
    var SQ = 39;
    var DQ = 34;
    var ASCII_CLASS = new Uint8Array(128);
    for (let c = 65; c <= 90; c++)
      ASCII_CLASS[c] = 1;
    for (let c = 97; c <= 122; c++)
      ASCII_CLASS[c] = 1;
    ASCII_CLASS[95] = 1;
    for (let c = 48; c <= 57; c++)
      ASCII_CLASS[c] = 2;
    ASCII_CLASS[SPACE] = 3;
    ASCII_CLASS[TAB] = 3;
    ASCII_CLASS[FF] = 3;
    var D_OP = 0;
    var D_NAME = 1;
    var D_DIGIT = 2;
    var D_SPACE = 3;
    var D_NEWLINE = 4;
    var D_QUOTE = 5;
    var D_HASH = 6;
    var D_BACKSLASH = 7;
    var D_UNICODE = 8;
    var DISPATCH = new Uint8Array(128);
    for (let c = 0; c < 128; c++)
      DISPATCH[c] = ASCII_CLASS[c] === 1 ? D_NAME : ASCII_CLASS[c] === 2 ? D_DIGIT : ASCII_CLASS[c] === 3 ? D_SPACE : D_OP;
    DISPATCH[LF] = DISPATCH[CR] = D_NEWLINE;
    DISPATCH[SQ] = DISPATCH[DQ] = D_QUOTE;
    DISPATCH[HASH] = D_HASH;
    DISPATCH[BACKSLASH] = D_BACKSLASH;
    var ASCII_NAME = new Uint8Array(128);
    for (let c = 0; c < 128; c++)
      ASCII_NAME[c] = ASCII_CLASS[c] === 1 || ASCII_CLASS[c] === 2 ? 1 : 0;
    var XID_START = /^[\p{XID_Start}_]$/u;
    var XID_CONTINUE = new RegExp("^\\p{XID_Continue}$", "u");
    var unicodeClass = /* @__PURE__ */ new Map();
    function classifyUnicode(cp) {
      let v = unicodeClass.get(cp);
      if (v === void 0) {
        const s = String.fromCodePoint(cp);
        v = XID_START.test(s) ? 1 : XID_CONTINUE.test(s) ? 2 : 0;
        unicodeClass.set(cp, v);
      }
      return v;
    }
    var Tokens = class {
      kind = new Uint8Array(1024);
      start = new Int32Array(1024);
      end = new Int32Array(1024);
      /** Keyword id, operator code, string flags, or name flags. */
      extra = new Uint16Array(1024);
      count = 0;
      text = "";
      error = null;
      /** Offsets of the names `import_module` and `__import__` (candidate dynamic imports). */
      dynamicImportNames = [];
      /** Comment spans `[start, end)` that contain `dunderlint:`. */
      directiveComments = [];
      push(kind, start, end, extra) {
        if (this.count === this.kind.length)
          this.grow();
        const i = this.count++;
        this.kind[i] = kind;
        this.start[i] = start;
        this.end[i] = end;
        this.extra[i] = extra;
      }
      grow() {
        const n = this.kind.length * 2;
        const k = new Uint8Array(n);
        k.set(this.kind);
        this.kind = k;
        const s = new Int32Array(n);
        s.set(this.start);
        this.start = s;
        const e = new Int32Array(n);
        e.set(this.end);
        this.end = e;
        const x = new Uint16Array(n);
        x.set(this.extra);
        this.extra = x;
      }
      textOf(i) {
        return this.text.slice(this.start[i], this.end[i]);
      }
      isOp(i, code) {
        return this.kind[i] === 5 && this.extra[i] === code;
      }
      isKeyword(i, k) {
        return this.kind[i] === 2 && this.extra[i] === k;
      }
      /**
       * The identifier a name token spells, as CPython reads it: normalised to NFKC (PEP 3131), so
       * `cafe\u0301` is `caf\u00e9` and `\ufb01le` is `file`.
       */
      nameOf(i) {
        const text = this.textOf(i);
        return this.extra[i] === exports2.NAME_NON_ASCII ? text.normalize("NFKC") : text;
      }
      /** True if token i is the name `word`. */
      isName(i, word) {
        return this.kind[i] === 1 && this.end[i] - this.start[i] === word.length && this.text.startsWith(word, this.start[i]);
      }
    };
    exports2.Tokens = Tokens;
    function stringPrefixFlags(text, s, e) {
      const len = e - s;
      if (len > 2)
        return -1;
      let flags = 0;
      for (let i = s; i < e; i++) {
        switch (text.charCodeAt(i) | 32) {
          case 114:
            if (flags & 1)
              return -1;
            flags |= 1;
            break;
          case 98:
            if (flags & (2 | 4 | 16))
              return -1;
            flags |= 2;
            break;
          case 102:
          // f
          case 116:
            if (flags & (2 | 4 | 16))
              return -1;
            flags |= 4;
            break;
          case 117:
            if (len !== 1)
              return -1;
            flags |= 16;
            break;
          default:
            return -1;
        }
      }
      return flags;
    }
    function keywordOf(text, s, e) {
      const len = e - s;
      const c = text.charCodeAt(s);
      if (len < 2 || len > 8 || c < 97 || c > 121)
        return 0;
      const bucket = KEYWORD_TABLE[(c - 97) * 16 + len];
      if (bucket === void 0)
        return 0;
      next: for (const [word, id] of bucket) {
        for (let k = 1; k < len; k++)
          if (text.charCodeAt(s + k) !== word.charCodeAt(k))
            continue next;
        return id;
      }
      return 0;
    }
    var SHARED = new Tokens();
    function tokenize(text, out = SHARED) {
      new Tokenizer(text, out).run();
      return out;
    }
    var Tokenizer = class {
      text;
      out;
      pos = 0;
      n;
      brackets = [];
      // opening char codes
      bracketPos = [];
      indents = [0];
      altIndents = [0];
      /** Kind of the previous significant token on this logical line, for juxtaposition checks. */
      prevAtom = false;
      prevIndex = -1;
      /** F-strings and format specs being scanned, one inside the other. */
      fstringDepth = 0;
      constructor(text, out) {
        this.text = text;
        this.out = out;
        this.n = text.length;
        out.count = 0;
        out.text = text;
        out.error = null;
        out.dynamicImportNames = [];
        out.directiveComments = [];
      }
      fail(message, offset) {
        if (!this.out.error)
          this.out.error = { message, offset };
      }
      run() {
        const { text, n, out } = this;
        let atLineStart = true;
        while (this.pos < n) {
          if (atLineStart) {
            atLineStart = false;
            if (this.brackets.length === 0 && !this.indentation())
              continue;
          }
          const c = text.charCodeAt(this.pos);
          switch (c < 128 ? DISPATCH[c] : D_UNICODE) {
            case D_NAME:
              this.name(this.pos);
              break;
            case D_SPACE: {
              let p = this.pos + 1;
              while (p < n && text.charCodeAt(p) === SPACE)
                p++;
              this.pos = p;
              break;
            }
            case D_OP:
              if (c === 46 && isDigit(text.charCodeAt(this.pos + 1)))
                this.number();
              else
                this.operator(c);
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
              if (next === LF)
                this.pos += 2;
              else if (next === CR)
                this.pos += text.charCodeAt(this.pos + 2) === LF ? 3 : 2;
              else {
                this.fail(this.pos + 1 >= n ? "unexpected EOF while parsing" : "unexpected character after line continuation character", this.pos);
                this.pos++;
              }
              break;
            }
            default: {
              const cp = text.codePointAt(this.pos);
              if (cp === 65279 && this.pos === 0)
                this.pos++;
              else if (classifyUnicode(cp) === 1)
                this.name(this.pos);
              else {
                this.fail(`invalid character '${String.fromCodePoint(cp)}' (U+${cp.toString(16).toUpperCase().padStart(4, "0")})`, this.pos);
                this.pos += cp > 65535 ? 2 : 1;
              }
            }
          }
        }
        if (this.brackets.length) {
          const open = this.bracketPos[this.bracketPos.length - 1];
          this.fail(`'${String.fromCharCode(this.brackets[this.brackets.length - 1])}' was never closed`, open);
        }
        this.newline(n);
        for (let i = 1; i < this.indents.length; i++)
          out.push(8, n, n, 0);
        out.push(9, n, n, 0);
      }
      /**
       * At a line start: skips blank and comment-only lines, then measures the indentation of the next
       * real line and emits INDENT/DEDENT. Returns false when the text ended first.
       */
      indentation() {
        const { text, n } = this;
        let col = 0;
        let alt = 0;
        let p = this.pos;
        for (; ; ) {
          col = alt = 0;
          let contCol = 0;
          let continued = false;
          for (; p < n; p++) {
            const c2 = text.charCodeAt(p);
            if (c2 === SPACE)
              col++, alt++;
            else if (c2 === TAB)
              col = (Math.floor(col / 8) + 1) * 8, alt++;
            else if (c2 === FF)
              col = alt = 0;
            else if (c2 === BACKSLASH) {
              const next = text.charCodeAt(p + 1);
              if (next !== LF && next !== CR)
                break;
              if (!contCol)
                contCol = col;
              continued = true;
              p += next === CR && text.charCodeAt(p + 2) === LF ? 2 : 1;
            } else
              break;
          }
          const c = text.charCodeAt(p);
          if (c === HASH) {
            this.pos = p;
            this.comment();
            p = this.pos;
          }
          const d = text.charCodeAt(p);
          if (p >= n) {
            if (continued)
              this.fail("unexpected EOF while parsing", p);
            this.pos = p;
            return false;
          }
          if (d === LF)
            p++;
          else if (d === CR)
            p += text.charCodeAt(p + 1) === LF ? 2 : 1;
          else {
            if (contCol)
              col = alt = contCol;
            break;
          }
        }
        this.pos = p;
        const top = this.indents[this.indents.length - 1];
        const altTop = this.altIndents[this.altIndents.length - 1];
        if (col === top) {
          if (alt !== altTop)
            this.fail("inconsistent use of tabs and spaces in indentation", p);
        } else if (col > top) {
          if (alt <= altTop)
            this.fail("inconsistent use of tabs and spaces in indentation", p);
          this.indents.push(col);
          this.altIndents.push(alt);
          this.out.push(7, p, p, 0);
        } else {
          while (this.indents.length > 1 && col < this.indents[this.indents.length - 1]) {
            this.indents.pop();
            this.altIndents.pop();
            this.out.push(8, p, p, 0);
          }
          if (col !== this.indents[this.indents.length - 1]) {
            this.fail("unindent does not match any outer indentation level", p);
          } else if (alt !== this.altIndents[this.altIndents.length - 1]) {
            this.fail("inconsistent use of tabs and spaces in indentation", p);
          }
        }
        return true;
      }
      newline(at) {
        const out = this.out;
        if (out.count > 0) {
          const k = out.kind[out.count - 1];
          if (k !== 6 && k !== 7 && k !== 8)
            out.push(6, at, at, 0);
        }
        this.prevAtom = false;
      }
      comment() {
        const { text, n } = this;
        const s = this.pos;
        let p = s;
        let directive = false;
        while (p < n) {
          const c = text.charCodeAt(p);
          if (c === LF || c === CR)
            break;
          if (!directive && (c === 100 && text.startsWith("dunderlint:", p) || (c === 110 || c === 78) && /^noqa\b/i.test(text.slice(p, p + 5)) || c === 112 && text.startsWith("pyright:", p)))
            directive = true;
          p++;
        }
        this.pos = p;
        if (directive)
          this.out.directiveComments.push(s, p);
      }
      /** Records a significant token and checks that two atoms are not juxtaposed (`print "x"`). */
      emit(kind, s, e, extra, atomStart, atomEnd) {
        const out = this.out;
        if (atomStart && this.prevAtom) {
          const p = this.prevIndex;
          const bothStrings = kind === 4 && out.kind[p] === 4;
          if (!bothStrings && !this.softKeywordAt(p)) {
            this.fail("invalid syntax", s);
          }
        }
        out.push(kind, s, e, extra);
        this.prevIndex = out.count - 1;
        this.prevAtom = atomEnd;
      }
      /** `match x:`, `case y:`, `type X = …`: a soft keyword first in its statement. */
      softKeywordAt(i) {
        const out = this.out;
        if (out.kind[i] !== 1)
          return false;
        if (!(out.isName(i, "match") || out.isName(i, "case") || out.isName(i, "type")))
          return false;
        if (i === 0)
          return true;
        const k = out.kind[i - 1];
        if (k === 6 || k === 7 || k === 8)
          return true;
        return k === 5 && (out.extra[i - 1] === 59 || out.extra[i - 1] === 58);
      }
      name(s) {
        const { text, n } = this;
        const c0 = text.charCodeAt(s);
        let p = s + (c0 >= 55296 && c0 <= 56319 ? 2 : 1);
        while (p < n && ASCII_NAME[text.charCodeAt(p)] === 1)
          p++;
        let nonAscii = c0 >= 128;
        while (p < n && text.charCodeAt(p) >= 128) {
          nonAscii = true;
          const cp = text.codePointAt(p);
          if (classifyUnicode(cp) === 0)
            break;
          p += cp > 65535 ? 2 : 1;
          while (p < n && ASCII_NAME[text.charCodeAt(p)] === 1)
            p++;
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
          this.emit(2, s, p, kw, false, false);
        } else {
          this.emit(1, s, p, nonAscii ? exports2.NAME_NON_ASCII : 0, true, true);
          if (p - s === 13 || p - s === 10) {
            if (text.startsWith("import_module", s) || text.startsWith("__import__", s))
              this.out.dynamicImportNames.push(s);
          }
        }
      }
      number() {
        const { text, n } = this;
        const s = this.pos;
        let p = s;
        const c0 = text.charCodeAt(p);
        const c1 = text.charCodeAt(p + 1) | 32;
        if (c0 === 48 && (c1 === 120 || c1 === 111 || c1 === 98)) {
          p += 2;
          while (p < n && isNumberChar(text.charCodeAt(p)))
            p++;
        } else {
          let leadingZeroNonZero = false;
          const intStart = p;
          while (p < n && (isDigit(text.charCodeAt(p)) || text.charCodeAt(p) === 95))
            p++;
          if (c0 === 48) {
            for (let i = intStart; i < p; i++) {
              const d = text.charCodeAt(i);
              if (d !== 48 && d !== 95)
                leadingZeroNonZero = true;
            }
          }
          let isFloat = false;
          if (text.charCodeAt(p) === 46) {
            isFloat = true;
            p++;
            while (p < n && (isDigit(text.charCodeAt(p)) || text.charCodeAt(p) === 95))
              p++;
          }
          const e = text.charCodeAt(p) | 32;
          if (e === 101) {
            const sign = text.charCodeAt(p + 1);
            const afterSign = sign === 43 || sign === 45 ? p + 2 : p + 1;
            if (isDigit(text.charCodeAt(afterSign))) {
              isFloat = true;
              p = afterSign;
              while (p < n && (isDigit(text.charCodeAt(p)) || text.charCodeAt(p) === 95))
                p++;
            }
          }
          if ((text.charCodeAt(p) | 32) === 106) {
            isFloat = true;
            p++;
          }
          if (leadingZeroNonZero && !isFloat) {
            this.fail("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", s);
          }
        }
        this.pos = p;
        this.emit(3, s, p, 0, true, true);
      }
      /** A string starting at `s` (prefix included) whose quote is at `q`. */
      string(s, q, flags) {
        const end = flags & 4 ? this.fstringBody(q, flags) : this.plainBody(q);
        const triple = this.isTripleAt(q) ? 8 : 0;
        this.pos = end;
        this.emit(4, s, end, flags | triple, true, true);
      }
      isTripleAt(q) {
        const c = this.text.charCodeAt(q);
        return this.text.charCodeAt(q + 1) === c && this.text.charCodeAt(q + 2) === c;
      }
      /** Scans a non-f-string from its opening quote; returns the offset after the closing quote. */
      plainBody(q) {
        const { text, n } = this;
        const quote = text.charCodeAt(q);
        if (this.isTripleAt(q)) {
          const quoteStr = quote === SQ ? "'''" : '"""';
          let p2 = q + 3;
          let close = text.indexOf(quoteStr, p2);
          let bs = text.indexOf("\\", p2);
          for (; ; ) {
            if (close === -1) {
              this.fail("unterminated triple-quoted string literal", q);
              return n;
            }
            if (bs === -1 || bs >= close)
              return close + 3;
            p2 = bs + 2;
            if (p2 > close)
              close = text.indexOf(quoteStr, p2);
            bs = text.indexOf("\\", p2);
          }
        }
        let p = q + 1;
        while (p < n) {
          const c = text.charCodeAt(p);
          if (c === quote)
            return p + 1;
          if (c === BACKSLASH) {
            p += text.charCodeAt(p + 1) === CR && text.charCodeAt(p + 2) === LF ? 3 : 2;
            continue;
          }
          if (c === LF || c === CR)
            break;
          p++;
        }
        this.fail("unterminated string literal", q);
        return Math.min(p, n);
      }
      /**
       * Scans an f-string (PEP 701) from its opening quote: literal parts with `{{`/`}}` and escapes,
       * and replacement fields that may hold any expression, nested strings of any quote included.
       */
      fstringBody(q, flags) {
        if (this.fstringDepth === MAX_FSTRING_NESTING) {
          this.fail("f-string: expressions nested too deeply", q);
          return this.plainBody(q);
        }
        this.fstringDepth++;
        const end = this.fstringParts(q, flags);
        this.fstringDepth--;
        return end;
      }
      fstringParts(q, flags) {
        const { text, n } = this;
        const quote = text.charCodeAt(q);
        const triple = this.isTripleAt(q);
        const raw = (flags & 1) !== 0;
        let p = q + (triple ? 3 : 1);
        while (p < n) {
          const c = text.charCodeAt(p);
          if (c === quote && (!triple || text.charCodeAt(p + 1) === quote && text.charCodeAt(p + 2) === quote)) {
            return p + (triple ? 3 : 1);
          }
          if (c === BACKSLASH) {
            const next = text.charCodeAt(p + 1);
            if (!raw && next === 78 && text.charCodeAt(p + 2) === 123) {
              const close = text.indexOf("}", p + 3);
              p = close === -1 ? n : close + 1;
            } else {
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
            if (text.charCodeAt(p + 1) === 125)
              p += 2;
            else {
              this.fail("f-string: single '}' is not allowed", p);
              p++;
            }
            continue;
          }
          if ((c === LF || c === CR) && !triple)
            break;
          p++;
        }
        this.fail(triple ? "unterminated triple-quoted f-string literal" : "unterminated f-string literal", q);
        return Math.min(p, n);
      }
      /** From just after `{` to just after the matching `}`; handles nested brackets, strings, format specs. */
      replacementField(start, quote, triple) {
        const { text, n } = this;
        let depth = 0;
        let p = start;
        while (p < n) {
          const c = text.charCodeAt(p);
          if (c === SQ || c === DQ) {
            let s = p;
            while (s > start && ASCII_CLASS[text.charCodeAt(s - 1)] === 1)
              s--;
            const flags = s < p ? stringPrefixFlags(text, s, p) : 0;
            p = flags >= 0 && flags & 4 ? this.fstringBody(p, flags) : this.plainBody(p);
            continue;
          }
          if (c === 40 || c === 91 || c === 123)
            depth++;
          else if (c === 41 || c === 93)
            depth--;
          else if (c === 125) {
            if (depth === 0)
              return p + 1;
            depth--;
          } else if (c === 58 && depth === 0 && text.charCodeAt(p + 1) !== 61) {
            return this.formatSpec(p + 1, quote, triple);
          } else if (c === HASH) {
            while (p < n && text.charCodeAt(p) !== LF && text.charCodeAt(p) !== CR)
              p++;
            continue;
          }
          p++;
        }
        this.fail("f-string: expecting '}'", start - 1);
        return n;
      }
      /** A format spec: literal text with nested replacement fields, up to the field's closing `}`. */
      formatSpec(start, quote, triple) {
        const { text, n } = this;
        let p = start;
        while (p < n) {
          const c = text.charCodeAt(p);
          if (c === 123) {
            if (this.fstringDepth === MAX_FSTRING_NESTING) {
              this.fail("f-string: expressions nested too deeply", p);
              p++;
              continue;
            }
            this.fstringDepth++;
            p = this.replacementField(p + 1, quote, triple);
            this.fstringDepth--;
            continue;
          }
          if (c === 125)
            return p + 1;
          if (c === quote || (c === LF || c === CR) && !triple) {
            this.fail("f-string: expecting '}'", p);
            return p;
          }
          if (c === BACKSLASH)
            p++;
          p++;
        }
        this.fail("f-string: expecting '}'", start);
        return n;
      }
      operator(c) {
        const { text } = this;
        const s = this.pos;
        const c1 = text.charCodeAt(s + 1);
        const c2 = text.charCodeAt(s + 2);
        let len = 1;
        let code = c;
        switch (c) {
          case 40:
          case 91:
          case 123:
            if (this.brackets.length === exports2.MAX_NESTING)
              this.fail("too many nested parentheses", s);
            this.brackets.push(c);
            this.bracketPos.push(s);
            this.pos = s + 1;
            this.emit(5, s, s + 1, c, c === 123, false);
            return;
          case 41:
          case 93:
          case 125: {
            const open = this.brackets.pop();
            this.bracketPos.pop();
            const want = c === 41 ? 40 : c === 93 ? 91 : 123;
            if (open === void 0)
              this.fail(`unmatched '${String.fromCharCode(c)}'`, s);
            else if (open !== want) {
              this.fail(`closing parenthesis '${String.fromCharCode(c)}' does not match opening parenthesis '${String.fromCharCode(open)}'`, s);
            }
            this.pos = s + 1;
            this.emit(5, s, s + 1, c, false, true);
            return;
          }
          case 61:
            if (c1 === 61)
              len = 2, code = 200;
            break;
          // = ==
          case 33:
            if (c1 === 61)
              len = 2, code = 201;
            else
              this.fail("invalid syntax: '!'", s);
            break;
          case 60:
            if (c1 === 61)
              len = 2, code = 202;
            else if (c1 === 62)
              len = 2, code = 204, this.fail("invalid syntax: '<>'", s);
            else if (c1 === 60)
              len = c2 === 61 ? 3 : 2, code = c2 === 61 ? 213 : 209;
            break;
          case 62:
            if (c1 === 61)
              len = 2, code = 203;
            else if (c1 === 62)
              len = c2 === 61 ? 3 : 2, code = c2 === 61 ? 213 : 210;
            break;
          case 58:
            if (c1 === 61)
              len = 2, code = 205;
            break;
          // : :=
          case 45:
            if (c1 === 62)
              len = 2, code = 206;
            else if (c1 === 61)
              len = 2, code = 213;
            break;
          case 42:
            if (c1 === 42)
              len = c2 === 61 ? 3 : 2, code = c2 === 61 ? 213 : 207;
            else if (c1 === 61)
              len = 2, code = 213;
            break;
          case 47:
            if (c1 === 47)
              len = c2 === 61 ? 3 : 2, code = c2 === 61 ? 213 : 208;
            else if (c1 === 61)
              len = 2, code = 213;
            break;
          case 43:
            if (c1 === 61)
              len = 2, code = 212;
            break;
          // + +=
          case 37:
          case 38:
          case 124:
          case 94:
          case 64:
            if (c1 === 61)
              len = 2, code = 213;
            break;
          case 46:
            if (c1 === 46 && c2 === 46)
              len = 3, code = 211;
            break;
          // . ...
          case 126:
          case 44:
          case 59:
            break;
          // ~ , ;
          default:
            this.fail(`invalid character '${String.fromCharCode(c)}' (U+${c.toString(16).toUpperCase().padStart(4, "0")})`, s);
        }
        this.pos = s + len;
        const ellipsisAtom = code === 211 && !this.inFromDots();
        this.emit(5, s, s + len, code, ellipsisAtom, ellipsisAtom);
      }
      inFromDots() {
        const out = this.out;
        const i = this.prevIndex;
        if (i < 0 || out.count - 1 !== i)
          return false;
        return out.kind[i] === 2 && out.extra[i] === 16 || out.kind[i] === 5 && (out.extra[i] === 46 || out.extra[i] === 211);
      }
    };
    function isDigit(c) {
      return c >= 48 && c <= 57;
    }
    function isNumberChar(c) {
      return c >= 48 && c <= 57 || c >= 97 && c <= 102 || c >= 65 && c <= 70 || c === 95;
    }
    var LineMap = class {
      text;
      starts = [0];
      /** Offsets of high surrogates, sorted: built on the first position far into a line. */
      highSurrogates = null;
      constructor(text) {
        this.text = text;
        if (!text.includes("\r")) {
          for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1))
            this.starts.push(i + 1);
          return;
        }
        for (let p = 0; p < text.length; p++) {
          const c = text.charCodeAt(p);
          if (c === LF)
            this.starts.push(p + 1);
          else if (c === CR) {
            if (text.charCodeAt(p + 1) === LF)
              p++;
            this.starts.push(p + 1);
          }
        }
      }
      line(offset) {
        let lo = 0;
        let hi = this.starts.length - 1;
        while (lo < hi) {
          const mid = lo + hi + 1 >> 1;
          if (this.starts[mid] <= offset)
            lo = mid;
          else
            hi = mid - 1;
        }
        return lo + 1;
      }
      position(offset) {
        const line = this.line(offset);
        const start = this.starts[line - 1];
        let column = offset - start + 1;
        if (offset - start > LONG_PREFIX) {
          const highs = this.highSurrogates ??= highSurrogatesOf(this.text);
          return { line, column: column - (countBelow(highs, offset) - countBelow(highs, start)) };
        }
        for (let p = start; p < offset; p++) {
          const c = this.text.charCodeAt(p);
          if (c >= 55296 && c <= 56319)
            column--;
        }
        return { line, column };
      }
      get lineCount() {
        return this.starts.length;
      }
    };
    exports2.LineMap = LineMap;
    var LONG_PREFIX = 256;
    function highSurrogatesOf(text) {
      const out = [];
      for (let p = text.search(/[\uD800-\uDBFF]/); p !== -1 && p < text.length; p++) {
        const c = text.charCodeAt(p);
        if (c >= 55296 && c <= 56319)
          out.push(p);
      }
      return out;
    }
    function countBelow(offsets, limit) {
      let lo = 0;
      let hi = offsets.length;
      while (lo < hi) {
        const mid = lo + hi >> 1;
        if (offsets[mid] < limit)
          lo = mid + 1;
        else
          hi = mid;
      }
      return lo;
    }
  }
});

// dist/src/python/strings.js
var require_strings = __commonJS({
  "dist/src/python/strings.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.decodeStringLiteral = decodeStringLiteral;
    var SIMPLE_ESCAPES = {
      "\\": "\\",
      "'": "'",
      '"': '"',
      a: "\x07",
      b: "\b",
      f: "\f",
      n: "\n",
      r: "\r",
      t: "	",
      v: "\v"
    };
    function decodeStringLiteral(token) {
      let p = 0;
      let raw = false;
      while (p < token.length && token[p] !== '"' && token[p] !== "'") {
        const c = token[p].toLowerCase();
        if (c === "b" || c === "f" || c === "t")
          return null;
        if (c === "r")
          raw = true;
        p++;
      }
      const quote = token[p];
      const triple = token.startsWith(quote.repeat(3), p);
      const q = triple ? 3 : 1;
      let body = token.slice(p + q, token.length - q);
      if (body.includes("\r"))
        body = body.replace(/\r\n?/g, "\n");
      if (raw || !body.includes("\\"))
        return body;
      let out = "";
      for (let i = 0; i < body.length; i++) {
        const c = body[i];
        if (c !== "\\") {
          out += c;
          continue;
        }
        const e = body[++i];
        if (e === void 0)
          return out + "\\";
        if (e === "\n")
          continue;
        const simple = SIMPLE_ESCAPES[e];
        if (simple !== void 0) {
          out += simple;
        } else if (e >= "0" && e <= "7") {
          let digits = e;
          while (digits.length < 3 && body[i + 1] >= "0" && body[i + 1] <= "7")
            digits += body[++i];
          out += String.fromCodePoint(parseInt(digits, 8));
        } else if (e === "x" || e === "u" || e === "U") {
          const n = e === "x" ? 2 : e === "u" ? 4 : 8;
          const hex = body.slice(i + 1, i + 1 + n);
          if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== n)
            return null;
          const cp = parseInt(hex, 16);
          if (cp > 1114111)
            return null;
          out += String.fromCodePoint(cp);
          i += n;
        } else if (e === "N") {
          return null;
        } else {
          out += `\\${e}`;
        }
      }
      return out;
    }
  }
});

// dist/rules/all-implicit-concat.js
var require_all_implicit_concat = __commonJS({
  "dist/rules/all-implicit-concat.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var rule_12 = require_rule();
    var scanner_1 = require_scanner();
    var strings_1 = require_strings();
    exports2.default = (0, rule_12.defineRule)({
      id: "all-implicit-concat",
      meta: {
        description: "Adjacent string literals in `__all__` (a missing comma) make one name out of two",
        defaultSeverity: "error",
        fixable: "unsafe",
        messages: {
          concat: '`{{text}}` in `__all__` is one name, "{{value}}": a comma is missing, so neither name is exported and `from \u2026 import *` fails with AttributeError'
        }
      },
      create(context) {
        return {
          module(module3) {
            for (const op of module3.facts.dunderAll) {
              for (const e of op.elements) {
                if (!e.implicitConcat)
                  continue;
                const tokens = (0, scanner_1.tokenize)(`(${e.text})`, new scanner_1.Tokens());
                let levels = 0;
                while (tokens.isOp(1 + levels, 40))
                  levels++;
                const comma = levels ? `${")".repeat(levels)}, ${"(".repeat(levels)}` : ",";
                const edits = [];
                const parts = [];
                for (let i = 0; i < tokens.count; i++) {
                  if (tokens.kind[i] !== 4)
                    continue;
                  parts.push((0, strings_1.decodeStringLiteral)(tokens.textOf(i)) ?? "");
                  if (tokens.kind[i + 1] === 4) {
                    const at = e.startOffset + tokens.end[i] - 1;
                    edits.push({ start: at, end: at, text: comma });
                  }
                }
                context.report({
                  messageId: "concat",
                  data: { text: (0, rule_12.excerpt)(e.text), value: (0, rule_12.excerpt)(e.value ?? "") },
                  at: { path: module3.file.path, start: e.start, end: e.end },
                  fix: {
                    description: "Add the missing commas",
                    // Unsafe: perhaps the two halves were meant as one long name.
                    applicability: "unsafe",
                    operations: [{ kind: "edit", path: module3.file.path, edits, exports: { remove: [e.value ?? ""], add: parts } }]
                  }
                });
              }
            }
          }
        };
      }
    });
  }
});

// dist/rules/all-non-string.js
var require_all_non_string = __commonJS({
  "dist/rules/all-non-string.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var rule_12 = require_rule();
    var dunder_all_1 = require_dunder_all();
    exports2.default = (0, rule_12.defineRule)({
      id: "all-non-string",
      meta: {
        description: "Every element of `__all__` must be a string literal",
        defaultSeverity: "error",
        messages: {
          nonString: '`{{text}}` in `__all__` is not a string: `from \u2026 import *` raises TypeError ("Item in __all__ must be str"); write the name in quotes'
        }
      },
      create(context) {
        return {
          module(module3) {
            for (const op of module3.facts.dunderAll) {
              if (op.form !== "list" && op.form !== "tuple" && op.form !== "set" && op.form !== "binop")
                continue;
              const opaque = new Set((0, dunder_all_1.opaqueElements)(module3.facts, op.elements));
              for (const e of op.elements) {
                if (e.kind !== "nonstring" || opaque.has(e))
                  continue;
                context.report({ messageId: "nonString", data: { text: (0, rule_12.excerpt)(e.text) }, at: { path: module3.file.path, start: e.start, end: e.end } });
              }
            }
          }
        };
      }
    });
  }
});

// dist/src/python/facts.js
var require_facts = __commonJS({
  "dist/src/python/facts.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.constantType = constantType;
    exports2.scanModule = scanModule;
    var scanner_1 = require_scanner();
    var strings_1 = require_strings();
    var NOQA_CODES = {
      F401: ["implicit-reexport"],
      F822: ["all-undefined"],
      INP001: ["implicit-namespace-package", "missing-init"],
      PLE0604: ["all-non-string"],
      PLE0605: ["all-not-sequence"],
      PLW0406: ["import-self"],
      RUF022: ["all-unsorted"],
      RUF068: ["all-duplicate"]
    };
    function foreignSuppression(comment) {
      const out = [];
      const noqa = /#\s*noqa\b(?::\s*([A-Z]+[0-9]+(?:[\s,]+[A-Z]+[0-9]+)*))?/i.exec(comment);
      if (noqa) {
        if (noqa[1] === void 0)
          return ["all"];
        for (const code of noqa[1].split(/[\s,]+/))
          out.push(...NOQA_CODES[code.toUpperCase()] ?? []);
      }
      if (/#\s*pyright:\s*ignore\b/.test(comment))
        out.push("implicit-reexport", "all-unsupported-form");
      return out;
    }
    var SEQUENCE_CALLS = /* @__PURE__ */ new Set(["list", "tuple", "builtins.list", "builtins.tuple"]);
    var SEQUENCE_TYPES = /* @__PURE__ */ new Set(["list", "tuple", "str"]);
    function literalType(part) {
      if (part.ref !== null)
        return null;
      switch (part.form) {
        case "binop":
          return part.type ?? null;
        case "list":
        case "tuple":
        case "set":
        case "dict":
          return part.form;
        case "string":
          return "str";
        case "other":
          return part.elements.length === 1 ? constantType(part.elements[0].text) : null;
        default:
          return null;
      }
    }
    function constantType(text) {
      if (text === "None")
        return "NoneType";
      if (text === "True" || text === "False")
        return "bool";
      if (/^[0-9.]/.test(text))
        return /[jJ]$/.test(text) ? "complex" : /^0[xXoObB]/.test(text) || !/[.eE]/.test(text) ? "int" : "float";
      if (/^[rRuU]*['"]/.test(text))
        return "str";
      if (/^[rRbB]*['"]/.test(text))
        return "bytes";
      return null;
    }
    var IMPORT_ERRORS = /* @__PURE__ */ new Set(["ImportError", "ModuleNotFoundError", "Exception", "BaseException"]);
    var STATEMENT_START_OPS = /* @__PURE__ */ new Set([
      40,
      91,
      123,
      45,
      43,
      126,
      42,
      64,
      211
      /* Op.Ellipsis */
    ]);
    var REST_OF_LINE = /[ \t\f]*(?:#[^\r\n]*)?(?:\r\n|\r|\n)/y;
    function scanModule(text) {
      return new FactsBuilder((0, scanner_1.tokenize)(text)).build();
    }
    var FactsBuilder = class {
      t;
      lines;
      text;
      blocks = [];
      chains = [];
      pendingBlock = null;
      imports = [];
      bindings = [];
      dunderAll = [];
      getattrLine = null;
      mainGuard = false;
      dynamicGlobals = false;
      functionGlobals = /* @__PURE__ */ new Set();
      syntaxErrorOffset = -1;
      syntaxErrorMessage = "";
      constructor(t) {
        this.t = t;
        this.text = t.text;
        this.lines = new scanner_1.LineMap(t.text);
      }
      error(message, offset) {
        if (this.syntaxErrorOffset === -1) {
          this.syntaxErrorOffset = offset;
          this.syntaxErrorMessage = message;
        }
      }
      build() {
        const t = this.t;
        let i = 0;
        while (t.kind[i] !== 9) {
          const k = t.kind[i];
          if (k === 7) {
            if (this.pendingBlock)
              this.blocks.push(this.pendingBlock);
            else {
              this.error("unexpected indent", t.start[i]);
              this.blocks.push(this.plainBlock("decorated"));
            }
            this.pendingBlock = null;
            this.chains.push(null);
            i++;
            continue;
          }
          if (this.pendingBlock) {
            this.error("expected an indented block", t.start[i]);
            this.pendingBlock = null;
          }
          if (k === 8) {
            this.blocks.pop();
            this.chains.pop();
            i++;
            continue;
          }
          if (k === 6) {
            i++;
            continue;
          }
          let j = i;
          while (t.kind[j] !== 6 && t.kind[j] !== 9)
            j++;
          this.logicalLine(i, j);
          i = t.kind[j] === 6 ? j + 1 : j;
        }
        if (this.pendingBlock)
          this.error("expected an indented block", this.text.length);
        if (t.error)
          this.error(t.error.message, t.error.offset);
        return this.finish();
      }
      plainBlock(kind) {
        return { kind, scope: null, tryRecord: null, typeChecking: false, conditional: false, loop: false };
      }
      get scope() {
        for (let b = this.blocks.length - 1; b >= 0; b--) {
          const s = this.blocks[b].scope;
          if (s)
            return s;
        }
        return "module";
      }
      get chainSlot() {
        return this.blocks.length;
      }
      /** Tokens [i, j) of one logical line: a compound header (maybe with an inline body) or simple statements. */
      logicalLine(i, j) {
        const t = this.t;
        const first = t.kind[i] === 2 ? t.extra[i] : 0;
        let compound = null;
        switch (first) {
          case 18:
          case 11:
          case 12:
          case 30:
          case 15:
          case 29:
          case 13:
          case 14:
          case 31:
          case 9:
          case 7:
            compound = first;
            break;
          case 4:
            compound = t.extra[i + 1] === 9 ? 9 : t.extra[i + 1] === 15 ? 15 : 31;
            break;
          default:
            if (t.kind[i] === 5 && t.extra[i] === 64) {
              this.simpleStatement(i, j);
              return;
            }
            if (t.kind[i] === 1 && (t.isName(i, "match") || t.isName(i, "case")) && this.endsWithHeaderColon(i, j)) {
              compound = t.isName(i, "match") ? "match" : "case";
            }
        }
        if (compound === null) {
          this.chains[this.chainSlot] = null;
          this.simpleStatements(i, j);
          return;
        }
        const colon = this.headerColon(i, j);
        if (colon === -1) {
          this.error("expected ':'", t.start[j - 1] ?? t.start[i]);
          return;
        }
        const block = this.header(compound, i, colon);
        if (colon + 1 < j) {
          this.blocks.push(block);
          this.chains.push(null);
          this.simpleStatements(colon + 1, j);
          this.blocks.pop();
          this.chains.pop();
        } else {
          this.pendingBlock = block;
        }
      }
      /** The colon that ends a compound statement's header: depth 0, not a lambda's. */
      headerColon(i, j) {
        const t = this.t;
        let depth = 0;
        let lambdas = 0;
        for (let p = i; p < j; p++) {
          if (t.kind[p] === 5) {
            const c = t.extra[p];
            if (c === 40 || c === 91 || c === 123)
              depth++;
            else if (c === 41 || c === 93 || c === 125)
              depth--;
            else if (c === 58 && depth === 0) {
              if (lambdas === 0)
                return p;
              lambdas--;
            }
          } else if (depth === 0 && t.kind[p] === 2 && t.extra[p] === 22)
            lambdas++;
        }
        return -1;
      }
      endsWithHeaderColon(i, j) {
        return j - 1 > i && this.headerColon(i, j) === j - 1;
      }
      header(kind, i, colon) {
        const t = this.t;
        const block = this.plainBlock(kind);
        const slot = this.chainSlot;
        const atModule = this.scope === "module";
        switch (kind) {
          case 18:
          case 11: {
            const earlier = kind === 11 && (this.chains[slot]?.conditionalSoFar ?? false);
            const c = earlier || this.mentionsSys(i + 1, colon);
            block.conditional = c;
            block.typeChecking = this.isTypeChecking(i + 1, colon);
            this.chains[slot] = { kind: 18, conditionalSoFar: c, tryRecord: null };
            if (atModule) {
              this.findMainGuard(i + 1, colon);
              this.walrus(i + 1, colon);
            }
            break;
          }
          case 12: {
            const chain = this.chains[slot];
            if (chain?.kind === 18)
              block.conditional = chain.conditionalSoFar;
            this.chains[slot] = null;
            break;
          }
          case 30:
          case 15: {
            block.loop = true;
            this.chains[slot] = { kind, conditionalSoFar: false, tryRecord: null };
            const start = t.extra[i] === 4 ? i + 2 : i + 1;
            if (kind === 15 && atModule) {
              const inAt = this.findKeywordAtDepth0(
                start,
                colon,
                20
                /* K.In */
              );
              if (inAt !== -1) {
                this.targets(start, inAt, "for");
                this.walrus(inAt + 1, colon);
              }
            } else if (atModule)
              this.walrus(start, colon);
            break;
          }
          case 29: {
            const record = { catchesImportError: false };
            block.tryRecord = record;
            this.chains[slot] = { kind: 29, conditionalSoFar: false, tryRecord: record };
            break;
          }
          case 13: {
            const chain = this.chains[slot];
            let p = i + 1;
            if (t.isOp(p, 42))
              p++;
            const asAt = this.findKeywordAtDepth0(
              p,
              colon,
              2
              /* K.As */
            );
            const typeEnd = asAt === -1 ? colon : asAt;
            if (asAt !== -1 && this.hasCommaAtDepth0(p, typeEnd)) {
              this.error("multiple exception types must be parenthesized when using 'as'", t.start[p]);
            }
            if (chain?.tryRecord && this.catchesImportError(p, typeEnd))
              chain.tryRecord.catchesImportError = true;
            if (asAt !== -1 && atModule && t.kind[asAt + 1] === 1)
              this.bind(asAt + 1, "except");
            break;
          }
          case 14:
            this.chains[slot] = null;
            break;
          case 31: {
            const start = t.extra[i] === 4 ? i + 2 : i + 1;
            this.chains[slot] = null;
            if (atModule)
              this.withItems(start, colon);
            break;
          }
          case 9:
          case 7: {
            const nameAt = t.extra[i] === 4 ? i + 2 : i + 1;
            this.chains[slot] = null;
            block.scope = kind === 9 ? "function" : "class";
            if (t.kind[nameAt] !== 1) {
              this.error("invalid syntax", t.start[nameAt]);
              break;
            }
            if (atModule) {
              this.bind(nameAt, kind === 9 ? "def" : "class");
              if (kind === 9 && t.isName(nameAt, "__getattr__") && this.getattrLine === null) {
                this.getattrLine = this.lines.line(t.start[nameAt]);
              }
              this.walrus(nameAt + 1, colon);
            }
            break;
          }
          case "match":
            this.chains[slot] = { kind: "match", conditionalSoFar: false, tryRecord: null };
            if (atModule)
              this.walrus(i + 1, colon);
            break;
          case "case":
            if (atModule)
              this.casePattern(i + 1, colon);
            break;
        }
        return block;
      }
      /** The first token in [i, j) outside brackets opened within the range for which `test` holds, or -1. */
      findAtDepth0(i, j, test) {
        const t = this.t;
        let depth = 0;
        for (let p = i; p < j; p++) {
          if (t.kind[p] === 5) {
            const c = t.extra[p];
            if (c === 40 || c === 91 || c === 123) {
              depth++;
              continue;
            }
            if (c === 41 || c === 93 || c === 125) {
              depth--;
              continue;
            }
          }
          if (depth === 0 && test(p))
            return p;
        }
        return -1;
      }
      findKeywordAtDepth0(i, j, k) {
        return this.findAtDepth0(i, j, (p) => this.t.isKeyword(p, k));
      }
      hasCommaAtDepth0(i, j) {
        return this.findAtDepth0(i, j, (p) => this.t.isOp(p, 44)) !== -1;
      }
      /** Ranges of [i, j) split at depth-0 operators `code` (a trailing empty range is dropped). */
      splitAtDepth0(i, j, code) {
        const t = this.t;
        const out = [];
        let depth = 0;
        let from = i;
        for (let p = i; p < j; p++) {
          if (t.kind[p] !== 5)
            continue;
          const c = t.extra[p];
          if (c === 40 || c === 91 || c === 123)
            depth++;
          else if (c === 41 || c === 93 || c === 125)
            depth--;
          else if (c === code && depth === 0) {
            out.push([from, p]);
            from = p + 1;
          }
        }
        if (from < j || out.length === 0)
          out.push([from, j]);
        return out;
      }
      mentionsSys(i, j) {
        const t = this.t;
        for (let p = i; p + 2 < j; p++) {
          if (t.isName(p, "sys") && t.isOp(p + 1, 46) && (t.isName(p + 2, "version_info") || t.isName(p + 2, "platform"))) {
            if (p === i || !t.isOp(p - 1, 46))
              return true;
          }
        }
        return false;
      }
      /** `TYPE_CHECKING` or `x.TYPE_CHECKING` (any dotted prefix), and nothing else. */
      isTypeChecking(i, j) {
        const t = this.t;
        if (j <= i || !t.isName(j - 1, "TYPE_CHECKING"))
          return false;
        for (let p = i; p < j - 1; p += 2) {
          if (t.kind[p] !== 1 || !t.isOp(p + 1, 46))
            return false;
        }
        return (j - i) % 2 === 1;
      }
      /** Handler types: bare names or dotted names (last part), alone or in a tuple. */
      catchesImportError(i, j) {
        const t = this.t;
        if (i === j)
          return true;
        let a = i;
        let b = j;
        if (t.isOp(a, 40) && t.isOp(b - 1, 41) && this.closingParen(a) === b - 1)
          a = a + 1, b = b - 1;
        for (const [s, e] of this.splitAtDepth0(a, b, 44)) {
          if (e > s && this.isDottedName(s, e) && IMPORT_ERRORS.has(t.nameOf(e - 1)))
            return true;
        }
        return false;
      }
      isDottedName(i, j) {
        const t = this.t;
        if ((j - i) % 2 === 0)
          return false;
        for (let p = i; p < j; p++) {
          if ((p - i) % 2 === 0 ? t.kind[p] !== 1 : !t.isOp(p, 46))
            return false;
        }
        return true;
      }
      /** Index of the bracket closing the one at i (or -1). */
      closingParen(i) {
        const t = this.t;
        let depth = 0;
        for (let p = i; t.kind[p] !== 9 && t.kind[p] !== 6; p++) {
          if (t.kind[p] !== 5)
            continue;
          const c = t.extra[p];
          if (c === 40 || c === 91 || c === 123)
            depth++;
          else if (c === 41 || c === 93 || c === 125) {
            depth--;
            if (depth === 0)
              return p;
          }
        }
        return -1;
      }
      simpleStatements(i, j) {
        const t = this.t;
        let from = i;
        for (let p = i; p < j; p++) {
          if (t.kind[p] === 5 && t.extra[p] === 59) {
            if (p > from)
              this.simpleStatement(from, p);
            from = p + 1;
          }
        }
        if (j > from)
          this.simpleStatement(from, j);
      }
      simpleStatement(i, j) {
        const t = this.t;
        if (t.kind[i] === 5 && !STATEMENT_START_OPS.has(t.extra[i])) {
          this.error("invalid syntax", t.start[i]);
          return;
        }
        const atModule = this.scope === "module";
        if (t.kind[i] === 2) {
          switch (t.extra[i]) {
            case 19:
              this.importStatement(i, j);
              return;
            case 16:
              this.fromStatement(i, j);
              return;
            case 17:
              for (let p = i + 1; p < j; p += 2) {
                if (t.kind[p] !== 1)
                  continue;
                if (atModule)
                  this.bind(p, "global");
                else
                  this.functionGlobals.add(t.nameOf(p));
              }
              return;
            case 23:
            case 26:
            case 6:
            case 8:
              return;
          }
        }
        if (!atModule)
          return;
        if (t.isName(i, "type") && t.kind[i + 1] === 1 && (t.isOp(i + 2, 61) || t.isOp(i + 2, 91))) {
          this.bind(i + 1, "type");
          return;
        }
        this.walrus(i, j);
        this.findMainGuard(i, j);
        this.findDynamicGlobals(i, j);
        if (t.kind[i] === 2)
          return;
        this.assignment(i, j);
      }
      assignment(i, j) {
        const t = this.t;
        let depth = 0;
        let annotation = -1;
        const equals = [];
        let aug = -1;
        for (let p = i; p < j; p++) {
          if (t.kind[p] === 2 && t.extra[p] === 22 && depth === 0)
            break;
          if (t.kind[p] !== 5)
            continue;
          const c = t.extra[p];
          if (c === 40 || c === 91 || c === 123)
            depth++;
          else if (c === 41 || c === 93 || c === 125)
            depth--;
          else if (depth === 0) {
            if (c === 61)
              equals.push(p);
            else if (c === 58 && annotation === -1 && equals.length === 0)
              annotation = p;
            else if ((c === 212 || c === 213) && aug === -1 && equals.length === 0)
              aug = p;
          }
        }
        if (aug !== -1) {
          if (this.isSingleName(i, aug))
            this.bind(i, "augassign");
          if (t.extra[aug] === 212 && this.isSingleName(i, aug) && t.isName(i, "__all__")) {
            this.recordAll("+=", false, aug + 1, j, i);
          }
          return;
        }
        if (annotation !== -1) {
          const hasValue = equals.length > 0;
          if (this.isSingleName(i, annotation)) {
            this.bind(i, hasValue ? "annassign" : "annotation");
            if (hasValue && t.isName(i, "__all__"))
              this.recordAll("=", true, equals[0] + 1, j, i);
          }
          return;
        }
        if (equals.length === 0) {
          this.allMethodCall(i, j);
          return;
        }
        let from = i;
        const valueStart = equals[equals.length - 1] + 1;
        for (const eq of equals) {
          this.targets(from, eq, "assign");
          if (this.isSingleName(from, eq) && t.isName(from, "__all__"))
            this.recordAll("=", false, valueStart, j, i);
          from = eq + 1;
        }
      }
      isSingleName(i, j) {
        return j === i + 1 && this.t.kind[i] === 1;
      }
      /** Binds the names of an assignment target list: names, `*name`, and nested tuples/lists. */
      targets(i, j, kind, depth = 0) {
        const t = this.t;
        if (depth > scanner_1.MAX_NESTING)
          return;
        for (const [s0, e] of this.splitAtDepth0(i, j, 44)) {
          let s = s0;
          if (s < e && t.isOp(s, 42))
            s++;
          if (e === s + 1 && t.kind[s] === 1)
            this.bind(s, kind);
          else if (e > s + 1 && (t.isOp(s, 40) || t.isOp(s, 91)) && this.closingParen(s) === e - 1)
            this.targets(s + 1, e - 1, kind, depth + 1);
        }
      }
      withItems(i, j) {
        const t = this.t;
        let a = i;
        let b = j;
        if (t.isOp(a, 40) && this.closingParen(a) === b - 1 && this.findKeywordAtDepth0(
          a + 1,
          b - 1,
          2
          /* K.As */
        ) !== -1) {
          a++;
          b--;
        }
        for (const [s, e] of this.splitAtDepth0(a, b, 44)) {
          const asAt = this.findKeywordAtDepth0(
            s,
            e,
            2
            /* K.As */
          );
          this.walrus(s, asAt === -1 ? e : asAt);
          if (asAt !== -1)
            this.targets(asAt + 1, e, "with");
        }
      }
      /** Capture names of a `case` pattern, then walrus in its guard. */
      casePattern(i, j) {
        const t = this.t;
        const guard = this.findKeywordAtDepth0(
          i,
          j,
          18
          /* K.If */
        );
        const end = guard === -1 ? j : guard;
        for (let p = i; p < end; p++) {
          const k = t.kind[p];
          if (k === 2 && t.extra[p] === 2 && t.kind[p + 1] === 1) {
            this.bind(p + 1, "match");
            p++;
            continue;
          }
          if (k !== 1)
            continue;
          const prev = p > i ? p - 1 : -1;
          const next = p + 1;
          if (t.isName(p, "_") || t.isName(p, "None") || t.isName(p, "True") || t.isName(p, "False"))
            continue;
          if (prev !== -1 && t.isOp(prev, 46))
            continue;
          if (t.isOp(next, 46) || t.isOp(next, 40))
            continue;
          if (t.isOp(next, 61))
            continue;
          const bracketDepthKey = prev !== -1 && t.isOp(prev, 42) ? "star" : "plain";
          if (bracketDepthKey === "star" || !this.isMappingKey(p, end))
            this.bind(p, "match");
        }
        if (guard !== -1)
          this.walrus(guard + 1, j);
      }
      /** In `{k: v}`, a bare name key would be a syntax error, so any name followed by `:` is not a capture. */
      isMappingKey(p, end) {
        return p + 1 < end && this.t.isOp(p + 1, 58);
      }
      /** `name := …` anywhere in [i, j) outside lambda bodies binds at module level. */
      walrus(i, j) {
        const t = this.t;
        let depth = 0;
        const lambdaDepths = [];
        let pendingLambda = -1;
        for (let p = i; p < j; p++) {
          const k = t.kind[p];
          if (k === 2) {
            const kw = t.extra[p];
            if (kw === 22)
              pendingLambda = depth;
            else if (kw === 15 && lambdaDepths.length && lambdaDepths[lambdaDepths.length - 1] === depth)
              lambdaDepths.pop();
            continue;
          }
          if (k !== 5)
            continue;
          const c = t.extra[p];
          if (c === 40 || c === 91 || c === 123)
            depth++;
          else if (c === 41 || c === 93 || c === 125) {
            depth--;
            while (lambdaDepths.length && lambdaDepths[lambdaDepths.length - 1] > depth)
              lambdaDepths.pop();
          } else if (c === 58 && pendingLambda === depth) {
            lambdaDepths.push(depth);
            pendingLambda = -1;
          } else if (c === 44 && lambdaDepths.length && lambdaDepths[lambdaDepths.length - 1] === depth) {
            lambdaDepths.pop();
          } else if (c === 205 && lambdaDepths.length === 0 && p > i && t.kind[p - 1] === 1) {
            this.bind(p - 1, "walrus");
          }
        }
      }
      findDynamicGlobals(i, j) {
        const t = this.t;
        if (this.dynamicGlobals)
          return;
        for (let p = i; p < j; p++) {
          if (t.kind[p] !== 1)
            continue;
          if ((t.isName(p, "globals") || t.isName(p, "vars")) && t.isOp(p + 1, 40) || t.isName(p, "_convert_") || t.isName(p, "setattr") || t.isName(p, "global_enum")) {
            this.dynamicGlobals = true;
            return;
          }
        }
      }
      /** `__name__ == "__main__"` (either way round) anywhere in [i, j). */
      findMainGuard(i, j) {
        const t = this.t;
        if (this.mainGuard)
          return;
        for (let p = i; p + 2 < j; p++) {
          if (!t.isOp(
            p + 1,
            200
            /* Op.EqEq */
          ))
            continue;
          const a = p;
          const b = p + 2;
          const isMain = (k) => t.kind[k] === 4 && (0, strings_1.decodeStringLiteral)(t.textOf(k)) === "__main__";
          if (t.isName(a, "__name__") && isMain(b) || isMain(a) && t.isName(b, "__name__")) {
            this.mainGuard = true;
            return;
          }
        }
      }
      bind(tokenIndex, kind) {
        const pos = this.lines.position(this.t.start[tokenIndex]);
        this.bindings.push({ name: this.t.nameOf(tokenIndex), kind, line: pos.line, column: pos.column });
      }
      /** `import a.b.c, d as e` */
      importStatement(i, j) {
        const t = this.t;
        const names = [];
        for (const [s, e] of this.splitAtDepth0(i + 1, j, 44)) {
          const parsed = this.aliasAt(s, e, true);
          if (!parsed) {
            this.error("invalid syntax", t.start[s] ?? t.start[i]);
            return;
          }
          names.push(parsed.name);
          if (this.scope === "module") {
            const bindAt = parsed.asIndex !== -1 ? parsed.asIndex : s;
            this.bind(bindAt, "import");
          }
        }
        this.addImport({ kind: "import", level: 0, module: null, names }, i, j);
      }
      /** `from ..a.b import (c as d, e)` */
      fromStatement(i, j) {
        const t = this.t;
        let p = i + 1;
        let level = 0;
        for (; p < j; p++) {
          if (t.isOp(p, 46))
            level++;
          else if (t.isOp(
            p,
            211
            /* Op.Ellipsis */
          ))
            level += 3;
          else
            break;
        }
        const importAt = this.findKeywordAtDepth0(
          p,
          j,
          19
          /* K.Import */
        );
        if (importAt === -1 || importAt === p && level === 0) {
          this.error("invalid syntax", t.start[i]);
          return;
        }
        let module3 = null;
        if (importAt > p) {
          if (!this.isDottedName(p, importAt)) {
            this.error("invalid syntax", t.start[p]);
            return;
          }
          module3 = this.sourceOf(p, importAt);
        }
        let a = importAt + 1;
        let b = j;
        const names = [];
        if (t.isOp(a, 42) && b === a + 1) {
          const start = this.lines.position(t.start[a]);
          const end = this.lines.position(t.end[a]);
          names.push({ name: "*", asname: null, start, end });
        } else {
          const parenthesized = t.isOp(a, 40);
          if (parenthesized) {
            if (!t.isOp(b - 1, 41)) {
              this.error("invalid syntax", t.start[a]);
              return;
            }
            a++;
            b--;
          }
          const parts = this.splitAtDepth0(a, b, 44);
          for (let n = 0; n < parts.length; n++) {
            const [s, e] = parts[n];
            if (s === e && parenthesized && n === parts.length - 1 && n > 0)
              continue;
            const parsed = this.aliasAt(s, e, false);
            if (!parsed) {
              this.error("invalid syntax", t.start[s] ?? t.start[i]);
              return;
            }
            names.push(parsed.name);
            if (this.scope === "module")
              this.bind(parsed.asIndex !== -1 ? parsed.asIndex : s, "import");
          }
          if (names.length === 0) {
            this.error("invalid syntax", t.start[a]);
            return;
          }
        }
        this.addImport({ kind: "from", level, module: module3, names }, i, j);
      }
      /** `a.b as c` in [s, e); dotted only when `dotted`. */
      aliasAt(s, e, dotted) {
        const t = this.t;
        const asAt = this.findKeywordAtDepth0(
          s,
          e,
          2
          /* K.As */
        );
        const nameEnd = asAt === -1 ? e : asAt;
        if (nameEnd <= s || !this.isDottedName(s, nameEnd) || !dotted && nameEnd !== s + 1)
          return null;
        if (asAt !== -1 && !(asAt + 2 === e && t.kind[asAt + 1] === 1))
          return null;
        const name = this.sourceOf(s, nameEnd);
        return {
          name: {
            name,
            asname: asAt === -1 ? null : t.nameOf(asAt + 1),
            start: this.lines.position(t.start[s]),
            end: this.lines.position(t.end[e - 1])
          },
          asIndex: asAt === -1 ? -1 : asAt + 1
        };
      }
      addImport(base, i, j) {
        const t = this.t;
        let typeChecking = false;
        let conditional = false;
        const tries = [];
        let sameScope = true;
        for (let b = this.blocks.length - 1; b >= 0; b--) {
          const block = this.blocks[b];
          if (block.typeChecking)
            typeChecking = true;
          if (block.conditional)
            conditional = true;
          if (sameScope && block.tryRecord)
            tries.push(block.tryRecord);
          if (block.scope)
            sameScope = false;
        }
        this.imports.push({
          fact: {
            kind: base.kind,
            level: base.level,
            module: base.module,
            names: base.names,
            start: this.lines.position(t.start[i]),
            end: this.lines.position(t.end[j - 1]),
            scope: this.scope,
            guarded: false,
            typeChecking,
            conditional
          },
          tries
        });
      }
      // ---- __all__ -------------------------------------------------------------------------------
      /** `__all__.extend(x)`, `.append(x)`, `.remove(x)` as a whole statement. */
      allMethodCall(i, j) {
        const t = this.t;
        if (!(t.isName(i, "__all__") && t.isOp(i + 1, 46) && t.isOp(i + 3, 40) && t.isOp(j - 1, 41)))
          return;
        if (this.closingParen(i + 3) !== j - 1)
          return;
        const method = t.textOf(i + 2);
        if (method !== "extend" && method !== "append" && method !== "remove")
          return;
        let a = i + 4;
        let b = j - 1;
        const args = this.splitAtDepth0(a, b, 44).filter(([s, e]) => e > s);
        if (args.length !== 1)
          return;
        [a, b] = args[0];
        if (args[0][0] === i + 4 && args[0][1] === j - 1 && this.findKeywordAtDepth0(
          a,
          b,
          15
          /* K.For */
        ) !== -1)
          [a, b] = [i + 3, j];
        this.recordAll(method, false, a, b, i);
      }
      recordAll(op, annotated, a, b, stmt) {
        if (this.scope !== "module" || b <= a)
          return;
        const t = this.t;
        const last = this.dunderAll[this.dunderAll.length - 1];
        if (last && last.valueStartOffset === t.start[a] && last.valueEndOffset === t.end[b - 1])
          return;
        const value = this.classify(a, b);
        let inLoop = false;
        for (const block of this.blocks)
          if (block.loop)
            inLoop = true;
        this.dunderAll.push({
          op,
          annotated,
          form: value.form,
          ref: value.ref,
          elements: value.elements,
          valueStart: this.lines.position(t.start[a]),
          valueEnd: this.lines.position(t.end[b - 1]),
          valueStartOffset: t.start[a],
          valueEndOffset: t.end[b - 1],
          start: this.lines.position(t.start[stmt]),
          inLoop,
          inBlock: this.blocks.length > 0
        });
      }
      /** The form of the expression [a, b) and, for sequence literals, its elements. */
      classify(a, b, depth = 0) {
        const t = this.t;
        const none = (form, ref = null) => ({ form, ref, elements: [] });
        if (depth > scanner_1.MAX_NESTING)
          return none("other");
        if (this.findKeywordAtDepth0(
          a,
          b,
          18
          /* K.If */
        ) !== -1 || this.findKeywordAtDepth0(
          a,
          b,
          22
          /* K.Lambda */
        ) !== -1)
          return none("other");
        const operands = this.splitAtDepth0(a, b, 43);
        if (operands.length > 1 && operands.every(([s, e]) => e > s)) {
          if (this.hasBinaryOperatorOtherThanPlus(a, b))
            return none("binop");
          const elements = [];
          let sum = "";
          for (const [s, e] of operands) {
            const part = this.classify(s, e, depth + 1);
            if (part.form === "binop" && part.ref !== null)
              return { form: "binop", ref: part.ref, elements: [] };
            if (part.form === "list" || part.form === "tuple" || part.form === "binop")
              elements.push(...part.elements);
            const type = literalType(part);
            if (sum === "")
              sum = type;
            else if (sum !== null && type !== null && type !== sum && SEQUENCE_TYPES.has(sum))
              return { form: "binop", ref: `${sum}+${type}`, elements: [] };
            else if (type !== sum)
              sum = null;
          }
          return { form: "binop", ref: null, elements, type: sum };
        }
        if (this.hasBinaryOperatorOtherThanPlus(a, b))
          return none("binop");
        const open = t.kind[a] === 5 ? t.extra[a] : 0;
        if ((open === 40 || open === 91 || open === 123) && this.closingParen(a) === b - 1) {
          const inner = [a + 1, b - 1];
          if (this.findKeywordAtDepth0(
            inner[0],
            inner[1],
            15
            /* K.For */
          ) !== -1) {
            if (open === 123 && this.hasDictColon(inner[0], inner[1]))
              return none("dict");
            return none("comprehension", open === 91 ? "list" : open === 123 ? "set" : "generator");
          }
          if (open === 123) {
            if (inner[0] === inner[1] || this.hasDictColon(inner[0], inner[1]))
              return none("dict");
            return { form: "set", ref: null, elements: this.elements(inner[0], inner[1], "set") };
          }
          if (open === 91)
            return { form: "list", ref: null, elements: this.elements(inner[0], inner[1], "list") };
          if (inner[0] === inner[1] || this.hasCommaAtDepth0(inner[0], inner[1]) || t.isOp(inner[0], 42)) {
            return { form: "tuple", ref: null, elements: this.elements(inner[0], inner[1], "tuple") };
          }
          return this.classify(inner[0], inner[1], depth + 1);
        }
        if (this.hasCommaAtDepth0(a, b))
          return { form: "tuple", ref: null, elements: this.elements(a, b, "bare") };
        let allStrings = true;
        for (let p = a; p < b; p++)
          if (t.kind[p] !== 4)
            allStrings = false;
        if (allStrings) {
          const element = this.element(a, b);
          return { form: element.kind === "string" ? "string" : "other", ref: null, elements: [element] };
        }
        if (b === a + 1 && (t.kind[a] === 3 || t.isName(a, "None") || t.isName(a, "True") || t.isName(a, "False"))) {
          return { form: "other", ref: null, elements: [this.element(a, b)] };
        }
        if (this.isDottedName(a, b))
          return none(b === a + 1 ? "name" : "attribute", this.sourceOf(a, b));
        if (t.isOp(b - 1, 41)) {
          let p = a;
          while (p < b && !t.isOp(p, 40))
            p++;
          if (p > a && this.isDottedName(a, p) && this.closingParen(p) === b - 1) {
            const callee = this.sourceOf(a, p);
            return SEQUENCE_CALLS.has(callee) ? this.sequenceCall(callee, p + 1, b - 1, depth) : none("call", callee);
          }
        }
        return none("other");
      }
      /**
       * `list(x)` / `tuple(x)` of one literal [a, b) holds x's elements (`list("ab")` its characters):
       * read as the list or tuple (or string) it makes, the callee kept in `ref`.
       */
      sequenceCall(callee, a, b, depth) {
        const made = callee.endsWith("tuple") ? "tuple" : "list";
        const args = this.splitAtDepth0(a, b, 44).filter(([s, e]) => e > s);
        if (args.length === 0)
          return { form: made, ref: callee, elements: [] };
        if (args.length === 1) {
          const [s, e] = args[0];
          const arg = this.classify(s, e, depth + 1);
          if (!this.t.isOp(s, 42) && this.findAtDepth0(s, e, (p) => this.t.isOp(p, 61)) === -1) {
            if (arg.form === "list" || arg.form === "tuple" || arg.form === "binop" && arg.ref === null && arg.elements.length) {
              return { form: made, ref: callee, elements: arg.elements };
            }
            if (arg.form === "string")
              return { form: "string", ref: callee, elements: arg.elements };
          }
        }
        return { form: "call", ref: callee, elements: [] };
      }
      /**
       * A dotted name as CPython reads it: without the spaces and continuations it may be written
       * with, and NFKC-normalised if a part is not ASCII.
       */
      sourceOf(a, b) {
        const t = this.t;
        const source = this.text.slice(t.start[a], t.end[b - 1]).replace(/\s+|\\/g, "");
        for (let p = a; p < b; p++)
          if (t.kind[p] === 1 && t.extra[p] === scanner_1.NAME_NON_ASCII)
            return source.normalize("NFKC");
        return source;
      }
      hasDictColon(i, j) {
        return this.splitAtDepth0(i, j, 58).length > 1 || this.hasDoubleStarItem(i, j);
      }
      hasDoubleStarItem(i, j) {
        return this.splitAtDepth0(i, j, 44).some(([s, e]) => e > s && this.t.isOp(
          s,
          207
          /* Op.Power */
        ));
      }
      hasBinaryOperatorOtherThanPlus(i, j) {
        const t = this.t;
        return this.findAtDepth0(i, j, (p) => {
          if (p === i || t.kind[p] !== 5)
            return false;
          const c = t.extra[p];
          if (!(c === 42 || c === 45 || c === 47 || c === 37 || c === 64 || c === 124 || c === 38 || c === 94 || c === 207 || c === 208 || c === 209 || c === 210))
            return false;
          return !(t.kind[p - 1] === 5 && ![41, 93, 125].includes(t.extra[p - 1]));
        }) !== -1;
      }
      /**
       * The elements between the brackets [i, j) of a sequence (`bare`: a tuple without parentheses),
       * each with the text that takes it out of the sequence alone and leaves the rest as it was.
       */
      elements(i, j, sequence) {
        const t = this.t;
        const parts = this.splitAtDepth0(i, j, 44).filter(([s, e]) => e > s);
        const out = parts.map(([s, e]) => this.element(s, e));
        const pair = (sequence === "tuple" || sequence === "bare") && out.length === 2 && !(parts[1][1] < j && t.isOp(parts[1][1], 44));
        out.forEach((element, k) => {
          const [, e] = parts[k];
          const commaAfter = e < j && t.isOp(e, 44) ? e : -1;
          const next = out[k + 1];
          const prev = out[k - 1];
          if (next) {
            element.removal = { start: element.startOffset, end: next.startOffset, commaAt: pair ? next.endOffset : null };
          } else if (prev) {
            element.removal = { start: pair ? t.end[parts[k - 1][1]] : prev.endOffset, end: element.endOffset, commaAt: null };
          } else if (sequence === "list" || sequence === "tuple") {
            element.removal = { start: element.startOffset, end: commaAfter === -1 ? element.endOffset : t.end[commaAfter], commaAt: null };
          }
          const lines = element.removal && commaAfter !== -1 ? this.ownLines(element.startOffset, t.end[commaAfter]) : null;
          if (lines)
            element.removal = { ...element.removal, ...lines };
        });
        return out;
      }
      /**
       * From the start of the line `start` is on to the start of the line after `end`, when only blanks
       * come before `start` on its line and only blanks and a comment after `end` on its line.
       */
      ownLines(start, end) {
        const text = this.text;
        let a = start;
        while (a > 0 && (text[a - 1] === " " || text[a - 1] === "	" || text[a - 1] === "\f"))
          a--;
        if (a === 0 || text[a - 1] !== "\n" && text[a - 1] !== "\r")
          return null;
        REST_OF_LINE.lastIndex = end;
        const rest = REST_OF_LINE.exec(text);
        return rest ? { start: a, end: end + rest[0].length } : null;
      }
      element(s0, e0) {
        const t = this.t;
        let s = s0;
        let e = e0;
        for (let depth = 0; depth < scanner_1.MAX_NESTING && t.isOp(s, 40) && this.closingParen(s) === e - 1 && e - s > 2 && !this.hasCommaAtDepth0(s + 1, e - 1) && this.findKeywordAtDepth0(
          s + 1,
          e - 1,
          15
          /* K.For */
        ) === -1 && !t.isOp(s + 1, 42); depth++) {
          s++;
          e--;
        }
        const base = {
          text: this.text.slice(t.start[s0], t.end[e0 - 1]),
          start: this.lines.position(t.start[s]),
          end: this.lines.position(t.end[e - 1]),
          startOffset: t.start[s0],
          endOffset: t.end[e0 - 1],
          removal: null
        };
        if (t.isOp(s, 42))
          return { kind: "starred", value: null, implicitConcat: false, ...base };
        let strings = true;
        let plain = true;
        for (let p = s; p < e; p++) {
          if (t.kind[p] !== 4)
            strings = false;
          else if (t.extra[p] & (2 | 4))
            plain = false;
        }
        if (!strings || !plain)
          return { kind: "nonstring", value: null, implicitConcat: strings && e - s > 1, ...base };
        let value = "";
        for (let p = s; p < e; p++) {
          const part = (0, strings_1.decodeStringLiteral)(t.textOf(p));
          value = value === null || part === null ? null : value + part;
        }
        return { kind: "string", value, implicitConcat: e - s > 1, ...base };
      }
      // ---- results ---------------------------------------------------------------------------------
      finish() {
        const t = this.t;
        const imports = [];
        for (const { fact, tries } of this.imports) {
          fact.guarded = tries.some((r) => r.catchesImportError);
          imports.push(fact);
        }
        const dynamicImports = [];
        if (t.dynamicImportNames.length)
          this.findDynamicImports(dynamicImports);
        const directives = [];
        for (let d = 0; d < t.directiveComments.length; d += 2) {
          const comment = this.text.slice(t.directiveComments[d], t.directiveComments[d + 1]);
          const line = this.lines.line(t.directiveComments[d]);
          const m = /#\s*dunderlint:\s*(disable-file|disable)\s*=\s*([A-Za-z0-9_@/,\s-]+)/.exec(comment);
          if (m) {
            directives.push({ kind: m[1], rules: m[2].split(",").map((r) => r.trim()).filter(Boolean), line });
          }
          const foreign = foreignSuppression(comment);
          if (foreign.length)
            directives.push({ kind: "disable", rules: foreign, line });
        }
        let syntaxError = null;
        if (this.syntaxErrorOffset !== -1) {
          syntaxError = { message: this.syntaxErrorMessage, ...this.lines.position(Math.min(this.syntaxErrorOffset, this.text.length)) };
        }
        return {
          imports,
          dynamicImports,
          bindings: this.bindings,
          dunderAll: this.dunderAll,
          getattrLine: this.getattrLine,
          mainGuard: this.mainGuard,
          dynamicGlobals: this.dynamicGlobals,
          functionGlobals: [...this.functionGlobals],
          directives,
          shebang: this.text.startsWith("#!"),
          scriptBlock: this.text.includes("# ///") ? findScriptBlock(this.text) : null,
          syntaxError
        };
      }
      /** `importlib.import_module("x")`, `import_module("x")`, `__import__("x")` with literal arguments. */
      findDynamicImports(out) {
        const t = this.t;
        const wanted = new Set(t.dynamicImportNames);
        for (let i = 0; i < t.count; i++) {
          if (t.kind[i] !== 1 || !wanted.has(t.start[i]))
            continue;
          const name = t.textOf(i);
          let callee;
          let start = i;
          if (i > 0 && t.isOp(i - 1, 46)) {
            if (name !== "import_module" || !t.isName(i - 2, "importlib") || i > 2 && t.isOp(i - 3, 46))
              continue;
            callee = "importlib.import_module";
            start = i - 2;
          } else {
            callee = name;
          }
          if (!t.isOp(i + 1, 40) || t.kind[i + 2] !== 4)
            continue;
          let p = i + 2;
          let module3 = "";
          while (t.kind[p] === 4) {
            const part = t.extra[p] & (2 | 4) ? null : (0, strings_1.decodeStringLiteral)(t.textOf(p));
            module3 = module3 === null || part === null ? null : module3 + part;
            p++;
          }
          if (module3 === null || !(t.isOp(p, 44) || t.isOp(p, 41)))
            continue;
          let pkg = null;
          if (t.isOp(p, 44) && t.kind[p + 1] === 4 && (t.isOp(p + 2, 41) || t.isOp(p + 2, 44))) {
            pkg = t.extra[p + 1] & (2 | 4) ? null : (0, strings_1.decodeStringLiteral)(t.textOf(p + 1));
          }
          out.push({ callee, module: module3, package: pkg, start: this.lines.position(t.start[start]) });
        }
      }
    };
    function findScriptBlock(text) {
      const re = /^# \/\/\/ ([a-zA-Z0-9-]+)$\s((?:^#(?:| .*)$\s)+)^# \/\/\/$/gm;
      for (const m of text.matchAll(re)) {
        if (m[1] !== "script")
          continue;
        const before = text.slice(0, m.index);
        const start = before.split("\n").length;
        return { start, end: start + m[0].split("\n").length - 1 };
      }
      return null;
    }
  }
});

// dist/rules/all-not-sequence.js
var require_all_not_sequence = __commonJS({
  "dist/rules/all-not-sequence.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var rule_12 = require_rule();
    var facts_1 = require_facts();
    var NOT_INDEXABLE = /* @__PURE__ */ new Set(["NoneType", "bool", "int", "float", "complex"]);
    exports2.default = (0, rule_12.defineRule)({
      id: "all-not-sequence",
      meta: {
        description: "`__all__` must be a list or tuple of names, not a string, set or dict",
        defaultSeverity: "error",
        fixable: "safe",
        messages: {
          string: "`__all__` {{verb}} a string, not a sequence of names: `from \u2026 import *` takes it character by character and fails with AttributeError; write `{{suggestion}}`",
          set: "`__all__` is a set: `from \u2026 import *` fails with TypeError (it indexes `__all__` like a sequence), and type checkers reject it; use a list or tuple",
          setAdded: "`__all__` is extended with a set: the order of the exported names becomes arbitrary and type checkers cannot follow it; use a list",
          dict: '`__all__` is a dict: `from \u2026 import *` fails with TypeError ("dict is not a sequence"); use a list or tuple of names',
          characters: "`__all__` is `{{text}}`, a {{made}} of the string's characters, not of names: `from \u2026 import *` looks each one up and fails with AttributeError (\"has no attribute '{{first}}'\"); write `{{suggestion}}`",
          notIndexable: "`__all__` is {{what}}, not a sequence of names: `from \u2026 import *` fails with TypeError (\"'{{type}}' object does not support indexing\"); use a list or tuple of names",
          concat: '`__all__` {{verb}} a `+` that fails when the module is imported: TypeError ("can only concatenate {{left}} (not "{{right}}") to {{left}}"); add lists to lists',
          constant: "`__all__` is bound to `{{text}}`, which is not a sequence of names: `from \u2026 import *` fails with TypeError"
        }
      },
      create(context) {
        return {
          module(module3) {
            for (const op of module3.facts.dunderAll) {
              const at = { path: module3.file.path, start: op.valueStart, end: op.valueEnd };
              const adds = op.op === "+=" || op.op === "extend";
              if (op.form === "string" && op.ref !== null) {
                const text = op.elements[0];
                const bound = new Set(module3.facts.bindings.map((b) => b.name));
                const first = [...text.value ?? ""].find((c) => !bound.has(c));
                if (first === void 0 || !(op.op === "=" || adds))
                  continue;
                const made = op.ref.endsWith("tuple") ? "tuple" : "list";
                const suggestion = (x) => made === "list" || adds ? `[${x}]` : `(${x},)`;
                context.report({
                  messageId: "characters",
                  data: { text: (0, rule_12.excerpt)(`${op.ref}(${text.text})`), made, first, suggestion: suggestion((0, rule_12.excerpt)(text.text)) },
                  at,
                  fix: replace(module3.file.path, op, suggestion(text.text))
                });
              } else if (op.form === "binop" && op.ref !== null) {
                const [left, right] = op.ref.split("+");
                context.report({ messageId: "concat", data: { verb: op.op === "=" ? "is" : "is extended with", left, right }, at });
              } else if (op.op === "=" && op.form === "comprehension" && (op.ref === "generator" || op.ref === "set")) {
                context.report({ messageId: "notIndexable", data: { what: `a ${op.ref} comprehension`.replace("generator comprehension", "generator"), type: op.ref }, at });
              } else if (op.op === "=" && op.form === "other" && op.elements.length === 1 && NOT_INDEXABLE.has((0, facts_1.constantType)(op.elements[0].text) ?? "")) {
                const text = op.elements[0].text;
                context.report({ messageId: "notIndexable", data: { what: `\`${(0, rule_12.excerpt)(text)}\``, type: (0, facts_1.constantType)(text) }, at });
              } else if (op.form === "string" && (op.op === "=" || adds)) {
                const text = op.elements[0].text;
                const wrap = (x) => adds ? `[${x}]` : `(${x},)`;
                context.report({ messageId: "string", data: { verb: op.op === "=" ? "is" : "is extended with", suggestion: wrap((0, rule_12.excerpt)(text)) }, at, fix: replace(module3.file.path, op, wrap(text)) });
              } else if (adds && op.form === "set") {
                context.report({ messageId: "setAdded", at });
              } else if (op.op === "=" && op.form === "set") {
                const inner = op.elements.map((e) => e.text).join(", ");
                context.report({ messageId: "set", at, fix: replace(module3.file.path, op, `(${inner}${op.elements.length === 1 ? "," : ""})`) });
              } else if (op.op === "=" && op.form === "dict") {
                context.report({ messageId: "dict", at });
              } else if ((op.op === "=" || adds) && op.form === "other" && op.elements.length === 1) {
                context.report({ messageId: "constant", data: { text: (0, rule_12.excerpt)(op.elements[0].text) }, at });
              }
            }
          }
        };
      }
    });
    function replace(path, op, text) {
      return {
        description: `Replace with ${(0, rule_12.excerpt)(text)}`,
        applicability: "safe",
        operations: [{ kind: "edit", path, edits: [{ start: op.valueStartOffset, end: op.valueEndOffset, text }] }]
      };
    }
  }
});

// dist/src/host/read.js
var require_read = __commonJS({
  "dist/src/host/read.js"(exports2) {
    "use strict";
    var __createBinding = exports2 && exports2.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports2 && exports2.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports2 && exports2.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.ReadError = exports2.MAX_INPUT_BYTES = void 0;
    exports2.readRegularFile = readRegularFile;
    exports2.readRegularText = readRegularText;
    exports2.readTextOrNull = readTextOrNull;
    var fs = __importStar(require("node:fs"));
    exports2.MAX_INPUT_BYTES = 10 * 1024 * 1024;
    var ReadError = class extends Error {
      reason;
      constructor(reason, message = reason) {
        super(message);
        this.reason = reason;
      }
    };
    exports2.ReadError = ReadError;
    function systemError(e) {
      const err = e;
      return new ReadError(err.code ?? "EIO", err.message);
    }
    function readRegularFile(file, maxBytes = exports2.MAX_INPUT_BYTES) {
      let fd;
      try {
        fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK | fs.constants.O_NOCTTY);
      } catch (e) {
        throw systemError(e);
      }
      try {
        const st = fs.fstatSync(fd);
        if (!st.isFile())
          throw new ReadError(st.isDirectory() ? "is a directory" : "not a regular file");
        if (st.size > maxBytes)
          throw new ReadError(`larger than ${formatSize(maxBytes)}`);
        let buf = Buffer.allocUnsafeSlow(Math.min(st.size, maxBytes) + 1);
        let length = 0;
        for (; ; ) {
          if (length === buf.length) {
            if (length > maxBytes)
              throw new ReadError(`larger than ${formatSize(maxBytes)}`);
            const bigger = Buffer.allocUnsafeSlow(Math.min(buf.length * 2, maxBytes + 1));
            buf.copy(bigger, 0, 0, length);
            buf = bigger;
          }
          const n = fs.readSync(fd, buf, length, buf.length - length, null);
          if (n === 0)
            break;
          length += n;
        }
        return buf.subarray(0, length);
      } catch (e) {
        throw e instanceof ReadError ? e : systemError(e);
      } finally {
        fs.closeSync(fd);
      }
    }
    function readRegularText(file, maxBytes = exports2.MAX_INPUT_BYTES) {
      return readRegularFile(file, maxBytes).toString("utf8");
    }
    function formatSize(bytes) {
      return bytes % (1024 * 1024) === 0 ? `${bytes / (1024 * 1024)} MB` : `${bytes} bytes`;
    }
    function readTextOrNull(file) {
      try {
        return readRegularText(file);
      } catch {
        return null;
      }
    }
  }
});

// node_modules/smol-toml/dist/index.cjs
var require_dist = __commonJS({
  "node_modules/smol-toml/dist/index.cjs"(exports2, module2) {
    "use strict";
    var __defProp = Object.defineProperty;
    var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp.call(to, key) && key !== except)
            __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
    var index_exports = {};
    __export(index_exports, {
      TomlDate: () => TomlDate,
      TomlError: () => TomlError,
      default: () => index_default,
      parse: () => parse,
      stringify: () => stringify
    });
    module2.exports = __toCommonJS(index_exports);
    function getLineColFromPtr(string, ptr) {
      let lines = string.slice(0, ptr).split(/\r\n|\n|\r/g);
      return [lines.length, lines.pop().length + 1];
    }
    function makeCodeBlock(string, line, column) {
      let lines = string.split(/\r\n|\n|\r/g);
      let codeblock = "";
      let numberLen = (Math.log10(line + 1) | 0) + 1;
      for (let i = line - 1; i <= line + 1; i++) {
        let l = lines[i - 1];
        if (!l)
          continue;
        codeblock += i.toString().padEnd(numberLen, " ");
        codeblock += ":  ";
        codeblock += l;
        codeblock += "\n";
        if (i === line) {
          codeblock += " ".repeat(numberLen + column + 2);
          codeblock += "^\n";
        }
      }
      return codeblock;
    }
    var TomlError = class extends Error {
      line;
      column;
      codeblock;
      constructor(message, options) {
        const [line, column] = getLineColFromPtr(options.toml, options.ptr);
        const codeblock = makeCodeBlock(options.toml, line, column);
        super(`Invalid TOML document: ${message}

${codeblock}`, options);
        this.line = line;
        this.column = column;
        this.codeblock = codeblock;
      }
    };
    function isEscaped(str, ptr) {
      let i = 0;
      while (str[ptr - ++i] === "\\")
        ;
      return --i && i % 2;
    }
    function indexOfNewline(str, start = 0, end = str.length) {
      let idx = str.indexOf("\n", start);
      if (str[idx - 1] === "\r")
        idx--;
      return idx <= end ? idx : -1;
    }
    function skipComment(str, ptr) {
      for (let i = ptr; i < str.length; i++) {
        let c = str[i];
        if (c === "\n")
          return i;
        if (c === "\r" && str[i + 1] === "\n")
          return i + 1;
        if (c < " " && c !== "	" || c === "\x7F") {
          throw new TomlError("control characters are not allowed in comments", {
            toml: str,
            ptr
          });
        }
      }
      return str.length;
    }
    function skipVoid(str, ptr, banNewLines, banComments) {
      let c;
      while ((c = str[ptr]) === " " || c === "	" || !banNewLines && (c === "\n" || c === "\r" && str[ptr + 1] === "\n"))
        ptr++;
      return banComments || c !== "#" ? ptr : skipVoid(str, skipComment(str, ptr), banNewLines);
    }
    function skipUntil(str, ptr, sep, end, banNewLines = false) {
      if (!end) {
        ptr = indexOfNewline(str, ptr);
        return ptr < 0 ? str.length : ptr;
      }
      for (let i = ptr; i < str.length; i++) {
        let c = str[i];
        if (c === "#") {
          i = indexOfNewline(str, i);
        } else if (c === sep) {
          return i + 1;
        } else if (c === end || banNewLines && (c === "\n" || c === "\r" && str[i + 1] === "\n")) {
          return i;
        }
      }
      throw new TomlError("cannot find end of structure", {
        toml: str,
        ptr
      });
    }
    function getStringEnd(str, seek) {
      let first = str[seek];
      let target = first === str[seek + 1] && str[seek + 1] === str[seek + 2] ? str.slice(seek, seek + 3) : first;
      seek += target.length - 1;
      do
        seek = str.indexOf(target, ++seek);
      while (seek > -1 && first !== "'" && isEscaped(str, seek));
      if (seek > -1) {
        seek += target.length;
        if (target.length > 1) {
          if (str[seek] === first)
            seek++;
          if (str[seek] === first)
            seek++;
        }
      }
      return seek;
    }
    var DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[T ]?(?:(\d{2}):\d{2}:\d{2}(?:\.\d+)?)?(Z|[-+]\d{2}:\d{2})?$/i;
    var TomlDate = class _TomlDate extends Date {
      #hasDate = false;
      #hasTime = false;
      #offset = null;
      constructor(date) {
        let hasDate = true;
        let hasTime = true;
        let offset = "Z";
        if (typeof date === "string") {
          let match = date.match(DATE_TIME_RE);
          if (match) {
            if (!match[1]) {
              hasDate = false;
              date = `0000-01-01T${date}`;
            }
            hasTime = !!match[2];
            hasTime && date[10] === " " && (date = date.replace(" ", "T"));
            if (match[2] && +match[2] > 23) {
              date = "";
            } else {
              offset = match[3] || null;
              date = date.toUpperCase();
              if (!offset && hasTime)
                date += "Z";
            }
          } else {
            date = "";
          }
        }
        super(date);
        if (!isNaN(this.getTime())) {
          this.#hasDate = hasDate;
          this.#hasTime = hasTime;
          this.#offset = offset;
        }
      }
      isDateTime() {
        return this.#hasDate && this.#hasTime;
      }
      isLocal() {
        return !this.#hasDate || !this.#hasTime || !this.#offset;
      }
      isDate() {
        return this.#hasDate && !this.#hasTime;
      }
      isTime() {
        return this.#hasTime && !this.#hasDate;
      }
      isValid() {
        return this.#hasDate || this.#hasTime;
      }
      toISOString() {
        let iso = super.toISOString();
        if (this.isDate())
          return iso.slice(0, 10);
        if (this.isTime())
          return iso.slice(11, 23);
        if (this.#offset === null)
          return iso.slice(0, -1);
        if (this.#offset === "Z")
          return iso;
        let offset = +this.#offset.slice(1, 3) * 60 + +this.#offset.slice(4, 6);
        offset = this.#offset[0] === "-" ? offset : -offset;
        let offsetDate = new Date(this.getTime() - offset * 6e4);
        return offsetDate.toISOString().slice(0, -1) + this.#offset;
      }
      static wrapAsOffsetDateTime(jsDate, offset = "Z") {
        let date = new _TomlDate(jsDate);
        date.#offset = offset;
        return date;
      }
      static wrapAsLocalDateTime(jsDate) {
        let date = new _TomlDate(jsDate);
        date.#offset = null;
        return date;
      }
      static wrapAsLocalDate(jsDate) {
        let date = new _TomlDate(jsDate);
        date.#hasTime = false;
        date.#offset = null;
        return date;
      }
      static wrapAsLocalTime(jsDate) {
        let date = new _TomlDate(jsDate);
        date.#hasDate = false;
        date.#offset = null;
        return date;
      }
    };
    var INT_REGEX = /^((0x[0-9a-fA-F](_?[0-9a-fA-F])*)|(([+-]|0[ob])?\d(_?\d)*))$/;
    var FLOAT_REGEX = /^[+-]?\d(_?\d)*(\.\d(_?\d)*)?([eE][+-]?\d(_?\d)*)?$/;
    var LEADING_ZERO = /^[+-]?0[0-9_]/;
    var ESCAPE_REGEX = /^[0-9a-f]{4,8}$/i;
    var ESC_MAP = {
      b: "\b",
      t: "	",
      n: "\n",
      f: "\f",
      r: "\r",
      '"': '"',
      "\\": "\\"
    };
    function parseString(str, ptr = 0, endPtr = str.length) {
      let isLiteral = str[ptr] === "'";
      let isMultiline = str[ptr++] === str[ptr] && str[ptr] === str[ptr + 1];
      if (isMultiline) {
        endPtr -= 2;
        if (str[ptr += 2] === "\r")
          ptr++;
        if (str[ptr] === "\n")
          ptr++;
      }
      let tmp = 0;
      let isEscape;
      let parsed = "";
      let sliceStart = ptr;
      while (ptr < endPtr - 1) {
        let c = str[ptr++];
        if (c === "\n" || c === "\r" && str[ptr] === "\n") {
          if (!isMultiline) {
            throw new TomlError("newlines are not allowed in strings", {
              toml: str,
              ptr: ptr - 1
            });
          }
        } else if (c < " " && c !== "	" || c === "\x7F") {
          throw new TomlError("control characters are not allowed in strings", {
            toml: str,
            ptr: ptr - 1
          });
        }
        if (isEscape) {
          isEscape = false;
          if (c === "u" || c === "U") {
            let code = str.slice(ptr, ptr += c === "u" ? 4 : 8);
            if (!ESCAPE_REGEX.test(code)) {
              throw new TomlError("invalid unicode escape", {
                toml: str,
                ptr: tmp
              });
            }
            try {
              parsed += String.fromCodePoint(parseInt(code, 16));
            } catch {
              throw new TomlError("invalid unicode escape", {
                toml: str,
                ptr: tmp
              });
            }
          } else if (isMultiline && (c === "\n" || c === " " || c === "	" || c === "\r")) {
            ptr = skipVoid(str, ptr - 1, true);
            if (str[ptr] !== "\n" && str[ptr] !== "\r") {
              throw new TomlError("invalid escape: only line-ending whitespace may be escaped", {
                toml: str,
                ptr: tmp
              });
            }
            ptr = skipVoid(str, ptr);
          } else if (c in ESC_MAP) {
            parsed += ESC_MAP[c];
          } else {
            throw new TomlError("unrecognized escape sequence", {
              toml: str,
              ptr: tmp
            });
          }
          sliceStart = ptr;
        } else if (!isLiteral && c === "\\") {
          tmp = ptr - 1;
          isEscape = true;
          parsed += str.slice(sliceStart, tmp);
        }
      }
      return parsed + str.slice(sliceStart, endPtr - 1);
    }
    function parseValue(value, toml, ptr, integersAsBigInt) {
      if (value === "true")
        return true;
      if (value === "false")
        return false;
      if (value === "-inf")
        return -Infinity;
      if (value === "inf" || value === "+inf")
        return Infinity;
      if (value === "nan" || value === "+nan" || value === "-nan")
        return NaN;
      if (value === "-0")
        return integersAsBigInt ? 0n : 0;
      let isInt = INT_REGEX.test(value);
      if (isInt || FLOAT_REGEX.test(value)) {
        if (LEADING_ZERO.test(value)) {
          throw new TomlError("leading zeroes are not allowed", {
            toml,
            ptr
          });
        }
        value = value.replace(/_/g, "");
        let numeric = +value;
        if (isNaN(numeric)) {
          throw new TomlError("invalid number", {
            toml,
            ptr
          });
        }
        if (isInt) {
          if ((isInt = !Number.isSafeInteger(numeric)) && !integersAsBigInt) {
            throw new TomlError("integer value cannot be represented losslessly", {
              toml,
              ptr
            });
          }
          if (isInt || integersAsBigInt === true)
            numeric = BigInt(value);
        }
        return numeric;
      }
      const date = new TomlDate(value);
      if (!date.isValid()) {
        throw new TomlError("invalid value", {
          toml,
          ptr
        });
      }
      return date;
    }
    function sliceAndTrimEndOf(str, startPtr, endPtr, allowNewLines) {
      let value = str.slice(startPtr, endPtr);
      let commentIdx = value.indexOf("#");
      if (commentIdx > -1) {
        skipComment(str, commentIdx);
        value = value.slice(0, commentIdx);
      }
      let trimmed = value.trimEnd();
      if (!allowNewLines) {
        let newlineIdx = value.indexOf("\n", trimmed.length);
        if (newlineIdx > -1) {
          throw new TomlError("newlines are not allowed in inline tables", {
            toml: str,
            ptr: startPtr + newlineIdx
          });
        }
      }
      return [trimmed, commentIdx];
    }
    function extractValue(str, ptr, end, depth, integersAsBigInt) {
      if (depth === 0) {
        throw new TomlError("document contains excessively nested structures. aborting.", {
          toml: str,
          ptr
        });
      }
      let c = str[ptr];
      if (c === "[" || c === "{") {
        let [value, endPtr2] = c === "[" ? parseArray(str, ptr, depth, integersAsBigInt) : parseInlineTable(str, ptr, depth, integersAsBigInt);
        let newPtr = end ? skipUntil(str, endPtr2, ",", end) : endPtr2;
        if (endPtr2 - newPtr && end === "}") {
          let nextNewLine = indexOfNewline(str, endPtr2, newPtr);
          if (nextNewLine > -1) {
            throw new TomlError("newlines are not allowed in inline tables", {
              toml: str,
              ptr: nextNewLine
            });
          }
        }
        return [value, newPtr];
      }
      let endPtr;
      if (c === '"' || c === "'") {
        endPtr = getStringEnd(str, ptr);
        let parsed = parseString(str, ptr, endPtr);
        if (end) {
          endPtr = skipVoid(str, endPtr, end !== "]");
          if (str[endPtr] && str[endPtr] !== "," && str[endPtr] !== end && str[endPtr] !== "\n" && str[endPtr] !== "\r") {
            throw new TomlError("unexpected character encountered", {
              toml: str,
              ptr: endPtr
            });
          }
          endPtr += +(str[endPtr] === ",");
        }
        return [parsed, endPtr];
      }
      endPtr = skipUntil(str, ptr, ",", end);
      let slice = sliceAndTrimEndOf(str, ptr, endPtr - +(str[endPtr - 1] === ","), end === "]");
      if (!slice[0]) {
        throw new TomlError("incomplete key-value declaration: no value specified", {
          toml: str,
          ptr
        });
      }
      if (end && slice[1] > -1) {
        endPtr = skipVoid(str, ptr + slice[1]);
        endPtr += +(str[endPtr] === ",");
      }
      return [
        parseValue(slice[0], str, ptr, integersAsBigInt),
        endPtr
      ];
    }
    var KEY_PART_RE = /^[a-zA-Z0-9-_]+[ \t]*$/;
    function parseKey(str, ptr, end = "=") {
      let dot = ptr - 1;
      let parsed = [];
      let endPtr = str.indexOf(end, ptr);
      if (endPtr < 0) {
        throw new TomlError("incomplete key-value: cannot find end of key", {
          toml: str,
          ptr
        });
      }
      do {
        let c = str[ptr = ++dot];
        if (c !== " " && c !== "	") {
          if (c === '"' || c === "'") {
            if (c === str[ptr + 1] && c === str[ptr + 2]) {
              throw new TomlError("multiline strings are not allowed in keys", {
                toml: str,
                ptr
              });
            }
            let eos = getStringEnd(str, ptr);
            if (eos < 0) {
              throw new TomlError("unfinished string encountered", {
                toml: str,
                ptr
              });
            }
            dot = str.indexOf(".", eos);
            let strEnd = str.slice(eos, dot < 0 || dot > endPtr ? endPtr : dot);
            let newLine = indexOfNewline(strEnd);
            if (newLine > -1) {
              throw new TomlError("newlines are not allowed in keys", {
                toml: str,
                ptr: ptr + dot + newLine
              });
            }
            if (strEnd.trimStart()) {
              throw new TomlError("found extra tokens after the string part", {
                toml: str,
                ptr: eos
              });
            }
            if (endPtr < eos) {
              endPtr = str.indexOf(end, eos);
              if (endPtr < 0) {
                throw new TomlError("incomplete key-value: cannot find end of key", {
                  toml: str,
                  ptr
                });
              }
            }
            parsed.push(parseString(str, ptr, eos));
          } else {
            dot = str.indexOf(".", ptr);
            let part = str.slice(ptr, dot < 0 || dot > endPtr ? endPtr : dot);
            if (!KEY_PART_RE.test(part)) {
              throw new TomlError("only letter, numbers, dashes and underscores are allowed in keys", {
                toml: str,
                ptr
              });
            }
            parsed.push(part.trimEnd());
          }
        }
      } while (dot + 1 && dot < endPtr);
      return [parsed, skipVoid(str, endPtr + 1, true, true)];
    }
    function parseInlineTable(str, ptr, depth, integersAsBigInt) {
      let res = {};
      let seen = /* @__PURE__ */ new Set();
      let c;
      let comma = 0;
      ptr++;
      while ((c = str[ptr++]) !== "}" && c) {
        let err = { toml: str, ptr: ptr - 1 };
        if (c === "\n") {
          throw new TomlError("newlines are not allowed in inline tables", err);
        } else if (c === "#") {
          throw new TomlError("inline tables cannot contain comments", err);
        } else if (c === ",") {
          throw new TomlError("expected key-value, found comma", err);
        } else if (c !== " " && c !== "	") {
          let k;
          let t = res;
          let hasOwn = false;
          let [key, keyEndPtr] = parseKey(str, ptr - 1);
          for (let i = 0; i < key.length; i++) {
            if (i)
              t = hasOwn ? t[k] : t[k] = {};
            k = key[i];
            if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== "object" || seen.has(t[k]))) {
              throw new TomlError("trying to redefine an already defined value", {
                toml: str,
                ptr
              });
            }
            if (!hasOwn && k === "__proto__") {
              Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
            }
          }
          if (hasOwn) {
            throw new TomlError("trying to redefine an already defined value", {
              toml: str,
              ptr
            });
          }
          let [value, valueEndPtr] = extractValue(str, keyEndPtr, "}", depth - 1, integersAsBigInt);
          seen.add(value);
          t[k] = value;
          ptr = valueEndPtr;
          comma = str[ptr - 1] === "," ? ptr - 1 : 0;
        }
      }
      if (comma) {
        throw new TomlError("trailing commas are not allowed in inline tables", {
          toml: str,
          ptr: comma
        });
      }
      if (!c) {
        throw new TomlError("unfinished table encountered", {
          toml: str,
          ptr
        });
      }
      return [res, ptr];
    }
    function parseArray(str, ptr, depth, integersAsBigInt) {
      let res = [];
      let c;
      ptr++;
      while ((c = str[ptr++]) !== "]" && c) {
        if (c === ",") {
          throw new TomlError("expected value, found comma", {
            toml: str,
            ptr: ptr - 1
          });
        } else if (c === "#")
          ptr = skipComment(str, ptr);
        else if (c !== " " && c !== "	" && c !== "\n" && c !== "\r") {
          let e = extractValue(str, ptr - 1, "]", depth - 1, integersAsBigInt);
          res.push(e[0]);
          ptr = e[1];
        }
      }
      if (!c) {
        throw new TomlError("unfinished array encountered", {
          toml: str,
          ptr
        });
      }
      return [res, ptr];
    }
    function peekTable(key, table, meta, type) {
      let t = table;
      let m = meta;
      let k;
      let hasOwn = false;
      let state;
      for (let i = 0; i < key.length; i++) {
        if (i) {
          t = hasOwn ? t[k] : t[k] = {};
          m = (state = m[k]).c;
          if (type === 0 && (state.t === 1 || state.t === 2)) {
            return null;
          }
          if (state.t === 2) {
            let l = t.length - 1;
            t = t[l];
            m = m[l].c;
          }
        }
        k = key[i];
        if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 && m[k]?.d) {
          return null;
        }
        if (!hasOwn) {
          if (k === "__proto__") {
            Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
            Object.defineProperty(m, k, { enumerable: true, configurable: true, writable: true });
          }
          m[k] = {
            t: i < key.length - 1 && type === 2 ? 3 : type,
            d: false,
            i: 0,
            c: {}
          };
        }
      }
      state = m[k];
      if (state.t !== type && !(type === 1 && state.t === 3)) {
        return null;
      }
      if (type === 2) {
        if (!state.d) {
          state.d = true;
          t[k] = [];
        }
        t[k].push(t = {});
        state.c[state.i++] = state = { t: 1, d: false, i: 0, c: {} };
      }
      if (state.d) {
        return null;
      }
      state.d = true;
      if (type === 1) {
        t = hasOwn ? t[k] : t[k] = {};
      } else if (type === 0 && hasOwn) {
        return null;
      }
      return [k, t, state.c];
    }
    function parse(toml, { maxDepth = 1e3, integersAsBigInt } = {}) {
      let res = {};
      let meta = {};
      let tbl = res;
      let m = meta;
      for (let ptr = skipVoid(toml, 0); ptr < toml.length; ) {
        if (toml[ptr] === "[") {
          let isTableArray = toml[++ptr] === "[";
          let k = parseKey(toml, ptr += +isTableArray, "]");
          if (isTableArray) {
            if (toml[k[1] - 1] !== "]") {
              throw new TomlError("expected end of table declaration", {
                toml,
                ptr: k[1] - 1
              });
            }
            k[1]++;
          }
          let p = peekTable(
            k[0],
            res,
            meta,
            isTableArray ? 2 : 1
            /* Type.EXPLICIT */
          );
          if (!p) {
            throw new TomlError("trying to redefine an already defined table or value", {
              toml,
              ptr
            });
          }
          m = p[2];
          tbl = p[1];
          ptr = k[1];
        } else {
          let k = parseKey(toml, ptr);
          let p = peekTable(
            k[0],
            tbl,
            m,
            0
            /* Type.DOTTED */
          );
          if (!p) {
            throw new TomlError("trying to redefine an already defined table or value", {
              toml,
              ptr
            });
          }
          let v = extractValue(toml, k[1], void 0, maxDepth, integersAsBigInt);
          p[1][p[0]] = v[0];
          ptr = v[1];
        }
        ptr = skipVoid(toml, ptr, true);
        if (toml[ptr] && toml[ptr] !== "\n" && toml[ptr] !== "\r") {
          throw new TomlError("each key-value declaration must be followed by an end-of-line", {
            toml,
            ptr
          });
        }
        ptr = skipVoid(toml, ptr);
      }
      return res;
    }
    var BARE_KEY = /^[a-z0-9-_]+$/i;
    function extendedTypeOf(obj) {
      let type = typeof obj;
      if (type === "object") {
        if (Array.isArray(obj))
          return "array";
        if (obj instanceof Date)
          return "date";
      }
      return type;
    }
    function isArrayOfTables(obj) {
      for (let i = 0; i < obj.length; i++) {
        if (extendedTypeOf(obj[i]) !== "object")
          return false;
      }
      return obj.length != 0;
    }
    function formatString(s) {
      return JSON.stringify(s).replace(/\x7f/g, "\\u007f");
    }
    function stringifyValue(val, type, depth, numberAsFloat) {
      if (depth === 0) {
        throw new Error("Could not stringify the object: maximum object depth exceeded");
      }
      if (type === "number") {
        if (isNaN(val))
          return "nan";
        if (val === Infinity)
          return "inf";
        if (val === -Infinity)
          return "-inf";
        if (numberAsFloat && Number.isInteger(val))
          return val.toFixed(1);
        return val.toString();
      }
      if (type === "bigint" || type === "boolean") {
        return val.toString();
      }
      if (type === "string") {
        return formatString(val);
      }
      if (type === "date") {
        if (isNaN(val.getTime())) {
          throw new TypeError("cannot serialize invalid date");
        }
        return val.toISOString();
      }
      if (type === "object") {
        return stringifyInlineTable(val, depth, numberAsFloat);
      }
      if (type === "array") {
        return stringifyArray(val, depth, numberAsFloat);
      }
    }
    function stringifyInlineTable(obj, depth, numberAsFloat) {
      let keys = Object.keys(obj);
      if (keys.length === 0)
        return "{}";
      let res = "{ ";
      for (let i = 0; i < keys.length; i++) {
        let k = keys[i];
        if (i)
          res += ", ";
        res += BARE_KEY.test(k) ? k : formatString(k);
        res += " = ";
        res += stringifyValue(obj[k], extendedTypeOf(obj[k]), depth - 1, numberAsFloat);
      }
      return res + " }";
    }
    function stringifyArray(array, depth, numberAsFloat) {
      if (array.length === 0)
        return "[]";
      let res = "[ ";
      for (let i = 0; i < array.length; i++) {
        if (i)
          res += ", ";
        if (array[i] === null || array[i] === void 0) {
          throw new TypeError("arrays cannot contain null or undefined values");
        }
        res += stringifyValue(array[i], extendedTypeOf(array[i]), depth - 1, numberAsFloat);
      }
      return res + " ]";
    }
    function stringifyArrayTable(array, key, depth, numberAsFloat) {
      if (depth === 0) {
        throw new Error("Could not stringify the object: maximum object depth exceeded");
      }
      let res = "";
      for (let i = 0; i < array.length; i++) {
        res += `[[${key}]]
`;
        res += stringifyTable(array[i], key, depth, numberAsFloat);
        res += "\n\n";
      }
      return res;
    }
    function stringifyTable(obj, prefix, depth, numberAsFloat) {
      if (depth === 0) {
        throw new Error("Could not stringify the object: maximum object depth exceeded");
      }
      let preamble = "";
      let tables = "";
      let keys = Object.keys(obj);
      for (let i = 0; i < keys.length; i++) {
        let k = keys[i];
        if (obj[k] !== null && obj[k] !== void 0) {
          let type = extendedTypeOf(obj[k]);
          if (type === "symbol" || type === "function") {
            throw new TypeError(`cannot serialize values of type '${type}'`);
          }
          let key = BARE_KEY.test(k) ? k : formatString(k);
          if (type === "array" && isArrayOfTables(obj[k])) {
            tables += stringifyArrayTable(obj[k], prefix ? `${prefix}.${key}` : key, depth - 1, numberAsFloat);
          } else if (type === "object") {
            let tblKey = prefix ? `${prefix}.${key}` : key;
            tables += `[${tblKey}]
`;
            tables += stringifyTable(obj[k], tblKey, depth - 1, numberAsFloat);
            tables += "\n\n";
          } else {
            preamble += key;
            preamble += " = ";
            preamble += stringifyValue(obj[k], type, depth, numberAsFloat);
            preamble += "\n";
          }
        }
      }
      return `${preamble}
${tables}`.trim();
    }
    function stringify(obj, { maxDepth = 1e3, numbersAsFloat = false } = {}) {
      if (extendedTypeOf(obj) !== "object") {
        throw new TypeError("stringify can only be called with an object");
      }
      return stringifyTable(obj, "", maxDepth, numbersAsFloat);
    }
    var index_default = { parse, stringify, TomlDate, TomlError };
  }
});

// dist/src/project/build-config.js
var require_build_config = __commonJS({
  "dist/src/project/build-config.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.readBuildConfig = readBuildConfig;
    exports2.normalizeDir = normalizeDir;
    exports2.parseSetupCfg = parseSetupCfg;
    var smol_toml_1 = require_dist();
    var BACKENDS = [
      ["setuptools", "setuptools"],
      ["hatchling", "hatchling"],
      ["flit_core", "flit"],
      ["poetry", "poetry"],
      ["pdm", "pdm"],
      ["uv_build", "uv"],
      ["maturin", "maturin"]
    ];
    var isTable = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
    var strings = (v) => Array.isArray(v) ? v.filter((x) => typeof x === "string") : typeof v === "string" ? [v] : [];
    var get = (t, ...keys) => keys.reduce((o, k) => isTable(o) ? o[k] : void 0, t);
    function readBuildConfig(files) {
      const config = { backend: "setuptools", name: null, roots: [], setuptools: null, namespaces: false, builds: false, notes: [] };
      let py = {};
      if (files.pyproject !== null) {
        try {
          py = (0, smol_toml_1.parse)(files.pyproject);
        } catch (e) {
          config.notes.push(`pyproject.toml: invalid TOML: ${e.message.split("\n")[0]}`);
        }
      }
      config.builds = get(py, "build-system") !== void 0 || get(py, "tool", "setuptools") !== void 0 || files.setupPy !== null || files.setupCfg !== null;
      const backendName = get(py, "build-system", "build-backend");
      if (typeof backendName === "string") {
        config.backend = BACKENDS.find(([prefix]) => backendName.startsWith(prefix))?.[1] ?? "other";
      }
      const projectName = get(py, "project", "name") ?? get(py, "tool", "poetry", "name");
      if (typeof projectName === "string")
        config.name = projectName;
      const cfg = files.setupCfg !== null ? parseSetupCfg(files.setupCfg) : null;
      const setupPy = files.setupPy;
      if (!config.name)
        config.name = cfg?.get("metadata")?.get("name")?.value ?? (setupPy ? literalKeyword(setupPy, "name") : null);
      switch (config.backend) {
        case "setuptools":
          readSetuptools(config, py, files, cfg, setupPy);
          break;
        case "hatchling": {
          const wheel = get(py, "tool", "hatch", "build", "targets", "wheel");
          for (const p of strings(get(wheel, "packages")))
            config.roots.push(parentOf(p));
          const sources = get(wheel, "sources") ?? get(py, "tool", "hatch", "build", "sources");
          for (const s of Array.isArray(sources) ? strings(sources) : isTable(sources) ? Object.keys(sources) : [])
            config.roots.push(s);
          break;
        }
        case "flit": {
          const module3 = get(py, "tool", "flit", "module", "name");
          if (typeof module3 === "string" && module3.includes("."))
            config.namespaces = true;
          break;
        }
        case "poetry":
          for (const p of Array.isArray(get(py, "tool", "poetry", "packages")) ? get(py, "tool", "poetry", "packages") : []) {
            const from = get(p, "from");
            if (typeof from === "string")
              config.roots.push(from);
          }
          break;
        case "pdm": {
          const dir = get(py, "tool", "pdm", "build", "package-dir");
          if (typeof dir === "string")
            config.roots.push(dir);
          break;
        }
        case "maturin": {
          const source = get(py, "tool", "maturin", "python-source");
          if (typeof source === "string")
            config.roots.push(source);
          break;
        }
        case "uv": {
          const backend = get(py, "tool", "uv", "build-backend");
          const root = get(backend, "module-root");
          config.roots.push(typeof root === "string" ? root : "src");
          const module3 = get(backend, "module-name");
          if (get(backend, "namespace") === true || typeof module3 === "string" && module3.includes("."))
            config.namespaces = true;
          break;
        }
      }
      config.roots = [...new Set(config.roots.map(normalizeDir))];
      return config;
    }
    function readSetuptools(config, py, files, cfg, setupPy) {
      const tool = get(py, "tool", "setuptools");
      const packageDir = get(tool, "package-dir");
      if (isTable(packageDir) && typeof packageDir[""] === "string")
        config.roots.push(packageDir[""]);
      const packages = get(tool, "packages");
      if (files.pyproject !== null && Array.isArray(packages)) {
        config.setuptools = { kind: "list", names: strings(packages), source: tomlSource(files.pyproject, /^\s*packages\s*=/m, "packages = [...]") };
        return;
      }
      const find = get(packages, "find");
      if (files.pyproject !== null && isTable(find)) {
        const where = strings(find["where"]);
        const namespaces = find["namespaces"] !== false;
        config.roots.push(...where);
        config.setuptools = {
          kind: "find",
          where: where.length ? where : ["."],
          include: strings(find["include"]).length ? strings(find["include"]) : ["*"],
          exclude: strings(find["exclude"]),
          namespaces,
          source: tomlSource(files.pyproject, /^\s*\[tool\.setuptools\.packages\.find\]|^\s*packages\s*=\s*\{/m, namespaces ? "[tool.setuptools.packages.find]" : "find = {namespaces = false}")
        };
        if (namespaces && find["namespaces"] === true)
          config.namespaces = true;
        return;
      }
      if (cfg) {
        const options = cfg.get("options");
        const dir = options?.get("package_dir");
        const rootDir = dir ? /(?:^|\n)\s*=\s*(\S+)/.exec(`
${dir.value}`)?.[1] : void 0;
        if (rootDir)
          config.roots.push(rootDir);
        const pk = options?.get("packages");
        if (pk) {
          const value = pk.value.trim();
          const source = { file: "setup.cfg", line: pk.line, text: `packages = ${value.split("\n")[0]}` };
          if (value === "find:" || value === "find_namespace:") {
            const findSection = cfg.get("options.packages.find");
            const list = (key) => (findSection?.get(key)?.value ?? "").split(/[\s,]+/).filter(Boolean);
            const where = list("where");
            config.roots.push(...where);
            const namespaces = value === "find_namespace:";
            if (namespaces)
              config.namespaces = true;
            config.setuptools = {
              kind: "find",
              where: where.length ? where : [rootDir ?? "."],
              include: list("include").length ? list("include") : ["*"],
              exclude: list("exclude"),
              namespaces,
              source
            };
          } else {
            config.setuptools = { kind: "list", names: value.split(/[\s,]+/).filter(Boolean), source };
          }
          return;
        }
      }
      if (setupPy) {
        const dirMatch = /package_dir\s*=\s*\{\s*(['"])\1\s*:\s*['"]([^'"]+)['"]/.exec(setupPy);
        if (dirMatch)
          config.roots.push(dirMatch[2]);
        const read = setupPyPackages(setupPy);
        if (read) {
          if (read.kind === "find") {
            if (read.namespaces)
              config.namespaces = true;
            config.roots.push(...read.where.filter((w) => w !== "."));
          }
          config.setuptools = read;
          return;
        }
      }
      config.setuptools = { kind: "auto" };
    }
    function tomlSource(text, pattern, shown) {
      const m = pattern.exec(text);
      return { file: "pyproject.toml", line: m ? lineOf(text, m.index + (m[0].length - m[0].trimStart().length)) : 1, text: shown };
    }
    function lineOf(text, offset) {
      let line = 1;
      for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1))
        line++;
      return line;
    }
    function balancedArgs(text, start) {
      let depth = 1;
      for (let i = start; i < text.length; i++) {
        if (text[i] === "(")
          depth++;
        else if (text[i] === ")" && --depth === 0)
          return text.slice(start, i);
      }
      return text.slice(start);
    }
    function setupPyPackages(text) {
      let call = null;
      let args = [];
      let kw;
      for (const m of text.matchAll(/\bsetup\s*\(/g)) {
        const found2 = splitTop(balancedArgs(text, m.index + m[0].length), ",");
        if (!call || found2.some((a) => /^(packages\s*=|\*\*)/.test(a.text)))
          [call, args] = [m, found2];
        kw = args.find((a) => /^packages\s*=/.test(a.text));
        if (kw)
          break;
      }
      if (!call)
        return null;
      if (!kw) {
        return args.some((a) => a.text.startsWith("**")) ? { kind: "dynamic", source: { file: "setup.py", line: lineOf(text, call.index), text: "setup(**...)" } } : null;
      }
      const offset = call.index + call[0].length + kw.start;
      const expression = kw.text.replace(/^packages\s*=\s*/, "");
      const source = (shown) => ({ file: "setup.py", line: lineOf(text, offset), text: shown });
      const names = [];
      let find = null;
      const evaluate = (expr, depth) => {
        for (const { text: term } of splitTop(expr, "+")) {
          const list = literalStrings(term);
          if (list) {
            names.push(...list);
            continue;
          }
          const f = /^(?:setuptools\s*\.\s*)?(find_packages|find_namespace_packages)\s*\(([\s\S]*)\)$/.exec(term);
          if (f && !find) {
            const fargs = splitTop(f[2], ",");
            const value = (key, position) => {
              const named = fargs.find((a) => new RegExp(`^${key}\\s*=`).test(a.text));
              if (named)
                return named.text.replace(/^\w+\s*=\s*/, "");
              const positional = fargs[position];
              return positional && !/^\w+\s*=/.test(positional.text) ? positional.text : void 0;
            };
            const where = value("where", 0);
            const exclude = value("exclude", 1);
            const include = value("include", 2);
            const whereValue = where === void 0 ? ["."] : literalStrings(`[${where}]`);
            const excludeValue = exclude === void 0 ? [] : literalStrings(exclude);
            const includeValue = include === void 0 ? ["*"] : literalStrings(include);
            if (!whereValue || whereValue.length !== 1 || !excludeValue || !includeValue)
              return false;
            find = { kind: "find", where: whereValue, include: includeValue, exclude: excludeValue, namespaces: f[1] === "find_namespace_packages", source: source(`${f[1]}()`) };
            continue;
          }
          if (/^[A-Za-z_]\w*$/.test(term) && depth < 5) {
            const bindings = [...text.matchAll(new RegExp(`^${term}\\s*(\\+?=|\\.\\s*(?:append|extend|insert)\\b)`, "gm"))];
            if (bindings.length === 1 && bindings[0][1] === "=") {
              const start = bindings[0].index + bindings[0][0].length;
              if (evaluate(statementAt(text, start), depth + 1))
                continue;
            }
          }
          return false;
        }
        return true;
      };
      if (!evaluate(expression, 0))
        return { kind: "dynamic", source: source(`packages=${expression.split("\n")[0]}`) };
      const found = find;
      if (found)
        return names.length ? { ...found, also: names } : found;
      return { kind: "list", names, source: source("packages=[...]") };
    }
    function literalStrings(expr) {
      const t = expr.trim();
      if (/^(['"])[^'"\\]*\1$/.test(t))
        return [t.slice(1, -1)];
      if (!/^[[(][\s\S]*[\])]$/.test(t))
        return null;
      const items = splitTop(t.slice(1, -1), ",").map((a) => a.text);
      const out = [];
      for (const item of items) {
        const m = /^(['"])([^'"\\]*)\1$/.exec(item);
        if (!m)
          return null;
        out.push(m[2]);
      }
      return out;
    }
    function statementAt(text, start) {
      let end = start;
      let depth = 0;
      for (; end < text.length; end++) {
        const c = text[end];
        if (c === "#")
          while (end < text.length && text[end] !== "\n")
            end++;
        if (c === '"' || c === "'")
          end = skipString(text, end);
        else if ("([{".includes(c))
          depth++;
        else if (")]}".includes(c))
          depth--;
        if (depth <= 0 && (text[end] === "\n" || text[end] === ";"))
          break;
      }
      return text.slice(start, end).trim();
    }
    function skipString(text, i) {
      const q = text[i];
      const triple = text.startsWith(q.repeat(3), i);
      const close = triple ? q.repeat(3) : q;
      for (let j = i + close.length; j < text.length; j++) {
        if (text[j] === "\\")
          j++;
        else if (text.startsWith(close, j))
          return j + close.length - 1;
        else if (!triple && text[j] === "\n")
          return j - 1;
      }
      return text.length;
    }
    function splitTop(text, sep) {
      const parts = [];
      let depth = 0;
      let start = 0;
      let current = "";
      const push = (end) => {
        const lead = current.length - current.trimStart().length;
        if (current.trim())
          parts.push({ text: current.trim(), start: start + lead });
        current = "";
        start = end + 1;
      };
      for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === "#") {
          while (i < text.length && text[i] !== "\n")
            i++;
          current += " ";
          continue;
        }
        if (c === '"' || c === "'") {
          const end = skipString(text, i);
          current += text.slice(i, end + 1);
          i = end;
          continue;
        }
        if ("([{".includes(c))
          depth++;
        else if (")]}".includes(c))
          depth--;
        if (depth === 0 && c === sep)
          push(i);
        else
          current += c;
      }
      push(text.length);
      return parts;
    }
    function literalKeyword(setupPy, key) {
      return new RegExp(`\\b${key}\\s*=\\s*(['"])([^'"]+)\\1`).exec(setupPy)?.[2] ?? null;
    }
    function parentOf(p) {
      const norm = normalizeDir(p);
      const i = norm.lastIndexOf("/");
      return i === -1 ? "." : norm.slice(0, i);
    }
    function normalizeDir(p) {
      const parts = p.replace(/\\/g, "/").split("/").filter((x) => x && x !== ".");
      return parts.length ? parts.join("/") : ".";
    }
    function parseSetupCfg(text) {
      const out = /* @__PURE__ */ new Map();
      let section = null;
      let last = null;
      text.split(/\r\n|\r|\n/).forEach((raw, i) => {
        if (/^\s*[#;]/.test(raw) || raw.trim() === "")
          return;
        if (/^\s/.test(raw) && last) {
          last.value += `
${raw.trim()}`;
          return;
        }
        const header = /^\[([^\]]+)\]/.exec(raw);
        if (header) {
          section = /* @__PURE__ */ new Map();
          out.set(header[1].trim(), section);
          last = null;
          return;
        }
        const kv = /^([^=:]+)[=:](.*)$/.exec(raw);
        if (kv && section) {
          last = { value: kv[2].trim(), line: i + 1 };
          section.set(kv[1].trim().replace(/-/g, "_"), last);
        }
      });
      return out;
    }
  }
});

// dist/src/project/model.js
var require_model = __commonJS({
  "dist/src/project/model.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.buildTree = buildTree;
    exports2.joinPath = joinPath;
    exports2.hasInit = hasInit;
    exports2.dirAt = dirAt;
    exports2.fileAt = fileAt;
    function buildTree(files) {
      const root = { path: "", name: "", parent: null, files: /* @__PURE__ */ new Map(), dirs: /* @__PURE__ */ new Map() };
      const out = [];
      const byPath = /* @__PURE__ */ new Map([["", root]]);
      const dirAtPath = (p) => {
        let dir = byPath.get(p);
        if (!dir) {
          const slash = p.lastIndexOf("/");
          const parent = dirAtPath(slash === -1 ? "" : p.slice(0, slash));
          const name = p.slice(slash + 1);
          dir = { path: p, name, parent, files: /* @__PURE__ */ new Map(), dirs: /* @__PURE__ */ new Map() };
          parent.dirs.set(name, dir);
          byPath.set(p, dir);
        }
        return dir;
      };
      for (const f of files) {
        if (!f.onDisk)
          continue;
        const slash = f.path.lastIndexOf("/");
        const dir = dirAtPath(slash === -1 ? "" : f.path.slice(0, slash));
        const name = f.path.slice(slash + 1);
        const file = { path: f.path, name, dir, tracked: f.tracked, contentId: f.contentId ?? null };
        dir.files.set(name, file);
        out.push(file);
      }
      return { root, files: out };
    }
    function joinPath(dir, name) {
      return dir ? `${dir}/${name}` : name;
    }
    function hasInit(dir) {
      return dir.files.has("__init__.py") || dir.files.has("__init__.pyi");
    }
    function dirAt(base, rel) {
      let dir = base;
      for (const part of rel.split("/")) {
        if (part === "" || part === ".")
          continue;
        dir = dir.dirs.get(part);
        if (!dir)
          return null;
      }
      return dir;
    }
    function fileAt(base, rel) {
      const i = rel.lastIndexOf("/");
      const dir = i === -1 ? base : dirAt(base, rel.slice(0, i));
      return dir?.files.get(rel.slice(i + 1)) ?? null;
    }
  }
});

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports2) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;
    exports2.ALIAS = ALIAS;
    exports2.DOC = DOC;
    exports2.MAP = MAP;
    exports2.NODE_TYPE = NODE_TYPE;
    exports2.PAIR = PAIR;
    exports2.SCALAR = SCALAR;
    exports2.SEQ = SEQ;
    exports2.hasAnchor = hasAnchor;
    exports2.isAlias = isAlias;
    exports2.isCollection = isCollection;
    exports2.isDocument = isDocument;
    exports2.isMap = isMap;
    exports2.isNode = isNode;
    exports2.isPair = isPair;
    exports2.isScalar = isScalar;
    exports2.isSeq = isSeq;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      const ctrl = callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      const ctrl = await callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key, node, path);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
      return void 0;
    }
    function replaceNode(key, path, node) {
      const parent = path[path.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports2.visit = visit;
    exports2.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports2.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports2.anchorIsValid = anchorIsValid;
    exports2.anchorNames = anchorNames;
    exports2.createNodeAnchors = createNodeAnchors;
    exports2.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports2) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports2.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports2) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports2.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports2) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports2.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports2) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports2.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports2.Scalar = Scalar;
    exports2.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports2) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports2.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports2) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path, value) {
      let v = value;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          const [key, ...rest] = path;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports2.Collection = Collection;
    exports2.collectionFromPath = collectionFromPath;
    exports2.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports2) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports2.indentComment = indentComment;
    exports2.lineComment = lineComment;
    exports2.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports2) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports2.FOLD_BLOCK = FOLD_BLOCK;
    exports2.FOLD_FLOW = FOLD_FLOW;
    exports2.FOLD_QUOTED = FOLD_QUOTED;
    exports2.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports2.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports2) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports2.createStringifyContext = createStringifyContext;
    exports2.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports2.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports2) {
    "use strict";
    var node_process = require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports2.debug = debug;
    exports2.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports2.addMergeToJSMap = addMergeToJSMap;
    exports2.isMergeKey = isMergeKey;
    exports2.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports2) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports2.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports2) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports2.Pair = Pair;
    exports2.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports2.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports2) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports2.YAMLMap = YAMLMap;
    exports2.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports2.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports2) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports2.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports2.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports2) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports2.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports2.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports2.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports2) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports2.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports2.float = float;
    exports2.floatExp = floatExp;
    exports2.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports2) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports2.int = int;
    exports2.intHex = intHex;
    exports2.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports2) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports2.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports2.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports2) {
    "use strict";
    var node_buffer = require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports2.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports2.createPairs = createPairs;
    exports2.pairs = pairs;
    exports2.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports2.YAMLOMap = YAMLOMap;
    exports2.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports2.falseTag = falseTag;
    exports2.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports2.float = float;
    exports2.floatExp = floatExp;
    exports2.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports2) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports2.int = int;
    exports2.intBin = intBin;
    exports2.intHex = intHex;
    exports2.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports2.YAMLSet = YAMLSet;
    exports2.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports2) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports2.floatTime = floatTime;
    exports2.intTime = intTime;
    exports2.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports2) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports2.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports2) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports2.coreKnownTags = coreKnownTags;
    exports2.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports2.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports2.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports2) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports2.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports2) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports2.YAMLError = YAMLError;
    exports2.YAMLParseError = YAMLParseError;
    exports2.YAMLWarning = YAMLWarning;
    exports2.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports2) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports2.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports2) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports2.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports2) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports2.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports2) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports2.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports2) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports2.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports2) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports2.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports2) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep + cb;
              sep = "";
              break;
            }
            case "newline":
              if (comment)
                sep += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports2.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap = fc.start.source === "{";
      const fcName = isMap ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap && !sep && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap && !props.found && ctx.options.strict) {
              if (sep)
                for (const st of sep) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports2.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports2.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep === " ")
            sep = "\n";
          else if (!prevMoreIndented && sep === "\n")
            sep = "\n\n";
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep === "\n")
            value += "\n";
          else
            sep = "\n";
        } else {
          value += sep + content;
          sep = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports2.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep === "\n")
            res += sep;
          else
            sep = "\n";
        } else {
          res += sep + lm;
          sep = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports2.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports2.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports2) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports2.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports2) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports2.composeEmptyNode = composeEmptyNode;
    exports2.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports2) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports2.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports2) {
    "use strict";
    var node_process = require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports2.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports2) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports2.createScalarToken = createScalarToken;
    exports2.resolveAsScalar = resolveAsScalar;
    exports2.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports2) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep)
        for (const st of sep)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports2.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports2) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path) => {
      const parent = visit.itemAtPath(cst, path.slice(0, -1));
      const field = path[path.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports2.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports2) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports2.createScalarToken = cstScalar.createScalarToken;
    exports2.resolveAsScalar = cstScalar.resolveAsScalar;
    exports2.setScalarValue = cstScalar.setScalarValue;
    exports2.stringify = cstStringify.stringify;
    exports2.visit = cstVisit.visit;
    exports2.BOM = BOM;
    exports2.DOCUMENT = DOCUMENT;
    exports2.FLOW_END = FLOW_END;
    exports2.SCALAR = SCALAR;
    exports2.isCollection = isCollection;
    exports2.isScalar = isScalar;
    exports2.prettyToken = prettyToken;
    exports2.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports2) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports2.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports2) {
    "use strict";
    var LineCounter = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports2.LineCounter = LineCounter;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports2) {
    "use strict";
    var node_process = require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep;
          if (scalar.end) {
            sep = scalar.end;
            sep.push(this.sourceToken);
            delete scalar.end;
          } else
            sep = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep = it.sep;
                  sep.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep = fc.end.splice(1, fc.end.length);
            sep.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports2.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports2) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports2.parse = parse;
    exports2.parseAllDocuments = parseAllDocuments;
    exports2.parseDocument = parseDocument;
    exports2.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist2 = __commonJS({
  "node_modules/yaml/dist/index.js"(exports2) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports2.Composer = composer.Composer;
    exports2.Document = Document.Document;
    exports2.Schema = Schema.Schema;
    exports2.YAMLError = errors.YAMLError;
    exports2.YAMLParseError = errors.YAMLParseError;
    exports2.YAMLWarning = errors.YAMLWarning;
    exports2.Alias = Alias.Alias;
    exports2.isAlias = identity.isAlias;
    exports2.isCollection = identity.isCollection;
    exports2.isDocument = identity.isDocument;
    exports2.isMap = identity.isMap;
    exports2.isNode = identity.isNode;
    exports2.isPair = identity.isPair;
    exports2.isScalar = identity.isScalar;
    exports2.isSeq = identity.isSeq;
    exports2.Pair = Pair.Pair;
    exports2.Scalar = Scalar.Scalar;
    exports2.YAMLMap = YAMLMap.YAMLMap;
    exports2.YAMLSeq = YAMLSeq.YAMLSeq;
    exports2.CST = cst;
    exports2.Lexer = lexer.Lexer;
    exports2.LineCounter = lineCounter.LineCounter;
    exports2.Parser = parser.Parser;
    exports2.parse = publicApi.parse;
    exports2.parseAllDocuments = publicApi.parseAllDocuments;
    exports2.parseDocument = publicApi.parseDocument;
    exports2.stringify = publicApi.stringify;
    exports2.visit = visit.visit;
    exports2.visitAsync = visit.visitAsync;
  }
});

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports2, module2) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module2.exports = {
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports2) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports2.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports2.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports2.isRegexChar = (str) => str.length === 1 && exports2.hasRegexChars(str);
    exports2.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports2.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports2.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports2.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports2.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports2.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports2.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports2.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports2.basename = (path, { windows } = {}) => {
      const segs = path.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports2, module2) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  code = advance();
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES) {
                  isGlob = token.isGlob = true;
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_LEFT_PARENTHESES) {
                backslashes = token.backslashes = true;
                code = advance();
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n = prevIndex ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value = input.slice(n, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (idx !== 0 || value !== "") {
            parts.push(value);
          }
          prevIndex = i;
        }
        if (prevIndex && prevIndex + 1 < input.length) {
          const value = input.slice(prevIndex + 1);
          parts.push(value);
          if (opts.tokens) {
            tokens[tokens.length - 1].value = value;
            depth(tokens[tokens.length - 1]);
            state.maxDepth += tokens[tokens.length - 1].depth;
          }
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module2.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports2, module2) {
    "use strict";
    var constants = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var parse = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants.globChars(opts.windows);
      const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix = POSIX_REGEX_SOURCE[rest2];
                if (posix) {
                  prev.value = pre + posix;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && eos()) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module2.exports = parse;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports2, module2) {
    "use strict";
    var scan = require_scan();
    var parse = require_parse();
    var utils = require_utils();
    var constants = require_constants();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix = opts.windows;
      const regex = isState ? picomatch.compileRe(glob, options) : picomatch.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
        const result = { glob, state, regex, posix, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch.test = (input, regex, options, { glob, posix } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch.matchBase(input, regex, options, posix);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch.matchBase = (input, glob, options) => {
      const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
      return regex.test(utils.basename(input));
    };
    picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);
    picomatch.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch.parse(p, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch.scan = (input, options) => scan(input, options);
    picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse(input, options);
      }
      return picomatch.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch.constants = constants;
    module2.exports = picomatch;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports2, module2) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch, pico);
    module2.exports = picomatch;
  }
});

// dist/src/project/pytest-config.js
var require_pytest_config = __commonJS({
  "dist/src/project/pytest-config.js"(exports2) {
    "use strict";
    var __importDefault = exports2 && exports2.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.PYTEST_DEFAULTS = void 0;
    exports2.readPytestConfig = readPytestConfig;
    exports2.pytestMatcher = pytestMatcher;
    exports2.collectIgnores = collectIgnores;
    var picomatch_1 = __importDefault(require_picomatch2());
    var smol_toml_1 = require_dist();
    var build_config_1 = require_build_config();
    exports2.PYTEST_DEFAULTS = {
      testpaths: [],
      pythonFiles: ["test_*.py", "*_test.py"],
      norecursedirs: ["*.egg", ".*", "_darcs", "build", "CVS", "dist", "node_modules", "venv", "{arch}"]
    };
    var isTable = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
    function words(v) {
      if (Array.isArray(v))
        return v.filter((x) => typeof x === "string");
      if (typeof v === "string")
        return v.split(/\s+/).filter(Boolean);
      return null;
    }
    function readPytestConfig(files) {
      let section = null;
      let file = null;
      if (files.pytestIni !== null) {
        section = iniSection(files.pytestIni, "pytest") ?? {};
        file = "pytest.ini";
      }
      if (!section && files.pyproject !== null) {
        try {
          const doc = (0, smol_toml_1.parse)(files.pyproject);
          const tool = doc["tool"];
          const ini = isTable(tool) && isTable(tool["pytest"]) ? tool["pytest"]["ini_options"] ?? tool["pytest"] : void 0;
          if (isTable(ini)) {
            section = ini;
            file = "pyproject.toml";
          }
        } catch {
        }
      }
      if (!section && files.toxIni !== null) {
        section = iniSection(files.toxIni, "pytest");
        if (section)
          file = "tox.ini";
      }
      if (!section && files.setupCfg !== null) {
        section = iniSection(files.setupCfg, "tool:pytest");
        if (section)
          file = "setup.cfg";
      }
      const s = section ?? {};
      return {
        file,
        testpaths: (words(s["testpaths"]) ?? exports2.PYTEST_DEFAULTS.testpaths).map((p) => p.replace(/^\.\/|\/+$/g, "")).filter((p) => p && p !== "."),
        pythonFiles: words(s["python_files"]) ?? exports2.PYTEST_DEFAULTS.pythonFiles,
        norecursedirs: words(s["norecursedirs"]) ?? exports2.PYTEST_DEFAULTS.norecursedirs
      };
    }
    function iniSection(text, name) {
      const section = (0, build_config_1.parseSetupCfg)(text).get(name);
      if (!section)
        return null;
      return Object.fromEntries([...section].map(([k, v]) => [k, v.value]));
    }
    function pytestMatcher(patterns) {
      const base = patterns.filter((p) => !p.includes("/"));
      const pathPatterns = patterns.filter((p) => p.includes("/")).map((p) => p.replace(/^\.\//, "").replace(/\/+$/, ""));
      const byName = base.length ? (0, picomatch_1.default)(base, { dot: true, nobrace: true, noextglob: true }) : () => false;
      const byPath = pathPatterns.length ? (0, picomatch_1.default)(pathPatterns.map((p) => p.startsWith("/") ? p.slice(1) : `**/${p}`), { dot: true, nobrace: true }) : () => false;
      return (relPath) => {
        const name = relPath.slice(relPath.lastIndexOf("/") + 1);
        return byName(name) || byPath(relPath);
      };
    }
    function collectIgnores(conftest) {
      const out = { paths: [], globs: [] };
      const assign = /^\s*(collect_ignore(?:_glob)?)\s*(?:\+?=|\.extend\()\s*\[([^\]]*)\]/gm;
      for (const m of conftest.matchAll(assign)) {
        const list = [...m[2].matchAll(/(['"])([^'"\n]+)\1/g)].map((s) => s[2]);
        (m[1] === "collect_ignore" ? out.paths : out.globs).push(...list);
      }
      const append = /^\s*(collect_ignore(?:_glob)?)\.append\(\s*(['"])([^'"\n]+)\2\s*\)/gm;
      for (const m of conftest.matchAll(append))
        (m[1] === "collect_ignore" ? out.paths : out.globs).push(m[3]);
      return out;
    }
  }
});

// dist/src/config/globs.js
var require_globs = __commonJS({
  "dist/src/config/globs.js"(exports2) {
    "use strict";
    var __importDefault = exports2 && exports2.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.MAX_GLOB_LENGTH = void 0;
    exports2.globProblem = globProblem;
    exports2.folderMatcher = folderMatcher;
    exports2.excludeMatcher = excludeMatcher;
    exports2.perFileIgnoreMatcher = perFileIgnoreMatcher;
    var picomatch_1 = __importDefault(require_picomatch2());
    exports2.MAX_GLOB_LENGTH = 65536;
    var MAX_SOURCE = 2e4;
    var LITERAL = /^(?!\.\/)[^*?[\]{}()!+@\\|^$,]+$/;
    function globProblem(glob) {
      const body = glob.startsWith("!") ? glob.slice(1) : glob;
      if (body === "")
        return "an empty glob matches nothing";
      if (glob.length > exports2.MAX_GLOB_LENGTH)
        return `a glob of ${glob.length} characters is longer than the ${exports2.MAX_GLOB_LENGTH} allowed`;
      return null;
    }
    function compile(patterns) {
      const literals = /* @__PURE__ */ new Set();
      const regexes = [];
      let group = [];
      let size = 0;
      const flush = () => {
        if (group.length)
          regexes.push(new RegExp(group.join("|")));
        group = [];
        size = 0;
      };
      for (const p of patterns) {
        if (p === "")
          continue;
        if (LITERAL.test(p) && !p.endsWith("/") && !p.includes("//")) {
          literals.add(p);
          continue;
        }
        const source = `(?:${picomatch_1.default.makeRe(p, { dot: true }).source})`;
        if (size + source.length > MAX_SOURCE)
          flush();
        group.push(source);
        size += source.length + 1;
      }
      flush();
      if (literals.size === 0 && regexes.length === 0)
        return () => false;
      const one = (s) => {
        if (literals.has(s))
          return true;
        for (const re of regexes)
          if (re.test(s))
            return true;
        return false;
      };
      return (p) => one(p) || one(p.slice(p.lastIndexOf("/") + 1));
    }
    function folderMatcher(match) {
      const folders = /* @__PURE__ */ new Map();
      const folder = (dir) => {
        let hit = folders.get(dir);
        if (hit === void 0) {
          const up = dir.lastIndexOf("/");
          hit = up !== -1 && folder(dir.slice(0, up)) || match(dir);
          folders.set(dir, hit);
        }
        return hit;
      };
      return (p) => {
        const up = p.lastIndexOf("/");
        return up !== -1 && folder(p.slice(0, up));
      };
    }
    function excludeMatcher(patterns) {
      if (patterns.every((p) => p === ""))
        return () => false;
      const m = compile(patterns);
      const above = folderMatcher(m);
      return (p) => above(p) || m(p);
    }
    function perFileIgnoreMatcher(entries) {
      const compiled = entries.map((e) => {
        const negated = e.pattern.startsWith("!");
        return { negated, match: excludeMatcher([negated ? e.pattern.slice(1) : e.pattern]), rules: e.rules };
      });
      return (p) => {
        const out = /* @__PURE__ */ new Set();
        for (const c of compiled) {
          if (c.match(p) !== c.negated)
            for (const r of c.rules)
              out.add(r);
        }
        return out;
      };
    }
  }
});

// dist/src/config/foreign.js
var require_foreign = __commonJS({
  "dist/src/config/foreign.js"(exports2) {
    "use strict";
    var __createBinding = exports2 && exports2.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports2 && exports2.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports2 && exports2.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.pythonRegex = pythonRegex;
    exports2.readForeignSources = readForeignSources;
    exports2.conftestSources = conftestSources;
    exports2.applyForeign = applyForeign;
    var fs = __importStar(require("node:fs"));
    var path = __importStar(require("node:path"));
    var smol_toml_1 = require_dist();
    var yaml_1 = require_dist2();
    var read_1 = require_read();
    var build_config_1 = require_build_config();
    var pytest_config_1 = require_pytest_config();
    var globs_1 = require_globs();
    var isTable = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
    var posix = (p) => p.split(path.sep).join("/");
    function pythonRegex(source) {
      let rest = source;
      let flags = "";
      let verbose = false;
      for (let m = /^\(\?([aiLmsux]+)\)/.exec(rest); m; m = /^\(\?([aiLmsux]+)\)/.exec(rest)) {
        for (const f of m[1]) {
          if (f === "x")
            verbose = true;
          else if ("ims".includes(f) && !flags.includes(f))
            flags += f;
        }
        rest = rest.slice(m[0].length);
        if (verbose)
          rest = rest.replace(/^\s+/, "");
      }
      let out = "";
      let inClass = false;
      for (let i = 0; i < rest.length; i++) {
        const c = rest[i];
        if (c === "\\") {
          const next = rest[i + 1] ?? "";
          i++;
          if (!inClass && next === "A")
            out += "^";
          else if (!inClass && next === "Z")
            out += "$(?![\\s\\S])";
          else
            out += c + next;
          continue;
        }
        if (inClass) {
          if (c === "]")
            inClass = false;
          out += c;
          continue;
        }
        if (c === "[") {
          inClass = true;
          out += c;
          if (rest[i + 1] === "^")
            out += rest[++i];
          if (rest[i + 1] === "]")
            out += `\\${rest[++i]}`;
          continue;
        }
        if (verbose && /\s/.test(c))
          continue;
        if (verbose && c === "#") {
          while (i < rest.length && rest[i] !== "\n")
            i++;
          continue;
        }
        if (rest.startsWith("(?P<", i)) {
          out += "(?<";
          i += 3;
          continue;
        }
        const backref = /^\(\?P=(\w+)\)/.exec(rest.slice(i));
        if (backref) {
          out += `\\k<${backref[1]}>`;
          i += backref[0].length - 1;
          continue;
        }
        out += c;
      }
      return new RegExp(out, flags);
    }
    function readText(file) {
      try {
        if (!fs.statSync(file).isFile())
          return null;
        return (0, read_1.readRegularText)(file);
      } catch {
        return null;
      }
    }
    function regexMatcher(regexes, withFolders) {
      const test = (p) => regexes.some((re) => re.test(p));
      const above = (0, globs_1.folderMatcher)((dir) => test(`${dir}/`));
      return (p) => withFolders && above(p) || test(p);
    }
    function readForeignSources(root, configDir, gitToplevel, notes) {
      const sources = [];
      const dirs = [.../* @__PURE__ */ new Set([path.resolve(root), path.resolve(configDir)])];
      const shown = (file) => posix(path.relative(root, file)) || path.basename(file);
      const from = (base) => {
        const prefix = posix(path.relative(base, root));
        return prefix ? (p) => `${prefix}/${p}` : (p) => p;
      };
      const addGlobs = (source, globs, base) => {
        const list = Array.isArray(globs) ? globs.filter((g) => typeof g === "string" && g !== "") : [];
        if (!list.length)
          return;
        const match = (0, globs_1.excludeMatcher)(list);
        const rel = from(base);
        sources.push({ source, exclusions: list.map((pattern) => ({ pattern, kind: "glob", source })), excludes: (p) => match(rel(p)) });
      };
      const addRegexes = (source, patterns, base, withFolders) => {
        const regexes = [];
        const kept = [];
        for (const pattern of patterns) {
          if (pattern.trim() === "")
            continue;
          try {
            regexes.push(pythonRegex(pattern));
            kept.push(pattern);
          } catch (e) {
            notes.push(`${source}: cannot use the regular expression ${JSON.stringify(pattern)} (${e.message}); skipped`);
          }
        }
        if (!regexes.length)
          return;
        const match = regexMatcher(regexes, withFolders);
        const rel = from(base);
        sources.push({ source, exclusions: kept.map((pattern) => ({ pattern, kind: "regex", source })), excludes: (p) => match(rel(p)) });
      };
      const toml = (file) => {
        const text = readText(file);
        if (text === null)
          return null;
        try {
          return (0, smol_toml_1.parse)(text);
        } catch {
          notes.push(`${shown(file)}: not valid TOML; its exclusions are skipped`);
          return null;
        }
      };
      for (const dir of dirs) {
        const pyprojectFile = path.join(dir, "pyproject.toml");
        const pyproject = toml(pyprojectFile);
        const tool = pyproject && isTable(pyproject["tool"]) ? pyproject["tool"] : {};
        const ruffFile = [".ruff.toml", "ruff.toml"].map((n) => path.join(dir, n)).find((f) => readText(f) !== null);
        const ruff = ruffFile ? toml(ruffFile) : isTable(tool["ruff"]) ? tool["ruff"] : null;
        if (ruff) {
          const where = ruffFile ? shown(ruffFile) : `${shown(pyprojectFile)} [tool.ruff]`;
          addGlobs(`${where} exclude`, ruff["exclude"], dir);
          addGlobs(`${where} extend-exclude`, ruff["extend-exclude"], dir);
        }
        const ini = (name) => readText(path.join(dir, name));
        const pytest = (0, pytest_config_1.readPytestConfig)({ pyproject: pyproject ? readText(pyprojectFile) : null, pytestIni: ini("pytest.ini"), toxIni: ini("tox.ini"), setupCfg: ini("setup.cfg") });
        const chosen = pytest.norecursedirs.filter((p) => !pytest_config_1.PYTEST_DEFAULTS.norecursedirs.includes(p));
        if (pytest.file && chosen.length) {
          const source = `${shown(path.join(dir, pytest.file))} norecursedirs`;
          const match = (0, globs_1.folderMatcher)((0, pytest_config_1.pytestMatcher)(chosen));
          const rel = from(dir);
          sources.push({ source, exclusions: chosen.map((pattern) => ({ pattern, kind: "glob", source })), excludes: (p) => match(rel(p)) });
        }
        let mypy = null;
        for (const name of ["mypy.ini", ".mypy.ini"]) {
          const text = ini(name);
          if (text === null)
            continue;
          const value = (0, build_config_1.parseSetupCfg)(text).get("mypy")?.get("exclude")?.value;
          mypy = { source: `${shown(path.join(dir, name))} [mypy] exclude`, patterns: value ? [value] : [] };
          break;
        }
        if (!mypy && isTable(tool["mypy"])) {
          const value = tool["mypy"]["exclude"];
          const patterns = typeof value === "string" ? [value] : Array.isArray(value) ? value.filter((v) => typeof v === "string") : [];
          mypy = { source: `${shown(pyprojectFile)} [tool.mypy] exclude`, patterns };
        }
        if (!mypy) {
          const text = ini("setup.cfg");
          const section = text === null ? void 0 : (0, build_config_1.parseSetupCfg)(text).get("mypy");
          if (section)
            mypy = { source: `${shown(path.join(dir, "setup.cfg"))} [mypy] exclude`, patterns: section.get("exclude")?.value ? [section.get("exclude").value] : [] };
        }
        if (mypy && mypy.patterns.length)
          addRegexes(mypy.source, mypy.patterns, dir, true);
      }
      for (const dir of new Set(gitToplevel ? [...dirs, path.resolve(gitToplevel)] : dirs)) {
        const preCommitFile = path.join(dir, ".pre-commit-config.yaml");
        const preCommit = readText(preCommitFile);
        if (preCommit !== null) {
          let doc;
          try {
            doc = (0, yaml_1.parse)(preCommit, { logLevel: "error" });
          } catch (e) {
            notes.push(`${shown(preCommitFile)}: not valid YAML (${e.message.split("\n")[0]}); its exclude is skipped`);
          }
          const exclude = isTable(doc) ? doc["exclude"] : void 0;
          if (typeof exclude === "string")
            addRegexes(`${shown(preCommitFile)} exclude`, [exclude], gitToplevel ?? dir, false);
        }
      }
      return sources;
    }
    function conftestSources(projectPaths, readFile) {
      const sources = [];
      for (const file of projectPaths) {
        if (file !== "conftest.py" && !file.endsWith("/conftest.py"))
          continue;
        const text = readFile(file);
        if (!text || !text.includes("collect_ignore"))
          continue;
        const dir = file.slice(0, file.lastIndexOf("/") + 1);
        const targets = (0, pytest_config_1.collectIgnores)(text).paths.map((p) => path.posix.normalize(`${dir}${p.replace(/^\.\//, "")}`).replace(/\/+$/, "")).filter((p) => p && !p.startsWith(".."));
        if (!targets.length)
          continue;
        const source = `${file} collect_ignore`;
        const set = new Set(targets);
        const excludes = (p) => {
          if (set.has(p))
            return true;
          for (let i = p.indexOf("/"); i !== -1; i = p.indexOf("/", i + 1))
            if (set.has(p.slice(0, i)))
              return true;
          return false;
        };
        sources.push({ source, exclusions: targets.map((pattern) => ({ pattern, kind: "glob", source })), excludes });
      }
      return sources;
    }
    function applyForeign(files, sources) {
      const counts = /* @__PURE__ */ new Map();
      if (!sources.length)
        return { kept: files, counts };
      const kept = files.filter((f) => {
        const hit = sources.find((s) => s.excludes(f.path));
        if (hit)
          counts.set(hit.source, (counts.get(hit.source) ?? 0) + 1);
        return !hit;
      });
      return { kept, counts };
    }
  }
});

// dist/src/host/names.js
var require_names = __commonJS({
  "dist/src/host/names.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.showBytes = showBytes;
    var strictUtf8 = new TextDecoder("utf-8", { fatal: true });
    function showBytes(name) {
      let out = "";
      for (let i = 0; i < name.length; ) {
        const b = name[i];
        const size = b < 128 ? 1 : b >= 194 && b <= 223 ? 2 : b >= 224 && b <= 239 ? 3 : b >= 240 && b <= 244 ? 4 : 0;
        if (size === 1) {
          out += String.fromCharCode(b);
          i++;
          continue;
        }
        if (size > 1 && i + size <= name.length) {
          try {
            out += strictUtf8.decode(name.subarray(i, i + size));
            i += size;
            continue;
          } catch {
          }
        }
        out += `\\x${b.toString(16).padStart(2, "0")}`;
        i++;
      }
      return out;
    }
  }
});

// dist/src/host/symlinks.js
var require_symlinks = __commonJS({
  "dist/src/host/symlinks.js"(exports2) {
    "use strict";
    var __createBinding = exports2 && exports2.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports2 && exports2.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports2 && exports2.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.SymlinkEscapes = void 0;
    exports2.isInside = isInside;
    var fs = __importStar(require("node:fs"));
    var path = __importStar(require("node:path"));
    function isInside(root, p) {
      const rel = path.relative(root, p);
      return rel === "" || rel !== ".." && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel);
    }
    var SymlinkEscapes = class {
      root;
      skipped = [];
      realRoot = null;
      constructor(root) {
        this.root = root;
      }
      /**
       * Whether `rel` is a symlink whose target is outside the root (then noted in `skipped`, unless
       * `quiet`). A path not known to be a link is `lstat`ed first (`unknown`). A dangling link is not
       * an escape: it is reported, or not, as any file that cannot be read.
       */
      check(rel, { unknown = false, quiet = false } = {}) {
        const abs = path.join(this.root, rel);
        try {
          if (unknown && !fs.lstatSync(abs).isSymbolicLink())
            return false;
          const target = fs.realpathSync(abs);
          this.realRoot ??= fs.realpathSync(this.root);
          if (isInside(this.realRoot, target))
            return false;
          if (!quiet)
            this.note(rel, target, fs.statSync(target).isDirectory());
          return true;
        } catch {
          return false;
        }
      }
      note(rel, target, isDir) {
        this.skipped.push(`skipped ${rel}: a symlink to a ${isDir ? "folder" : "file"} outside the project (${target})`);
      }
    };
    exports2.SymlinkEscapes = SymlinkEscapes;
  }
});

// dist/src/host/git.js
var require_git = __commonJS({
  "dist/src/host/git.js"(exports2) {
    "use strict";
    var __createBinding = exports2 && exports2.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports2 && exports2.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports2 && exports2.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.GitError = void 0;
    exports2.gitWorkTree = gitWorkTree;
    exports2.gitToplevel = gitToplevel;
    exports2.listFiles = listFiles;
    exports2.ignoredByRules = ignoredByRules;
    exports2.untrack = untrack;
    exports2.listIndex = listIndex;
    exports2.readBlobs = readBlobs;
    var node_buffer_1 = require("node:buffer");
    var node_child_process_1 = require("node:child_process");
    var fs = __importStar(require("node:fs"));
    var path = __importStar(require("node:path"));
    var names_1 = require_names();
    var symlinks_1 = require_symlinks();
    var MAX_BUFFER = 1 << 30;
    var strictUtf8 = new TextDecoder("utf-8", { fatal: true });
    var GitError = class extends Error {
    };
    exports2.GitError = GitError;
    var PATHSPEC_SETTINGS = ["GIT_LITERAL_PATHSPECS", "GIT_GLOB_PATHSPECS", "GIT_NOGLOB_PATHSPECS", "GIT_ICASE_PATHSPECS"];
    function gitEnv(literal) {
      const env = { ...process.env };
      for (const name of PATHSPEC_SETTINGS)
        delete env[name];
      if (literal)
        env["GIT_LITERAL_PATHSPECS"] = "1";
      return env;
    }
    function gitWorkTree(dir) {
      const r = (0, node_child_process_1.spawnSync)("git", ["rev-parse", "--show-toplevel"], { cwd: dir, encoding: "utf8", env: gitEnv(true) });
      if (r.error) {
        const code = r.error.code;
        if (code === "ENOENT" && !insideRepository(dir))
          return { toplevel: null, problem: null };
        return { toplevel: null, problem: code === "ENOENT" ? "git is not on PATH (install git, or add its folder to PATH)" : `git could not be run: ${r.error.message}` };
      }
      if (r.status !== 0)
        return { toplevel: null, problem: refusal(r.stderr) };
      const top = r.stdout.replace(/\r?\n$/, "");
      if (!top)
        return { toplevel: null, problem: null };
      if (path.resolve(top) === path.resolve(dir))
        return { toplevel: top, problem: null };
      const ignored = (0, node_child_process_1.spawnSync)("git", ["check-ignore", "-q", "--", "."], { cwd: dir, env: gitEnv(false) });
      return { toplevel: ignored.status === 0 ? null : top, problem: null };
    }
    function gitToplevel(dir) {
      return gitWorkTree(dir).toplevel;
    }
    function refusal(stderr) {
      if (/^fatal: (not a git repository|this operation must be run in a work tree)/m.test(stderr))
        return null;
      const dubious = /dubious ownership in repository at '(.*)'/.exec(stderr);
      if (dubious) {
        const command = /^\s*(git config --global --add safe\.directory .+)$/m.exec(stderr)?.[1] ?? `git config --global --add safe.directory '${dubious[1]}'`;
        return `git refuses the repository at ${dubious[1]} (dubious ownership: it belongs to another user); to trust it, run: ${command}`;
      }
      return `git cannot read the repository: ${stderr.trim().split("\n")[0] ?? ""}`;
    }
    function insideRepository(dir) {
      for (let d = path.resolve(dir); ; d = path.dirname(d)) {
        if (fs.existsSync(path.join(d, ".git")))
          return true;
        if (path.dirname(d) === d)
          return false;
      }
    }
    function run(cwd, args, options = {}) {
      return new Promise((resolve, reject) => {
        const child = (0, node_child_process_1.execFile)("git", ["-c", "core.quotepath=off", ...args], { cwd, encoding: "buffer", maxBuffer: MAX_BUFFER, ...options.literal ? { env: gitEnv(true) } : {} }, (err, stdout, stderr) => {
          if (err)
            reject(new GitError(`git ${args.find((a) => !a.startsWith("-"))} failed: ${stderr.toString().trim() || err.message}`));
          else {
            if (stderr.length)
              options.stderr?.(stderr.toString());
            resolve(stdout);
          }
        });
        if (options.input)
          child.stdin.end(options.input);
      });
    }
    function entriesZ(buf, bad) {
      if ((0, node_buffer_1.isUtf8)(buf)) {
        const out2 = buf.toString("utf8").split("\0");
        out2.pop();
        return out2;
      }
      const out = [];
      for (let start = 0, i = buf.indexOf(0); i !== -1; start = i + 1, i = buf.indexOf(0, start)) {
        const bytes = buf.subarray(start, i);
        try {
          out.push(strictUtf8.decode(bytes));
        } catch {
          bad.push((0, names_1.showBytes)(bytes.subarray(bytes.indexOf(9) + 1)));
        }
      }
      return out;
    }
    function indexEntries(buf, undecodable, sparse) {
      const out = [];
      let last = "";
      for (const entry of entriesZ(buf, undecodable)) {
        const tab = entry.indexOf("	");
        const p = entry.slice(tab + 1);
        if (p === last)
          continue;
        last = p;
        if (entry[0] === "S") {
          sparse.count++;
          continue;
        }
        const mode = entry.slice(2, 8);
        if (mode === "160000")
          continue;
        out.push({ path: p, blob: entry.slice(9, tab - 2), stage: entry.charCodeAt(tab - 1) - 48, symlink: mode === "120000" });
      }
      return out;
    }
    async function listFiles(cwd, options = {}) {
      const undecodable = [];
      let gitWarnings = "";
      const [staged, status] = await Promise.all([
        run(cwd, ["ls-files", "-z", "-t", "--cached", "--stage"], { literal: true }),
        // `? <path>` for an untracked file that is not ignored, `R <path>` for an entry deleted from the
        // work tree, `C <path>` for one that differs from it. One process for all three: a warm run
        // measured no slower than with two in parallel, and each process costs Node a fork.
        run(cwd, ["ls-files", "-z", "-t", "--others", "--exclude-standard", "--deleted", "--modified"], { literal: true, stderr: (t) => gitWarnings = t })
      ]);
      const gone = /* @__PURE__ */ new Set();
      const changed = /* @__PURE__ */ new Set();
      const others = [];
      const badStatus = [];
      for (const entry of entriesZ(status, badStatus)) {
        const p = entry.slice(2);
        if (entry[0] === "?")
          others.push(p);
        else
          (entry[0] === "R" ? gone : changed).add(p);
      }
      for (const b of badStatus)
        if (b.startsWith("? "))
          undecodable.push(b.slice(2));
      const sparse = { count: 0 };
      const outside = new symlinks_1.SymlinkEscapes(cwd);
      const files = [];
      for (const { path: p, blob, stage, symlink } of indexEntries(staged, undecodable, sparse)) {
        if (symlink && outside.check(p))
          continue;
        const clean = options.contentIds && stage === 0 && !symlink && !changed.has(p);
        files.push({ path: p, tracked: true, onDisk: !gone.has(p), contentId: clean ? blob : null });
      }
      for (const p of others)
        if (!outside.check(p, { unknown: true }))
          files.push({ path: p, tracked: false, onDisk: true });
      const skipped = [...sparseNote(sparse.count), ...outside.skipped];
      return { files, undecodable, warnings: unreadableFolders(gitWarnings, cwd, options.toplevel), skipped };
    }
    function sparseNote(count) {
      return count ? [`skipped ${count} index ${count === 1 ? "entry" : "entries"} outside the sparse checkout`] : [];
    }
    function unreadableFolders(stderr, cwd, toplevel) {
      const out = [];
      let prefix = null;
      for (const line of stderr.split("\n")) {
        const m = /^warning: could not open directory '(.*)\/': (.*)$/.exec(line);
        if (!m)
          continue;
        if (prefix === null)
          prefix = toplevel ? path.relative(fs.realpathSync(toplevel), fs.realpathSync(cwd)).split(path.sep).join("/") : "";
        const rel = prefix && m[1].startsWith(`${prefix}/`) ? m[1].slice(prefix.length + 1) : m[1];
        out.push(`cannot read directory ${rel}: ${ERRNO_NAMES[m[2]] ?? m[2]}`);
      }
      return out;
    }
    var ERRNO_NAMES = { "Permission denied": "EACCES", "No such file or directory": "ENOENT", "Too many open files": "EMFILE" };
    function ignoredByRules(cwd, paths) {
      const r = (0, node_child_process_1.spawnSync)("git", ["check-ignore", "--no-index", "--stdin", "-z"], {
        cwd,
        env: gitEnv(false),
        input: paths.map((p) => `./${p}\0`).join(""),
        encoding: "utf8"
      });
      if (r.error || r.status !== 0 && r.status !== 1) {
        throw new GitError(`git check-ignore failed: ${r.stderr?.trim() || r.error?.message}`);
      }
      return new Set(r.stdout.split("\0").filter(Boolean).map((p) => p.slice(2)));
    }
    async function untrack(cwd, paths) {
      const args = ["--literal-pathspecs", "rm", "-r", "--cached", "--quiet", "--ignore-unmatch", "--pathspec-from-file=-", "--pathspec-file-nul"];
      await run(cwd, args, { input: Buffer.from(paths.map((p) => `${p}\0`).join("")) });
    }
    async function listIndex(cwd) {
      const undecodable = [];
      const [entries, changed] = await Promise.all([
        run(cwd, ["ls-files", "-z", "-t", "--cached", "--stage"], { literal: true }),
        run(cwd, ["diff", "--cached", "--name-only", "--no-renames", "--relative", "-z"], { literal: true })
      ]);
      const sparse = { count: 0 };
      const files = indexEntries(entries, undecodable, sparse).map(({ path: p, blob }) => ({ path: p, tracked: true, onDisk: true, contentId: blob }));
      const staged = entriesZ(changed, []);
      return { files, undecodable, warnings: [], skipped: sparseNote(sparse.count), staged };
    }
    async function readBlobs(cwd, ids) {
      const out = /* @__PURE__ */ new Map();
      if (ids.length === 0)
        return out;
      const buf = await run(cwd, ["cat-file", "--batch"], { input: Buffer.from(ids.map((id) => `${id}
`).join("")), literal: true });
      for (let at = 0; at < buf.length; ) {
        const eol = buf.indexOf(10, at);
        if (eol === -1)
          break;
        const [id, type, size] = buf.toString("latin1", at, eol).split(" ");
        at = eol + 1;
        if (type !== "blob" || size === void 0)
          continue;
        out.set(id, buf.subarray(at, at + Number(size)));
        at += Number(size) + 1;
      }
      return out;
    }
  }
});

// node_modules/ignore/index.js
var require_ignore = __commonJS({
  "node_modules/ignore/index.js"(exports2, module2) {
    function makeArray(subject) {
      return Array.isArray(subject) ? subject : [subject];
    }
    var UNDEFINED = void 0;
    var EMPTY = "";
    var SPACE = " ";
    var ESCAPE = "\\";
    var REGEX_TEST_BLANK_LINE = /^\s+$/;
    var REGEX_INVALID_TRAILING_BACKSLASH = /(?:[^\\]|^)\\$/;
    var REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/;
    var REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/;
    var REGEX_SPLITALL_CRLF = /\r?\n/g;
    var REGEX_TEST_INVALID_PATH = /^\.{0,2}\/|^\.{1,2}$/;
    var REGEX_TEST_TRAILING_SLASH = /\/$/;
    var SLASH = "/";
    var TMP_KEY_IGNORE = "node-ignore";
    if (typeof Symbol !== "undefined") {
      TMP_KEY_IGNORE = /* @__PURE__ */ Symbol.for("node-ignore");
    }
    var KEY_IGNORE = TMP_KEY_IGNORE;
    var define = (object, key, value) => {
      Object.defineProperty(object, key, { value });
      return value;
    };
    var REGEX_REGEXP_RANGE = /([0-z])-([0-z])/g;
    var RETURN_FALSE = () => false;
    var sanitizeRange = (range) => range.replace(
      REGEX_REGEXP_RANGE,
      (match, from, to) => from.charCodeAt(0) <= to.charCodeAt(0) ? match : EMPTY
    );
    var cleanRangeBackSlash = (slashes) => {
      const { length } = slashes;
      return slashes.slice(0, length - length % 2);
    };
    var REPLACERS = [
      [
        // Remove BOM
        // TODO:
        // Other similar zero-width characters?
        /^\uFEFF/,
        () => EMPTY
      ],
      // > Trailing spaces are ignored unless they are quoted with backslash ("\")
      [
        // (a\ ) -> (a )
        // (a  ) -> (a)
        // (a ) -> (a)
        // (a \ ) -> (a  )
        /((?:\\\\)*?)(\\?\s+)$/,
        (_, m1, m2) => m1 + (m2.indexOf("\\") === 0 ? SPACE : EMPTY)
      ],
      // Replace (\ ) with ' '
      // (\ ) -> ' '
      // (\\ ) -> '\\ '
      // (\\\ ) -> '\\ '
      [
        /(\\+?)\s/g,
        (_, m1) => {
          const { length } = m1;
          return m1.slice(0, length - length % 2) + SPACE;
        }
      ],
      // Escape metacharacters
      // which is written down by users but means special for regular expressions.
      // > There are 12 characters with special meanings:
      // > - the backslash \,
      // > - the caret ^,
      // > - the dollar sign $,
      // > - the period or dot .,
      // > - the vertical bar or pipe symbol |,
      // > - the question mark ?,
      // > - the asterisk or star *,
      // > - the plus sign +,
      // > - the opening parenthesis (,
      // > - the closing parenthesis ),
      // > - and the opening square bracket [,
      // > - the opening curly brace {,
      // > These special characters are often called "metacharacters".
      [
        /[\\$.|*+(){^]/g,
        (match) => `\\${match}`
      ],
      [
        // > a question mark (?) matches a single character
        /(?!\\)\?/g,
        () => "[^/]"
      ],
      // leading slash
      [
        // > A leading slash matches the beginning of the pathname.
        // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
        // A leading slash matches the beginning of the pathname
        /^\//,
        () => "^"
      ],
      // replace special metacharacter slash after the leading slash
      [
        /\//g,
        () => "\\/"
      ],
      [
        // > A leading "**" followed by a slash means match in all directories.
        // > For example, "**/foo" matches file or directory "foo" anywhere,
        // > the same as pattern "foo".
        // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
        // >   under directory "foo".
        // Notice that the '*'s have been replaced as '\\*'
        /^\^*\\\*\\\*\\\//,
        // '**/foo' <-> 'foo'
        () => "^(?:.*\\/)?"
      ],
      // starting
      [
        // there will be no leading '/'
        //   (which has been replaced by section "leading slash")
        // If starts with '**', adding a '^' to the regular expression also works
        /^(?=[^^])/,
        function startingReplacer() {
          return !/\/(?!$)/.test(this) ? "(?:^|\\/)" : "^";
        }
      ],
      // two globstars
      [
        // Use lookahead assertions so that we could match more than one `'/**'`
        /\\\/\\\*\\\*(?=\\\/|$)/g,
        // Zero, one or several directories
        // should not use '*', or it will be replaced by the next replacer
        // Check if it is not the last `'/**'`
        (_, index, str) => index + 6 < str.length ? "(?:\\/[^\\/]+)*" : "\\/.+"
      ],
      // normal intermediate wildcards
      [
        // Never replace escaped '*'
        // ignore rule '\*' will match the path '*'
        // 'abc.*/' -> go
        // 'abc.*'  -> skip this rule,
        //    coz trailing single wildcard will be handed by [trailing wildcard]
        /(^|[^\\]+)(\\\*)+(?=.+)/g,
        // '*.js' matches '.js'
        // '*.js' doesn't match 'abc'
        (_, p1, p2) => {
          const unescaped = p2.replace(/\\\*/g, "[^\\/]*");
          return p1 + unescaped;
        }
      ],
      [
        // unescape, revert step 3 except for back slash
        // For example, if a user escape a '\\*',
        // after step 3, the result will be '\\\\\\*'
        /\\\\\\(?=[$.|*+(){^])/g,
        () => ESCAPE
      ],
      [
        // '\\\\' -> '\\'
        /\\\\/g,
        () => ESCAPE
      ],
      [
        // > The range notation, e.g. [a-zA-Z],
        // > can be used to match one of the characters in a range.
        // `\` is escaped by step 3
        /(\\)?\[([^\]/]*?)(\\*)($|\])/g,
        (match, leadEscape, range, endEscape, close) => leadEscape === ESCAPE ? `\\[${range}${cleanRangeBackSlash(endEscape)}${close}` : close === "]" ? endEscape.length % 2 === 0 ? `[${sanitizeRange(range)}${endEscape}]` : "[]" : "[]"
      ],
      // ending
      [
        // 'js' will not match 'js.'
        // 'ab' will not match 'abc'
        /(?:[^*])$/,
        // WTF!
        // https://git-scm.com/docs/gitignore
        // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
        // which re-fixes #24, #38
        // > If there is a separator at the end of the pattern then the pattern
        // > will only match directories, otherwise the pattern can match both
        // > files and directories.
        // 'js*' will not match 'a.js'
        // 'js/' will not match 'a.js'
        // 'js' will match 'a.js' and 'a.js/'
        (match) => /\/$/.test(match) ? `${match}$` : `${match}(?=$|\\/$)`
      ]
    ];
    var REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\\\*$/;
    var MODE_IGNORE = "regex";
    var MODE_CHECK_IGNORE = "checkRegex";
    var UNDERSCORE = "_";
    var TRAILING_WILD_CARD_REPLACERS = {
      [MODE_IGNORE](_, p1) {
        const prefix = p1 ? `${p1}[^/]+` : "[^/]*";
        return `${prefix}(?=$|\\/$)`;
      },
      [MODE_CHECK_IGNORE](_, p1) {
        const prefix = p1 ? `${p1}[^/]*` : "[^/]*";
        return `${prefix}(?=$|\\/$)`;
      }
    };
    var makeRegexPrefix = (pattern) => REPLACERS.reduce(
      (prev, [matcher, replacer]) => prev.replace(matcher, replacer.bind(pattern)),
      pattern
    );
    var isString = (subject) => typeof subject === "string";
    var checkPattern = (pattern) => pattern && isString(pattern) && !REGEX_TEST_BLANK_LINE.test(pattern) && !REGEX_INVALID_TRAILING_BACKSLASH.test(pattern) && pattern.indexOf("#") !== 0;
    var splitPattern = (pattern) => pattern.split(REGEX_SPLITALL_CRLF).filter(Boolean);
    var IgnoreRule = class {
      constructor(pattern, mark, body, ignoreCase, negative, prefix) {
        this.pattern = pattern;
        this.mark = mark;
        this.negative = negative;
        define(this, "body", body);
        define(this, "ignoreCase", ignoreCase);
        define(this, "regexPrefix", prefix);
      }
      get regex() {
        const key = UNDERSCORE + MODE_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_IGNORE, key);
      }
      get checkRegex() {
        const key = UNDERSCORE + MODE_CHECK_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_CHECK_IGNORE, key);
      }
      _make(mode, key) {
        const str = this.regexPrefix.replace(
          REGEX_REPLACE_TRAILING_WILDCARD,
          // It does not need to bind pattern
          TRAILING_WILD_CARD_REPLACERS[mode]
        );
        const regex = this.ignoreCase ? new RegExp(str, "i") : new RegExp(str);
        return define(this, key, regex);
      }
    };
    var createRule = ({
      pattern,
      mark
    }, ignoreCase) => {
      let negative = false;
      let body = pattern;
      if (body.indexOf("!") === 0) {
        negative = true;
        body = body.substr(1);
      }
      body = body.replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, "!").replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, "#");
      const regexPrefix = makeRegexPrefix(body);
      return new IgnoreRule(
        pattern,
        mark,
        body,
        ignoreCase,
        negative,
        regexPrefix
      );
    };
    var RuleManager = class {
      constructor(ignoreCase) {
        this._ignoreCase = ignoreCase;
        this._rules = [];
      }
      _add(pattern) {
        if (pattern && pattern[KEY_IGNORE]) {
          this._rules = this._rules.concat(pattern._rules._rules);
          this._added = true;
          return;
        }
        if (isString(pattern)) {
          pattern = {
            pattern
          };
        }
        if (checkPattern(pattern.pattern)) {
          const rule = createRule(pattern, this._ignoreCase);
          this._added = true;
          this._rules.push(rule);
        }
      }
      // @param {Array<string> | string | Ignore} pattern
      add(pattern) {
        this._added = false;
        makeArray(
          isString(pattern) ? splitPattern(pattern) : pattern
        ).forEach(this._add, this);
        return this._added;
      }
      // Test one single path without recursively checking parent directories
      //
      // - checkUnignored `boolean` whether should check if the path is unignored,
      //   setting `checkUnignored` to `false` could reduce additional
      //   path matching.
      // - check `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`
      // @returns {TestResult} true if a file is ignored
      test(path, checkUnignored, mode) {
        let ignored = false;
        let unignored = false;
        let matchedRule;
        this._rules.forEach((rule) => {
          const { negative } = rule;
          if (unignored === negative && ignored !== unignored || negative && !ignored && !unignored && !checkUnignored) {
            return;
          }
          const matched = rule[mode].test(path);
          if (!matched) {
            return;
          }
          ignored = !negative;
          unignored = negative;
          matchedRule = negative ? UNDEFINED : rule;
        });
        const ret = {
          ignored,
          unignored
        };
        if (matchedRule) {
          ret.rule = matchedRule;
        }
        return ret;
      }
    };
    var throwError = (message, Ctor) => {
      throw new Ctor(message);
    };
    var checkPath = (path, originalPath, doThrow) => {
      if (!isString(path)) {
        return doThrow(
          `path must be a string, but got \`${originalPath}\``,
          TypeError
        );
      }
      if (!path) {
        return doThrow(`path must not be empty`, TypeError);
      }
      if (checkPath.isNotRelative(path)) {
        const r = "`path.relative()`d";
        return doThrow(
          `path should be a ${r} string, but got "${originalPath}"`,
          RangeError
        );
      }
      return true;
    };
    var isNotRelative = (path) => REGEX_TEST_INVALID_PATH.test(path);
    checkPath.isNotRelative = isNotRelative;
    checkPath.convert = (p) => p;
    var Ignore = class {
      constructor({
        ignorecase = true,
        ignoreCase = ignorecase,
        allowRelativePaths = false
      } = {}) {
        define(this, KEY_IGNORE, true);
        this._rules = new RuleManager(ignoreCase);
        this._strictPathCheck = !allowRelativePaths;
        this._initCache();
      }
      _initCache() {
        this._ignoreCache = /* @__PURE__ */ Object.create(null);
        this._testCache = /* @__PURE__ */ Object.create(null);
      }
      add(pattern) {
        if (this._rules.add(pattern)) {
          this._initCache();
        }
        return this;
      }
      // legacy
      addPattern(pattern) {
        return this.add(pattern);
      }
      // @returns {TestResult}
      _test(originalPath, cache, checkUnignored, slices) {
        const path = originalPath && checkPath.convert(originalPath);
        checkPath(
          path,
          originalPath,
          this._strictPathCheck ? throwError : RETURN_FALSE
        );
        return this._t(path, cache, checkUnignored, slices);
      }
      checkIgnore(path) {
        if (!REGEX_TEST_TRAILING_SLASH.test(path)) {
          return this.test(path);
        }
        const slices = path.split(SLASH).filter(Boolean);
        slices.pop();
        if (slices.length) {
          const parent = this._t(
            slices.join(SLASH) + SLASH,
            this._testCache,
            true,
            slices
          );
          if (parent.ignored) {
            return parent;
          }
        }
        return this._rules.test(path, false, MODE_CHECK_IGNORE);
      }
      _t(path, cache, checkUnignored, slices) {
        if (path in cache) {
          return cache[path];
        }
        if (!slices) {
          slices = path.split(SLASH).filter(Boolean);
        }
        slices.pop();
        if (!slices.length) {
          return cache[path] = this._rules.test(path, checkUnignored, MODE_IGNORE);
        }
        const parent = this._t(
          slices.join(SLASH) + SLASH,
          cache,
          checkUnignored,
          slices
        );
        return cache[path] = parent.ignored ? parent : this._rules.test(path, checkUnignored, MODE_IGNORE);
      }
      ignores(path) {
        return this._test(path, this._ignoreCache, false).ignored;
      }
      createFilter() {
        return (path) => !this.ignores(path);
      }
      filter(paths) {
        return makeArray(paths).filter(this.createFilter());
      }
      // @returns {TestResult}
      test(path) {
        return this._test(path, this._testCache, true);
      }
    };
    var factory = (options) => new Ignore(options);
    var isPathValid = (path) => checkPath(path && checkPath.convert(path), path, RETURN_FALSE);
    var setupWindows = () => {
      const makePosix = (str) => /^\\\\\?\\/.test(str) || /["<>|\u0000-\u001F]+/u.test(str) ? str : str.replace(/\\/g, "/");
      checkPath.convert = makePosix;
      const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
      checkPath.isNotRelative = (path) => REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path) || isNotRelative(path);
    };
    if (
      // Detect `process` so that it can run in browsers.
      typeof process !== "undefined" && process.platform === "win32"
    ) {
      setupWindows();
    }
    module2.exports = factory;
    factory.default = factory;
    module2.exports.isPathValid = isPathValid;
    define(module2.exports, /* @__PURE__ */ Symbol.for("setupWindows"), setupWindows);
  }
});

// dist/src/host/walk.js
var require_walk = __commonJS({
  "dist/src/host/walk.js"(exports2) {
    "use strict";
    var __createBinding = exports2 && exports2.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports2 && exports2.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports2 && exports2.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    var __importDefault = exports2 && exports2.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.walk = walk;
    var fs = __importStar(require("node:fs"));
    var path = __importStar(require("node:path"));
    var ignore_1 = __importDefault(require_ignore());
    var names_1 = require_names();
    var read_1 = require_read();
    var symlinks_1 = require_symlinks();
    var ALWAYS_SKIPPED = /* @__PURE__ */ new Set([".git", ".hg", ".svn", "node_modules", "__pycache__"]);
    var strictUtf8 = new TextDecoder("utf-8", { fatal: true });
    function walk(root, isExcluded) {
      const files = [];
      const notes = [];
      const visited = /* @__PURE__ */ new Set();
      const escapes = new symlinks_1.SymlinkEscapes(root);
      let realRoot = "";
      const ignoredBy = (scopes, rel, isDir) => {
        for (const s of scopes) {
          const sub = s.base ? rel.slice(s.base.length + 1) : rel;
          if (s.rules.ignores(isDir ? `${sub}/` : sub))
            return true;
        }
        return false;
      };
      const visit = (abs, real, rel, scopes) => {
        if (visited.has(real))
          return;
        visited.add(real);
        let entries;
        try {
          entries = fs.readdirSync(abs, { withFileTypes: true });
        } catch (e) {
          notes.push(`cannot read directory ${rel || "."}: ${e.code ?? e}`);
          return;
        }
        let names = entries.map((entry) => ({ name: entry.name, entry }));
        if (names.some((n) => n.name.includes("\uFFFD")))
          names = decodedNames(abs, rel, notes);
        if (rel && names.some((n) => n.name === "pyvenv.cfg"))
          return;
        let here = scopes;
        const gitignore = names.find((n) => n.name === ".gitignore");
        if (gitignore && !(gitignore.entry.isSymbolicLink() && escapes.check(rel ? `${rel}/.gitignore` : ".gitignore", { quiet: true }))) {
          try {
            here = [...scopes, { base: rel, rules: (0, ignore_1.default)().add((0, read_1.readRegularText)(path.join(abs, ".gitignore"))) }];
          } catch (e) {
            notes.push(`cannot read ${rel ? `${rel}/` : ""}.gitignore: ${e instanceof read_1.ReadError ? e.reason : e}`);
          }
        }
        names.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
        for (const { name, entry } of names) {
          const childRel = rel ? `${rel}/${name}` : name;
          const childAbs = `${abs}${path.sep}${name}`;
          let isDir = entry.isDirectory();
          let isFile = entry.isFile();
          let childReal = `${real}${path.sep}${name}`;
          if (entry.isSymbolicLink()) {
            try {
              const st = fs.statSync(childAbs);
              isDir = st.isDirectory();
              isFile = st.isFile();
              childReal = fs.realpathSync(childAbs);
            } catch {
              continue;
            }
          }
          const outside = entry.isSymbolicLink() && !(0, symlinks_1.isInside)(realRoot, childReal);
          if (isDir) {
            if (ALWAYS_SKIPPED.has(name) || isExcluded(childRel) || ignoredBy(here, childRel, true))
              continue;
            if (outside)
              escapes.note(childRel, childReal, true);
            else
              visit(childAbs, childReal, childRel, here);
          } else if (isFile) {
            if (isExcluded(childRel) || ignoredBy(here, childRel, false))
              continue;
            if (outside)
              escapes.note(childRel, childReal, false);
            else
              files.push({ path: childRel, tracked: false, onDisk: true });
          }
        }
      };
      try {
        realRoot = fs.realpathSync(root);
        visit(root, realRoot, "", []);
      } catch (e) {
        notes.push(`cannot resolve .: ${e.code ?? e}`);
      }
      return { files, notes, skipped: escapes.skipped };
    }
    function decodedNames(abs, rel, notes) {
      const out = [];
      let entries;
      try {
        entries = fs.readdirSync(abs, { withFileTypes: true, encoding: "buffer" });
      } catch {
        return out;
      }
      for (const entry of entries) {
        try {
          out.push({ name: strictUtf8.decode(entry.name), entry });
        } catch {
          notes.push(`skipping ${rel ? `${rel}/` : ""}${(0, names_1.showBytes)(entry.name)}: name is not UTF-8`);
        }
      }
      return out;
    }
  }
});

// dist/src/python/facts-codec.js
var require_facts_codec = __commonJS({
  "dist/src/python/facts-codec.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.HEADER_INTS = exports2.Reinterner = exports2.StringTable = exports2.NULL = void 0;
    exports2.encodeFacts = encodeFacts;
    exports2.validRecord = validRecord;
    exports2.decodeFacts = decodeFacts;
    exports2.plainFacts = plainFacts;
    exports2.NULL = -2147483648;
    var StringTable = class {
      strings;
      /** Built on first use: a run that only reads the cache never needs it. */
      index = null;
      constructor(strings = []) {
        this.strings = strings;
      }
      intern(s) {
        this.index ??= new Map(this.strings.map((t, j) => [t, j]));
        let i = this.index.get(s);
        if (i === void 0) {
          i = this.strings.length;
          this.strings.push(s);
          this.index.set(s, i);
        }
        return -1 - i;
      }
    };
    exports2.StringTable = StringTable;
    var Reinterner = class {
      to;
      remaps = /* @__PURE__ */ new Map();
      constructor(to) {
        this.to = to;
      }
      /** Copies `length` integers of `data` from `start` into `out` at `at`, moving string references from `from` to the target. */
      copy(data, start, length, from, out, at) {
        let remap = this.remaps.get(from);
        if (!remap || remap.length < from.length) {
          const grown = new Int32Array(from.length);
          if (remap)
            grown.set(remap);
          remap = grown;
          this.remaps.set(from, remap);
        }
        for (let i = 0; i < length; i++) {
          const v = data[start + i];
          if (v >= 0 || v === exports2.NULL) {
            out[at + i] = v;
            continue;
          }
          const j = -1 - v;
          out[at + i] = remap[j] ||= this.to.intern(from[j]);
        }
      }
    };
    exports2.Reinterner = Reinterner;
    var SCOPES = ["module", "function", "class"];
    var BINDING_KINDS = [
      "def",
      "class",
      "assign",
      "annassign",
      "annotation",
      "augassign",
      "for",
      "with",
      "except",
      "walrus",
      "import",
      "global",
      "type",
      "match"
    ];
    var CALLEES = ["importlib.import_module", "import_module", "__import__"];
    var ALL_OPS = ["=", "+=", "extend", "append", "remove"];
    var ALL_FORMS = ["list", "tuple", "string", "set", "dict", "call", "comprehension", "name", "attribute", "binop", "other"];
    var ELEMENT_KINDS = ["string", "nonstring", "starred"];
    var DIRECTIVE_KINDS = ["disable", "disable-file"];
    var bit = (b, n) => b ? 1 << n : 0;
    var HEADER = 7;
    var SECTIONS = 6;
    exports2.HEADER_INTS = HEADER + SECTIONS;
    function encodeFacts(f, table) {
      const str = (out2, v) => {
        out2.push(v === null ? exports2.NULL : table.intern(v));
      };
      const strs = (out2, vs) => {
        out2.push(vs.length);
        for (const v of vs)
          str(out2, v);
      };
      const pos = (out2, p) => {
        out2.push(p.line, p.column);
      };
      const imports = [];
      for (const i of f.imports) {
        imports.push(i.kind === "from" ? 1 : 0, i.level);
        str(imports, i.module);
        imports.push(SCOPES.indexOf(i.scope), bit(i.guarded, 0) | bit(i.typeChecking, 1) | bit(i.conditional, 2));
        pos(imports, i.start);
        pos(imports, i.end);
        imports.push(i.names.length);
        for (const n of i.names) {
          str(imports, n.name);
          str(imports, n.asname);
          pos(imports, n.start);
          pos(imports, n.end);
        }
      }
      const dynamic = [];
      for (const d of f.dynamicImports) {
        dynamic.push(CALLEES.indexOf(d.callee));
        str(dynamic, d.module);
        str(dynamic, d.package);
        pos(dynamic, d.start);
      }
      const bindings = [];
      for (const b of f.bindings) {
        str(bindings, b.name);
        bindings.push(BINDING_KINDS.indexOf(b.kind), b.line, b.column);
      }
      const all = [];
      for (const o of f.dunderAll) {
        all.push(ALL_OPS.indexOf(o.op), ALL_FORMS.indexOf(o.form));
        str(all, o.ref);
        all.push(bit(o.annotated, 0) | bit(o.inLoop, 1) | bit(o.inBlock, 2));
        pos(all, o.valueStart);
        pos(all, o.valueEnd);
        all.push(o.valueStartOffset, o.valueEndOffset);
        pos(all, o.start);
        all.push(o.elements.length);
        for (const e of o.elements) {
          all.push(ELEMENT_KINDS.indexOf(e.kind));
          str(all, e.value);
          all.push(e.implicitConcat ? 1 : 0);
          str(all, e.text);
          pos(all, e.start);
          pos(all, e.end);
          all.push(e.startOffset, e.endOffset);
          if (e.removal)
            all.push(e.removal.start, e.removal.end, e.removal.commaAt ?? exports2.NULL);
          else
            all.push(exports2.NULL, exports2.NULL, exports2.NULL);
        }
      }
      const directives = [];
      for (const d of f.directives) {
        directives.push(DIRECTIVE_KINDS.indexOf(d.kind), d.line);
        strs(directives, d.rules);
      }
      const globals = [];
      strs(globals, f.functionGlobals);
      const out = [f.getattrLine ?? exports2.NULL, bit(f.mainGuard, 0) | bit(f.dynamicGlobals, 1) | bit(f.shebang, 2)];
      out.push(f.scriptBlock?.start ?? exports2.NULL, f.scriptBlock?.end ?? exports2.NULL);
      if (f.syntaxError) {
        str(out, f.syntaxError.message);
        out.push(f.syntaxError.line, f.syntaxError.column);
      } else
        out.push(exports2.NULL, exports2.NULL, exports2.NULL);
      const sections = [imports, dynamic, bindings, all, directives, globals];
      out.push(...sections.map((x) => x.length));
      for (const x of sections)
        for (const v of x)
          out.push(v);
      return out;
    }
    var ANY = 0;
    var STR = -1;
    var STR_OR_NULL = -2;
    var ANY_OR_NULL = -3;
    var POS = [ANY, ANY];
    var SYNTAX_ERROR = [STR, ANY, ANY];
    var LAYOUTS = [
      { item: [2, ANY, STR_OR_NULL, SCOPES.length, 8, ...POS, ...POS], list: [STR, STR_OR_NULL, ...POS, ...POS], once: false },
      { item: [CALLEES.length, STR, STR_OR_NULL, ...POS], list: null, once: false },
      { item: [STR, BINDING_KINDS.length, ANY, ANY], list: null, once: false },
      { item: [ALL_OPS.length, ALL_FORMS.length, STR_OR_NULL, 8, ...POS, ...POS, ANY, ANY, ...POS], list: [ELEMENT_KINDS.length, STR_OR_NULL, 2, STR, ...POS, ...POS, ANY, ANY, ANY_OR_NULL, ANY_OR_NULL, ANY_OR_NULL], once: false },
      { item: [DIRECTIVE_KINDS.length, ANY], list: [STR], once: false },
      { item: [], list: [STR], once: true }
    ];
    function checkInts(data, i, end, layout, stringCount) {
      if (i + layout.length > end)
        return -1;
      for (let k = 0; k < layout.length; k++, i++) {
        const v = data[i];
        const want = layout[k];
        if (want === ANY_OR_NULL) {
          if (!(v === exports2.NULL || v >= 0))
            return -1;
        } else if (want >= 0) {
          if (!(v >= 0 && (want === ANY || v < want)))
            return -1;
        } else if (v === exports2.NULL) {
          if (want !== STR_OR_NULL)
            return -1;
        } else if (!(v < 0 && -1 - v < stringCount))
          return -1;
      }
      return i;
    }
    function validRecord(data, start, length, stringCount) {
      const end = start + length;
      if (!(Number.isInteger(start) && start >= 0 && length >= exports2.HEADER_INTS && end <= data.length))
        return false;
      const g = data[start];
      const bits = data[start + 1];
      if (!((g === exports2.NULL || g >= 0) && bits >= 0 && bits < 8))
        return false;
      if (data[start + 2] === exports2.NULL ? data[start + 3] !== exports2.NULL : checkInts(data, start + 2, end, POS, 0) < 0)
        return false;
      if (data[start + 4] === exports2.NULL ? data[start + 5] !== exports2.NULL || data[start + 6] !== exports2.NULL : checkInts(data, start + 4, end, SYNTAX_ERROR, stringCount) < 0)
        return false;
      let total = exports2.HEADER_INTS;
      for (let s = 0; s < SECTIONS; s++) {
        const n = data[start + HEADER + s];
        if (!(n >= 0))
          return false;
        total += n;
      }
      if (total !== length)
        return false;
      let i = start + exports2.HEADER_INTS;
      for (let s = 0; s < SECTIONS; s++) {
        const sectionEnd = i + data[start + HEADER + s];
        const { item, list, once } = LAYOUTS[s];
        if (once && i >= sectionEnd)
          return false;
        while (i < sectionEnd) {
          i = checkInts(data, i, sectionEnd, item, stringCount);
          if (i < 0)
            return false;
          if (list) {
            const n = data[i++];
            if (!(i <= sectionEnd && n >= 0 && n * list.length <= sectionEnd - i))
              return false;
            for (let k = 0; k < n && i >= 0; k++)
              i = checkInts(data, i, sectionEnd, list, stringCount);
            if (i < 0)
              return false;
          }
          if (once)
            break;
        }
        if (i !== sectionEnd)
          return false;
      }
      return true;
    }
    var Reader = class {
      data;
      i;
      end;
      strings;
      constructor(data, i, end, strings) {
        this.data = data;
        this.i = i;
        this.end = end;
        this.strings = strings;
      }
      get more() {
        return this.i < this.end;
      }
      /** Moves past `n` integers; where they start. */
      skip(n) {
        this.i += n;
        return this.i - n;
      }
      num() {
        return this.data[this.i++];
      }
      flag() {
        return this.data[this.i++] === 1;
      }
      str() {
        return this.strings[-1 - this.data[this.i++]];
      }
      strOrNull() {
        const v = this.data[this.i++];
        return v === exports2.NULL ? null : this.strings[-1 - v];
      }
      strs() {
        const out = [];
        for (let n = this.num(); n > 0; n--)
          out.push(this.str());
        return out;
      }
      pos() {
        const line = this.num();
        return { line, column: this.num() };
      }
    };
    var recent = Array.from({ length: SECTIONS }, () => ({ owner: null, value: null }));
    var DecodedFacts = class {
      data;
      start;
      strings;
      getattrLine;
      mainGuard;
      dynamicGlobals;
      shebang;
      scriptBlock;
      syntaxError;
      constructor(data, start, strings) {
        this.data = data;
        this.start = start;
        this.strings = strings;
        const getattr = data[start];
        const bits = data[start + 1];
        this.getattrLine = getattr === exports2.NULL ? null : getattr;
        this.mainGuard = (bits & 1) !== 0;
        this.dynamicGlobals = (bits & 2) !== 0;
        this.shebang = (bits & 4) !== 0;
        this.scriptBlock = data[start + 2] === exports2.NULL ? null : { start: data[start + 2], end: data[start + 3] };
        this.syntaxError = data[start + 4] === exports2.NULL ? null : { message: strings[-1 - data[start + 4]], line: data[start + 5], column: data[start + 6] };
      }
      /** A reader over section `n` (its offset is the sum of the lengths before it). */
      reader(n) {
        let at = this.start + HEADER + SECTIONS;
        for (let s = 0; s < n; s++)
          at += this.data[this.start + HEADER + s];
        return new Reader(this.data, at, at + this.data[this.start + HEADER + n], this.strings);
      }
      section(n, read) {
        const slot = recent[n];
        if (slot.owner !== this) {
          slot.owner = this;
          slot.value = read(this.reader(n));
        }
        return slot.value;
      }
      get imports() {
        return this.section(0, readImports);
      }
      get dynamicImports() {
        return this.section(1, (r) => {
          const out = [];
          while (r.more)
            out.push({ callee: CALLEES[r.num()], module: r.str(), package: r.strOrNull(), start: r.pos() });
          return out;
        });
      }
      get bindings() {
        return this.section(2, (r) => {
          const out = [];
          while (r.more)
            out.push({ name: r.str(), kind: BINDING_KINDS[r.num()], line: r.num(), column: r.num() });
          return out;
        });
      }
      get dunderAll() {
        return this.section(3, readDunderAll);
      }
      get directives() {
        return this.section(4, (r) => {
          const out = [];
          while (r.more)
            out.push({ kind: DIRECTIVE_KINDS[r.num()], line: r.num(), rules: r.strs() });
          return out;
        });
      }
      get functionGlobals() {
        return this.section(5, (r) => r.strs());
      }
    };
    var Span = class {
      data;
      at;
      constructor(data, at) {
        this.data = data;
        this.at = at;
      }
      get start() {
        return { line: this.data[this.at], column: this.data[this.at + 1] };
      }
      get end() {
        return { line: this.data[this.at + 2], column: this.data[this.at + 3] };
      }
    };
    var DecodedName = class extends Span {
      name;
      asname;
      constructor(name, asname, data, at) {
        super(data, at);
        this.name = name;
        this.asname = asname;
      }
    };
    var DecodedImport = class extends Span {
      kind;
      level;
      module;
      scope;
      bits;
      names;
      constructor(kind, level, module3, scope, bits, names, data, at) {
        super(data, at);
        this.kind = kind;
        this.level = level;
        this.module = module3;
        this.scope = scope;
        this.bits = bits;
        this.names = names;
      }
      get guarded() {
        return (this.bits & 1) !== 0;
      }
      get typeChecking() {
        return (this.bits & 2) !== 0;
      }
      get conditional() {
        return (this.bits & 4) !== 0;
      }
    };
    function readImports(r) {
      const out = [];
      while (r.more) {
        const kind = r.num() === 1 ? "from" : "import";
        const level = r.num();
        const module3 = r.strOrNull();
        const scope = SCOPES[r.num()];
        const bits = r.num();
        const at = r.skip(4);
        const names = [];
        for (let n = r.num(); n > 0; n--)
          names.push(new DecodedName(r.str(), r.strOrNull(), r.data, r.skip(4)));
        out.push(new DecodedImport(kind, level, module3, scope, bits, names, r.data, at));
      }
      return out;
    }
    var DecodedElement = class extends Span {
      kind;
      value;
      implicitConcat;
      text;
      constructor(kind, value, implicitConcat, text, data, at) {
        super(data, at);
        this.kind = kind;
        this.value = value;
        this.implicitConcat = implicitConcat;
        this.text = text;
      }
      get startOffset() {
        return this.data[this.at + 4];
      }
      get endOffset() {
        return this.data[this.at + 5];
      }
      get removal() {
        const start = this.data[this.at + 6];
        const end = this.data[this.at + 7];
        const commaAt = this.data[this.at + 8];
        return start === exports2.NULL || end === exports2.NULL ? null : { start, end, commaAt: commaAt === exports2.NULL ? null : commaAt };
      }
    };
    function readDunderAll(r) {
      const out = [];
      while (r.more) {
        const op = ALL_OPS[r.num()];
        const form = ALL_FORMS[r.num()];
        const ref = r.strOrNull();
        const bits = r.num();
        const valueStart = r.pos();
        const valueEnd = r.pos();
        const valueStartOffset = r.num();
        const valueEndOffset = r.num();
        const start = r.pos();
        const elements = [];
        for (let n = r.num(); n > 0; n--) {
          elements.push(new DecodedElement(ELEMENT_KINDS[r.num()], r.strOrNull(), r.flag(), r.str(), r.data, r.skip(9)));
        }
        out.push({
          op,
          annotated: (bits & 1) !== 0,
          form,
          ref,
          elements,
          valueStart,
          valueEnd,
          valueStartOffset,
          valueEndOffset,
          start,
          inLoop: (bits & 2) !== 0,
          inBlock: (bits & 4) !== 0
        });
      }
      return out;
    }
    function decodeFacts(data, start, strings) {
      return new DecodedFacts(data, start, strings);
    }
    function plainFacts(f) {
      const pos = (p) => ({ line: p.line, column: p.column });
      const imports = f.imports.map((i) => ({
        kind: i.kind,
        level: i.level,
        module: i.module,
        scope: i.scope,
        guarded: i.guarded,
        typeChecking: i.typeChecking,
        conditional: i.conditional,
        start: pos(i.start),
        end: pos(i.end),
        names: i.names.map((n) => ({ name: n.name, asname: n.asname, start: pos(n.start), end: pos(n.end) }))
      }));
      const dunderAll = f.dunderAll.map((o) => ({
        ...o,
        elements: o.elements.map((e) => ({
          kind: e.kind,
          value: e.value,
          implicitConcat: e.implicitConcat,
          text: e.text,
          start: pos(e.start),
          end: pos(e.end),
          startOffset: e.startOffset,
          endOffset: e.endOffset,
          removal: e.removal && { ...e.removal }
        }))
      }));
      return {
        imports,
        dynamicImports: f.dynamicImports,
        bindings: f.bindings,
        dunderAll,
        getattrLine: f.getattrLine,
        mainGuard: f.mainGuard,
        dynamicGlobals: f.dynamicGlobals,
        functionGlobals: f.functionGlobals,
        directives: f.directives,
        shebang: f.shebang,
        scriptBlock: f.scriptBlock,
        syntaxError: f.syntaxError
      };
    }
  }
});

// dist/src/python/source.js
var require_source = __commonJS({
  "dist/src/python/source.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.decodeSource = decodeSource;
    exports2.sourceEncoding = sourceEncoding;
    var node_buffer_1 = require("node:buffer");
    var node_util_1 = require("node:util");
    var COOKIE = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;
    function decodeSource(bytes) {
      const nul = bytes.indexOf(0);
      if (nul !== -1) {
        return { text: "", error: { message: "source code cannot contain null bytes", ...lineOfByte(bytes, nul) } };
      }
      const bom = bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191;
      const body = bom ? bytes.subarray(3) : bytes;
      const encoding = cookie(body);
      if (bom && encoding && normalName(encoding) !== "utf-8") {
        return { text: "", error: { message: `encoding problem: ${encoding} with BOM`, line: 1, column: 1 } };
      }
      if (encoding && !isUtf8(encoding)) {
        let decoder;
        try {
          decoder = new node_util_1.TextDecoder(normalName(encoding), { fatal: true });
        } catch {
          return { text: "", error: { message: `unknown encoding: ${encoding}`, line: 1, column: 1 } };
        }
        try {
          return { text: decoder.decode(body), error: null };
        } catch {
          return { text: "", error: { message: `(unicode error) cannot decode as ${encoding}`, line: 1, column: 1 } };
        }
      }
      const buf = Buffer.isBuffer(body) ? body : Buffer.from(body.buffer, body.byteOffset, body.byteLength);
      if ((0, node_buffer_1.isAscii)(buf))
        return { text: buf.toString("latin1"), error: null };
      if ((0, node_buffer_1.isUtf8)(buf))
        return { text: buf.toString("utf8"), error: null };
      const bad = firstInvalidUtf8(body);
      return { text: "", error: { message: "(unicode error) 'utf-8' codec can't decode the file", ...lineOfByte(body, bad) } };
    }
    function sourceEncoding(bytes) {
      const bomLength = bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191 ? 3 : 0;
      const declared = cookie(bytes.subarray(bomLength));
      return { bomLength, encoding: declared && !isUtf8(declared) ? normalName(declared) : "utf-8", declared };
    }
    function cookie(bytes) {
      const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024)).toString("latin1");
      if (!head.includes("coding"))
        return null;
      const lines = head.split(/\r\n|\r|\n/, 2);
      const m1 = COOKIE.exec(lines[0] ?? "");
      if (m1)
        return m1[1];
      if (lines.length > 1 && /^[ \t\f]*(#.*)?$/.test(lines[0])) {
        const m2 = COOKIE.exec(lines[1]);
        if (m2)
          return m2[1];
      }
      return null;
    }
    function normalName(encoding) {
      const e = encoding.toLowerCase().replace(/_/g, "-");
      if (e === "utf-8" || e.startsWith("utf-8-"))
        return "utf-8";
      for (const name of ["latin-1", "iso-8859-1", "iso-latin-1"]) {
        if (e === name || e.startsWith(`${name}-`))
          return "iso-8859-1";
      }
      return e;
    }
    function isUtf8(encoding) {
      const e = normalName(encoding);
      return e === "utf-8" || e === "utf8";
    }
    function firstInvalidUtf8(bytes) {
      let lo = 0;
      let hi = bytes.length;
      while (lo < hi) {
        const mid = lo + hi >> 1;
        try {
          new node_util_1.TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, mid + 1), { stream: true });
          lo = mid + 1;
        } catch {
          hi = mid;
        }
      }
      for (let k = 1; k <= 3 && lo - k >= 0; k++) {
        const b = bytes[lo - k];
        if (b >= 192)
          return lo - k;
        if (b < 128)
          break;
      }
      return lo;
    }
    function lineOfByte(bytes, offset) {
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
  }
});

// dist/src/package-info.js
var require_package_info = __commonJS({
  "dist/src/package-info.js"(exports2) {
    "use strict";
    var __createBinding = exports2 && exports2.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports2 && exports2.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports2 && exports2.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.RULE_DOCS = exports2.VERSION = exports2.PACKAGE_ROOT = void 0;
    exports2.ruleDocsUrl = ruleDocsUrl;
    var fs = __importStar(require("node:fs"));
    var path = __importStar(require("node:path"));
    function findRoot() {
      for (let dir = __dirname; ; dir = path.dirname(dir)) {
        const file = path.join(dir, "package.json");
        if (fs.existsSync(file) && JSON.parse(fs.readFileSync(file, "utf8")).name === "dunderlint")
          return dir;
        if (path.dirname(dir) === dir)
          throw new Error("dunderlint: cannot find its package.json");
      }
    }
    exports2.PACKAGE_ROOT = findRoot();
    var PACKAGE = JSON.parse(fs.readFileSync(path.join(exports2.PACKAGE_ROOT, "package.json"), "utf8"));
    exports2.VERSION = PACKAGE.version;
    exports2.RULE_DOCS = path.join(exports2.PACKAGE_ROOT, "docs", "rules");
    var REPOSITORY = (() => {
      const url = typeof PACKAGE.repository === "string" ? PACKAGE.repository : PACKAGE.repository?.url;
      const m = typeof url === "string" ? /^(?:git\+)?(https:\/\/[^\s#?]+?)(?:\.git)?\/?$/.exec(url) : null;
      return m?.[1];
    })();
    var shippedPages;
    function ruleDocsUrl(id) {
      if (!REPOSITORY)
        return void 0;
      shippedPages ??= new Set(fs.existsSync(exports2.RULE_DOCS) ? fs.readdirSync(exports2.RULE_DOCS) : []);
      return shippedPages.has(`${id}.md`) ? `${REPOSITORY}/blob/main/docs/rules/${encodeURIComponent(id)}.md` : void 0;
    }
  }
});

// dist/src/project/cache.js
var require_cache = __commonJS({
  "dist/src/project/cache.js"(exports2) {
    "use strict";
    var __createBinding = exports2 && exports2.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports2 && exports2.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports2 && exports2.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.FactsCache = void 0;
    exports2.sealCacheFile = sealCacheFile;
    exports2.blobId = blobId;
    var node_crypto_1 = require("node:crypto");
    var fs = __importStar(require("node:fs"));
    var os = __importStar(require("node:os"));
    var path = __importStar(require("node:path"));
    var package_info_1 = require_package_info();
    var facts_codec_1 = require_facts_codec();
    var TRUST_AFTER_MS = 2e3;
    var STAT = 4;
    var ID_LENGTH = 40;
    var MAGIC = Buffer.from("dlcache4");
    var LENGTH_AT = MAGIC.length;
    var SUM_AT = LENGTH_AT + 4;
    var HEADER_AT = SUM_AT + 20;
    function checksum(parts) {
      const hash = (0, node_crypto_1.createHash)("sha1");
      for (const part of parts)
        hash.update(part);
      return hash.digest();
    }
    function sealCacheFile(bytes) {
      if (bytes.length >= HEADER_AT)
        checksum([bytes.subarray(0, SUM_AT), bytes.subarray(HEADER_AT)]).copy(bytes, SUM_AT);
      return bytes;
    }
    var Untrusted = class extends Error {
    };
    function cause(e) {
      const { code, message } = e;
      const text = /^[A-Z0-9]+: (.*?), /.exec(String(message))?.[1];
      return code ? text ? `${text} (${code})` : code : String(e);
    }
    function makeFolders(dir) {
      try {
        fs.mkdirSync(dir);
      } catch (e) {
        const code = e.code;
        if (code === "ENOENT" && path.dirname(dir) !== dir) {
          makeFolders(path.dirname(dir));
          fs.mkdirSync(dir);
        } else if (code !== "EEXIST" || !fs.statSync(dir).isDirectory())
          throw e;
      }
    }
    function lstatOrNull(p) {
      try {
        return fs.lstatSync(p);
      } catch (e) {
        if (e.code === "ENOENT")
          return null;
        throw e;
      }
    }
    var { O_RDONLY, O_WRONLY, O_CREAT, O_EXCL, O_NOFOLLOW, O_NONBLOCK } = fs.constants;
    function blobId(bytes) {
      return (0, node_crypto_1.createHash)("sha1").update(`blob ${bytes.byteLength}\0`).update(bytes).digest("hex");
    }
    function toolFingerprint() {
      const hash = (0, node_crypto_1.createHash)("sha1").update(package_info_1.VERSION).update(os.endianness());
      try {
        for (const name of ["scanner", "facts", "facts-codec", "strings", "source"]) {
          hash.update(fs.readFileSync(path.join(__dirname, "..", "python", `${name}${path.extname(__filename)}`)));
        }
      } catch {
        hash.update(fs.readFileSync(__filename));
      }
      return hash.digest("hex").slice(0, 16);
    }
    var FactsCache = class {
      show;
      ids = "";
      idCount = 0;
      errors = {};
      paths = "";
      pathCount = 0;
      /** Per path: STAT numbers (PathRecord). */
      pathStat = new Float64Array(0);
      /** Per path: index of its content. */
      pathIds = new Int32Array(0);
      /** Per content: offset and length of its record in `records`. */
      spans = new Int32Array(0);
      records = new Int32Array(0);
      /** The loaded strings, and those of facts encoded in this run. */
      table = new facts_codec_1.StringTable();
      /** Where the next path in file order starts: its index and its offset in `paths`. */
      next = { index: 0, at: 0 };
      /** The last path looked up, and its index: callers ask about one file more than once. */
      last = { path: "", index: void 0 };
      /** Built only if paths are looked up out of order: index and offset of each. */
      pathIndex = null;
      pathStarts = null;
      /** Built on first use: unmodified files are found by path. */
      idIndex = null;
      /** Loaded entries this run confirmed (they are written back as they were). */
      usedPaths = new Uint8Array(0);
      usedIds = new Uint8Array(0);
      /** Entries that are new or differ from the loaded ones. */
      newPaths = /* @__PURE__ */ new Map();
      newFacts = /* @__PURE__ */ new Map();
      /** Paths in the order this run asked about them: the order to write them in. */
      seen = [];
      /** Modules whose facts came from the cache, and modules scanned, in this run (for --verbose). */
      counts = { cached: 0, scanned: 0 };
      dir;
      file;
      /** The folders a repository could hold, from the top down to the cache folder: none may be a link. */
      guarded;
      fingerprint = toolFingerprint();
      isLoaded = false;
      /** What is wrong with the cache folder or file: the one warning for it. */
      problem = null;
      /** The folder holds something we did not put there: neither read nor written. */
      untrusted = false;
      hasGitignore = false;
      /** `show` turns a path into what messages say (relative to the working directory). */
      constructor(dir, projectRoot, show = (p) => p) {
        this.show = show;
        this.dir = path.resolve(dir);
        const name = Buffer.from(path.resolve(projectRoot)).toString("base64url").slice(-80);
        this.file = path.join(this.dir, `facts-${name}.bin`);
        const rel = path.relative(path.resolve(projectRoot), this.dir);
        const inside = rel !== "" && !rel.startsWith("..") && !path.isAbsolute(rel);
        this.guarded = inside ? rel.split(path.sep).map((_, i, parts) => path.join(projectRoot, ...parts.slice(0, i + 1))) : [this.dir];
      }
      untrustedWarning(e) {
        return `not using the cache in ${this.show(this.dir)}: ${e.message}; delete ${this.show(this.dir)}, or use --no-cache or --cache-dir`;
      }
      /** The warning about the cache this run, if any (one at most). */
      get warning() {
        return this.problem;
      }
      /**
       * Checks the folders down to the cache folder, and its .gitignore; creates missing folders if
       * `create`. Whether the cache folder exists. Throws Untrusted for a link or a special file.
       */
      checkFolders(create) {
        for (const d of this.guarded) {
          let st2 = lstatOrNull(d);
          if (!st2) {
            if (!create)
              return false;
            makeFolders(d);
            st2 = fs.lstatSync(d);
          }
          if (st2.isSymbolicLink())
            throw new Untrusted(`${this.show(d)} is a symbolic link`);
          if (!st2.isDirectory()) {
            if (!create)
              return false;
            throw Object.assign(new Error(`ENOTDIR: not a directory, mkdir '${d}'`), { code: "ENOTDIR" });
          }
        }
        const gitignore = path.join(this.dir, ".gitignore");
        const st = lstatOrNull(gitignore);
        if (st && !st.isFile())
          throw new Untrusted(`${this.show(gitignore)} ${st.isSymbolicLink() ? "is a symbolic link" : "is not a regular file"}`);
        this.hasGitignore = st !== null;
        return true;
      }
      /** The cache file's bytes (in a buffer of their own, so typed views are aligned), or null if there is none. */
      readFile() {
        let fd;
        try {
          fd = fs.openSync(this.file, O_RDONLY | O_NOFOLLOW | O_NONBLOCK);
        } catch (e) {
          const code = e.code;
          if (code === "ELOOP")
            throw new Untrusted(`${this.show(this.file)} is a symbolic link`);
          if (code === "ENXIO")
            throw new Untrusted(`${this.show(this.file)} is not a regular file`);
          return null;
        }
        try {
          const st = fs.fstatSync(fd);
          if (!st.isFile())
            throw new Untrusted(`${this.show(this.file)} is not a regular file`);
          const buf = Buffer.allocUnsafeSlow(st.size);
          let done = 0;
          for (let n = 1; done < buf.length && n > 0; done += n)
            n = fs.readSync(fd, buf, done, buf.length - done, null);
          return buf.subarray(0, done);
        } finally {
          fs.closeSync(fd);
        }
      }
      /**
       * Reads the file (once). Called by every lookup; call it early to overlap it with something
       * else, such as git listing the files.
       */
      load() {
        if (this.isLoaded)
          return;
        this.isLoaded = true;
        let buf;
        try {
          buf = this.checkFolders(false) ? this.readFile() : null;
        } catch (e) {
          this.untrusted = true;
          this.problem = e instanceof Untrusted ? this.untrustedWarning(e) : `cannot read the cache in ${this.show(this.dir)}: ${cause(e)}; use --no-cache or --cache-dir`;
          return;
        }
        if (!buf || !buf.subarray(0, MAGIC.length).equals(MAGIC))
          return;
        const damaged = (why) => {
          this.problem = `discarded the damaged cache file ${this.show(this.file)} (${why}); it is written afresh`;
        };
        if (buf.length < HEADER_AT)
          return damaged("cut short");
        if (!checksum([buf.subarray(0, SUM_AT), buf.subarray(HEADER_AT)]).equals(buf.subarray(SUM_AT, HEADER_AT)))
          return damaged("checksum mismatch");
        try {
          const headerEnd = HEADER_AT + buf.readUInt32LE(LENGTH_AT);
          if (headerEnd > buf.length)
            return damaged("cut short");
          const header = JSON.parse(buf.toString("utf8", HEADER_AT, headerEnd));
          if (header.tool !== this.fingerprint)
            return;
          if (!wellFormed(header))
            return damaged("malformed header");
          const idCount = header.ids.length / ID_LENGTH;
          const from = headerEnd + 7 & ~7;
          const numbers = 8 * STAT * header.pathCount + 4 * header.pathCount + 8 * idCount;
          if (buf.byteLength < from + numbers || (buf.byteLength - from - numbers) % 4 !== 0)
            return damaged("cut short");
          const base = buf.byteOffset + from;
          const ab = buf.buffer;
          const pathStat = new Float64Array(ab, base, STAT * header.pathCount);
          const pathIds = new Int32Array(ab, base + 8 * STAT * header.pathCount, header.pathCount);
          const spans = new Int32Array(ab, base + (8 * STAT + 4) * header.pathCount, 2 * idCount);
          const records = new Int32Array(ab, base + numbers, buf.byteLength - from - numbers >> 2);
          if (!consistent(pathIds, idCount, spans, records, header.strings.length))
            return damaged("malformed records");
          this.ids = header.ids;
          this.idCount = idCount;
          this.errors = header.errors;
          this.paths = header.paths;
          this.pathCount = header.pathCount;
          this.pathStat = pathStat;
          this.pathIds = pathIds;
          this.spans = spans;
          this.records = records;
          this.table = new facts_codec_1.StringTable(header.strings);
          this.usedPaths = new Uint8Array(header.pathCount);
          this.usedIds = new Uint8Array(idCount);
        } catch {
          damaged("malformed header");
        }
      }
      /** Whether the facts of this content are known. */
      has(contentId) {
        this.load();
        return this.newFacts.has(contentId) || this.loadedId(contentId) !== void 0;
      }
      /** Facts for content git vouches for, or null. */
      byContentId(relPath, contentId) {
        this.load();
        const i = this.loadedPath(relPath);
        if (i !== void 0 && this.pathStat[STAT * i] === -1 && this.ids.startsWith(contentId, ID_LENGTH * this.pathIds[i])) {
          this.usedPaths[i] = 1;
          return this.loadedFacts(this.pathIds[i]);
        }
        return this.decoded(this.use(relPath, [contentId, -1, -1, -1, -1]));
      }
      /** Facts for a file whose recorded stat data still match, or null. */
      byStat(relPath, stat) {
        this.load();
        const i = this.loadedPath(relPath);
        const at = STAT * (i ?? 0);
        const { pathStat } = this;
        if (i === void 0 || pathStat[at] !== stat.size || pathStat[at + 1] !== stat.mtimeMs || pathStat[at + 2] !== stat.ctimeMs || pathStat[at + 3] !== stat.ino)
          return null;
        this.usedPaths[i] = 1;
        return this.loadedFacts(this.pathIds[i]);
      }
      /** The facts of loaded content `i`, marked as used. */
      loadedFacts(i) {
        this.usedIds[i] = 1;
        this.counts.cached++;
        return { facts: (0, facts_codec_1.decodeFacts)(this.records, this.spans[2 * i], this.table.strings), readError: this.errors[i] ?? null };
      }
      /**
       * Facts for content read and hashed by the caller: `scanned` when it just scanned them, or null
       * to look the hash up (a file touched but unchanged, or copied). `stat` (null when git vouched
       * for the content) is kept only if the file was modified long enough before `now` to be trusted.
       */
      byContent(relPath, contentId, stat, now, scanned = null) {
        this.load();
        if (scanned) {
          this.counts.scanned++;
          if (!this.has(contentId)) {
            const data = (0, facts_codec_1.encodeFacts)(scanned.facts, this.table);
            this.newFacts.set(contentId, { data, start: 0, length: data.length, strings: this.table.strings, readError: scanned.readError });
          }
        }
        const hit = this.remember(relPath, contentId, stat, now);
        return scanned ?? this.decoded(hit);
      }
      /** Facts a worker thread scanned and encoded, for content read and hashed there. */
      storeScanned(relPath, contentId, stat, now, record) {
        this.load();
        this.counts.scanned++;
        if (!this.has(contentId))
          this.newFacts.set(contentId, record);
        this.remember(relPath, contentId, stat, now);
        return { facts: (0, facts_codec_1.decodeFacts)(record.data, record.start, record.strings), readError: record.readError };
      }
      remember(relPath, contentId, stat, now) {
        const trusted = stat !== null && stat.mtimeMs < now - TRUST_AFTER_MS && stat.ctimeMs < now - TRUST_AFTER_MS;
        return this.use(relPath, trusted ? [contentId, stat.size, stat.mtimeMs, stat.ctimeMs, stat.ino] : [contentId, -1, -1, -1, -1]);
      }
      /** The loaded index of a path, found where the previous path ended when files come in order. */
      loadedPath(relPath) {
        if (relPath === this.last.path)
          return this.last.index;
        this.seen.push(relPath);
        const { paths, next } = this;
        let index;
        const end = next.at + relPath.length;
        if (next.index < this.pathCount && paths.startsWith(relPath, next.at) && paths.charCodeAt(end) === 0) {
          index = next.index;
          next.index++;
          next.at = end + 1;
        } else {
          index = this.outOfOrder().get(relPath);
          if (index !== void 0) {
            next.index = index + 1;
            next.at = this.pathStarts[index] + relPath.length + 1;
          }
        }
        this.last = { path: relPath, index };
        return index;
      }
      outOfOrder() {
        if (!this.pathIndex) {
          this.pathIndex = /* @__PURE__ */ new Map();
          this.pathStarts = new Int32Array(this.pathCount);
          for (let i = 0, at = 0; i < this.pathCount; i++) {
            const end = this.paths.indexOf("\0", at);
            this.pathStarts[i] = at;
            this.pathIndex.set(this.paths.slice(at, end), i);
            at = end + 1;
          }
        }
        return this.pathIndex;
      }
      loadedId(contentId) {
        if (!this.idIndex) {
          this.idIndex = /* @__PURE__ */ new Map();
          for (let i = 0; i < this.idCount; i++)
            this.idIndex.set(this.ids.substr(ID_LENGTH * i, ID_LENGTH), i);
        }
        return this.idIndex.get(contentId);
      }
      /** Marks a loaded content as used; its record. */
      useId(contentId, i = this.loadedId(contentId)) {
        if (i === void 0)
          return this.newFacts.get(contentId) ?? null;
        this.usedIds[i] = 1;
        return { data: this.records, start: this.spans[2 * i], length: this.spans[2 * i + 1], strings: this.table.strings, readError: this.errors[i] ?? null };
      }
      /** Records that `relPath` holds `record`'s content in this run; its facts, or null if unknown. */
      use(relPath, record) {
        const f = this.useId(record[0]);
        if (!f)
          return null;
        const i = this.loadedPath(relPath);
        const at = STAT * (i ?? 0);
        const same = i !== void 0 && this.ids.startsWith(record[0], ID_LENGTH * this.pathIds[i]) && this.pathStat[at] === record[1] && this.pathStat[at + 1] === record[2] && this.pathStat[at + 2] === record[3] && this.pathStat[at + 3] === record[4];
        if (same)
          this.usedPaths[i] = 1;
        else
          this.newPaths.set(relPath, record);
        return f;
      }
      decoded(f) {
        if (f)
          this.counts.cached++;
        return f && { facts: (0, facts_codec_1.decodeFacts)(f.data, f.start, f.strings), readError: f.readError };
      }
      /**
       * Writes what this run used (entries for files gone since are dropped), atomically, and only if
       * something changed; returns a warning instead of failing (read-only CI folders), or the one
       * about the cache folder or file found when loading.
       */
      save() {
        this.load();
        if (this.untrusted)
          return this.problem;
        const error = this.write();
        return this.problem ?? error;
      }
      write() {
        const keptPaths = this.usedPaths.reduce((n, u) => n + u, 0);
        if (keptPaths + this.newPaths.size === 0)
          return null;
        if (this.newPaths.size === 0 && this.newFacts.size === 0 && keptPaths === this.pathCount && this.problem === null)
          return null;
        try {
          this.checkFolders(true);
          if (!this.hasGitignore) {
            try {
              writeNew(path.join(this.dir, ".gitignore"), [Buffer.from("# Created by dunderlint\n*\n")]);
            } catch (e) {
              if (e.code !== "EEXIST")
                throw e;
            }
          }
          const records = /* @__PURE__ */ new Map();
          for (let i = 0; i < this.idCount; i++) {
            if (this.usedIds[i])
              records.set(this.ids.substr(ID_LENGTH * i, ID_LENGTH), this.useId("", i));
          }
          for (const [id, f] of this.newFacts)
            records.set(id, f);
          const strings = new facts_codec_1.StringTable();
          const reinterner = new facts_codec_1.Reinterner(strings);
          let total = 0;
          for (const f of records.values())
            total += f.length;
          const data = new Int32Array(total);
          const errors = {};
          const index = /* @__PURE__ */ new Map();
          const spans = new Int32Array(2 * records.size);
          let at = 0;
          for (const [id, f] of records) {
            reinterner.copy(f.data, f.start, f.length, f.strings, data, at);
            if (f.readError !== null)
              errors[index.size] = f.readError;
            spans[2 * index.size] = at;
            spans[2 * index.size + 1] = f.length;
            index.set(id, index.size);
            at += f.length;
          }
          const written = /* @__PURE__ */ new Set();
          const pathStat = [];
          const pathIds = [];
          const loaded = this.outOfOrder();
          for (const p of this.seen) {
            if (written.has(p))
              continue;
            let record = this.newPaths.get(p);
            const i = loaded.get(p);
            if (!record && i !== void 0 && this.usedPaths[i]) {
              const at2 = STAT * i;
              const { pathStat: pathStat2 } = this;
              record = [this.ids.substr(ID_LENGTH * this.pathIds[i], ID_LENGTH), pathStat2[at2], pathStat2[at2 + 1], pathStat2[at2 + 2], pathStat2[at2 + 3]];
            }
            if (!record)
              continue;
            written.add(p);
            pathStat.push(record[1], record[2], record[3], record[4]);
            pathIds.push(index.get(record[0]));
          }
          const header = { tool: this.fingerprint, strings: strings.strings, ids: [...index.keys()].join(""), errors, paths: [...written].map((p) => `${p}\0`).join(""), pathCount: written.size };
          const json = Buffer.from(JSON.stringify(header));
          const prefix = Buffer.alloc(HEADER_AT + json.length + 7 & ~7);
          MAGIC.copy(prefix);
          prefix.writeUInt32LE(json.length, LENGTH_AT);
          json.copy(prefix, HEADER_AT);
          const parts = [prefix, new Float64Array(pathStat), new Int32Array(pathIds), spans, data].map((p) => new Uint8Array(p.buffer, p.byteOffset, p.byteLength));
          checksum([prefix.subarray(0, SUM_AT), prefix.subarray(HEADER_AT), ...parts.slice(1)]).copy(prefix, SUM_AT);
          const tmp = `${this.file}.${(0, node_crypto_1.randomBytes)(6).toString("hex")}.tmp`;
          writeNew(tmp, parts);
          try {
            fs.renameSync(tmp, this.file);
          } catch (e) {
            fs.rmSync(tmp, { force: true });
            throw e;
          }
          return null;
        } catch (e) {
          if (e instanceof Untrusted)
            return this.untrustedWarning(e);
          return `cannot write the cache in ${this.show(this.dir)}: ${cause(e)}; use --no-cache or --cache-dir`;
        }
      }
    };
    exports2.FactsCache = FactsCache;
    function writeNew(file, parts) {
      const fd = fs.openSync(file, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, 438);
      try {
        for (const bytes of parts) {
          for (let done = 0; done < bytes.length; )
            done += fs.writeSync(fd, bytes, done);
        }
      } catch (e) {
        fs.closeSync(fd);
        fs.rmSync(file, { force: true });
        throw e;
      }
      fs.closeSync(fd);
    }
    function wellFormed(h) {
      if (typeof h !== "object" || h === null || !Array.isArray(h.strings) || typeof h.ids !== "string" || typeof h.paths !== "string")
        return false;
      if (!Number.isInteger(h.pathCount) || h.pathCount < 0 || h.ids.length % ID_LENGTH !== 0 || typeof h.errors !== "object" || h.errors === null)
        return false;
      if (!h.strings.every((s) => typeof s === "string"))
        return false;
      const idCount = h.ids.length / ID_LENGTH;
      for (const [k, v] of Object.entries(h.errors)) {
        if (typeof v !== "string" || !(Number(k) >= 0 && Number(k) < idCount))
          return false;
      }
      let count = 0;
      for (let at = h.paths.indexOf("\0"); at !== -1; at = h.paths.indexOf("\0", at + 1))
        count++;
      return count === h.pathCount && (h.paths.length === 0 || h.paths.endsWith("\0"));
    }
    function consistent(pathIds, idCount, spans, records, stringCount) {
      for (let i = 0; i < spans.length; i += 2) {
        if (!(0, facts_codec_1.validRecord)(records, spans[i], spans[i + 1], stringCount))
          return false;
      }
      for (const id of pathIds)
        if (!(id >= 0 && id < idCount))
          return false;
      return true;
    }
  }
});

// dist/src/project/modules.js
var require_modules = __commonJS({
  "dist/src/project/modules.js"(exports2) {
    "use strict";
    var __createBinding = exports2 && exports2.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports2 && exports2.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports2 && exports2.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.ModuleReader = exports2.EMPTY_FACTS = void 0;
    exports2.readBytes = readBytes;
    exports2.scanBytes = scanBytes;
    var fs = __importStar(require("node:fs"));
    var node_os_1 = require("node:os");
    var path = __importStar(require("node:path"));
    var node_worker_threads_1 = require("node:worker_threads");
    var facts_1 = require_facts();
    var facts_codec_1 = require_facts_codec();
    var read_1 = require_read();
    var source_1 = require_source();
    var cache_1 = require_cache();
    exports2.EMPTY_FACTS = {
      imports: [],
      dynamicImports: [],
      bindings: [],
      dunderAll: [],
      getattrLine: null,
      mainGuard: false,
      dynamicGlobals: false,
      functionGlobals: [],
      directives: [],
      shebang: false,
      scriptBlock: null,
      syntaxError: null
    };
    function readBytes(abs) {
      try {
        return (0, read_1.readRegularFile)(abs);
      } catch (e) {
        return `1:1: cannot read the file (${e instanceof read_1.ReadError ? e.reason : e})`;
      }
    }
    function scanBytes(bytes) {
      const decoded = (0, source_1.decodeSource)(bytes);
      if (decoded.error) {
        const { message, line, column } = decoded.error;
        return { facts: { ...exports2.EMPTY_FACTS, syntaxError: decoded.error }, readError: `${line}:${column}: ${message}` };
      }
      return { facts: (0, facts_1.scanModule)(decoded.text), readError: null };
    }
    var AUTO_FROM = 5e3;
    var EXPLICIT_FROM = 400;
    var CHUNK = 200;
    var WORKER_FILE = path.join(__dirname, "scan-worker.js");
    var ModuleReader = class {
      root;
      cache;
      memo;
      /** Modules read so far (most of them by `prefetch`), each read once. */
      modules = /* @__PURE__ */ new Map();
      /** Files `prefetch` asked the cache about in vain, with their stat data: not asked again. */
      missed = /* @__PURE__ */ new Map();
      /** Worker threads started, and the files they scanned (for --verbose). */
      parallel = { workers: 0, files: 0 };
      constructor(root, cache, memo = null) {
        this.root = root;
        this.cache = cache;
        this.memo = memo;
      }
      /**
       * Settles every file the cache knows, then scans the rest in worker threads if there are enough
       * of them; files a worker could not handle are read later, one by one, by `read`.
       */
      async prefetch(files, concurrency) {
        const pending = [];
        for (const file of files) {
          const kept = this.memo?.disk.get(file.path);
          if (kept) {
            this.modules.set(file, { file, ...kept });
            continue;
          }
          const { hit, stat } = this.fromCache(file);
          if (hit)
            this.modules.set(file, { file, facts: hit.facts, readError: hit.readError });
          else {
            pending.push({ file, stat });
            this.missed.set(file, stat);
          }
        }
        const workers = concurrency === "auto" ? (0, node_os_1.availableParallelism)() : concurrency;
        const from = concurrency === "auto" ? AUTO_FROM : EXPLICIT_FROM;
        if (workers < 2 || pending.length < from || !fs.existsSync(WORKER_FILE))
          return;
        const byPath = new Map(pending.map((p) => [p.file.path, p]));
        const now = Date.now();
        this.parallel.workers = Math.min(workers, Math.ceil(pending.length / CHUNK));
        await runPool(this.parallel.workers, chunks(pending.map((p) => [p.file.path, p.file.contentId]), CHUNK).map((items) => ({ root: this.root, items, hash: this.cache !== null })), (answer) => {
          for (const [rel, contentId, start, length, readError] of answer.results) {
            const { file, stat } = byPath.get(rel);
            if (length === 0)
              continue;
            this.parallel.files++;
            const record = { data: answer.data, start, length, strings: answer.strings, readError };
            const { facts } = this.cache && contentId ? this.cache.storeScanned(rel, contentId, stat, now, record) : { facts: (0, facts_codec_1.decodeFacts)(answer.data, start, answer.strings) };
            this.modules.set(file, { file, facts, readError });
          }
        });
      }
      /** The module: prefetched, from the cache, or read and scanned now. */
      read(file) {
        let m = this.modules.get(file);
        if (!m) {
          const facts = this.memo?.disk.get(file.path) ?? this.facts(file);
          this.memo?.disk.set(file.path, facts);
          m = { file, ...facts };
          this.modules.set(file, m);
        }
        return m;
      }
      facts(file) {
        const abs = path.join(this.root, file.path);
        const { cache } = this;
        if (!cache)
          return scanFile(abs);
        const { hit, stat } = this.missed.has(file) ? { hit: null, stat: this.missed.get(file) } : this.fromCache(file);
        this.missed.delete(file);
        if (hit)
          return hit;
        if (!file.contentId && !stat)
          return scanFile(abs);
        const now = Date.now();
        const bytes = readBytes(abs);
        if (typeof bytes === "string")
          return { facts: exports2.EMPTY_FACTS, readError: bytes };
        const contentId = file.contentId ?? (0, cache_1.blobId)(bytes);
        const same = file.contentId ? null : cache.byContent(file.path, contentId, stat, now);
        if (same)
          return same;
        const m = scanBytes(bytes);
        cache.byContent(file.path, contentId, stat, now, m);
        return m;
      }
      /**
       * The cached facts of a file git vouches for by content id, or whose stat data still match;
       * else the stat data (null in git, or when the file cannot be stat'ed), for recording it later.
       */
      fromCache(file) {
        if (!this.cache)
          return { hit: null, stat: null };
        if (file.contentId)
          return { hit: this.cache.byContentId(file.path, file.contentId), stat: null };
        let stat;
        try {
          stat = fs.statSync(path.join(this.root, file.path));
        } catch {
          return { hit: null, stat: null };
        }
        return { hit: this.cache.byStat(file.path, stat), stat };
      }
      /** Content given instead of the file (an editor buffer, a staged blob). */
      fromContent(file, content) {
        if (typeof content === "string") {
          const kept = this.memo?.buffers.get(file.path);
          if (kept?.text === content)
            return kept.facts;
          const facts = { facts: (0, facts_1.scanModule)(content), readError: null };
          this.memo?.buffers.set(file.path, { text: content, facts });
          return facts;
        }
        const m = scanBytes(content);
        if (this.cache && file.contentId)
          this.cache.byContent(file.path, file.contentId, null, Date.now(), m);
        return m;
      }
    };
    exports2.ModuleReader = ModuleReader;
    function scanFile(abs) {
      const bytes = readBytes(abs);
      return typeof bytes === "string" ? { facts: exports2.EMPTY_FACTS, readError: bytes } : scanBytes(bytes);
    }
    function chunks(xs, size) {
      const out = [];
      for (let i = 0; i < xs.length; i += size)
        out.push(xs.slice(i, i + size));
      return out;
    }
    function runPool(size, jobs, onAnswer) {
      let next = 0;
      const one = () => new Promise((resolve) => {
        const worker = new node_worker_threads_1.Worker(WORKER_FILE);
        const feed = () => {
          if (next < jobs.length)
            worker.postMessage(jobs[next++]);
          else
            void worker.terminate().then(() => resolve());
        };
        worker.on("message", (answer) => {
          onAnswer(answer);
          feed();
        });
        worker.on("error", () => resolve());
        feed();
      });
      return Promise.all(Array.from({ length: size }, one)).then(() => void 0);
    }
  }
});

// dist/src/project/project.js
var require_project = __commonJS({
  "dist/src/project/project.js"(exports2) {
    "use strict";
    var __createBinding = exports2 && exports2.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports2 && exports2.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports2 && exports2.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.isPythonSource = isPythonSource;
    exports2.discover = discover;
    exports2.loadProject = loadProject;
    var path = __importStar(require("node:path"));
    var foreign_1 = require_foreign();
    var globs_1 = require_globs();
    var read_1 = require_read();
    var git_1 = require_git();
    var walk_1 = require_walk();
    var modules_1 = require_modules();
    var model_1 = require_model();
    function isPythonSource(name) {
      return name.endsWith(".py") || name.endsWith(".pyi");
    }
    async function discover(root, config, gitToplevel, cache = null) {
      const prefix = path.relative(config.baseDir, root).split(path.sep).join("/");
      const configPath = (p) => prefix ? `${prefix}/${p}` : p;
      const excluded = (0, globs_1.excludeMatcher)(config.exclude);
      const isExcluded = (p) => excluded(configPath(p));
      if (!gitToplevel) {
        const result = (0, walk_1.walk)(root, isExcluded);
        return { files: result.files, git: null, notes: result.notes, info: result.skipped };
      }
      const pending = (0, git_1.listFiles)(root, { contentIds: cache !== null, toplevel: gitToplevel });
      cache?.load();
      const listing = await pending;
      const notes = [...listing.undecodable.map((name) => `skipping ${name}: name is not UTF-8`), ...listing.warnings];
      const files = listedFiles(listing, config, configPath, isExcluded);
      return { files, git: gitState(root, gitToplevel, files), notes, info: [...listing.skipped] };
    }
    function listedFiles(listing, config, configPath, isExcluded) {
      const userExcluded = (0, globs_1.excludeMatcher)(config.userExclude);
      return listing.files.filter((f) => !(f.tracked ? userExcluded(configPath(f.path)) : isExcluded(f.path)));
    }
    function gitState(root, toplevel, files) {
      return {
        toplevel,
        tracked: files.filter((f) => f.tracked),
        ignored: (paths) => (0, git_1.ignoredByRules)(root, paths)
      };
    }
    async function loadProject(root, config, gitToplevel, { overlay: given = /* @__PURE__ */ new Map(), cache = null, staged = false, concurrency = "auto", alone = false, buffers: editorBuffers = /* @__PURE__ */ new Set(), discovery, memo } = {}) {
      const prefix = path.relative(config.baseDir, root).split(path.sep).join("/");
      const configPath = (p) => prefix ? `${prefix}/${p}` : p;
      const excluded = (0, globs_1.excludeMatcher)(config.exclude);
      const isExcluded = (p) => excluded(configPath(p));
      const notes = [];
      const info = [];
      let git = null;
      let discovered;
      let stagedChanges = null;
      const overlay = new Map(given);
      if (alone) {
        discovered = [];
      } else if (staged && gitToplevel) {
        const index = (0, git_1.listIndex)(root);
        cache?.load();
        const listing = await index;
        stagedChanges = listing.staged;
        for (const name of listing.undecodable)
          notes.push(`skipping ${name}: name is not UTF-8`);
        notes.push(...listing.warnings);
        info.push(...listing.skipped);
        discovered = listedFiles(listing, config, configPath, isExcluded);
        const wanted = discovered.filter((f) => isPythonSource(f.path) && !overlay.has(f.path) && !cache?.has(f.contentId));
        const blobs = await (0, git_1.readBlobs)(root, [...new Set(wanted.map((f) => f.contentId))]);
        for (const f of wanted) {
          const bytes = blobs.get(f.contentId);
          if (bytes)
            overlay.set(f.path, bytes);
        }
        git = gitState(root, gitToplevel, discovered);
      } else {
        const found = discovery ?? await discover(root, config, gitToplevel, cache);
        discovered = [...found.files];
        git = found.git;
        notes.push(...found.notes);
        info.push(...found.info);
      }
      const foreign = alone ? [] : (0, foreign_1.readForeignSources)(root, config.baseDir, gitToplevel, info);
      const conftests = (0, foreign_1.conftestSources)(discovered.filter((f) => !foreign.some((s) => s.excludes(f.path))).map((f) => f.path), (p) => readConftest(root, p, overlay));
      const sources = [...foreign, ...conftests];
      const excludedByOtherTools = /* @__PURE__ */ new Set();
      if (sources.length) {
        const { kept, counts } = (0, foreign_1.applyForeign)(discovered, sources);
        const keptSet = new Set(kept);
        for (const f of discovered)
          if (!keptSet.has(f))
            excludedByOtherTools.add(f.path);
        for (const [source, n] of counts)
          info.push(`${source} excluded ${n} file${n === 1 ? "" : "s"} (no findings there)`);
      }
      if (overlay.size) {
        const known = new Set(discovered.map((f) => f.path));
        for (const p of overlay.keys()) {
          if (!known.has(p))
            discovered.push({ path: p, tracked: false, onDisk: true });
        }
      }
      const { root: tree, files } = (0, model_1.buildTree)(discovered);
      const reader = new modules_1.ModuleReader(root, cache, memo);
      await reader.prefetch(files.filter((f) => isPythonSource(f.name) && !overlay.has(f.path)), concurrency);
      if (reader.parallel.workers)
        info.push(`scanned ${reader.parallel.files} modules in ${reader.parallel.workers} worker threads`);
      const buffers = /* @__PURE__ */ new Map();
      const module3 = (file) => {
        const content = overlay.size ? overlay.get(file.path) : void 0;
        if (content === void 0)
          return reader.read(file);
        let m = buffers.get(file);
        if (!m) {
          m = { file, ...reader.fromContent(file, content) };
          buffers.set(file, m);
        }
        return m;
      };
      const foreignExclusions = sources.flatMap((s) => s.exclusions);
      return { project: { root, config, tree, files, git, configPath, module: module3, buffers: editorBuffers, excludedByOtherTools }, notes, info, stagedChanges, foreignExclusions };
    }
    function readConftest(root, projectPath, overlay) {
      const given = overlay.get(projectPath);
      if (given !== void 0)
        return typeof given === "string" ? given : given.toString("utf8");
      try {
        return (0, read_1.readRegularText)(path.join(root, projectPath));
      } catch {
        return null;
      }
    }
  }
});

// dist/src/config/config.js
var require_config = __commonJS({
  "dist/src/config/config.js"(exports2) {
    "use strict";
    var __createBinding = exports2 && exports2.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports2 && exports2.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports2 && exports2.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.CONFIG_KEYS = exports2.DEFAULT_EXCLUDE = exports2.ConfigError = void 0;
    exports2.findConfigFile = findConfigFile;
    exports2.loadConfig = loadConfig;
    exports2.configuredPlugins = configuredPlugins;
    exports2.applyRuleOverride = applyRuleOverride;
    exports2.suggest = suggest;
    exports2.editDistance = editDistance;
    var node_buffer_1 = require("node:buffer");
    var fs = __importStar(require("node:fs"));
    var path = __importStar(require("node:path"));
    var smol_toml_1 = require_dist();
    var read_1 = require_read();
    var globs_1 = require_globs();
    var ConfigError = class extends Error {
    };
    exports2.ConfigError = ConfigError;
    exports2.DEFAULT_EXCLUDE = [
      ".bzr",
      ".direnv",
      ".eggs",
      ".git",
      ".git-rewrite",
      ".hg",
      ".mypy_cache",
      ".nox",
      ".pants.d",
      ".pytype",
      ".ruff_cache",
      ".dunderlint_cache",
      ".svn",
      ".tox",
      ".venv",
      "__pypackages__",
      "_build",
      "buck-out",
      "build",
      "dist",
      "node_modules",
      "site-packages",
      "venv"
    ];
    var CONFIG_NAMES = [".dunderlint.toml", "dunderlint.toml", "pyproject.toml"];
    exports2.CONFIG_KEYS = ["rules", "exclude", "extend-exclude", "per-file-ignores", "src", "namespace-packages", "plugins"];
    var LEVELS = ["off", "warn", "error"];
    function findConfigFile(start, stopAt, displayBase) {
      let dir = path.resolve(start);
      for (; ; ) {
        for (const name of CONFIG_NAMES) {
          const candidate = path.join(dir, name);
          if (!isFile(candidate))
            continue;
          if (name !== "pyproject.toml" || pyprojectHasTable(candidate, displayBase))
            return candidate;
        }
        const parent = path.dirname(dir);
        if (dir === stopAt || parent === dir)
          return null;
        dir = parent;
      }
    }
    function loadConfig(file, projectRoot, rules, displayBase) {
      const resolved = {
        file,
        baseDir: file ? path.dirname(file) : projectRoot,
        rules: new Map(rules.map((r) => [r.id, { level: r.meta.defaultSeverity, options: defaults(r) }])),
        exclude: [...exports2.DEFAULT_EXCLUDE],
        userExclude: [],
        written: { exclude: null, extendExclude: [] },
        perFileIgnores: [],
        src: [],
        namespacePackages: [],
        plugins: [],
        ruleSet: rules
      };
      if (!file)
        return resolved;
      const { table, where } = readTable(file, displayBase);
      if (table === void 0)
        return resolved;
      for (const key of Object.keys(table)) {
        if (!exports2.CONFIG_KEYS.includes(key)) {
          throw new ConfigError(`${where(key)}: unknown key${suggest(key, exports2.CONFIG_KEYS)} (expected one of: ${exports2.CONFIG_KEYS.join(", ")})`);
        }
      }
      const byId = new Map(rules.map((r) => [r.id, r]));
      const rulesTable = table["rules"];
      if (rulesTable !== void 0) {
        if (!isTable(rulesTable))
          throw new ConfigError(`${where("rules")}: expected a table of rule id = severity`);
        for (const [id, value] of Object.entries(rulesTable)) {
          const rule = byId.get(id);
          if (!rule)
            throw new ConfigError(`${where(`rules.${id}`)}: unknown rule${suggest(id, [...byId.keys()])}`);
          resolved.rules.set(id, parseRuleSetting(value, rule, where(`rules.${id}`)));
        }
      }
      const exclude = globList(table["exclude"], where("exclude"));
      if (exclude)
        resolved.exclude = exclude;
      const extend = globList(table["extend-exclude"], where("extend-exclude")) ?? [];
      resolved.exclude.push(...extend);
      resolved.userExclude = [...exclude ?? [], ...extend];
      resolved.written = { exclude: exclude ?? null, extendExclude: extend };
      resolved.src = stringList(table["src"], where("src")) ?? [];
      resolved.namespacePackages = stringList(table["namespace-packages"], where("namespace-packages")) ?? [];
      resolved.plugins = stringList(table["plugins"], where("plugins")) ?? [];
      const pfi = table["per-file-ignores"];
      if (pfi !== void 0) {
        if (!isTable(pfi))
          throw new ConfigError(`${where("per-file-ignores")}: expected a table of glob = [rule ids]`);
        for (const [pattern, ids] of Object.entries(pfi)) {
          const key = `per-file-ignores."${pattern}"`;
          const problem = (0, globs_1.globProblem)(pattern);
          if (problem)
            throw new ConfigError(`${where(key)}: ${problem}`);
          const list = stringList(ids, where(key));
          for (const id of list) {
            if (id !== "ALL" && !byId.has(id)) {
              throw new ConfigError(`${where(key)}: unknown rule "${id}"${suggest(id, [...byId.keys()])}`);
            }
          }
          resolved.perFileIgnores.push({ pattern, rules: list });
        }
      }
      return resolved;
    }
    function readTable(file, displayBase) {
      const shown = path.relative(displayBase, file) || path.basename(file);
      const isPyproject = path.basename(file) === "pyproject.toml";
      const doc = readToml(file, shown);
      let table = doc;
      if (isPyproject) {
        const tool = doc["tool"];
        table = isTable(tool) ? tool["dunderlint"] : void 0;
      }
      const prefix = isPyproject ? "tool.dunderlint" : "";
      const where = (key) => `${shown}: ${[prefix, key].filter(Boolean).join(".")}`;
      if (table !== void 0 && !isTable(table))
        throw new ConfigError(`${where("")}: expected a table`);
      return { table, where };
    }
    function configuredPlugins(file, displayBase) {
      const { table, where } = readTable(file, displayBase);
      return stringList(table?.["plugins"], where("plugins")) ?? [];
    }
    function applyRuleOverride(config, spec, rules) {
      const m = /^([^:=\s]+)\s*[:=]\s*(\S+)$/.exec(spec);
      if (!m)
        throw new ConfigError(`--rule ${spec}: expected id:severity, e.g. --rule bytecode-tracked:warn`);
      const [, id, level] = m;
      const ids = rules.map((r) => r.id);
      if (!ids.includes(id))
        throw new ConfigError(`--rule ${spec}: unknown rule "${id}"${suggest(id, ids)}`);
      if (!LEVELS.includes(level)) {
        throw new ConfigError(`--rule ${spec}: expected severity "off", "warn" or "error", got "${level}"`);
      }
      config.rules.get(id).level = level;
    }
    function parseRuleSetting(value, rule, where) {
      const levelError = `${where}: expected "off", "warn", "error" or [severity, {options}], got ${show(value)}`;
      let level = value;
      let options = {};
      if (Array.isArray(value)) {
        if (value.length < 1 || value.length > 2)
          throw new ConfigError(levelError);
        [level, options = {}] = value;
      }
      if (typeof level !== "string" || !LEVELS.includes(level))
        throw new ConfigError(levelError);
      if (!isTable(options))
        throw new ConfigError(`${where}: options must be a table, got ${show(options)}`);
      const specs = rule.meta.options ?? {};
      const merged = defaults(rule);
      for (const [name, optionValue] of Object.entries(options)) {
        const spec = specs[name];
        if (!spec) {
          const known = Object.keys(specs);
          throw new ConfigError(`${where}: rule has no option "${name}"${known.length ? ` (options: ${known.join(", ")})` : ""}`);
        }
        if (!matchesType(optionValue, spec)) {
          throw new ConfigError(`${where}.${name}: expected ${spec.type}, got ${show(optionValue)}`);
        }
        merged[name] = optionValue;
      }
      return { level, options: merged };
    }
    function defaults(rule) {
      const out = {};
      for (const [name, spec] of Object.entries(rule.meta.options ?? {}))
        out[name] = spec.default;
      return out;
    }
    function matchesType(value, spec) {
      switch (spec.type) {
        case "string[]":
          return Array.isArray(value) && value.every((v) => typeof v === "string");
        default:
          return typeof value === spec.type;
      }
    }
    function readToml(file, shown) {
      let bytes;
      try {
        bytes = (0, read_1.readRegularFile)(file);
      } catch (e) {
        throw new ConfigError(`${shown}: cannot read config: ${e instanceof read_1.ReadError ? e.reason : e.message}`);
      }
      const text = bytes.toString("utf8");
      if (!(0, node_buffer_1.isUtf8)(bytes)) {
        const line = text.slice(0, text.indexOf("\uFFFD")).split("\n").length;
        throw new ConfigError(`${shown}:${line}: invalid TOML: not UTF-8`);
      }
      try {
        return (0, smol_toml_1.parse)(text);
      } catch (e) {
        if (e instanceof smol_toml_1.TomlError) {
          const reason = e.message.split("\n")[0].replace(/^Invalid TOML document: /, "");
          throw new ConfigError(`${shown}:${e.line}:${e.column}: invalid TOML: ${reason}`);
        }
        throw e;
      }
    }
    function pyprojectHasTable(file, displayBase) {
      const doc = readToml(file, path.relative(displayBase, file) || file);
      const tool = doc["tool"];
      return isTable(tool) && tool["dunderlint"] !== void 0;
    }
    function stringList(value, where) {
      if (value === void 0)
        return void 0;
      if (!Array.isArray(value) || !value.every((v) => typeof v === "string")) {
        throw new ConfigError(`${where}: expected a list of strings, got ${show(value)}`);
      }
      return value;
    }
    function globList(value, where) {
      const list = stringList(value, where);
      for (const glob of list ?? []) {
        const problem = (0, globs_1.globProblem)(glob);
        if (problem)
          throw new ConfigError(`${where}: ${problem}`);
      }
      return list;
    }
    function isTable(v) {
      return typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof Date);
    }
    function isFile(p) {
      try {
        return fs.statSync(p).isFile();
      } catch {
        return false;
      }
    }
    function show(v) {
      if (Array.isArray(v))
        return "an array";
      if (isTable(v))
        return "a table";
      return JSON.stringify(v) ?? String(v);
    }
    function suggest(name, known) {
      let best = null;
      let bestDistance = 3;
      for (const k of known) {
        const d = editDistance(name, k);
        if (d < bestDistance)
          [best, bestDistance] = [k, d];
      }
      return best ? ` (did you mean "${best}"?)` : "";
    }
    function editDistance(a, b) {
      const rows = a.length + 1;
      const cols = b.length + 1;
      const d = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_2, j) => i === 0 ? j : j === 0 ? i : 0));
      for (let i = 1; i < rows; i++) {
        for (let j = 1; j < cols; j++) {
          const cost = a[i - 1] === b[j - 1] ? 0 : 1;
          let v = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
          if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
            v = Math.min(v, d[i - 2][j - 2] + 1);
          d[i][j] = v;
        }
      }
      return d[a.length][b.length];
    }
  }
});

// dist/src/python/names.js
var require_names2 = __commonJS({
  "dist/src/python/names.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.isIdentifier = isIdentifier;
    exports2.isModuleName = isModuleName;
    exports2.isMisspelledInit = isMisspelledInit;
    exports2.sortKey = sortKey;
    exports2.compareNames = compareNames;
    var config_1 = require_config();
    var IDENTIFIER = /^[\p{XID_Start}_][\p{XID_Continue}]*$/u;
    function isIdentifier(name) {
      return IDENTIFIER.test(name);
    }
    var KEYWORDS = /* @__PURE__ */ new Set([
      "False",
      "None",
      "True",
      "and",
      "as",
      "assert",
      "async",
      "await",
      "break",
      "class",
      "continue",
      "def",
      "del",
      "elif",
      "else",
      "except",
      "finally",
      "for",
      "from",
      "global",
      "if",
      "import",
      "in",
      "is",
      "lambda",
      "nonlocal",
      "not",
      "or",
      "pass",
      "raise",
      "return",
      "try",
      "while",
      "with",
      "yield"
    ]);
    function isModuleName(name) {
      return isIdentifier(name) && !KEYWORDS.has(name) && name.normalize("NFKC") === name;
    }
    function isMisspelledInit(name) {
      if (name === "__init__.py" || name === "__init__.pyi")
        return false;
      const lower = name.toLowerCase();
      if (!lower.includes("_") || /\.py[cod]$/.test(lower))
        return false;
      if (/[^a-z_.]/.test(lower))
        return false;
      let core = lower.replace(/[_.]/g, "");
      while (core.endsWith("py") && core.length > 2)
        core = core.slice(0, -2);
      if (core.endsWith("pyi"))
        core = core.slice(0, -3);
      if (core === "init")
        return true;
      const dunderShaped = lower.startsWith("__") || lower.replace(/(\.pyi?)+$/, "").endsWith("__");
      return dunderShaped && core.length >= 3 && (0, config_1.editDistance)(core, "init") <= 1;
    }
    function sortKey(name) {
      const category = name.length > 1 && /^[A-Z0-9_]+$/.test(name) && /[A-Z]/.test(name) ? 0 : /^_*[A-Z]/.test(name) ? 1 : 2;
      return [category, name];
    }
    var naturalParts = (s) => s.split(/(\d+)/).map((p, i) => i % 2 ? Number(p) : p);
    function compareNames(a, b) {
      const [ca] = sortKey(a);
      const [cb] = sortKey(b);
      if (ca !== cb)
        return ca - cb;
      const pa = naturalParts(a);
      const pb = naturalParts(b);
      for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
        const x = pa[i];
        const y = pb[i];
        if (x === y)
          continue;
        if (typeof x === "number" && typeof y === "number")
          return x - y;
        return String(x) < String(y) ? -1 : 1;
      }
      return pa.length - pb.length;
    }
  }
});

// dist/src/project/environment/stdlib-modules.js
var require_stdlib_modules = __commonJS({
  "dist/src/project/environment/stdlib-modules.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.STDLIB_MODULES = void 0;
    exports2.STDLIB_MODULES = {
      "3.8": "__future__ _abc _ast _asyncio _bisect _blake2 _bootlocale _bz2 _codecs _codecs_cn _codecs_hk _codecs_iso2022 _codecs_jp _codecs_kr _codecs_tw _collections _collections_abc _compat_pickle _compression _contextvars _crypt _csv _ctypes _ctypes_test _curses _curses_panel _datetime _decimal _dummy_thread _elementtree _functools _hashlib _heapq _imp _io _json _locale _lsprof _lzma _markupbase _md5 _multibytecodec _multiprocessing _opcode _operator _osx_support _pickle _posixshmem _posixsubprocess _py_abc _pydecimal _pyio _queue _random _sha1 _sha256 _sha3 _sha512 _signal _sitebuiltins _socket _sqlite3 _sre _ssl _stat _statistics _string _strptime _struct _symtable _testbuffer _testcapi _testimportmultiple _testinternalcapi _testmultiphase _thread _threading_local _tkinter _tracemalloc _uuid _warnings _weakref _weakrefset _xxsubinterpreters _xxtestfuzz abc aifc antigravity argparse array ast asynchat asyncio asyncore atexit audioop base64 bdb binascii binhex bisect builtins bz2 cProfile calendar cgi cgitb chunk cmath cmd code codecs codeop collections colorsys compileall concurrent configparser contextlib contextvars copy copyreg crypt csv ctypes curses dataclasses datetime dbm decimal difflib dis distutils doctest dummy_threading email encodings ensurepip enum errno faulthandler fcntl filecmp fileinput fnmatch formatter fractions ftplib functools gc genericpath getopt getpass gettext glob grp gzip hashlib heapq hmac html http idlelib imaplib imghdr imp importlib inspect io ipaddress itertools json keyword lib2to3 linecache locale logging lzma mailbox mailcap marshal math mimetypes mmap modulefinder multiprocessing netrc nis nntplib ntpath nturl2path numbers opcode operator optparse os ossaudiodev parser pathlib pdb pickle pickletools pipes pkgutil platform plistlib poplib posix posixpath pprint profile pstats pty pwd py_compile pyclbr pydoc pydoc_data pyexpat queue quopri random re readline reprlib resource rlcompleter runpy sched secrets select selectors shelve shlex shutil signal site smtpd smtplib sndhdr socket socketserver spwd sqlite3 sre_compile sre_constants sre_parse ssl stat statistics string stringprep struct subprocess sunau symbol symtable sys sysconfig syslog tabnanny tarfile telnetlib tempfile termios test textwrap this threading time timeit tkinter token tokenize trace traceback tracemalloc tty turtle turtledemo types typing unicodedata unittest urllib uu uuid venv warnings wave weakref webbrowser wsgiref xdrlib xml xmlrpc xxlimited xxsubtype zipapp zipfile zipimport zlib",
      "3.9": "__future__ _abc _aix_support _ast _asyncio _bisect _blake2 _bootlocale _bootsubprocess _bz2 _codecs _codecs_cn _codecs_hk _codecs_iso2022 _codecs_jp _codecs_kr _codecs_tw _collections _collections_abc _compat_pickle _compression _contextvars _crypt _csv _ctypes _ctypes_test _curses _curses_panel _datetime _decimal _elementtree _functools _hashlib _heapq _imp _io _json _locale _lsprof _lzma _markupbase _md5 _multibytecodec _multiprocessing _opcode _operator _osx_support _peg_parser _pickle _posixshmem _posixsubprocess _py_abc _pydecimal _pyio _queue _random _sha1 _sha256 _sha3 _sha512 _signal _sitebuiltins _socket _sqlite3 _sre _ssl _stat _statistics _string _strptime _struct _symtable _testbuffer _testcapi _testimportmultiple _testinternalcapi _testmultiphase _thread _threading_local _tkinter _tracemalloc _uuid _warnings _weakref _weakrefset _xxsubinterpreters _xxtestfuzz _zoneinfo abc aifc antigravity argparse array ast asynchat asyncio asyncore atexit audioop base64 bdb binascii binhex bisect builtins bz2 cProfile calendar cgi cgitb chunk cmath cmd code codecs codeop collections colorsys compileall concurrent configparser contextlib contextvars copy copyreg crypt csv ctypes curses dataclasses datetime dbm decimal difflib dis distutils doctest email encodings ensurepip enum errno faulthandler fcntl filecmp fileinput fnmatch formatter fractions ftplib functools gc genericpath getopt getpass gettext glob graphlib grp gzip hashlib heapq hmac html http idlelib imaplib imghdr imp importlib inspect io ipaddress itertools json keyword lib2to3 linecache locale logging lzma mailbox mailcap marshal math mimetypes mmap modulefinder multiprocessing netrc nis nntplib ntpath nturl2path numbers opcode operator optparse os ossaudiodev parser pathlib pdb pickle pickletools pipes pkgutil platform plistlib poplib posix posixpath pprint profile pstats pty pwd py_compile pyclbr pydoc pydoc_data pyexpat queue quopri random re readline reprlib resource rlcompleter runpy sched secrets select selectors shelve shlex shutil signal site smtpd smtplib sndhdr socket socketserver spwd sqlite3 sre_compile sre_constants sre_parse ssl stat statistics string stringprep struct subprocess sunau symbol symtable sys sysconfig syslog tabnanny tarfile telnetlib tempfile termios test textwrap this threading time timeit tkinter token tokenize trace traceback tracemalloc tty turtle turtledemo types typing unicodedata unittest urllib uu uuid venv warnings wave weakref webbrowser wsgiref xdrlib xml xmlrpc xxlimited xxsubtype zipapp zipfile zipimport zlib zoneinfo",
      "3.10": "__future__ _abc _aix_support _ast _asyncio _bisect _blake2 _bootsubprocess _bz2 _codecs _codecs_cn _codecs_hk _codecs_iso2022 _codecs_jp _codecs_kr _codecs_tw _collections _collections_abc _compat_pickle _compression _contextvars _crypt _csv _ctypes _curses _curses_panel _datetime _dbm _decimal _elementtree _frozen_importlib _frozen_importlib_external _functools _gdbm _hashlib _heapq _imp _io _json _locale _lsprof _lzma _markupbase _md5 _msi _multibytecodec _multiprocessing _opcode _operator _osx_support _overlapped _pickle _posixshmem _posixsubprocess _py_abc _pydecimal _pyio _queue _random _scproxy _sha1 _sha256 _sha3 _sha512 _signal _sitebuiltins _socket _sqlite3 _sre _ssl _stat _statistics _string _strptime _struct _symtable _thread _threading_local _tkinter _tracemalloc _uuid _warnings _weakref _weakrefset _winapi _zoneinfo abc aifc antigravity argparse array ast asynchat asyncio asyncore atexit audioop base64 bdb binascii binhex bisect builtins bz2 cProfile calendar cgi cgitb chunk cmath cmd code codecs codeop collections colorsys compileall concurrent configparser contextlib contextvars copy copyreg crypt csv ctypes curses dataclasses datetime dbm decimal difflib dis distutils doctest email encodings ensurepip enum errno faulthandler fcntl filecmp fileinput fnmatch fractions ftplib functools gc genericpath getopt getpass gettext glob graphlib grp gzip hashlib heapq hmac html http idlelib imaplib imghdr imp importlib inspect io ipaddress itertools json keyword lib2to3 linecache locale logging lzma mailbox mailcap marshal math mimetypes mmap modulefinder msilib msvcrt multiprocessing netrc nis nntplib nt ntpath nturl2path numbers opcode operator optparse os ossaudiodev pathlib pdb pickle pickletools pipes pkgutil platform plistlib poplib posix posixpath pprint profile pstats pty pwd py_compile pyclbr pydoc pydoc_data pyexpat queue quopri random re readline reprlib resource rlcompleter runpy sched secrets select selectors shelve shlex shutil signal site smtpd smtplib sndhdr socket socketserver spwd sqlite3 sre_compile sre_constants sre_parse ssl stat statistics string stringprep struct subprocess sunau symtable sys sysconfig syslog tabnanny tarfile telnetlib tempfile termios textwrap this threading time timeit tkinter token tokenize trace traceback tracemalloc tty turtle turtledemo types typing unicodedata unittest urllib uu uuid venv warnings wave weakref webbrowser winreg winsound wsgiref xdrlib xml xmlrpc zipapp zipfile zipimport zlib zoneinfo",
      "3.11": "__future__ _abc _aix_support _ast _asyncio _bisect _blake2 _bootsubprocess _bz2 _codecs _codecs_cn _codecs_hk _codecs_iso2022 _codecs_jp _codecs_kr _codecs_tw _collections _collections_abc _compat_pickle _compression _contextvars _crypt _csv _ctypes _curses _curses_panel _datetime _dbm _decimal _elementtree _frozen_importlib _frozen_importlib_external _functools _gdbm _hashlib _heapq _imp _io _json _locale _lsprof _lzma _markupbase _md5 _msi _multibytecodec _multiprocessing _opcode _operator _osx_support _overlapped _pickle _posixshmem _posixsubprocess _py_abc _pydecimal _pyio _queue _random _scproxy _sha1 _sha256 _sha3 _sha512 _signal _sitebuiltins _socket _sqlite3 _sre _ssl _stat _statistics _string _strptime _struct _symtable _thread _threading_local _tkinter _tokenize _tracemalloc _typing _uuid _warnings _weakref _weakrefset _winapi _zoneinfo abc aifc antigravity argparse array ast asynchat asyncio asyncore atexit audioop base64 bdb binascii bisect builtins bz2 cProfile calendar cgi cgitb chunk cmath cmd code codecs codeop collections colorsys compileall concurrent configparser contextlib contextvars copy copyreg crypt csv ctypes curses dataclasses datetime dbm decimal difflib dis distutils doctest email encodings ensurepip enum errno faulthandler fcntl filecmp fileinput fnmatch fractions ftplib functools gc genericpath getopt getpass gettext glob graphlib grp gzip hashlib heapq hmac html http idlelib imaplib imghdr imp importlib inspect io ipaddress itertools json keyword lib2to3 linecache locale logging lzma mailbox mailcap marshal math mimetypes mmap modulefinder msilib msvcrt multiprocessing netrc nis nntplib nt ntpath nturl2path numbers opcode operator optparse os ossaudiodev pathlib pdb pickle pickletools pipes pkgutil platform plistlib poplib posix posixpath pprint profile pstats pty pwd py_compile pyclbr pydoc pydoc_data pyexpat queue quopri random re readline reprlib resource rlcompleter runpy sched secrets select selectors shelve shlex shutil signal site smtpd smtplib sndhdr socket socketserver spwd sqlite3 sre_compile sre_constants sre_parse ssl stat statistics string stringprep struct subprocess sunau symtable sys sysconfig syslog tabnanny tarfile telnetlib tempfile termios textwrap this threading time timeit tkinter token tokenize tomllib trace traceback tracemalloc tty turtle turtledemo types typing unicodedata unittest urllib uu uuid venv warnings wave weakref webbrowser winreg winsound wsgiref xdrlib xml xmlrpc zipapp zipfile zipimport zlib zoneinfo",
      "3.12": "__future__ _abc _aix_support _ast _asyncio _bisect _blake2 _bz2 _codecs _codecs_cn _codecs_hk _codecs_iso2022 _codecs_jp _codecs_kr _codecs_tw _collections _collections_abc _compat_pickle _compression _contextvars _crypt _csv _ctypes _curses _curses_panel _datetime _dbm _decimal _elementtree _frozen_importlib _frozen_importlib_external _functools _gdbm _hashlib _heapq _imp _io _json _locale _lsprof _lzma _markupbase _md5 _msi _multibytecodec _multiprocessing _opcode _operator _osx_support _overlapped _pickle _posixshmem _posixsubprocess _py_abc _pydatetime _pydecimal _pyio _pylong _queue _random _scproxy _sha1 _sha2 _sha3 _signal _sitebuiltins _socket _sqlite3 _sre _ssl _stat _statistics _string _strptime _struct _symtable _thread _threading_local _tkinter _tokenize _tracemalloc _typing _uuid _warnings _weakref _weakrefset _winapi _zoneinfo abc aifc antigravity argparse array ast asyncio atexit audioop base64 bdb binascii bisect builtins bz2 cProfile calendar cgi cgitb chunk cmath cmd code codecs codeop collections colorsys compileall concurrent configparser contextlib contextvars copy copyreg crypt csv ctypes curses dataclasses datetime dbm decimal difflib dis doctest email encodings ensurepip enum errno faulthandler fcntl filecmp fileinput fnmatch fractions ftplib functools gc genericpath getopt getpass gettext glob graphlib grp gzip hashlib heapq hmac html http idlelib imaplib imghdr importlib inspect io ipaddress itertools json keyword lib2to3 linecache locale logging lzma mailbox mailcap marshal math mimetypes mmap modulefinder msilib msvcrt multiprocessing netrc nis nntplib nt ntpath nturl2path numbers opcode operator optparse os ossaudiodev pathlib pdb pickle pickletools pipes pkgutil platform plistlib poplib posix posixpath pprint profile pstats pty pwd py_compile pyclbr pydoc pydoc_data pyexpat queue quopri random re readline reprlib resource rlcompleter runpy sched secrets select selectors shelve shlex shutil signal site smtplib sndhdr socket socketserver spwd sqlite3 sre_compile sre_constants sre_parse ssl stat statistics string stringprep struct subprocess sunau symtable sys sysconfig syslog tabnanny tarfile telnetlib tempfile termios textwrap this threading time timeit tkinter token tokenize tomllib trace traceback tracemalloc tty turtle turtledemo types typing unicodedata unittest urllib uu uuid venv warnings wave weakref webbrowser winreg winsound wsgiref xdrlib xml xmlrpc zipapp zipfile zipimport zlib zoneinfo",
      "3.13": "__future__ _abc _aix_support _android_support _ast _asyncio _bisect _blake2 _bz2 _codecs _codecs_cn _codecs_hk _codecs_iso2022 _codecs_jp _codecs_kr _codecs_tw _collections _collections_abc _colorize _compat_pickle _compression _contextvars _csv _ctypes _curses _curses_panel _datetime _dbm _decimal _elementtree _frozen_importlib _frozen_importlib_external _functools _gdbm _hashlib _heapq _imp _interpchannels _interpqueues _interpreters _io _ios_support _json _locale _lsprof _lzma _markupbase _md5 _multibytecodec _multiprocessing _opcode _opcode_metadata _operator _osx_support _overlapped _pickle _posixshmem _posixsubprocess _py_abc _pydatetime _pydecimal _pyio _pylong _pyrepl _queue _random _scproxy _sha1 _sha2 _sha3 _signal _sitebuiltins _socket _sqlite3 _sre _ssl _stat _statistics _string _strptime _struct _suggestions _symtable _sysconfig _thread _threading_local _tkinter _tokenize _tracemalloc _typing _uuid _warnings _weakref _weakrefset _winapi _wmi _zoneinfo abc antigravity argparse array ast asyncio atexit base64 bdb binascii bisect builtins bz2 cProfile calendar cmath cmd code codecs codeop collections colorsys compileall concurrent configparser contextlib contextvars copy copyreg csv ctypes curses dataclasses datetime dbm decimal difflib dis doctest email encodings ensurepip enum errno faulthandler fcntl filecmp fileinput fnmatch fractions ftplib functools gc genericpath getopt getpass gettext glob graphlib grp gzip hashlib heapq hmac html http idlelib imaplib importlib inspect io ipaddress itertools json keyword linecache locale logging lzma mailbox marshal math mimetypes mmap modulefinder msvcrt multiprocessing netrc nt ntpath nturl2path numbers opcode operator optparse os pathlib pdb pickle pickletools pkgutil platform plistlib poplib posix posixpath pprint profile pstats pty pwd py_compile pyclbr pydoc pydoc_data pyexpat queue quopri random re readline reprlib resource rlcompleter runpy sched secrets select selectors shelve shlex shutil signal site smtplib socket socketserver sqlite3 sre_compile sre_constants sre_parse ssl stat statistics string stringprep struct subprocess symtable sys sysconfig syslog tabnanny tarfile tempfile termios textwrap this threading time timeit tkinter token tokenize tomllib trace traceback tracemalloc tty turtle turtledemo types typing unicodedata unittest urllib uuid venv warnings wave weakref webbrowser winreg winsound wsgiref xml xmlrpc zipapp zipfile zipimport zlib zoneinfo"
    };
  }
});

// dist/src/project/environment/environment.js
var require_environment = __commonJS({
  "dist/src/project/environment/environment.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.stdlibNames = stdlibNames;
    exports2.normalizeDistName = normalizeDistName;
    exports2.importNamesOf = importNamesOf;
    exports2.requirementName = requirementName;
    exports2.declaredDistributions = declaredDistributions;
    exports2.isRequirementsFile = isRequirementsFile;
    var smol_toml_1 = require_dist();
    var build_config_1 = require_build_config();
    var stdlib_modules_1 = require_stdlib_modules();
    var stdlib = null;
    function stdlibNames() {
      if (!stdlib)
        stdlib = new Set(Object.values(stdlib_modules_1.STDLIB_MODULES).flatMap((list) => list.split(" ")));
      return stdlib;
    }
    var IMPORT_NAMES = {
      attrs: ["attr", "attrs"],
      beautifulsoup4: ["bs4"],
      "django-rest-framework": ["rest_framework"],
      djangorestframework: ["rest_framework"],
      "google-api-python-client": ["googleapiclient"],
      "msgpack-python": ["msgpack"],
      "opencv-contrib-python": ["cv2"],
      "opencv-python": ["cv2"],
      "opencv-python-headless": ["cv2"],
      pillow: ["PIL"],
      protobuf: ["google"],
      "psycopg2-binary": ["psycopg2"],
      pycryptodome: ["Crypto"],
      pycryptodomex: ["Cryptodome"],
      pyjwt: ["jwt"],
      pyopenssl: ["OpenSSL"],
      pyserial: ["serial"],
      "python-dateutil": ["dateutil"],
      "python-dotenv": ["dotenv"],
      "python-multipart": ["multipart", "python_multipart"],
      "python-jose": ["jose"],
      pyyaml: ["yaml"],
      "scikit-image": ["skimage"],
      "scikit-learn": ["sklearn"],
      setuptools: ["setuptools", "pkg_resources", "_distutils_hack"],
      "typing-extensions": ["typing_extensions"],
      pywin32: ["win32api", "win32con", "pywintypes", "win32com"]
    };
    var DASHED_NAMESPACES = /* @__PURE__ */ new Set(["azure", "backports", "google", "jaraco", "oslo", "plone", "ruamel", "sphinxcontrib", "zope", "flufl", "collective"]);
    function normalizeDistName(name) {
      return name.toLowerCase().replace(/[-_.]+/g, "-");
    }
    function importNamesOf(dist) {
      const norm = normalizeDistName(dist);
      const names = new Set(IMPORT_NAMES[norm] ?? [norm.replace(/-/g, "_")]);
      const dotted = /^([A-Za-z_][A-Za-z0-9_]*)\./.exec(dist);
      if (dotted)
        names.add(dotted[1]);
      const dashed = /^([a-z][a-z0-9]*)-/.exec(norm);
      if (dashed && DASHED_NAMESPACES.has(dashed[1]))
        names.add(dashed[1]);
      return [...names];
    }
    function requirementName(spec) {
      const m = /^\s*([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)/.exec(spec);
      return m ? m[1] : null;
    }
    var isTable = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
    var get = (t, ...keys) => keys.reduce((o, k) => isTable(o) ? o[k] : void 0, t);
    var stringsIn = (v) => Array.isArray(v) ? v.filter((x) => typeof x === "string") : [];
    function declaredDistributions(files) {
      const out = [];
      const addSpec = (spec) => {
        const name = requirementName(spec);
        if (name)
          out.push(name);
      };
      if (files.pyproject !== null) {
        let py = {};
        try {
          py = (0, smol_toml_1.parse)(files.pyproject);
        } catch {
        }
        stringsIn(get(py, "project", "dependencies")).forEach(addSpec);
        stringsIn(get(py, "build-system", "requires")).forEach(addSpec);
        const tables = [get(py, "project", "optional-dependencies"), get(py, "dependency-groups"), get(py, "tool", "pdm", "dev-dependencies")];
        for (const t of tables)
          if (isTable(t))
            for (const list of Object.values(t))
              stringsIn(list).forEach(addSpec);
        stringsIn(get(py, "tool", "uv", "dev-dependencies")).forEach(addSpec);
        const poetry = get(py, "tool", "poetry");
        const poetryTables = [get(poetry, "dependencies"), get(poetry, "dev-dependencies")];
        const groups = get(poetry, "group");
        if (isTable(groups))
          for (const g of Object.values(groups))
            poetryTables.push(get(g, "dependencies"));
        for (const t of poetryTables)
          if (isTable(t))
            out.push(...Object.keys(t).filter((k) => k !== "python"));
      }
      if (files.setupCfg !== null) {
        const cfg = (0, build_config_1.parseSetupCfg)(files.setupCfg);
        for (const key of ["install_requires", "tests_require", "setup_requires"]) {
          for (const line of (cfg.get("options")?.get(key)?.value ?? "").split("\n"))
            addSpec(line);
        }
        for (const { value } of cfg.get("options.extras_require")?.values() ?? [])
          for (const line of value.split("\n"))
            addSpec(line);
      }
      if (files.setupPy !== null) {
        const lists = /(?:\b\w*requires?\w*|\b\w*deps\w*|\b\w*requirements\w*)\s*=\s*[[({]([^\])}]*)[\])}]/gi;
        for (const m of files.setupPy.matchAll(lists)) {
          for (const s of m[1].matchAll(/(['"])([^'"\n]+)\1/g))
            addSpec(s[2]);
        }
      }
      for (const text of files.requirements) {
        for (const raw of text.split(/\r?\n/)) {
          const line = raw.replace(/(^|\s)#.*$/, "").trim();
          if (line && !line.startsWith("-"))
            addSpec(line);
        }
      }
      return out;
    }
    function isRequirementsFile(name) {
      return /requirements[\w.-]*\.(txt|in)$/i.test(name);
    }
  }
});

// dist/src/project/environment/project-environment.js
var require_project_environment = __commonJS({
  "dist/src/project/environment/project-environment.js"(exports2) {
    "use strict";
    var __createBinding = exports2 && exports2.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports2 && exports2.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports2 && exports2.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.projectEnvironment = projectEnvironment;
    var path = __importStar(require("node:path"));
    var environment_1 = require_environment();
    var read_1 = require_read();
    function projectEnvironment(project, projects) {
      const read = (dir, name) => (0, read_1.readTextOrNull)(path.join(project.root, dir.path, name));
      const own = /* @__PURE__ */ new Set();
      const namespaces = /* @__PURE__ */ new Map();
      const dists = [];
      for (const py of projects) {
        if (py.config.name) {
          own.add((0, environment_1.normalizeDistName)(py.config.name).replace(/-/g, "_"));
          const parts = py.config.name.split(/[-.]/);
          if (parts.length > 1 && parts[0])
            namespaces.set(parts[0], `the project \`${py.config.name}\``);
        }
        const requirements = [];
        const addRequirements = (dir) => {
          for (const name of dir.files.keys()) {
            if (!(0, environment_1.isRequirementsFile)(name))
              continue;
            const text = read(dir, name);
            if (text !== null)
              requirements.push(text);
          }
        };
        addRequirements(py.dir);
        const reqDir = py.dir.dirs.get("requirements");
        if (reqDir)
          addRequirements(reqDir);
        dists.push(...(0, environment_1.declaredDistributions)({
          pyproject: py.pyproject,
          setupCfg: py.dir.files.has("setup.cfg") ? read(py.dir, "setup.cfg") : null,
          setupPy: py.dir.files.has("setup.py") ? read(py.dir, "setup.py") : null,
          requirements
        }));
      }
      const dependencies = /* @__PURE__ */ new Set();
      for (const dist of dists) {
        for (const name of (0, environment_1.importNamesOf)(dist))
          if (!own.has(name))
            dependencies.add(name);
      }
      return { stdlib: (0, environment_1.stdlibNames)(), dependencies, namespaces };
    }
  }
});

// dist/src/project/resolve.js
var require_resolve = __commonJS({
  "dist/src/project/resolve.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.initFile = initFile;
    exports2.findSpec = findSpec;
    exports2.resolvePrefixes = resolvePrefixes;
    function extensionFile(dir, name) {
      let best = null;
      let bestRank = 3;
      for (const fileName of extensionFiles(dir)) {
        if (!fileName.startsWith(`${name}.`))
          continue;
        const m = /^(?:([^.]+)\.)?(?:so|pyd)$/.exec(fileName.slice(name.length + 1));
        if (!m)
          continue;
        const rank = m[1] === void 0 ? 2 : m[1] === "abi3" ? 1 : 0;
        if (rank < bestRank || rank === bestRank && best !== null && fileName < best)
          [best, bestRank] = [fileName, rank];
      }
      return best;
    }
    var extensionsByDir = /* @__PURE__ */ new WeakMap();
    function extensionFiles(dir) {
      let list = extensionsByDir.get(dir);
      if (!list) {
        list = [...dir.files.keys()].filter((n) => n.endsWith(".so") || n.endsWith(".pyd"));
        extensionsByDir.set(dir, list);
      }
      return list;
    }
    function findIn(dir, name, mode) {
      const sub = dir.dirs.get(name);
      if (sub) {
        const init = initFile(sub, mode);
        if (init)
          return { kind: "package", dirs: [sub], file: init };
      }
      if (mode === "static" && dir.files.has(`${name}.pyi`))
        return { kind: "stub", dirs: [], file: joinPath(dir.path, `${name}.pyi`) };
      const extension = extensionFile(dir, name);
      if (extension)
        return { kind: "extension", dirs: [], file: joinPath(dir.path, extension) };
      if (dir.files.has(`${name}.py`))
        return { kind: "module", dirs: [], file: joinPath(dir.path, `${name}.py`) };
      if (dir.files.has(`${name}.pyc`))
        return { kind: "bytecode", dirs: [], file: joinPath(dir.path, `${name}.pyc`) };
      return sub ? { namespace: sub } : null;
    }
    function initFile(dir, mode = "static") {
      if (mode === "static" && dir.files.has("__init__.pyi"))
        return joinPath(dir.path, "__init__.pyi");
      const extension = extensionFile(dir, "__init__");
      if (extension)
        return joinPath(dir.path, extension);
      if (dir.files.has("__init__.py"))
        return joinPath(dir.path, "__init__.py");
      if (dir.files.has("__init__.pyc"))
        return joinPath(dir.path, "__init__.pyc");
      return null;
    }
    function joinPath(dir, name) {
      return dir ? `${dir}/${name}` : name;
    }
    function findSpec(search, name, mode) {
      const portions = [];
      for (const dir of search) {
        const found = findIn(dir, name, mode);
        if (!found)
          continue;
        if ("namespace" in found)
          portions.push(found.namespace);
        else
          return found;
      }
      return portions.length ? { kind: "namespace", dirs: portions, file: null } : null;
    }
    function resolvePrefixes(roots, dotted, mode) {
      const out = [];
      let search = roots;
      for (const part of dotted.split(".")) {
        const r = findSpec(search, part, mode);
        if (!r)
          break;
        out.push(r);
        if (r.kind !== "package" && r.kind !== "namespace")
          break;
        search = r.dirs;
      }
      return out;
    }
  }
});

// dist/src/project/backends/whole-tree.js
var require_whole_tree = __commonJS({
  "dist/src/project/backends/whole-tree.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.wholeTreePackages = wholeTreePackages;
    var build_config_1 = require_build_config();
    var model_1 = require_model();
    var smol_toml_1 = require_dist();
    function normalized(name) {
      return name.toLowerCase().replace(/[-_.]+/g, "_");
    }
    function addTree(packages, dir, dotted) {
      packages.set(dotted, dir);
      for (const [name, child] of dir.dirs) {
        if (name === "__pycache__" || name.includes("."))
          continue;
        addTree(packages, child, `${dotted}.${name}`);
      }
    }
    function wholeTreePackages(project, pyproject) {
      const { config } = project;
      const packages = /* @__PURE__ */ new Map();
      const explicit = /* @__PURE__ */ new Set();
      const roots = project.roots;
      let doc = {};
      try {
        doc = pyproject ? (0, smol_toml_1.parse)(pyproject) : {};
      } catch {
        return null;
      }
      const name = config.name ? normalized(config.name) : null;
      const lookIn = (root, pkg) => root.dirs.get(pkg) ?? null;
      const selectByName = () => {
        if (!name)
          return;
        for (const root of [project.dir, project.dir.dirs.get("src")].filter((d) => Boolean(d))) {
          const dir = lookIn(root, name);
          if (dir) {
            addTree(packages, dir, name);
            return;
          }
        }
      };
      const addAt = (wheelPath, dir) => {
        const parts = wheelPath.split("/").filter(Boolean);
        if (!parts.length || !parts.every((p) => /^[A-Za-z_]\w*$/.test(p)))
          return false;
        let up = dir.parent;
        for (let i = parts.length - 1; i > 0 && up; i--, up = up.parent)
          if (!packages.has(parts.slice(0, i).join(".")))
            packages.set(parts.slice(0, i).join("."), up);
        addTree(packages, dir, parts.join("."));
        return true;
      };
      const hasGlob = (p) => /[*?[\]!]/.test(p);
      let setting = `${config.backend} default package selection`;
      switch (config.backend) {
        case "hatchling": {
          const build = doc.tool?.hatch?.build ?? {};
          const wheel = build.targets?.wheel ?? {};
          const pick = (key) => wheel[key] ?? build[key];
          if (pick("include") !== void 0 || pick("exclude") !== void 0 || pick("hooks") !== void 0)
            return null;
          const packagesList = pick("packages");
          const onlyInclude = pick("only-include");
          const sourcesValue = pick("sources");
          const rewrites = Array.isArray(sourcesValue) ? sourcesValue.map((p) => [(0, build_config_1.normalizeDir)(p), ""]) : sourcesValue && typeof sourcesValue === "object" ? Object.entries(sourcesValue).map(([k, v]) => [(0, build_config_1.normalizeDir)(k), (0, build_config_1.normalizeDir)(v)]) : [];
          const selected = [];
          if (Array.isArray(packagesList)) {
            setting = "packages = [...]";
            for (const p of packagesList) {
              const parent = (0, build_config_1.normalizeDir)(p).split("/").slice(0, -1).join("/");
              if (parent)
                rewrites.unshift([parent, ""]);
              selected.push((0, build_config_1.normalizeDir)(p));
            }
          }
          if (Array.isArray(onlyInclude)) {
            setting = "only-include = [...]";
            selected.push(...onlyInclude.map(build_config_1.normalizeDir));
          }
          const inWheel = (p) => {
            for (const [from, to] of rewrites) {
              if (from === "." || p === from || p.startsWith(`${from}/`)) {
                const rest = from === "." ? p : p.slice(from.length).replace(/^\//, "");
                return to && to !== "." ? `${to}/${rest}` : rest;
              }
            }
            return p;
          };
          if (selected.length) {
            for (const p of selected) {
              if (hasGlob(p))
                return null;
              const dir = (0, model_1.dirAt)(project.dir, p);
              if (dir) {
                explicit.add(dir.name);
                if (!addAt(inWheel(p), dir))
                  return null;
              }
            }
          } else {
            selectByName();
            if (!packages.size)
              return null;
          }
          const forced = pick("force-include");
          if (forced && typeof forced === "object") {
            for (const [from, to] of Object.entries(forced)) {
              const dir = (0, model_1.dirAt)(project.dir, (0, build_config_1.normalizeDir)(from));
              if (dir && !addAt((0, build_config_1.normalizeDir)(to), dir))
                return null;
            }
          }
          break;
        }
        case "flit": {
          const module3 = doc.tool?.flit?.module?.name;
          const top = (module3 ?? name ?? "").split(".")[0];
          for (const root of [project.dir, project.dir.dirs.get("src")]) {
            const dir = top && root ? lookIn(root, top) : null;
            if (dir) {
              addTree(packages, dir, top);
              break;
            }
          }
          if (!packages.size && !project.dir.files.has(`${top}.py`) && !project.dir.dirs.get("src")?.files.has(`${top}.py`))
            return null;
          break;
        }
        case "poetry": {
          const listed = doc.tool?.poetry?.packages ?? [];
          if (listed.length) {
            setting = "packages = [...]";
            for (const p of listed) {
              const formats = p.format === void 0 ? ["wheel"] : Array.isArray(p.format) ? p.format : [p.format];
              if (!formats.includes("wheel") || !p.include)
                continue;
              if (hasGlob(p.include))
                return null;
              const rel = (0, build_config_1.normalizeDir)(p.include);
              const dir = (0, model_1.dirAt)(project.dir, (0, build_config_1.normalizeDir)(`${p.from ?? ""}/${rel}`));
              if (!dir)
                continue;
              explicit.add(rel.replace(/\//g, "."));
              if (!addAt(rel, dir))
                return null;
            }
          } else {
            selectByName();
            if (!packages.size)
              return null;
          }
          break;
        }
        case "pdm": {
          const base = roots[0] ?? project.dir;
          setting = "top-level packages with __init__.py";
          const sdistOnly = doc.tool?.pdm?.build?.["source-includes"] ?? ["tests"];
          const skipped = new Set(sdistOnly.map((p) => p.replace(/^\.?\/+|\/+$/g, "")));
          for (const [n, dir] of base.dirs)
            if (dir.files.has("__init__.py") && !skipped.has(dir.path))
              addTree(packages, dir, n);
          break;
        }
        case "uv": {
          const backend = doc.tool?.["uv"]?.["build-backend"] ?? {};
          const moduleName = backend["module-name"] ?? name ?? void 0;
          const root = (0, model_1.dirAt)(project.dir, (0, build_config_1.normalizeDir)(backend["module-root"] ?? "src"));
          const rel = (moduleName ?? "").replace(/\./g, "/");
          const dir = root && rel ? (0, model_1.dirAt)(root, rel) : null;
          if (!dir || !addAt(rel, dir))
            return null;
          break;
        }
        case "maturin": {
          const maturin = doc.tool?.maturin ?? {};
          const source = (0, model_1.dirAt)(project.dir, (0, build_config_1.normalizeDir)(maturin["python-source"] ?? "."));
          const top = (maturin["module-name"] ?? name ?? "").split(".")[0];
          const dir = source && top ? lookIn(source, top) : null;
          if (!dir)
            return null;
          addTree(packages, dir, top);
          break;
        }
        default:
          return null;
      }
      return {
        setting,
        source: null,
        packages,
        roots,
        explicit,
        whyOmitted: () => `it is outside the packages ${config.backend} selects`
      };
    }
  }
});

// dist/src/project/backends/setuptools.js
var require_setuptools = __commonJS({
  "dist/src/project/backends/setuptools.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.wheelPackages = wheelPackages;
    exports2.omittedByFindPackages = omittedByFindPackages;
    exports2.wheelOmissionClause = wheelOmissionClause;
    var model_1 = require_model();
    var layout_1 = require_layout();
    var whole_tree_1 = require_whole_tree();
    var FLAT_LAYOUT_RESERVED = /* @__PURE__ */ new Set([
      "ci",
      "bin",
      "debian",
      "doc",
      "docs",
      "documentation",
      "manpages",
      "news",
      "newsfragments",
      "changelog",
      "test",
      "tests",
      "unit_test",
      "unit_tests",
      "example",
      "examples",
      "scripts",
      "tools",
      "util",
      "utils",
      "python",
      "build",
      "dist",
      "venv",
      "env",
      "requirements",
      "tasks",
      "fabfile",
      "site_scons",
      "benchmark",
      "benchmarks",
      "exercise",
      "exercises",
      "htmlcov"
    ]);
    function fnmatch(pattern) {
      let re = "";
      for (const c of pattern)
        re += c === "*" ? ".*" : c === "?" ? "." : c.replace(/[.+^${}()|\\]/g, "\\$&");
      return new RegExp(`^${re}$`);
    }
    var memo = /* @__PURE__ */ new WeakMap();
    function wheelPackages(project) {
      if (!memo.has(project)) {
        const { config } = project;
        memo.set(project, !config.builds ? null : config.backend === "setuptools" ? computePackages(project) : (0, whole_tree_1.wholeTreePackages)(project, project.pyproject));
      }
      return memo.get(project);
    }
    function computePackages(project) {
      const model = project.config.setuptools;
      if (!model || model.kind === "dynamic")
        return null;
      const packages = /* @__PURE__ */ new Map();
      const explicit = /* @__PURE__ */ new Set();
      const roots = [];
      let setting;
      let source = null;
      let requiresInit = false;
      let filters = { include: [], exclude: [] };
      const find = (root, prefix, namespaces, topLevelOk) => {
        for (const [name, dir] of [...root.dirs].sort(([a], [b]) => a < b ? -1 : 1)) {
          if (name.includes(".") || name.endsWith("__pycache__") || name === "ez_setup")
            continue;
          if (!prefix && !topLevelOk(name))
            continue;
          if (!namespaces && !dir.files.has("__init__.py"))
            continue;
          const full = prefix ? `${prefix}.${name}` : name;
          if (filters.include.some((r) => r.test(full)) && !filters.exclude.some((r) => r.test(full)))
            packages.set(full, dir);
          find(dir, full, namespaces, topLevelOk);
        }
      };
      const m = model;
      if (m.kind === "find") {
        source = m.source;
        setting = m.source.text;
        requiresInit = !m.namespaces;
        filters = { include: m.include.map(fnmatch), exclude: m.exclude.map(fnmatch) };
        for (const w of m.where) {
          const root = (0, model_1.dirAt)(project.dir, w);
          if (root) {
            roots.push(root);
            find(root, "", m.namespaces, () => true);
          }
        }
        const base = roots[0] ?? project.dir;
        for (const name of m.also ?? []) {
          explicit.add(name);
          const dir = (0, model_1.dirAt)(base, name.replace(/\./g, "/"));
          if (dir)
            packages.set(name, dir);
        }
      } else if (m.kind === "list") {
        source = m.source;
        setting = m.source.text;
        const base = project.roots.find((r) => r !== project.dir) ?? project.dir;
        roots.push(base);
        for (const name of m.names) {
          explicit.add(name);
          const dir = (0, model_1.dirAt)(base, name.replace(/\./g, "/"));
          if (dir)
            packages.set(name, dir);
        }
      } else {
        filters = { include: [fnmatch("*")], exclude: [] };
        const src = project.dir.dirs.get("src");
        if (src) {
          setting = "auto-discovery (src layout)";
          roots.push(src);
          find(src, "", true, () => true);
        } else {
          setting = "auto-discovery (flat layout)";
          roots.push(project.dir);
          find(project.dir, "", true, (name) => !FLAT_LAYOUT_RESERVED.has(name) && !/^[._]/.test(name) && /^[A-Za-z_]\w*$/.test(name) && !(0, layout_1.isProjectDir)(project.dir.dirs.get(name)));
          if (new Set([...packages.keys()].map((n) => n.split(".")[0])).size > 1)
            return null;
        }
      }
      const shipped = new Set(packages.values());
      const whyOmitted = (dir) => {
        if (m.kind === "list")
          return `it is not listed in \`${setting}\``;
        if (requiresInit) {
          let top = null;
          for (let d = dir; d && !roots.includes(d); d = d.parent)
            if (!d.files.has("__init__.py"))
              top = d;
          if (top === dir)
            return "it has no `__init__.py`";
          if (top)
            return `it sits below \`${top.path}/\`, which has no \`__init__.py\``;
        }
        if (shipped.size && m.kind === "find" && m.exclude.length)
          return `it is excluded by \`exclude = [${m.exclude.map((e) => `"${e}"`).join(", ")}]\``;
        return "it is not one of the packages found";
      };
      return { setting, source, packages, roots, explicit, whyOmitted };
    }
    function omittedByFindPackages(project, dir) {
      const model = project.config.setuptools;
      if (project.config.backend !== "setuptools" || model?.kind !== "find" || model.namespaces || !dir.parent)
        return null;
      const wheel = wheelPackages(project);
      if (!wheel || ![...wheel.packages.values()].includes(dir.parent))
        return null;
      return wheel.setting;
    }
    function wheelOmissionClause(project, dir) {
      const setting = omittedByFindPackages(project, dir);
      return setting ? `, which \`${setting}\` leaves out of the wheel` : "";
    }
  }
});

// dist/src/project/usage.js
var require_usage = __commonJS({
  "dist/src/project/usage.js"(exports2) {
    "use strict";
    var __createBinding = exports2 && exports2.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports2 && exports2.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports2 && exports2.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.DEFAULT_IGNORE_NAMES = void 0;
    exports2.computeUsage = computeUsage;
    exports2.importTargets = importTargets;
    exports2.underIgnoredName = underIgnoredName;
    var path = __importStar(require("node:path"));
    var names_1 = require_names2();
    var setuptools_1 = require_setuptools();
    var model_1 = require_model();
    var project_1 = require_project();
    var pytest_config_1 = require_pytest_config();
    var resolve_1 = require_resolve();
    var read_1 = require_read();
    var TEST_TREE_NAME = /^(tests?|testing)([-_].*)?$|[-_]tests?$/i;
    var VENDORED_NAMES = /* @__PURE__ */ new Set(["_vendor", "vendor", "vendored", "_vendored", "third_party", "_third_party", "extern", "_extern"]);
    function computeUsage(project, base) {
      const read = (rel) => (0, read_1.readTextOrNull)(path.join(project.root, rel));
      const join = (dir, name) => dir.path ? `${dir.path}/${name}` : name;
      const pytestOf = /* @__PURE__ */ new Map();
      for (const py of base.projects) {
        const files = py.dir.files;
        const config = (0, pytest_config_1.readPytestConfig)({
          pyproject: py.pyproject,
          pytestIni: files.has("pytest.ini") ? read(join(py.dir, "pytest.ini")) : null,
          toxIni: files.has("tox.ini") ? read(join(py.dir, "tox.ini")) : null,
          setupCfg: files.has("setup.cfg") ? read(join(py.dir, "setup.cfg")) : null
        });
        const testpaths = config.testpaths.map((t) => (0, model_1.dirAt)(py.dir, t)).filter((d) => d !== null && d !== py.dir);
        pytestOf.set(py, { config, matchNoRecurse: (0, pytest_config_1.pytestMatcher)(config.norecursedirs), matchFile: (0, pytest_config_1.pytestMatcher)(config.pythonFiles), testpaths });
      }
      const pytestFor = (dir) => pytestOf.get(base.projectOf(dir));
      const collectIgnored = /* @__PURE__ */ new Set();
      for (const file of project.files) {
        if (file.name !== "conftest.py")
          continue;
        const text = read(file.path);
        if (!text || !text.includes("collect_ignore"))
          continue;
        const { paths, globs } = (0, pytest_config_1.collectIgnores)(text);
        for (const p of paths) {
          const target = (0, model_1.dirAt)(file.dir, p) ?? (0, model_1.fileAt)(file.dir, p);
          if (target)
            collectIgnored.add(target);
        }
        if (globs.length) {
          const match = (0, pytest_config_1.pytestMatcher)(globs.map((g) => `/${file.dir.path ? `${file.dir.path}/` : ""}${g}`));
          for (const f of project.files)
            if (f.path.startsWith(file.dir.path) && match(f.path))
              collectIgnored.add(f);
        }
      }
      const inTestTree = upward((d) => d.parent !== null && (TEST_TREE_NAME.test(d.name) || pytestFor(d).testpaths.includes(d)));
      const isVendored = upward((d) => VENDORED_NAMES.has(d.name));
      const memoRecurse = /* @__PURE__ */ new Map();
      const recursed = (dir) => {
        let v = memoRecurse.get(dir);
        if (v === void 0) {
          const py = base.projectOf(dir);
          if (dir === py.dir)
            v = true;
          else {
            const rel = py.dir.path ? dir.path.slice(py.dir.path.length + 1) : dir.path;
            v = !collectIgnored.has(dir) && !pytestFor(dir).matchNoRecurse(rel) && dir.parent !== null && recursed(dir.parent);
          }
          memoRecurse.set(dir, v);
        }
        return v;
      };
      const underTestpaths = (dir) => {
        const { testpaths } = pytestFor(dir);
        if (testpaths.length === 0)
          return true;
        for (let d = dir; d; d = d.parent)
          if (testpaths.includes(d))
            return true;
        return false;
      };
      const collected = (file) => {
        if (!file.name.endsWith(".py") || collectIgnored.has(file) || !recursed(file.dir))
          return false;
        if (file.name === "conftest.py")
          return true;
        const py = base.projectOf(file.dir);
        const rel = py.dir.path ? file.path.slice(py.dir.path.length + 1) : file.path;
        if (!underTestpaths(file.dir) || !pytestFor(file.dir).matchFile(rel))
          return false;
        return project.module(file).facts.bindings.some((b) => b.kind === "def" && b.name.startsWith("test") || b.kind === "class" && /Test|Case/.test(b.name));
      };
      const shippedDirs = /* @__PURE__ */ new Set();
      for (const py of base.projects) {
        if (py.metadataFile)
          for (const dir of (0, setuptools_1.wheelPackages)(py)?.packages.values() ?? [])
            shippedDirs.add(dir);
      }
      const importable = (file) => {
        const py = base.projectOf(file.dir);
        for (let d = file.dir; d; d = d.parent) {
          if (py.roots.includes(d))
            return true;
          if (!(0, names_1.isIdentifier)(d.name))
            return false;
          if (!(0, resolve_1.initFile)(d, "runtime") && !py.config.namespaces && !base.isDeclaredNamespace(d))
            return false;
        }
        return false;
      };
      const toolLoaded = toolLoadedDirs(base, read);
      const markSphinx = (dir) => {
        const isDocs = dir.files.has("conf.py") && ["index.rst", "index.md", "index.txt", "Makefile", "make.bat"].some((n) => dir.files.has(n));
        if (isDocs && !toolLoaded.has(dir))
          toolLoaded.set(dir, "Sphinx documentation, loaded by path (conf.py)");
        for (const c of dir.dirs.values())
          markSphinx(c);
      };
      markSphinx(project.tree);
      const usage = /* @__PURE__ */ new Map();
      const pending = [];
      const candidates = [];
      for (const file of project.files) {
        if (!(0, project_1.isPythonSource)(file.name))
          continue;
        let u;
        const moduleNamed = file.name.startsWith("__init__.") || (0, names_1.isModuleName)(file.name.replace(/\.pyi?$/, ""));
        if (isVendored(file.dir))
          u = { role: "vendored", live: false, why: "vendored third-party code" };
        else if (toolLoaded.has(file.dir))
          u = { role: "script", live: true, why: toolLoaded.get(file.dir) };
        else if (moduleNamed && shippedDirs.has(file.dir) && !inTestTree(file.dir))
          u = { role: "package", live: true, why: "shipped in the wheel" };
        else if (collected(file))
          u = { role: "test", live: true, why: file.name === "conftest.py" ? "a conftest.py pytest loads" : "a test module pytest collects" };
        else if (inTestTree(file.dir))
          u = { role: "data", live: false, why: "in a test tree, not collected by pytest" };
        else if (moduleNamed && importable(file))
          u = { role: "package", live: true, why: "importable from an import root" };
        else {
          const facts = project.module(file).facts;
          if (facts.shebang || facts.mainGuard || facts.scriptBlock)
            u = { role: "script", live: true, why: facts.shebang ? "a script (shebang)" : facts.mainGuard ? "a script (`__main__` guard)" : "a script (PEP 723 block)" };
          else
            u = { role: "data", live: false, why: "not imported, collected or run" };
        }
        if (!u.live && project.buffers.has(file.path))
          u = { ...u, live: true, why: `${u.why}; named by the user` };
        usage.set(file, u);
        if (u.live)
          pending.push(project.module(file));
        else if (u.role !== "vendored")
          candidates.push(file);
      }
      if (candidates.length) {
        const names = /* @__PURE__ */ new Set();
        for (const f of candidates) {
          names.add(f.name.replace(/\.pyi?$/, ""));
          for (let d = f.dir; d && d.path; d = d.parent)
            names.add(d.name);
        }
        const markLive = (file, by) => {
          const u = usage.get(file);
          if (!u || u.live || u.role === "vendored")
            return;
          usage.set(file, { ...u, live: true, why: `${u.why}; imported by ${by.file.path}` });
          pending.push(project.module(file));
        };
        while (pending.length) {
          const module3 = pending.pop();
          const role = usage.get(module3.file).role;
          for (const fact of module3.facts.imports) {
            for (const name of importTargets(fact)) {
              if (!name.split(".").some((part) => names.has(part)))
                continue;
              for (const r of resolveForLiveness(module3, role, fact, name)) {
                const file = r.file ? (0, model_1.fileAt)(project.tree, r.file) : null;
                if (file && (0, project_1.isPythonSource)(file.name))
                  markLive(file, module3);
              }
            }
          }
          for (const dyn of module3.facts.dynamicImports) {
            const name = dyn.module.startsWith(".") ? null : dyn.module;
            if (!name || !name.split(".").some((part) => names.has(part)))
              continue;
            for (const r of (0, resolve_1.resolvePrefixes)(base.projectOf(module3.file.dir).roots, name, "static")) {
              const file = r.file ? (0, model_1.fileAt)(project.tree, r.file) : null;
              if (file && (0, project_1.isPythonSource)(file.name))
                markLive(file, module3);
            }
          }
        }
      }
      function resolveForLiveness(module3, role, fact, name) {
        const py = base.projectOf(module3.file.dir);
        if (fact.level > 0) {
          let dir = module3.file.dir;
          for (let i = 1; i < fact.level && dir; i++)
            dir = dir.parent;
          return dir && name ? (0, resolve_1.resolvePrefixes)([dir], name, "static") : [];
        }
        const first = [];
        if (role === "script")
          first.push(module3.file.dir);
        if (role === "test") {
          let d = module3.file.dir;
          while ((0, resolve_1.initFile)(d, "runtime") && d.parent)
            d = d.parent;
          first.push(d);
        }
        return (0, resolve_1.resolvePrefixes)([...first, ...py.roots.filter((r) => !first.includes(r))], name, "static");
      }
      return {
        of: (file) => usage.get(file) ?? { role: "data", live: false, why: "not a Python source" },
        inTestTree,
        isVendored,
        pytest: (dir) => pytestFor(dir).config,
        collected
      };
    }
    function upward(own) {
      const memo = /* @__PURE__ */ new Map();
      const test = (dir) => {
        let v = memo.get(dir);
        if (v === void 0) {
          v = own(dir) || dir.parent !== null && test(dir.parent);
          memo.set(dir, v);
        }
        return v;
      };
      return test;
    }
    function importTargets(fact) {
      if (fact.kind === "import")
        return fact.names.map((n) => n.name);
      const base = fact.module ?? "";
      const names = fact.names.filter((n) => n.name !== "*").map((n) => base ? `${base}.${n.name}` : n.name);
      return names.length ? names : base ? [base] : [];
    }
    function toolLoadedDirs(base, read) {
      const out = /* @__PURE__ */ new Map();
      for (const py of base.projects) {
        const at = (name) => py.dir.path ? `${py.dir.path}/${name}` : name;
        for (const ini of ["alembic.ini", ...[...py.dir.dirs.values()].filter((d) => d.files.has("alembic.ini")).map((d) => `${d.name}/alembic.ini`)]) {
          if (!ini.includes("/") && !py.dir.files.has(ini))
            continue;
          const text = read(at(ini));
          const loc = text ? /^\s*script_location\s*[=:]\s*(.+?)\s*$/m.exec(text)?.[1] : void 0;
          if (!loc || loc.includes(":"))
            continue;
          const iniDir = ini.includes("/") ? ini.slice(0, ini.lastIndexOf("/")) : "";
          const rel = loc.replace(/^%\(here\)s\/?/, "");
          const dir = (0, model_1.dirAt)(py.dir, iniDir ? `${iniDir}/${rel}` : rel);
          if (!dir)
            continue;
          const mark = (d) => {
            out.set(d, `loaded by path by Alembic (script_location in ${at(ini)})`);
            for (const c of d.dirs.values())
              mark(c);
          };
          mark(dir);
        }
        if (py.dir.files.has("mkdocs.yml") || py.dir.files.has("mkdocs.yaml")) {
          const text = read(at(py.dir.files.has("mkdocs.yml") ? "mkdocs.yml" : "mkdocs.yaml"));
          const block = text ? /^hooks:\s*\n((?:[ \t]+-.*\n?)+)/m.exec(text)?.[1] : void 0;
          for (const m of block?.matchAll(/-\s*['"]?([^'"\n#]+?\.py)['"]?\s*$/gm) ?? []) {
            const file = (0, model_1.fileAt)(py.dir, m[1].trim());
            if (file)
              out.set(file.dir, "MkDocs hooks, loaded by path (mkdocs.yml)");
          }
        }
      }
      return out;
    }
    exports2.DEFAULT_IGNORE_NAMES = ["fixtures", "data", "*_data", "testdata", "resources", "templates", "example_scripts", "versions", "migrations", "static", "assets"];
    function underIgnoredName(dir, projectDir, matches) {
      for (let d = dir; d && d !== projectDir; d = d.parent)
        if (matches(d.name))
          return true;
      return false;
    }
  }
});

// dist/src/project/layout.js
var require_layout = __commonJS({
  "dist/src/project/layout.js"(exports2) {
    "use strict";
    var __createBinding = exports2 && exports2.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports2 && exports2.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports2 && exports2.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.MAX_EVIDENCE = void 0;
    exports2.isProjectDir = isProjectDir;
    exports2.layoutOf = layoutOf;
    exports2.byPlace = byPlace;
    exports2.relativeBase = relativeBase;
    var path = __importStar(require("node:path"));
    var read_1 = require_read();
    var build_config_1 = require_build_config();
    var model_1 = require_model();
    var project_1 = require_project();
    var names_1 = require_names2();
    var project_environment_1 = require_project_environment();
    var resolve_1 = require_resolve();
    var usage_1 = require_usage();
    exports2.MAX_EVIDENCE = 20;
    var METADATA = ["pyproject.toml", "setup.cfg", "setup.py"];
    function isProjectDir(dir) {
      if (dir.files.has("pyproject.toml"))
        return true;
      if (!dir.files.has("setup.py") && !dir.files.has("setup.cfg"))
        return false;
      return !(dir.files.has("__init__.py") && dir.parent?.files.has("__init__.py"));
    }
    var cache = /* @__PURE__ */ new WeakMap();
    function layoutOf(project) {
      let layout = cache.get(project);
      if (!layout) {
        layout = computeLayout(project);
        cache.set(project, layout);
      }
      return layout;
    }
    function read(project, rel) {
      return (0, read_1.readTextOrNull)(path.join(project.root, rel));
    }
    function computeLayout(project) {
      const projects = [];
      const visit = (dir) => {
        if (dir === project.tree || isProjectDir(dir))
          projects.push(makeProject(project, dir));
        for (const child of dir.dirs.values())
          visit(child);
      };
      visit(project.tree);
      const byDir = new Map(projects.map((p) => [p.dir, p]));
      const projectOf = (dir) => {
        for (let d = dir; d; d = d.parent) {
          const p = byDir.get(d);
          if (p)
            return p;
        }
        return projects[0];
      };
      const stubRoots = [];
      const findStubRoots = (dir) => {
        if (dir.files.has("METADATA.toml") && !dir.files.has("__init__.py"))
          stubRoots.push(dir);
        for (const child of dir.dirs.values())
          findStubRoots(child);
      };
      findStubRoots(project.tree);
      for (const r of stubRoots)
        projectOf(r).roots.unshift(r);
      const rootSet = new Set(projects.flatMap((p) => [p.dir, ...p.roots]));
      const declared = project.config.namespacePackages.map((p) => p.replace(/\/+$/, ""));
      const isDeclaredNamespace = (dir) => {
        const rel = project.configPath(dir.path);
        return declared.some((d) => rel === d || rel.startsWith(`${d}/`));
      };
      const resolveImport = (module3, fact, name) => {
        if (fact.level === 0)
          return (0, resolve_1.resolvePrefixes)(projectOf(module3.file.dir).roots, name, "static");
        const base = relativeBase(module3.file.dir, fact.level);
        if (!base || !name)
          return [];
        return (0, resolve_1.resolvePrefixes)([base], name, "static");
      };
      const dottedName = (dir) => {
        const parts = [];
        for (let d = dir; d && !rootSet.has(d); d = d.parent)
          parts.unshift(d.name);
        return parts.join(".") || dir.name;
      };
      const usage = (0, usage_1.computeUsage)(project, { projects, projectOf, isDeclaredNamespace });
      const environment = (0, project_environment_1.projectEnvironment)(project, projects);
      const isTopLevel = (dir) => dir.parent !== null && projectOf(dir).roots.includes(dir.parent);
      const shared = /* @__PURE__ */ new Map();
      const sharedWhy = (dir) => {
        const known = shared.get(dir);
        if (known)
          return known;
        if (!isTopLevel(dir) || (0, resolve_1.initFile)(dir, "runtime"))
          return null;
        if (environment.stdlib.has(dir.name))
          return `\`${dir.name}\` is a standard library module, which Python imports instead of this folder`;
        if (environment.dependencies.has(dir.name))
          return `\`${dir.name}\` is the import name of a declared dependency, which Python imports instead of this folder`;
        if (environment.namespaces.has(dir.name))
          return `\`${dir.name}\` is a namespace shared with other distributions (${environment.namespaces.get(dir.name)})`;
        return null;
      };
      const packageUses = /* @__PURE__ */ new Map();
      const lastFact = /* @__PURE__ */ new Map();
      const needsEvidence = (dir) => !dir.files.has("__init__.py");
      const use = (dir, u) => {
        if (lastFact.get(dir) === u.fact)
          return;
        lastFact.set(dir, u.fact);
        let evidence = packageUses.get(dir);
        if (!evidence) {
          evidence = { count: 0, fromPackageCode: false, uses: [] };
          packageUses.set(dir, evidence);
        }
        evidence.count++;
        if (usage.of(u.module.file).role === "package")
          evidence.fromPackageCode = true;
        evidence.uses.push(u);
        if (evidence.uses.length >= 4 * exports2.MAX_EVIDENCE)
          evidence.uses = firstUses(evidence.uses);
      };
      const gapNames = /* @__PURE__ */ new Set();
      const collect = (dir) => {
        for (const child of dir.dirs.values()) {
          if (needsEvidence(child))
            gapNames.add(child.name);
          collect(child);
        }
      };
      collect(project.tree);
      for (const file of project.files) {
        if (!(0, project_1.isPythonSource)(file.name))
          continue;
        const role = usage.of(file);
        if (!role.live || role.role === "vendored" || file.name.endsWith(".pyi"))
          continue;
        const module3 = project.module(file);
        for (const fact of module3.facts.imports) {
          if (fact.guarded || fact.typeChecking)
            continue;
          if (fact.level > 0) {
            const climbed = relativeChain(module3.file.dir, fact.level);
            if (role.role === "script" || !climbed || climbed.some((d) => rootSet.has(d) || !(0, names_1.isIdentifier)(d.name)))
              continue;
            for (const d of climbed)
              if (needsEvidence(d))
                use(d, { module: module3, fact, name: dottedName(d) });
          }
          for (const name of (0, usage_1.importTargets)(fact)) {
            const parts = name.split(".");
            if (!parts.some((part) => gapNames.has(part)))
              continue;
            const chain = resolveImport(module3, fact, name);
            if (chain.length === 0)
              continue;
            if (fact.level === 0 && chain[0].kind === "namespace" && chain[0].dirs.some((d) => sharedWhy(d)))
              continue;
            const last = chain[chain.length - 1];
            if (chain.length < parts.length && last.kind === "namespace") {
              const missing = [...parts.slice(0, chain.length + 1)].join(".");
              for (const d of last.dirs)
                if (!shared.has(d))
                  shared.set(d, `\`${fact.level ? ".".repeat(fact.level) : ""}${missing}\` is imported but is not in this folder, so it comes from another portion of the namespace`);
              continue;
            }
            chain.forEach((r, i) => {
              if (r.kind !== "namespace" && r.kind !== "package")
                return;
              for (const d of r.dirs)
                if (needsEvidence(d))
                  use(d, { module: module3, fact, name: fact.level ? dottedName(d) : parts.slice(0, i + 1).join(".") });
            });
          }
        }
      }
      for (const evidence of packageUses.values())
        evidence.uses = firstUses(evidence.uses);
      return {
        projects,
        projectOf,
        packageUses,
        isRoot: (d) => rootSet.has(d),
        isDeclaredNamespace,
        importName: dottedName,
        resolveImport,
        usage,
        sharedReason: (d) => sharedWhy(d)
      };
    }
    function relativeChain(from, level) {
      const out = [];
      let dir = from;
      for (let i = 0; i < level; i++) {
        if (!dir || dir.parent === null)
          return null;
        out.push(dir);
        dir = dir.parent;
      }
      return out;
    }
    function firstUses(uses) {
      return uses.sort(byPlace).slice(0, exports2.MAX_EVIDENCE);
    }
    function byPlace(a, b) {
      return a.module.file.path < b.module.file.path ? -1 : a.module.file.path > b.module.file.path ? 1 : a.fact.start.line - b.fact.start.line;
    }
    function relativeBase(from, level) {
      let dir = from;
      for (let i = 1; i < level && dir; i++)
        dir = dir.parent;
      return dir;
    }
    function makeProject(project, dir) {
      const rel = (name) => dir.path ? `${dir.path}/${name}` : name;
      const files = {
        pyproject: dir.files.has("pyproject.toml") ? read(project, rel("pyproject.toml")) : null,
        setupCfg: dir.files.has("setup.cfg") ? read(project, rel("setup.cfg")) : null,
        setupPy: dir.files.has("setup.py") ? read(project, rel("setup.py")) : null
      };
      const config = (0, build_config_1.readBuildConfig)(files);
      const roots = [];
      const add = (d) => {
        if (d && !roots.includes(d))
          roots.push(d);
      };
      for (const s of project.config.src) {
        const abs = path.resolve(project.config.baseDir, s);
        const relToRoot = path.relative(project.root, abs).split(path.sep).join("/");
        if (!relToRoot.startsWith(".."))
          add((0, model_1.dirAt)(project.tree, relToRoot));
      }
      for (const r of config.roots)
        add((0, model_1.dirAt)(dir, r));
      const src = dir.dirs.get("src");
      if (config.roots.length === 0 && src && !(0, resolve_1.initFile)(src) && hasPython(src))
        add(src);
      add(dir);
      const metadataFile = METADATA.find((m) => dir.files.has(m));
      return { dir, config, roots, metadataFile: metadataFile ? rel(metadataFile) : null, pyproject: files.pyproject };
    }
    function hasPython(dir) {
      for (const name of dir.files.keys())
        if ((0, project_1.isPythonSource)(name))
          return true;
      for (const child of dir.dirs.values())
        if (hasPython(child))
          return true;
      return false;
    }
  }
});

// dist/rules/all-undefined.js
var require_all_undefined = __commonJS({
  "dist/rules/all-undefined.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var rule_12 = require_rule();
    var layout_1 = require_layout();
    var model_1 = require_model();
    var dunder_all_1 = require_dunder_all();
    var MODULE_ATTRIBUTES = /* @__PURE__ */ new Set(["__name__", "__doc__", "__package__", "__loader__", "__spec__", "__file__", "__cached__", "__builtins__"]);
    exports2.default = (0, rule_12.defineRule)({
      id: "all-undefined",
      meta: {
        description: "Every name in `__all__` must be defined, imported or (in `__init__.py`) a submodule",
        defaultSeverity: "error",
        messages: {
          undefined: '"{{name}}" is in `__all__` but the module never defines or imports it: `from {{module}} import *` raises AttributeError, and type checkers report the export'
        }
      },
      create(context) {
        const { project } = context;
        return {
          module(module3) {
            const facts = module3.facts;
            const list = (0, dunder_all_1.exportList)(facts);
            if (!list || facts.getattrLine !== null || facts.dynamicGlobals || facts.syntaxError || facts.bindings.some((b) => b.name === "__getattr__"))
              return;
            const defined = definedNames(project, module3, /* @__PURE__ */ new Set());
            if (defined === null)
              return;
            const isInit = module3.file.name === "__init__.py" || module3.file.name === "__init__.pyi";
            for (const { name, element } of list.names) {
              if (defined.has(name) || MODULE_ATTRIBUTES.has(name) || isInit && (name === "__path__" || isSubmodule(module3.file.dir, name)))
                continue;
              context.report({
                messageId: "undefined",
                data: { name, module: moduleName(project, module3) },
                at: { path: module3.file.path, start: element.start, end: element.end }
              });
            }
          }
        };
      }
    });
    function definedNames(project, module3, visiting) {
      const stub = module3.file.name.endsWith(".pyi");
      const names = /* @__PURE__ */ new Set();
      for (const b of module3.facts.bindings)
        if (b.kind !== "annotation" || stub)
          names.add(b.name);
      for (const g of module3.facts.functionGlobals)
        names.add(g);
      visiting.add(module3);
      const layout = (0, layout_1.layoutOf)(project);
      for (const fact of module3.facts.imports) {
        if (fact.scope !== "module" || !fact.names.some((n) => n.name === "*"))
          continue;
        const chain = layout.resolveImport(module3, fact, fact.module ?? "");
        const target = chain[chain.length - 1];
        const file = target?.file ? (0, model_1.fileAt)(project.tree, target.file) : null;
        if (!file || chain.length !== (fact.module ?? "").split(".").length)
          return null;
        const other = project.module(file);
        if (visiting.has(other))
          continue;
        const exported = (0, dunder_all_1.exportList)(other.facts);
        if (exported?.complete) {
          for (const n of exported.names)
            names.add(n.name);
        } else if (exported) {
          return null;
        } else {
          const inner = definedNames(project, other, visiting);
          if (inner === null)
            return null;
          for (const n of inner)
            if (!n.startsWith("_"))
              names.add(n);
        }
      }
      return names;
    }
    function isSubmodule(dir, name) {
      if (dir.dirs.has(name))
        return true;
      for (const f of dir.files.keys()) {
        if (f === `${name}.py` || f === `${name}.pyi` || f === `${name}.pyc`)
          return true;
        if (f.startsWith(`${name}.`) && /\.(so|pyd)$/.test(f))
          return true;
      }
      return false;
    }
    function moduleName(project, module3) {
      const layout = (0, layout_1.layoutOf)(project);
      const stem = module3.file.name.replace(/\.pyi?$/, "");
      const dir = module3.file.dir;
      const pkg = layout.isRoot(dir) ? "" : layout.importName(dir);
      if (stem === "__init__")
        return pkg || dir.name;
      return pkg ? `${pkg}.${stem}` : stem;
    }
  }
});

// dist/rules/all-unsorted.js
var require_all_unsorted = __commonJS({
  "dist/rules/all-unsorted.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var rule_12 = require_rule();
    var names_1 = require_names2();
    exports2.default = (0, rule_12.defineRule)({
      id: "all-unsorted",
      meta: {
        description: "`__all__` entries out of order (ruff RUF022's isort-style order); off by default",
        defaultSeverity: "off",
        fixable: "safe",
        messages: {
          unsorted: "`__all__` is not sorted (constants, then classes, then the rest, each in natural order): sorted lists merge without conflicts and show what is exported at a glance"
        }
      },
      create(context) {
        return {
          module(module3) {
            for (const op of module3.facts.dunderAll) {
              if (op.form !== "list" && op.form !== "tuple" || op.elements.length < 2)
                continue;
              if (op.elements.some((e) => e.kind !== "string" || e.value === null || e.implicitConcat))
                continue;
              const names = op.elements.map((e) => e.value);
              const sorted = [...names].sort(names_1.compareNames);
              if (names.every((n, i) => n === sorted[i]))
                continue;
              context.report({
                messageId: "unsorted",
                at: { path: module3.file.path, start: op.valueStart, end: op.valueEnd },
                fix: sortFix(module3.file.path, op)
              });
            }
          }
        };
      }
    });
    function sortFix(path, op) {
      const order = [...op.elements].sort((a, b) => (0, names_1.compareNames)(a.value, b.value));
      return {
        description: "Sort __all__",
        applicability: "safe",
        operations: [{
          kind: "edit",
          path,
          edits: op.elements.map((slot, i) => ({ start: slot.startOffset, end: slot.endOffset, text: order[i].text }))
        }]
      };
    }
  }
});

// dist/rules/all-unsupported-form.js
var require_all_unsupported_form = __commonJS({
  "dist/rules/all-unsupported-form.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var rule_12 = require_rule();
    var dunder_all_1 = require_dunder_all();
    function supported(op) {
      if ((op.form === "list" || op.form === "tuple") && op.ref !== null)
        return false;
      const attribute = op.form === "attribute" && (op.ref ?? "").endsWith(".__all__");
      switch (op.op) {
        case "=":
          return op.form === "list" || op.form === "tuple";
        case "+=":
        case "extend":
          return op.form === "list" || attribute;
        case "append":
        case "remove":
          return op.form === "string";
      }
    }
    var BROKEN = /* @__PURE__ */ new Set(["string", "set", "dict"]);
    function broken(op) {
      if (BROKEN.has(op.form) || op.form === "other" && op.elements.length)
        return true;
      if (op.form === "binop")
        return op.ref !== null;
      return op.form === "comprehension" && op.ref !== "list";
    }
    exports2.default = (0, rule_12.defineRule)({
      id: "all-unsupported-form",
      meta: {
        description: "`__all__` built in a way type checkers cannot follow",
        defaultSeverity: "warn",
        messages: {
          form: "Type checkers cannot follow `__all__` built by `{{op}}` with {{what}}: pyright reports reportUnsupportedDunderAll and IDEs lose the module's public names; use a literal list, `+= [...]`, `.extend([...])` or `+= module.__all__`",
          element: "Type checkers cannot read `{{text}}` in `__all__`, only string literals: pyright reports reportUnsupportedDunderAll and IDEs lose the name; write the name in quotes",
          loop: "Type checkers do not run loops: this `__all__.{{op}}(...)` inside a loop is invisible to them, and the names it adds are not public to pyright or IDEs"
        }
      },
      create(context) {
        return {
          module(module3) {
            for (const op of module3.facts.dunderAll) {
              const at = { path: module3.file.path, start: op.valueStart, end: op.valueEnd };
              if (op.inLoop) {
                context.report({ messageId: "loop", data: { op: op.op }, at });
                continue;
              }
              if (op.form === "list" || op.form === "tuple" || op.form === "binop") {
                for (const e of (0, dunder_all_1.opaqueElements)(module3.facts, op.elements)) {
                  context.report({ messageId: "element", data: { text: (0, rule_12.excerpt)(e.text) }, at: { path: module3.file.path, start: e.start, end: e.end } });
                }
              }
              if (supported(op) || broken(op))
                continue;
              const what = op.ref !== null && (op.form === "list" || op.form === "tuple") ? `a call to \`${(0, rule_12.excerpt)(op.ref)}()\`` : op.form === "binop" ? "a `+` of values" : op.form === "comprehension" ? "a comprehension" : op.form === "call" ? `a call to \`${(0, rule_12.excerpt)(op.ref ?? "")}()\`` : op.form === "tuple" ? "a tuple" : op.form === "name" || op.form === "attribute" ? `the value of \`${(0, rule_12.excerpt)(op.ref ?? "")}\`` : "an expression";
              context.report({ messageId: "form", data: { op: op.op === "=" || op.op === "+=" ? op.op : `.${op.op}()`, what }, at });
            }
          }
        };
      }
    });
  }
});

// dist/src/project/bytecode.js
var require_bytecode = __commonJS({
  "dist/src/project/bytecode.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.LOOSE_BYTECODE_PROBE = exports2.BYTECODE_PROBE_NAME = exports2.BYTECODE_PROBE = exports2.BYTECODE_IGNORE_LINES = void 0;
    exports2.isBytecodePath = isBytecodePath;
    exports2.pycacheFolder = pycacheFolder;
    exports2.parentFolder = parentFolder;
    exports2.BYTECODE_IGNORE_LINES = ["__pycache__/", "*.py[cod]"];
    function isBytecodePath(p) {
      return p.endsWith(".pyc") || p.endsWith(".pyo") || p.startsWith("__pycache__/") || p.includes("/__pycache__/");
    }
    function pycacheFolder(p) {
      const parts = p.split("/");
      const i = parts.indexOf("__pycache__");
      return i === -1 || i === parts.length - 1 ? null : parts.slice(0, i + 1).join("/");
    }
    exports2.BYTECODE_PROBE = "x/__pycache__/y.cpython-312.pyc";
    exports2.BYTECODE_PROBE_NAME = "__pycache__/y.cpython-312.pyc";
    exports2.LOOSE_BYTECODE_PROBE = "x/y.pyc";
    function parentFolder(p) {
      const i = p.lastIndexOf("/");
      return i === -1 ? "." : p.slice(0, i);
    }
  }
});

// dist/rules/bytecode-not-ignored.js
var require_bytecode_not_ignored = __commonJS({
  "dist/rules/bytecode-not-ignored.js"(exports2) {
    "use strict";
    var __createBinding = exports2 && exports2.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports2 && exports2.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports2 && exports2.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    Object.defineProperty(exports2, "__esModule", { value: true });
    var path = __importStar(require("node:path"));
    var rule_12 = require_rule();
    var bytecode_1 = require_bytecode();
    var read_1 = require_read();
    exports2.default = (0, rule_12.defineRule)({
      id: "bytecode-not-ignored",
      meta: {
        description: "The repository's ignore rules must ignore `__pycache__/` bytecode",
        defaultSeverity: "warn",
        fixable: "safe",
        needs: ["git"],
        messages: {
          notIgnored: "git does not ignore `__pycache__/`: the next `git add -A` commits bytecode that conflicts on every merge; add `__pycache__/` and `*.py[cod]` to .gitignore"
        }
      },
      create(context) {
        const { project } = context;
        return {
          "project:exit"() {
            const folders = /* @__PURE__ */ new Set();
            const sources = project.files.filter((f) => f.name.endsWith(".py"));
            for (const f of sources)
              folders.add(f.dir.path);
            if (folders.size === 0)
              return;
            const probes = [...folders].map((d) => d ? `${d}/${bytecode_1.BYTECODE_PROBE_NAME}` : bytecode_1.BYTECODE_PROBE_NAME);
            const ignored = project.git.ignored(probes);
            if (probes.every((p) => ignored.has(p)))
              return;
            context.report({
              messageId: "notIgnored",
              at: anchor(project.root, sources[0].path),
              fix: {
                description: "Append `__pycache__/` and `*.py[cod]` to .gitignore",
                applicability: "safe",
                operations: [{ kind: "appendLines", path: ".gitignore", lines: bytecode_1.BYTECODE_IGNORE_LINES }]
              }
            });
          }
        };
      }
    });
    function anchor(root, fallback) {
      try {
        const text = (0, read_1.readRegularText)(path.join(root, ".gitignore"));
        const lines = text.split("\n").length - (text.endsWith("\n") ? 1 : 0);
        const line = Math.max(1, lines);
        return { path: ".gitignore", start: { line, column: 1 }, end: { line, column: 1 } };
      } catch {
        return (0, rule_12.fileStart)(fallback);
      }
    }
  }
});

// dist/rules/bytecode-tracked.js
var require_bytecode_tracked = __commonJS({
  "dist/rules/bytecode-tracked.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var globs_1 = require_globs();
    var rule_12 = require_rule();
    var bytecode_1 = require_bytecode();
    exports2.default = (0, rule_12.defineRule)({
      id: "bytecode-tracked",
      meta: {
        description: "Compiled bytecode (`__pycache__/`, `*.pyc`, `*.pyo`) must not be tracked by git",
        defaultSeverity: "error",
        fixable: "safe",
        needs: ["git"],
        messages: {
          pycache: "This `__pycache__/` folder is tracked by git ({{count}}): bytecode is built for one interpreter version, conflicts on every merge and can run stale code after a checkout",
          loose: '{{count}} tracked by git in this folder: Python imports a `.pyc` even when its `.py` is gone, so stale code and "bad magic number" errors follow a checkout'
        },
        options: {
          allow: {
            type: "string[]",
            default: [],
            description: "Globs of bytecode that is tracked on purpose (e.g. a sourceless distribution tree)."
          }
        }
      },
      create(context) {
        const { project } = context;
        const allowed = (0, globs_1.excludeMatcher)(context.options["allow"]);
        const groups = /* @__PURE__ */ new Map();
        return {
          trackedFile(entry) {
            if (!(0, bytecode_1.isBytecodePath)(entry.path) || allowed(project.configPath(entry.path)))
              return;
            const cache = (0, bytecode_1.pycacheFolder)(entry.path);
            const folder = cache ?? (0, bytecode_1.parentFolder)(entry.path);
            const key = `${cache ? "pycache" : "loose"}:${folder}`;
            const group = groups.get(key) ?? { kind: cache ? "pycache" : "loose", folder, paths: [] };
            group.paths.push(entry.path);
            groups.set(key, group);
          },
          "project:exit"() {
            if (groups.size === 0)
              return;
            const probes = [bytecode_1.BYTECODE_PROBE, bytecode_1.LOOSE_BYTECODE_PROBE];
            const ignoreOps = project.git.ignored(probes).size === probes.length ? [] : [{ kind: "appendLines", path: ".gitignore", lines: bytecode_1.BYTECODE_IGNORE_LINES }];
            for (const { kind, folder, paths } of groups.values()) {
              const untrack = kind === "pycache" ? [folder] : paths;
              context.report({
                messageId: kind,
                data: { count: `${paths.length} bytecode file${paths.length === 1 ? "" : "s"}` },
                at: (0, rule_12.fileStart)(paths[0]),
                related: paths.slice(1).map((p) => ({ message: "also tracked", location: (0, rule_12.fileStart)(p) })),
                fix: {
                  description: `Untrack ${untrack.join(", ")} with \`git rm -r --cached\` (the files stay on disk)`,
                  applicability: "safe",
                  operations: [{ kind: "untrack", paths: untrack }, ...ignoreOps]
                }
              });
            }
          }
        };
      }
    });
  }
});

// dist/rules/dist-omits-package.js
var require_dist_omits_package = __commonJS({
  "dist/rules/dist-omits-package.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var rule_12 = require_rule();
    var setuptools_1 = require_setuptools();
    var layout_1 = require_layout();
    exports2.default = (0, rule_12.defineRule)({
      id: "dist-omits-package",
      meta: {
        description: "The build backend leaves out of the wheel a folder that shipped code imports",
        defaultSeverity: "error",
        messages: {
          omitted: "{{backend}} `{{setting}}` leaves `{{dir}}/` out of the wheel ({{why}}): `{{statement}}` in shipped code fails with ModuleNotFoundError after `pip install`"
        }
      },
      create(context) {
        const { project } = context;
        return {
          "project:exit"() {
            const layout = (0, layout_1.layoutOf)(project);
            for (const py of layout.projects) {
              if (!py.metadataFile)
                continue;
              const wheel = (0, setuptools_1.wheelPackages)(py);
              if (!wheel || wheel.packages.size === 0)
                continue;
              const shipped = new Set(wheel.packages.values());
              const gapNames = /* @__PURE__ */ new Set();
              for (const d of shipped)
                for (const c of d.dirs.values())
                  if (!shipped.has(c) && !wheel.roots.includes(c))
                    gapNames.add(c.name);
              const found = /* @__PURE__ */ new Map();
              for (const [, dir] of wheel.packages) {
                for (const file of dir.files.values()) {
                  if (!file.name.endsWith(".py"))
                    continue;
                  const module3 = project.module(file);
                  for (const fact of module3.facts.imports) {
                    if (fact.typeChecking)
                      continue;
                    const inside = fact.level === 0 || shipped.has((0, layout_1.relativeBase)(module3.file.dir, fact.level));
                    if (inside && gapNames.size === 0)
                      continue;
                    const names = fact.kind === "import" ? fact.names.map((n) => n.name) : [fact.module ? fact.module : ""];
                    for (const name of names) {
                      if (inside && !name.split(".").some((part) => gapNames.has(part)))
                        continue;
                      const chain = fact.level === 0 || name ? layout.resolveImport(module3, fact, name) : [];
                      const dirs = chain.flatMap((r) => r.kind === "package" || r.kind === "namespace" ? r.dirs : []);
                      if (fact.level === 0 && !(dirs[0] && shipped.has(dirs[0])))
                        continue;
                      if (fact.level > 0 && !shipped.has(module3.file.dir))
                        continue;
                      const missing = dirs.find((d) => !shipped.has(d) && wheel.roots.every((r) => r !== d));
                      if (!missing)
                        continue;
                      const list = found.get(missing) ?? [];
                      list.push({ module: module3, fact, name });
                      found.set(missing, list);
                    }
                  }
                }
              }
              for (const [dir, uses] of [...found].sort(([a], [b]) => a.path < b.path ? -1 : 1)) {
                uses.sort(layout_1.byPlace);
                const at = (u) => ({ path: u.module.file.path, start: u.fact.start, end: u.fact.end });
                const first = uses[0];
                const config = wheel.source && py.metadataFile ? [{ path: joinDir(py.dir.path, wheel.source.file), start: { line: wheel.source.line, column: 1 }, end: { line: wheel.source.line, column: 1 } }] : [];
                context.report({
                  messageId: "omitted",
                  data: { backend: py.config.backend, setting: wheel.setting, dir: dir.path, why: wheel.whyOmitted(dir), statement: statementText(first) },
                  at: at(first),
                  related: [
                    ...config.map((location) => ({ message: "configured here", location })),
                    ...uses.slice(1, layout_1.MAX_EVIDENCE).map((u) => ({ message: "also imported here", location: at(u) }))
                  ]
                });
              }
            }
          }
        };
      }
    });
    function joinDir(dir, file) {
      return dir ? `${dir}/${file}` : file;
    }
    function statementText(u) {
      const f = u.fact;
      if (f.kind === "import")
        return `import ${f.names.map((n) => n.name).join(", ")}`;
      return `from ${".".repeat(f.level)}${f.module ?? ""} import ${f.names.map((n) => n.name).join(", ")}`;
    }
  }
});

// dist/rules/dist-ships-generic-package.js
var require_dist_ships_generic_package = __commonJS({
  "dist/rules/dist-ships-generic-package.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var rule_12 = require_rule();
    var setuptools_1 = require_setuptools();
    var layout_1 = require_layout();
    var GENERIC = /* @__PURE__ */ new Set([
      "tests",
      "test",
      "testing",
      "docs",
      "doc",
      "examples",
      "example",
      "benchmarks",
      "benchmark",
      "scripts",
      "tools",
      "build",
      "src",
      "lib",
      "utils",
      "util",
      "common",
      "config",
      "data"
    ]);
    exports2.default = (0, rule_12.defineRule)({
      id: "dist-ships-generic-package",
      meta: {
        description: "The build backend would install a generic top-level package (`tests`, `docs`, `src`, \u2026) into site-packages",
        defaultSeverity: "error",
        messages: {
          generic: "{{backend}} `{{setting}}` installs a top-level `{{name}}` package into site-packages: it overwrites (and is overwritten by) every other distribution that does the same; exclude `{{name}}*` or move it inside your package"
        }
      },
      create(context) {
        const { project } = context;
        return {
          "project:exit"() {
            for (const py of (0, layout_1.layoutOf)(project).projects) {
              if (!py.metadataFile)
                continue;
              const wheel = (0, setuptools_1.wheelPackages)(py);
              if (!wheel)
                continue;
              const own = (py.config.name ?? "").toLowerCase().replace(/[-_.]+/g, "_");
              const reported = /* @__PURE__ */ new Set();
              for (const [name, dir] of wheel.packages) {
                const top = name.split(".")[0];
                if (!GENERIC.has(top) || reported.has(top) || wheel.explicit.has(name) || top === own)
                  continue;
                reported.add(top);
                const anchorFile = [...dir.files.values()].find((f) => f.name.endsWith(".py")) ?? [...dir.files.values()][0];
                const at = wheel.source && py.metadataFile ? { path: py.dir.path ? `${py.dir.path}/${wheel.source.file}` : wheel.source.file, start: { line: wheel.source.line, column: 1 }, end: { line: wheel.source.line, column: 1 } } : (0, rule_12.fileStart)(anchorFile?.path ?? py.metadataFile ?? dir.path);
                context.report({ messageId: "generic", data: { backend: py.config.backend, setting: wheel.setting, name: top }, at });
              }
            }
          }
        };
      }
    });
  }
});

// dist/rules/implicit-namespace-package.js
var require_implicit_namespace_package = __commonJS({
  "dist/rules/implicit-namespace-package.js"(exports2) {
    "use strict";
    var __importDefault = exports2 && exports2.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports2, "__esModule", { value: true });
    var picomatch_1 = __importDefault(require_picomatch2());
    var setuptools_1 = require_setuptools();
    var rule_12 = require_rule();
    var layout_1 = require_layout();
    var model_1 = require_model();
    var project_1 = require_project();
    var usage_1 = require_usage();
    var names_1 = require_names2();
    exports2.default = (0, rule_12.defineRule)({
      id: "implicit-namespace-package",
      meta: {
        description: "A folder of modules inside a regular package, without `__init__.py`, that nothing imports as a package",
        defaultSeverity: "warn",
        fixable: "safe",
        messages: {
          implicit: "`{{dir}}/` holds Python modules inside the package `{{parent}}/` but has no `__init__.py`: Python makes it an implicit namespace package{{consequence}}"
        },
        options: {
          "ignore-names": {
            type: "string[]",
            default: usage_1.DEFAULT_IGNORE_NAMES,
            description: "Folder names (globs) that hold data or loose scripts, not packages; their subfolders too."
          }
        }
      },
      create(context) {
        const { project } = context;
        const ignored = (0, picomatch_1.default)(context.options["ignore-names"], { dot: true });
        return {
          directory(dir) {
            if (!dir.parent || !(0, model_1.hasInit)(dir.parent) || (0, model_1.hasInit)(dir) || !(0, names_1.isModuleName)(dir.name) || dir.name === "__pycache__")
              return;
            const modules = [...dir.files.values()].filter((f) => (0, project_1.isPythonSource)(f.name)).sort((a, b) => a.name < b.name ? -1 : 1);
            if (modules.length === 0 || [...dir.files.keys()].some(names_1.isMisspelledInit))
              return;
            const layout = (0, layout_1.layoutOf)(project);
            if (layout.packageUses.has(dir) || layout.isRoot(dir) || layout.isRoot(dir.parent) || layout.isDeclaredNamespace(dir))
              return;
            const py = layout.projectOf(dir);
            if (py.config.namespaces || layout.usage.isVendored(dir) || (0, usage_1.underIgnoredName)(dir, py.dir, ignored))
              return;
            if (!inPackageCode(layout, dir, modules))
              return;
            context.report({
              messageId: "implicit",
              data: { dir: dir.path, parent: dir.parent.path, consequence: (0, setuptools_1.wheelOmissionClause)(py, dir) },
              at: (0, rule_12.fileStart)(modules[0].path),
              fix: {
                description: `Create ${dir.path}/__init__.py`,
                applicability: "safe",
                operations: [{ kind: "createFile", path: `${dir.path}/__init__.py`, content: "" }]
              }
            });
          }
        };
      }
    });
    function inPackageCode(layout, dir, modules) {
      const parentInit = dir.parent.files.get("__init__.py") ?? dir.parent.files.get("__init__.pyi");
      if (!parentInit)
        return false;
      const parent = layout.usage.of(parentInit);
      if (modules.every((m) => layout.usage.of(m).role === "script"))
        return false;
      if (modules.every((m) => m.name.endsWith(".pyi")))
        return false;
      if (parent.role === "package" && parent.live && !layout.usage.inTestTree(dir))
        return true;
      const siblingPackaged = [...dir.parent.dirs.values()].some((d) => d !== dir && d.files.has("__init__.py"));
      return layout.usage.inTestTree(dir) && siblingPackaged && modules.some((m) => layout.usage.collected(m) && m.name !== "conftest.py");
    }
  }
});

// dist/rules/implicit-reexport.js
var require_implicit_reexport = __commonJS({
  "dist/rules/implicit-reexport.js"(exports2) {
    "use strict";
    var __createBinding = exports2 && exports2.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports2 && exports2.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports2 && exports2.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    Object.defineProperty(exports2, "__esModule", { value: true });
    var path = __importStar(require("node:path"));
    var rule_12 = require_rule();
    var layout_1 = require_layout();
    var dunder_all_1 = require_dunder_all();
    var read_1 = require_read();
    var names_1 = require_names2();
    function mypyStrict(project, read) {
      const rel = (name) => project.dir.path ? `${project.dir.path}/${name}` : name;
      const pyproject = project.pyproject ?? "";
      if (/^\s*\[tool\.mypy\][^[]*^\s*(strict|no_implicit_reexport)\s*=\s*true/ms.test(pyproject))
        return true;
      for (const name of ["mypy.ini", ".mypy.ini", "setup.cfg"]) {
        const text = project.dir.files.has(name) ? read(rel(name)) : null;
        if (text && /^\s*\[mypy\][^[]*^\s*(strict|no_implicit_reexport)\s*=\s*(true|1|yes)/ims.test(text))
          return true;
      }
      return false;
    }
    function shipsPyTyped(dir) {
      for (let d = dir; d; d = d.parent)
        if (d.files.has("py.typed"))
          return true;
      return false;
    }
    exports2.default = (0, rule_12.defineRule)({
      id: "implicit-reexport",
      meta: {
        description: "In a typed package, a name imported into `__init__.py` but not exported explicitly",
        defaultSeverity: "warn",
        fixable: "safe",
        messages: {
          implicit: "`{{name}}` is imported into `{{pkg}}` from `{{source}}` but not exported: in a typed package ({{why}}) type checkers treat it as private, and pyright reports reportPrivateImportUsage for every `from {{pkg}} import {{name}}`; add it to `__all__` or write `import \u2026 as {{name}}`",
          stub: '`{{name}}` is imported into `{{pkg}}` from `{{source}}` but not exported: in a stub an import without `as {{name}}` is private, and pyright reports `"{{name}}" is unknown import symbol` for every `from {{pkg}} import {{name}}`; add it to `__all__` or write `import \u2026 as {{name}}`'
        }
      },
      create(context) {
        const { project } = context;
        const read = (rel) => (0, read_1.readTextOrNull)(path.join(project.root, rel));
        let publicUse = null;
        return {
          module(module3) {
            const stub = module3.file.name === "__init__.pyi";
            if (module3.file.name !== "__init__.py" && !stub)
              return;
            const dir = module3.file.dir;
            if (!stub && dir.files.has("__init__.pyi"))
              return;
            const typed = shipsPyTyped(dir);
            const layout = (0, layout_1.layoutOf)(project);
            const strict = !typed && mypyStrict(layout.projectOf(dir), read);
            if (!typed && !strict)
              return;
            const pkg = layout.importName(dir);
            if (pkg.includes(".") && !(publicUse ??= importedFromOutside(project)).has(pkg))
              return;
            if (pkg.split(".").some((part) => part.startsWith("_")))
              return;
            const exported = (0, dunder_all_1.exportList)(module3.facts);
            if (exported && !exported.complete)
              return;
            const names = new Set(exported?.names.map((n) => n.name) ?? []);
            const text = read(module3.file.path) ?? "";
            const lastAll = module3.facts.dunderAll.filter((o) => o.op === "=" && (o.form === "list" || o.form === "tuple")).pop();
            for (const fact of module3.facts.imports) {
              if (fact.scope !== "module" || fact.kind !== "from")
                continue;
              const own = fact.level > 0 || fact.module === pkg || (fact.module ?? "").startsWith(`${pkg}.`);
              if (!own)
                continue;
              if (fact.level > 0 && fact.module === null)
                continue;
              for (const n of fact.names) {
                const bound = n.asname ?? n.name;
                const isPrivate = bound.startsWith("_") && !/^__\w+__$/.test(bound);
                if (n.name === "*" || isPrivate || n.asname === n.name || names.has(bound))
                  continue;
                if (usedOutsideImports(text, bound))
                  continue;
                const fix = lastAll && lastAll.valueEndOffset > lastAll.valueStartOffset ? { fix: addToAll(module3.file.path, lastAll, bound) } : {};
                context.report({
                  messageId: stub ? "stub" : "implicit",
                  data: { name: bound, pkg, source: `${".".repeat(fact.level)}${fact.module ?? ""}`, why: typed ? "it ships py.typed" : "mypy no_implicit_reexport" },
                  at: { path: module3.file.path, start: n.start, end: n.end },
                  ...fix
                });
              }
            }
          }
        };
      }
    });
    function importedFromOutside(project) {
      const layout = (0, layout_1.layoutOf)(project);
      const out = /* @__PURE__ */ new Set();
      for (const file of project.files) {
        if (!/\.pyi?$/.test(file.name) || !layout.usage.of(file).live)
          continue;
        const facts = project.module(file).facts;
        const top = layout.importName(file.dir).split(".")[0];
        for (const fact of facts.imports) {
          if (fact.level > 0)
            continue;
          const targets = fact.kind === "import" ? fact.names.map((n) => n.name) : fact.module ? [fact.module] : [];
          for (const t of targets)
            if (t.split(".")[0] !== top || !file.dir.path)
              out.add(t);
        }
      }
      return out;
    }
    function usedOutsideImports(text, name) {
      const word = new RegExp(`(?<![\\w.])${name.replace(/[$]/g, "\\$")}(?!\\w)`);
      let inImport = false;
      for (const line of text.split(/\r?\n/)) {
        const trimmed = line.trim();
        if (/^(from\s+\S+\s+)?import\b/.test(trimmed))
          inImport = !trimmed.includes(")") && trimmed.includes("(");
        else if (inImport) {
          if (trimmed.includes(")"))
            inImport = false;
          continue;
        } else if (!trimmed.startsWith("#") && !/^__all__/.test(trimmed) && word.test(line))
          return true;
      }
      return false;
    }
    function addToAll(file, op, name) {
      const values = op.elements.map((e) => e.kind === "string" && !e.implicitConcat ? e.value : null);
      const sorted = values.every((v, i) => v !== null && (i === 0 || (0, names_1.compareNames)(values[i - 1], v) <= 0));
      const before = sorted ? op.elements.find((e) => (0, names_1.compareNames)(name, e.value) < 0) : void 0;
      const last = op.elements[op.elements.length - 1];
      const edit = before ? { start: before.startOffset, end: before.startOffset, text: `"${name}", ` } : last ? { start: last.endOffset, end: last.endOffset, text: `, "${name}"` } : { start: op.valueEndOffset - 1, end: op.valueEndOffset - 1, text: `"${name}"` };
      return {
        description: `Add "${name}" to __all__`,
        applicability: "safe",
        operations: [{ kind: "edit", path: file, edits: [edit], exports: { add: [name] } }]
      };
    }
  }
});

// dist/rules/import-case-mismatch.js
var require_import_case_mismatch = __commonJS({
  "dist/rules/import-case-mismatch.js"(exports2) {
    "use strict";
    var __createBinding = exports2 && exports2.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports2 && exports2.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports2 && exports2.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    Object.defineProperty(exports2, "__esModule", { value: true });
    var path = __importStar(require("node:path"));
    var rule_12 = require_rule();
    var read_1 = require_read();
    var environment_1 = require_environment();
    var project_environment_1 = require_project_environment();
    var layout_1 = require_layout();
    var project_1 = require_project();
    var resolve_1 = require_resolve();
    var usage_1 = require_usage();
    exports2.default = (0, rule_12.defineRule)({
      id: "import-case-mismatch",
      meta: {
        description: "An import spelled with other letter case than its module, or two tracked names that differ only by case",
        defaultSeverity: "error",
        messages: {
          import: "`{{name}}` is `{{actual}}` on disk: imports are case-sensitive on every OS (PEP 235), so this import fails",
          entries: "`{{a}}` and `{{b}}` differ only by case: a checkout on macOS or Windows keeps one of them and shows the other as modified"
        }
      },
      create(context) {
        const { project } = context;
        const layout = (0, layout_1.layoutOf)(project);
        let spellings = null;
        const spellingsOf = () => {
          if (!spellings) {
            spellings = /* @__PURE__ */ new Map();
            const add = (name) => {
              const key = name.toLowerCase();
              const set = spellings.get(key) ?? /* @__PURE__ */ new Set();
              set.add(name);
              spellings.set(key, set);
            };
            const visit = (dir) => {
              for (const [name, sub] of dir.dirs) {
                add(name);
                visit(sub);
              }
              for (const name of dir.files.keys())
                if ((0, project_1.isPythonSource)(name))
                  add(name.replace(/\.pyi?$/, ""));
            };
            visit(project.tree);
          }
          return spellings;
        };
        let external = null;
        const externalNames = () => {
          external ??= /* @__PURE__ */ new Set([...(0, environment_1.stdlibNames)(), ...(0, project_environment_1.projectEnvironment)(project, layout.projects).dependencies]);
          return external;
        };
        const seen = /* @__PURE__ */ new Map();
        const reported = /* @__PURE__ */ new Set();
        return {
          import(fact, module3) {
            if (fact.guarded || fact.typeChecking || fact.conditional)
              return;
            const usage = layout.usage.of(module3.file);
            if (!usage.live || usage.role === "vendored" || module3.file.name.endsWith(".pyi"))
              return;
            for (const target of (0, usage_1.importTargets)(fact)) {
              const parts = target.split(".");
              const map = spellingsOf();
              if (!parts.some((p) => {
                const spelt = map.get(p.toLowerCase());
                return spelt !== void 0 && (spelt.size > 1 || !spelt.has(p));
              }))
                continue;
              if (fact.level === 0 && externalNames().has(parts[0]))
                continue;
              const found = caseMismatch(module3, fact, parts, usage.role);
              if (!found)
                continue;
              context.report({
                messageId: "import",
                data: { name: `${".".repeat(fact.level)}${parts.slice(0, found.index + 1).join(".")}`, actual: found.actual },
                at: { path: module3.file.path, start: fact.start, end: fact.end }
              });
              return;
            }
          },
          trackedFile(entry) {
            if (!(0, project_1.isPythonSource)(entry.path))
              return;
            const parts = entry.path.split("/");
            for (let i = 0; i < parts.length; i++) {
              const isFile = i === parts.length - 1;
              const parent = parts.slice(0, i).join("/");
              let names = seen.get(parent);
              if (!names)
                seen.set(parent, names = /* @__PURE__ */ new Map());
              const name = parts[i];
              const key = name.toLowerCase();
              const other = names.get(key);
              if (other === void 0)
                names.set(key, name);
              else if (other !== name) {
                const pair = `${parent}\0${key}`;
                if (reported.has(pair))
                  continue;
                reported.add(pair);
                const [a, b] = [other, name].sort();
                const join = (n) => parent ? `${parent}/${n}` : n;
                context.report({ messageId: "entries", data: { a: join(a), b: join(b) }, at: (0, rule_12.fileStart)(isFile ? entry.path : join(name)) });
              }
            }
          }
        };
        function caseMismatch(module3, fact, parts, role) {
          let search;
          if (fact.level > 0) {
            const base = (0, layout_1.relativeBase)(module3.file.dir, fact.level);
            if (!base)
              return null;
            search = [base];
          } else {
            const roots = layout.projectOf(module3.file.dir).roots;
            const first = [];
            if (role === "script")
              first.push(module3.file.dir);
            if (role === "test") {
              let d = module3.file.dir;
              while ((0, resolve_1.initFile)(d, "runtime") && d.parent)
                d = d.parent;
              first.push(d);
            }
            search = [...first, ...roots.filter((r) => !first.includes(r))];
          }
          const chain = (0, resolve_1.resolvePrefixes)(search, parts.join("."), "runtime");
          if (chain.length >= parts.length)
            return null;
          const last = chain[chain.length - 1];
          if (last && last.kind !== "package" && last.kind !== "namespace")
            return null;
          const dirs = last ? last.dirs : search;
          const index = chain.length;
          const wanted = parts[index];
          if (fact.kind === "from" && index === parts.length - 1) {
            const pkg = last ? last.dirs[0] : fact.level > 0 ? search[0] : void 0;
            if (pkg && initProvides(pkg, wanted))
              return null;
          }
          for (const dir of dirs) {
            const actual = caseVariant(dir, wanted);
            if (actual)
              return { index, actual: dir.path ? `${dir.path}/${actual}` : actual };
          }
          return null;
        }
        function initProvides(dir, name) {
          const init = dir.files.get("__init__.py");
          if (!init)
            return (0, resolve_1.initFile)(dir, "runtime") !== null;
          const facts = project.module(init).facts;
          if (facts.bindings.some((b) => b.name === name || b.name === "__getattr__"))
            return true;
          if (facts.imports.some((i) => i.names.some((n) => n.name === "*")))
            return true;
          return LAZY_MODULE.test((0, read_1.readTextOrNull)(path.join(project.root, init.path)) ?? "");
        }
      }
    });
    var LAZY_MODULE = /sys\.modules\[\s*__name__\s*\]|\blazy_loader\b|\b_LazyModule\b/;
    function caseVariant(dir, name) {
      const lower = name.toLowerCase();
      for (const [entry, sub] of dir.dirs) {
        if (entry !== name && entry.toLowerCase() === lower && ((0, resolve_1.initFile)(sub, "runtime") || [...sub.files.keys()].some((f) => f.endsWith(".py"))))
          return `${entry}/`;
      }
      for (const entry of dir.files.keys()) {
        if (!entry.endsWith(".py"))
          continue;
        const stem = entry.slice(0, -3);
        if (stem !== name && stem.toLowerCase() === lower)
          return entry;
      }
      return null;
    }
  }
});

// dist/rules/import-self.js
var require_import_self = __commonJS({
  "dist/rules/import-self.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var rule_12 = require_rule();
    var environment_1 = require_environment();
    var layout_1 = require_layout();
    var resolve_1 = require_resolve();
    var usage_1 = require_usage();
    exports2.default = (0, rule_12.defineRule)({
      id: "import-self",
      meta: {
        description: "A module that imports itself",
        defaultSeverity: "warn",
        messages: {
          module: "This module imports itself (`{{name}}`): that gets the half-run module, and fails for names defined below it",
          script: "This script imports itself (`{{name}}`): run by path it is `__main__`, so the import runs the file a second time"
        }
      },
      create(context) {
        const { project } = context;
        const layout = (0, layout_1.layoutOf)(project);
        const stdlib = (0, environment_1.stdlibNames)();
        return {
          import(fact, module3) {
            if (fact.scope !== "module" || fact.guarded || fact.typeChecking)
              return;
            const file = module3.file;
            if (!file.name.endsWith(".py"))
              return;
            const isInit = file.name === "__init__.py";
            const own = isInit ? file.dir.name : file.name.slice(0, -3);
            const usage = layout.usage.of(file);
            if (!usage.live)
              return;
            const at = { path: file.path, start: fact.start, end: fact.end };
            if (usage.role === "script") {
              const facts = module3.facts;
              if (isInit || fact.level > 0 || !(facts.shebang || facts.mainGuard || facts.scriptBlock) || stdlib.has(own))
                return;
              const first = fact.kind === "import" ? fact.names.map((n) => n.name) : [fact.module ?? ""];
              const name = first.find((n) => n.split(".")[0] === own);
              if (name === void 0)
                return;
              if ((0, resolve_1.findSpec)([file.dir], own, "runtime")?.file !== file.path)
                return;
              context.report({ messageId: "script", data: { name: own }, at });
              return;
            }
            if (usage.role !== "package")
              return;
            for (const target of (0, usage_1.importTargets)(fact)) {
              const parts = target.split(".");
              if (!parts.includes(own))
                continue;
              if (fact.level === 0 && stdlib.has(parts[0]))
                continue;
              const chain = layout.resolveImport(module3, fact, target);
              const last = chain[chain.length - 1];
              if (!last || !sameModule(last.file, file.path))
                continue;
              if (chain.length < parts.length) {
                if (fact.kind !== "from" || chain.length !== parts.length - 1)
                  continue;
                const name = parts[parts.length - 1];
                if (isInit && !module3.facts.bindings.some((b) => b.name === name && b.kind !== "import"))
                  continue;
              }
              const dots = ".".repeat(fact.level);
              const shown = fact.kind === "import" ? target : chain.length === parts.length ? `${dots}${target}` : `${dots}${fact.module ?? ""}`;
              context.report({ messageId: "module", data: { name: shown }, at });
              return;
            }
          }
        };
      }
    });
    function sameModule(resolved, path) {
      if (resolved === null)
        return false;
      return resolved === path || resolved === `${path}i`;
    }
  }
});

// dist/rules/invalid-module-name.js
var require_invalid_module_name = __commonJS({
  "dist/rules/invalid-module-name.js"(exports2) {
    "use strict";
    var __createBinding = exports2 && exports2.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports2 && exports2.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports2 && exports2.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    Object.defineProperty(exports2, "__esModule", { value: true });
    var path = __importStar(require("node:path"));
    var rule_12 = require_rule();
    var layout_1 = require_layout();
    var names_1 = require_names2();
    var read_1 = require_read();
    var MIGRATION_FOLDERS = /* @__PURE__ */ new Set(["migrations", "versions"]);
    var LOADS_BY_NAME = /\bimport_module\s*\(|\b__import__\s*\(|\bspec_from_file_location\b|\bSourceFileLoader\b|\brunpy\b|\bload_source\b/;
    var MAX_NAMES = 5;
    exports2.default = (0, rule_12.defineRule)({
      id: "invalid-module-name",
      meta: {
        description: "A module inside a package whose name no `import` statement can spell",
        defaultSeverity: "warn",
        messages: {
          module: "{{names}} in the package `{{pkg}}/` cannot be imported with an `import` statement: use letters, digits and underscores, not a leading digit or a keyword"
        }
      },
      create(context) {
        const { project } = context;
        const loadsByName = /* @__PURE__ */ new Map();
        const packageLoadsByName = (dir) => {
          let v = loadsByName.get(dir);
          if (v === void 0) {
            v = [...dir.files.values()].some((f) => f.name.endsWith(".py") && LOADS_BY_NAME.test(readText(project.root, f.path)));
            if (!v && dir.parent?.files.has("__init__.py"))
              v = packageLoadsByName(dir.parent);
            loadsByName.set(dir, v);
          }
          return v;
        };
        return {
          directory(dir) {
            const init = dir.files.get("__init__.py");
            if (!init)
              return;
            const layout = (0, layout_1.layoutOf)(project);
            const usage = layout.usage.of(init);
            if (usage.role !== "package" || !usage.live || layout.usage.inTestTree(dir))
              return;
            const bad = [...dir.files.values()].filter((file) => {
              if (!file.name.endsWith(".py") || file.name.startsWith("."))
                return false;
              const stem = file.name.slice(0, -3);
              if ((0, names_1.isModuleName)(stem) || MIGRATION_FOLDERS.has(dir.name) && /^\d/.test(stem))
                return false;
              return layout.usage.of(file).role !== "script";
            });
            if (bad.length === 0 || packageLoadsByName(dir))
              return;
            bad.sort((a, b) => a.name < b.name ? -1 : 1);
            const shown = bad.slice(0, MAX_NAMES).map((f) => `\`${f.name}\``).join(", ");
            const names = bad.length === 1 ? shown : `${bad.length} modules (${shown}${bad.length > MAX_NAMES ? ", \u2026" : ""})`;
            context.report({ messageId: "module", data: { names, pkg: dir.path }, at: (0, rule_12.fileStart)(bad[0].path) });
          }
        };
      }
    });
    function readText(root, rel) {
      return (0, read_1.readTextOrNull)(path.join(root, rel)) ?? "";
    }
  }
});

// dist/rules/missing-init.js
var require_missing_init = __commonJS({
  "dist/rules/missing-init.js"(exports2) {
    "use strict";
    var __importDefault = exports2 && exports2.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports2, "__esModule", { value: true });
    var picomatch_1 = __importDefault(require_picomatch2());
    var setuptools_1 = require_setuptools();
    var rule_12 = require_rule();
    var layout_1 = require_layout();
    var resolve_1 = require_resolve();
    var usage_1 = require_usage();
    var names_1 = require_names2();
    exports2.default = (0, rule_12.defineRule)({
      id: "missing-init",
      meta: {
        description: "A folder the code imports as a package must have an `__init__.py`",
        defaultSeverity: "error",
        fixable: "safe",
        messages: {
          missing: "`{{name}}` is imported as a package ({{count}}), but `{{dir}}/` has no `__init__.py`: Python makes it an implicit namespace package{{consequence}}"
        },
        options: {
          "ignore-names": {
            type: "string[]",
            default: usage_1.DEFAULT_IGNORE_NAMES,
            description: "Folder names (globs) that hold data or loose scripts, not packages; their subfolders too."
          }
        }
      },
      create(context) {
        const { project } = context;
        const ignored = (0, picomatch_1.default)(context.options["ignore-names"], { dot: true });
        return {
          directory(dir) {
            if ((0, resolve_1.initFile)(dir) || dir === project.tree || dir.name === "__pycache__")
              return;
            const layout = (0, layout_1.layoutOf)(project);
            const evidence = layout.packageUses.get(dir);
            if (!evidence || layout.isRoot(dir) || layout.isDeclaredNamespace(dir))
              return;
            const py = layout.projectOf(dir);
            if (py.config.namespaces)
              return;
            if (layout.sharedReason(dir) || layout.usage.isVendored(dir))
              return;
            if ((0, usage_1.underIgnoredName)(dir, py.dir, ignored))
              return;
            if (!layout.importName(dir).split(".").every(names_1.isIdentifier))
              return;
            if ([...dir.files.keys()].some(names_1.isMisspelledInit))
              return;
            const names = [...dir.files.keys()];
            if (names.some((n2) => n2.endsWith(".pyi")) && !names.some((n2) => n2.endsWith(".py")))
              return;
            if (!evidence.fromPackageCode && [...dir.files.values()].some((f) => layout.usage.of(f).role === "script"))
              return;
            const { uses, count: n } = evidence;
            const at = (i) => ({
              path: uses[i].module.file.path,
              start: uses[i].fact.start,
              end: uses[i].fact.end
            });
            context.report({
              messageId: "missing",
              data: { name: uses[0].name, dir: dir.path, count: `${n} import${n === 1 ? "" : "s"}`, consequence: (0, setuptools_1.wheelOmissionClause)(py, dir) },
              at: at(0),
              related: uses.slice(1, layout_1.MAX_EVIDENCE).map((_, i) => ({ message: "also imported here", location: at(i + 1) })),
              fix: {
                description: `Create ${dir.path}/__init__.py`,
                applicability: "safe",
                operations: [{ kind: "createFile", path: `${dir.path}/__init__.py`, content: "" }]
              }
            });
          }
        };
      }
    });
  }
});

// dist/rules/misspelled-init.js
var require_misspelled_init = __commonJS({
  "dist/rules/misspelled-init.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var rule_12 = require_rule();
    var setuptools_1 = require_setuptools();
    var layout_1 = require_layout();
    var model_1 = require_model();
    var names_1 = require_names2();
    exports2.default = (0, rule_12.defineRule)({
      id: "misspelled-init",
      meta: {
        description: "A misspelled `__init__.py` (`_init_.py`, `__init.py`, `__int__.py`, \u2026) in a folder without a real one",
        defaultSeverity: "error",
        fixable: "unsafe",
        messages: {
          misspelled: "`{{file}}` looks like a misspelled `__init__.py`: without a real one, Python makes `{{dir}}/` an implicit namespace package{{consequence}}"
        }
      },
      create(context) {
        return {
          directory(dir) {
            if ((0, model_1.hasInit)(dir))
              return;
            for (const file of dir.files.values()) {
              if (!(0, names_1.isMisspelledInit)(file.name))
                continue;
              const target = dir.path ? `${dir.path}/__init__.py` : "__init__.py";
              context.report({
                messageId: "misspelled",
                data: { file: file.name, dir: dir.name || ".", consequence: (0, setuptools_1.wheelOmissionClause)((0, layout_1.layoutOf)(context.project).projectOf(dir), dir) },
                at: (0, rule_12.fileStart)(file.path),
                fix: {
                  description: `Rename ${file.path} to ${target}`,
                  // Unsafe: the package's import-time code changes (the file starts to run on import).
                  applicability: "unsafe",
                  operations: [{ kind: "rename", from: file.path, to: target }]
                }
              });
            }
          }
        };
      }
    });
  }
});

// dist/rules/module-package-collision.js
var require_module_package_collision = __commonJS({
  "dist/rules/module-package-collision.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var rule_12 = require_rule();
    var layout_1 = require_layout();
    var resolve_1 = require_resolve();
    exports2.default = (0, rule_12.defineRule)({
      id: "module-package-collision",
      meta: {
        description: "A module `foo.py` beside a folder `foo/`: one of them can never be imported",
        defaultSeverity: "warn",
        messages: {
          moduleDead: "`{{name}}.py` is dead code: the package `{{name}}/` beside it wins every `import {{name}}`",
          folderDead: "`{{name}}.py` hides the folder `{{name}}/` beside it: `{{name}}/` has no `__init__.py`, so `import {{name}}` loads the module and `{{name}}.<submodule>` fails"
        }
      },
      create(context) {
        return {
          directory(dir) {
            for (const [name, sub] of dir.dirs) {
              if (!dir.files.has(`${name}.py`))
                continue;
              if (![...sub.files.keys()].some((f) => f.endsWith(".py") || f.endsWith(".pyi")) && !(0, resolve_1.initFile)(sub))
                continue;
              const file = dir.path ? `${dir.path}/${name}.py` : `${name}.py`;
              const module3 = dir.files.get(`${name}.py`);
              const usage = (0, layout_1.layoutOf)(context.project).usage.of(module3);
              if (!usage.live || usage.role === "vendored")
                continue;
              context.report({ messageId: (0, resolve_1.initFile)(sub, "runtime") ? "moduleDead" : "folderDead", data: { name }, at: (0, rule_12.fileStart)(file) });
            }
          }
        };
      }
    });
  }
});

// dist/rules/relative-beyond-top-level.js
var require_relative_beyond_top_level = __commonJS({
  "dist/rules/relative-beyond-top-level.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var rule_12 = require_rule();
    var layout_1 = require_layout();
    exports2.default = (0, rule_12.defineRule)({
      id: "relative-beyond-top-level",
      meta: {
        description: "A relative import that climbs above the top-level package, or out of a module that has no package",
        defaultSeverity: "error",
        messages: {
          beyond: "`{{statement}}` climbs above the top-level package `{{top}}`: the import fails (relative import beyond top-level package)",
          noParent: "`{{statement}}` in a top-level module, which has no package: ImportError, no known parent package"
        }
      },
      create(context) {
        const { project } = context;
        const layout = (0, layout_1.layoutOf)(project);
        const topNames = /* @__PURE__ */ new Set();
        const pending = [];
        return {
          import(fact, module3) {
            if (fact.level === 0) {
              const name = fact.kind === "from" ? fact.module : fact.names[0]?.name ?? "";
              const dot = name.indexOf(".");
              topNames.add(dot === -1 ? name : name.slice(0, dot));
              if (fact.kind === "import")
                for (const n of fact.names.slice(1))
                  topNames.add(n.name.split(".")[0]);
              return;
            }
            if (fact.guarded || fact.typeChecking || fact.conditional)
              return;
            if (module3.file.name.endsWith(".pyi"))
              return;
            const usage = layout.usage.of(module3.file);
            if (usage.role !== "package" || !usage.live)
              return;
            const chain = [];
            let dir = module3.file.dir;
            for (; dir && !layout.isRoot(dir); dir = dir.parent)
              chain.unshift(dir);
            if (!dir)
              return;
            if (dir.files.has("__init__.py"))
              return;
            const dots = fact.level <= 40 ? ".".repeat(fact.level) : `<${fact.level} dots>`;
            const statement = `from ${dots}${fact.module ?? ""} import \u2026`;
            const at = { path: module3.file.path, start: fact.start, end: fact.end };
            if (chain.length === 0)
              pending.push({ root: dir, report: { messageId: "noParent", data: { statement }, at } });
            else if (fact.level > chain.length)
              pending.push({ root: dir, report: { messageId: "beyond", data: { statement, top: chain[0].name }, at } });
          },
          "project:exit"() {
            for (const { root, report } of pending) {
              if (topNames.has(root.name) && insideAnotherRoot(root))
                continue;
              context.report(report);
            }
          }
        };
        function insideAnotherRoot(root) {
          for (let d = root.parent; d; d = d.parent)
            if (layout.isRoot(d))
              return true;
          return false;
        }
      }
    });
  }
});

// dist/rules/sourceless-bytecode.js
var require_sourceless_bytecode = __commonJS({
  "dist/rules/sourceless-bytecode.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var globs_1 = require_globs();
    var rule_12 = require_rule();
    var names_1 = require_names2();
    var WINS_OVER_BYTECODE = /^(py|pyw|(.+\.)?so|(.+\.)?pyd)$/;
    exports2.default = (0, rule_12.defineRule)({
      id: "sourceless-bytecode",
      meta: {
        description: "A `.pyc` outside `__pycache__` with no source beside it is importable stale code",
        defaultSeverity: "error",
        messages: {
          sourceless: '`{{file}}` has no `{{module}}.py` beside it, yet importing `{{module}}` from its folder loads it: stale code that fails with "bad magic number" on another Python version; delete it'
        },
        options: {
          allow: {
            type: "string[]",
            default: [],
            description: "Globs of sourceless bytecode shipped on purpose."
          }
        }
      },
      create(context) {
        const allowed = (0, globs_1.excludeMatcher)(context.options["allow"]);
        return {
          file(file) {
            if (!file.name.endsWith(".pyc") || file.dir.name === "__pycache__")
              return;
            const module3 = file.name.slice(0, -".pyc".length);
            if (!(0, names_1.isModuleName)(module3) || allowed(context.project.configPath(file.path)))
              return;
            const dir = file.dir;
            if (dir.dirs.get(module3)?.files.has("__init__.py"))
              return;
            for (const name of dir.files.keys()) {
              if (name.startsWith(`${module3}.`) && WINS_OVER_BYTECODE.test(name.slice(module3.length + 1)))
                return;
            }
            context.report({ messageId: "sourceless", data: { file: file.name, module: module3 }, at: (0, rule_12.fileStart)(file.path) });
          }
        };
      }
    });
  }
});

// dist/rules/star-import-leak.js
var require_star_import_leak = __commonJS({
  "dist/rules/star-import-leak.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var rule_12 = require_rule();
    var layout_1 = require_layout();
    var model_1 = require_model();
    exports2.default = (0, rule_12.defineRule)({
      id: "star-import-leak",
      meta: {
        description: "A relative `from .mod import *` where `mod` has no `__all__` re-exports what `mod` imports",
        defaultSeverity: "warn",
        messages: {
          leak: "`{{statement}}` also copies what `{{target}}` imports ({{names}}) into this module, because `{{target}}` has no `__all__`: those names become part of this module's API; give `{{target}}` an `__all__`"
        }
      },
      create(context) {
        const { project } = context;
        return {
          import(fact, module3) {
            if (fact.level === 0 || !fact.names.some((n) => n.name === "*"))
              return;
            const name = fact.module ?? "";
            const chain = (0, layout_1.layoutOf)(project).resolveImport(module3, fact, name);
            const target = chain[chain.length - 1];
            if (!target?.file || chain.length !== name.split(".").length)
              return;
            const file = (0, model_1.fileAt)(project.tree, target.file);
            if (!file || !file.name.endsWith(".py"))
              return;
            const facts = project.module(file).facts;
            if (facts.dunderAll.length)
              return;
            const leaked = [];
            for (const imp of facts.imports) {
              if (imp.scope !== "module" || imp.level > 0)
                continue;
              if (imp.kind === "from" && (imp.module ?? "").split(".").pop().startsWith("_"))
                continue;
              for (const n of imp.names) {
                const bound = n.asname ?? (imp.kind === "import" ? n.name.split(".")[0] : n.name);
                if (bound !== "*" && !bound.startsWith("_") && !leaked.includes(bound))
                  leaked.push(bound);
              }
            }
            if (leaked.length === 0)
              return;
            const shown = leaked.slice(0, 4).map((n) => `\`${n}\``).join(", ") + (leaked.length > 4 ? `, \u2026 ${leaked.length} in all` : "");
            context.report({
              messageId: "leak",
              data: { statement: `from ${".".repeat(fact.level)}${name} import *`, target: `${".".repeat(fact.level)}${name}`, names: shown },
              at: { path: module3.file.path, start: fact.start, end: fact.end }
            });
          }
        };
      }
    });
  }
});

// dist/rules/stray-init.js
var require_stray_init = __commonJS({
  "dist/rules/stray-init.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var rule_12 = require_rule();
    var layout_1 = require_layout();
    var names_1 = require_names2();
    exports2.default = (0, rule_12.defineRule)({
      id: "stray-init",
      meta: {
        description: "An `__init__.py` where no package can be: a project root, `src/` of a src layout, a folder whose name is not an identifier",
        defaultSeverity: "warn",
        messages: {
          projectRoot: "This `__init__.py` makes the project folder a package: tools then name modules after the checkout folder (`myrepo.app.x`), pytest inserts the wrong rootdir and setuptools may ship the whole tree",
          srcLayout: "This `__init__.py` makes `src/` a package: imports start with `src.`, which does not exist after `pip install`; a src layout keeps `src/` a plain folder",
          badName: "`{{dir}}/` cannot be imported as a package (its name is not a Python identifier), so this `__init__.py` is never used as one"
        }
      },
      create(context) {
        const { project } = context;
        return {
          directory(dir) {
            if (!dir.files.has("__init__.py"))
              return;
            const at = (0, rule_12.fileStart)(dir.path ? `${dir.path}/__init__.py` : "__init__.py");
            const layout = (0, layout_1.layoutOf)(project);
            if (layout.usage.inTestTree(dir) || layout.usage.isVendored(dir))
              return;
            const owner = layout.projects.find((p) => p.dir === dir);
            const nested = dir.parent !== null && dir.parent.files.has("__init__.py");
            if (owner && owner.metadataFile && (0, layout_1.isProjectDir)(dir) && !nested) {
              context.report({ messageId: "projectRoot", at });
            } else if (dir.name === "src" && dir.parent && layout.projects.some((p) => p.dir === dir.parent && p.metadataFile)) {
              if ([...dir.dirs.values()].some((d) => d.files.has("__init__.py")))
                context.report({ messageId: "srcLayout", at });
            } else if (dir.parent && !(0, names_1.isIdentifier)(dir.name)) {
              context.report({ messageId: "badName", data: { dir: dir.path }, at });
            }
          }
        };
      }
    });
  }
});

// dist/rules/index.js
var require_rules = __commonJS({
  "dist/rules/index.js"(exports2) {
    "use strict";
    var __importDefault = exports2 && exports2.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.builtinRules = void 0;
    var all_duplicate_1 = __importDefault(require_all_duplicate());
    var all_implicit_concat_1 = __importDefault(require_all_implicit_concat());
    var all_non_string_1 = __importDefault(require_all_non_string());
    var all_not_sequence_1 = __importDefault(require_all_not_sequence());
    var all_undefined_1 = __importDefault(require_all_undefined());
    var all_unsorted_1 = __importDefault(require_all_unsorted());
    var all_unsupported_form_1 = __importDefault(require_all_unsupported_form());
    var bytecode_not_ignored_1 = __importDefault(require_bytecode_not_ignored());
    var bytecode_tracked_1 = __importDefault(require_bytecode_tracked());
    var dist_omits_package_1 = __importDefault(require_dist_omits_package());
    var dist_ships_generic_package_1 = __importDefault(require_dist_ships_generic_package());
    var implicit_namespace_package_1 = __importDefault(require_implicit_namespace_package());
    var implicit_reexport_1 = __importDefault(require_implicit_reexport());
    var import_case_mismatch_1 = __importDefault(require_import_case_mismatch());
    var import_self_1 = __importDefault(require_import_self());
    var invalid_module_name_1 = __importDefault(require_invalid_module_name());
    var missing_init_1 = __importDefault(require_missing_init());
    var misspelled_init_1 = __importDefault(require_misspelled_init());
    var module_package_collision_1 = __importDefault(require_module_package_collision());
    var relative_beyond_top_level_1 = __importDefault(require_relative_beyond_top_level());
    var sourceless_bytecode_1 = __importDefault(require_sourceless_bytecode());
    var star_import_leak_1 = __importDefault(require_star_import_leak());
    var stray_init_1 = __importDefault(require_stray_init());
    exports2.builtinRules = [
      all_duplicate_1.default,
      all_implicit_concat_1.default,
      all_non_string_1.default,
      all_not_sequence_1.default,
      all_undefined_1.default,
      all_unsorted_1.default,
      all_unsupported_form_1.default,
      bytecode_not_ignored_1.default,
      bytecode_tracked_1.default,
      dist_omits_package_1.default,
      dist_ships_generic_package_1.default,
      implicit_namespace_package_1.default,
      implicit_reexport_1.default,
      import_case_mismatch_1.default,
      import_self_1.default,
      invalid_module_name_1.default,
      missing_init_1.default,
      misspelled_init_1.default,
      module_package_collision_1.default,
      relative_beyond_top_level_1.default,
      sourceless_bytecode_1.default,
      star_import_leak_1.default,
      stray_init_1.default
    ];
  }
});

// dist/src/engine/plugins.js
var require_plugins = __commonJS({
  "dist/src/engine/plugins.js"(exports2) {
    "use strict";
    var __createBinding = exports2 && exports2.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports2 && exports2.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports2 && exports2.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.pluginOf = pluginOf;
    exports2.loadPlugins = loadPlugins;
    exports2.checkUniqueIds = checkUniqueIds;
    exports2.pluginName = pluginName;
    var fs = __importStar(require("node:fs"));
    var node_module_1 = require("node:module");
    var path = __importStar(require("node:path"));
    var node_url_1 = require("node:url");
    var config_1 = require_config();
    var rule_12 = require_rule();
    var origin = /* @__PURE__ */ new WeakMap();
    function pluginOf(rule) {
      return origin.get(rule);
    }
    var importModule = new Function("specifier", "return import(specifier)");
    async function loadPlugins(specs, configFile, shown) {
      const dir = path.dirname(configFile);
      const byName = /* @__PURE__ */ new Map();
      const rules = [];
      for (const spec of specs) {
        const fail = (message) => new config_1.ConfigError(`${shown}: plugin "${spec}": ${message}`);
        const local = isLocal(spec);
        const { file, packageName } = local ? resolveLocal(spec, dir, fail) : resolvePackage(spec, dir, fail);
        let exported;
        try {
          exported = await load(file);
        } catch (e) {
          throw fail(`failed to load: ${firstLine(e)}`);
        }
        const plugin = unwrap(exported);
        if (!isObject(plugin) || !isObject(plugin["rules"]))
          throw fail("expected an export { meta: { name, version }, rules: { id: rule } }");
        const meta = isObject(plugin["meta"]) ? plugin["meta"] : {};
        const declared = typeof meta["name"] === "string" ? meta["name"] : packageName;
        if (!declared)
          throw fail("a local plugin must declare meta.name (its rules are named <name>/<rule>)");
        const name = pluginName(declared);
        if (!/^(@[\w-]+\/)?[\w-]+$|^@[\w-]+$/.test(name))
          throw fail(`invalid name "${name}": letters, digits, - and _ (or @scope/name)`);
        const apiVersion = meta["apiVersion"];
        if (apiVersion !== void 0 && (typeof apiVersion !== "number" || apiVersion > rule_12.RULE_API_VERSION)) {
          throw fail(`needs rule API version ${String(apiVersion)}; this dunderlint has version ${rule_12.RULE_API_VERSION}`);
        }
        const other = byName.get(name);
        if (other !== void 0)
          throw fail(`its name "${name}" is also the name of plugin "${other}"`);
        byName.set(name, spec);
        for (const [key, value] of Object.entries(plugin["rules"])) {
          const problem = ruleProblem(key, value);
          if (problem)
            throw fail(`rule "${key}": ${problem}`);
          const rule = { ...value, id: `${name}/${key}` };
          origin.set(rule, spec);
          rules.push(rule);
        }
      }
      return rules;
    }
    function checkUniqueIds(rules, shown) {
      const seen = /* @__PURE__ */ new Map();
      for (const rule of rules) {
        const first = seen.get(rule.id);
        if (first) {
          const from = (r) => pluginOf(r) ? `plugin "${pluginOf(r)}"` : "a rule given to lint()";
          throw new config_1.ConfigError(`${shown}: rule id "${rule.id}" of ${from(rule)} clashes with the one of ${from(first)}`);
        }
        seen.set(rule.id, rule);
      }
    }
    function pluginName(declared) {
      const m = /^(@[^/]+)\/(.*)$/.exec(declared);
      if (m) {
        const [, scope, rest] = m;
        if (rest === "dunderlint-plugin")
          return scope;
        return `${scope}/${rest.replace(/^dunderlint-plugin-/, "")}`;
      }
      return declared.replace(/^dunderlint-plugin-/, "");
    }
    function isLocal(spec) {
      return spec.startsWith("./") || spec.startsWith("../") || path.isAbsolute(spec);
    }
    function resolveLocal(spec, dir, fail) {
      const file = path.resolve(dir, spec);
      if (!fs.existsSync(file) || fs.statSync(file).isDirectory())
        throw fail(`no such file: ${file}`);
      return { file };
    }
    function resolvePackage(spec, dir, fail) {
      const req = (0, node_module_1.createRequire)(path.join(dir, "noop.js"));
      const packageName = spec.startsWith("@") ? spec.split("/").slice(0, 2).join("/") : spec.split("/")[0];
      try {
        return { file: req.resolve(spec), packageName };
      } catch (e) {
        const code = e.code;
        if (code !== "ERR_PACKAGE_PATH_NOT_EXPORTED") {
          throw fail(`cannot find package "${spec}" from ${dir} (install it there: npm install --save-dev ${packageName})`);
        }
      }
      for (const base of req.resolve.paths(spec) ?? []) {
        const root = path.join(base, spec);
        const manifest = path.join(root, "package.json");
        if (!fs.existsSync(manifest))
          continue;
        const entry = importEntry(JSON.parse(fs.readFileSync(manifest, "utf8")).exports);
        if (entry)
          return { file: path.resolve(root, entry), packageName };
      }
      throw fail(`package "${spec}" exports no entry for require or import`);
    }
    function importEntry(exports3) {
      if (typeof exports3 === "string")
        return exports3;
      if (!isObject(exports3))
        return void 0;
      const dot = Object.keys(exports3).some((k) => k.startsWith(".")) ? exports3["."] : exports3;
      if (typeof dot === "string")
        return dot;
      if (!isObject(dot))
        return void 0;
      for (const condition of ["import", "node", "default"]) {
        const found = importEntry(dot[condition]);
        if (found)
          return found;
      }
      return void 0;
    }
    async function load(file) {
      if (isEsm(file))
        return importModule((0, node_url_1.pathToFileURL)(file).href);
      return (0, node_module_1.createRequire)(file)(file);
    }
    function isEsm(file) {
      if (file.endsWith(".mjs"))
        return true;
      if (!file.endsWith(".js"))
        return false;
      for (let dir = path.dirname(file); ; dir = path.dirname(dir)) {
        const manifest = path.join(dir, "package.json");
        if (fs.existsSync(manifest)) {
          try {
            return JSON.parse(fs.readFileSync(manifest, "utf8")).type === "module";
          } catch {
            return false;
          }
        }
        if (path.dirname(dir) === dir)
          return false;
      }
    }
    function unwrap(exported) {
      if (isObject(exported) && !("rules" in exported) && isObject(exported["default"]))
        return exported["default"];
      return exported;
    }
    function ruleProblem(key, value) {
      if (!/^[\w-]+$/.test(key))
        return "a rule id is letters, digits, - and _";
      if (!isObject(value))
        return "expected a rule object { meta, create }";
      if (typeof value["create"] !== "function")
        return "create must be a function";
      const meta = value["meta"];
      if (!isObject(meta))
        return "meta is missing";
      if (typeof meta["description"] !== "string")
        return "meta.description must be a string";
      if (!["off", "warn", "error"].includes(meta["defaultSeverity"]))
        return 'meta.defaultSeverity must be "off", "warn" or "error"';
      if (!isObject(meta["messages"]))
        return "meta.messages must be an object of messageId: text";
      if (meta["fixable"] !== void 0 && meta["fixable"] !== "safe" && meta["fixable"] !== "unsafe")
        return 'meta.fixable must be "safe" or "unsafe"';
      return null;
    }
    function firstLine(e) {
      const message = e instanceof Error ? e.message : String(e);
      return message.split("\n")[0];
    }
    function isObject(v) {
      return typeof v === "object" && v !== null && !Array.isArray(v);
    }
  }
});

// dist/src/engine/run.js
var require_run = __commonJS({
  "dist/src/engine/run.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.runRules = runRules;
    var layout_1 = require_layout();
    var project_1 = require_project();
    var plugins_1 = require_plugins();
    var rule_12 = require_rule();
    function runRules(project, rules) {
      const diagnostics = [];
      const crashes = [];
      const skippedForGit = [];
      const active = [];
      const fail = (a, what, e, file) => {
        a.dead = true;
        const plugin = (0, plugins_1.pluginOf)(a.rule);
        const message = e instanceof Error ? e.message : String(e);
        crashes.push({
          rule: a.id,
          ...plugin !== void 0 ? { plugin } : {},
          message: `${what}: ${message.split("\n")[0]}`,
          ...file !== void 0 ? { path: file } : {},
          ...e instanceof Error && e.stack ? { stack: e.stack } : {}
        });
      };
      for (const configured of rules) {
        const { rule, severity, options } = configured;
        if (rule.meta.needs?.includes("git") && !project.git) {
          skippedForGit.push(rule.id);
          continue;
        }
        const a = { rule, id: rule.id, visitors: {}, dead: false };
        try {
          a.visitors = rule.create({
            project,
            options,
            report(r) {
              const template = rule.meta.messages[r.messageId];
              if (template === void 0)
                throw new Error(`unknown messageId "${r.messageId}"`);
              diagnostics.push({
                rule: rule.id,
                severity,
                message: (0, rule_12.formatMessage)(template, r.data),
                location: r.at,
                fix: r.fix ?? null,
                related: r.related ?? []
              });
            }
          });
        } catch (e) {
          fail(a, "create", e);
        }
        active.push(a);
      }
      const byKey = /* @__PURE__ */ new Map();
      const each = (key, arg, label, arg2, file) => {
        let list = byKey.get(key);
        if (!list)
          byKey.set(key, list = active.filter((a) => a.visitors[key]));
        for (const a of list) {
          if (a.dead)
            continue;
          const fn = a.visitors[key];
          try {
            fn.call(a.visitors, arg, arg2);
          } catch (e) {
            fail(a, label, e, file);
          }
        }
      };
      const unreadable = [];
      each("project", project, "project");
      const walkDir = (dir) => {
        const label = dir.path || ".";
        each("directory", dir, label);
        for (const file of dir.files.values())
          each("file", file, file.path, void 0, file.path);
        for (const child of dir.dirs.values())
          walkDir(child);
        each("directory:exit", dir, label);
      };
      walkDir(project.tree);
      if (project.git)
        for (const entry of project.git.tracked)
          each("trackedFile", entry, entry.path, void 0, entry.path);
      if (active.some((a) => a.visitors.module || a.visitors.import)) {
        const { usage } = (0, layout_1.layoutOf)(project);
        for (const file of project.files) {
          if (!(0, project_1.isPythonSource)(file.name))
            continue;
          const role = usage.of(file);
          if (role.role === "vendored" || !role.live && !file.name.endsWith(".pyi"))
            continue;
          const module3 = project.module(file);
          if (module3.readError)
            unreadable.push({ path: file.path, message: module3.readError });
          else if (module3.facts.syntaxError) {
            const { line, column, message } = module3.facts.syntaxError;
            unreadable.push({ path: file.path, message: `${line}:${column}: ${message}` });
          }
          each("module", module3, file.path, void 0, file.path);
          for (const fact of module3.facts.imports)
            each("import", fact, file.path, module3, file.path);
        }
      }
      each("project:exit", project, "project:exit");
      return { diagnostics, crashes, skippedForGit, unreadable };
    }
  }
});

// dist/src/engine/suppress.js
var require_suppress = __commonJS({
  "dist/src/engine/suppress.js"(exports2) {
    "use strict";
    var __createBinding = exports2 && exports2.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports2 && exports2.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports2 && exports2.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.parseDirectives = parseDirectives;
    exports2.suppress = suppress;
    var path = __importStar(require("node:path"));
    var globs_1 = require_globs();
    var read_1 = require_read();
    var model_1 = require_model();
    var project_1 = require_project();
    var DIRECTIVE = /#\s*dunderlint:\s*(disable-file|disable)\s*=\s*([A-Za-z0-9_@/,\s-]+)/g;
    var TEXT_SUFFIXES = [".pyw", ".toml", ".cfg", ".txt"];
    function parseDirectives(text) {
      const out = { file: /* @__PURE__ */ new Set(), lines: /* @__PURE__ */ new Map() };
      if (!text.includes("dunderlint:"))
        return out;
      const lines = text.split(/\r\n|\r|\n/);
      for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (!line.includes("dunderlint:"))
          continue;
        for (const m of line.matchAll(DIRECTIVE)) {
          const ids = m[2].split(",").map((s) => s.trim()).filter(Boolean);
          if (m[1] === "disable-file")
            ids.forEach((id) => out.file.add(id));
          else {
            const set = out.lines.get(i + 1) ?? /* @__PURE__ */ new Set();
            ids.forEach((id) => set.add(id));
            out.lines.set(i + 1, set);
          }
        }
      }
      return out;
    }
    function suppress(project, diagnostics) {
      const ignoredFor = (0, globs_1.perFileIgnoreMatcher)(project.config.perFileIgnores);
      const directives = /* @__PURE__ */ new Map();
      const directivesOf = (p) => {
        if (!directives.has(p)) {
          let d = null;
          const file = (0, model_1.fileAt)(project.tree, p);
          if (file && (0, project_1.isPythonSource)(file.name)) {
            d = { file: /* @__PURE__ */ new Set(), lines: /* @__PURE__ */ new Map() };
            for (const directive of project.module(file).facts.directives) {
              if (directive.kind === "disable-file")
                directive.rules.forEach((r) => d.file.add(r));
              else {
                const set = d.lines.get(directive.line) ?? /* @__PURE__ */ new Set();
                directive.rules.forEach((r) => set.add(r));
                d.lines.set(directive.line, set);
              }
            }
          } else if (TEXT_SUFFIXES.some((s) => p.endsWith(s))) {
            try {
              d = parseDirectives((0, read_1.readRegularText)(path.join(project.root, p)));
            } catch {
              d = null;
            }
          }
          directives.set(p, d);
        }
        return directives.get(p);
      };
      const kept = [];
      for (const d of diagnostics) {
        const p = d.location.path;
        if (project.excludedByOtherTools.has(p))
          continue;
        const ignored = ignoredFor(project.configPath(p));
        if (ignored.has(d.rule) || ignored.has("ALL"))
          continue;
        const dir = directivesOf(p);
        if (dir) {
          const onLine = dir.lines.get(d.location.start.line);
          if (hits(dir.file, d.rule) || onLine && hits(onLine, d.rule))
            continue;
        }
        kept.push(d);
      }
      return { kept, suppressed: diagnostics.length - kept.length };
    }
    function hits(set, rule) {
      return set.has(rule) || set.has("all");
    }
  }
});

// dist/src/fix/files.js
var require_files = __commonJS({
  "dist/src/fix/files.js"(exports2) {
    "use strict";
    var __createBinding = exports2 && exports2.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports2 && exports2.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports2 && exports2.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Refused = void 0;
    exports2.readContent = readContent;
    exports2.newContent = newContent;
    exports2.editContent = editContent;
    exports2.canEncode = canEncode;
    exports2.encodingName = encodingName;
    exports2.appendLines = appendLines;
    exports2.unsafeTarget = unsafeTarget;
    exports2.unwritable = unwritable;
    exports2.writeAtomic = writeAtomic;
    exports2.renameSafely = renameSafely;
    exports2.leftovers = leftovers;
    exports2.staleTemps = staleTemps;
    exports2.removeTemp = removeTemp;
    var read_1 = require_read();
    var node_crypto_1 = require("node:crypto");
    var fs = __importStar(require("node:fs"));
    var path = __importStar(require("node:path"));
    var node_buffer_1 = require("node:buffer");
    var names_1 = require_names2();
    var source_1 = require_source();
    var Refused = class extends Error {
    };
    exports2.Refused = Refused;
    var TEMP = /^\.(.+)\.dunderlint-(\d+)(?:-[0-9a-f]+)?\.tmp$/;
    function readContent(abs) {
      let bytes;
      try {
        bytes = (0, read_1.readRegularFile)(abs);
      } catch {
        return null;
      }
      if (/\.pyi?$/.test(abs)) {
        const decoded = (0, source_1.decodeSource)(bytes);
        if (decoded.error)
          return null;
        return { text: decoded.text, bytes, codec: (0, source_1.sourceEncoding)(bytes) };
      }
      return { text: bytes.toString((0, node_buffer_1.isUtf8)(bytes) ? "utf8" : "latin1"), bytes, codec: null };
    }
    function newContent(text) {
      return { text, bytes: Buffer.from(text, "utf8"), codec: null };
    }
    function editContent(content, edits, apply) {
      const codec = content.codec ?? { bomLength: 0, encoding: "utf-8", declared: null };
      const table = tableOf(content);
      const byteEdits = [];
      for (const e of edits) {
        const replacement = table ? encodeWith(table.chars, e.text) : Buffer.from(e.text, "utf8");
        if (replacement === null)
          return null;
        byteEdits.push({ start: 0, end: 0, text: replacement.toString("latin1") });
      }
      const offsets = [...new Set(edits.flatMap((e) => [e.start, e.end]))].sort((a, b) => a - b);
      const byteAt = /* @__PURE__ */ new Map();
      let chars = 0;
      let bytes = codec.bomLength;
      for (const o of offsets) {
        if (table)
          bytes = codec.bomLength + table.byteOffsets[o];
        else
          bytes += Buffer.byteLength(content.text.slice(chars, o), "utf8");
        chars = o;
        byteAt.set(o, bytes);
      }
      edits.forEach((e, i) => Object.assign(byteEdits[i], { start: byteAt.get(e.start), end: byteAt.get(e.end) }));
      const after = Buffer.from(apply(content.bytes.toString("latin1"), byteEdits), "latin1");
      return { text: apply(content.text, edits), bytes: after, codec: content.codec };
    }
    function canEncode(content, text) {
      const table = tableOf(content);
      return table === null || encodeWith(table.chars, text) !== null;
    }
    var tables = /* @__PURE__ */ new WeakMap();
    function tableOf(content) {
      const codec = content.codec;
      if (!codec || codec.encoding === "utf-8")
        return null;
      let table = tables.get(content);
      if (!table)
        tables.set(content, table = charTable(content.bytes.subarray(codec.bomLength), codec.encoding));
      return table;
    }
    function encodingName(content) {
      return content.codec?.declared ?? "utf-8";
    }
    function charTable(body, encoding) {
      const chars = /* @__PURE__ */ new Map();
      const stateless = !/^(utf-16|iso-2022)/.test(encoding);
      if (stateless) {
        for (let b = 0; b < 256; b++) {
          try {
            const c = new TextDecoder(encoding, { fatal: true }).decode(Uint8Array.of(b));
            if (c.length > 0 && !chars.has(c))
              chars.set(c, Buffer.of(b));
          } catch {
          }
        }
      }
      const offsets = [0];
      const decoder = new TextDecoder(encoding, { fatal: true });
      let from = 0;
      for (let b = 0; b < body.length; b++) {
        const c = decoder.decode(body.subarray(b, b + 1), { stream: true });
        if (!c)
          continue;
        for (let k = 0; k < c.length; k++)
          offsets.push(k === c.length - 1 ? b + 1 : from);
        if (stateless && !chars.has(c))
          chars.set(c, Buffer.from(body.subarray(from, b + 1)));
        from = b + 1;
      }
      return { byteOffsets: offsets, chars };
    }
    function encodeWith(chars, s) {
      const out = [];
      for (const c of s) {
        const b = chars.get(c);
        if (!b)
          return null;
        out.push(b);
      }
      return Buffer.concat(out);
    }
    function appendLines(current, lines) {
      const bytes = current?.bytes ?? Buffer.alloc(0);
      const nl = bytes.indexOf(10);
      const eol = nl > 0 && bytes[nl - 1] === 13 ? "\r\n" : "\n";
      const sep = bytes.length === 0 || bytes[bytes.length - 1] === 10 ? "" : eol;
      const added = `${sep}${lines.map((l) => `${l}${eol}`).join("")}`;
      return { text: `${current?.text ?? ""}${added}`, bytes: Buffer.concat([bytes, Buffer.from(added, "utf8")]), codec: current?.codec ?? null };
    }
    function unsafeTarget(root, rel) {
      const inside = path.relative(root, path.resolve(root, rel));
      if (inside === "" || inside === ".." || inside.startsWith(`..${path.sep}`) || path.isAbsolute(inside)) {
        return "it is outside the project";
      }
      const parts = inside.split(path.sep);
      let at = root;
      for (let i = 0; i < parts.length; i++) {
        at = path.join(at, parts[i]);
        let st;
        try {
          st = fs.lstatSync(at);
        } catch {
          break;
        }
        if (st.isSymbolicLink())
          return i === parts.length - 1 ? "it is a symbolic link" : `${parts.slice(0, i + 1).join("/")} is a symbolic link`;
      }
      return null;
    }
    function unwritable(abs) {
      let st;
      try {
        st = fs.lstatSync(abs);
      } catch {
        return null;
      }
      if (st.isSymbolicLink())
        return "it is a symbolic link";
      if (!st.isFile())
        return "it is not a regular file";
      if ((st.mode & 146) === 0)
        return `the file is read-only (mode ${(st.mode & 4095).toString(8).padStart(4, "0")})`;
      return null;
    }
    function writeAtomic(root, rel, bytes, before) {
      const why = unsafeTarget(root, rel);
      if (why)
        throw new Refused(why);
      const file = path.join(root, rel);
      let st = null;
      try {
        st = fs.lstatSync(file);
      } catch (e) {
        if (e.code !== "ENOENT")
          throw e;
      }
      if (st) {
        const reason = unwritable(file);
        if (reason)
          throw new Refused(reason);
      }
      const current = st ? fs.readFileSync(file) : null;
      if (current === null ? before !== null : before === null || !current.equals(before)) {
        throw new Refused("it changed while dunderlint ran");
      }
      const dir = path.dirname(file);
      fs.mkdirSync(dir, { recursive: true });
      const tmp = path.join(dir, `.${path.basename(file)}.dunderlint-${process.pid}-${(0, node_crypto_1.randomBytes)(4).toString("hex")}.tmp`);
      const fd = fs.openSync(tmp, "wx", st ? st.mode & 511 : 438);
      try {
        try {
          fs.writeFileSync(fd, bytes);
          if (st) {
            try {
              fs.fchownSync(fd, st.uid, st.gid);
            } catch (e) {
              if (e.code !== "EPERM")
                throw e;
            }
            fs.fchmodSync(fd, st.mode & 4095);
          }
          fs.fsyncSync(fd);
        } finally {
          fs.closeSync(fd);
        }
        fs.renameSync(tmp, file);
      } catch (e) {
        fs.rmSync(tmp, { force: true });
        throw e;
      }
    }
    function renameSafely(root, from, to) {
      const why = unsafeTarget(root, from) ?? unsafeTarget(root, to);
      if (why)
        throw new Refused(why);
      const a = path.join(root, from);
      const b = path.join(root, to);
      if (!sameInode(a, b))
        fs.linkSync(a, b);
      fs.unlinkSync(a);
    }
    function sameInode(a, b) {
      try {
        const sa = fs.lstatSync(a);
        const sb = fs.lstatSync(b);
        return sa.ino === sb.ino && sa.dev === sb.dev;
      } catch {
        return false;
      }
    }
    function leftovers(root, paths) {
      const temps = [];
      const halfRenames = [];
      for (const p of paths) {
        const slash = p.lastIndexOf("/");
        const name = p.slice(slash + 1);
        const temp = TEMP.exec(name);
        if (temp) {
          if (!isAlive(Number(temp[2])))
            temps.push(p);
        } else if ((0, names_1.isMisspelledInit)(name)) {
          const init = `${p.slice(0, slash + 1)}__init__.py`;
          if (sameInode(path.join(root, p), path.join(root, init)))
            halfRenames.push({ from: p, to: init });
        }
      }
      return { temps, halfRenames };
    }
    function staleTemps(root, rel) {
      const slash = rel.lastIndexOf("/");
      let names;
      try {
        names = fs.readdirSync(path.join(root, rel.slice(0, slash + 1)));
      } catch {
        return [];
      }
      const base = rel.slice(slash + 1);
      return names.filter((n) => {
        const m = TEMP.exec(n);
        return m !== null && m[1] === base && !isAlive(Number(m[2]));
      }).map((n) => rel.slice(0, slash + 1) + n);
    }
    function removeTemp(root, rel) {
      const why = unsafeTarget(root, rel);
      if (why && why !== "it is a symbolic link")
        throw new Refused(why);
      if (!TEMP.test(path.basename(rel)))
        throw new Refused("it is not a dunderlint temp file");
      fs.rmSync(path.join(root, rel), { force: true });
    }
    function isAlive(pid) {
      if (pid === process.pid)
        return true;
      try {
        process.kill(pid, 0);
        return true;
      } catch (e) {
        return e.code === "EPERM";
      }
    }
  }
});

// dist/src/fix/verify.js
var require_verify = __commonJS({
  "dist/src/fix/verify.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.checkModuleEdit = checkModuleEdit;
    var dunder_all_1 = require_dunder_all();
    var facts_1 = require_facts();
    function checkModuleEdit(old, after, change = {}) {
      const now = (0, facts_1.scanModule)(after);
      if (now.syntaxError && !old.syntaxError) {
        return `the edited module does not compile (${now.syntaxError.message}, line ${now.syntaxError.line})`;
      }
      const listed = expected(listedNames(old), change);
      if (!listed || !sameNames(listed, listedNames(now))) {
        return `the edited __all__ would list ${show(listedNames(now))} instead of ${show(listed ?? listedNames(old))}`;
      }
      const oldExports = (0, dunder_all_1.exportList)(old);
      if (oldExports?.complete) {
        const nowExports = (0, dunder_all_1.exportList)(now);
        const wanted = expected(oldExports.names.map((n) => n.name), change);
        if (!wanted || !nowExports?.complete || !sameNames(wanted, nowExports.names.map((n) => n.name))) {
          return nowExports?.complete ? `the edited module would export ${show(nowExports.names.map((n) => n.name))} instead of ${show(wanted ?? [])}` : "the edited __all__ would no longer be a list of names";
        }
      }
      return null;
    }
    function listedNames(facts) {
      const out = [];
      for (const op of facts.dunderAll)
        for (const e of op.elements)
          if (e.kind === "string" && e.value !== null)
            out.push(e.value);
      return out;
    }
    function expected(names, change) {
      const out = [...names];
      for (const name of change.remove ?? []) {
        const i = out.indexOf(name);
        if (i === -1)
          return null;
        out.splice(i, 1);
      }
      return out.concat(change.add ?? []);
    }
    function sameNames(a, b) {
      if (a.length !== b.length)
        return false;
      const x = [...a].sort();
      const y = [...b].sort();
      return x.every((n, i) => n === y[i]);
    }
    function show(names) {
      return `[${names.map((n) => JSON.stringify(n)).join(", ")}]`;
    }
  }
});

// node_modules/diff/libcjs/diff/base.js
var require_base = __commonJS({
  "node_modules/diff/libcjs/diff/base.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var Diff = (
      /** @class */
      (function() {
        function Diff2() {
        }
        Diff2.prototype.diff = function(oldStr, newStr, options) {
          if (options === void 0) {
            options = {};
          }
          var callback;
          if (typeof options === "function") {
            callback = options;
            options = {};
          } else if ("callback" in options) {
            callback = options.callback;
          }
          var oldString = this.castInput(oldStr, options);
          var newString = this.castInput(newStr, options);
          var oldTokens = this.removeEmpty(this.tokenize(oldString, options));
          var newTokens = this.removeEmpty(this.tokenize(newString, options));
          return this.diffWithOptionsObj(oldTokens, newTokens, options, callback);
        };
        Diff2.prototype.diffWithOptionsObj = function(oldTokens, newTokens, options, callback) {
          var _this = this;
          var _a;
          var done = function(value) {
            value = _this.postProcess(value, options);
            if (callback) {
              setTimeout(function() {
                callback(value);
              }, 0);
              return void 0;
            } else {
              return value;
            }
          };
          var newLen = newTokens.length, oldLen = oldTokens.length;
          var editLength = 1;
          var maxEditLength = newLen + oldLen;
          if (options.maxEditLength != null) {
            maxEditLength = Math.min(maxEditLength, options.maxEditLength);
          }
          var maxExecutionTime = (_a = options.timeout) !== null && _a !== void 0 ? _a : Infinity;
          var abortAfterTimestamp = Date.now() + maxExecutionTime;
          var bestPath = [{ oldPos: -1, lastComponent: void 0 }];
          var newPos = this.extractCommon(bestPath[0], newTokens, oldTokens, 0, options);
          if (bestPath[0].oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
            return done(this.buildValues(bestPath[0].lastComponent, newTokens, oldTokens));
          }
          var minDiagonalToConsider = -Infinity, maxDiagonalToConsider = Infinity;
          var execEditLength = function() {
            for (var diagonalPath = Math.max(minDiagonalToConsider, -editLength); diagonalPath <= Math.min(maxDiagonalToConsider, editLength); diagonalPath += 2) {
              var basePath = void 0;
              var removePath = bestPath[diagonalPath - 1], addPath = bestPath[diagonalPath + 1];
              if (removePath) {
                bestPath[diagonalPath - 1] = void 0;
              }
              var canAdd = false;
              if (addPath) {
                var addPathNewPos = addPath.oldPos - diagonalPath;
                canAdd = addPath && 0 <= addPathNewPos && addPathNewPos < newLen;
              }
              var canRemove = removePath && removePath.oldPos + 1 < oldLen;
              if (!canAdd && !canRemove) {
                bestPath[diagonalPath] = void 0;
                continue;
              }
              if (!canRemove || canAdd && removePath.oldPos < addPath.oldPos) {
                basePath = _this.addToPath(addPath, true, false, 0, options);
              } else {
                basePath = _this.addToPath(removePath, false, true, 1, options);
              }
              newPos = _this.extractCommon(basePath, newTokens, oldTokens, diagonalPath, options);
              if (basePath.oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
                return done(_this.buildValues(basePath.lastComponent, newTokens, oldTokens)) || true;
              } else {
                bestPath[diagonalPath] = basePath;
                if (basePath.oldPos + 1 >= oldLen) {
                  maxDiagonalToConsider = Math.min(maxDiagonalToConsider, diagonalPath - 1);
                }
                if (newPos + 1 >= newLen) {
                  minDiagonalToConsider = Math.max(minDiagonalToConsider, diagonalPath + 1);
                }
              }
            }
            editLength++;
          };
          if (callback) {
            (function exec() {
              setTimeout(function() {
                if (editLength > maxEditLength || Date.now() > abortAfterTimestamp) {
                  return callback(void 0);
                }
                if (!execEditLength()) {
                  exec();
                }
              }, 0);
            })();
          } else {
            while (editLength <= maxEditLength && Date.now() <= abortAfterTimestamp) {
              var ret = execEditLength();
              if (ret) {
                return ret;
              }
            }
          }
        };
        Diff2.prototype.addToPath = function(path, added, removed, oldPosInc, options) {
          var last = path.lastComponent;
          if (last && !options.oneChangePerToken && last.added === added && last.removed === removed) {
            return {
              oldPos: path.oldPos + oldPosInc,
              lastComponent: { count: last.count + 1, added, removed, previousComponent: last.previousComponent }
            };
          } else {
            return {
              oldPos: path.oldPos + oldPosInc,
              lastComponent: { count: 1, added, removed, previousComponent: last }
            };
          }
        };
        Diff2.prototype.extractCommon = function(basePath, newTokens, oldTokens, diagonalPath, options) {
          var newLen = newTokens.length, oldLen = oldTokens.length;
          var oldPos = basePath.oldPos, newPos = oldPos - diagonalPath, commonCount = 0;
          while (newPos + 1 < newLen && oldPos + 1 < oldLen && this.equals(oldTokens[oldPos + 1], newTokens[newPos + 1], options)) {
            newPos++;
            oldPos++;
            commonCount++;
            if (options.oneChangePerToken) {
              basePath.lastComponent = { count: 1, previousComponent: basePath.lastComponent, added: false, removed: false };
            }
          }
          if (commonCount && !options.oneChangePerToken) {
            basePath.lastComponent = { count: commonCount, previousComponent: basePath.lastComponent, added: false, removed: false };
          }
          basePath.oldPos = oldPos;
          return newPos;
        };
        Diff2.prototype.equals = function(left, right, options) {
          if (options.comparator) {
            return options.comparator(left, right);
          } else {
            return left === right || !!options.ignoreCase && left.toLowerCase() === right.toLowerCase();
          }
        };
        Diff2.prototype.removeEmpty = function(array) {
          var ret = [];
          for (var i = 0; i < array.length; i++) {
            if (array[i]) {
              ret.push(array[i]);
            }
          }
          return ret;
        };
        Diff2.prototype.castInput = function(value, options) {
          return value;
        };
        Diff2.prototype.tokenize = function(value, options) {
          return Array.from(value);
        };
        Diff2.prototype.join = function(chars) {
          return chars.join("");
        };
        Diff2.prototype.postProcess = function(changeObjects, options) {
          return changeObjects;
        };
        Object.defineProperty(Diff2.prototype, "useLongestToken", {
          get: function() {
            return false;
          },
          enumerable: false,
          configurable: true
        });
        Diff2.prototype.buildValues = function(lastComponent, newTokens, oldTokens) {
          var components = [];
          var nextComponent;
          while (lastComponent) {
            components.push(lastComponent);
            nextComponent = lastComponent.previousComponent;
            delete lastComponent.previousComponent;
            lastComponent = nextComponent;
          }
          components.reverse();
          var componentLen = components.length;
          var componentPos = 0, newPos = 0, oldPos = 0;
          for (; componentPos < componentLen; componentPos++) {
            var component = components[componentPos];
            if (!component.removed) {
              if (!component.added && this.useLongestToken) {
                var value = newTokens.slice(newPos, newPos + component.count);
                value = value.map(function(value2, i) {
                  var oldValue = oldTokens[oldPos + i];
                  return oldValue.length > value2.length ? oldValue : value2;
                });
                component.value = this.join(value);
              } else {
                component.value = this.join(newTokens.slice(newPos, newPos + component.count));
              }
              newPos += component.count;
              if (!component.added) {
                oldPos += component.count;
              }
            } else {
              component.value = this.join(oldTokens.slice(oldPos, oldPos + component.count));
              oldPos += component.count;
            }
          }
          return components;
        };
        return Diff2;
      })()
    );
    exports2.default = Diff;
  }
});

// node_modules/diff/libcjs/diff/character.js
var require_character = __commonJS({
  "node_modules/diff/libcjs/diff/character.js"(exports2) {
    "use strict";
    var __extends = exports2 && exports2.__extends || /* @__PURE__ */ (function() {
      var extendStatics = function(d, b) {
        extendStatics = Object.setPrototypeOf || { __proto__: [] } instanceof Array && function(d2, b2) {
          d2.__proto__ = b2;
        } || function(d2, b2) {
          for (var p in b2) if (Object.prototype.hasOwnProperty.call(b2, p)) d2[p] = b2[p];
        };
        return extendStatics(d, b);
      };
      return function(d, b) {
        if (typeof b !== "function" && b !== null)
          throw new TypeError("Class extends value " + String(b) + " is not a constructor or null");
        extendStatics(d, b);
        function __() {
          this.constructor = d;
        }
        d.prototype = b === null ? Object.create(b) : (__.prototype = b.prototype, new __());
      };
    })();
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.characterDiff = void 0;
    exports2.diffChars = diffChars;
    var base_js_1 = require_base();
    var CharacterDiff = (
      /** @class */
      (function(_super) {
        __extends(CharacterDiff2, _super);
        function CharacterDiff2() {
          return _super !== null && _super.apply(this, arguments) || this;
        }
        return CharacterDiff2;
      })(base_js_1.default)
    );
    exports2.characterDiff = new CharacterDiff();
    function diffChars(oldStr, newStr, options) {
      return exports2.characterDiff.diff(oldStr, newStr, options);
    }
  }
});

// node_modules/diff/libcjs/util/string.js
var require_string2 = __commonJS({
  "node_modules/diff/libcjs/util/string.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.longestCommonPrefix = longestCommonPrefix;
    exports2.longestCommonSuffix = longestCommonSuffix;
    exports2.replacePrefix = replacePrefix;
    exports2.replaceSuffix = replaceSuffix;
    exports2.removePrefix = removePrefix;
    exports2.removeSuffix = removeSuffix;
    exports2.maximumOverlap = maximumOverlap;
    exports2.hasOnlyWinLineEndings = hasOnlyWinLineEndings;
    exports2.hasOnlyUnixLineEndings = hasOnlyUnixLineEndings;
    exports2.trailingWs = trailingWs;
    exports2.leadingWs = leadingWs;
    function longestCommonPrefix(str1, str2) {
      var i;
      for (i = 0; i < str1.length && i < str2.length; i++) {
        if (str1[i] != str2[i]) {
          return str1.slice(0, i);
        }
      }
      return str1.slice(0, i);
    }
    function longestCommonSuffix(str1, str2) {
      var i;
      if (!str1 || !str2 || str1[str1.length - 1] != str2[str2.length - 1]) {
        return "";
      }
      for (i = 0; i < str1.length && i < str2.length; i++) {
        if (str1[str1.length - (i + 1)] != str2[str2.length - (i + 1)]) {
          return str1.slice(-i);
        }
      }
      return str1.slice(-i);
    }
    function replacePrefix(string, oldPrefix, newPrefix) {
      if (string.slice(0, oldPrefix.length) != oldPrefix) {
        throw Error("string ".concat(JSON.stringify(string), " doesn't start with prefix ").concat(JSON.stringify(oldPrefix), "; this is a bug"));
      }
      return newPrefix + string.slice(oldPrefix.length);
    }
    function replaceSuffix(string, oldSuffix, newSuffix) {
      if (!oldSuffix) {
        return string + newSuffix;
      }
      if (string.slice(-oldSuffix.length) != oldSuffix) {
        throw Error("string ".concat(JSON.stringify(string), " doesn't end with suffix ").concat(JSON.stringify(oldSuffix), "; this is a bug"));
      }
      return string.slice(0, -oldSuffix.length) + newSuffix;
    }
    function removePrefix(string, oldPrefix) {
      return replacePrefix(string, oldPrefix, "");
    }
    function removeSuffix(string, oldSuffix) {
      return replaceSuffix(string, oldSuffix, "");
    }
    function maximumOverlap(string1, string2) {
      return string2.slice(0, overlapCount(string1, string2));
    }
    function overlapCount(a, b) {
      var startA = 0;
      if (a.length > b.length) {
        startA = a.length - b.length;
      }
      var endB = b.length;
      if (a.length < b.length) {
        endB = a.length;
      }
      var map = Array(endB);
      var k = 0;
      map[0] = 0;
      for (var j = 1; j < endB; j++) {
        if (b[j] == b[k]) {
          map[j] = map[k];
        } else {
          map[j] = k;
        }
        while (k > 0 && b[j] != b[k]) {
          k = map[k];
        }
        if (b[j] == b[k]) {
          k++;
        }
      }
      k = 0;
      for (var i = startA; i < a.length; i++) {
        while (k > 0 && a[i] != b[k]) {
          k = map[k];
        }
        if (a[i] == b[k]) {
          k++;
        }
      }
      return k;
    }
    function hasOnlyWinLineEndings(string) {
      return string.includes("\r\n") && !string.startsWith("\n") && !string.match(/[^\r]\n/);
    }
    function hasOnlyUnixLineEndings(string) {
      return !string.includes("\r\n") && string.includes("\n");
    }
    function trailingWs(string) {
      var i;
      for (i = string.length - 1; i >= 0; i--) {
        if (!string[i].match(/\s/)) {
          break;
        }
      }
      return string.substring(i + 1);
    }
    function leadingWs(string) {
      var match = string.match(/^\s*/);
      return match ? match[0] : "";
    }
  }
});

// node_modules/diff/libcjs/diff/word.js
var require_word = __commonJS({
  "node_modules/diff/libcjs/diff/word.js"(exports2) {
    "use strict";
    var __extends = exports2 && exports2.__extends || /* @__PURE__ */ (function() {
      var extendStatics = function(d, b) {
        extendStatics = Object.setPrototypeOf || { __proto__: [] } instanceof Array && function(d2, b2) {
          d2.__proto__ = b2;
        } || function(d2, b2) {
          for (var p in b2) if (Object.prototype.hasOwnProperty.call(b2, p)) d2[p] = b2[p];
        };
        return extendStatics(d, b);
      };
      return function(d, b) {
        if (typeof b !== "function" && b !== null)
          throw new TypeError("Class extends value " + String(b) + " is not a constructor or null");
        extendStatics(d, b);
        function __() {
          this.constructor = d;
        }
        d.prototype = b === null ? Object.create(b) : (__.prototype = b.prototype, new __());
      };
    })();
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.wordsWithSpaceDiff = exports2.wordDiff = void 0;
    exports2.diffWords = diffWords;
    exports2.diffWordsWithSpace = diffWordsWithSpace;
    var base_js_1 = require_base();
    var string_js_1 = require_string2();
    var extendedWordChars = "a-zA-Z0-9_\\u{C0}-\\u{FF}\\u{D8}-\\u{F6}\\u{F8}-\\u{2C6}\\u{2C8}-\\u{2D7}\\u{2DE}-\\u{2FF}\\u{1E00}-\\u{1EFF}";
    var tokenizeIncludingWhitespace = new RegExp("[".concat(extendedWordChars, "]+|\\s+|[^").concat(extendedWordChars, "]"), "ug");
    var WordDiff = (
      /** @class */
      (function(_super) {
        __extends(WordDiff2, _super);
        function WordDiff2() {
          return _super !== null && _super.apply(this, arguments) || this;
        }
        WordDiff2.prototype.equals = function(left, right, options) {
          if (options.ignoreCase) {
            left = left.toLowerCase();
            right = right.toLowerCase();
          }
          return left.trim() === right.trim();
        };
        WordDiff2.prototype.tokenize = function(value, options) {
          if (options === void 0) {
            options = {};
          }
          var parts;
          if (options.intlSegmenter) {
            var segmenter = options.intlSegmenter;
            if (segmenter.resolvedOptions().granularity != "word") {
              throw new Error('The segmenter passed must have a granularity of "word"');
            }
            parts = Array.from(segmenter.segment(value), function(segment) {
              return segment.segment;
            });
          } else {
            parts = value.match(tokenizeIncludingWhitespace) || [];
          }
          var tokens = [];
          var prevPart = null;
          parts.forEach(function(part) {
            if (/\s/.test(part)) {
              if (prevPart == null) {
                tokens.push(part);
              } else {
                tokens.push(tokens.pop() + part);
              }
            } else if (prevPart != null && /\s/.test(prevPart)) {
              if (tokens[tokens.length - 1] == prevPart) {
                tokens.push(tokens.pop() + part);
              } else {
                tokens.push(prevPart + part);
              }
            } else {
              tokens.push(part);
            }
            prevPart = part;
          });
          return tokens;
        };
        WordDiff2.prototype.join = function(tokens) {
          return tokens.map(function(token, i) {
            if (i == 0) {
              return token;
            } else {
              return token.replace(/^\s+/, "");
            }
          }).join("");
        };
        WordDiff2.prototype.postProcess = function(changes, options) {
          if (!changes || options.oneChangePerToken) {
            return changes;
          }
          var lastKeep = null;
          var insertion = null;
          var deletion = null;
          changes.forEach(function(change) {
            if (change.added) {
              insertion = change;
            } else if (change.removed) {
              deletion = change;
            } else {
              if (insertion || deletion) {
                dedupeWhitespaceInChangeObjects(lastKeep, deletion, insertion, change);
              }
              lastKeep = change;
              insertion = null;
              deletion = null;
            }
          });
          if (insertion || deletion) {
            dedupeWhitespaceInChangeObjects(lastKeep, deletion, insertion, null);
          }
          return changes;
        };
        return WordDiff2;
      })(base_js_1.default)
    );
    exports2.wordDiff = new WordDiff();
    function diffWords(oldStr, newStr, options) {
      if ((options === null || options === void 0 ? void 0 : options.ignoreWhitespace) != null && !options.ignoreWhitespace) {
        return diffWordsWithSpace(oldStr, newStr, options);
      }
      return exports2.wordDiff.diff(oldStr, newStr, options);
    }
    function dedupeWhitespaceInChangeObjects(startKeep, deletion, insertion, endKeep) {
      if (deletion && insertion) {
        var oldWsPrefix = (0, string_js_1.leadingWs)(deletion.value);
        var oldWsSuffix = (0, string_js_1.trailingWs)(deletion.value);
        var newWsPrefix = (0, string_js_1.leadingWs)(insertion.value);
        var newWsSuffix = (0, string_js_1.trailingWs)(insertion.value);
        if (startKeep) {
          var commonWsPrefix = (0, string_js_1.longestCommonPrefix)(oldWsPrefix, newWsPrefix);
          startKeep.value = (0, string_js_1.replaceSuffix)(startKeep.value, newWsPrefix, commonWsPrefix);
          deletion.value = (0, string_js_1.removePrefix)(deletion.value, commonWsPrefix);
          insertion.value = (0, string_js_1.removePrefix)(insertion.value, commonWsPrefix);
        }
        if (endKeep) {
          var commonWsSuffix = (0, string_js_1.longestCommonSuffix)(oldWsSuffix, newWsSuffix);
          endKeep.value = (0, string_js_1.replacePrefix)(endKeep.value, newWsSuffix, commonWsSuffix);
          deletion.value = (0, string_js_1.removeSuffix)(deletion.value, commonWsSuffix);
          insertion.value = (0, string_js_1.removeSuffix)(insertion.value, commonWsSuffix);
        }
      } else if (insertion) {
        if (startKeep) {
          var ws = (0, string_js_1.leadingWs)(insertion.value);
          insertion.value = insertion.value.substring(ws.length);
        }
        if (endKeep) {
          var ws = (0, string_js_1.leadingWs)(endKeep.value);
          endKeep.value = endKeep.value.substring(ws.length);
        }
      } else if (startKeep && endKeep) {
        var newWsFull = (0, string_js_1.leadingWs)(endKeep.value), delWsStart = (0, string_js_1.leadingWs)(deletion.value), delWsEnd = (0, string_js_1.trailingWs)(deletion.value);
        var newWsStart = (0, string_js_1.longestCommonPrefix)(newWsFull, delWsStart);
        deletion.value = (0, string_js_1.removePrefix)(deletion.value, newWsStart);
        var newWsEnd = (0, string_js_1.longestCommonSuffix)((0, string_js_1.removePrefix)(newWsFull, newWsStart), delWsEnd);
        deletion.value = (0, string_js_1.removeSuffix)(deletion.value, newWsEnd);
        endKeep.value = (0, string_js_1.replacePrefix)(endKeep.value, newWsFull, newWsEnd);
        startKeep.value = (0, string_js_1.replaceSuffix)(startKeep.value, newWsFull, newWsFull.slice(0, newWsFull.length - newWsEnd.length));
      } else if (endKeep) {
        var endKeepWsPrefix = (0, string_js_1.leadingWs)(endKeep.value);
        var deletionWsSuffix = (0, string_js_1.trailingWs)(deletion.value);
        var overlap = (0, string_js_1.maximumOverlap)(deletionWsSuffix, endKeepWsPrefix);
        deletion.value = (0, string_js_1.removeSuffix)(deletion.value, overlap);
      } else if (startKeep) {
        var startKeepWsSuffix = (0, string_js_1.trailingWs)(startKeep.value);
        var deletionWsPrefix = (0, string_js_1.leadingWs)(deletion.value);
        var overlap = (0, string_js_1.maximumOverlap)(startKeepWsSuffix, deletionWsPrefix);
        deletion.value = (0, string_js_1.removePrefix)(deletion.value, overlap);
      }
    }
    var WordsWithSpaceDiff = (
      /** @class */
      (function(_super) {
        __extends(WordsWithSpaceDiff2, _super);
        function WordsWithSpaceDiff2() {
          return _super !== null && _super.apply(this, arguments) || this;
        }
        WordsWithSpaceDiff2.prototype.tokenize = function(value) {
          var regex = new RegExp("(\\r?\\n)|[".concat(extendedWordChars, "]+|[^\\S\\n\\r]+|[^").concat(extendedWordChars, "]"), "ug");
          return value.match(regex) || [];
        };
        return WordsWithSpaceDiff2;
      })(base_js_1.default)
    );
    exports2.wordsWithSpaceDiff = new WordsWithSpaceDiff();
    function diffWordsWithSpace(oldStr, newStr, options) {
      return exports2.wordsWithSpaceDiff.diff(oldStr, newStr, options);
    }
  }
});

// node_modules/diff/libcjs/util/params.js
var require_params = __commonJS({
  "node_modules/diff/libcjs/util/params.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.generateOptions = generateOptions;
    function generateOptions(options, defaults) {
      if (typeof options === "function") {
        defaults.callback = options;
      } else if (options) {
        for (var name in options) {
          if (Object.prototype.hasOwnProperty.call(options, name)) {
            defaults[name] = options[name];
          }
        }
      }
      return defaults;
    }
  }
});

// node_modules/diff/libcjs/diff/line.js
var require_line = __commonJS({
  "node_modules/diff/libcjs/diff/line.js"(exports2) {
    "use strict";
    var __extends = exports2 && exports2.__extends || /* @__PURE__ */ (function() {
      var extendStatics = function(d, b) {
        extendStatics = Object.setPrototypeOf || { __proto__: [] } instanceof Array && function(d2, b2) {
          d2.__proto__ = b2;
        } || function(d2, b2) {
          for (var p in b2) if (Object.prototype.hasOwnProperty.call(b2, p)) d2[p] = b2[p];
        };
        return extendStatics(d, b);
      };
      return function(d, b) {
        if (typeof b !== "function" && b !== null)
          throw new TypeError("Class extends value " + String(b) + " is not a constructor or null");
        extendStatics(d, b);
        function __() {
          this.constructor = d;
        }
        d.prototype = b === null ? Object.create(b) : (__.prototype = b.prototype, new __());
      };
    })();
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.lineDiff = void 0;
    exports2.diffLines = diffLines;
    exports2.diffTrimmedLines = diffTrimmedLines;
    exports2.tokenize = tokenize;
    var base_js_1 = require_base();
    var params_js_1 = require_params();
    var LineDiff = (
      /** @class */
      (function(_super) {
        __extends(LineDiff2, _super);
        function LineDiff2() {
          var _this = _super !== null && _super.apply(this, arguments) || this;
          _this.tokenize = tokenize;
          return _this;
        }
        LineDiff2.prototype.equals = function(left, right, options) {
          if (options.ignoreWhitespace) {
            if (!options.newlineIsToken || !left.includes("\n")) {
              left = left.trim();
            }
            if (!options.newlineIsToken || !right.includes("\n")) {
              right = right.trim();
            }
          } else if (options.ignoreNewlineAtEof && !options.newlineIsToken) {
            if (left.endsWith("\n")) {
              left = left.slice(0, -1);
            }
            if (right.endsWith("\n")) {
              right = right.slice(0, -1);
            }
          }
          return _super.prototype.equals.call(this, left, right, options);
        };
        return LineDiff2;
      })(base_js_1.default)
    );
    exports2.lineDiff = new LineDiff();
    function diffLines(oldStr, newStr, options) {
      return exports2.lineDiff.diff(oldStr, newStr, options);
    }
    function diffTrimmedLines(oldStr, newStr, options) {
      options = (0, params_js_1.generateOptions)(options, { ignoreWhitespace: true });
      return exports2.lineDiff.diff(oldStr, newStr, options);
    }
    function tokenize(value, options) {
      if (options.stripTrailingCr) {
        value = value.replace(/\r\n/g, "\n");
      }
      var retLines = [], linesAndNewlines = value.split(/(\n|\r\n)/);
      if (!linesAndNewlines[linesAndNewlines.length - 1]) {
        linesAndNewlines.pop();
      }
      for (var i = 0; i < linesAndNewlines.length; i++) {
        var line = linesAndNewlines[i];
        if (i % 2 && !options.newlineIsToken) {
          retLines[retLines.length - 1] += line;
        } else {
          retLines.push(line);
        }
      }
      return retLines;
    }
  }
});

// node_modules/diff/libcjs/diff/sentence.js
var require_sentence = __commonJS({
  "node_modules/diff/libcjs/diff/sentence.js"(exports2) {
    "use strict";
    var __extends = exports2 && exports2.__extends || /* @__PURE__ */ (function() {
      var extendStatics = function(d, b) {
        extendStatics = Object.setPrototypeOf || { __proto__: [] } instanceof Array && function(d2, b2) {
          d2.__proto__ = b2;
        } || function(d2, b2) {
          for (var p in b2) if (Object.prototype.hasOwnProperty.call(b2, p)) d2[p] = b2[p];
        };
        return extendStatics(d, b);
      };
      return function(d, b) {
        if (typeof b !== "function" && b !== null)
          throw new TypeError("Class extends value " + String(b) + " is not a constructor or null");
        extendStatics(d, b);
        function __() {
          this.constructor = d;
        }
        d.prototype = b === null ? Object.create(b) : (__.prototype = b.prototype, new __());
      };
    })();
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.sentenceDiff = void 0;
    exports2.diffSentences = diffSentences;
    var base_js_1 = require_base();
    function isSentenceEndPunct(char) {
      return char == "." || char == "!" || char == "?";
    }
    var SentenceDiff = (
      /** @class */
      (function(_super) {
        __extends(SentenceDiff2, _super);
        function SentenceDiff2() {
          return _super !== null && _super.apply(this, arguments) || this;
        }
        SentenceDiff2.prototype.tokenize = function(value) {
          var _a;
          var result = [];
          var tokenStartI = 0;
          for (var i = 0; i < value.length; i++) {
            if (i == value.length - 1) {
              result.push(value.slice(tokenStartI));
              break;
            }
            if (isSentenceEndPunct(value[i]) && value[i + 1].match(/\s/)) {
              result.push(value.slice(tokenStartI, i + 1));
              i = tokenStartI = i + 1;
              while ((_a = value[i + 1]) === null || _a === void 0 ? void 0 : _a.match(/\s/)) {
                i++;
              }
              result.push(value.slice(tokenStartI, i + 1));
              tokenStartI = i + 1;
            }
          }
          return result;
        };
        return SentenceDiff2;
      })(base_js_1.default)
    );
    exports2.sentenceDiff = new SentenceDiff();
    function diffSentences(oldStr, newStr, options) {
      return exports2.sentenceDiff.diff(oldStr, newStr, options);
    }
  }
});

// node_modules/diff/libcjs/diff/css.js
var require_css = __commonJS({
  "node_modules/diff/libcjs/diff/css.js"(exports2) {
    "use strict";
    var __extends = exports2 && exports2.__extends || /* @__PURE__ */ (function() {
      var extendStatics = function(d, b) {
        extendStatics = Object.setPrototypeOf || { __proto__: [] } instanceof Array && function(d2, b2) {
          d2.__proto__ = b2;
        } || function(d2, b2) {
          for (var p in b2) if (Object.prototype.hasOwnProperty.call(b2, p)) d2[p] = b2[p];
        };
        return extendStatics(d, b);
      };
      return function(d, b) {
        if (typeof b !== "function" && b !== null)
          throw new TypeError("Class extends value " + String(b) + " is not a constructor or null");
        extendStatics(d, b);
        function __() {
          this.constructor = d;
        }
        d.prototype = b === null ? Object.create(b) : (__.prototype = b.prototype, new __());
      };
    })();
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.cssDiff = void 0;
    exports2.diffCss = diffCss;
    var base_js_1 = require_base();
    var CssDiff = (
      /** @class */
      (function(_super) {
        __extends(CssDiff2, _super);
        function CssDiff2() {
          return _super !== null && _super.apply(this, arguments) || this;
        }
        CssDiff2.prototype.tokenize = function(value) {
          return value.split(/([{}:;,]|\s+)/);
        };
        return CssDiff2;
      })(base_js_1.default)
    );
    exports2.cssDiff = new CssDiff();
    function diffCss(oldStr, newStr, options) {
      return exports2.cssDiff.diff(oldStr, newStr, options);
    }
  }
});

// node_modules/diff/libcjs/diff/json.js
var require_json = __commonJS({
  "node_modules/diff/libcjs/diff/json.js"(exports2) {
    "use strict";
    var __extends = exports2 && exports2.__extends || /* @__PURE__ */ (function() {
      var extendStatics = function(d, b) {
        extendStatics = Object.setPrototypeOf || { __proto__: [] } instanceof Array && function(d2, b2) {
          d2.__proto__ = b2;
        } || function(d2, b2) {
          for (var p in b2) if (Object.prototype.hasOwnProperty.call(b2, p)) d2[p] = b2[p];
        };
        return extendStatics(d, b);
      };
      return function(d, b) {
        if (typeof b !== "function" && b !== null)
          throw new TypeError("Class extends value " + String(b) + " is not a constructor or null");
        extendStatics(d, b);
        function __() {
          this.constructor = d;
        }
        d.prototype = b === null ? Object.create(b) : (__.prototype = b.prototype, new __());
      };
    })();
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.jsonDiff = void 0;
    exports2.diffJson = diffJson;
    exports2.canonicalize = canonicalize;
    var base_js_1 = require_base();
    var line_js_1 = require_line();
    var JsonDiff = (
      /** @class */
      (function(_super) {
        __extends(JsonDiff2, _super);
        function JsonDiff2() {
          var _this = _super !== null && _super.apply(this, arguments) || this;
          _this.tokenize = line_js_1.tokenize;
          return _this;
        }
        Object.defineProperty(JsonDiff2.prototype, "useLongestToken", {
          get: function() {
            return true;
          },
          enumerable: false,
          configurable: true
        });
        JsonDiff2.prototype.castInput = function(value, options) {
          var undefinedReplacement = options.undefinedReplacement, _a = options.stringifyReplacer, stringifyReplacer = _a === void 0 ? function(k, v) {
            return typeof v === "undefined" ? undefinedReplacement : v;
          } : _a;
          return typeof value === "string" ? value : JSON.stringify(canonicalize(value, null, null, stringifyReplacer), null, "  ");
        };
        JsonDiff2.prototype.equals = function(left, right, options) {
          return _super.prototype.equals.call(this, left.replace(/,([\r\n])/g, "$1"), right.replace(/,([\r\n])/g, "$1"), options);
        };
        return JsonDiff2;
      })(base_js_1.default)
    );
    exports2.jsonDiff = new JsonDiff();
    function diffJson(oldStr, newStr, options) {
      return exports2.jsonDiff.diff(oldStr, newStr, options);
    }
    function canonicalize(obj, stack, replacementStack, replacer, key) {
      stack = stack || [];
      replacementStack = replacementStack || [];
      if (replacer) {
        obj = replacer(key === void 0 ? "" : key, obj);
      }
      var i;
      for (i = 0; i < stack.length; i += 1) {
        if (stack[i] === obj) {
          return replacementStack[i];
        }
      }
      var canonicalizedObj;
      if ("[object Array]" === Object.prototype.toString.call(obj)) {
        stack.push(obj);
        canonicalizedObj = new Array(obj.length);
        replacementStack.push(canonicalizedObj);
        for (i = 0; i < obj.length; i += 1) {
          canonicalizedObj[i] = canonicalize(obj[i], stack, replacementStack, replacer, String(i));
        }
        stack.pop();
        replacementStack.pop();
        return canonicalizedObj;
      }
      if (obj && obj.toJSON) {
        obj = obj.toJSON();
      }
      if (typeof obj === "object" && obj !== null) {
        stack.push(obj);
        canonicalizedObj = {};
        replacementStack.push(canonicalizedObj);
        var sortedKeys = [];
        var key_1;
        for (key_1 in obj) {
          if (Object.prototype.hasOwnProperty.call(obj, key_1)) {
            sortedKeys.push(key_1);
          }
        }
        sortedKeys.sort();
        for (i = 0; i < sortedKeys.length; i += 1) {
          key_1 = sortedKeys[i];
          canonicalizedObj[key_1] = canonicalize(obj[key_1], stack, replacementStack, replacer, key_1);
        }
        stack.pop();
        replacementStack.pop();
      } else {
        canonicalizedObj = obj;
      }
      return canonicalizedObj;
    }
  }
});

// node_modules/diff/libcjs/diff/array.js
var require_array = __commonJS({
  "node_modules/diff/libcjs/diff/array.js"(exports2) {
    "use strict";
    var __extends = exports2 && exports2.__extends || /* @__PURE__ */ (function() {
      var extendStatics = function(d, b) {
        extendStatics = Object.setPrototypeOf || { __proto__: [] } instanceof Array && function(d2, b2) {
          d2.__proto__ = b2;
        } || function(d2, b2) {
          for (var p in b2) if (Object.prototype.hasOwnProperty.call(b2, p)) d2[p] = b2[p];
        };
        return extendStatics(d, b);
      };
      return function(d, b) {
        if (typeof b !== "function" && b !== null)
          throw new TypeError("Class extends value " + String(b) + " is not a constructor or null");
        extendStatics(d, b);
        function __() {
          this.constructor = d;
        }
        d.prototype = b === null ? Object.create(b) : (__.prototype = b.prototype, new __());
      };
    })();
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.arrayDiff = void 0;
    exports2.diffArrays = diffArrays;
    var base_js_1 = require_base();
    var ArrayDiff = (
      /** @class */
      (function(_super) {
        __extends(ArrayDiff2, _super);
        function ArrayDiff2() {
          return _super !== null && _super.apply(this, arguments) || this;
        }
        ArrayDiff2.prototype.tokenize = function(value) {
          return value.slice();
        };
        ArrayDiff2.prototype.join = function(value) {
          return value;
        };
        ArrayDiff2.prototype.removeEmpty = function(value) {
          return value;
        };
        return ArrayDiff2;
      })(base_js_1.default)
    );
    exports2.arrayDiff = new ArrayDiff();
    function diffArrays(oldArr, newArr, options) {
      return exports2.arrayDiff.diff(oldArr, newArr, options);
    }
  }
});

// node_modules/diff/libcjs/patch/line-endings.js
var require_line_endings = __commonJS({
  "node_modules/diff/libcjs/patch/line-endings.js"(exports2) {
    "use strict";
    var __assign = exports2 && exports2.__assign || function() {
      __assign = Object.assign || function(t) {
        for (var s, i = 1, n = arguments.length; i < n; i++) {
          s = arguments[i];
          for (var p in s) if (Object.prototype.hasOwnProperty.call(s, p))
            t[p] = s[p];
        }
        return t;
      };
      return __assign.apply(this, arguments);
    };
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.unixToWin = unixToWin;
    exports2.winToUnix = winToUnix;
    exports2.isUnix = isUnix;
    exports2.isWin = isWin;
    function unixToWin(patch) {
      if (Array.isArray(patch)) {
        return patch.map(function(p) {
          return unixToWin(p);
        });
      }
      return __assign(__assign({}, patch), { hunks: patch.hunks.map(function(hunk) {
        return __assign(__assign({}, hunk), { lines: hunk.lines.map(function(line, i) {
          var _a;
          return line.startsWith("\\") || line.endsWith("\r") || ((_a = hunk.lines[i + 1]) === null || _a === void 0 ? void 0 : _a.startsWith("\\")) ? line : line + "\r";
        }) });
      }) });
    }
    function winToUnix(patch) {
      if (Array.isArray(patch)) {
        return patch.map(function(p) {
          return winToUnix(p);
        });
      }
      return __assign(__assign({}, patch), { hunks: patch.hunks.map(function(hunk) {
        return __assign(__assign({}, hunk), { lines: hunk.lines.map(function(line) {
          return line.endsWith("\r") ? line.substring(0, line.length - 1) : line;
        }) });
      }) });
    }
    function isUnix(patch) {
      if (!Array.isArray(patch)) {
        patch = [patch];
      }
      return !patch.some(function(index) {
        return index.hunks.some(function(hunk) {
          return hunk.lines.some(function(line) {
            return !line.startsWith("\\") && line.endsWith("\r");
          });
        });
      });
    }
    function isWin(patch) {
      if (!Array.isArray(patch)) {
        patch = [patch];
      }
      return patch.some(function(index) {
        return index.hunks.some(function(hunk) {
          return hunk.lines.some(function(line) {
            return line.endsWith("\r");
          });
        });
      }) && patch.every(function(index) {
        return index.hunks.every(function(hunk) {
          return hunk.lines.every(function(line, i) {
            var _a;
            return line.startsWith("\\") || line.endsWith("\r") || ((_a = hunk.lines[i + 1]) === null || _a === void 0 ? void 0 : _a.startsWith("\\"));
          });
        });
      });
    }
  }
});

// node_modules/diff/libcjs/patch/parse.js
var require_parse2 = __commonJS({
  "node_modules/diff/libcjs/patch/parse.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.parsePatch = parsePatch;
    function parsePatch(uniDiff) {
      var diffstr = uniDiff.split(/\n/), list = [];
      var i = 0;
      function parseIndex() {
        var index = {};
        list.push(index);
        while (i < diffstr.length) {
          var line = diffstr[i];
          if (/^(---|\+\+\+|@@)\s/.test(line)) {
            break;
          }
          var header = /^(?:Index:|diff(?: -r \w+)+)\s+(.+?)\s*$/.exec(line);
          if (header) {
            index.index = header[1];
          }
          i++;
        }
        parseFileHeader(index);
        parseFileHeader(index);
        index.hunks = [];
        while (i < diffstr.length) {
          var line = diffstr[i];
          if (/^(Index:\s|diff\s|---\s|\+\+\+\s|===================================================================)/.test(line)) {
            break;
          } else if (/^@@/.test(line)) {
            index.hunks.push(parseHunk());
          } else if (line) {
            throw new Error("Unknown line " + (i + 1) + " " + JSON.stringify(line));
          } else {
            i++;
          }
        }
      }
      function parseFileHeader(index) {
        var fileHeader = /^(---|\+\+\+)\s+(.*)\r?$/.exec(diffstr[i]);
        if (fileHeader) {
          var data = fileHeader[2].split("	", 2), header = (data[1] || "").trim();
          var fileName = data[0].replace(/\\\\/g, "\\");
          if (/^".*"$/.test(fileName)) {
            fileName = fileName.substr(1, fileName.length - 2);
          }
          if (fileHeader[1] === "---") {
            index.oldFileName = fileName;
            index.oldHeader = header;
          } else {
            index.newFileName = fileName;
            index.newHeader = header;
          }
          i++;
        }
      }
      function parseHunk() {
        var _a;
        var chunkHeaderIndex = i, chunkHeaderLine = diffstr[i++], chunkHeader = chunkHeaderLine.split(/@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/);
        var hunk = {
          oldStart: +chunkHeader[1],
          oldLines: typeof chunkHeader[2] === "undefined" ? 1 : +chunkHeader[2],
          newStart: +chunkHeader[3],
          newLines: typeof chunkHeader[4] === "undefined" ? 1 : +chunkHeader[4],
          lines: []
        };
        if (hunk.oldLines === 0) {
          hunk.oldStart += 1;
        }
        if (hunk.newLines === 0) {
          hunk.newStart += 1;
        }
        var addCount = 0, removeCount = 0;
        for (; i < diffstr.length && (removeCount < hunk.oldLines || addCount < hunk.newLines || ((_a = diffstr[i]) === null || _a === void 0 ? void 0 : _a.startsWith("\\"))); i++) {
          var operation = diffstr[i].length == 0 && i != diffstr.length - 1 ? " " : diffstr[i][0];
          if (operation === "+" || operation === "-" || operation === " " || operation === "\\") {
            hunk.lines.push(diffstr[i]);
            if (operation === "+") {
              addCount++;
            } else if (operation === "-") {
              removeCount++;
            } else if (operation === " ") {
              addCount++;
              removeCount++;
            }
          } else {
            throw new Error("Hunk at line ".concat(chunkHeaderIndex + 1, " contained invalid line ").concat(diffstr[i]));
          }
        }
        if (!addCount && hunk.newLines === 1) {
          hunk.newLines = 0;
        }
        if (!removeCount && hunk.oldLines === 1) {
          hunk.oldLines = 0;
        }
        if (addCount !== hunk.newLines) {
          throw new Error("Added line count did not match for hunk at line " + (chunkHeaderIndex + 1));
        }
        if (removeCount !== hunk.oldLines) {
          throw new Error("Removed line count did not match for hunk at line " + (chunkHeaderIndex + 1));
        }
        return hunk;
      }
      while (i < diffstr.length) {
        parseIndex();
      }
      return list;
    }
  }
});

// node_modules/diff/libcjs/util/distance-iterator.js
var require_distance_iterator = __commonJS({
  "node_modules/diff/libcjs/util/distance-iterator.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.default = default_1;
    function default_1(start, minLine, maxLine) {
      var wantForward = true, backwardExhausted = false, forwardExhausted = false, localOffset = 1;
      return function iterator() {
        if (wantForward && !forwardExhausted) {
          if (backwardExhausted) {
            localOffset++;
          } else {
            wantForward = false;
          }
          if (start + localOffset <= maxLine) {
            return start + localOffset;
          }
          forwardExhausted = true;
        }
        if (!backwardExhausted) {
          if (!forwardExhausted) {
            wantForward = true;
          }
          if (minLine <= start - localOffset) {
            return start - localOffset++;
          }
          backwardExhausted = true;
          return iterator();
        }
        return void 0;
      };
    }
  }
});

// node_modules/diff/libcjs/patch/apply.js
var require_apply = __commonJS({
  "node_modules/diff/libcjs/patch/apply.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.applyPatch = applyPatch;
    exports2.applyPatches = applyPatches;
    var string_js_1 = require_string2();
    var line_endings_js_1 = require_line_endings();
    var parse_js_1 = require_parse2();
    var distance_iterator_js_1 = require_distance_iterator();
    function applyPatch(source, patch, options) {
      if (options === void 0) {
        options = {};
      }
      var patches;
      if (typeof patch === "string") {
        patches = (0, parse_js_1.parsePatch)(patch);
      } else if (Array.isArray(patch)) {
        patches = patch;
      } else {
        patches = [patch];
      }
      if (patches.length > 1) {
        throw new Error("applyPatch only works with a single input.");
      }
      return applyStructuredPatch(source, patches[0], options);
    }
    function applyStructuredPatch(source, patch, options) {
      if (options === void 0) {
        options = {};
      }
      if (options.autoConvertLineEndings || options.autoConvertLineEndings == null) {
        if ((0, string_js_1.hasOnlyWinLineEndings)(source) && (0, line_endings_js_1.isUnix)(patch)) {
          patch = (0, line_endings_js_1.unixToWin)(patch);
        } else if ((0, string_js_1.hasOnlyUnixLineEndings)(source) && (0, line_endings_js_1.isWin)(patch)) {
          patch = (0, line_endings_js_1.winToUnix)(patch);
        }
      }
      var lines = source.split("\n"), hunks = patch.hunks, compareLine = options.compareLine || (function(lineNumber, line2, operation, patchContent) {
        return line2 === patchContent;
      }), fuzzFactor = options.fuzzFactor || 0;
      var minLine = 0;
      if (fuzzFactor < 0 || !Number.isInteger(fuzzFactor)) {
        throw new Error("fuzzFactor must be a non-negative integer");
      }
      if (!hunks.length) {
        return source;
      }
      var prevLine = "", removeEOFNL = false, addEOFNL = false;
      for (var i = 0; i < hunks[hunks.length - 1].lines.length; i++) {
        var line = hunks[hunks.length - 1].lines[i];
        if (line[0] == "\\") {
          if (prevLine[0] == "+") {
            removeEOFNL = true;
          } else if (prevLine[0] == "-") {
            addEOFNL = true;
          }
        }
        prevLine = line;
      }
      if (removeEOFNL) {
        if (addEOFNL) {
          if (!fuzzFactor && lines[lines.length - 1] == "") {
            return false;
          }
        } else if (lines[lines.length - 1] == "") {
          lines.pop();
        } else if (!fuzzFactor) {
          return false;
        }
      } else if (addEOFNL) {
        if (lines[lines.length - 1] != "") {
          lines.push("");
        } else if (!fuzzFactor) {
          return false;
        }
      }
      function applyHunk(hunkLines, toPos2, maxErrors2, hunkLinesI, lastContextLineMatched, patchedLines, patchedLinesLength) {
        if (hunkLinesI === void 0) {
          hunkLinesI = 0;
        }
        if (lastContextLineMatched === void 0) {
          lastContextLineMatched = true;
        }
        if (patchedLines === void 0) {
          patchedLines = [];
        }
        if (patchedLinesLength === void 0) {
          patchedLinesLength = 0;
        }
        var nConsecutiveOldContextLines = 0;
        var nextContextLineMustMatch = false;
        for (; hunkLinesI < hunkLines.length; hunkLinesI++) {
          var hunkLine = hunkLines[hunkLinesI], operation = hunkLine.length > 0 ? hunkLine[0] : " ", content = hunkLine.length > 0 ? hunkLine.substr(1) : hunkLine;
          if (operation === "-") {
            if (compareLine(toPos2 + 1, lines[toPos2], operation, content)) {
              toPos2++;
              nConsecutiveOldContextLines = 0;
            } else {
              if (!maxErrors2 || lines[toPos2] == null) {
                return null;
              }
              patchedLines[patchedLinesLength] = lines[toPos2];
              return applyHunk(hunkLines, toPos2 + 1, maxErrors2 - 1, hunkLinesI, false, patchedLines, patchedLinesLength + 1);
            }
          }
          if (operation === "+") {
            if (!lastContextLineMatched) {
              return null;
            }
            patchedLines[patchedLinesLength] = content;
            patchedLinesLength++;
            nConsecutiveOldContextLines = 0;
            nextContextLineMustMatch = true;
          }
          if (operation === " ") {
            nConsecutiveOldContextLines++;
            patchedLines[patchedLinesLength] = lines[toPos2];
            if (compareLine(toPos2 + 1, lines[toPos2], operation, content)) {
              patchedLinesLength++;
              lastContextLineMatched = true;
              nextContextLineMustMatch = false;
              toPos2++;
            } else {
              if (nextContextLineMustMatch || !maxErrors2) {
                return null;
              }
              return lines[toPos2] && (applyHunk(hunkLines, toPos2 + 1, maxErrors2 - 1, hunkLinesI + 1, false, patchedLines, patchedLinesLength + 1) || applyHunk(hunkLines, toPos2 + 1, maxErrors2 - 1, hunkLinesI, false, patchedLines, patchedLinesLength + 1)) || applyHunk(hunkLines, toPos2, maxErrors2 - 1, hunkLinesI + 1, false, patchedLines, patchedLinesLength);
            }
          }
        }
        patchedLinesLength -= nConsecutiveOldContextLines;
        toPos2 -= nConsecutiveOldContextLines;
        patchedLines.length = patchedLinesLength;
        return {
          patchedLines,
          oldLineLastI: toPos2 - 1
        };
      }
      var resultLines = [];
      var prevHunkOffset = 0;
      for (var i = 0; i < hunks.length; i++) {
        var hunk = hunks[i];
        var hunkResult = void 0;
        var maxLine = lines.length - hunk.oldLines + fuzzFactor;
        var toPos = void 0;
        for (var maxErrors = 0; maxErrors <= fuzzFactor; maxErrors++) {
          toPos = hunk.oldStart + prevHunkOffset - 1;
          var iterator = (0, distance_iterator_js_1.default)(toPos, minLine, maxLine);
          for (; toPos !== void 0; toPos = iterator()) {
            hunkResult = applyHunk(hunk.lines, toPos, maxErrors);
            if (hunkResult) {
              break;
            }
          }
          if (hunkResult) {
            break;
          }
        }
        if (!hunkResult) {
          return false;
        }
        for (var i_1 = minLine; i_1 < toPos; i_1++) {
          resultLines.push(lines[i_1]);
        }
        for (var i_2 = 0; i_2 < hunkResult.patchedLines.length; i_2++) {
          var line = hunkResult.patchedLines[i_2];
          resultLines.push(line);
        }
        minLine = hunkResult.oldLineLastI + 1;
        prevHunkOffset = toPos + 1 - hunk.oldStart;
      }
      for (var i = minLine; i < lines.length; i++) {
        resultLines.push(lines[i]);
      }
      return resultLines.join("\n");
    }
    function applyPatches(uniDiff, options) {
      var spDiff = typeof uniDiff === "string" ? (0, parse_js_1.parsePatch)(uniDiff) : uniDiff;
      var currentIndex = 0;
      function processIndex() {
        var index = spDiff[currentIndex++];
        if (!index) {
          return options.complete();
        }
        options.loadFile(index, function(err, data) {
          if (err) {
            return options.complete(err);
          }
          var updatedContent = applyPatch(data, index, options);
          options.patched(index, updatedContent, function(err2) {
            if (err2) {
              return options.complete(err2);
            }
            processIndex();
          });
        });
      }
      processIndex();
    }
  }
});

// node_modules/diff/libcjs/patch/reverse.js
var require_reverse = __commonJS({
  "node_modules/diff/libcjs/patch/reverse.js"(exports2) {
    "use strict";
    var __assign = exports2 && exports2.__assign || function() {
      __assign = Object.assign || function(t) {
        for (var s, i = 1, n = arguments.length; i < n; i++) {
          s = arguments[i];
          for (var p in s) if (Object.prototype.hasOwnProperty.call(s, p))
            t[p] = s[p];
        }
        return t;
      };
      return __assign.apply(this, arguments);
    };
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.reversePatch = reversePatch;
    function reversePatch(structuredPatch) {
      if (Array.isArray(structuredPatch)) {
        return structuredPatch.map(function(patch) {
          return reversePatch(patch);
        }).reverse();
      }
      return __assign(__assign({}, structuredPatch), { oldFileName: structuredPatch.newFileName, oldHeader: structuredPatch.newHeader, newFileName: structuredPatch.oldFileName, newHeader: structuredPatch.oldHeader, hunks: structuredPatch.hunks.map(function(hunk) {
        return {
          oldLines: hunk.newLines,
          oldStart: hunk.newStart,
          newLines: hunk.oldLines,
          newStart: hunk.oldStart,
          lines: hunk.lines.map(function(l) {
            if (l.startsWith("-")) {
              return "+".concat(l.slice(1));
            }
            if (l.startsWith("+")) {
              return "-".concat(l.slice(1));
            }
            return l;
          })
        };
      }) });
    }
  }
});

// node_modules/diff/libcjs/patch/create.js
var require_create = __commonJS({
  "node_modules/diff/libcjs/patch/create.js"(exports2) {
    "use strict";
    var __assign = exports2 && exports2.__assign || function() {
      __assign = Object.assign || function(t) {
        for (var s, i = 1, n = arguments.length; i < n; i++) {
          s = arguments[i];
          for (var p in s) if (Object.prototype.hasOwnProperty.call(s, p))
            t[p] = s[p];
        }
        return t;
      };
      return __assign.apply(this, arguments);
    };
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.structuredPatch = structuredPatch;
    exports2.formatPatch = formatPatch;
    exports2.createTwoFilesPatch = createTwoFilesPatch;
    exports2.createPatch = createPatch;
    var line_js_1 = require_line();
    function structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
      var optionsObj;
      if (!options) {
        optionsObj = {};
      } else if (typeof options === "function") {
        optionsObj = { callback: options };
      } else {
        optionsObj = options;
      }
      if (typeof optionsObj.context === "undefined") {
        optionsObj.context = 4;
      }
      var context = optionsObj.context;
      if (optionsObj.newlineIsToken) {
        throw new Error("newlineIsToken may not be used with patch-generation functions, only with diffing functions");
      }
      if (!optionsObj.callback) {
        return diffLinesResultToPatch((0, line_js_1.diffLines)(oldStr, newStr, optionsObj));
      } else {
        var callback_1 = optionsObj.callback;
        (0, line_js_1.diffLines)(oldStr, newStr, __assign(__assign({}, optionsObj), { callback: function(diff) {
          var patch = diffLinesResultToPatch(diff);
          callback_1(patch);
        } }));
      }
      function diffLinesResultToPatch(diff) {
        if (!diff) {
          return;
        }
        diff.push({ value: "", lines: [] });
        function contextLines(lines2) {
          return lines2.map(function(entry) {
            return " " + entry;
          });
        }
        var hunks = [];
        var oldRangeStart = 0, newRangeStart = 0, curRange = [], oldLine = 1, newLine = 1;
        for (var i = 0; i < diff.length; i++) {
          var current = diff[i], lines = current.lines || splitLines(current.value);
          current.lines = lines;
          if (current.added || current.removed) {
            if (!oldRangeStart) {
              var prev = diff[i - 1];
              oldRangeStart = oldLine;
              newRangeStart = newLine;
              if (prev) {
                curRange = context > 0 ? contextLines(prev.lines.slice(-context)) : [];
                oldRangeStart -= curRange.length;
                newRangeStart -= curRange.length;
              }
            }
            for (var _i = 0, lines_1 = lines; _i < lines_1.length; _i++) {
              var line = lines_1[_i];
              curRange.push((current.added ? "+" : "-") + line);
            }
            if (current.added) {
              newLine += lines.length;
            } else {
              oldLine += lines.length;
            }
          } else {
            if (oldRangeStart) {
              if (lines.length <= context * 2 && i < diff.length - 2) {
                for (var _a = 0, _b = contextLines(lines); _a < _b.length; _a++) {
                  var line = _b[_a];
                  curRange.push(line);
                }
              } else {
                var contextSize = Math.min(lines.length, context);
                for (var _c = 0, _d = contextLines(lines.slice(0, contextSize)); _c < _d.length; _c++) {
                  var line = _d[_c];
                  curRange.push(line);
                }
                var hunk = {
                  oldStart: oldRangeStart,
                  oldLines: oldLine - oldRangeStart + contextSize,
                  newStart: newRangeStart,
                  newLines: newLine - newRangeStart + contextSize,
                  lines: curRange
                };
                hunks.push(hunk);
                oldRangeStart = 0;
                newRangeStart = 0;
                curRange = [];
              }
            }
            oldLine += lines.length;
            newLine += lines.length;
          }
        }
        for (var _e = 0, hunks_1 = hunks; _e < hunks_1.length; _e++) {
          var hunk = hunks_1[_e];
          for (var i = 0; i < hunk.lines.length; i++) {
            if (hunk.lines[i].endsWith("\n")) {
              hunk.lines[i] = hunk.lines[i].slice(0, -1);
            } else {
              hunk.lines.splice(i + 1, 0, "\\ No newline at end of file");
              i++;
            }
          }
        }
        return {
          oldFileName,
          newFileName,
          oldHeader,
          newHeader,
          hunks
        };
      }
    }
    function formatPatch(patch) {
      if (Array.isArray(patch)) {
        return patch.map(formatPatch).join("\n");
      }
      var ret = [];
      if (patch.oldFileName == patch.newFileName) {
        ret.push("Index: " + patch.oldFileName);
      }
      ret.push("===================================================================");
      ret.push("--- " + patch.oldFileName + (typeof patch.oldHeader === "undefined" ? "" : "	" + patch.oldHeader));
      ret.push("+++ " + patch.newFileName + (typeof patch.newHeader === "undefined" ? "" : "	" + patch.newHeader));
      for (var i = 0; i < patch.hunks.length; i++) {
        var hunk = patch.hunks[i];
        if (hunk.oldLines === 0) {
          hunk.oldStart -= 1;
        }
        if (hunk.newLines === 0) {
          hunk.newStart -= 1;
        }
        ret.push("@@ -" + hunk.oldStart + "," + hunk.oldLines + " +" + hunk.newStart + "," + hunk.newLines + " @@");
        for (var _i = 0, _a = hunk.lines; _i < _a.length; _i++) {
          var line = _a[_i];
          ret.push(line);
        }
      }
      return ret.join("\n") + "\n";
    }
    function createTwoFilesPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
      if (typeof options === "function") {
        options = { callback: options };
      }
      if (!(options === null || options === void 0 ? void 0 : options.callback)) {
        var patchObj = structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options);
        if (!patchObj) {
          return;
        }
        return formatPatch(patchObj);
      } else {
        var callback_2 = options.callback;
        structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, __assign(__assign({}, options), { callback: function(patchObj2) {
          if (!patchObj2) {
            callback_2(void 0);
          } else {
            callback_2(formatPatch(patchObj2));
          }
        } }));
      }
    }
    function createPatch(fileName, oldStr, newStr, oldHeader, newHeader, options) {
      return createTwoFilesPatch(fileName, fileName, oldStr, newStr, oldHeader, newHeader, options);
    }
    function splitLines(text) {
      var hasTrailingNl = text.endsWith("\n");
      var result = text.split("\n").map(function(line) {
        return line + "\n";
      });
      if (hasTrailingNl) {
        result.pop();
      } else {
        result.push(result.pop().slice(0, -1));
      }
      return result;
    }
  }
});

// node_modules/diff/libcjs/convert/dmp.js
var require_dmp = __commonJS({
  "node_modules/diff/libcjs/convert/dmp.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.convertChangesToDMP = convertChangesToDMP;
    function convertChangesToDMP(changes) {
      var ret = [];
      var change, operation;
      for (var i = 0; i < changes.length; i++) {
        change = changes[i];
        if (change.added) {
          operation = 1;
        } else if (change.removed) {
          operation = -1;
        } else {
          operation = 0;
        }
        ret.push([operation, change.value]);
      }
      return ret;
    }
  }
});

// node_modules/diff/libcjs/convert/xml.js
var require_xml = __commonJS({
  "node_modules/diff/libcjs/convert/xml.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.convertChangesToXML = convertChangesToXML;
    function convertChangesToXML(changes) {
      var ret = [];
      for (var i = 0; i < changes.length; i++) {
        var change = changes[i];
        if (change.added) {
          ret.push("<ins>");
        } else if (change.removed) {
          ret.push("<del>");
        }
        ret.push(escapeHTML(change.value));
        if (change.added) {
          ret.push("</ins>");
        } else if (change.removed) {
          ret.push("</del>");
        }
      }
      return ret.join("");
    }
    function escapeHTML(s) {
      var n = s;
      n = n.replace(/&/g, "&amp;");
      n = n.replace(/</g, "&lt;");
      n = n.replace(/>/g, "&gt;");
      n = n.replace(/"/g, "&quot;");
      return n;
    }
  }
});

// node_modules/diff/libcjs/index.js
var require_libcjs = __commonJS({
  "node_modules/diff/libcjs/index.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.canonicalize = exports2.convertChangesToXML = exports2.convertChangesToDMP = exports2.reversePatch = exports2.parsePatch = exports2.applyPatches = exports2.applyPatch = exports2.formatPatch = exports2.createPatch = exports2.createTwoFilesPatch = exports2.structuredPatch = exports2.arrayDiff = exports2.diffArrays = exports2.jsonDiff = exports2.diffJson = exports2.cssDiff = exports2.diffCss = exports2.sentenceDiff = exports2.diffSentences = exports2.diffTrimmedLines = exports2.lineDiff = exports2.diffLines = exports2.wordsWithSpaceDiff = exports2.diffWordsWithSpace = exports2.wordDiff = exports2.diffWords = exports2.characterDiff = exports2.diffChars = exports2.Diff = void 0;
    var base_js_1 = require_base();
    exports2.Diff = base_js_1.default;
    var character_js_1 = require_character();
    Object.defineProperty(exports2, "diffChars", { enumerable: true, get: function() {
      return character_js_1.diffChars;
    } });
    Object.defineProperty(exports2, "characterDiff", { enumerable: true, get: function() {
      return character_js_1.characterDiff;
    } });
    var word_js_1 = require_word();
    Object.defineProperty(exports2, "diffWords", { enumerable: true, get: function() {
      return word_js_1.diffWords;
    } });
    Object.defineProperty(exports2, "diffWordsWithSpace", { enumerable: true, get: function() {
      return word_js_1.diffWordsWithSpace;
    } });
    Object.defineProperty(exports2, "wordDiff", { enumerable: true, get: function() {
      return word_js_1.wordDiff;
    } });
    Object.defineProperty(exports2, "wordsWithSpaceDiff", { enumerable: true, get: function() {
      return word_js_1.wordsWithSpaceDiff;
    } });
    var line_js_1 = require_line();
    Object.defineProperty(exports2, "diffLines", { enumerable: true, get: function() {
      return line_js_1.diffLines;
    } });
    Object.defineProperty(exports2, "diffTrimmedLines", { enumerable: true, get: function() {
      return line_js_1.diffTrimmedLines;
    } });
    Object.defineProperty(exports2, "lineDiff", { enumerable: true, get: function() {
      return line_js_1.lineDiff;
    } });
    var sentence_js_1 = require_sentence();
    Object.defineProperty(exports2, "diffSentences", { enumerable: true, get: function() {
      return sentence_js_1.diffSentences;
    } });
    Object.defineProperty(exports2, "sentenceDiff", { enumerable: true, get: function() {
      return sentence_js_1.sentenceDiff;
    } });
    var css_js_1 = require_css();
    Object.defineProperty(exports2, "diffCss", { enumerable: true, get: function() {
      return css_js_1.diffCss;
    } });
    Object.defineProperty(exports2, "cssDiff", { enumerable: true, get: function() {
      return css_js_1.cssDiff;
    } });
    var json_js_1 = require_json();
    Object.defineProperty(exports2, "diffJson", { enumerable: true, get: function() {
      return json_js_1.diffJson;
    } });
    Object.defineProperty(exports2, "canonicalize", { enumerable: true, get: function() {
      return json_js_1.canonicalize;
    } });
    Object.defineProperty(exports2, "jsonDiff", { enumerable: true, get: function() {
      return json_js_1.jsonDiff;
    } });
    var array_js_1 = require_array();
    Object.defineProperty(exports2, "diffArrays", { enumerable: true, get: function() {
      return array_js_1.diffArrays;
    } });
    Object.defineProperty(exports2, "arrayDiff", { enumerable: true, get: function() {
      return array_js_1.arrayDiff;
    } });
    var apply_js_1 = require_apply();
    Object.defineProperty(exports2, "applyPatch", { enumerable: true, get: function() {
      return apply_js_1.applyPatch;
    } });
    Object.defineProperty(exports2, "applyPatches", { enumerable: true, get: function() {
      return apply_js_1.applyPatches;
    } });
    var parse_js_1 = require_parse2();
    Object.defineProperty(exports2, "parsePatch", { enumerable: true, get: function() {
      return parse_js_1.parsePatch;
    } });
    var reverse_js_1 = require_reverse();
    Object.defineProperty(exports2, "reversePatch", { enumerable: true, get: function() {
      return reverse_js_1.reversePatch;
    } });
    var create_js_1 = require_create();
    Object.defineProperty(exports2, "structuredPatch", { enumerable: true, get: function() {
      return create_js_1.structuredPatch;
    } });
    Object.defineProperty(exports2, "createTwoFilesPatch", { enumerable: true, get: function() {
      return create_js_1.createTwoFilesPatch;
    } });
    Object.defineProperty(exports2, "createPatch", { enumerable: true, get: function() {
      return create_js_1.createPatch;
    } });
    Object.defineProperty(exports2, "formatPatch", { enumerable: true, get: function() {
      return create_js_1.formatPatch;
    } });
    var dmp_js_1 = require_dmp();
    Object.defineProperty(exports2, "convertChangesToDMP", { enumerable: true, get: function() {
      return dmp_js_1.convertChangesToDMP;
    } });
    var xml_js_1 = require_xml();
    Object.defineProperty(exports2, "convertChangesToXML", { enumerable: true, get: function() {
      return xml_js_1.convertChangesToXML;
    } });
  }
});

// dist/src/fix/apply.js
var require_apply2 = __commonJS({
  "dist/src/fix/apply.js"(exports2) {
    "use strict";
    var __createBinding = exports2 && exports2.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports2 && exports2.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports2 && exports2.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.isEmptyPlan = isEmptyPlan;
    exports2.emptyPlan = emptyPlan;
    exports2.planFixes = planFixes;
    exports2.applyEdits = applyEdits;
    exports2.addLeftovers = addLeftovers;
    exports2.applyPlan = applyPlan;
    exports2.renderPlan = renderPlan;
    var fs = __importStar(require("node:fs"));
    var path = __importStar(require("node:path"));
    var git_1 = require_git();
    var facts_1 = require_facts();
    var files_1 = require_files();
    var verify_1 = require_verify();
    function isEmptyPlan(plan) {
      return plan.text.size === 0 && plan.untrack.length === 0 && plan.renames.length === 0 && plan.finishRenames.length === 0 && plan.remove.length === 0;
    }
    function emptyPlan() {
      return { text: /* @__PURE__ */ new Map(), untrack: [], renames: [], finishRenames: [], remove: [], warnings: [], fixed: [], hiddenUnsafe: 0, deferred: 0, dropped: [] };
    }
    function planFixes(root, diagnostics, unsafe, current = /* @__PURE__ */ new Map()) {
      const plan = emptyPlan();
      const untrackSet = /* @__PURE__ */ new Set();
      const disk = /* @__PURE__ */ new Map();
      const original = (p) => {
        const known = current.get(p) ?? disk.get(p);
        if (known !== void 0)
          return known;
        const content = (0, files_1.readContent)(path.join(root, p));
        disk.set(p, content);
        return content;
      };
      const read = (p) => {
        const known = plan.text.get(p);
        return known ? known.after : original(p);
      };
      const write = (p, after) => {
        const before = plan.text.has(p) ? plan.text.get(p).before : read(p);
        plan.text.set(p, { before, after });
      };
      const renameTargets = /* @__PURE__ */ new Set();
      const candidates = [];
      for (const d of diagnostics) {
        if (!d.fix)
          continue;
        if (d.fix.applicability === "unsafe" && !unsafe) {
          plan.hiddenUnsafe++;
          continue;
        }
        const refusal = firstRefusal(root, d.fix.operations, read);
        if (refusal) {
          if (!plan.warnings.some((w) => w.path === refusal.path && w.message === refusal.message))
            plan.warnings.push(refusal);
          continue;
        }
        candidates.push(d);
      }
      const taken = pickEdits(candidates, (p) => original(p)?.text ?? null, plan);
      for (const d of candidates) {
        if (!taken.has(d))
          continue;
        plan.fixed.push(d);
        for (const op of d.fix.operations) {
          switch (op.kind) {
            case "createFile":
              if (read(op.path) === null && !exists(root, op.path))
                write(op.path, (0, files_1.newContent)(op.content));
              break;
            case "appendLines": {
              const content = read(op.path);
              const present = new Set((content?.text ?? "").split(/\r?\n/).map((l) => l.trim()));
              const missing = op.lines.filter((l) => !present.has(l.trim()));
              if (missing.length === 0)
                break;
              write(op.path, (0, files_1.appendLines)(content, missing));
              break;
            }
            case "untrack":
              for (const p of op.paths)
                if (!untrackSet.has(p))
                  untrackSet.add(p), plan.untrack.push(p);
              break;
            case "rename":
              if (exists(root, op.from) && !exists(root, op.to) && !renameTargets.has(op.to)) {
                renameTargets.add(op.to);
                plan.renames.push({ from: op.from, to: op.to });
              }
              break;
            case "edit":
              break;
          }
        }
      }
      for (const [p, { edits }] of editsByFile(candidates.filter((d) => taken.has(d)))) {
        const content = read(p);
        if (content === null)
          continue;
        write(p, (0, files_1.editContent)(content, edits, applyEdits));
      }
      for (const [p, change] of plan.text)
        if (change.before?.bytes.equals(change.after.bytes))
          plan.text.delete(p);
      return plan;
    }
    function firstRefusal(root, operations, read) {
      for (const op of operations) {
        if (op.kind === "untrack")
          continue;
        const paths = op.kind === "rename" ? [op.from, op.to] : [op.path];
        for (const p of paths) {
          const why = (0, files_1.unsafeTarget)(root, p) ?? (op.kind === "rename" ? null : (0, files_1.unwritable)(path.join(root, p)));
          if (why)
            return { path: p, message: `not fixed: ${why}` };
        }
        if (op.kind === "edit") {
          const current = read(op.path);
          if (current && !op.edits.every((e) => (0, files_1.canEncode)(current, e.text))) {
            return { path: op.path, message: `not fixed: the fix's text cannot be written in the file's encoding (${(0, files_1.encodingName)(current)})` };
          }
        }
      }
      return null;
    }
    function pickEdits(candidates, text, plan) {
      const firstStart = (d) => {
        let min = Infinity;
        for (const op of d.fix.operations)
          if (op.kind === "edit")
            for (const e of op.edits)
              min = Math.min(min, e.start);
        return min;
      };
      const ordered = candidates.map((d) => ({ d, at: firstStart(d) })).sort((a, b) => a.at - b.at).map((x) => x.d);
      const modules = /* @__PURE__ */ new Map();
      const check = (files) => {
        for (const [p, { edits, change }] of files) {
          if (!/\.pyi?$/.test(p))
            continue;
          const before = text(p);
          if (before === null)
            continue;
          let facts = modules.get(p);
          if (!facts)
            modules.set(p, facts = (0, facts_1.scanModule)(before));
          const reason = (0, verify_1.checkModuleEdit)(facts, applyEdits(before, edits), change);
          if (reason)
            return reason;
        }
        return null;
      };
      const taken = /* @__PURE__ */ new Map();
      const fixes = /* @__PURE__ */ new Set();
      for (const d of ordered) {
        const files = editsByFile([d]);
        const clashes = [...files].some(([p, { edits }]) => edits.some((e) => (taken.get(p)?.edits ?? []).some((t) => e.start <= t.end && t.start <= e.end)));
        if (clashes) {
          plan.deferred++;
          continue;
        }
        const reason = check(files);
        if (reason) {
          plan.dropped.push({ diagnostic: d, reason });
          continue;
        }
        const together = new Map([...files].map(([p, f]) => [p, merge(taken.get(p), f)]));
        if (check(together)) {
          plan.deferred++;
          continue;
        }
        for (const [p, f] of together)
          taken.set(p, f);
        fixes.add(d);
      }
      return fixes;
    }
    function merge(a, b) {
      if (!a)
        return b;
      return { edits: [...a.edits, ...b.edits], change: { remove: [...a.change.remove, ...b.change.remove], add: [...a.change.add, ...b.change.add] } };
    }
    function editsByFile(fixes) {
      const out = /* @__PURE__ */ new Map();
      for (const d of fixes) {
        for (const op of d.fix.operations) {
          if (op.kind !== "edit")
            continue;
          let file = out.get(op.path);
          if (!file)
            out.set(op.path, file = { edits: [], change: { remove: [], add: [] } });
          file.edits.push(...op.edits);
          file.change.remove.push(...op.exports?.remove ?? []);
          file.change.add.push(...op.exports?.add ?? []);
        }
      }
      return out;
    }
    function applyEdits(text, edits) {
      const sorted = edits.map((e, i) => ({ ...e, i })).sort((a, b) => a.start - b.start || a.i - b.i);
      let out = "";
      let pos = 0;
      for (const e of sorted) {
        if (e.start < pos)
          continue;
        out += text.slice(pos, e.start) + e.text;
        pos = e.end;
      }
      return out + text.slice(pos);
    }
    function addLeftovers(root, plan, files) {
      const left = (0, files_1.leftovers)(root, files.map((f) => f.path));
      plan.remove.push(...left.temps);
      plan.finishRenames.push(...left.halfRenames);
      const gone = new Set(left.halfRenames.map((r) => r.from));
      for (const p of gone)
        plan.text.delete(p);
      if (gone.size)
        plan.fixed = plan.fixed.filter((d) => !gone.has(d.location.path));
    }
    async function applyPlan(root, plan, shown = (p) => p) {
      const applied = [];
      const failed = [];
      const warnings = [];
      const attempt = async (what, p, action) => {
        try {
          await action();
          applied.push(what);
        } catch (e) {
          if (e instanceof files_1.Refused)
            warnings.push(`${shown(p)}: not changed: ${e.message}`);
          else
            failed.push({ what, error: errorText(e) });
        }
      };
      const remove = new Set(plan.remove);
      for (const p of plan.text.keys())
        for (const t of (0, files_1.staleTemps)(root, p))
          remove.add(t);
      for (const p of remove)
        await attempt(`remove stale temp file ${shown(p)}`, p, () => (0, files_1.removeTemp)(root, p));
      for (const { from, to } of plan.finishRenames) {
        await attempt(`finish renaming ${shown(from)} to ${shown(to)}`, from, () => (0, files_1.renameSafely)(root, from, to));
      }
      if (plan.untrack.length) {
        await attempt(`untrack ${plan.untrack.map(shown).join(", ")}`, plan.untrack[0], () => (0, git_1.untrack)(root, plan.untrack));
      }
      for (const [p, { before, after }] of plan.text) {
        await attempt(`${before ? "write" : "create"} ${shown(p)}`, p, () => (0, files_1.writeAtomic)(root, p, after.bytes, before?.bytes ?? null));
      }
      for (const { from, to } of plan.renames) {
        await attempt(`rename ${shown(from)} to ${shown(to)}`, from, () => (0, files_1.renameSafely)(root, from, to));
      }
      if (failed.length === 0)
        return { warnings, errors: [] };
      const errors = failed.map((f) => `--fix failed to ${f.what}: ${f.error}`);
      const done = applied.length ? ` (${applied.join("; ")})` : "";
      errors.push(`--fix applied ${applied.length} of ${applied.length + failed.length} changes${done}; not applied: ${failed.map((f) => f.what).join("; ")}`);
      return { warnings, errors };
    }
    function errorText(e) {
      const err = e;
      if (err?.code && err.syscall) {
        const m = /^[A-Z]+: ([^,]+)/.exec(err.message);
        return `${m ? m[1] : err.message} (${err.code})`;
      }
      return String(err?.message ?? e).split("\n")[0];
    }
    function renderPlan(plan, shown = (p) => p) {
      const { createTwoFilesPatch } = require_libcjs();
      const hunks = (before, after) => (
        // Only the hunks: the header lines are written below, as git writes them.
        createTwoFilesPatch("a", "b", before, after, "", "", { context: 3 }).replace(/^[^]*?\n\+\+\+ [^\n]*\n/, "")
      );
      const renamed = new Map(plan.renames.map((r) => [r.from, r.to]));
      let out = "";
      for (const [p, { before, after }] of plan.text) {
        if (renamed.has(p))
          continue;
        const name = shown(p);
        const [a, b] = [quotePath(`a/${name}`), quotePath(`b/${name}`)];
        out += `diff --git ${a} ${b}
`;
        if (before === null)
          out += "new file mode 100644\n";
        const body = hunks(before?.text ?? "", after.text);
        if (body)
          out += `--- ${before === null ? "/dev/null" : a}
+++ ${b}
${body}`;
      }
      for (const { from, to } of plan.renames) {
        const [f, t] = [shown(from), shown(to)];
        const change = plan.text.get(from);
        const body = change?.before ? hunks(change.before.text, change.after.text) : "";
        const same = body ? "" : "similarity index 100%\n";
        out += `diff --git ${quotePath(`a/${f}`)} ${quotePath(`b/${t}`)}
${same}rename from ${quotePath(f)}
rename to ${quotePath(t)}
`;
        if (body)
          out += `--- ${quotePath(`a/${f}`)}
+++ ${quotePath(`b/${t}`)}
${body}`;
      }
      if (plan.untrack.length)
        out += `# git --literal-pathspecs rm -r --cached -- ${plan.untrack.map((p) => shellQuote(shown(p))).join(" ")}
`;
      return out;
    }
    function quotePath(name) {
      if (!/["\\\u0000-\u001f\u007f]/.test(name))
        return name;
      const named = { '"': '\\"', "\\": "\\\\", "	": "\\t", "\n": "\\n", "\r": "\\r" };
      return `"${name.replace(/["\\\u0000-\u001f\u007f]/g, (c) => named[c] ?? `\\${c.charCodeAt(0).toString(8).padStart(3, "0")}`)}"`;
    }
    function shellQuote(s) {
      if (/^[\w@%+=:,./-]+$/.test(s))
        return s;
      if (/[\u0000-\u001f\u007f]/.test(s))
        return `$'${s.replace(/[\\']/g, "\\$&").replace(/[\u0000-\u001f\u007f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`)}'`;
      return `'${s.replace(/'/g, `'\\''`)}'`;
    }
    function exists(root, p) {
      try {
        fs.lstatSync(path.join(root, p));
        return true;
      } catch {
        return false;
      }
    }
  }
});

// dist/src/lint.js
var require_lint = __commonJS({
  "dist/src/lint.js"(exports2) {
    "use strict";
    var __createBinding = exports2 && exports2.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports2 && exports2.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports2 && exports2.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.SYNTAX_ERROR = void 0;
    exports2.lint = lint;
    exports2.resolveConfig = resolveConfig;
    exports2.touches = touches;
    var fs = __importStar(require("node:fs"));
    var path = __importStar(require("node:path"));
    var rules_12 = require_rules();
    var config_1 = require_config();
    var plugins_1 = require_plugins();
    var run_1 = require_run();
    var suppress_1 = require_suppress();
    var apply_1 = require_apply2();
    var git_1 = require_git();
    var cache_1 = require_cache();
    var layout_1 = require_layout();
    var project_1 = require_project();
    var MAX_FIX_PASSES = 10;
    exports2.SYNTAX_ERROR = "syntax-error";
    async function lint(options = {}) {
      const cwd = path.resolve(options.cwd ?? process.cwd());
      const rules = [...options.rules ?? rules_12.builtinRules, ...options.extraRules ?? []];
      const result = {
        diagnostics: [],
        fixed: [],
        diff: "",
        hiddenUnsafeFixes: 0,
        files: 0,
        crashes: [],
        rules: [],
        fixErrors: [],
        warnings: [],
        notes: []
      };
      const paths = options.stdin ? [options.stdin.path] : options.paths?.length ? options.paths : ["."];
      for (const target of targets(cwd, paths, Boolean(options.stdin), Boolean(options.configFile))) {
        await lintTarget(cwd, target, rules, options, result);
      }
      const byPosition = (a, b) => compare(a.location.path, b.location.path) || a.location.start.line - b.location.start.line || a.location.start.column - b.location.start.column || compare(a.rule, b.rule);
      result.diagnostics.sort(byPosition);
      result.fixed.sort(byPosition);
      return result;
    }
    async function resolveConfig(cwd, root, options, rules, toplevel = (0, git_1.gitToplevel)(root)) {
      const file = options.configFile ? path.resolve(cwd, options.configFile) : (0, config_1.findConfigFile)(root, toplevel, cwd);
      if (options.configFile && !fs.existsSync(file)) {
        throw new config_1.ConfigError(`--config ${options.configFile}: file not found`);
      }
      let ruleSet = rules;
      if (file) {
        const shown = path.relative(cwd, file) || path.basename(file);
        const plugins = (0, config_1.configuredPlugins)(file, cwd);
        if (plugins.length) {
          ruleSet = [...rules, ...await (0, plugins_1.loadPlugins)(plugins, file, shown)];
          (0, plugins_1.checkUniqueIds)(ruleSet, shown);
        }
      }
      const config = (0, config_1.loadConfig)(file, root, ruleSet, cwd);
      for (const spec of options.ruleOverrides ?? [])
        (0, config_1.applyRuleOverride)(config, spec, ruleSet);
      return config;
    }
    async function lintTarget(cwd, target, rules, options, result) {
      const { root } = target;
      const { toplevel, problem: gitProblem } = (0, git_1.gitWorkTree)(root);
      const config = await resolveConfig(cwd, root, options, rules, toplevel);
      for (const rule of config.ruleSet)
        if (!result.rules.includes(rule))
          result.rules.push(rule);
      const configured = [];
      for (const rule of config.ruleSet) {
        const setting = config.rules.get(rule.id);
        if (setting.level === "off")
          continue;
        configured.push({ rule, severity: setting.level === "warn" ? "warning" : "error", options: setting.options });
      }
      const shown = (p) => displayPath(cwd, path.join(root, p));
      const here = shown(".") || ".";
      const overlay = /* @__PURE__ */ new Map();
      const buffer = options.stdin ? path.relative(root, path.resolve(cwd, options.stdin.path)).split(path.sep).join("/") : null;
      if (buffer !== null)
        overlay.set(buffer, options.stdin.text);
      const cache = options.cacheDir === false || options.cacheDir === void 0 || target.alone ? null : new cache_1.FactsCache(path.resolve(root, options.cacheDir), root, (p) => displayPath(cwd, p) || ".");
      if (options.staged && !toplevel)
        throw new config_1.ConfigError(`--staged: ${here} is not in a git work tree`);
      const named = /* @__PURE__ */ new Set([...overlay.keys(), ...target.scope?.files ?? []]);
      const { scope } = target;
      const analyse = async (files = overlay) => {
        const { project: project2, notes: notes2, info: info2, stagedChanges } = await (0, project_1.loadProject)(root, config, toplevel, { overlay: files, cache, staged: options.staged, concurrency: options.concurrency ?? "auto", alone: target.alone, buffers: named });
        const run2 = (0, run_1.runRules)(project2, configured);
        let { kept: kept2 } = (0, suppress_1.suppress)(project2, run2.diagnostics);
        if (buffer !== null)
          kept2 = kept2.filter((d) => d.location.path === buffer);
        else if (scope)
          kept2 = kept2.filter((d) => touches(d, scope.files) || within(d, scope.dirs));
        if (stagedChanges) {
          const changed = new Set(stagedChanges);
          kept2 = kept2.filter((d) => touches(d, changed));
        }
        return { project: project2, notes: notes2, info: info2, run: run2, kept: kept2 };
      };
      let { project, notes, info, run, kept } = await analyse();
      if (cache) {
        const { cached, scanned } = cache.counts;
        result.notes.push(`${here}: facts of ${plural(cached, "module")} from the cache, ${scanned} scanned`);
      }
      const aside = buffer === null ? result.warnings : result.notes;
      for (const note of notes) {
        const m = NOTE_PATH.exec(note);
        if (!m)
          aside.push(note);
        else if (scope && !related(m[2], scope))
          result.notes.push(`${m[1]}${shown(m[2]) || "."}${m[3]}`);
        else
          aside.push(`${m[1]}${shown(m[2]) || "."}${m[3]}`);
      }
      result.notes.push(...info.map((i) => `${here}: ${i}`));
      for (const u of run.unreadable) {
        if (u.path !== buffer)
          aside.push(`${shown(u.path)}:${u.message} (what dunderlint knows of this file is incomplete)`);
      }
      if (buffer !== null) {
        const file = project.files.find((f) => f.path === buffer);
        const error = file && (0, project_1.isPythonSource)(file.name) ? project.module(file).facts.syntaxError : null;
        if (error)
          kept = [...kept, syntaxErrorFinding(buffer, error)];
      }
      if (gitProblem) {
        const skipped = run.skippedForGit.length ? `, without the rules that need git (${run.skippedForGit.join(", ")})` : "";
        const warning = `${gitProblem}; ${here} is linted as a plain folder${skipped}`;
        if (!result.warnings.includes(warning))
          result.warnings.push(warning);
      } else if (run.skippedForGit.length) {
        result.notes.push(`${here}: not a git work tree; skipped ${run.skippedForGit.join(", ")}`);
      }
      result.notes.push(`${here}: config ${config.file ? displayPath(cwd, config.file) : "(defaults)"}`);
      result.notes.push(`${here}: ${usageSummary(project)}`);
      if (options.fix || options.diff) {
        const contents = /* @__PURE__ */ new Map();
        const plan = (0, apply_1.emptyPlan)();
        let pending = kept;
        for (let pass = 1; ; pass++) {
          const step = (0, apply_1.planFixes)(root, pending, Boolean(options.unsafeFixes), contents);
          if (pass === 1)
            ({ hiddenUnsafe: plan.hiddenUnsafe, untrack: plan.untrack, renames: plan.renames } = step);
          plan.fixed.push(...step.fixed);
          for (const w of step.warnings)
            if (!plan.warnings.some((x) => x.path === w.path && x.message === w.message))
              plan.warnings.push(w);
          for (const { diagnostic: d, reason } of step.dropped) {
            const warning = `${shown(d.location.path)}:${d.location.start.line}:${d.location.start.column}: fix for ${d.rule} dropped: ${reason}`;
            if (!result.warnings.includes(warning))
              result.warnings.push(warning);
          }
          for (const [p, { before, after }] of step.text) {
            plan.text.set(p, { before: plan.text.has(p) ? plan.text.get(p).before : before, after });
            contents.set(p, after);
          }
          if (step.text.size === 0)
            break;
          if (pass === MAX_FIX_PASSES) {
            if (step.deferred)
              result.warnings.push(`${here}: stopped after ${MAX_FIX_PASSES} passes of fixes; run --fix again for the rest`);
            break;
          }
          const again = await analyse(new Map([...overlay, ...[...contents].map(([p, c]) => [p, c.bytes])]));
          pending = again.kept.filter((d) => d.fix?.operations.every((op) => op.kind === "edit"));
        }
        for (const [p, change] of plan.text)
          if (change.before?.bytes.equals(change.after.bytes))
            plan.text.delete(p);
        result.hiddenUnsafeFixes += plan.hiddenUnsafe;
        result.warnings.push(...plan.warnings.map((w) => `${shown(w.path)}: ${w.message}`));
        if (options.fix)
          (0, apply_1.addLeftovers)(root, plan, scope ? project.files.filter((f) => scope.files.has(f.path) || inside(f.path, scope.dirs)) : project.files);
        if (options.diff) {
          result.diff += (0, apply_1.renderPlan)(plan, shown);
          result.fixed.push(...plan.fixed.map((d) => relocate(d, shown)));
        } else if (!(0, apply_1.isEmptyPlan)(plan)) {
          const applied = await (0, apply_1.applyPlan)(root, plan, shown);
          result.warnings.push(...applied.warnings);
          result.fixErrors.push(...applied.errors);
          result.fixed.push(...plan.fixed.map((d) => relocate(d, shown)));
          ({ project, run, kept } = await analyse());
        }
      } else {
        result.hiddenUnsafeFixes += kept.filter((d) => d.fix?.applicability === "unsafe").length;
      }
      const cacheWarning = options.diff ? cache?.warning : cache?.save();
      if (cacheWarning)
        result.warnings.push(cacheWarning);
      result.files += project.files.length;
      const configShown = config.file ? displayPath(cwd, config.file) : void 0;
      result.crashes.push(...run.crashes.map((c) => {
        const at = c.path !== void 0 ? shown(c.path) : configShown;
        return { ...c, ...at !== void 0 ? { path: at } : {} };
      }));
      result.diagnostics.push(...kept.map((d) => relocate(d, shown)));
    }
    var NOTE_PATH = /^(cannot read directory |cannot read |skipping )(.+)(: [^:]+)$/;
    function related(p, scope) {
      if (p === "." || scope.files.has(p) || inside(p, scope.dirs))
        return true;
      return [...scope.files, ...scope.dirs].some((s) => s.startsWith(`${p}/`));
    }
    function syntaxErrorFinding(path2, { message, line, column }) {
      const at = { line, column };
      return { rule: exports2.SYNTAX_ERROR, severity: "error", message: `SyntaxError: ${message}`, location: { path: path2, start: at, end: at }, fix: null, related: [] };
    }
    function usageSummary(project) {
      const { usage } = (0, layout_1.layoutOf)(project);
      const counts = /* @__PURE__ */ new Map();
      for (const file of project.files) {
        if (!(0, project_1.isPythonSource)(file.name))
          continue;
        const u = usage.of(file);
        const key = u.role === "data" ? u.live ? "data imported by live code" : "data (not linted: nothing imports, collects or runs it)" : u.role === "vendored" ? "vendored (not linted)" : u.role;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      return `modules by role (see dunderlint tree): ${[...counts].map(([k, n]) => `${n} ${k}`).join(", ") || "none"}`;
    }
    function plural(n, noun) {
      return `${n} ${noun}${n === 1 ? "" : "s"}`;
    }
    function targets(cwd, paths, fromStdin, configGiven) {
      const byRoot = /* @__PURE__ */ new Map();
      for (const p of paths) {
        const abs = path.resolve(cwd, p);
        let isDirectory = false;
        try {
          isDirectory = fs.statSync(abs).isDirectory();
        } catch {
          if (!fromStdin || !fs.existsSync(path.dirname(abs)))
            throw new config_1.ConfigError(`${p}: no such file or directory`);
        }
        const dir = isDirectory ? abs : path.dirname(abs);
        const toplevel = (0, git_1.gitToplevel)(dir);
        const configFile = configGiven ? null : (0, config_1.findConfigFile)(dir, toplevel, cwd);
        const alone = fromStdin && !configFile && !toplevel;
        let root = configFile ? path.dirname(configFile) : toplevel ?? (isDirectory ? abs : outsidePackages(dir));
        let rel = path.relative(root, abs);
        if (rel === ".." || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel))
          [root, rel] = [dir, path.relative(dir, abs)];
        const t = byRoot.get(root) ?? { root, scope: { files: /* @__PURE__ */ new Set(), dirs: /* @__PURE__ */ new Set() }, alone };
        byRoot.set(root, t);
        if (rel === "")
          t.scope = null;
        else if (isDirectory)
          t.scope?.dirs.add(rel.split(path.sep).join("/"));
        else
          t.scope?.files.add(rel.split(path.sep).join("/"));
      }
      return [...byRoot.values()];
    }
    function subjects(d) {
      const out = [d.location.path, ...d.related.map((r) => r.location.path)];
      for (const op of d.fix?.operations ?? []) {
        if (op.kind === "untrack")
          out.push(...op.paths);
        else if (op.kind === "rename")
          out.push(op.from, op.to);
        else {
          out.push(op.path);
          if (op.kind === "createFile")
            out.push(path.posix.dirname(op.path));
        }
      }
      return out;
    }
    function within(d, dirs) {
      if (dirs.size === 0)
        return false;
      return subjects(d).some((s) => inside(s, dirs));
    }
    function inside(p, dirs) {
      for (const dir of dirs)
        if (p === dir || p.startsWith(`${dir}/`))
          return true;
      return false;
    }
    function touches(d, paths) {
      if (paths.size === 0)
        return false;
      for (const s of subjects(d)) {
        if (paths.has(s))
          return true;
        if (s === "" || s === ".")
          continue;
        for (const p of paths)
          if (p.startsWith(`${s}/`))
            return true;
      }
      return false;
    }
    function outsidePackages(dir) {
      let d = dir;
      while (fs.existsSync(path.join(d, "__init__.py")) && path.dirname(d) !== d)
        d = path.dirname(d);
      return d;
    }
    function displayPath(cwd, abs) {
      return path.relative(cwd, abs).split(path.sep).join("/");
    }
    function relocate(d, shown) {
      const loc = (l) => ({ ...l, path: shown(l.path) });
      const op = (o) => {
        switch (o.kind) {
          case "untrack":
            return { ...o, paths: o.paths.map(shown) };
          case "rename":
            return { ...o, from: shown(o.from), to: shown(o.to) };
          default:
            return { ...o, path: shown(o.path) };
        }
      };
      return {
        ...d,
        location: loc(d.location),
        related: d.related.map((r) => ({ ...r, location: loc(r.location) })),
        fix: d.fix && { ...d.fix, operations: d.fix.operations.map(op) }
      };
    }
    function compare(a, b) {
      return a < b ? -1 : a > b ? 1 : 0;
    }
  }
});

// dist/src/index.js
Object.defineProperty(exports, "__esModule", { value: true });
exports.builtinRules = exports.RULE_API_VERSION = exports.fileStart = exports.defineRule = exports.lint = void 0;
var lint_1 = require_lint();
Object.defineProperty(exports, "lint", { enumerable: true, get: function() {
  return lint_1.lint;
} });
var rule_1 = require_rule();
Object.defineProperty(exports, "defineRule", { enumerable: true, get: function() {
  return rule_1.defineRule;
} });
Object.defineProperty(exports, "fileStart", { enumerable: true, get: function() {
  return rule_1.fileStart;
} });
Object.defineProperty(exports, "RULE_API_VERSION", { enumerable: true, get: function() {
  return rule_1.RULE_API_VERSION;
} });
var rules_1 = require_rules();
Object.defineProperty(exports, "builtinRules", { enumerable: true, get: function() {
  return rules_1.builtinRules;
} });
/*! Bundled license information:

smol-toml/dist/index.cjs:
  (*!
   * Copyright (c) Squirrel Chat et al., All rights reserved.
   * SPDX-License-Identifier: BSD-3-Clause
   *
   * Redistribution and use in source and binary forms, with or without
   * modification, are permitted provided that the following conditions are met:
   *
   * 1. Redistributions of source code must retain the above copyright notice, this
   *    list of conditions and the following disclaimer.
   * 2. Redistributions in binary form must reproduce the above copyright notice,
   *    this list of conditions and the following disclaimer in the
   *    documentation and/or other materials provided with the distribution.
   * 3. Neither the name of the copyright holder nor the names of its contributors
   *    may be used to endorse or promote products derived from this software without
   *    specific prior written permission.
   *
   * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
   * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
   * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
   * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
   * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
   * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
   * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
   * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
   * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
   * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
   *)
*/
