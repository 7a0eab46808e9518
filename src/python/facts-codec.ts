/**
 * The cache's form of ModuleFacts: one run of 32-bit integers per module, in a fixed order, with
 * every string replaced by its index in a table shared by all modules. A whole cache is then one
 * Int32Array read straight from disk plus a small table, with nothing to parse; and a module's
 * sections (imports, bindings, `__all__`, ...) are turned back into objects only when a rule asks
 * for them. Plain JSON of the facts was several times the size of the source, and reading it back
 * cost as much as scanning the source again. Hand-written because the shape is ours and must
 * round-trip exactly (a test checks it over the standard library).
 *
 * Integers are >= 0; a string is stored as -1 - index (so a table can be rebuilt without knowing
 * the layout: see `Reinterner`); null is NULL.
 */
import type {
  AllElement, AllForm, AllOperation, Binding, BindingKind, Directive, DynamicImport, ImportFact, ImportedName, ModuleFacts, Pos, Scope,
} from './facts';

export const NULL = -0x80000000;
export type Ints = ArrayLike<number>;

/** Strings ↔ table indices; `intern` returns the encoded (negative) reference. */
export class StringTable {
  /** Built on first use: a run that only reads the cache never needs it. */
  private index: Map<string, number> | null = null;
  constructor(
    readonly strings: string[] = [],
    /**
     * Store a copy of each new string. The scanner's names are slices of the module's text, and V8
     * keeps the whole text alive for a slice of 13 characters or more: a table that outlives the
     * text (facts kept for the run) would hold every module's source.
     */
    private readonly copy = false,
  ) {}
  intern(s: string): number {
    this.index ??= new Map(this.strings.map((t, j) => [t, j]));
    let i = this.index.get(s);
    if (i === undefined) {
      i = this.strings.length;
      // Concatenating flattens into a new string; slicing that refers to it, not to the text.
      const kept = this.copy && s.length >= 13 ? (' ' + s).slice(1) : s;
      this.strings.push(kept);
      this.index.set(kept, i);
    }
    return -1 - i;
  }
}

/**
 * Facts encoded as they are scanned, for the rest of a run: records packed into large Int32Arrays,
 * strings in one table that holds copies. Plain ModuleFacts objects cost about 9 kB per module
 * (most of it the source text their names are slices of), a record a few hundred bytes; rules read
 * records through `decodeFacts`, as they read the cache's.
 */
export class FactsArena {
  readonly table = new StringTable([], true);
  private chunk = new Int32Array(0);
  private used = 0;

  /** Encodes `facts`; where the record is. */
  add(facts: ModuleFacts): { data: Int32Array; start: number; length: number } {
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
  adopt(data: Ints, start: number, length: number, from: readonly string[], via: Reinterner): { data: Int32Array; start: number; length: number } {
    const at = this.reserve(length);
    via.copy(data, start, length, from, this.chunk, at);
    return { data: this.chunk, start: at, length };
  }

  /** Where a record of `length` integers goes. */
  private reserve(length: number): number {
    if (this.used + length > this.chunk.length) {
      // The old chunk's tail stays unused; records never span two chunks. Chunks start small: a
      // language server keeps a few records of each run, and with them their chunks.
      this.chunk = new Int32Array(Math.max(Math.min(2 * this.chunk.length, ARENA_CHUNK_INTS), 4096, length));
      this.used = 0;
    }
    this.used += length;
    return this.used - length;
  }
}

/** Integers per arena chunk (1 MB: a few thousand median modules). */
const ARENA_CHUNK_INTS = 1 << 18;

/**
 * Copies records into one table's references. Records come from many tables (one per worker job),
 * and each source string is looked up in the target once, not once per reference.
 */
export class Reinterner {
  private readonly remaps = new Map<readonly string[], Int32Array>();
  constructor(readonly to: StringTable) {}

