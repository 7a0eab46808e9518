/**
 * ModuleFacts: what a module imports, binds and exports, read from the token stream statement by
 * statement. Function and class bodies are followed only for imports and block structure; module-level
 * statements (including inside if/try/with/for/while/match bodies) are read for bindings and `__all__`.
 */
import { K, LineMap, MAX_NESTING, NAME_NON_ASCII, Op, S, T, tokenize, type Tokens } from './scanner';
import { decodeStringLiteral } from './strings';

export interface Pos {
  line: number;
  column: number;
}

export interface ImportedName {
  /** Dotted for `import a.b`; a plain name (or `*`) for `from ... import`. */
  name: string;
  asname: string | null;
  start: Pos;
  end: Pos;
}

export type Scope = 'module' | 'function' | 'class';

export interface ImportFact {
  kind: 'import' | 'from';
  /** Leading dots of a relative import; 0 for absolute. */
  level: number;
  /** `from X import ...`: X (null for `from . import x`); always null for `import`. */
  module: string | null;
  names: ImportedName[];
  start: Pos;
  end: Pos;
  scope: Scope;
  /** Inside a `try` body (same scope) whose handlers catch ImportError/ModuleNotFoundError. */
  guarded: boolean;
  /** Under `if TYPE_CHECKING:` (or `typing.TYPE_CHECKING`). */
  typeChecking: boolean;
  /** Under an `if`/`elif`/`else` chain that tests `sys.version_info` or `sys.platform`. */
  conditional: boolean;
  /** Under a module-level `if __name__ == "__main__":`: runs only when the file is `__main__`. */
  mainGuarded: boolean;
  /** In an `except` clause: runs only after its `try` body failed. */
  inHandler: boolean;
}

export interface DynamicImport {
  callee: 'importlib.import_module' | 'import_module' | '__import__';
  module: string;
  package: string | null;
  start: Pos;
}

export type BindingKind =
  | 'def' | 'class' | 'assign' | 'annassign' | 'annotation' | 'augassign' | 'for' | 'with' | 'except'
  | 'walrus' | 'import' | 'global' | 'type' | 'match';

export interface Binding {
  name: string;
  kind: BindingKind;
  line: number;
  column: number;
}

export type AllForm =
  | 'list' | 'tuple' | 'string' | 'set' | 'dict' | 'call' | 'comprehension' | 'name' | 'attribute' | 'binop' | 'other';

export interface AllElement {
  kind: 'string' | 'nonstring' | 'starred';
  /** The string's value (null for non-strings, or a string whose value we cannot decode). */
  value: string | null;
  /** Adjacent string literals joined without a comma (`"a" "b"`). */
  implicitConcat: boolean;
  /** Source text of the element. */
  text: string;
  start: Pos;
  end: Pos;
  /** 0-based offsets of the whole element (grouping parentheses and comments in them included), for fixes. */
  startOffset: number;
  endOffset: number;
  /**
   * How to take this element (and one separator) out of its list or tuple: delete [start, end), and
   * add a comma at `commaAt` when one must stay (a tuple of two). On lines of its own, the element
   * goes with those lines (its comment too). Null when it cannot go alone (the only element of a
   * set or of a tuple without parentheses).
   */
  removal: { start: number; end: number; commaAt: number | null } | null;
}

export interface AllOperation {
  op: '=' | '+=' | 'extend' | 'append' | 'remove';
  annotated: boolean;
  form: AllForm;
  /**
   * `name` / `attribute` forms: the source (`other.__all__`); `call`, and `list` / `tuple` / `string`
   * unwrapped from `list(...)`, `tuple(...)`: the callee; `comprehension`: `list`, `set` or `generator`;
   * `binop`: when `+` of two literals raises TypeError at import, their types (`list+set`).
   */
  ref: string | null;
  elements: AllElement[];
  /** The value expression (for `append`/`extend`/`remove`, the argument). */
  valueStart: Pos;
  valueEnd: Pos;
  valueStartOffset: number;
  valueEndOffset: number;
  start: Pos;
  /** Inside a module-level `for`/`while` body. */
  inLoop: boolean;
  /** Inside a module-level `if`/`try`/`with`/`match` block. */
  inBlock: boolean;
  /**
   * In a branch type checkers take as never run: after `if TYPE_CHECKING:` (its `elif`s and
   * `else`), or under `if not TYPE_CHECKING:`. pyright reads nothing there.
   */
  runtimeOnly: boolean;
}

export interface Directive {
  kind: 'disable' | 'disable-file';
  rules: string[];
  line: number;
}

/**
 * The rules another tool's suppression comment on a line stands for: ruff's and flake8's `# noqa`
 * (bare: every rule; with codes: the rules that check the same thing), and `# pyright: ignore`
 * for the rule that reports what pyright would.
 */
const NOQA_CODES: Record<string, string[]> = {
  // Not F401 (unused import): on an `__init__.py`'s import it marks a re-export the maintainer
  // means to keep, which implicit-reexport exists to make visible to type checkers.
  F822: ['all-undefined'],
  INP001: ['implicit-namespace-package', 'missing-init'],
  PLE0604: ['all-non-string'],
  PLE0605: ['all-not-sequence'],
  PLW0406: ['import-self'],
  RUF022: ['all-unsorted'],
  RUF068: ['all-duplicate'],
};

