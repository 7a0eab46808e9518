import { defineRule, excerpt } from '../src/engine/rule';
import { opaqueElements } from '../src/python/dunder-all';

export default defineRule({
  id: 'all-non-string',
  meta: {
    description: 'Every element of `__all__` must be a string literal',
    moduleLocal: true,
    defaultSeverity: 'error',
    messages: {
      nonString:
        '`{{text}}` in `__all__` is not a string: `from … import *` raises TypeError; write the name in quotes',
    },
  },
  create(context) {
    return {
      module(module) {
        for (const op of module.facts.dunderAll) {
          if (op.form !== 'list' && op.form !== 'tuple' && op.form !== 'set' && op.form !== 'binop') continue;
          // A name or attribute may hold a string: all-unsupported-form's business.
          const opaque = new Set(opaqueElements(module.facts, op.elements));
          for (const e of op.elements) {
            if (e.kind !== 'nonstring' || opaque.has(e)) continue;
            context.report({ messageId: 'nonString', data: { text: excerpt(e.text) }, at: { path: module.file.path, start: e.start, end: e.end } });
          }
        }
      },
    };
  },
});
