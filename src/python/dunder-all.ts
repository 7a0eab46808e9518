/**
 * What a module's `__all__` operations add up to, replayed in order the way the interpreter runs
 * them: `=` starts over, `+=`/`.extend` append, `.append` adds one, `.remove` takes one out.
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
function literalElements(op: AllOperation): AllElement[] | null {
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
    if (op.op === '=') names = [];
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
