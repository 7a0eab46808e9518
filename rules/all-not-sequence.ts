import { defineRule, excerpt } from '../src/engine/rule';
import { constantType, type AllOperation } from '../src/python/facts';

/** Constants whose type has no items: `import *` fails on them with "object does not support indexing". */
const NOT_INDEXABLE = new Set(['NoneType', 'bool', 'int', 'float', 'complex']);
import type { Fix } from '../src/types';

export default defineRule({
  id: 'all-not-sequence',
  meta: {
    description: '`__all__` must be a list or tuple of names, not a string, set or dict',
    moduleLocal: true,
    defaultSeverity: 'error',
    fixable: 'safe',
    messages: {
      string:
        '`__all__` {{verb}} a string: `from … import *` reads it letter by letter and fails; write `{{suggestion}}`',
      set: '`__all__` is a set: `from … import *` fails with TypeError and type checkers reject it; use a list or tuple',
      setAdded: '`__all__` is extended with a set: the exported names come in arbitrary order; use a list',
      dict: '`__all__` is a dict: `from … import *` fails with TypeError; use a list or tuple of names',
      characters:
        '`__all__` is `{{text}}`, characters not names: `from … import *` fails ("has no attribute \'{{first}}\'"); write `{{suggestion}}`',
      notIndexable:
        '`__all__` is {{what}}, not a sequence: `from … import *` fails ("\'{{type}}\' object does not support indexing")',
      concat:
        '`__all__` {{verb}} a `+` that raises on import: "can only concatenate {{left}} (not \"{{right}}\") to {{left}}"',
      constant: '`__all__` is bound to `{{text}}`, which is not a sequence of names: `from … import *` fails with TypeError',
    },
  },
  create(context) {
    return {
      module(module) {
        for (const op of module.facts.dunderAll) {
          const at = { path: module.file.path, start: op.valueStart, end: op.valueEnd };
          const adds = op.op === '+=' || op.op === 'extend';
          if (op.form === 'string' && op.ref !== null) {
            // list("ab") / tuple("ab"): the characters, each looked up as a name by `import *`.
            const text = op.elements[0]!;
            const bound = new Set(module.facts.bindings.map((b) => b.name));
            const first = [...(text.value ?? '')].find((c) => !bound.has(c));
            if (first === undefined || !(op.op === '=' || adds)) continue;
            const made = op.ref.endsWith('tuple') ? 'tuple' : 'list';
            const suggestion = (x: string): string => (made === 'list' || adds ? `[${x}]` : `(${x},)`);
            context.report({
              messageId: 'characters',
              data: { text: excerpt(`${op.ref}(${text.text})`), made, first, suggestion: suggestion(excerpt(text.text)) },
              at,
              fix: replace(module.file.path, op, suggestion(text.text)),
            });
          } else if (op.form === 'binop' && op.ref !== null) {
            const [left, right] = op.ref.split('+');
            context.report({ messageId: 'concat', data: { verb: op.op === '=' ? 'is' : 'is extended with', left: left!, right: right! }, at });
          } else if (op.op === '=' && op.form === 'comprehension' && (op.ref === 'generator' || op.ref === 'set')) {
            context.report({ messageId: 'notIndexable', data: { what: `a ${op.ref} comprehension`.replace('generator comprehension', 'generator'), type: op.ref }, at });
          } else if (op.op === '=' && op.form === 'other' && op.elements.length === 1 && NOT_INDEXABLE.has(constantType(op.elements[0]!.text) ?? '')) {
            const text = op.elements[0]!.text;
            context.report({ messageId: 'notIndexable', data: { what: `\`${excerpt(text)}\``, type: constantType(text)! }, at });
          } else if (op.form === 'string' && (op.op === '=' || adds)) {
            const text = op.elements[0]!.text;
            // Type checkers follow `+=` and `.extend()` with a list, not with a tuple.
            const wrap = (x: string): string => (adds ? `[${x}]` : `(${x},)`);
            context.report({ messageId: 'string', data: { verb: op.op === '=' ? 'is' : 'is extended with', suggestion: wrap(excerpt(text)) }, at, fix: replace(module.file.path, op, wrap(text)) });
          } else if (adds && op.form === 'set') {
            context.report({ messageId: 'setAdded', at });
          } else if (op.op === '=' && op.form === 'set') {
            const inner = op.elements.map((e) => e.text).join(', ');
            context.report({ messageId: 'set', at, fix: replace(module.file.path, op, `(${inner}${op.elements.length === 1 ? ',' : ''})`) });
          } else if (op.op === '=' && op.form === 'dict') {
            context.report({ messageId: 'dict', at });
          } else if ((op.op === '=' || adds) && op.form === 'other' && op.elements.length === 1) {
            context.report({ messageId: 'constant', data: { text: excerpt(op.elements[0]!.text) }, at }); // bytes or f-string
          }
        }
      },
    };
  },
});

function replace(path: string, op: AllOperation, text: string): Fix {
  return {
    description: `Replace with ${excerpt(text)}`,
    applicability: 'safe',
    operations: [{ kind: 'edit', path, edits: [{ start: op.valueStartOffset, end: op.valueEndOffset, text }] }],
  };
}
