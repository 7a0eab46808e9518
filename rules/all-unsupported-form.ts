import { defineRule, excerpt } from '../src/engine/rule';
import { opaqueElements, typeCheckersFollow } from '../src/python/dunder-all';
import type { AllOperation } from '../src/python/facts';

/** Forms all-not-sequence reports as runtime errors; not repeated here. */
const BROKEN = new Set(['string', 'set', 'dict']);

function broken(op: AllOperation): boolean {
  if (BROKEN.has(op.form) || (op.form === 'other' && op.elements.length)) return true;
  if (op.form === 'binop') return op.ref !== null; // `["a"] + {"b"}`: TypeError at import
  return op.form === 'comprehension' && op.ref !== 'list'; // a generator or a set
}

export default defineRule({
  id: 'all-unsupported-form',
  meta: {
    description: '`__all__` built in a way type checkers cannot follow',
    moduleLocal: true,
    defaultSeverity: 'warn',
    messages: {
      form:
        'Type checkers cannot follow `__all__` built by `{{op}}` with {{what}}',
      element:
        'Type checkers read only string literals in `__all__`, not `{{text}}`{{more}}',
      loop: 'Type checkers do not run loops: they cannot follow the names this `__all__.{{op}}(...)` adds',
    },
  },
  create(context) {
    return {
      module(module) {
        // A stub beside the module (`__init__.pyi`, lazy_loader's pattern) is what type checkers read.
        const name = module.file.name;
        if (name.endsWith('.py') && module.file.dir.files.has(`${name}i`)) return;
        for (const op of module.facts.dunderAll) {
          // What type checkers never read cannot mislead them (pyright reports nothing there).
          if (op.runtimeOnly) continue;
          const at = { path: module.file.path, start: op.valueStart, end: op.valueEnd };
          if (op.inLoop) {
            context.report({ messageId: 'loop', data: { op: op.op }, at });
            continue;
          }
          if (op.form === 'list' || op.form === 'tuple' || op.form === 'binop') {
            // One finding per statement, at its first such element, as pyright warns once.
            const opaque = opaqueElements(module.facts, op.elements);
            const e = opaque[0];
            if (e) {
              const more = opaque.length > 1 ? ` (and ${opaque.length - 1} more)` : '';
              context.report({ messageId: 'element', data: { text: excerpt(e.text), more }, at: { path: module.file.path, start: e.start, end: e.end } });
            }
          }
          if (typeCheckersFollow(op) || broken(op)) continue;
          const what =
            op.ref !== null && (op.form === 'list' || op.form === 'tuple') ? `a call to \`${excerpt(op.ref)}()\`` :
            op.form === 'binop' ? 'a `+` of values' :
            op.form === 'comprehension' ? 'a comprehension' :
            op.form === 'call' ? `a call to \`${excerpt(op.ref ?? '')}()\`` :
            op.form === 'tuple' ? 'a tuple' :
            op.form === 'name' || op.form === 'attribute' ? `the value of \`${excerpt(op.ref ?? '')}\`` : 'an expression';
          context.report({ messageId: 'form', data: { op: op.op === '=' || op.op === '+=' ? op.op : `.${op.op}()`, what }, at });
        }
      },
    };
  },
});
