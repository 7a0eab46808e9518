"use strict";
var __getOwnPropNames = Object.getOwnPropertyNames;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};

// dist/src/python/facts-codec.js
var require_facts_codec = __commonJS({
  "dist/src/python/facts-codec.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.HEADER_INTS = exports2.Reinterner = exports2.FactsArena = exports2.StringTable = exports2.NULL = void 0;
    exports2.encodeFacts = encodeFacts;
    exports2.validRecord = validRecord;
    exports2.importLevels = importLevels;
    exports2.decodeFacts = decodeFacts;
    exports2.plainFacts = plainFacts;
    exports2.NULL = -2147483648;
    var StringTable = class {
      strings;
      copy;
      /** Built on first use: a run that only reads the cache never needs it. */
      index = null;
      constructor(strings = [], copy = false) {
        this.strings = strings;
        this.copy = copy;
      }
      intern(s) {
        this.index ??= new Map(this.strings.map((t, j) => [t, j]));
        let i = this.index.get(s);
        if (i === void 0) {
          i = this.strings.length;
          const kept = this.copy && s.length >= 13 ? (" " + s).slice(1) : s;
          this.strings.push(kept);
          this.index.set(kept, i);
        }
        return -1 - i;
      }
    };
    exports2.StringTable = StringTable;
    var FactsArena = class {
      table = new StringTable([], true);
      chunk = new Int32Array(0);
      used = 0;
      /** Encodes `facts`; where the record is. */
      add(facts) {
        const record = encodeFacts(facts, this.table);
        const start = this.reserve(record.length);
        this.chunk.set(record, start);
        return { data: this.chunk, start, length: record.length };
      }
      /**
       * Copies in a record encoded against another table (a worker's job), its string references
       * moved to this one by `via` (a Reinterner into `table`, one per source table): the job's own
       * table and integers can then go, instead of every job's copy of common names staying.
       */
      adopt(data, start, length, from, via) {
        const at = this.reserve(length);
        via.copy(data, start, length, from, this.chunk, at);
        return { data: this.chunk, start: at, length };
      }
      /** Where a record of `length` integers goes. */
      reserve(length) {
        if (this.used + length > this.chunk.length) {
          this.chunk = new Int32Array(Math.max(Math.min(2 * this.chunk.length, ARENA_CHUNK_INTS), 4096, length));
          this.used = 0;
        }
        this.used += length;
        return this.used - length;
      }
    };
    exports2.FactsArena = FactsArena;
    var ARENA_CHUNK_INTS = 1 << 18;
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
      const out = [f.getattrLine ?? exports2.NULL, bit(f.mainGuard, 0) | bit(f.dynamicGlobals, 1) | bit(f.shebang, 2)];
      const str = (v) => {
        out.push(v === null ? exports2.NULL : table.intern(v));
      };
      const strs = (vs) => {
        out.push(vs.length);
        for (const v of vs)
          str(v);
      };
      const pos = (p) => {
        out.push(p.line, p.column);
      };
      out.push(f.scriptBlock?.start ?? exports2.NULL, f.scriptBlock?.end ?? exports2.NULL);
      if (f.syntaxError) {
        str(f.syntaxError.message);
        out.push(f.syntaxError.line, f.syntaxError.column);
      } else
        out.push(exports2.NULL, exports2.NULL, exports2.NULL);
      for (let s = 0; s < SECTIONS; s++)
        out.push(0);
      let section = 0;
      let sectionStart = exports2.HEADER_INTS;
      const endSection = () => {
        out[HEADER + section++] = out.length - sectionStart;
        sectionStart = out.length;
      };
      for (const i of f.imports) {
        out.push(i.kind === "from" ? 1 : 0, i.level);
        str(i.module);
        out.push(SCOPES.indexOf(i.scope), bit(i.guarded, 0) | bit(i.typeChecking, 1) | bit(i.conditional, 2) | bit(i.mainGuarded, 3) | bit(i.inHandler, 4));
        pos(i.start);
        pos(i.end);
        out.push(i.names.length);
        for (const n of i.names) {
          str(n.name);
          str(n.asname);
          pos(n.start);
          pos(n.end);
        }
      }
      endSection();
      for (const d of f.dynamicImports) {
        out.push(CALLEES.indexOf(d.callee));
        str(d.module);
        str(d.package);
        pos(d.start);
      }
      endSection();
      for (const b of f.bindings) {
        str(b.name);
        out.push(BINDING_KINDS.indexOf(b.kind), b.line, b.column);
      }
      endSection();
      for (const o of f.dunderAll) {
        out.push(ALL_OPS.indexOf(o.op), ALL_FORMS.indexOf(o.form));
        str(o.ref);
        out.push(bit(o.annotated, 0) | bit(o.inLoop, 1) | bit(o.inBlock, 2) | bit(o.runtimeOnly, 3));
        pos(o.valueStart);
        pos(o.valueEnd);
        out.push(o.valueStartOffset, o.valueEndOffset);
        pos(o.start);
        out.push(o.elements.length);
        for (const e of o.elements) {
          out.push(ELEMENT_KINDS.indexOf(e.kind));
          str(e.value);
          out.push(e.implicitConcat ? 1 : 0);
          str(e.text);
          pos(e.start);
          pos(e.end);
          out.push(e.startOffset, e.endOffset);
          if (e.removal)
            out.push(e.removal.start, e.removal.end, e.removal.commaAt ?? exports2.NULL);
          else
            out.push(exports2.NULL, exports2.NULL, exports2.NULL);
        }
      }
      endSection();
      for (const d of f.directives) {
        out.push(DIRECTIVE_KINDS.indexOf(d.kind), d.line);
        strs(d.rules);
      }
      endSection();
      strs(f.functionGlobals);
      endSection();
      return out;
    }
    var ANY = 0;
    var STR = -1;
    var STR_OR_NULL = -2;
    var ANY_OR_NULL = -3;
    var POS = [ANY, ANY];
    var SYNTAX_ERROR = [STR, ANY, ANY];
    var LAYOUTS = [
      { item: [2, ANY, STR_OR_NULL, SCOPES.length, 32, ...POS, ...POS], list: [STR, STR_OR_NULL, ...POS, ...POS], once: false },
      { item: [CALLEES.length, STR, STR_OR_NULL, ...POS], list: null, once: false },
      { item: [STR, BINDING_KINDS.length, ANY, ANY], list: null, once: false },
      { item: [ALL_OPS.length, ALL_FORMS.length, STR_OR_NULL, 16, ...POS, ...POS, ANY, ANY, ...POS], list: [ELEMENT_KINDS.length, STR_OR_NULL, 2, STR, ...POS, ...POS, ANY, ANY, ANY_OR_NULL, ANY_OR_NULL, ANY_OR_NULL], once: false },
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
        if (slot.owner === this)
          return slot.value;
        const value = read(this.reader(n));
        slot.owner = this;
        slot.value = value;
        return value;
      }
      get imports() {
        return this.section(0, readImports);
      }
      /** See `importLevels`: walks the record's imports section, which `validRecord` checked. */
      importLevels() {
        const { data } = this;
        let at = this.start + HEADER + SECTIONS;
        const end = at + data[this.start + HEADER];
        const levels = [];
        const unsure = [];
        while (at < end) {
          levels.push(data[at + 1]);
          unsure.push(data[at + 4] & 3 ? 1 : 0);
          at += 10 + 6 * data[at + 9];
        }
        return { levels, unsure };
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
      get mainGuarded() {
        return (this.bits & 8) !== 0;
      }
      get inHandler() {
        return (this.bits & 16) !== 0;
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
          inBlock: (bits & 4) !== 0,
          runtimeOnly: (bits & 8) !== 0
        });
      }
      return out;
    }
    function importLevels(facts) {
      if (facts instanceof DecodedFacts)
        return facts.importLevels();
      return { levels: facts.imports.map((i) => i.level), unsure: facts.imports.map((i) => i.guarded || i.typeChecking ? 1 : 0) };
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
        mainGuarded: i.mainGuarded,
        inHandler: i.inHandler,
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

// dist/src/host/heap.js
var require_heap = __commonJS({
  "dist/src/host/heap.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.collectGarbageIfLarge = collectGarbageIfLarge;
    var node_v8_1 = require("node:v8");
    var node_vm_1 = require("node:vm");
    var COLLECT_ABOVE_BYTES = 200 * 1024 * 1024;
    function collectGarbageIfLarge(above = COLLECT_ABOVE_BYTES) {
      if ((0, node_v8_1.getHeapStatistics)().used_heap_size <= above)
        return;
      let gc = globalThis.gc;
      if (gc)
        return gc();
      try {
        (0, node_v8_1.setFlagsFromString)("--expose-gc");
        gc = (0, node_vm_1.runInNewContext)("gc");
      } catch {
      } finally {
        (0, node_v8_1.setFlagsFromString)("--no-expose-gc");
      }
      gc?.();
    }
  }
});

