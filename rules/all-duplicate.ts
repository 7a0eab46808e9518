import { defineRule } from '../src/engine/rule';
import { literalElements, type ExportedName } from '../src/python/dunder-all';
import type { AllElement, AllOperation } from '../src/python/facts';
import type { TextEdit } from '../src/types';

export default defineRule({
  id: 'all-duplicate',
  meta: {
    description: 'A name listed twice in `__all__`',
    moduleLocal: true,
    defaultSeverity: 'warn',
    fixable: 'safe',
    messages: {
      duplicate: '"{{name}}" is already in `__all__` (line {{line}}): the repeat is noise that hides edits and sorting mistakes',
    },
  },
  create(context) {
    return {
      module(module) {
        // Replayed like exportList, but each assignment is checked on its own too: a repeat inside a
        // list that a later `=` replaces is still a repeat (ruff's RUF068 finds those).
        const ops = module.facts.dunderAll;
        // A fix is checked against what `__all__` holds at the end (src/fix/verify.ts): an assignment a
        // later top-level `=` replaces is not part of it, so its repeats are reported without a fix.
        let lastReset = -1;
        ops.forEach((op, i) => {
          if (op.op === '=' && !op.inBlock) lastReset = i;
        });
        const current = new Set(ops.slice(Math.max(lastReset, 0)));
        const fixable = (op: AllOperation): boolean => current.has(op);
        let live = new Map<string, ExportedName>();
        for (const op of ops) {
          const elements = literalElements(op);
          if (!elements) {
            if (op.op === '=' && !op.inBlock) live = new Map();
            continue;
          }
          // `"a" "b"` is two names missing a comma (all-implicit-concat reports it), not the name "ab".
          const strings = elements.filter((e) => e.kind === 'string' && e.value !== null && !e.implicitConcat);
          if (op.op === 'remove') {
            for (const e of strings) live.delete(e.value!);
            continue;
          }
          const own = new Map<string, ExportedName>();
          for (const element of strings) {
            const entry = { name: element.value!, element, op };
            const earlier = own.get(entry.name) ?? (op.op === '=' ? undefined : live.get(entry.name));
            if (earlier === undefined) {
              own.set(entry.name, entry);
              continue;
            }
            // Operations in if/else branches may never both run: only a repeat both runs surely add counts.
            if (earlier.op !== op && (earlier.op.inBlock || op.inBlock)) continue;
            report(module.file.path, earlier, entry);
          }
          // An `=` in a block may not run: what it binds joins what was there.
          if (op.op === '=' && !op.inBlock) live = own;
          else for (const [name, entry] of own) live.set(name, entry);
        }

        function report(path: string, earlier: ExportedName, entry: ExportedName): void {
          const { name, element, op } = entry;
          const first = earlier.element.start.line;
          const range = !fixable(op) || op.op === 'append' ? null : element.removal;
          context.report({
            messageId: 'duplicate',
            data: { name, line: first },
            at: { path, start: element.start, end: element.end },
            ...(range
              ? {
                fix: {
                  description: `Remove the repeated "${name}"`,
                  applicability: 'safe' as const,
                  operations: [{ kind: 'edit' as const, path, edits: removeEdits(range), exports: { remove: [name] } }],
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
