import { defineRule } from '../src/engine/rule';
import type { AllOperation } from '../src/python/facts';

/** RUF022's isort-style order: SCREAMING_SNAKE_CASE, then CamelCase, then the rest; natural order within. */
export function sortKey(name: string): [number, string] {
  const category = name.length > 1 && /^[A-Z0-9_]+$/.test(name) && /[A-Z]/.test(name) ? 0 : /^_*[A-Z]/.test(name) ? 1 : 2;
  return [category, name];
}

const naturalParts = (s: string) => s.split(/(\d+)/).map((p, i) => (i % 2 ? Number(p) : p));

export function compareNames(a: string, b: string): number {
  const [ca] = sortKey(a);
  const [cb] = sortKey(b);
  if (ca !== cb) return ca - cb;
  const pa = naturalParts(a);
  const pb = naturalParts(b);
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i]!;
    const y = pb[i]!;
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return String(x) < String(y) ? -1 : 1;
  }
  return pa.length - pb.length;
}

export default defineRule({
  id: 'all-unsorted',
  meta: {
    description: '`__all__` entries out of order (ruff RUF022\'s isort-style order); off by default',
    defaultSeverity: 'off',
    fixable: 'safe',
    messages: {
      unsorted: '`__all__` is not sorted (constants, then classes, then the rest, each in natural order): sorted lists merge without conflicts and show what is exported at a glance',
    },
  },
  create(context) {
    return {
      module(module) {
        for (const op of module.facts.dunderAll) {
          if ((op.form !== 'list' && op.form !== 'tuple') || op.elements.length < 2) continue;
          if (op.elements.some((e) => e.kind !== 'string' || e.value === null || e.implicitConcat)) continue;
          const names = op.elements.map((e) => e.value!);
          const sorted = [...names].sort(compareNames);
          if (names.every((n, i) => n === sorted[i])) continue;
          context.report({
            messageId: 'unsorted',
            at: { path: module.file.path, start: op.valueStart, end: op.valueEnd },
            fix: sortFix(module.file.path, op),
          });
        }
      },
    };
  },
});

/** Puts the element texts in sorted order into the same slots, so separators and comments stay put. */
function sortFix(path: string, op: AllOperation) {
  const order = [...op.elements].sort((a, b) => compareNames(a.value!, b.value!));
  return {
    description: 'Sort __all__',
    applicability: 'safe' as const,
    operations: [{
      kind: 'edit' as const,
      path,
      edits: op.elements.map((slot, i) => ({ start: slot.startOffset, end: slot.endOffset, text: order[i]!.text })),
    }],
  };
}