// dist/src/host/jit.js
var require_jit = __commonJS({
  "dist/src/host/jit.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.OPTIMIZING_FROM_BYTES = void 0;
    exports2.optimizeFor = optimizeFor;
    exports2.scanDone = scanDone;
    exports2.optimizing = optimizing;
    exports2.optimizeHotLoops = optimizeHotLoops;
    exports2.optimizeForLongRun = optimizeForLongRun;
    exports2.usedCode = usedCode;
    var node_v8_1 = require("node:v8");
    exports2.OPTIMIZING_FROM_BYTES = 4e6;
    var OPTIMIZING_FROM_MODULES = 6e3;
    var INLINING_FROM_BYTES = 1e8;
    var SHORT_RUN = /* @__PURE__ */ Symbol.for("dunderlint.shortRun");
    var turbofanOff = globalThis[SHORT_RUN] === true;
    function optimizeFor(work) {
      const was = turbofanOff;
      if (work.bytes > exports2.OPTIMIZING_FROM_BYTES || work.modules > OPTIMIZING_FROM_MODULES)
        optimizeHotLoops();
      if (work.bytes > INLINING_FROM_BYTES)
        (0, node_v8_1.setFlagsFromString)("--turbo-inlining");
      return was && !turbofanOff && work.modules <= OPTIMIZING_FROM_MODULES;
    }
    function scanDone() {
      turbofanOff = true;
      (0, node_v8_1.setFlagsFromString)("--no-turbofan");
    }
    function optimizing(loop) {
      if (!turbofanOff)
        return loop();
      (0, node_v8_1.setFlagsFromString)("--turbofan");
      try {
        return loop();
      } finally {
        if (turbofanOff)
          (0, node_v8_1.setFlagsFromString)("--no-turbofan");
      }
    }
    function optimizeHotLoops() {
      turbofanOff = false;
      (0, node_v8_1.setFlagsFromString)("--turbofan");
    }
    function optimizeForLongRun() {
      optimizeHotLoops();
      (0, node_v8_1.setFlagsFromString)("--turbo-inlining");
    }
    var CODE_USED = /* @__PURE__ */ Symbol.for("dunderlint.codeUsed");
    function usedCode(part) {
      const g = globalThis;
      g[CODE_USED] = (g[CODE_USED] ?? 0) | part;
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
    exports2.repositoryPageUrl = repositoryPageUrl;
    exports2.repositoryRawUrl = repositoryRawUrl;
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
    function repositoryPageUrl(file) {
      return REPOSITORY && `${REPOSITORY}/blob/main/${file}`;
    }
    function repositoryRawUrl(file) {
      if (!REPOSITORY)
        return void 0;
      const github = /^https:\/\/github\.com\/(.+)$/.exec(REPOSITORY);
      return github ? `https://raw.githubusercontent.com/${github[1]}/main/${file}` : `${REPOSITORY}/raw/main/${file}`;
    }
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
    exports2.FactsCache = exports2.SCANNER_MODULES = void 0;
    exports2.sealCacheFile = sealCacheFile;
    exports2.blobId = blobId;
    exports2.scannerSourceHash = scannerSourceHash;
    var node_crypto_1 = require("node:crypto");
    var fs = __importStar(require("node:fs"));
    var os = __importStar(require("node:os"));
    var path = __importStar(require("node:path"));
    var zlib = __importStar(require("node:zlib"));
    var heap_1 = require_heap();
    var jit_1 = require_jit();
    var package_info_1 = require_package_info();
    var facts_codec_12 = require_facts_codec();
    var TRUST_AFTER_MS = 2e3;
    var FEW_CHANGES = 16;
    var STAT = 4;
    var contentOf = (r) => typeof r === "string" ? r : r[0];
    var statOf = (r, j) => typeof r === "string" ? -1 : r[j + 1];
    var ID_LENGTH = 40;
    var NEAR_AHEAD = 8;
    var ID_SEARCHES = 32;
    var crc32 = zlib.crc32;
    var MAGIC = Buffer.from(crc32 ? "dlcache5" : "dlcache4");
    var LENGTH_AT = MAGIC.length;
    var SUM_AT = LENGTH_AT + 4;
    var HEADER_AT = SUM_AT + 20;
    function checksum(parts) {
      if (crc32) {
        let value = 0;
        for (const part of parts)
          if (part.length > 0)
            value = crc32(part, value);
        const sum = Buffer.alloc(20);
        sum.writeUInt32LE(value >>> 0, 0);
        return sum;
      }
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
    exports2.SCANNER_MODULES = ["scanner", "facts", "facts-codec", "strings", "source", "wasm/tokenizer-module"];
    function scannerSourceHash(dir, ext) {
      const hash = (0, node_crypto_1.createHash)("sha1");
      for (const name of exports2.SCANNER_MODULES) {
        const text = fs.readFileSync(path.join(dir, `${name}${ext}`));
        hash.update(`${name}${ext} ${text.length}\0`).update(text);
      }
      return hash.digest("hex");
    }
    function toolFingerprint() {
      let scanner;
      if (true)
        scanner = "00299132ebac364877207f0ab0a3db1ba3616e9c";
      else {
        try {
          scanner = scannerSourceHash(path.join(__dirname, "..", "python"), path.extname(__filename));
        } catch {
          scanner = (0, node_crypto_1.createHash)("sha1").update(fs.readFileSync(__filename)).digest("hex");
        }
      }
      return (0, node_crypto_1.createHash)("sha1").update(package_info_1.VERSION).update(os.endianness()).update(scanner).digest("hex").slice(0, 16);
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
      table = new facts_codec_12.StringTable();
      /** Where the next path in file order starts: its index and its offset in `paths`. */
      next = { index: 0, at: 0 };
      /** Where `hasAt` expects the next path. */
      probe = { index: 0, at: 0 };
      /** The last path looked up, and its index: callers ask about one file more than once. */
      last = { path: "", index: void 0 };
      /** Built only if paths are looked up out of order: index and offset of each. */
      pathIndex = null;
      pathStarts = null;
      /** Lookups by content so far without `idIndex`. */
      idSearches = 0;
      /** Built on first use: unmodified files are found by path. */
      idIndex = null;
      /** Loaded entries this run confirmed (they are written back as they were). */
      usedPaths = new Uint8Array(0);
      usedIds = new Uint8Array(0);
      /** Loaded paths whose content this run confirmed by stat data or hash (not by git's id), by index: see contentIdOf. */
      confirmed = /* @__PURE__ */ new Map();
      /** Entries that are new or differ from the loaded ones. */
      newPaths = /* @__PURE__ */ new Map();
      newFacts = /* @__PURE__ */ new Map();
      /** Paths in the order this run asked about them: the order to write them in. */
      seen = [];
      /** Modules whose facts came from the cache, and modules scanned, in this run (for --verbose). */
      counts = { cached: 0, scanned: 0 };
      dir;
      /** The cache file of this project. */
      file;
      /** The folders a repository could hold, from the top down to the cache folder: none may be a link. */
      guarded;
      fingerprint = toolFingerprint();
      /** The project model of the work tree's runs and of --staged runs (model-store.ts), beside the facts. */
      modelFiles;
      /** Models to write with the facts. */
      newModels = /* @__PURE__ */ new Map();
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
        this.modelFiles = { tree: path.join(this.dir, `model-${name}.json`), staged: path.join(this.dir, `model-staged-${name}.json`) };
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
      /** A cache file's bytes (in a buffer of their own, so typed views are aligned), or null if there is none. */
      readFile(file = this.file) {
        let fd;
        try {
          fd = fs.openSync(file, O_RDONLY | O_NOFOLLOW | O_NONBLOCK);
        } catch (e) {
          const code = e.code;
          if (code === "ELOOP")
            throw new Untrusted(`${this.show(file)} is a symbolic link`);
          if (code === "ENXIO")
            throw new Untrusted(`${this.show(file)} is not a regular file`);
          return null;
        }
        try {
          const st = fs.fstatSync(fd);
          if (!st.isFile())
            throw new Untrusted(`${this.show(file)} is not a regular file`);
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
          (0, jit_1.optimizeFor)({ modules: header.pathCount, bytes: 0 });
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
          if (!(0, jit_1.optimizing)(() => consistent(pathIds, idCount, spans, records, header.strings.length)))
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
          this.table = new facts_codec_12.StringTable(header.strings);
          this.usedPaths = new Uint8Array(header.pathCount);
          this.usedIds = new Uint8Array(idCount);
        } catch {
          damaged("malformed header");
        }
      }
      /**
       * The stored project model of this kind of run (model-store.ts), or null: none, unreadable, or
       * the folder is not to be trusted (the facts' load says why, once).
       */
      readModel(staged) {
        this.load();
        if (this.untrusted)
          return null;
        try {
          return this.readFile(staged ? this.modelFiles.staged : this.modelFiles.tree)?.toString("utf8") ?? null;
        } catch {
          return null;
        }
      }
      /** A project model computed in this run, made and written by `save` (never by a --diff run, which saves nothing). */
      keepModel(staged, parts) {
        this.newModels.set(staged ? this.modelFiles.staged : this.modelFiles.tree, parts);
      }
      /** The model of this kind of run, read and kept here (model-store.ts); `contentIdOf` knows the project's content ids. */
      modelSlot(staged, contentIdOf) {
        return {
          read: () => this.readModel(staged),
          keep: (text) => this.keepModel(staged, text),
          factsOf: (id) => this.factsOfContent(id)?.facts ?? null,
          kept: (id) => !this.newFacts.has(id) || !(this.pathCount > 0 && this.fewChanges()),
          contentIdOf
        };
      }
      /** The facts of a content the cache holds (loaded or scanned in this run), or null; not marked as used. */
      factsOfContent(contentId) {
        this.load();
        const scanned = this.newFacts.get(contentId);
        const i = scanned ? void 0 : this.loadedId(contentId);
        const f = scanned ?? (i === void 0 ? null : this.loadedRecord(i));
        return f && { facts: (0, facts_codec_12.decodeFacts)(f.data, f.start, f.strings), readError: f.readError };
      }
      /** The content this run found at a path it looked up (by git's id, stat data or hash), or null. */
      contentIdOf(relPath) {
        const record = this.newPaths.get(relPath);
        if (record)
          return contentOf(record);
        const i = this.confirmed.get(relPath);
        return i === void 0 ? null : this.ids.substr(ID_LENGTH * this.pathIds[i], ID_LENGTH);
      }
      /** Whether the facts of this content are known. */
      has(contentId) {
        this.load();
        return this.newFacts.has(contentId) || this.loadedId(contentId) !== void 0;
      }
      /**
       * Whether the facts of the content at a path are known, for paths asked in file order (--staged
       * asks of every file before reading any): an unmodified file is found where the previous one
       * ended, without indexing every content (a map of 20,000 ids cost a --staged run 12 ms). Such an
       * entry is in use from then on, read or not.
       */
      hasAt(relPath, contentId) {
        this.load();
        const { paths, probe } = this;
        while (probe.index < this.pathCount) {
          const end = paths.indexOf("\0", probe.at);
          const here = probe.index;
          const at = probe.at;
          if (end - at === relPath.length && paths.startsWith(relPath, at)) {
            probe.index++;
            probe.at = end + 1;
            if (this.ids.startsWith(contentId, ID_LENGTH * this.pathIds[here])) {
              this.usedPaths[here] = 1;
              this.usedIds[this.pathIds[here]] = 1;
              this.seen.push(relPath);
              return true;
            }
            break;
          }
          if (paths.slice(at, end) > relPath)
            break;
          probe.index++;
          probe.at = end + 1;
        }
        return this.has(contentId);
      }
      /** Facts for content git vouches for, or null. */
      byContentId(relPath, contentId) {
        this.load();
        const i = this.loadedPath(relPath);
        if (i !== void 0 && this.pathStat[STAT * i] === -1 && this.ids.startsWith(contentId, ID_LENGTH * this.pathIds[i])) {
          this.usedPaths[i] = 1;
          return this.loadedFacts(this.pathIds[i]);
        }
        return this.decoded(this.use(relPath, contentId));
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
        this.confirmed.set(relPath, i);
        return this.loadedFacts(this.pathIds[i]);
      }
      /** The facts of loaded content `i`, marked as used. */
      loadedFacts(i) {
        this.usedIds[i] = 1;
        this.counts.cached++;
        return { facts: (0, facts_codec_12.decodeFacts)(this.records, this.spans[2 * i], this.table.strings), readError: this.errors[i] ?? null };
      }
      /**
       * Facts for content read and hashed by the caller (a file touched but unchanged, or copied), or
       * null. `stat` (null when git vouched for the content) is kept only if the file was modified long
       * enough before `now` to be trusted.
       */
      byContent(relPath, contentId, stat, now) {
        this.load();
        return this.decoded(this.remember(relPath, contentId, stat, now));
      }
      /**
       * Facts scanned and encoded in this run (by a worker thread, or in this thread: modules.ts), for
       * content read and hashed by the caller; the record is stored as it is.
       */
      storeScanned(relPath, contentId, stat, now, record) {
        this.load();
        this.counts.scanned++;
        if (!this.has(contentId))
          this.newFacts.set(contentId, record);
        this.remember(relPath, contentId, stat, now);
        return { facts: (0, facts_codec_12.decodeFacts)(record.data, record.start, record.strings), readError: record.readError };
      }
      remember(relPath, contentId, stat, now) {
        const trusted = stat !== null && stat.mtimeMs < now - TRUST_AFTER_MS && stat.ctimeMs < now - TRUST_AFTER_MS;
        return this.use(relPath, trusted ? [contentId, stat.size, stat.mtimeMs, stat.ctimeMs, stat.ino] : contentId);
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
        } else if ((index = this.nearAhead(relPath)) === void 0) {
          index = this.outOfOrder().get(relPath);
          if (index !== void 0) {
            next.index = index + 1;
            next.at = this.pathStarts[index] + relPath.length + 1;
          }
        }
        this.last = { path: relPath, index };
        return index;
      }
      /**
       * A path a few entries past where the previous one ended (a run that skips a file or two: the
       * files --staged reads from git's blobs), found without indexing every path; `next` then follows it.
       */
      nearAhead(relPath) {
        if (this.pathIndex)
          return void 0;
        const { paths, next } = this;
        let at = next.at;
        for (let i = next.index; i < this.pathCount && i < next.index + NEAR_AHEAD; i++) {
          const end = paths.indexOf("\0", at);
          if (end - at === relPath.length && paths.startsWith(relPath, at)) {
            next.index = i + 1;
            next.at = end + 1;
            return i;
          }
          at = end + 1;
        }
        return void 0;
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
        if (!this.idIndex && this.idSearches++ < ID_SEARCHES) {
          for (let at = this.ids.indexOf(contentId); at !== -1; at = this.ids.indexOf(contentId, at + 1)) {
            if (at % ID_LENGTH === 0)
              return at / ID_LENGTH;
          }
          return void 0;
        }
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
        return this.loadedRecord(i);
      }
      /** The record of loaded content `i`. */
      loadedRecord(i) {
        return { data: this.records, start: this.spans[2 * i], length: this.spans[2 * i + 1], strings: this.table.strings, readError: this.errors[i] ?? null };
      }
      /** Records that `relPath` holds `record`'s content in this run; its facts, or null if unknown. */
      use(relPath, record) {
        const loaded = this.loadedId(contentOf(record));
        const f = this.useId(contentOf(record), loaded);
        if (!f)
          return null;
        if (loaded === void 0) {
          this.seen.push(relPath);
          this.newPaths.set(relPath, record);
          return f;
        }
        const i = this.loadedPath(relPath);
        const at = STAT * (i ?? 0);
        const same = i !== void 0 && this.ids.startsWith(contentOf(record), ID_LENGTH * this.pathIds[i]) && this.pathStat[at] === statOf(record, 0) && this.pathStat[at + 1] === statOf(record, 1) && this.pathStat[at + 2] === statOf(record, 2) && this.pathStat[at + 3] === statOf(record, 3);
        if (same) {
          this.usedPaths[i] = 1;
          this.confirmed.set(relPath, i);
        } else
          this.newPaths.set(relPath, record);
        return f;
      }
      decoded(f) {
        if (f)
          this.counts.cached++;
        return f && { facts: (0, facts_codec_12.decodeFacts)(f.data, f.start, f.strings), readError: f.readError };
      }
      /**
       * Writes what this run used (entries for files gone since are dropped), atomically, and only if
       * something changed; returns a warning instead of failing (read-only CI folders), or the one
       * about the cache folder or file found when loading.
       *
       * A run that found a cache and changed only a few of its entries (scanned a few edited modules
       * or staged blobs, met a few new paths) leaves it as it was: the files someone is editing change
       * again before the next run, and writing them rewrote the whole file every time (typeshed after
       * a one-file edit: 150 of 750 ms; a --staged hook at 20,000 modules: 100 of 600 ms) to save
       * scanning a few files again.
       */
      save() {
        this.load();
        if (this.untrusted)
          return this.problem;
        const error = this.pathCount > 0 && this.fewChanges() ? null : this.write();
        const modelError = this.writeModels();
        return this.problem ?? error ?? modelError;
      }
      writeModels() {
        try {
          for (const [file, parts] of this.newModels) {
            this.checkFolders(true);
            replaceFile(file, parts());
          }
          return null;
        } catch (e) {
          if (e instanceof Untrusted)
            return this.untrustedWarning(e);
          return `cannot write the cache in ${this.show(this.dir)}: ${cause(e)}; use --no-cache or --cache-dir`;
        } finally {
          this.newModels.clear();
        }
      }
      /**
       * Entries of files this run did not use stay until a write: files deleted, or left out of this
       * run (a --staged run leaves out untracked files, which the next plain run reads again).
       */
      fewChanges() {
        return this.newFacts.size <= FEW_CHANGES && this.newPaths.size <= FEW_CHANGES;
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
          (0, heap_1.collectGarbageIfLarge)();
          const loadedUsed = this.usedIds.includes(1);
          let records = this.newFacts;
          if (loadedUsed) {
            records = /* @__PURE__ */ new Map();
            for (let i = 0; i < this.idCount; i++) {
              if (this.usedIds[i])
                records.set(this.ids.substr(ID_LENGTH * i, ID_LENGTH), this.useId("", i));
            }
            for (const [id, f] of this.newFacts)
              records.set(id, f);
          }
          const { strings, data } = packRecordsOf(records, loadedUsed);
          const errors = {};
          const index = /* @__PURE__ */ new Map();
          const spans = new Int32Array(2 * records.size);
          let at = 0;
          for (const [id, f] of records) {
            if (f.readError !== null)
              errors[index.size] = f.readError;
            spans[2 * index.size] = at;
            spans[2 * index.size + 1] = f.length;
            index.set(id, index.size);
            at += f.length;
          }
          const written = /* @__PURE__ */ new Set();
          const pathStat = new Float64Array(STAT * this.seen.length);
          const pathIds = new Int32Array(this.seen.length);
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
            const k = written.size;
            written.add(p);
            for (let j = 0; j < STAT; j++)
              pathStat[STAT * k + j] = statOf(record, j);
            pathIds[k] = index.get(contentOf(record));
          }
          const header = { tool: this.fingerprint, strings, ids: [...index.keys()].join(""), errors, paths: written.size ? `${[...written].join("\0")}\0` : "", pathCount: written.size };
          const json = Buffer.from(JSON.stringify(header));
          const prefix = Buffer.alloc(HEADER_AT);
          MAGIC.copy(prefix);
          prefix.writeUInt32LE(json.length, LENGTH_AT);
          const padding = Buffer.alloc((HEADER_AT + json.length + 7 & ~7) - HEADER_AT - json.length);
          const parts = [prefix, json, padding, pathStat.subarray(0, STAT * written.size), pathIds.subarray(0, written.size), spans, ...data].map((p) => new Uint8Array(p.buffer, p.byteOffset, p.byteLength));
          checksum([prefix.subarray(0, SUM_AT), ...parts.slice(1)]).copy(prefix, SUM_AT);
          replaceFile(this.file, parts);
          return null;
        } catch (e) {
          if (e instanceof Untrusted)
            return this.untrustedWarning(e);
          return `cannot write the cache in ${this.show(this.dir)}: ${cause(e)}; use --no-cache or --cache-dir`;
        }
      }
    };
    exports2.FactsCache = FactsCache;
    function packRecordsOf(records, loadedUsed) {
      const first = records.values().next().value;
      let shared = !loadedUsed && first !== void 0;
      for (const f of records.values())
        if (f.strings !== first.strings)
          shared = false;
      if (shared) {
        const data2 = [];
        let run = null;
        const flush = () => {
          if (run)
            data2.push(run.data instanceof Int32Array ? run.data.subarray(run.start, run.end) : Int32Array.from({ length: run.end - run.start }, (_, k) => run.data[run.start + k]));
        };
        for (const f of records.values()) {
          if (run && run.data === f.data && run.end === f.start)
            run.end += f.length;
          else {
            flush();
            run = { data: f.data, start: f.start, end: f.start + f.length };
          }
        }
        flush();
        return { strings: first.strings, data: data2 };
      }
      const strings = new facts_codec_12.StringTable();
      const reinterner = new facts_codec_12.Reinterner(strings);
      let total = 0;
      for (const f of records.values())
        total += f.length;
      const data = new Int32Array(total);
      let at = 0;
      for (const f of records.values()) {
        reinterner.copy(f.data, f.start, f.length, f.strings, data, at);
        at += f.length;
      }
      return { strings: strings.strings, data: [data] };
    }
    function replaceFile(file, parts) {
      const tmp = `${file}.${(0, node_crypto_1.randomBytes)(6).toString("hex")}.tmp`;
      writeNew(tmp, parts);
      try {
        fs.renameSync(tmp, file);
      } catch (e) {
        fs.rmSync(tmp, { force: true });
        throw e;
      }
    }
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
        if (!(0, facts_codec_12.validRecord)(records, spans[i], spans[i + 1], stringCount))
          return false;
      }
      for (const id of pathIds)
        if (!(id >= 0 && id < idCount))
          return false;
      return true;
    }
  }
});

