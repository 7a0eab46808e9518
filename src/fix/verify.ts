/**
 * The check every edit of a Python module passes before it is written: the edited module still
 * compiles (as far as our scanner sees) and its `__all__` lists exactly the names the fix meant.
 */
import { exportList } from '../python/dunder-all';
import { scanModule, type ModuleFacts } from '../python/facts';
import type { ExportsChange } from '../types';

/** Why the edited module is wrong, or null when it is what the fix promised (`old`: the facts before). */
export function checkModuleEdit(old: ModuleFacts, after: string, change: ExportsChange = {}): string | null {
  const now = scanModule(after);
  if (now.syntaxError && !old.syntaxError) {
    return `the edited module does not compile (${now.syntaxError.message}, line ${now.syntaxError.line})`;
  }
  const listed = expected(listedNames(old), change);
  if (!listed || !sameNames(listed, listedNames(now))) {
    return `the edited __all__ would list ${show(listedNames(now))} instead of ${show(listed ?? listedNames(old))}`;
  }
  // What `__all__` holds at run time, when we can tell: `("a")` lists "a" but is a string.
  const oldExports = exportList(old);
  if (oldExports?.complete) {
    const nowExports = exportList(now);
    const wanted = expected(oldExports.names.map((n) => n.name), change);
    if (!wanted || !nowExports?.complete || !sameNames(wanted, nowExports.names.map((n) => n.name))) {
      return nowExports?.complete
        ? `the edited module would export ${show(nowExports.names.map((n) => n.name))} instead of ${show(wanted ?? [])}`
        : 'the edited __all__ would no longer be a list of names';
    }
  }
  return null;
}

/** Every string the module's `__all__` operations list, in order. */
function listedNames(facts: ModuleFacts): string[] {
  const out: string[] = [];
  for (const op of facts.dunderAll) for (const e of op.elements) if (e.kind === 'string' && e.value !== null) out.push(e.value);
  return out;
}

/** `names` with one of each removed name taken out (null: one is not there) and the added ones in. */
function expected(names: readonly string[], change: ExportsChange): string[] | null {
  const out = [...names];
  for (const name of change.remove ?? []) {
    const i = out.indexOf(name);
    if (i === -1) return null;
    out.splice(i, 1);
  }
  return out.concat(change.add ?? []);
}

function sameNames(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const x = [...a].sort();
  const y = [...b].sort();
  return x.every((n, i) => n === y[i]);
}

function show(names: readonly string[]): string {
  return `[${names.map((n) => JSON.stringify(n)).join(', ')}]`;
}
