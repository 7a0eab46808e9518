import { defineRule } from '../src/engine/rule';
import type { AllOperation } from '../src/python/facts';
import { compareNames } from '../src/python/names';

export default defineRule({
  id: 'all-unsorted',
  meta: {
    description: '`__all__` entries out of order (ruff RUF022\'s isort-style order); off by default',
    moduleLocal: true,
    defaultSeverity: 'off',
    fixable: 'safe',
    messages: {
      unsorted: '`__all__` is not sorted (constants, classes, then the rest): sorted lists merge without conflicts',
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