// dist/src/python/wasm/tokenizer-module.js
var require_tokenizer_module = __commonJS({
  "dist/src/python/wasm/tokenizer-module.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.TOKENIZER_WASM_WIDE = exports2.TOKENIZER_WASM = void 0;
    exports2.TOKENIZER_WASM = "AGFzbQEAAAABOQlgAAF/YAJ/fwF/YAAAYAF/AGABfwF/YAN/f38Bf2AGf39/f39/AGADf39/AGAIf39/f39/f38BfwMTEgAAAgABBAUBAQEGBwMCAwgAAAUDAQACBmATfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBfwt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAsHTAYGdGFibGVzAAAFaW5wdXQAAQh0b2tlbml6ZQAPEmR5bmFtaWNJbXBvcnRDb3VudAAQDmRpcmVjdGl2ZUNvdW50ABEGbWVtb3J5AgAMARAKzC0SBQBBgAgLBgBBkPACC78FAQZ/IwIiAiEBA0AgASMBSARAIwAgAWotAAAiA0ENRiADQQpGckUEQEEBIAAgAAR/QQAFIANB5ABGBH8Cf0EAIQBBACMBQdztAigCAEEBdiIEIAFqSA0AGgNAIAAgBEgEQCMAIAAgAWpqLQAAIQVBACAAQdztAigCAEEBdk8Ef0F/BSAAQQF0QeDtAmovAQALIAVHDQIaIABBAWohAAwBCwtBAQsFQQALBEBBASEABSADQc4ARiADQe4ARnIEQAJAQQAhACMBIAFBBGpIDQAjACABai0AAEEgckHuAEcEf0EBBSMAIAFBAWpqLQAAQSByQe8ARwsEf0EBBSMAIAFBAmpqLQAAQSByQfEARwsEf0EBBSMAIAFBA2pqLQAAQSByQeEARwsNACMAIAFBBGpqLQAAIgBB3wBGIQQgAEE5TSAAQTBPcQR/QQEFIABB2gBNIABBwQBPcQsEf0EBBSAAQfoATSAAQeEAT3ELIARyRSEACwVBACEACwsgAAR/QQEFIANB8ABGBH8Cf0EAIQBBACMBQYzuAigCAEEBdiIEIAFqSA0AGgNAIAAgBEgEQCMAIAAgAWpqLQAAIQVBACAAQYzuAigCAEEBdk8Ef0F/BSAAQQF0QZDuAmovAQALIAVHDQIaIABBAWohAAwBCwtBAQsFQQALCwR/QQEFIANB9ABGBH8Cf0EAIQBBACMBQbzuAigCAEEBdiIDIAFqSA0AGgNAIAAgA0gEQCMAIAAgAWpqLQAAIQRBACAAQbzuAigCAEEBdk8Ef0F/BSAAQQF0QcDuAmovAQALIARHDQIaIABBAWohAAwBCwtBAQsFQQALCwsbIQAgAUEBaiEBDAILCwsgASQCIAAEQCMJIxJBAmpIBEBBASQIDwsjESMSQQJ0aiACNgIAIxEjEkEBakECdGogATYCACMSQQJqJBILC+kDAQR/IwIhAANAAkBBACEDA0AgACMBSARAAkAjACAAai0AACIBQSBGBH8gA0EBagUgAUEMRiABQQlGciABQdwARnIEQEEBJAhBAA8FDAILAAshAyAAQQFqIQAMAgsLCyAAIwFIBH8jACAAai0AAEEjRgVBAAsEQCAAJAIQAiMCIQALIwEgAEwEQCAAJAJBAA8LIwAgAGotAAAiAUEKRgR/IABBAWoFIAFBDUcNASAAQQJBASMAIABBAWpqLQAAQQpGG2oLIQAMAQsLIAAkAiMEQQJ0QZzOAmooAgAiASADSARAIwRB6AdGBEBBASQIQQAPCyMEQQJ0QaDOAmogAzYCACMEQQFqJAQCQCMKIwlGBEBBASQIDAELIwoiAiMLakEHOgAAIAJBAnQiASMMaiAANgIAIw0gAWogADYCACMOIAJBAXRqQQA7AQAjCkEBaiQKCwUgASADSgRAA0AjBEEBSgR/IAMjBEECdEGczgJqKAIASAVBAAsEQCMEQQFrJAQCQCMKIwlGBEBBASQIDAELIwoiAiMLakEIOgAAIAJBAnQiASMMaiAANgIAIw0gAWogADYCACMOIAJBAXRqQQA7AQAjCkEBaiQKCwwBCwsgAyMEQQJ0QZzOAmooAgBHBEBBASQICwsLQQELlgEBA38CQCABIABrIgRBAkoNAANAIAAgAUgEQCMAIABqLQAAQSByIgNB8gBGBH8gAkEBcQ0DIAJBAXIFIANB4gBGBH8gAkEWcQ0EIAJBAnIFIANB9ABGIANB5gBGcgR/IAJBFnENBSACQQRyBSADQfUARw0FIARBAUcNBSACQRByCwsLIQIgAEEBaiEADAELCyACDwtBfwunAgECfyMAIABqLQAAIgEjACAAQQFqai0AAEYEfyABIwAgAEECamotAABGBUEACwRAIABBA2ohAANAIAAjAUgEQCMAIABqLQAAIgJB3ABGBH8gAEECagUgASACRgR/IAEjACAAQQFqai0AAEYFQQALBH8gASMAIABBAmpqLQAARgVBAAsEfyAAQQNqDwUgAEEBagsLIQAMAQsLQQEkCCMBDwsgAEEBaiEAA0AgACMBSARAAkAjACAAai0AACICIAFGBEAgAEEBag8LIAJB3ABGBEAgAEEDQQIjACAAQQFqai0AAEENRgR/IwAgAEECamotAABBCkYFQQALG2ohAAwDCyACQQ1GIAJBCkZyDQAgAEEBaiEADAILCwtBASQIIAAjASAAIwFIGwuOBAEDfyAAIQMDQCMIRSADIwFIcQRAIwAgA2otAAAiBEEiRiAEQSdGcgRAIAMhBANAIAAgBEgEfyMAIARBAWtqLQAAQYABSQVBAAsEfyMAIARBAWtqLQAAQYAKai0AAEEBRgVBAAsEQCAEQQFrIQQMAQsLIAMgBEoEfyAEIAMQBAVBAAsiBEEEcUEAIARBAE4bBH8gAyAEEAgFIAMQBQshAwwCCyAEQdsARiAEQShGciAEQfsARnIEQCAFQQFqIQUFIARB3QBGIARBKUZyBEAgBUEBayEFBSAEQf0ARgRAIAVFBEAgA0EBag8LIAVBAWshBQUgBUUgBEE6RnEEfyMAIANBAWpqLQAAQT1HBUEACwRAAn8gA0EBaiEAA0AjCEUgACMBSHEEQCMAIABqLQAAIgNB+wBGBEAjB0GWAUYEQEEBJAgjAQwECyMHQQFqJAcgAEEBaiABIAIQBiEAIwdBAWskBwwCCyAAQQFqIANB/QBGDQIaIAEgA0YEf0EBBSACRSADQQ1GIANBCkZycQsEQEEBJAggAAwDCyAAQQFqIAAgA0HcAEYbQQFqIQAMAQsLQQEkCCMBCw8FIARBI0YEQANAIAMjAUgEfyMAIANqLQAAQQpHBUEACwR/IwAgA2otAABBDUcFQQALBEAgA0EBaiEDDAELCwwGCwsLCwsgA0EBaiEDDAELC0EBJAgjAQu2AwEDfyABQQFxIQIgAEEDQQEjACAAai0AACIDIwAgAEEBamotAABGBH8gAyMAIABBAmpqLQAARgVBAAsiARtqIQADQCMIRSAAIwFIcQRAAkAjACAAai0AACIEIANGBH8gAQR/IAMjACAAQQFqai0AAEYEfyADIwAgAEECamotAABGBUEACwVBAQsFQQALBEAgAEEDQQEgARtqDwsgBEHcAEYEQCACRSMAIABBAWpqLQAAIgRBzgBGcQR/IwAgAEECamotAABB+wBGBUEACwR/IwEhBCAAQQNqIQACQANAIAAjAUgEQCMAIABqLQAAQf0ARg0CIABBAWohAAwBCwtBfyEACyAEIABBAWogAEF/RhsFIABBAUECIARB/QBGIARB+wBGchtqCyEADAMLIARB+wBGBEAjACAAQQFqai0AAEH7AEYEQCAAQQJqIQAMBAsgAEEBaiADIAEQBiEADAMLIARB/QBGBEAjACAAQQFqai0AAEH9AEYEfyAAQQJqBUEBJAgjAQ8LIQAMAwsgAUUgBEENRiAEQQpGcnENACAAQQFqIQAMAgsLC0EBJAggACMBIAAjAUgbCyoAIwdBlgFGBEBBASQIIwEPCyMHQQFqJAcgACABEAchACMHQQFrJAcgAAudAQEDfyMLIABqLQAAQQFHBEBBAA8LIABBAnQiACMMaigCACEDIAFBFGsoAhBBAXYiBCMNIABqKAIAIANrRgR/An9BACMBIAMgBGpIDQAaA0AgAiAESARAIwAgAiADamotAAAhAEEAIAIgAUEUaygCEEEBdk8Ef0F/BSABIAJBAXRqLwEACyAARw0CGiACQQFqIQIMAQsLQQELBUEACwuRAgECfyMFQQAgBBsEfyAAQQRGBH8jCyMGai0AAEEERgVBAAsFQQELBEBBASEEBQJAQQAhBCMGIgZB4O4CEAkEf0EBBSAGQYDvAhAJCwR/QQEFIAZBoO8CEAkLRQ0AQQEhBCAGRQ0AIAZBAWsiByMLai0AACIGQQdGIAZBBkZyIAZBCEZyDQAjDiAHQQF0ai8BACEEIAZBBUYEfyAEQTpGIARBO0ZyBUEACyEECwsgBEUEQEEBJAgPCyMKIQQCQCMKIwlGBEBBASQIDAELIwoiBiMLaiAAOgAAIAZBAnQiACMMaiABNgIAIw0gAGogAjYCACMOIAZBAXRqIAM7AQAjCkEBaiQKCyAEJAYgBUEARyQFC18BAn8gAkEEcQR/IAEgAhAIBSABEAULIQMjACABai0AACIEIwAgAUEBamotAABGBH8gBCMAIAFBAmpqLQAARgVBAAshASADJAJBBCAAIANBCEEAIAEbIAJyQQFBARAKC4oFAQd/IABBAWohAQNAIAEjAUgEfyMAIAFqLQAAQYABSQVBAAsEfyMAIAFqLQAAQYALai0AAEEBRgVBAAsEQCABQQFqIQEMAQsLIAEjAUgEfyMAIAFqLQAAQYABTwVBAAsEQEEBJAgPCyMAIAFqLQAAIgJBIkYgAkEnRnIEQCAAIAEQBCICQQBOBEAgACABIAIQCw8LCyABJAICf0EAIAEgAGsiB0ECSCAHQQhKciMAIABqLQAAIgJB4QBJciACQfoAS3INABogAkHhAGtBBHQgB2oiAkGAFGotAAAhBSACQYAQai0AACECA0AgAiAFSARAIAJBA3RBwBhqIQZBASEEQQEhAwNAIAMgB0gEQAJAIwAgACADamotAAAgAyAGai0AAEcEQEEAIQQMAQsgA0EBaiEDDAILCwsgBARAIAJBgBhqLQAADAMLIAJBAWohAgwBCwtBAAsiAgRAQQIgACABIAJBAEEAEAoFQQEgACABQQBBAUEBEAogASAAayIBQQpGIAFBDUZyBH8Cf0EAIQFBACMBQbzvAigCAEEBdiICIABqSA0AGgNAIAEgAkgEQCMAIAAgAWpqLQAAIQNBACABQbzvAigCAEEBdk8Ef0F/BSABQQF0QcDvAmovAQALIANHDQIaIAFBAWohAQwBCwtBAQsEf0EBBQJ/QQAhAUEAIwFB7O8CKAIAQQF2IgIgAGpIDQAaA0AgASACSARAIwAgACABamotAAAhA0EAIAFB7O8CKAIAQQF2TwR/QX8FIAFBAXRB8O8Cai8BAAsgA0cNAhogAUEBaiEBDAELC0EBCwsFQQALBEAjECMJRgRAQQEkCA8LIw8jEEECdGogADYCACMQQQFqJBALCwvJBAEHfyMCIgQiACMAai0AACEGIwAgAEEBamotAABBIHIhASAGQTBGBH8gAUHvAEYgAUH4AEZyIAFB4gBGcgVBAAsEQCAAQQJqIQADQCAAIwFIBH8jACAAai0AACIBQd8ARiECIAFBOU0gAUEwT3EEf0EBBSABQeYATSABQeEAT3ELBH9BAQUgAUHGAE0gAUHBAE9xCyACcgVBAAsEQCAAQQFqIQAMAQsLBSAAIQEDQCAAIwFIBH8jACAAai0AACIFQTlNIAVBME9xBH9BAQUjACAAai0AAEHfAEYLBUEACwRAIABBAWohAAwBCwsgBkEwRgRAA0AgACABSgRAQQEgAyMAIAFqLQAAIgNB3wBHIANBMEdxGyEDIAFBAWohAQwBCwsLIwAgAGotAABBLkYEQEEBIQIgAEEBaiEAA0AgACMBSAR/IwAgAGotAAAiAUE5TSABQTBPcQR/QQEFIwAgAGotAABB3wBGCwVBAAsEQCAAQQFqIQAMAQsLCyMAIABqLQAAQSByQeUARgRAIABBAWoiASMAai0AACEFIABBAmogASAFQS1GIAVBK0ZyGyIBIwBqLQAAIgVBOU0gBUEwT3EEQEEBIQIgASEAA0AgACMBSAR/IwAgAGotAAAiAUE5TSABQTBPcQR/QQEFIwAgAGotAABB3wBGCwVBAAsEQCAAQQFqIQAMAQsLCwsjACAAai0AAEEgckHqAEYEQEEBIQIgAEEBaiEACyACRSADcQRAQQEkCAsLIAAkAkEDIAQgAEEAQQFBARAKC+sDAQV/IwIhAwJAIABB+wBGIgEgAEHbAEYgAEEoRnJyBEAjA0HIAUYNASMDQQJ0QYDIAmogADYCACMDQQFqJAMgA0EBaiICJAJBBSADIAIgACABQQAQCg8LIABBKUYiASAAQd0ARnIgAEH9AEZyBEAjA0UNASMDQQFrJAMjA0ECdEGAyAJqKAIAIQIgAQR/QSgFQdsAQfsAIABB3QBGGwsgAkcNASADQQFqIgEkAkEFIAMgASAAQQBBARAKDwtBAiECIANBAWoiASMBSAR/IwAgAWotAAAFQQALIgFBgAFIBH8gAEEHdCABckEBdEGAyABqLwEABUEACyIBBEAgAUG4CmotAAAiBARAIANBAmoiBSMBSAR/IAQjACAFai0AAEYFQQALBEBBAyECQdMBQdUBIAFB0wFGGyEABSABQdMBRgRAQQEhAgUgASEACwsgACEBBSABQcwBRg0CCwVBASECIAAiAUGACWotAABFDQELIAIgA2oiACQCQQUgAyAAIAEgAUHTAUYiAARAIwYiACMKQQFrRyAAQQBIcgR/QQAFIw4gAEEBdGovAQAiAUEQRiMLIABqLQAAIgBBAkZxBH9BAQUgAEEFRgR/IAFB0wFGIAFBLkZyBUEACwsLRSEACyAAIAAQCg8LQQEkCAv8BgBBkPACJAAgACQBQQAkAkEAJANBASQEQaDOAkEANgIAQQAkBUF/JAZBACQHQQAkCCABJAlBACQKIAIkCyADJAwgBCQNIAUkDiAGJA9BACQQIAckEUEAJBJBASECAkADQCMIRSMCIwFIcQRAIAIEQEEAIQIjAwR/QQEFEAMLRQ0CCyMCIwBqLQAAIgBBgAFPDQIgAEGACGotAAAiAUEBRgRAIwIQDAUgAUEDRgRAIwJBAWohAANAIAAjAUgEfyMAIABqLQAAQSBGBUEACwRAIABBAWohAAwBCwsgACQCBSABBEAgAUEERgRAIwJBAkEBIABBDUYEfyMAIwJBAWpqLQAAQQpGBUEACxtqJAIjA0UEQCMKQQBKBEAjAiEAIwsjCkEBa2otAAAiAUEHRyABQQZHcSABQQhHcQRAAkAjCiMJRgRAQQEkCAwBCyMKIgEjC2pBBjoAACABQQJ0IgIjDGogADYCACMNIAJqIAA2AgAjDiABQQF0akEAOwEAIwpBAWokCgsLC0EAJAVBASECCwUgAUECRgRAEA0FIAFBBUYEQCMCIwJBABALBSABQQZGBEAQAgUgAUEHRgRAIwAjAkEBamotAAAiAEEKRgRAIwJBAmokAgUgAEENRgRAIwJBA0ECIwAjAkECamotAABBCkYbaiQCBQwMCwsFDAoLCwsLCwUgAEEuRgR/IwAjAkEBamotAAAiAUE5TSABQTBPcQVBAAsEQBANBSAAEA4LCwsLDAELCyMIDQAjAw0AIwpBAEoEQCMBIQAjCyMKQQFrai0AACIBQQdHIAFBBkdxIAFBCEdxBEACQCMKIwlGBEBBASQIDAELIwoiASMLakEGOgAAIAFBAnQiAiMMaiAANgIAIw0gAmogADYCACMOIAFBAXRqQQA7AQAjCkEBaiQKCwsLQQAkBUEBIQEDQCABIwRIBEAjASEAIwEhAgJAIwojCUYEQEEBJAgMAQsjCiIDIwtqQQg6AAAgA0ECdCIEIwxqIAA2AgAjDSAEaiACNgIAIw4gA0EBdGpBADsBACMKQQFqJAoLIAFBAWohAQwBCwsjASEAIwEhAQJAIwojCUYEQEEBJAgMAQsjCiICIwtqQQk6AAAgAkECdCIDIwxqIAA2AgAjDSADaiABNgIAIw4gAkEBdGpBADsBACMKQQFqJAoLIwgNACMKDwtBfwsEACMQCwQAIxILC6kCEABBzO0CCwEsAEHY7QILHQIAAAAWAAAAZAB1AG4AZABlAHIAbABpAG4AdAA6AEH87QILASwAQYjuAgsXAgAAABAAAABwAHkAcgBpAGcAaAB0ADoAQazuAgsBHABBuO4CCxECAAAACgAAAHQAeQBwAGUAOgBBzO4CCwEcAEHY7gILEQIAAAAKAAAAbQBhAHQAYwBoAEHs7gILARwAQfjuAgsPAgAAAAgAAABjAGEAcwBlAEGM7wILARwAQZjvAgsPAgAAAAgAAAB0AHkAcABlAEGs7wILASwAQbjvAgshAgAAABoAAABpAG0AcABvAHIAdABfAG0AbwBkAHUAbABlAEHc7wILASwAQejvAgsbAgAAABQAAABfAF8AaQBtAHAAbwByAHQAXwBf";
    exports2.TOKENIZER_WASM_WIDE = "AGFzbQEAAAABOQlgAAF/YAJ/fwF/YAAAYAF/AGABfwF/YAN/f38Bf2AGf39/f39/AGADf39/AGAIf39/f39/f38BfwMTEgAAAgABBAUBAQEGBwMCAwgAAAUDAQACBmATfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBfwt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAsHTAYGdGFibGVzAAAFaW5wdXQAAQh0b2tlbml6ZQAPEmR5bmFtaWNJbXBvcnRDb3VudAAQDmRpcmVjdGl2ZUNvdW50ABEGbWVtb3J5AgAMARAKsC8SBQBBgAgLBgBBkPACC9oFAQZ/IwIiAiEBA0AgASMBSARAIwAgAUEBdGovAQAiA0ENRiADQQpGckUEQEEBIAAgAAR/QQAFIANB5ABGBH8Cf0EAIQBBACMBQdztAigCAEEBdiIEIAFqSA0AGgNAIAAgBEgEQCMAIAAgAWpBAXRqLwEAIQVBACAAQdztAigCAEEBdk8Ef0F/BSAAQQF0QeDtAmovAQALIAVHDQIaIABBAWohAAwBCwtBAQsFQQALBEBBASEABSADQc4ARiADQe4ARnIEQAJAQQAhACMBIAFBBGpIDQAjACABQQF0ai8BAEEgckHuAEcEf0EBBSMAIAFBAWpBAXRqLwEAQSByQe8ARwsEf0EBBSMAIAFBAmpBAXRqLwEAQSByQfEARwsEf0EBBSMAIAFBA2pBAXRqLwEAQSByQeEARwsNACMAIAFBBGpBAXRqLwEAIgBB3wBGIQQgAEE5TSAAQTBPcQR/QQEFIABB2gBNIABBwQBPcQsEf0EBBSAAQfoATSAAQeEAT3ELIARyRSEACwVBACEACwsgAAR/QQEFIANB8ABGBH8Cf0EAIQBBACMBQYzuAigCAEEBdiIEIAFqSA0AGgNAIAAgBEgEQCMAIAAgAWpBAXRqLwEAIQVBACAAQYzuAigCAEEBdk8Ef0F/BSAAQQF0QZDuAmovAQALIAVHDQIaIABBAWohAAwBCwtBAQsFQQALCwR/QQEFIANB9ABGBH8Cf0EAIQBBACMBQbzuAigCAEEBdiIDIAFqSA0AGgNAIAAgA0gEQCMAIAAgAWpBAXRqLwEAIQRBACAAQbzuAigCAEEBdk8Ef0F/BSAAQQF0QcDuAmovAQALIARHDQIaIABBAWohAAwBCwtBAQsFQQALCwsbIQAgAUEBaiEBDAILCwsgASQCIAAEQCMJIxJBAmpIBEBBASQIDwsjESMSQQJ0aiACNgIAIxEjEkEBakECdGogATYCACMSQQJqJBILC/UDAQR/IwIhAANAAkBBACEDA0AgACMBSARAAkAjACAAQQF0ai8BACIBQSBGBH8gA0EBagUgAUEMRiABQQlGciABQdwARnIEQEEBJAhBAA8FDAILAAshAyAAQQFqIQAMAgsLCyAAIwFIBH8jACAAQQF0ai8BAEEjRgVBAAsEQCAAJAIQAiMCIQALIwEgAEwEQCAAJAJBAA8LIwAgAEEBdGovAQAiAUEKRgR/IABBAWoFIAFBDUcNASAAQQJBASMAIABBAWpBAXRqLwEAQQpGG2oLIQAMAQsLIAAkAiMEQQJ0QZzOAmooAgAiASADSARAIwRB6AdGBEBBASQIQQAPCyMEQQJ0QaDOAmogAzYCACMEQQFqJAQCQCMKIwlGBEBBASQIDAELIwoiAiMLakEHOgAAIAJBAnQiASMMaiAANgIAIw0gAWogADYCACMOIAJBAXRqQQA7AQAjCkEBaiQKCwUgASADSgRAA0AjBEEBSgR/IAMjBEECdEGczgJqKAIASAVBAAsEQCMEQQFrJAQCQCMKIwlGBEBBASQIDAELIwoiAiMLakEIOgAAIAJBAnQiASMMaiAANgIAIw0gAWogADYCACMOIAJBAXRqQQA7AQAjCkEBaiQKCwwBCwsgAyMEQQJ0QZzOAmooAgBHBEBBASQICwsLQQELmQEBA38CQCABIABrIgRBAkoNAANAIAAgAUgEQCMAIABBAXRqLwEAQSByIgNB8gBGBH8gAkEBcQ0DIAJBAXIFIANB4gBGBH8gAkEWcQ0EIAJBAnIFIANB9ABGIANB5gBGcgR/IAJBFnENBSACQQRyBSADQfUARw0FIARBAUcNBSACQRByCwsLIQIgAEEBaiEADAELCyACDwtBfwvCAgECfyMAIABBAXRqLwEAIgEjACAAQQFqQQF0ai8BAEYEfyABIwAgAEECakEBdGovAQBGBUEACwRAIABBA2ohAANAIAAjAUgEQCMAIABBAXRqLwEAIgJB3ABGBH8gAEECagUgASACRgR/IAEjACAAQQFqQQF0ai8BAEYFQQALBH8gASMAIABBAmpBAXRqLwEARgVBAAsEfyAAQQNqDwUgAEEBagsLIQAMAQsLQQEkCCMBDwsgAEEBaiEAA0AgACMBSARAAkAjACAAQQF0ai8BACICIAFGBEAgAEEBag8LIAJB3ABGBEAgAEEDQQIjACAAQQFqQQF0ai8BAEENRgR/IwAgAEECakEBdGovAQBBCkYFQQALG2ohAAwDCyACQQ1GIAJBCkZyDQAgAEEBaiEADAILCwtBASQIIAAjASAAIwFIGwujBAEDfyAAIQMDQCMIRSADIwFIcQRAIwAgA0EBdGovAQAiBEEiRiAEQSdGcgRAIAMhBANAIAAgBEgEfyMAIARBAWtBAXRqLwEAQYABSQVBAAsEfyMAIARBAWtBAXRqLwEAQYAKai0AAEEBRgVBAAsEQCAEQQFrIQQMAQsLIAMgBEoEfyAEIAMQBAVBAAsiBEEEcUEAIARBAE4bBH8gAyAEEAgFIAMQBQshAwwCCyAEQdsARiAEQShGciAEQfsARnIEQCAFQQFqIQUFIARB3QBGIARBKUZyBEAgBUEBayEFBSAEQf0ARgRAIAVFBEAgA0EBag8LIAVBAWshBQUgBUUgBEE6RnEEfyMAIANBAWpBAXRqLwEAQT1HBUEACwRAAn8gA0EBaiEAA0AjCEUgACMBSHEEQCMAIABBAXRqLwEAIgNB+wBGBEAjB0GWAUYEQEEBJAgjAQwECyMHQQFqJAcgAEEBaiABIAIQBiEAIwdBAWskBwwCCyAAQQFqIANB/QBGDQIaIAEgA0YEf0EBBSACRSADQQ1GIANBCkZycQsEQEEBJAggAAwDCyAAQQFqIAAgA0HcAEYbQQFqIQAMAQsLQQEkCCMBCw8FIARBI0YEQANAIAMjAUgEfyMAIANBAXRqLwEAQQpHBUEACwR/IwAgA0EBdGovAQBBDUcFQQALBEAgA0EBaiEDDAELCwwGCwsLCwsgA0EBaiEDDAELC0EBJAgjAQvXAwEDfyABQQFxIQIgAEEDQQEjACAAQQF0ai8BACIDIwAgAEEBakEBdGovAQBGBH8gAyMAIABBAmpBAXRqLwEARgVBAAsiARtqIQADQCMIRSAAIwFIcQRAAkAjACAAQQF0ai8BACIEIANGBH8gAQR/IAMjACAAQQFqQQF0ai8BAEYEfyADIwAgAEECakEBdGovAQBGBUEACwVBAQsFQQALBEAgAEEDQQEgARtqDwsgBEHcAEYEQCACRSMAIABBAWpBAXRqLwEAIgRBzgBGcQR/IwAgAEECakEBdGovAQBB+wBGBUEACwR/IwEhBCAAQQNqIQACQANAIAAjAUgEQCMAIABBAXRqLwEAQf0ARg0CIABBAWohAAwBCwtBfyEACyAEIABBAWogAEF/RhsFIABBAUECIARB/QBGIARB+wBGchtqCyEADAMLIARB+wBGBEAjACAAQQFqQQF0ai8BAEH7AEYEQCAAQQJqIQAMBAsgAEEBaiADIAEQBiEADAMLIARB/QBGBEAjACAAQQFqQQF0ai8BAEH9AEYEfyAAQQJqBUEBJAgjAQ8LIQAMAwsgAUUgBEENRiAEQQpGcnENACAAQQFqIQAMAgsLC0EBJAggACMBIAAjAUgbCyoAIwdBlgFGBEBBASQIIwEPCyMHQQFqJAcgACABEAchACMHQQFrJAcgAAugAQEDfyMLIABqLQAAQQFHBEBBAA8LIABBAnQiACMMaigCACEDIAFBFGsoAhBBAXYiBCMNIABqKAIAIANrRgR/An9BACMBIAMgBGpIDQAaA0AgAiAESARAIwAgAiADakEBdGovAQAhAEEAIAIgAUEUaygCEEEBdk8Ef0F/BSABIAJBAXRqLwEACyAARw0CGiACQQFqIQIMAQsLQQELBUEACwuRAgECfyMFQQAgBBsEfyAAQQRGBH8jCyMGai0AAEEERgVBAAsFQQELBEBBASEEBQJAQQAhBCMGIgZB4O4CEAkEf0EBBSAGQYDvAhAJCwR/QQEFIAZBoO8CEAkLRQ0AQQEhBCAGRQ0AIAZBAWsiByMLai0AACIGQQdGIAZBBkZyIAZBCEZyDQAjDiAHQQF0ai8BACEEIAZBBUYEfyAEQTpGIARBO0ZyBUEACyEECwsgBEUEQEEBJAgPCyMKIQQCQCMKIwlGBEBBASQIDAELIwoiBiMLaiAAOgAAIAZBAnQiACMMaiABNgIAIw0gAGogAjYCACMOIAZBAXRqIAM7AQAjCkEBaiQKCyAEJAYgBUEARyQFC2gBAn8gAkEEcQR/IAEgAhAIBSABEAULIQMjACABQQF0ai8BACIEIwAgAUEBakEBdGovAQBGBH8gBCMAIAFBAmpBAXRqLwEARgVBAAshASADJAJBBCAAIANBCEEAIAEbIAJyQQFBARAKC6IFAQd/IABBAWohAQNAIAEjAUgEfyMAIAFBAXRqLwEAQYABSQVBAAsEfyMAIAFBAXRqLwEAQYALai0AAEEBRgVBAAsEQCABQQFqIQEMAQsLIAEjAUgEfyMAIAFBAXRqLwEAQYABTwVBAAsEQEEBJAgPCyMAIAFBAXRqLwEAIgJBIkYgAkEnRnIEQCAAIAEQBCICQQBOBEAgACABIAIQCw8LCyABJAICf0EAIAEgAGsiB0ECSCAHQQhKciMAIABBAXRqLwEAIgJB4QBJciACQfoAS3INABogAkHhAGtBBHQgB2oiAkGAFGotAAAhBSACQYAQai0AACECA0AgAiAFSARAIAJBA3RBwBhqIQZBASEEQQEhAwNAIAMgB0gEQAJAIwAgACADakEBdGovAQAgAyAGai0AAEcEQEEAIQQMAQsgA0EBaiEDDAILCwsgBARAIAJBgBhqLQAADAMLIAJBAWohAgwBCwtBAAsiAgRAQQIgACABIAJBAEEAEAoFQQEgACABQQBBAUEBEAogASAAayIBQQpGIAFBDUZyBH8Cf0EAIQFBACMBQbzvAigCAEEBdiICIABqSA0AGgNAIAEgAkgEQCMAIAAgAWpBAXRqLwEAIQNBACABQbzvAigCAEEBdk8Ef0F/BSABQQF0QcDvAmovAQALIANHDQIaIAFBAWohAQwBCwtBAQsEf0EBBQJ/QQAhAUEAIwFB7O8CKAIAQQF2IgIgAGpIDQAaA0AgASACSARAIwAgACABakEBdGovAQAhA0EAIAFB7O8CKAIAQQF2TwR/QX8FIAFBAXRB8O8Cai8BAAsgA0cNAhogAUEBaiEBDAELC0EBCwsFQQALBEAjECMJRgRAQQEkCA8LIw8jEEECdGogADYCACMQQQFqJBALCwv2BAEHfyMAIwIiBCIAQQF0ai8BACEGIwAgAEEBakEBdGovAQBBIHIhASAGQTBGBH8gAUHvAEYgAUH4AEZyIAFB4gBGcgVBAAsEQCAAQQJqIQADQCAAIwFIBH8jACAAQQF0ai8BACIBQd8ARiECIAFBOU0gAUEwT3EEf0EBBSABQeYATSABQeEAT3ELBH9BAQUgAUHGAE0gAUHBAE9xCyACcgVBAAsEQCAAQQFqIQAMAQsLBSAAIQEDQCAAIwFIBH8jACAAQQF0ai8BACIFQTlNIAVBME9xBH9BAQUjACAAQQF0ai8BAEHfAEYLBUEACwRAIABBAWohAAwBCwsgBkEwRgRAA0AgACABSgRAQQEgAyMAIAFBAXRqLwEAIgNB3wBHIANBMEdxGyEDIAFBAWohAQwBCwsLIwAgAEEBdGovAQBBLkYEQEEBIQIgAEEBaiEAA0AgACMBSAR/IwAgAEEBdGovAQAiAUE5TSABQTBPcQR/QQEFIwAgAEEBdGovAQBB3wBGCwVBAAsEQCAAQQFqIQAMAQsLCyMAIABBAXRqLwEAQSByQeUARgRAIwAgAEEBaiIBQQF0ai8BACEFIwAgAEECaiABIAVBLUYgBUErRnIbIgFBAXRqLwEAIgVBOU0gBUEwT3EEQEEBIQIgASEAA0AgACMBSAR/IwAgAEEBdGovAQAiAUE5TSABQTBPcQR/QQEFIwAgAEEBdGovAQBB3wBGCwVBAAsEQCAAQQFqIQAMAQsLCwsjACAAQQF0ai8BAEEgckHqAEYEQEEBIQIgAEEBaiEACyACRSADcQRAQQEkCAsLIAAkAkEDIAQgAEEAQQFBARAKC/EDAQV/IwIhAwJAIABB+wBGIgEgAEHbAEYgAEEoRnJyBEAjA0HIAUYNASMDQQJ0QYDIAmogADYCACMDQQFqJAMgA0EBaiICJAJBBSADIAIgACABQQAQCg8LIABBKUYiASAAQd0ARnIgAEH9AEZyBEAjA0UNASMDQQFrJAMjA0ECdEGAyAJqKAIAIQIgAQR/QSgFQdsAQfsAIABB3QBGGwsgAkcNASADQQFqIgEkAkEFIAMgASAAQQBBARAKDwtBAiECIANBAWoiASMBSAR/IwAgAUEBdGovAQAFQQALIgFBgAFIBH8gAEEHdCABckEBdEGAyABqLwEABUEACyIBBEAgAUG4CmotAAAiBARAIANBAmoiBSMBSAR/IAQjACAFQQF0ai8BAEYFQQALBEBBAyECQdMBQdUBIAFB0wFGGyEABSABQdMBRgRAQQEhAgUgASEACwsgACEBBSABQcwBRg0CCwVBASECIAAiAUGACWotAABFDQELIAIgA2oiACQCQQUgAyAAIAEgAUHTAUYiAARAIwYiACMKQQFrRyAAQQBIcgR/QQAFIw4gAEEBdGovAQAiAUEQRiMLIABqLQAAIgBBAkZxBH9BAQUgAEEFRgR/IAFB0wFGIAFBLkZyBUEACwsLRSEACyAAIAAQCg8LQQEkCAuOBwBBkPACJAAgACQBQQAkAkEAJANBASQEQaDOAkEANgIAQQAkBUF/JAZBACQHQQAkCCABJAlBACQKIAIkCyADJAwgBCQNIAUkDiAGJA9BACQQIAckEUEAJBJBASECAkADQCMIRSMCIwFIcQRAIAIEQEEAIQIjAwR/QQEFEAMLRQ0CCyMAIwJBAXRqLwEAIgBBgAFPDQIgAEGACGotAAAiAUEBRgRAIwIQDAUgAUEDRgRAIwJBAWohAANAIAAjAUgEfyMAIABBAXRqLwEAQSBGBUEACwRAIABBAWohAAwBCwsgACQCBSABBEAgAUEERgRAIwJBAkEBIABBDUYEfyMAIwJBAWpBAXRqLwEAQQpGBUEACxtqJAIjA0UEQCMKQQBKBEAjAiEAIwsjCkEBa2otAAAiAUEHRyABQQZHcSABQQhHcQRAAkAjCiMJRgRAQQEkCAwBCyMKIgEjC2pBBjoAACABQQJ0IgIjDGogADYCACMNIAJqIAA2AgAjDiABQQF0akEAOwEAIwpBAWokCgsLC0EAJAVBASECCwUgAUECRgRAEA0FIAFBBUYEQCMCIwJBABALBSABQQZGBEAQAgUgAUEHRgRAIwAjAkEBakEBdGovAQAiAEEKRgRAIwJBAmokAgUgAEENRgRAIwJBA0ECIwAjAkECakEBdGovAQBBCkYbaiQCBQwMCwsFDAoLCwsLCwUgAEEuRgR/IwAjAkEBakEBdGovAQAiAUE5TSABQTBPcQVBAAsEQBANBSAAEA4LCwsLDAELCyMIDQAjAw0AIwpBAEoEQCMBIQAjCyMKQQFrai0AACIBQQdHIAFBBkdxIAFBCEdxBEACQCMKIwlGBEBBASQIDAELIwoiASMLakEGOgAAIAFBAnQiAiMMaiAANgIAIw0gAmogADYCACMOIAFBAXRqQQA7AQAjCkEBaiQKCwsLQQAkBUEBIQEDQCABIwRIBEAjASEAIwEhAgJAIwojCUYEQEEBJAgMAQsjCiIDIwtqQQg6AAAgA0ECdCIEIwxqIAA2AgAjDSAEaiACNgIAIw4gA0EBdGpBADsBACMKQQFqJAoLIAFBAWohAQwBCwsjASEAIwEhAQJAIwojCUYEQEEBJAgMAQsjCiICIwtqQQk6AAAgAkECdCIDIwxqIAA2AgAjDSADaiABNgIAIw4gAkEBdGpBADsBACMKQQFqJAoLIwgNACMKDwtBfwsEACMQCwQAIxILC6kCEABBzO0CCwEsAEHY7QILHQIAAAAWAAAAZAB1AG4AZABlAHIAbABpAG4AdAA6AEH87QILASwAQYjuAgsXAgAAABAAAABwAHkAcgBpAGcAaAB0ADoAQazuAgsBHABBuO4CCxECAAAACgAAAHQAeQBwAGUAOgBBzO4CCwEcAEHY7gILEQIAAAAKAAAAbQBhAHQAYwBoAEHs7gILARwAQfjuAgsPAgAAAAgAAABjAGEAcwBlAEGM7wILARwAQZjvAgsPAgAAAAgAAAB0AHkAcABlAEGs7wILASwAQbjvAgshAgAAABoAAABpAG0AcABvAHIAdABfAG0AbwBkAHUAbABlAEHc7wILASwAQejvAgsbAgAAABQAAABfAF8AaQBtAHAAbwByAHQAXwBf";
  }
});

