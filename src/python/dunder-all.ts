/**
 * What a module's `__all__` operations add up to, replayed in order the way the interpreter runs
 * them: `=` starts over, `+=`/`.extend` append, `.append` adds one, `.remove` takes one out.
 * An `=` inside an if/try/with block may or may not run (`try: __all__ = [...] except: __all__ =
 * [...]`): its names join the others, so every branch is checked.
 */
import type { AllElement, AllOperation, ModuleFacts } from './facts';

export interface ExportedName {
  name: string;
  element: AllElement;
  op: AllOperation;
}

export interface ExportList {
  /** The string names `__all__` holds at the end of the module (in order, repeats kept). */
  names: ExportedName[];
  /** False when some operation adds names we cannot read (`+= other.__all__`, a call, a comprehension). */
  complete: boolean;
}

/** Forms whose elements are the names they add (a literal list/tuple, or `+` of those). */
export function literalElements(op: AllOperation): AllElement[] | null {
  if (op.form === 'list' || op.form === 'tuple') return op.elements;
  if (op.form === 'binop' && op.elements.length) return op.elements;
  if ((op.op === 'append' || op.op === 'remove') && op.form === 'string') return op.elements;
  return null;
}

export function exportList(facts: ModuleFacts): ExportList | null {
  if (facts.dunderAll.length === 0) return null;
  let names: ExportedName[] = [];
  let complete = true;
  for (const op of facts.dunderAll) {
    const elements = literalElements(op);
    if (op.op === '=' && !op.inBlock) names = [];
    if (!elements) {
      complete = false;
      continue;
    }
    if (elements.some((e) => e.kind !== 'string')) complete = false;
    const strings = elements.filter((e) => e.kind === 'string' && e.value !== null);
    if (op.op === 'remove') {
      for (const e of strings) {
        const i = names.findIndex((n) => n.name === e.value);
        if (i !== -1) names.splice(i, 1);
      }
      continue;
    }
    // Appended in place: a copy per operation made 20,000 `__all__.append(...)` lines quadratic.
    for (const element of strings) names.push({ name: element.value!, element, op });
  }
  return { names, complete };
}

const DOTTED_NAME = /^\(*\s*[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*(?:\s*\.\s*[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*)*\s*\)*$/u;
const CONSTANTS = new Set(['None', 'True', 'False']);

/**
 * The non-literal elements of `__all__` that may hold a string at run time (`x` bound by an
 * assignment or an import, `deque.__name__`): what they hold is not known, so they are neither
 * names nor non-strings. A name bound only by `def`/`class`, or by nothing (a builtin), is not.
 */
export function opaqueElements(facts: ModuleFacts, elements: readonly AllElement[]): AllElement[] {
  const candidates = elements.filter((e) => e.kind === 'nonstring' && DOTTED_NAME.test(e.text) && !CONSTANTS.has(e.text));
  if (candidates.length === 0) return candidates;
  const kinds = new Map<string, boolean>(); // name → bound by something other than def/class
  for (const b of facts.bindings) if (b.kind !== 'def' && b.kind !== 'class') kinds.set(b.name, true);
  return candidates.filter((e) => {
    const text = e.text.replace(/[()\s]/g, '');
    return text.includes('.') || kinds.get(text.normalize('NFKC')) === true;
  });
}

/**
 * The forms the typing spec lets type checkers follow ("Library interface"). pyright reports any
 * other and then takes every public name of the module as exported.
 */
export function typeCheckersFollow(op: AllOperation): boolean {
  if ((op.form === 'list' || op.form === 'tuple') && op.ref !== null) return false; // list([...])
  const attribute = op.form === 'attribute' && (op.ref ?? '').endsWith('.__all__');
  switch (op.op) {
    case '=':
      return op.form === 'list' || op.form === 'tuple';
    case '+=':
    case 'extend':
      return op.form === 'list' || attribute;
    case 'append':
    case 'remove':
      return op.form === 'string';
  }
}