  /** Copies `length` integers of `data` from `start` into `out` at `at`, moving string references from `from` to the target. */
  copy(data: Ints, start: number, length: number, from: readonly string[], out: Int32Array, at: number): void {
    let remap = this.remaps.get(from);
    if (!remap || remap.length < from.length) {
      const grown = new Int32Array(from.length);
      if (remap) grown.set(remap);
      remap = grown;
      this.remaps.set(from, remap);
    }
    for (let i = 0; i < length; i++) {
      const v = data[start + i]!;
      if (v >= 0 || v === NULL) {
        out[at + i] = v;
        continue;
      }
      const j = -1 - v;
      // 0 is "not yet": a reference is always negative.
      out[at + i] = remap[j] ||= this.to.intern(from[j]!);
    }
  }
}

const SCOPES: readonly Scope[] = ['module', 'function', 'class'];
const BINDING_KINDS: readonly BindingKind[] = [
  'def', 'class', 'assign', 'annassign', 'annotation', 'augassign', 'for', 'with', 'except', 'walrus', 'import', 'global', 'type', 'match',
];
const CALLEES: readonly DynamicImport['callee'][] = ['importlib.import_module', 'import_module', '__import__'];
const ALL_OPS: readonly AllOperation['op'][] = ['=', '+=', 'extend', 'append', 'remove'];
const ALL_FORMS: readonly AllForm[] = ['list', 'tuple', 'string', 'set', 'dict', 'call', 'comprehension', 'name', 'attribute', 'binop', 'other'];
const ELEMENT_KINDS: readonly AllElement['kind'][] = ['string', 'nonstring', 'starred'];
const DIRECTIVE_KINDS: readonly Directive['kind'][] = ['disable', 'disable-file'];

const bit = (b: boolean, n: number): number => (b ? 1 << n : 0);

/** Header fields before the section lengths. */
const HEADER = 7;
const SECTIONS = 6;
/** The shortest record: a header and the section lengths. */
export const HEADER_INTS = HEADER + SECTIONS;

export function encodeFacts(f: ModuleFacts, table: StringTable): number[] {
  // One array, written front to back; each section's length is filled in once it is written.
  // (Building a list per section and joining them cost a tenth of a cold run's scanning.)
  const out: number[] = [f.getattrLine ?? NULL, bit(f.mainGuard, 0) | bit(f.dynamicGlobals, 1) | bit(f.shebang, 2)];
  const str = (v: string | null): void => {
    out.push(v === null ? NULL : table.intern(v));
  };
  const strs = (vs: readonly string[]): void => {
    out.push(vs.length);
    for (const v of vs) str(v);
  };
  const pos = (p: Pos): void => {
    out.push(p.line, p.column);
  };
  out.push(f.scriptBlock?.start ?? NULL, f.scriptBlock?.end ?? NULL);
  if (f.syntaxError) {
    str(f.syntaxError.message);
    out.push(f.syntaxError.line, f.syntaxError.column);
  } else out.push(NULL, NULL, NULL);
  for (let s = 0; s < SECTIONS; s++) out.push(0);
  let section = 0;
  let sectionStart = HEADER_INTS;
  const endSection = (): void => {
    out[HEADER + section++] = out.length - sectionStart;
    sectionStart = out.length;
  };
  for (const i of f.imports) {
    out.push(i.kind === 'from' ? 1 : 0, i.level);
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
      if (e.removal) out.push(e.removal.start, e.removal.end, e.removal.commaAt ?? NULL);
      else out.push(NULL, NULL, NULL);
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

/**
 * The layout of one item of each section, as `validRecord` checks it: ANY for an integer >= 0,
 * ANY_OR_NULL for one that may be absent, k > 0 for an enum below k, STR and STR_OR_NULL for string
 * references. A `list` item ends with a
 * count of `list` entries; a `once` section is one item, never empty.
 */
const ANY = 0;
const STR = -1;
const STR_OR_NULL = -2;
/** An integer >= 0, or NULL. */
const ANY_OR_NULL = -3;
const POS = [ANY, ANY];
const SYNTAX_ERROR = [STR, ANY, ANY];
const LAYOUTS: ReadonlyArray<{ item: readonly number[]; list: readonly number[] | null; once: boolean }> = [
  { item: [2, ANY, STR_OR_NULL, SCOPES.length, 32, ...POS, ...POS], list: [STR, STR_OR_NULL, ...POS, ...POS], once: false },
  { item: [CALLEES.length, STR, STR_OR_NULL, ...POS], list: null, once: false },
  { item: [STR, BINDING_KINDS.length, ANY, ANY], list: null, once: false },
  { item: [ALL_OPS.length, ALL_FORMS.length, STR_OR_NULL, 16, ...POS, ...POS, ANY, ANY, ...POS], list: [ELEMENT_KINDS.length, STR_OR_NULL, 2, STR, ...POS, ...POS, ANY, ANY, ANY_OR_NULL, ANY_OR_NULL, ANY_OR_NULL], once: false },
  { item: [DIRECTIVE_KINDS.length, ANY], list: [STR], once: false },
  { item: [], list: [STR], once: true },
];

/** Checks `layout` at `i` of `data`, within `end`; where it ends, or -1. */
function checkInts(data: Ints, i: number, end: number, layout: readonly number[], stringCount: number): number {
  if (i + layout.length > end) return -1;
  for (let k = 0; k < layout.length; k++, i++) {
    const v = data[i]!;
    const want = layout[k]!;
    if (want === ANY_OR_NULL) {
      if (!(v === NULL || v >= 0)) return -1;
    } else if (want >= 0) {
      if (!(v >= 0 && (want === ANY || v < want))) return -1;
    } else if (v === NULL) {
      if (want !== STR_OR_NULL) return -1;
    } else if (!(v < 0 && -1 - v < stringCount)) return -1;
  }
  return i;
}

/**
 * Whether `length` integers of `data` from `start` are a record `decodeFacts` can read, with string
 * references into a table of `stringCount` strings: every count and section length within the
 * record, every enum and string reference in range, every other integer >= 0. The cache's bytes
 * are untrusted (a damaged count made a decoder loop through gigabytes); a record that fails is
 * never decoded. One flat loop over layouts: it runs over every record of a warm run, mostly
 * before the JIT has warmed up.
 */
export function validRecord(data: Ints, start: number, length: number, stringCount: number): boolean {
  const end = start + length;
  if (!(Number.isInteger(start) && start >= 0 && length >= HEADER_INTS && end <= data.length)) return false;
  // getattrLine, bits, scriptBlock (both or neither), syntaxError (all three or none).
  const g = data[start]!;
  const bits = data[start + 1]!;
  if (!((g === NULL || g >= 0) && bits >= 0 && bits < 8)) return false;
  if (data[start + 2] === NULL ? data[start + 3] !== NULL : checkInts(data, start + 2, end, POS, 0) < 0) return false;
  if (data[start + 4] === NULL ? data[start + 5] !== NULL || data[start + 6] !== NULL : checkInts(data, start + 4, end, SYNTAX_ERROR, stringCount) < 0) return false;
  let total = HEADER_INTS;
  for (let s = 0; s < SECTIONS; s++) {
    const n = data[start + HEADER + s]!;
    if (!(n >= 0)) return false;
    total += n;
  }
  if (total !== length) return false;
  let i = start + HEADER_INTS;
  for (let s = 0; s < SECTIONS; s++) {
    const sectionEnd = i + data[start + HEADER + s]!;
    const { item, list, once } = LAYOUTS[s]!;
    if (once && i >= sectionEnd) return false;
    while (i < sectionEnd) {
      i = checkInts(data, i, sectionEnd, item, stringCount);
      if (i < 0) return false;
      if (list) {
        const n = data[i++]!;
        if (!(i <= sectionEnd && n >= 0 && n * list.length <= sectionEnd - i)) return false;
        for (let k = 0; k < n && i >= 0; k++) i = checkInts(data, i, sectionEnd, list, stringCount);
        if (i < 0) return false;
      }
      if (once) break;
    }
    if (i !== sectionEnd) return false;
  }
  return true;
}

/** Reads a section front to back. */
class Reader {
  constructor(
    readonly data: Ints,
    private i: number,
    private readonly end: number,
    private readonly strings: readonly string[],
  ) {}
  get more(): boolean {
    return this.i < this.end;
  }
  /** Moves past `n` integers; where they start. */
  skip(n: number): number {
    this.i += n;
    return this.i - n;
  }
  num(): number {
    return this.data[this.i++]!;
  }
  flag(): boolean {
    return this.data[this.i++] === 1;
  }
  str(): string {
    return this.strings[-1 - this.data[this.i++]!]!;
  }
  strOrNull(): string | null {
    const v = this.data[this.i++]!;
    return v === NULL ? null : this.strings[-1 - v]!;
  }
  strs(): string[] {
    const out: string[] = [];
    for (let n = this.num(); n > 0; n--) out.push(this.str());
    return out;
  }
  pos(): Pos {
    const line = this.num();
    return { line, column: this.num() };
  }
}

/**
 * The list each section last built, and for which module: a rule that reads a module's imports
 * twice in a row builds them once. Lists are not kept with their module: a run reads every module's
 * imports several times, but kept lists outlive the run's garbage and every one of them is copied
 * by the collector. Kept up to 200,000 items, a generated project of 22,000 modules spent 1.2x the
 * CPU of a `--staged` run without them (35 MB more heap); sympy, mypy, saleor and pip within noise.
 */
const recent = Array.from({ length: SECTIONS }, () => ({ owner: null as unknown, value: null as unknown }));

/**
 * ModuleFacts over a record of `data` starting at `start`: scalars read at once, each list built
 * on first use (a module without `__all__` never has its bindings turned into objects); see `recent`.
 */
class DecodedFacts implements ModuleFacts {
  readonly getattrLine: number | null;
  readonly mainGuard: boolean;
  readonly dynamicGlobals: boolean;
  readonly shebang: boolean;
  readonly scriptBlock: ModuleFacts['scriptBlock'];
  readonly syntaxError: ModuleFacts['syntaxError'];

  constructor(
    private readonly data: Ints,
    private readonly start: number,
    private readonly strings: readonly string[],
  ) {
    const getattr = data[start]!;
    const bits = data[start + 1]!;
    this.getattrLine = getattr === NULL ? null : getattr;
    this.mainGuard = (bits & 1) !== 0;
    this.dynamicGlobals = (bits & 2) !== 0;
    this.shebang = (bits & 4) !== 0;
    this.scriptBlock = data[start + 2] === NULL ? null : { start: data[start + 2]!, end: data[start + 3]! };
    this.syntaxError = data[start + 4] === NULL ? null : { message: strings[-1 - data[start + 4]!]!, line: data[start + 5]!, column: data[start + 6]! };
  }

  /** A reader over section `n` (its offset is the sum of the lengths before it). */
  private reader(n: number): Reader {
    let at = this.start + HEADER + SECTIONS;
    for (let s = 0; s < n; s++) at += this.data[this.start + HEADER + s]!;
    return new Reader(this.data, at, at + this.data[this.start + HEADER + n]!, this.strings);
  }

  private section<T extends unknown[]>(n: number, read: (r: Reader) => T): T {
    const slot = recent[n]!;
    if (slot.owner === this) return slot.value as T;
    const value = read(this.reader(n));
    slot.owner = this;
    slot.value = value;
    return value;
  }

  get imports(): ImportFact[] {
    return this.section(0, readImports);
  }
  /** See `importLevels`: walks the record's imports section, which `validRecord` checked. */
  importLevels(): ImportLevels {
    const { data } = this;
    let at = this.start + HEADER + SECTIONS;
    const end = at + data[this.start + HEADER]!;
    const levels: number[] = [];
    const unsure: number[] = [];
    while (at < end) {
      // kind, level, module, scope, bits (guarded 1, TYPE_CHECKING 2), start, end, then a count of names of 6 integers each
      levels.push(data[at + 1]!);
      unsure.push(data[at + 4]! & 3 ? 1 : 0);
      at += 10 + 6 * data[at + 9]!;
    }
    return { levels, unsure };
  }
  get dynamicImports(): DynamicImport[] {
    return this.section(1, (r) => {
      const out: DynamicImport[] = [];
      while (r.more) out.push({ callee: CALLEES[r.num()]!, module: r.str(), package: r.strOrNull(), start: r.pos() });
      return out;
    });
  }
  get bindings(): Binding[] {
    return this.section(2, (r) => {
      const out: Binding[] = [];
      while (r.more) out.push({ name: r.str(), kind: BINDING_KINDS[r.num()]!, line: r.num(), column: r.num() });
      return out;
    });
  }
  get dunderAll(): AllOperation[] {
    return this.section(3, readDunderAll);
  }
  get directives(): Directive[] {
    return this.section(4, (r) => {
      const out: Directive[] = [];
      while (r.more) out.push({ kind: DIRECTIVE_KINDS[r.num()]!, line: r.num(), rules: r.strs() });
      return out;
    });
  }
  get functionGlobals(): string[] {
    return this.section(5, (r) => r.strs());
  }
}

/**
 * Positions are read from the record when asked for: they are wanted only for a finding's
 * location, and building two objects per import and per imported name was most of a warm run's
 * allocation.
 */
/** Something with a start and an end, stored as four integers at `at` of `data`. */
abstract class Span {
  constructor(
    protected readonly data: Ints,
    protected readonly at: number,
  ) {}
  get start(): Pos {
    return { line: this.data[this.at]!, column: this.data[this.at + 1]! };
  }
  get end(): Pos {
    return { line: this.data[this.at + 2]!, column: this.data[this.at + 3]! };
  }
}

class DecodedName extends Span implements ImportedName {
  constructor(
    readonly name: string,
    readonly asname: string | null,
    data: Ints,
    at: number,
  ) {
    super(data, at);
  }
}

class DecodedImport extends Span implements ImportFact {
  constructor(
    readonly kind: ImportFact['kind'],
    readonly level: number,
    readonly module: string | null,
    readonly scope: Scope,
    private readonly bits: number,
    readonly names: ImportedName[],
    data: Ints,
    at: number,
  ) {
    super(data, at);
  }
  get guarded(): boolean {
    return (this.bits & 1) !== 0;
  }
  get typeChecking(): boolean {
    return (this.bits & 2) !== 0;
  }
  get conditional(): boolean {
    return (this.bits & 4) !== 0;
  }
  get mainGuarded(): boolean {
    return (this.bits & 8) !== 0;
  }
  get inHandler(): boolean {
    return (this.bits & 16) !== 0;
  }
}

function readImports(r: Reader): ImportFact[] {
  const out: ImportFact[] = [];
  while (r.more) {
    const kind = r.num() === 1 ? 'from' : 'import';
    const level = r.num();
    const module = r.strOrNull();
    const scope = SCOPES[r.num()]!;
    const bits = r.num();
    const at = r.skip(4);
    const names: ImportedName[] = [];
    for (let n = r.num(); n > 0; n--) names.push(new DecodedName(r.str(), r.strOrNull(), r.data, r.skip(4)));
    out.push(new DecodedImport(kind, level, module, scope, bits, names, r.data, at));
  }
  return out;
}

class DecodedElement extends Span implements AllElement {
  constructor(
    readonly kind: AllElement['kind'],
    readonly value: string | null,
    readonly implicitConcat: boolean,
    readonly text: string,
    data: Ints,
    at: number,
  ) {
    super(data, at);
  }
  get startOffset(): number {
    return this.data[this.at + 4]!;
  }
  get endOffset(): number {
    return this.data[this.at + 5]!;
  }
  get removal(): AllElement['removal'] {
    const start = this.data[this.at + 6]!;
    const end = this.data[this.at + 7]!;
    const commaAt = this.data[this.at + 8]!;
    // Both ends or none: a damaged record must not yield a range that ends nowhere.
    return start === NULL || end === NULL ? null : { start, end, commaAt: commaAt === NULL ? null : commaAt };
  }
}

function readDunderAll(r: Reader): AllOperation[] {
  const out: AllOperation[] = [];
  while (r.more) {
    const op = ALL_OPS[r.num()]!;
    const form = ALL_FORMS[r.num()]!;
    const ref = r.strOrNull();
    const bits = r.num();
    const valueStart = r.pos();
    const valueEnd = r.pos();
    const valueStartOffset = r.num();
    const valueEndOffset = r.num();
    const start = r.pos();
    const elements: AllElement[] = [];
    for (let n = r.num(); n > 0; n--) {
      elements.push(new DecodedElement(ELEMENT_KINDS[r.num()]!, r.strOrNull(), r.flag(), r.str(), r.data, r.skip(9)));
    }
    out.push({
      op, annotated: (bits & 1) !== 0, form, ref, elements, valueStart, valueEnd, valueStartOffset, valueEndOffset, start,
      inLoop: (bits & 2) !== 0, inBlock: (bits & 4) !== 0, runtimeOnly: (bits & 8) !== 0,
    });
  }
  return out;
}

/** Each import of a module, in order: its level, and 1 where it may fail on purpose (`try: … except ImportError`) or never runs (`if TYPE_CHECKING:`), else 0. */
export interface ImportLevels {
  levels: number[];
  unsure: number[];
}

/**
 * A module's ImportLevels, read from a cache record without building its import objects (facts
 * from the cache build them anew on each access), so they need not be kept between uses.
 */
export function importLevels(facts: Pick<ModuleFacts, 'imports'>): ImportLevels {
  if (facts instanceof DecodedFacts) return facts.importLevels();
  return { levels: facts.imports.map((i) => i.level), unsure: facts.imports.map((i) => (i.guarded || i.typeChecking ? 1 : 0)) };
}

/** The facts of the record at `start` of `data`. */
export function decodeFacts(data: Ints, start: number, strings: readonly string[]): ModuleFacts {
  return new DecodedFacts(data, start, strings);
}

/** A plain-object copy of facts (decoded facts build their lists and positions on demand). */
export function plainFacts(f: ModuleFacts): ModuleFacts {
  const pos = (p: Pos): Pos => ({ line: p.line, column: p.column });
  const imports = f.imports.map((i) => ({
    kind: i.kind, level: i.level, module: i.module, scope: i.scope, guarded: i.guarded, typeChecking: i.typeChecking,
    conditional: i.conditional, mainGuarded: i.mainGuarded, inHandler: i.inHandler, start: pos(i.start), end: pos(i.end),
    names: i.names.map((n) => ({ name: n.name, asname: n.asname, start: pos(n.start), end: pos(n.end) })),
  }));
  const dunderAll = f.dunderAll.map((o) => ({
    ...o,
    elements: o.elements.map((e) => ({
      kind: e.kind, value: e.value, implicitConcat: e.implicitConcat, text: e.text, start: pos(e.start), end: pos(e.end),
      startOffset: e.startOffset, endOffset: e.endOffset, removal: e.removal && { ...e.removal },
    })),
  }));
  return {
    imports, dynamicImports: f.dynamicImports, bindings: f.bindings, dunderAll, getattrLine: f.getattrLine,
    mainGuard: f.mainGuard, dynamicGlobals: f.dynamicGlobals, functionGlobals: f.functionGlobals, directives: f.directives,
    shebang: f.shebang, scriptBlock: f.scriptBlock, syntaxError: f.syntaxError,
  };
}