// dist/src/python/scanner.js
var require_scanner = __commonJS({
  "dist/src/python/scanner.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.LineMap = exports2.Tokens = exports2.MAX_NESTING = exports2.NAME_NON_ASCII = void 0;
    exports2.tokenize = tokenize;
    exports2.tokenizeInJs = tokenizeInJs;
    exports2.tokenizeFast = tokenizeFast;
    var tokenizer_module_1 = require_tokenizer_module();
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
    var KEYWORD_WORDS = [];
    var KEYWORD_IDS = [];
    var KEYWORD_FROM = new Uint8Array(26 * 16);
    var KEYWORD_TO = new Uint8Array(26 * 16);
    var bucketOf = (word) => (word.charCodeAt(0) - 97) * 16 + word.length;
    for (const [word, id] of Object.entries(KEYWORDS).sort(([a], [b]) => bucketOf(a) - bucketOf(b))) {
      const b = bucketOf(word);
      if (KEYWORD_TO[b] === 0)
        KEYWORD_FROM[b] = KEYWORD_WORDS.length;
      KEYWORD_WORDS.push(word);
      KEYWORD_IDS.push(id);
      KEYWORD_TO[b] = KEYWORD_WORDS.length;
    }
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
    var OP1 = new Uint8Array(128);
    for (const ch of "=<>:-*/+%&|^@.~,;")
      OP1[ch.charCodeAt(0)] = 1;
    var OP2 = new Uint16Array(128 * 128);
    for (const [op, code] of [
      [
        "==",
        200
        /* Op.EqEq */
      ],
      [
        "!=",
        201
        /* Op.NotEq */
      ],
      [
        "<=",
        202
        /* Op.LessEq */
      ],
      [
        "<>",
        204
        /* Op.LessGreater */
      ],
      [
        ">=",
        203
        /* Op.GreaterEq */
      ],
      [
        ":=",
        205
        /* Op.Walrus */
      ],
      [
        "->",
        206
        /* Op.Arrow */
      ],
      [
        "**",
        207
        /* Op.Power */
      ],
      [
        "//",
        208
        /* Op.FloorDiv */
      ],
      [
        "<<",
        209
        /* Op.LShift */
      ],
      [
        ">>",
        210
        /* Op.RShift */
      ],
      [
        "..",
        211
        /* Op.Ellipsis */
      ],
      [
        "+=",
        212
        /* Op.PlusEq */
      ],
      [
        "-=",
        213
        /* Op.AugOther */
      ],
      [
        "*=",
        213
        /* Op.AugOther */
      ],
      [
        "/=",
        213
        /* Op.AugOther */
      ],
      [
        "%=",
        213
        /* Op.AugOther */
      ],
      [
        "&=",
        213
        /* Op.AugOther */
      ],
      [
        "|=",
        213
        /* Op.AugOther */
      ],
      [
        "^=",
        213
        /* Op.AugOther */
      ],
      [
        "@=",
        213
        /* Op.AugOther */
      ]
    ])
      OP2[op.charCodeAt(0) << 7 | op.charCodeAt(1)] = code;
    var OP3_CHAR = new Uint8Array(213 - 200 + 1);
    for (const code of [
      209,
      210,
      207,
      208
      /* Op.FloorDiv */
    ])
      OP3_CHAR[
        code - 200
        /* Op.EqEq */
      ] = 61;
    OP3_CHAR[
      211 - 200
      /* Op.EqEq */
    ] = 46;
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
      /** Doubles the arrays' capacity. */
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
      if (len < 2 || len > 8 || c < 97 || c > 122)
        return 0;
      const b = (c - 97) * 16 + len;
      next: for (let w = KEYWORD_FROM[b], to = KEYWORD_TO[b]; w < to; w++) {
        const word = KEYWORD_WORDS[w];
        for (let k = 1; k < len; k++)
          if (text.charCodeAt(s + k) !== word.charCodeAt(k))
            continue next;
        return KEYWORD_IDS[w];
      }
      return 0;
    }
    var SHARED = new Tokens();
    var JS_FIRST_CHARS = 64 * 1024;
    var tokenizedInJs = 0;
    function tokenize(text, out = SHARED) {
      if (tokenizedInJs < JS_FIRST_CHARS)
        tokenizedInJs += text.length;
      else if (tokenizeFast(text, out))
        return out;
      return tokenizeInJs(text, out);
    }
    function tokenizeInJs(text, out = SHARED) {
      new Tokenizer(text, out).run();
      return out;
    }
    var fast = process.env.DUNDERLINT_WASM_TOKENIZER === "0" ? null : void 0;
    function instantiate(base64) {
      const instance = new WebAssembly.Instance(new WebAssembly.Module(Buffer.from(base64, "base64")), {});
      const e = instance.exports;
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
        for (let k = 0; k < word.length; k++)
          bytes[t + 2112 + i * 8 + k] = word.charCodeAt(k);
      });
      new Uint16Array(e.memory.buffer, t + 8192, OP2.length).set(OP2);
      return { memory: e.memory, input: e.input(), tokenize: e.tokenize, dynamicImportCount: e.dynamicImportCount, directiveCount: e.directiveCount };
    }
    function fastTokenizers() {
      if (fast !== void 0)
        return fast;
      fast = null;
      try {
        fast = { ascii: instantiate(tokenizer_module_1.TOKENIZER_WASM), wide: instantiate(tokenizer_module_1.TOKENIZER_WASM_WIDE) };
      } catch {
      }
      return fast;
    }
    var ascii = new TextEncoder();
    var FAST_TOKENIZER_MAX_CHARS = 4e6;
    function tokenizeFast(text, out) {
      const wasm = fastTokenizers();
      const n = text.length;
      if (!wasm || n > FAST_TOKENIZER_MAX_CHARS)
        return false;
      let tokenizer = wasm.ascii;
      let layout;
      let count;
      try {
        layout = place(tokenizer, n, 1);
        const { read, written } = ascii.encodeInto(text, new Uint8Array(tokenizer.memory.buffer, tokenizer.input, n));
        if (read !== n || written !== n) {
          tokenizer = wasm.wide;
          layout = place(tokenizer, n, 2);
          new Uint8Array(tokenizer.memory.buffer, tokenizer.input, 2 * n).set(Buffer.from(text, "utf16le"));
        }
        new Uint8Array(tokenizer.memory.buffer, layout.padding, PADDING_BYTES).fill(0);
        count = tokenizer.tokenize(n, layout.capacity, layout.kinds, layout.starts, layout.ends, layout.extras, layout.dyn, layout.dirs);
      } catch {
        fast = null;
        return false;
      }
      if (count < 0)
        return false;
      const { kinds, starts, ends, extras, dyn, dirs } = layout;
      const buffer = tokenizer.memory.buffer;
      while (out.kind.length < count)
        out.grow();
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
    var PADDING_BYTES = 16;
    function place(tokenizer, n, width) {
      const capacity = n + 16;
      const padding = tokenizer.input + width * n;
      const kinds = padding + PADDING_BYTES + 3 & ~3;
      const starts = kinds + capacity + 3 & ~3;
      const ends = starts + 4 * capacity;
      const extras = ends + 4 * capacity;
      const dyn = extras + 2 * capacity + 3 & ~3;
      const dirs = dyn + 4 * capacity;
      const need = dirs + 4 * capacity;
      const have = tokenizer.memory.buffer.byteLength;
      if (need > have)
        tokenizer.memory.grow(Math.ceil((need - have) / 65536));
      return { padding, kinds, starts, ends, extras, dyn, dirs, capacity };
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
            const c = text.charCodeAt(p);
            if (c === SPACE)
              col++, alt++;
            else if (c === TAB)
              col = (Math.floor(col / 8) + 1) * 8, alt++;
            else if (c === FF)
              col = alt = 0;
            else if (c === BACKSLASH) {
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
          if (p < n && text.charCodeAt(p) === HASH) {
            this.pos = p;
            this.comment();
            p = this.pos;
          }
          if (p >= n) {
            if (continued)
              this.fail("unexpected EOF while parsing", p);
            this.pos = p;
            return false;
          }
          const d = text.charCodeAt(p);
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
          if (!directive && (c === 100 && text.startsWith("dunderlint:", p) || (c === 110 || c === 78) && noqaAt(text, p) || c === 112 && text.startsWith("pyright:", p) || c === 116 && text.startsWith("type:", p)))
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
        const i = out.count;
        if (i === out.kind.length)
          out.grow();
        out.kind[i] = kind;
        out.start[i] = s;
        out.end[i] = e;
        out.extra[i] = extra;
        out.count = i + 1;
        this.prevIndex = i;
        this.prevAtom = atomEnd;
      }
      /** `match x:`, `case y:`, `type X = ...`: a soft keyword first in its statement. */
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
        const { text, n } = this;
        const s = this.pos;
        if (c === 40 || c === 91 || c === 123) {
          if (this.brackets.length === exports2.MAX_NESTING)
            this.fail("too many nested parentheses", s);
          this.brackets.push(c);
          this.bracketPos.push(s);
          this.pos = s + 1;
          this.emit(5, s, s + 1, c, c === 123, false);
          return;
        }
        if (c === 41 || c === 93 || c === 125) {
          const open = this.brackets.pop();
          this.bracketPos.pop();
          if (open !== (c === 41 ? 40 : c === 93 ? 91 : 123))
            this.unmatched(c, open, s);
          this.pos = s + 1;
          this.emit(5, s, s + 1, c, false, true);
          return;
        }
        const c1 = s + 1 < n ? text.charCodeAt(s + 1) : 0;
        let code = c1 < 128 ? OP2[c << 7 | c1] : 0;
        let len = 2;
        if (code === 0) {
          len = 1;
          code = c;
          if (OP1[c] === 0)
            this.badOperator(c, s);
        } else if (OP3_CHAR[
          code - 200
          /* Op.EqEq */
        ] !== 0) {
          if (s + 2 < n && text.charCodeAt(s + 2) === OP3_CHAR[
            code - 200
            /* Op.EqEq */
          ]) {
            len = 3;
            code = code === 211 ? 211 : 213;
          } else if (code === 211) {
            len = 1;
            code = c;
          }
        } else if (code === 204)
          this.fail("invalid syntax: '<>'", s);
        this.pos = s + len;
        const ellipsisAtom = code === 211 && !this.inFromDots();
        this.emit(5, s, s + len, code, ellipsisAtom, ellipsisAtom);
      }
      unmatched(c, open, s) {
        if (open === void 0)
          this.fail(`unmatched '${String.fromCharCode(c)}'`, s);
        else
          this.fail(`closing parenthesis '${String.fromCharCode(c)}' does not match opening parenthesis '${String.fromCharCode(open)}'`, s);
      }
      /** A character that is no operator alone: `!` without `=`, `$`, `?`, a control character... */
      badOperator(c, s) {
        if (c === 33)
          this.fail("invalid syntax: '!'", s);
        else
          this.fail(`invalid character '${String.fromCharCode(c)}' (U+${c.toString(16).toUpperCase().padStart(4, "0")})`, s);
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
    var NOQA = [110, 111, 113, 97];
    function noqaAt(text, p) {
      if (p + 4 > text.length)
        return false;
      for (let i = 0; i < 4; i++)
        if ((text.charCodeAt(p + i) | 32) !== NOQA[i])
          return false;
      const next = text.charCodeAt(p + 4);
      return !(next >= 48 && next <= 57 || next >= 65 && next <= 90 || next >= 97 && next <= 122 || next === 95);
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
      // Not F401 (unused import): on an `__init__.py`'s import it marks a re-export the maintainer
      // means to keep, which implicit-reexport exists to make visible to type checkers.
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
      if (noqa)
        out.push(...noqaRules(noqa[1]));
      if (/#\s*pyright:\s*ignore\b/.test(comment))
        out.push("implicit-reexport", "all-unsupported-form");
      else if (/#\s*type:\s*ignore\b/.test(comment))
        out.push("all-unsupported-form");
      return out;
    }
    function noqaRules(codes) {
      if (codes === void 0)
        return ["all"];
      return codes.split(/[\s,]+/).flatMap((code) => NOQA_CODES[code.toUpperCase()] ?? []);
    }
    function fileExemption(comment) {
      const m = /^#\s*(?:ruff|flake8)\s*:\s*noqa\b(?::\s*([A-Z]+[0-9]+(?:[\s,]+[A-Z]+[0-9]+)*))?/i.exec(comment);
      return m ? noqaRules(m[1]) : [];
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
        return { kind, scope: null, tryRecord: null, typeChecking: false, runtimeOnly: false, conditional: false, loop: false, mainGuard: false, handler: false };
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
            const afterTypeChecking = kind === 11 && (this.chains[slot]?.typeCheckingSoFar ?? false);
            block.runtimeOnly = afterTypeChecking || t.extra[i + 1] === 24 && this.isTypeChecking(i + 2, colon);
            this.chains[slot] = { kind: 18, conditionalSoFar: c, typeCheckingSoFar: afterTypeChecking || block.typeChecking, tryRecord: null };
            if (atModule) {
              block.mainGuard = this.testsMainName(i + 1, colon);
              if (block.mainGuard)
                this.mainGuard = true;
              this.walrus(i + 1, colon);
            }
            break;
          }
          case 12: {
            const chain = this.chains[slot];
            if (chain?.kind === 18) {
              block.conditional = chain.conditionalSoFar;
              block.runtimeOnly = chain.typeCheckingSoFar;
            }
            this.chains[slot] = null;
            break;
          }
          case 30:
          case 15: {
            block.loop = true;
            this.chains[slot] = { kind, conditionalSoFar: false, typeCheckingSoFar: false, tryRecord: null };
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
            this.chains[slot] = { kind: 29, conditionalSoFar: false, typeCheckingSoFar: false, tryRecord: record };
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
            block.handler = true;
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
            this.chains[slot] = { kind: "match", conditionalSoFar: false, typeCheckingSoFar: false, tryRecord: null };
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
        if (!this.mainGuard && this.testsMainName(i, j))
          this.mainGuard = true;
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
      /** `name := ...` anywhere in [i, j) outside lambda bodies binds at module level. */
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
      /** Whether [i, j) holds `__name__ == "__main__"` (either way round). */
      testsMainName(i, j) {
        const t = this.t;
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
          if (t.isName(a, "__name__") && isMain(b) || isMain(a) && t.isName(b, "__name__"))
            return true;
        }
        return false;
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
        let mainGuarded = false;
        let inHandler = false;
        const tries = [];
        let sameScope = true;
        for (let b = this.blocks.length - 1; b >= 0; b--) {
          const block = this.blocks[b];
          if (block.typeChecking)
            typeChecking = true;
          if (block.conditional)
            conditional = true;
          if (block.mainGuard)
            mainGuarded = true;
          if (block.handler)
            inHandler = true;
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
            conditional,
            mainGuarded,
            inHandler
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
        let runtimeOnly = false;
        for (const block of this.blocks) {
          if (block.loop)
            inLoop = true;
          if (block.runtimeOnly)
            runtimeOnly = true;
        }
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
          inBlock: this.blocks.length > 0,
          runtimeOnly
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
          const lineStart = this.text.lastIndexOf("\n", t.directiveComments[d] - 1) + 1;
          if (this.text.slice(lineStart, t.directiveComments[d]).trim() === "") {
            const exempt = fileExemption(comment);
            if (exempt.length)
              directives.push({ kind: "disable-file", rules: exempt, line });
            if (/^#\s*type:\s*ignore\b/.test(comment) && /^(\s*(#[^\n]*)?\n)*$/.test(this.text.slice(0, lineStart).replace(/\r\n?/g, "\n"))) {
              directives.push({ kind: "disable-file", rules: ["all-unsupported-form"], line });
            }
          }
        }
        if (directives.length) {
          const firstLines = /* @__PURE__ */ new Map();
          for (const fact of imports)
            if (fact.kind === "from" && fact.end.line > fact.start.line)
              firstLines.set(fact.start.line, fact.end.line);
          if (firstLines.size) {
            for (const directive of [...directives]) {
              const last = directive.kind === "disable" ? firstLines.get(directive.line) : void 0;
              for (let line = directive.line + 1; last !== void 0 && line <= last; line++)
                directives.push({ ...directive, line });
            }
          }
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

// dist/src/python/prime.js
var require_prime = __commonJS({
  "dist/src/python/prime.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.SAMPLE = void 0;
    exports2.primeScanner = primeScanner;
    var facts_1 = require_facts();
    exports2.SAMPLE = String.raw`#!/usr/bin/env python3
# -*- coding: utf-8 -*-  # noqa: E501  # pyright: ignore[x]  # dunderlint: disable=all-unsorted
"""Docstring with \\ backslash and 'quotes'."""
from __future__ import annotations
import os, sys as _sys
import a.b.c as abc
from . import x
from .. import y
from ...pkg.mod import (z as zz, w,)
from m import *
import importlib
try:
    import json
except (ImportError, ModuleNotFoundError) as exc:
    json = None
else:
    pass
finally:
    pass
if TYPE_CHECKING:
    from typing import Any
elif sys.version_info >= (3, 8) and sys.platform == "win32":
    import ntpath
else:
    import posixpath
mod = importlib.import_module("x.y", "pkg")
other = __import__('q')
__all__ = ["a", 'b', "c" "d", *other, (x), f"{x}"]
__all__ += ("e",)
__all__.extend(["f"])
__all__.append("g")
__all__.remove("g")
__all__: list[str] = list(("h",)) + ["i"]
n = 0x1F + 0o17 + 0b1 + 1_000 + 1.5e-3 + .5 + 3j + 00 + 1E5
s = r"raw\d" + b'bytes' + rb"\x" + u"u" + f'{n!r:>{n}}' + F"""{ {'k': "v"}["k"] }""" + '''tri\'ple''' + "esc\"aped"
t = f"{n=}" f'{"nested" + f"{n:{n}}"}' rf"\{n}" f"\N{BULLET} {{}}"
v = (n ** 2 // 3 % 4 @ m | 5 & 6 ^ 7 << 1 >> 1) != 1 <= 2 >= 3 < 4 > 5 == 6
n += 1; n -= 1; n *= 2; n /= 2; n //= 2; n %= 2; n **= 2; n >>= 1; n <<= 1; n &= 1; n |= 1; n ^= 1; n @= m
lam = lambda a, *b, c=1, **d: (a, b) if a else ~c
x = y = [i for i in range(3) if (j := i)]
a, (b, *c) = [d, e] = 1, (2, 3)
del a
assert x, "msg"
${"\xE9"} = ${"\xF1"} = 1
with open("f") as fh, open("g") as (gh, hh):
    pass
with (open("f") as fh2, open("g") as gh2):
    pass
for k, v2 in {}.items():
    continue
while False:
    break
match v:
    case [1, *rest] | {"k": val, **kw} | Point(x=px) | str() as s2 if s2:
        pass
    case _:
        pass
type Alias[T] = list[T]
@decorator(arg)
class C(Base, metaclass=M):
    attr: int = 1
    def method(self, /, a: int = 1, *args, b, **kw) -> "C":
        global g1, g2
        import inner.mod
        from .rel import thing
        if __debug__:
            return self
        try:
            import fast
        except ImportError:
            fast = None
        yield from a
        raise ValueError() from None
    async def am(self):
        async with a as b:
            await b
        async for i in b:
            pass
def __getattr__(name):
    return globals()[name]
setattr(sys.modules[__name__], "x", 1)
x = 1 if \
    n else 2
if __name__ == "__main__":
    main()
# /// script
# dependencies = []
# ///
`;
    function primeScanner() {
      for (let i = 0; i < 4; i++)
        (0, facts_1.scanModule)(exports2.SAMPLE);
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

// dist/src/replay-hook.js
var require_replay_hook = __commonJS({
  "dist/src/replay-hook.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.RECORDER = void 0;
    exports2.recorder = recorder;
    exports2.RECORDER = /* @__PURE__ */ Symbol.for("dunderlint.run-recorder");
    function recorder() {
      return globalThis[exports2.RECORDER];
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
    exports2.inRoot = inRoot;
    exports2.readBytes = readBytes;
    exports2.scanBytes = scanBytes;
    exports2.autoWorkers = autoWorkers;
    var fs = __importStar(require("node:fs"));
    var node_os_1 = require("node:os");
    var path = __importStar(require("node:path"));
    var node_v8_1 = require("node:v8");
    var facts_1 = require_facts();
    var facts_codec_12 = require_facts_codec();
    var jit_1 = require_jit();
    var read_1 = require_read();
    var prime_1 = require_prime();
    var source_1 = require_source();
    var cache_12 = require_cache();
    var replay_hook_1 = require_replay_hook();
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
    function inRoot(root, rel) {
      return root.endsWith(path.sep) ? root + rel : root + path.sep + rel;
    }
    function readBytes(abs) {
      try {
        return (0, read_1.readRegularFile)(abs);
      } catch (e) {
        return `1:1: cannot read the file (${e instanceof read_1.ReadError ? e.reason : e})`;
      }
    }
    function scanBytes(bytes) {
      (0, jit_1.usedCode)(
        2
        /* CodeUsed.Scan */
      );
      const decoded = (0, source_1.decodeSource)(bytes);
      if (decoded.error) {
        const { message, line, column } = decoded.error;
        return { facts: { ...exports2.EMPTY_FACTS, syntaxError: decoded.error }, readError: `${line}:${column}: ${message}` };
      }
      return { facts: (0, facts_1.scanModule)(decoded.text), readError: null };
    }
    function autoWorkers(work, cpus) {
      if (cpus < 2 || work.bytes <= AUTO_BREAK_EVEN_BYTES * cpus / (cpus - 1))
        return 0;
      const workers = Math.min(cpus, Math.ceil(work.files / CHUNK));
      return workers < 2 ? 0 : workers;
    }
    var AUTO_BREAK_EVEN_BYTES = 2e8;
    var TYPICAL_FILE_BYTES = 6500;
    var EXPLICIT_FROM = 400;
    var CHUNK = 200;
    function plainFactsFit(bytes) {
      return bytes <= Math.min(32e6, (0, node_v8_1.getHeapStatistics)().heap_size_limit / 16);
    }
    var WORKER_FILE = path.join(__dirname, "scan-worker.js");
    function pendingWork(root, pending) {
      let bytes = 0;
      for (const { stat } of pending)
        bytes += stat ? stat.size : TYPICAL_FILE_BYTES;
      if (bytes > jit_1.OPTIMIZING_FROM_BYTES / 2 && bytes < jit_1.OPTIMIZING_FROM_BYTES * 3) {
        bytes = 0;
        for (const { file, stat } of pending) {
          let size = stat?.size;
          try {
            size ??= fs.statSync(inRoot(root, file.path)).size;
          } catch {
          }
          bytes += size ?? TYPICAL_FILE_BYTES;
        }
      }
      return { files: pending.length, bytes };
    }
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
      /** Facts scanned in this thread, kept encoded as the workers' are (and as the cache stores them). */
      arena = new facts_codec_12.FactsArena();
      /**
       * Facts scanned in this thread are kept as the scanner made them, not encoded: a run with little
       * to scan has no memory to save, and encoding every module only to decode it again for the rules
       * was a tenth of pip's --no-cache run. Set by `prefetch` from the amount to scan.
       */
      plain = false;
      constructor(root, cache, memo = null) {
        this.root = root;
        this.cache = cache;
        this.memo = memo;
      }
      /**
       * Settles every file the cache knows, then scans the rest in worker threads if there are enough
       * of them; files a worker could not handle are read later, one by one, by `read`.
       */
      async prefetch(files, concurrency, onlyIfCached = () => false) {
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
            if (!onlyIfCached(file))
              pending.push({ file, stat });
            this.missed.set(file, stat);
          }
        }
        const work = pendingWork(this.root, pending);
        this.plain = !this.memo && plainFactsFit(work.bytes);
        const forScan = (0, jit_1.optimizeFor)({ modules: files.length, bytes: work.bytes });
        const workers = concurrency === "auto" ? autoWorkers(work, (0, node_os_1.availableParallelism)()) : pending.length < EXPLICIT_FROM ? 0 : concurrency;
        if (workers < 2 || !fs.existsSync(WORKER_FILE)) {
          if (forScan) {
            (0, prime_1.primeScanner)();
            for (const { file } of pending)
              this.read(file);
            (0, jit_1.scanDone)();
          }
          return;
        }
        (0, jit_1.optimizeHotLoops)();
        const byPath = new Map(pending.map((p) => [p.file.path, p]));
        const now = Date.now();
        this.parallel.workers = Math.min(workers, Math.ceil(pending.length / CHUNK));
        await runPool(this.parallel.workers, chunks(pending.map((p) => [p.file.path, p.file.contentId]), CHUNK).map((items) => ({ root: this.root, items, hash: this.cache !== null })), (answer) => {
          const via = new facts_codec_12.Reinterner(this.arena.table);
          for (const [rel, contentId, start, length, readError] of answer.results) {
            const { file, stat } = byPath.get(rel);
            if (length === 0)
              continue;
            this.parallel.files++;
            this.missed.delete(file);
            const { data, start: at } = this.arena.adopt(answer.data, start, length, answer.strings, via);
            const record = { data, start: at, length, strings: this.arena.table.strings, readError };
            const { facts } = this.cache && contentId ? this.cache.storeScanned(rel, contentId, stat, now, record) : this.view(record);
            this.modules.set(file, { file, facts, readError });
            if (this.memo)
              this.memo.disk.set(rel, { facts: (0, facts_codec_12.plainFacts)(facts), readError });
          }
        });
      }
      /** The module if it was read already (prefetched, or found in the cache then), else null. */
      readAlready(file) {
        return this.modules.get(file) ?? null;
      }
      /** The module: prefetched, from the cache, or read and scanned now. */
      read(file) {
        let m = this.modules.get(file);
        if (!m) {
          let facts = this.memo?.disk.get(file.path);
          if (!facts) {
            facts = this.facts(file);
            if (this.memo)
              this.memo.disk.set(file.path, facts = { facts: (0, facts_codec_12.plainFacts)(facts.facts), readError: facts.readError });
          }
          m = { file, ...facts };
          this.modules.set(file, m);
        }
        return m;
      }
      facts(file) {
        const abs = inRoot(this.root, file.path);
        const { cache } = this;
        if (!cache)
          return this.keep(scanFile(abs));
        const { hit, stat } = this.missed.has(file) ? { hit: null, stat: this.missed.get(file) } : this.fromCache(file);
        this.missed.delete(file);
        if (hit)
          return hit;
        if (!file.contentId && !stat)
          return this.keep(scanFile(abs));
        const now = Date.now();
        if (file.contentId)
          (0, replay_hook_1.recorder)()?.vouched(abs);
        const bytes = readBytes(abs);
        if (typeof bytes === "string")
          return { facts: exports2.EMPTY_FACTS, readError: bytes };
        const contentId = file.contentId ?? (0, cache_12.blobId)(bytes);
        const same = file.contentId ? null : cache.byContent(file.path, contentId, stat, now);
        if (same)
          return same;
        const scanned = scanBytes(bytes);
        const stored = cache.storeScanned(file.path, contentId, stat, now, this.encode(scanned));
        return this.plain ? scanned : stored;
      }
      /** Scanned facts as a record of the arena: the form they are kept in, and cached in. */
      encode({ facts, readError }) {
        const { data, start, length } = this.arena.add(facts);
        return { data, start, length, strings: this.arena.table.strings, readError };
      }
      /** Scanned facts as kept for the run (encoded, unless `plain`); a file that could not be read has none to keep. */
      keep(m) {
        return m.facts === exports2.EMPTY_FACTS || this.plain ? m : this.view(this.encode(m));
      }
      view(record) {
        return { facts: (0, facts_codec_12.decodeFacts)(record.data, record.start, record.strings), readError: record.readError };
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
          stat = fs.statSync(inRoot(this.root, file.path));
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
        const record = this.encode(scanBytes(content));
        if (this.cache && file.contentId)
          return this.cache.storeScanned(file.path, file.contentId, null, Date.now(), record);
        return this.view(record);
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
    var WORKER_YOUNG_GENERATION_MB = 16;
    function runPool(size, jobs, onAnswer) {
      const { Worker } = require("node:worker_threads");
      let next = 0;
      const one = () => new Promise((resolve) => {
        const worker = new Worker(WORKER_FILE, { resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } });
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

// dist/src/project/scan-worker.js
Object.defineProperty(exports, "__esModule", { value: true });
var node_worker_threads_1 = require("node:worker_threads");
var facts_codec_1 = require_facts_codec();
var cache_1 = require_cache();
var modules_1 = require_modules();
node_worker_threads_1.parentPort.on("message", (job) => {
  const table = new facts_codec_1.StringTable();
  const records = [];
  let length = 0;
  const results = [];
  for (const [rel, knownId] of job.items) {
    const bytes = (0, modules_1.readBytes)((0, modules_1.inRoot)(job.root, rel));
    if (typeof bytes === "string") {
      results.push([rel, null, 0, 0, bytes]);
      continue;
    }
    const { facts, readError } = (0, modules_1.scanBytes)(bytes);
    const record = (0, facts_codec_1.encodeFacts)(facts, table);
    results.push([rel, knownId ?? (job.hash ? (0, cache_1.blobId)(bytes) : null), length, record.length, readError]);
    records.push(record);
    length += record.length;
  }
  const data = new Int32Array(length);
  let at = 0;
  for (const r of records) {
    data.set(r, at);
    at += r.length;
  }
  const answer = { strings: table.strings, data, results };
  node_worker_threads_1.parentPort.postMessage(answer, [data.buffer]);
});