function foreignSuppression(comment: string): string[] {
  const out: string[] = [];
  const noqa = /#\s*noqa\b(?::\s*([A-Z]+[0-9]+(?:[\s,]+[A-Z]+[0-9]+)*))?/i.exec(comment);
  if (noqa) out.push(...noqaRules(noqa[1]));
  if (/#\s*pyright:\s*ignore\b/.test(comment)) out.push('implicit-reexport', 'all-unsupported-form');
  // pyright honours `# type: ignore` too (enableTypeIgnoreComments, on by default).
  else if (/#\s*type:\s*ignore\b/.test(comment)) out.push('all-unsupported-form');
  return out;
}

/** The rules a noqa's codes stand for (none given: every rule). */
function noqaRules(codes: string | undefined): string[] {
  if (codes === undefined) return ['all'];
  return codes.split(/[\s,]+/).flatMap((code) => NOQA_CODES[code.toUpperCase()] ?? []);
}

/**
 * ruff's file-level exemption, `# ruff: noqa` or flake8's `# flake8: noqa` (which ruff also reads),
 * optionally with codes, in a comment alone on its line: the rules it stands for, for the whole file.
 */
function fileExemption(comment: string): string[] {
  const m = /^#\s*(?:ruff|flake8)\s*:\s*noqa\b(?::\s*([A-Z]+[0-9]+(?:[\s,]+[A-Z]+[0-9]+)*))?/i.exec(comment);
  return m ? noqaRules(m[1]) : [];
}

/** Callees whose result is their argument as a list or tuple. */
const SEQUENCE_CALLS = new Set(['list', 'tuple', 'builtins.list', 'builtins.tuple']);
/** Types whose `+` takes only their own type ("can only concatenate list (not "set") to list"). */
const SEQUENCE_TYPES = new Set(['list', 'tuple', 'str']);

/** An `__all__` value as classify reads it; `type`: a `+` of literals of one type, that type. */
interface Classified {
  form: AllForm;
  ref: string | null;
  elements: AllElement[];
  type?: string | null;
}

/** The type of a literal `__all__` operand, as CPython names it; null for anything else. */
function literalType(part: Classified): string | null {
  if (part.ref !== null) return null; // list(...) and other calls: what the callee returns is not seen
  switch (part.form) {
    case 'binop':
      return part.type ?? null;
    case 'list': case 'tuple': case 'set': case 'dict':
      return part.form;
    case 'string':
      return 'str';
    case 'other':
      return part.elements.length === 1 ? constantType(part.elements[0]!.text) : null;
    default:
      return null;
  }
}

/** CPython's name of the type of a constant's source text (`None`: NoneType, `1.5`: float); null if not one. */
export function constantType(text: string): string | null {
  if (text === 'None') return 'NoneType';
  if (text === 'True' || text === 'False') return 'bool';
  if (/^[0-9.]/.test(text)) return /[jJ]$/.test(text) ? 'complex' : /^0[xXoObB]/.test(text) || !/[.eE]/.test(text) ? 'int' : 'float';
  if (/^[rRuU]*['"]/.test(text)) return 'str';
  if (/^[rRbB]*['"]/.test(text)) return 'bytes';
  return null;
}

export interface ModuleFacts {
  imports: ImportFact[];
  dynamicImports: DynamicImport[];
  bindings: Binding[];
  dunderAll: AllOperation[];
  /** Line of a module-level `def __getattr__` (PEP 562), or null. */
  getattrLine: number | null;
  /** The module tests `__name__ == "__main__"` at module level: it is (also) run as a script. */
  mainGuard: boolean;
  /**
   * Module-level code creates names the scanner cannot see: `globals()`, `vars()`, `setattr` on the
   * module, enum `_convert_`. Rules about undefined names stay silent for such modules.
   */
  dynamicGlobals: boolean;
  /** Names declared `global` inside functions: assigning them there creates module-level names. */
  functionGlobals: string[];
  directives: Directive[];
  shebang: boolean;
  /** PEP 723 `# /// script` block, 1-based lines of its first and last comment. */
  scriptBlock: { start: number; end: number } | null;
  syntaxError: { message: string; line: number; column: number } | null;
}

interface TryRecord {
  catchesImportError: boolean;
}

interface Block {
  kind: K | 'match' | 'case' | 'decorated';
  /** def or class: a new scope. */
  scope: Scope | null;
  tryRecord: TryRecord | null;
  typeChecking: boolean;
  /** Never run as type checkers see it (see AllOperation.runtimeOnly). */
  runtimeOnly: boolean;
  conditional: boolean;
  loop: boolean;
  mainGuard: boolean;
  handler: boolean;
}

/** A compound statement just seen at a given depth, so `elif`/`else`/`except` can join it. */
interface Chain {
  kind: K | 'match';
  conditionalSoFar: boolean;
  /** An `if`/`elif` of the chain tested TYPE_CHECKING: the branches after it are runtime-only. */
  typeCheckingSoFar: boolean;
  tryRecord: TryRecord | null;
}

interface PendingImport {
  fact: ImportFact;
  tries: TryRecord[];
}

const IMPORT_ERRORS = new Set(['ImportError', 'ModuleNotFoundError', 'Exception', 'BaseException']);

/**
 * Operators a statement can begin with: brackets, unary `-` `+` `~`, a starred target, `...`, and
 * `@` of a decorator. Any other operator there is a syntax error CPython reports.
 */
const STATEMENT_START_OPS = new Set<number>([40, 91, 123, 45, 43, 126, 42, 64, Op.Ellipsis]);

/** Blanks and a comment up to and including the line break. */
const REST_OF_LINE = /[ \t\f]*(?:#[^\r\n]*)?(?:\r\n|\r|\n)/y;

export function scanModule(text: string): ModuleFacts {
  return new FactsBuilder(tokenize(text)).build();
}

class FactsBuilder {
  private readonly lines: LineMap;
  private readonly text: string;
  private readonly blocks: Block[] = [];
  private readonly chains: Array<Chain | null> = [];
  private pendingBlock: Block | null = null;
  private readonly imports: PendingImport[] = [];
  private readonly bindings: Binding[] = [];
  private readonly dunderAll: AllOperation[] = [];
  private getattrLine: number | null = null;
  private mainGuard = false;
  private dynamicGlobals = false;
  private readonly functionGlobals = new Set<string>();
  private syntaxErrorOffset = -1;
  private syntaxErrorMessage = '';

  constructor(private readonly t: Tokens) {
    this.text = t.text;
    this.lines = new LineMap(t.text);
  }

  private error(message: string, offset: number): void {
    if (this.syntaxErrorOffset === -1) {
      this.syntaxErrorOffset = offset;
      this.syntaxErrorMessage = message;
    }
  }

  build(): ModuleFacts {
    const t = this.t;
    let i = 0;
    while (t.kind[i] !== T.End) {
      const k = t.kind[i];
      if (k === T.Indent) {
        if (this.pendingBlock) this.blocks.push(this.pendingBlock);
        else {
          this.error('unexpected indent', t.start[i]!);
          this.blocks.push(this.plainBlock('decorated'));
        }
        this.pendingBlock = null;
        this.chains.push(null);
        i++;
        continue;
      }
      if (this.pendingBlock) {
        this.error('expected an indented block', t.start[i]!);
        this.pendingBlock = null;
      }
      if (k === T.Dedent) {
        this.blocks.pop();
        this.chains.pop();
        i++;
        continue;
      }
      if (k === T.Newline) {
        i++;
        continue;
      }
      let j = i;
      while (t.kind[j] !== T.Newline && t.kind[j] !== T.End) j++;
      this.logicalLine(i, j);
      i = t.kind[j] === T.Newline ? j + 1 : j;
    }
    if (this.pendingBlock) this.error('expected an indented block', this.text.length);
    if (t.error) this.error(t.error.message, t.error.offset);
    return this.finish();
  }

  private plainBlock(kind: Block['kind']): Block {
    return { kind, scope: null, tryRecord: null, typeChecking: false, runtimeOnly: false, conditional: false, loop: false, mainGuard: false, handler: false };
  }

  private get scope(): Scope {
    for (let b = this.blocks.length - 1; b >= 0; b--) {
      const s = this.blocks[b]!.scope;
      if (s) return s;
    }
    return 'module';
  }

  private get chainSlot(): number {
    return this.blocks.length;
  }

  /** Tokens [i, j) of one logical line: a compound header (maybe with an inline body) or simple statements. */
  private logicalLine(i: number, j: number): void {
    const t = this.t;
    const first = t.kind[i] === T.Keyword ? t.extra[i]! : 0;
    let compound: Block['kind'] | null = null;
    switch (first) {
      case K.If: case K.Elif: case K.Else: case K.While: case K.For: case K.Try: case K.Except:
      case K.Finally: case K.With: case K.Def: case K.Class:
        compound = first;
        break;
      case K.Async:
        compound = t.extra[i + 1] === K.Def ? K.Def : t.extra[i + 1] === K.For ? K.For : K.With;
        break;
      default:
        if (t.kind[i] === T.Op && t.extra[i] === 64) {
          this.simpleStatement(i, j); // a decorator line: only walrus bindings matter
          return;
        }
        if (t.kind[i] === T.Name && (t.isName(i, 'match') || t.isName(i, 'case')) && this.endsWithHeaderColon(i, j)) {
          compound = t.isName(i, 'match') ? 'match' : 'case';
        }
    }
    if (compound === null) {
      this.chains[this.chainSlot] = null;
      this.simpleStatements(i, j);
      return;
    }
    const colon = this.headerColon(i, j);
    if (colon === -1) {
      this.error("expected ':'", t.start[j - 1] ?? t.start[i]!);
      return;
    }
    const block = this.header(compound, i, colon);
    if (colon + 1 < j) {
      // `if x: import y; z = 1` — the body is on the header's line.
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
  private headerColon(i: number, j: number): number {
    const t = this.t;
    let depth = 0;
    let lambdas = 0;
    for (let p = i; p < j; p++) {
      if (t.kind[p] === T.Op) {
        const c = t.extra[p];
        if (c === 40 || c === 91 || c === 123) depth++;
        else if (c === 41 || c === 93 || c === 125) depth--;
        else if (c === 58 && depth === 0) {
          if (lambdas === 0) return p;
          lambdas--;
        }
      } else if (depth === 0 && t.kind[p] === T.Keyword && t.extra[p] === K.Lambda) lambdas++;
    }
    return -1;
  }

  private endsWithHeaderColon(i: number, j: number): boolean {
    return j - 1 > i && this.headerColon(i, j) === j - 1;
  }

  private header(kind: Block['kind'], i: number, colon: number): Block {
    const t = this.t;
    const block = this.plainBlock(kind);
    const slot = this.chainSlot;
    const atModule = this.scope === 'module';
    switch (kind) {
      case K.If:
      case K.Elif: {
        // An elif branch runs only when the earlier tests failed: their sys checks condition it too.
        const earlier = kind === K.Elif && (this.chains[slot]?.conditionalSoFar ?? false);
        const c = earlier || this.mentionsSys(i + 1, colon);
        block.conditional = c;
        block.typeChecking = this.isTypeChecking(i + 1, colon);
        const afterTypeChecking = kind === K.Elif && (this.chains[slot]?.typeCheckingSoFar ?? false);
        block.runtimeOnly = afterTypeChecking || (t.extra[i + 1] === K.Not && this.isTypeChecking(i + 2, colon));
        this.chains[slot] = { kind: K.If, conditionalSoFar: c, typeCheckingSoFar: afterTypeChecking || block.typeChecking, tryRecord: null };
        if (atModule) {
          block.mainGuard = this.testsMainName(i + 1, colon);
          if (block.mainGuard) this.mainGuard = true;
          this.walrus(i + 1, colon);
        }
        break;
      }
      case K.Else: {
        const chain = this.chains[slot];
        if (chain?.kind === K.If) {
          block.conditional = chain.conditionalSoFar;
          block.runtimeOnly = chain.typeCheckingSoFar;
        }
        this.chains[slot] = null;
        break;
      }
      case K.While:
      case K.For: {
        block.loop = true;
        this.chains[slot] = { kind, conditionalSoFar: false, typeCheckingSoFar: false, tryRecord: null };
        const start = t.extra[i] === K.Async ? i + 2 : i + 1;
        if (kind === K.For && atModule) {
          const inAt = this.findKeywordAtDepth0(start, colon, K.In);
          if (inAt !== -1) {
            this.targets(start, inAt, 'for');
            this.walrus(inAt + 1, colon);
          }
        } else if (atModule) this.walrus(start, colon);
        break;
      }
      case K.Try: {
        const record: TryRecord = { catchesImportError: false };
        block.tryRecord = record;
        this.chains[slot] = { kind: K.Try, conditionalSoFar: false, typeCheckingSoFar: false, tryRecord: record };
        break;
      }
      case K.Except: {
        const chain = this.chains[slot];
        let p = i + 1;
        if (t.isOp(p, 42)) p++; // except*
        const asAt = this.findKeywordAtDepth0(p, colon, K.As);
        const typeEnd = asAt === -1 ? colon : asAt;
        // PEP 758 (3.14): `except A, B:` is valid; with `as` the types must still be parenthesized.
        if (asAt !== -1 && this.hasCommaAtDepth0(p, typeEnd)) {
          this.error("multiple exception types must be parenthesized when using 'as'", t.start[p]!);
        }
        block.handler = true;
        if (chain?.tryRecord && this.catchesImportError(p, typeEnd)) chain.tryRecord.catchesImportError = true;
        if (asAt !== -1 && atModule && t.kind[asAt + 1] === T.Name) this.bind(asAt + 1, 'except');
        break;
      }
      case K.Finally:
        this.chains[slot] = null;
        break;
      case K.With: {
        const start = t.extra[i] === K.Async ? i + 2 : i + 1;
        this.chains[slot] = null;
        if (atModule) this.withItems(start, colon);
        break;
      }
      case K.Def:
      case K.Class: {
        const nameAt = t.extra[i] === K.Async ? i + 2 : i + 1;
        this.chains[slot] = null;
        block.scope = kind === K.Def ? 'function' : 'class';
        if (t.kind[nameAt] !== T.Name) {
          this.error('invalid syntax', t.start[nameAt]!);
          break;
        }
        if (atModule) {
          this.bind(nameAt, kind === K.Def ? 'def' : 'class');
          if (kind === K.Def && t.isName(nameAt, '__getattr__') && this.getattrLine === null) {
            this.getattrLine = this.lines.line(t.start[nameAt]!);
          }
          this.walrus(nameAt + 1, colon);
        }
        break;
      }
      case 'match':
        this.chains[slot] = { kind: 'match', conditionalSoFar: false, typeCheckingSoFar: false, tryRecord: null };
        if (atModule) this.walrus(i + 1, colon);
        break;
      case 'case':
        if (atModule) this.casePattern(i + 1, colon);
        break;
    }
    return block;
  }

  /** The first token in [i, j) outside brackets opened within the range for which `test` holds, or -1. */
  private findAtDepth0(i: number, j: number, test: (p: number) => boolean): number {
    const t = this.t;
    let depth = 0;
    for (let p = i; p < j; p++) {
      if (t.kind[p] === T.Op) {
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
      if (depth === 0 && test(p)) return p;
    }
    return -1;
  }

  private findKeywordAtDepth0(i: number, j: number, k: K): number {
    return this.findAtDepth0(i, j, (p) => this.t.isKeyword(p, k));
  }

  private hasCommaAtDepth0(i: number, j: number): boolean {
    return this.findAtDepth0(i, j, (p) => this.t.isOp(p, 44)) !== -1;
  }

  /** Ranges of [i, j) split at depth-0 operators `code` (a trailing empty range is dropped). */
  private splitAtDepth0(i: number, j: number, code: number): Array<[number, number]> {
    const t = this.t;
    const out: Array<[number, number]> = [];
    let depth = 0;
    let from = i;
    for (let p = i; p < j; p++) {
      if (t.kind[p] !== T.Op) continue;
      const c = t.extra[p];
      if (c === 40 || c === 91 || c === 123) depth++;
      else if (c === 41 || c === 93 || c === 125) depth--;
      else if (c === code && depth === 0) {
        out.push([from, p]);
        from = p + 1;
      }
    }
    if (from < j || out.length === 0) out.push([from, j]);
    return out;
  }

  private mentionsSys(i: number, j: number): boolean {
    const t = this.t;
    for (let p = i; p + 2 < j; p++) {
      if (t.isName(p, 'sys') && t.isOp(p + 1, 46) && (t.isName(p + 2, 'version_info') || t.isName(p + 2, 'platform'))) {
        if (p === i || !t.isOp(p - 1, 46)) return true;
      }
    }
    return false;
  }

  /** `TYPE_CHECKING` or `x.TYPE_CHECKING` (any dotted prefix), and nothing else. */
  private isTypeChecking(i: number, j: number): boolean {
    const t = this.t;
    if (j <= i || !t.isName(j - 1, 'TYPE_CHECKING')) return false;
    for (let p = i; p < j - 1; p += 2) {
      if (t.kind[p] !== T.Name || !t.isOp(p + 1, 46)) return false;
    }
    return (j - i) % 2 === 1;
  }

  /** Handler types: bare names or dotted names (last part), alone or in a tuple. */
  private catchesImportError(i: number, j: number): boolean {
    const t = this.t;
    if (i === j) return true; // bare `except:`
    let a = i;
    let b = j;
    if (t.isOp(a, 40) && t.isOp(b - 1, 41) && this.closingParen(a) === b - 1) (a = a + 1), (b = b - 1);
    for (const [s, e] of this.splitAtDepth0(a, b, 44)) {
      if (e > s && this.isDottedName(s, e) && IMPORT_ERRORS.has(t.nameOf(e - 1))) return true;
    }
    return false;
  }

  private isDottedName(i: number, j: number): boolean {
    const t = this.t;
    if ((j - i) % 2 === 0) return false;
    for (let p = i; p < j; p++) {
      if ((p - i) % 2 === 0 ? t.kind[p] !== T.Name : !t.isOp(p, 46)) return false;
    }
    return true;
  }

  /** Index of the bracket closing the one at i (or -1). */
  private closingParen(i: number): number {
    const t = this.t;
    let depth = 0;
    for (let p = i; t.kind[p] !== T.End && t.kind[p] !== T.Newline; p++) {
      if (t.kind[p] !== T.Op) continue;
      const c = t.extra[p];
      if (c === 40 || c === 91 || c === 123) depth++;
      else if (c === 41 || c === 93 || c === 125) {
        depth--;
        if (depth === 0) return p;
      }
    }
    return -1;
  }

  private simpleStatements(i: number, j: number): void {
    const t = this.t;
    let from = i;
    for (let p = i; p < j; p++) {
      // `;` only ever appears at depth 0 (brackets cannot hold one), so no depth tracking is needed.
      if (t.kind[p] === T.Op && t.extra[p] === 59) {
        if (p > from) this.simpleStatement(from, p);
        from = p + 1;
      }
    }
    if (j > from) this.simpleStatement(from, j);
  }

  private simpleStatement(i: number, j: number): void {
    const t = this.t;
    if (t.kind[i] === T.Op && !STATEMENT_START_OPS.has(t.extra[i]!)) {
      // `<<<<<<< HEAD`, `=======`, `>>>>>>> branch`: a merge's conflict markers, among others.
      this.error('invalid syntax', t.start[i]!);
      return;
    }
    const atModule = this.scope === 'module';
    if (t.kind[i] === T.Keyword) {
      switch (t.extra[i]) {
        case K.Import:
          this.importStatement(i, j);
          return;
        case K.From:
          this.fromStatement(i, j);
          return;
        case K.Global:
          for (let p = i + 1; p < j; p += 2) {
            if (t.kind[p] !== T.Name) continue;
            if (atModule) this.bind(p, 'global');
            else this.functionGlobals.add(t.nameOf(p));
          }
          return;
        case K.Nonlocal: case K.Pass: case K.Break: case K.Continue:
          return;
      }
    }
    if (!atModule) return;
    if (t.isName(i, 'type') && t.kind[i + 1] === T.Name && (t.isOp(i + 2, 61) || t.isOp(i + 2, 91))) {
      this.bind(i + 1, 'type');
      return;
    }
    this.walrus(i, j);
    if (!this.mainGuard && this.testsMainName(i, j)) this.mainGuard = true;
    this.findDynamicGlobals(i, j);
    if (t.kind[i] === T.Keyword) return; // del, return, raise, assert, yield …: bind nothing else
    this.assignment(i, j);
  }

  private assignment(i: number, j: number): void {
    const t = this.t;
    let depth = 0;
    let annotation = -1;
    const equals: number[] = [];
    let aug = -1;
    for (let p = i; p < j; p++) {
      if (t.kind[p] === T.Keyword && t.extra[p] === K.Lambda && depth === 0) break;
      if (t.kind[p] !== T.Op) continue;
      const c = t.extra[p];
      if (c === 40 || c === 91 || c === 123) depth++;
      else if (c === 41 || c === 93 || c === 125) depth--;
      else if (depth === 0) {
        if (c === 61) equals.push(p);
        else if (c === 58 && annotation === -1 && equals.length === 0) annotation = p;
        else if ((c === Op.PlusEq || c === Op.AugOther) && aug === -1 && equals.length === 0) aug = p;
      }
    }
    if (aug !== -1) {
      if (this.isSingleName(i, aug)) this.bind(i, 'augassign');
      if (t.extra[aug] === Op.PlusEq && this.isSingleName(i, aug) && t.isName(i, '__all__')) {
        this.recordAll('+=', false, aug + 1, j, i);
      }
      return;
    }
    if (annotation !== -1) {
      const hasValue = equals.length > 0;
      if (this.isSingleName(i, annotation)) {
        this.bind(i, hasValue ? 'annassign' : 'annotation');
        if (hasValue && t.isName(i, '__all__')) this.recordAll('=', true, equals[0]! + 1, j, i);
      }
      return;
    }
    if (equals.length === 0) {
      this.allMethodCall(i, j);
      return;
    }
    let from = i;
    const valueStart = equals[equals.length - 1]! + 1;
    for (const eq of equals) {
      this.targets(from, eq, 'assign');
      if (this.isSingleName(from, eq) && t.isName(from, '__all__')) this.recordAll('=', false, valueStart, j, i);
      from = eq + 1;
    }
  }

  private isSingleName(i: number, j: number): boolean {
    return j === i + 1 && this.t.kind[i] === T.Name;
  }

  /** Binds the names of an assignment target list: names, `*name`, and nested tuples/lists. */
  private targets(i: number, j: number, kind: BindingKind, depth = 0): void {
    const t = this.t;
    if (depth > MAX_NESTING) return; // a syntax error: see classify
    for (const [s0, e] of this.splitAtDepth0(i, j, 44)) {
      let s = s0;
      if (s < e && t.isOp(s, 42)) s++;
      if (e === s + 1 && t.kind[s] === T.Name) this.bind(s, kind);
      else if (e > s + 1 && (t.isOp(s, 40) || t.isOp(s, 91)) && this.closingParen(s) === e - 1) this.targets(s + 1, e - 1, kind, depth + 1);
    }
  }

  private withItems(i: number, j: number): void {
    const t = this.t;
    let a = i;
    let b = j;
    // `with (a as b, c as d):` — parenthesized items (not `with (a, b) as c:`).
    if (t.isOp(a, 40) && this.closingParen(a) === b - 1 && this.findKeywordAtDepth0(a + 1, b - 1, K.As) !== -1) {
      a++;
      b--;
    }
    for (const [s, e] of this.splitAtDepth0(a, b, 44)) {
      const asAt = this.findKeywordAtDepth0(s, e, K.As);
      this.walrus(s, asAt === -1 ? e : asAt);
      if (asAt !== -1) this.targets(asAt + 1, e, 'with');
    }
  }

  /** Capture names of a `case` pattern, then walrus in its guard. */
  private casePattern(i: number, j: number): void {
    const t = this.t;
    const guard = this.findKeywordAtDepth0(i, j, K.If);
    const end = guard === -1 ? j : guard;
    for (let p = i; p < end; p++) {
      const k = t.kind[p];
      if (k === T.Keyword && t.extra[p] === K.As && t.kind[p + 1] === T.Name) {
        this.bind(p + 1, 'match');
        p++;
        continue;
      }
      if (k !== T.Name) continue;
      const prev = p > i ? p - 1 : -1;
      const next = p + 1;
      if (t.isName(p, '_') || t.isName(p, 'None') || t.isName(p, 'True') || t.isName(p, 'False')) continue;
      if (prev !== -1 && t.isOp(prev, 46)) continue; // value pattern a.b
      if (t.isOp(next, 46) || t.isOp(next, 40)) continue; // dotted value or class pattern
      if (t.isOp(next, 61)) continue; // keyword pattern name=
      const bracketDepthKey = prev !== -1 && t.isOp(prev, 42) ? 'star' : 'plain';
      if (bracketDepthKey === 'star' || !this.isMappingKey(p, end)) this.bind(p, 'match');
    }
    if (guard !== -1) this.walrus(guard + 1, j);
  }

  /** In `{k: v}`, a bare name key would be a syntax error, so any name followed by `:` is not a capture. */
  private isMappingKey(p: number, end: number): boolean {
    return p + 1 < end && this.t.isOp(p + 1, 58);
  }

  /** `name := ...` anywhere in [i, j) outside lambda bodies binds at module level. */
  private walrus(i: number, j: number): void {
    const t = this.t;
    let depth = 0;
    const lambdaDepths: number[] = [];
    let pendingLambda = -1;
    for (let p = i; p < j; p++) {
      const k = t.kind[p];
      if (k === T.Keyword) {
        const kw = t.extra[p];
        if (kw === K.Lambda) pendingLambda = depth;
        else if (kw === K.For && lambdaDepths.length && lambdaDepths[lambdaDepths.length - 1] === depth) lambdaDepths.pop();
        continue;
      }
      if (k !== T.Op) continue;
      const c = t.extra[p];
      if (c === 40 || c === 91 || c === 123) depth++;
      else if (c === 41 || c === 93 || c === 125) {
        depth--;
        while (lambdaDepths.length && lambdaDepths[lambdaDepths.length - 1]! > depth) lambdaDepths.pop();
      } else if (c === 58 && pendingLambda === depth) {
        lambdaDepths.push(depth);
        pendingLambda = -1;
      } else if (c === 44 && lambdaDepths.length && lambdaDepths[lambdaDepths.length - 1] === depth) {
        lambdaDepths.pop();
      } else if (c === Op.Walrus && lambdaDepths.length === 0 && p > i && t.kind[p - 1] === T.Name) {
        this.bind(p - 1, 'walrus');
      }
    }
  }

  private findDynamicGlobals(i: number, j: number): void {
    const t = this.t;
    if (this.dynamicGlobals) return;
    for (let p = i; p < j; p++) {
      if (t.kind[p] !== T.Name) continue;
      if (((t.isName(p, 'globals') || t.isName(p, 'vars')) && t.isOp(p + 1, 40)) || t.isName(p, '_convert_') ||
          t.isName(p, 'setattr') || t.isName(p, 'global_enum')) {
        this.dynamicGlobals = true;
        return;
      }
    }
  }

  /** Whether [i, j) holds `__name__ == "__main__"` (either way round). */
  private testsMainName(i: number, j: number): boolean {
    const t = this.t;
    for (let p = i; p + 2 < j; p++) {
      if (!t.isOp(p + 1, Op.EqEq)) continue;
      const a = p;
      const b = p + 2;
      const isMain = (k: number) => t.kind[k] === T.String && decodeStringLiteral(t.textOf(k)) === '__main__';
      if ((t.isName(a, '__name__') && isMain(b)) || (isMain(a) && t.isName(b, '__name__'))) return true;
    }
    return false;
  }

  private bind(tokenIndex: number, kind: BindingKind): void {
    const pos = this.lines.position(this.t.start[tokenIndex]!);
    this.bindings.push({ name: this.t.nameOf(tokenIndex), kind, line: pos.line, column: pos.column });
  }

  /** `import a.b.c, d as e` */
  private importStatement(i: number, j: number): void {
    const t = this.t;
    const names: ImportedName[] = [];
    for (const [s, e] of this.splitAtDepth0(i + 1, j, 44)) {
      const parsed = this.aliasAt(s, e, true);
      if (!parsed) {
        this.error('invalid syntax', t.start[s] ?? t.start[i]!);
        return;
      }
      names.push(parsed.name);
      if (this.scope === 'module') {
        const bindAt = parsed.asIndex !== -1 ? parsed.asIndex : s;
        this.bind(bindAt, 'import');
      }
    }
    this.addImport({ kind: 'import', level: 0, module: null, names }, i, j);
  }

  /** `from ..a.b import (c as d, e)` */
  private fromStatement(i: number, j: number): void {
    const t = this.t;
    let p = i + 1;
    let level = 0;
    for (; p < j; p++) {
      if (t.isOp(p, 46)) level++;
      else if (t.isOp(p, Op.Ellipsis)) level += 3;
      else break;
    }
    const importAt = this.findKeywordAtDepth0(p, j, K.Import);
    if (importAt === -1 || (importAt === p && level === 0)) {
      this.error('invalid syntax', t.start[i]!);
      return;
    }
    let module: string | null = null;
    if (importAt > p) {
      if (!this.isDottedName(p, importAt)) {
        this.error('invalid syntax', t.start[p]!);
        return;
      }
      module = this.sourceOf(p, importAt);
    }
    let a = importAt + 1;
    let b = j;
    const names: ImportedName[] = [];
    if (t.isOp(a, 42) && b === a + 1) {
      const start = this.lines.position(t.start[a]!);
      const end = this.lines.position(t.end[a]!);
      names.push({ name: '*', asname: null, start, end });
    } else {
      const parenthesized = t.isOp(a, 40);
      if (parenthesized) {
        if (!t.isOp(b - 1, 41)) {
          this.error('invalid syntax', t.start[a]!);
          return;
        }
        a++;
        b--;
      }
      const parts = this.splitAtDepth0(a, b, 44);
      for (let n = 0; n < parts.length; n++) {
        const [s, e] = parts[n]!;
        if (s === e && parenthesized && n === parts.length - 1 && n > 0) continue; // trailing comma
        const parsed = this.aliasAt(s, e, false);
        if (!parsed) {
          this.error('invalid syntax', t.start[s] ?? t.start[i]!);
          return;
        }
        names.push(parsed.name);
        if (this.scope === 'module') this.bind(parsed.asIndex !== -1 ? parsed.asIndex : s, 'import');
      }
      if (names.length === 0) {
        this.error('invalid syntax', t.start[a]!);
        return;
      }
    }
    this.addImport({ kind: 'from', level, module, names }, i, j);
  }

  /** `a.b as c` in [s, e); dotted only when `dotted`. */
  private aliasAt(s: number, e: number, dotted: boolean): { name: ImportedName; asIndex: number } | null {
    const t = this.t;
    const asAt = this.findKeywordAtDepth0(s, e, K.As);
    const nameEnd = asAt === -1 ? e : asAt;
    if (nameEnd <= s || !this.isDottedName(s, nameEnd) || (!dotted && nameEnd !== s + 1)) return null;
    if (asAt !== -1 && !(asAt + 2 === e && t.kind[asAt + 1] === T.Name)) return null;
    const name = this.sourceOf(s, nameEnd);
    return {
      name: {
        name,
        asname: asAt === -1 ? null : t.nameOf(asAt + 1),
        start: this.lines.position(t.start[s]!),
        end: this.lines.position(t.end[e - 1]!),
      },
      asIndex: asAt === -1 ? -1 : asAt + 1,
    };
  }

  private addImport(base: Pick<ImportFact, 'kind' | 'level' | 'module' | 'names'>, i: number, j: number): void {
    const t = this.t;
    let typeChecking = false;
    let conditional = false;
    let mainGuarded = false;
    let inHandler = false;
    const tries: TryRecord[] = [];
    let sameScope = true;
    for (let b = this.blocks.length - 1; b >= 0; b--) {
      const block = this.blocks[b]!;
      if (block.typeChecking) typeChecking = true;
      if (block.conditional) conditional = true;
      if (block.mainGuard) mainGuarded = true;
      if (block.handler) inHandler = true;
      if (sameScope && block.tryRecord) tries.push(block.tryRecord);
      if (block.scope) sameScope = false;
    }
    this.imports.push({
      fact: {
        kind: base.kind,
        level: base.level,
        module: base.module,
        names: base.names,
        start: this.lines.position(t.start[i]!),
        end: this.lines.position(t.end[j - 1]!),
        scope: this.scope,
        guarded: false,
        typeChecking,
        conditional,
        mainGuarded,
        inHandler,
      },
      tries,
    });
  }

  // ---- __all__ -------------------------------------------------------------------------------

  /** `__all__.extend(x)`, `.append(x)`, `.remove(x)` as a whole statement. */
  private allMethodCall(i: number, j: number): void {
    const t = this.t;
    if (!(t.isName(i, '__all__') && t.isOp(i + 1, 46) && t.isOp(i + 3, 40) && t.isOp(j - 1, 41))) return;
    if (this.closingParen(i + 3) !== j - 1) return;
    const method = t.textOf(i + 2);
    if (method !== 'extend' && method !== 'append' && method !== 'remove') return;
    let a = i + 4;
    let b = j - 1;
    // One positional argument (a trailing comma allowed); anything else is not a supported form.
    const args = this.splitAtDepth0(a, b, 44).filter(([s, e]) => e > s);
    if (args.length !== 1) return;
    [a, b] = args[0]!;
    // A bare generator argument (`.extend(x for x in y)`) borrows the call's parentheses, as
    // CPython's tree has it: classified with them, it is the generator it is.
    if (args[0]![0] === i + 4 && args[0]![1] === j - 1 && this.findKeywordAtDepth0(a, b, K.For) !== -1) [a, b] = [i + 3, j];
    this.recordAll(method, false, a, b, i);
  }

  private recordAll(op: AllOperation['op'], annotated: boolean, a: number, b: number, stmt: number): void {
    if (this.scope !== 'module' || b <= a) return;
    const t = this.t;
    // `__all__ = __all__ = [...]` binds one value: recorded once, so each problem is reported once.
    const last = this.dunderAll[this.dunderAll.length - 1];
    if (last && last.valueStartOffset === t.start[a]! && last.valueEndOffset === t.end[b - 1]!) return;
    const value = this.classify(a, b);
    let inLoop = false;
    let runtimeOnly = false;
    for (const block of this.blocks) {
      if (block.loop) inLoop = true;
      if (block.runtimeOnly) runtimeOnly = true;
    }
    this.dunderAll.push({
      op,
      annotated,
      form: value.form,
      ref: value.ref,
      elements: value.elements,
      valueStart: this.lines.position(t.start[a]!),
      valueEnd: this.lines.position(t.end[b - 1]!),
      valueStartOffset: t.start[a]!,
      valueEndOffset: t.end[b - 1]!,
      start: this.lines.position(t.start[stmt]!),
      inLoop,
      inBlock: this.blocks.length > 0,
      runtimeOnly,
    });
  }

  /** The form of the expression [a, b) and, for sequence literals, its elements. */
  private classify(a: number, b: number, depth = 0): Classified {
    const t = this.t;
    const none = (form: AllForm, ref: string | null = null) => ({ form, ref, elements: [] as AllElement[] });
    // Deeper than CPython accepts (a syntax error): not followed, so no input exhausts the stack.
    if (depth > MAX_NESTING) return none('other');
    // A conditional expression or a lambda is "other" whatever it contains.
    if (this.findKeywordAtDepth0(a, b, K.If) !== -1 || this.findKeywordAtDepth0(a, b, K.Lambda) !== -1) return none('other');
    const operands = this.splitAtDepth0(a, b, 43);
    if (operands.length > 1 && operands.every(([s, e]) => e > s)) {
      if (this.hasBinaryOperatorOtherThanPlus(a, b)) return none('binop');
      const elements: AllElement[] = [];
      // The type of the sum so far (null: unknown), to see a `+` CPython refuses at import; operands
      // are evaluated left to right, a failing `+` inside one first.
      let sum: string | null = '';
      for (const [s, e] of operands) {
        const part = this.classify(s, e, depth + 1);
        if (part.form === 'binop' && part.ref !== null) return { form: 'binop', ref: part.ref, elements: [] };
        if (part.form === 'list' || part.form === 'tuple' || part.form === 'binop') elements.push(...part.elements);
        const type = literalType(part);
        if (sum === '') sum = type;
        else if (sum !== null && type !== null && type !== sum && SEQUENCE_TYPES.has(sum)) return { form: 'binop', ref: `${sum}+${type}`, elements: [] };
        else if (type !== sum) sum = null;
      }
      return { form: 'binop', ref: null, elements, type: sum };
    }
    if (this.hasBinaryOperatorOtherThanPlus(a, b)) return none('binop');
    const open = t.kind[a] === T.Op ? t.extra[a] : 0;
    if ((open === 40 || open === 91 || open === 123) && this.closingParen(a) === b - 1) {
      const inner = [a + 1, b - 1] as const;
      if (this.findKeywordAtDepth0(inner[0], inner[1], K.For) !== -1) {
        if (open === 123 && this.hasDictColon(inner[0], inner[1])) return none('dict');
        return none('comprehension', open === 91 ? 'list' : open === 123 ? 'set' : 'generator');
      }
      if (open === 123) {
        if (inner[0] === inner[1] || this.hasDictColon(inner[0], inner[1])) return none('dict');
        return { form: 'set', ref: null, elements: this.elements(inner[0], inner[1], 'set') };
      }
      if (open === 91) return { form: 'list', ref: null, elements: this.elements(inner[0], inner[1], 'list') };
      // Parentheses: a tuple if empty or with a comma, else just grouping.
      if (inner[0] === inner[1] || this.hasCommaAtDepth0(inner[0], inner[1]) || t.isOp(inner[0], 42)) {
        return { form: 'tuple', ref: null, elements: this.elements(inner[0], inner[1], 'tuple') };
      }
      return this.classify(inner[0], inner[1], depth + 1);
    }
    if (this.hasCommaAtDepth0(a, b)) return { form: 'tuple', ref: null, elements: this.elements(a, b, 'bare') };
    let allStrings = true;
    for (let p = a; p < b; p++) if (t.kind[p] !== T.String) allStrings = false;
    if (allStrings) {
      const element = this.element(a, b);
      return { form: element.kind === 'string' ? 'string' : 'other', ref: null, elements: [element] };
    }
    // None, True, False and numbers: a constant, like bytes.
    if (b === a + 1 && (t.kind[a] === T.Number || t.isName(a, 'None') || t.isName(a, 'True') || t.isName(a, 'False'))) {
      return { form: 'other', ref: null, elements: [this.element(a, b)] };
    }
    if (this.isDottedName(a, b)) return none(b === a + 1 ? 'name' : 'attribute', this.sourceOf(a, b));
    if (t.isOp(b - 1, 41)) {
      // name(...) or a.b(...)
      let p = a;
      while (p < b && !t.isOp(p, 40)) p++;
      if (p > a && this.isDottedName(a, p) && this.closingParen(p) === b - 1) {
        const callee = this.sourceOf(a, p);
        return SEQUENCE_CALLS.has(callee) ? this.sequenceCall(callee, p + 1, b - 1, depth) : none('call', callee);
      }
    }
    return none('other');
  }

  /**
   * `list(x)` / `tuple(x)` of one literal [a, b) holds x's elements (`list("ab")` its characters):
   * read as the list or tuple (or string) it makes, the callee kept in `ref`.
   */
  private sequenceCall(callee: string, a: number, b: number, depth: number): Classified {
    const made: AllForm = callee.endsWith('tuple') ? 'tuple' : 'list';
    const args = this.splitAtDepth0(a, b, 44).filter(([s, e]) => e > s);
    if (args.length === 0) return { form: made, ref: callee, elements: [] };
    if (args.length === 1) {
      const [s, e] = args[0]!;
      const arg = this.classify(s, e, depth + 1);
      // Keyword arguments, `*args` and generators are left to the call form.
      if (!this.t.isOp(s, 42) && this.findAtDepth0(s, e, (p) => this.t.isOp(p, 61)) === -1) {
        if (arg.form === 'list' || arg.form === 'tuple' || (arg.form === 'binop' && arg.ref === null && arg.elements.length)) {
          return { form: made, ref: callee, elements: arg.elements };
        }
        if (arg.form === 'string') return { form: 'string', ref: callee, elements: arg.elements };
      }
    }
    return { form: 'call', ref: callee, elements: [] };
  }

  /**
   * A dotted name as CPython reads it: without the spaces and continuations it may be written
   * with, and NFKC-normalised if a part is not ASCII.
   */
  private sourceOf(a: number, b: number): string {
    const t = this.t;
    const source = this.text.slice(t.start[a]!, t.end[b - 1]!).replace(/\s+|\\/g, '');
    for (let p = a; p < b; p++) if (t.kind[p] === T.Name && t.extra[p] === NAME_NON_ASCII) return source.normalize('NFKC');
    return source;
  }

  private hasDictColon(i: number, j: number): boolean {
    return this.splitAtDepth0(i, j, 58).length > 1 || this.hasDoubleStarItem(i, j);
  }

  private hasDoubleStarItem(i: number, j: number): boolean {
    return this.splitAtDepth0(i, j, 44).some(([s, e]) => e > s && this.t.isOp(s, Op.Power));
  }

  private hasBinaryOperatorOtherThanPlus(i: number, j: number): boolean {
    const t = this.t;
    return this.findAtDepth0(i, j, (p) => {
      if (p === i || t.kind[p] !== T.Op) return false;
      const c = t.extra[p]!;
      if (!(c === 42 || c === 45 || c === 47 || c === 37 || c === 64 || c === 124 || c === 38 || c === 94 ||
          c === Op.Power || c === Op.FloorDiv || c === Op.LShift || c === Op.RShift)) return false;
      // `*` right after another operator is a star, not multiplication.
      return !(t.kind[p - 1] === T.Op && ![41, 93, 125].includes(t.extra[p - 1]!));
    }) !== -1;
  }

  /**
   * The elements between the brackets [i, j) of a sequence (`bare`: a tuple without parentheses),
   * each with the text that takes it out of the sequence alone and leaves the rest as it was.
   */
  private elements(i: number, j: number, sequence: 'list' | 'tuple' | 'set' | 'bare'): AllElement[] {
    const t = this.t;
    const parts = this.splitAtDepth0(i, j, 44).filter(([s, e]) => e > s);
    const out = parts.map(([s, e]) => this.element(s, e));
    // A tuple of two without a trailing comma must keep one, else `("a", "b")` would become `("b")`.
    const pair = (sequence === 'tuple' || sequence === 'bare') && out.length === 2 && !(parts[1]![1] < j && t.isOp(parts[1]![1], 44));
    out.forEach((element, k) => {
      const [, e] = parts[k]!;
      const commaAfter = e < j && t.isOp(e, 44) ? e : -1;
      const next = out[k + 1];
      const prev = out[k - 1];
      if (next) {
        // Up to the next element: the comma and any comments after it go too.
        element.removal = { start: element.startOffset, end: next.startOffset, commaAt: pair ? next.endOffset : null };
      } else if (prev) {
        // The last one: from the end of the one before (its comma with it, unless it is the pair's).
        element.removal = { start: pair ? t.end[parts[k - 1]![1]]! : prev.endOffset, end: element.endOffset, commaAt: null };
      } else if (sequence === 'list' || sequence === 'tuple') {
        // The only one: `[]` and `()` are still a list and a tuple; `{}` is a dict, and a bare `,` nothing.
        element.removal = { start: element.startOffset, end: commaAfter === -1 ? element.endOffset : t.end[commaAfter]!, commaAt: null };
      }
      // On lines of its own (with its comma and a comment), the element goes with those lines.
      const lines = element.removal && commaAfter !== -1 ? this.ownLines(element.startOffset, t.end[commaAfter]!) : null;
      if (lines) element.removal = { ...element.removal!, ...lines };
    });
    return out;
  }

  /**
   * From the start of the line `start` is on to the start of the line after `end`, when only blanks
   * come before `start` on its line and only blanks and a comment after `end` on its line.
   */
  private ownLines(start: number, end: number): { start: number; end: number } | null {
    const text = this.text;
    let a = start;
    while (a > 0 && (text[a - 1] === ' ' || text[a - 1] === '\t' || text[a - 1] === '\f')) a--;
    if (a === 0 || (text[a - 1] !== '\n' && text[a - 1] !== '\r')) return null;
    REST_OF_LINE.lastIndex = end;
    const rest = REST_OF_LINE.exec(text);
    return rest ? { start: a, end: end + rest[0].length } : null;
  }

  private element(s0: number, e0: number): AllElement {
    const t = this.t;
    let s = s0;
    let e = e0;
    // `("x")` is the string "x": grouping parentheses are not part of its value.
    for (let depth = 0; depth < MAX_NESTING && t.isOp(s, 40) && this.closingParen(s) === e - 1 && e - s > 2 && !this.hasCommaAtDepth0(s + 1, e - 1) &&
      this.findKeywordAtDepth0(s + 1, e - 1, K.For) === -1 && !t.isOp(s + 1, 42); depth++) {
      s++;
      e--;
    }
    // Text and offsets span the whole element, parentheses (and comments in them) included: fixes
    // move or delete it whole. The position is the value's, where a reader looks.
    const base = {
      text: this.text.slice(t.start[s0]!, t.end[e0 - 1]!),
      start: this.lines.position(t.start[s]!),
      end: this.lines.position(t.end[e - 1]!),
      startOffset: t.start[s0]!,
      endOffset: t.end[e0 - 1]!,
      removal: null,
    };
    if (t.isOp(s, 42)) return { kind: 'starred', value: null, implicitConcat: false, ...base };
    let strings = true;
    let plain = true;
    for (let p = s; p < e; p++) {
      if (t.kind[p] !== T.String) strings = false;
      else if (t.extra[p]! & (S.Bytes | S.Format)) plain = false;
    }
    if (!strings || !plain) return { kind: 'nonstring', value: null, implicitConcat: strings && e - s > 1, ...base };
    let value: string | null = '';
    for (let p = s; p < e; p++) {
      const part = decodeStringLiteral(t.textOf(p));
      value = value === null || part === null ? null : value + part;
    }
    return { kind: 'string', value, implicitConcat: e - s > 1, ...base };
  }

  // ---- results ---------------------------------------------------------------------------------

  private finish(): ModuleFacts {
    const t = this.t;
    const imports: ImportFact[] = [];
    for (const { fact, tries } of this.imports) {
      fact.guarded = tries.some((r) => r.catchesImportError);
      imports.push(fact);
    }
    const dynamicImports: DynamicImport[] = [];
    if (t.dynamicImportNames.length) this.findDynamicImports(dynamicImports);
    const directives: Directive[] = [];
    for (let d = 0; d < t.directiveComments.length; d += 2) {
      const comment = this.text.slice(t.directiveComments[d]!, t.directiveComments[d + 1]!);
      const line = this.lines.line(t.directiveComments[d]!);
      const m = /#\s*dunderlint:\s*(disable-file|disable)\s*=\s*([A-Za-z0-9_@/,\s-]+)/.exec(comment);
      if (m) {
        directives.push({ kind: m[1] as Directive['kind'], rules: m[2]!.split(',').map((r) => r.trim()).filter(Boolean), line });
      }
      const foreign = foreignSuppression(comment);
      if (foreign.length) directives.push({ kind: 'disable', rules: foreign, line });
      const lineStart = this.text.lastIndexOf('\n', t.directiveComments[d]! - 1) + 1;
      if (this.text.slice(lineStart, t.directiveComments[d]!).trim() === '') {
        const exempt = fileExemption(comment);
        if (exempt.length) directives.push({ kind: 'disable-file', rules: exempt, line });
        // PEP 484: `# type: ignore` on a line of its own before any code silences the whole file.
        if (/^#\s*type:\s*ignore\b/.test(comment) && /^(\s*(#[^\n]*)?\n)*$/.test(this.text.slice(0, lineStart).replace(/\r\n?/g, '\n'))) {
          directives.push({ kind: 'disable-file', rules: ['all-unsupported-form'], line });
        }
      }
    }
    // As in ruff, a suppression on the first line of a `from ... import (` spanning several lines
    // covers every line of it (its names are reported where each is written).
    if (directives.length) {
      const firstLines = new Map<number, number>();
      for (const fact of imports) if (fact.kind === 'from' && fact.end.line > fact.start.line) firstLines.set(fact.start.line, fact.end.line);
      if (firstLines.size) {
        for (const directive of [...directives]) {
          const last = directive.kind === 'disable' ? firstLines.get(directive.line) : undefined;
          for (let line = directive.line + 1; last !== undefined && line <= last; line++) directives.push({ ...directive, line });
        }
      }
    }
    let syntaxError: ModuleFacts['syntaxError'] = null;
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
      shebang: this.text.startsWith('#!'),
      scriptBlock: this.text.includes('# ///') ? findScriptBlock(this.text) : null,
      syntaxError,
    };
  }

  /** `importlib.import_module("x")`, `import_module("x")`, `__import__("x")` with literal arguments. */
  private findDynamicImports(out: DynamicImport[]): void {
    const t = this.t;
    const wanted = new Set(t.dynamicImportNames);
    for (let i = 0; i < t.count; i++) {
      if (t.kind[i] !== T.Name || !wanted.has(t.start[i]!)) continue;
      const name = t.textOf(i);
      let callee: DynamicImport['callee'];
      let start = i;
      if (i > 0 && t.isOp(i - 1, 46)) {
        if (name !== 'import_module' || !t.isName(i - 2, 'importlib') || (i > 2 && t.isOp(i - 3, 46))) continue;
        callee = 'importlib.import_module';
        start = i - 2;
      } else {
        callee = name as 'import_module' | '__import__';
      }
      if (!t.isOp(i + 1, 40) || t.kind[i + 2] !== T.String) continue;
      let p = i + 2;
      let module: string | null = '';
      while (t.kind[p] === T.String) {
        const part = t.extra[p]! & (S.Bytes | S.Format) ? null : decodeStringLiteral(t.textOf(p));
        module = module === null || part === null ? null : module + part;
        p++;
      }
      if (module === null || !(t.isOp(p, 44) || t.isOp(p, 41))) continue;
      let pkg: string | null = null;
      if (t.isOp(p, 44) && t.kind[p + 1] === T.String && (t.isOp(p + 2, 41) || t.isOp(p + 2, 44))) {
        pkg = t.extra[p + 1]! & (S.Bytes | S.Format) ? null : decodeStringLiteral(t.textOf(p + 1));
      }
      out.push({ callee, module, package: pkg, start: this.lines.position(t.start[start]!) });
    }
  }
}

/** PEP 723's reference regular expression, for `type = script`. */
function findScriptBlock(text: string): { start: number; end: number } | null {
  const re = /^# \/\/\/ ([a-zA-Z0-9-]+)$\s((?:^#(?:| .*)$\s)+)^# \/\/\/$/gm;
  for (const m of text.matchAll(re)) {
    if (m[1] !== 'script') continue;
    const before = text.slice(0, m.index);
    const start = before.split('\n').length;
    return { start, end: start + m[0].split('\n').length - 1 };
  }
  return null;
}
