import { defineRule } from '../src/engine/rule';
import { exportList } from '../src/python/dunder-all';
import type { AllElement } from '../src/python/facts';
import type { TextEdit } from '../src/types';

export default defineRule({
  id: 'all-duplicate',
  meta: {
    description: 'A name listed twice in `__all__`',
    defaultSeverity: 'warn',
    fixable: 'safe',
    messages: {
      duplicate: '"{{name}}" is already in `__all__` (line {{line}}): the repeat is noise that hides edits and sorting mistakes',
    },
  },
  create(context) {
    return {
      module(module) {
        const list = exportList(module.facts);
        if (!list) return;
        const seen = new Map<string, { line: number; op: (typeof list.names)[number]['op'] }>();
        for (const { name, element, op } of list.names) {
          const earlier = seen.get(name);
          if (earlier === undefined) {
            seen.set(name, { line: element.start.line, op });
            continue;
          }
          // Operations in if/else branches may never both run: only a repeat both runs surely add counts.
          if (earlier.op !== op && (earlier.op.inBlock || op.inBlock)) continue;
          const first = earlier.line;
          const range = op.op === 'append' ? null : element.removal;
          context.report({
            messageId: 'duplicate',
            data: { name, line: first },
            at: { path: module.file.path, start: element.start, end: element.end },
            ...(range
              ? {
                fix: {
                  description: `Remove the repeated "${name}"`,
                  applicability: 'safe' as const,
                  operations: [{ kind: 'edit' as const, path: module.file.path, edits: removeEdits(range), exports: { remove: [name] } }],
                },
              }
              : {}),
          });
        }
      },
    };
  },
});

function removeEdits(range: NonNullable<AllElement['removal']>): TextEdit[] {
  const edits = [{ start: range.start, end: range.end, text: '' }];
  if (range.commaAt !== null) edits.push({ start: range.commaAt, end: range.commaAt, text: ',' });
  return edits;
}
