import { defineRule, excerpt } from '../src/engine/rule';
import { T, Tokens, tokenize } from '../src/python/scanner';
import { decodeStringLiteral } from '../src/python/strings';

export default defineRule({
  id: 'all-implicit-concat',
  meta: {
    description: 'Adjacent string literals in `__all__` (a missing comma) make one name out of two',
    moduleLocal: true,
    defaultSeverity: 'error',
    fixable: 'unsafe',
    messages: {
      concat:
        'Missing comma: `{{text}}` in `__all__` is one name, "{{value}}", so neither name is exported',
    },
  },
  create(context) {
    return {
      module(module) {
        for (const op of module.facts.dunderAll) {
          for (const e of op.elements) {
            if (!e.implicitConcat) continue;
            // Split after each string token of the element: offsets come from re-tokenizing its text
            // (in parentheses, as it sits in the list, so line breaks between the parts are not statement ends).
            const tokens = tokenize(`(${e.text})`, new Tokens());
            // In grouping parentheses a bare comma would make a tuple: close them and open them again.
            let levels = 0;
            while (tokens.isOp(1 + levels, 40)) levels++;
            const comma = levels ? `${')'.repeat(levels)}, ${'('.repeat(levels)}` : ',';
            const edits = [];
            const parts: string[] = [];
            for (let i = 0; i < tokens.count; i++) {
              if (tokens.kind[i] !== T.String) continue;
              parts.push(decodeStringLiteral(tokens.textOf(i)) ?? '');
              if (tokens.kind[i + 1] === T.String) {
                const at = e.startOffset + tokens.end[i]! - 1;
                edits.push({ start: at, end: at, text: comma });
              }
            }
            context.report({
              messageId: 'concat',
              data: { text: excerpt(e.text), value: excerpt(e.value ?? '') },
              at: { path: module.file.path, start: e.start, end: e.end },
              fix: {
                description: 'Add the missing commas',
                // Unsafe: perhaps the two halves were meant as one long name.
                applicability: 'unsafe',
                operations: [{ kind: 'edit', path: module.file.path, edits, exports: { remove: [e.value ?? ''], add: parts } }],
              },
            });
          }
        }
      },
    };
  },
});
