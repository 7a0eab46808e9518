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
        const seen = new Map<string, (typeof list.names)[number]>();
        for (const entry of list.names) {
          const { name, element, op } = entry;
          const earlier = seen.get(name);
          if (earlier === undefined) {
            seen.set(name, entry);
            continue;
          }
          // Operations in if/else branches may never both run: only a repeat both runs surely add counts.
          if (earlier.op !== op && (earlier.op.inBlock || op.inBlock)) continue;
          const first = earlier.element.start.line;
          // `"b" "c"` listed before `"bc"` is more likely two names missing a comma (all-implicit-concat)
          // than the name: the explicit one stays, and the concatenation goes.
          const dropEarlier = earlier.element.implicitConcat && !element.implicitConcat && earlier.op.op !== 'append' && earlier.element.removal !== null;
          if (dropEarlier) seen.set(name, entry);
          const range = dropEarlier ? earlier.element.removal : op.op === 'append' ? null : element.removal;
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
