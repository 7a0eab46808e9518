import { defineRule } from '../src/engine/rule';
import { layoutOf } from '../src/project/layout';
import { fileAt } from '../src/project/model';

export default defineRule({
  id: 'star-import-leak',
  meta: {
    description: 'A relative `from .mod import *` where `mod` has no `__all__` re-exports what `mod` imports',
    moduleLocal: true,
    defaultSeverity: 'warn',
    messages: {
      leak:
        '`{{target}}` has no `__all__`, so `import *` also re-exports its imports ({{names}})',
    },
  },
  create(context) {
    const { project } = context;
    return {
      import(fact, module) {
        // Relative star imports are the in-package pattern (`from .impl import *` in `__init__.py`);
        // an absolute one usually asks for a whole API on purpose (`from ctypes import *`).
        if (fact.level === 0 || !fact.names.some((n) => n.name === '*')) return;
        const layout = layoutOf(project);
        // A test module has no importers: what it star-imports leaks nowhere (trio's tests take the
        // module they test whole).
        if (layout.usage.of(module.file).role === 'test') return;
        // A module with its own `__all__` passes on only that to `import *` and to type checkers
        // (copier's `__init__.py`, whose star import is also under `if TYPE_CHECKING:`).
        if (module.facts.dunderAll.length) return;
        // Django settings that extend a base (`from ..settings import *`): Django reads only the
        // upper-case names of a settings module, and nothing imports names from it.
        if (/^settings(_\w+)?\.py$|_settings\.py$/.test(module.file.name) || module.file.dir.name === 'settings') return;
        // A test suite's helper package (`nova.tests.fixtures`) is imported by its tests only (a
        // `test` package may be API: `wagtail.test.utils` serves the users' own tests).
        if (layout.importName(module.file.dir).split('.').includes('tests')) return;
        const name = fact.module ?? '';
        const chain = layout.resolveImport(module, fact, name);
        const target = chain[chain.length - 1];
        if (!target?.file || chain.length !== name.split('.').length) return;
        const file = fileAt(project.tree, target.file);
        // In a stub, an import without `as X` is not exported (the typing spec), so a star import of
        // a stub passes on only what the stub means to export.
        if (!file || !file.name.endsWith('.py')) return;
        const facts = project.module(file).facts;
        if (facts.dunderAll.length) return;
        // Public names the target imports from other libraries, which `import *` then passes on.
        // Names taken from a private implementation module (`from _impl import X`) or from the
        // package itself are re-exports on purpose.
        const leaked: string[] = [];
        // The project's own top-level package (`import wandb` inside wandb) is no one else's API.
        const top = layout.importName(file.dir).split('.')[0];
        for (const imp of facts.imports) {
          // Imports under `if TYPE_CHECKING:` never run, so never leak.
          if (imp.scope !== 'module' || imp.level > 0 || imp.typeChecking) continue;
          if (imp.kind === 'from' && (imp.module ?? '').split('.').pop()!.startsWith('_')) continue;
          if ((imp.module ?? imp.names[0]?.name ?? '').split('.')[0] === top) continue;
          for (const n of imp.names) {
            const bound = n.asname ?? (imp.kind === 'import' ? n.name.split('.')[0]! : n.name);
            if (bound !== '*' && !bound.startsWith('_') && !leaked.includes(bound)) leaked.push(bound);
          }
        }
        if (leaked.length === 0) return;
        // Two names whole, more as the first and the count: the message stays within one line.
        const shown = leaked.length <= 2 ? leaked.map((n) => `\`${n}\``).join(', ') : `\`${leaked[0]}\`, … ${leaked.length} in all`;
        context.report({
          messageId: 'leak',
          data: { target: `${'.'.repeat(fact.level)}${name}`, names: shown },
          at: { path: module.file.path, start: fact.start, end: fact.end },
        });
      },
    };
  },
});
