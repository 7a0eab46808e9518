import { defineRule } from '../src/engine/rule';
import { stdlibNames } from '../src/project/environment/environment';
import { layoutOf } from '../src/project/layout';
import { findSpec } from '../src/project/resolve';
import { dottedParts, importTargets } from '../src/project/usage';

export default defineRule({
  id: 'import-self',
  meta: {
    description: 'A module that imports itself',
    moduleLocal: true,
    defaultSeverity: 'warn',
    messages: {
      module:
        'This module imports itself (`{{name}}`): that gets the half-run module, and fails for names defined below it',
      script:
        'This script imports itself (`{{name}}`): run by path it is `__main__`, so the import runs the file a second time',
    },
  },
  create(context) {
    const { project } = context;
    const layout = layoutOf(project);
    const stdlib = stdlibNames();
    return {
      import(fact, module) {
        // In a function the module is whole when the import runs: importing itself there is how code
        // reaches the module under its real name (from `__main__`, or to patch its attributes). Under
        // the `__main__` guard the file runs as `__main__`, so the import can only mean that real name;
        // in an `except` clause it is a fallback after a failure (dask.array reloads itself there).
        if (fact.scope !== 'module' || fact.guarded || fact.typeChecking || fact.mainGuarded || fact.inHandler) return;
        const file = module.file;
        if (!file.name.endsWith('.py')) return;
        const isInit = file.name === '__init__.py';
        // The name this file is known by in an import: its stem, or its folder's for `__init__.py`.
        const own = isInit ? file.dir.name : file.name.slice(0, -3);
        const usage = layout.usage.of(file);
        if (!usage.live) return;
        const at = { path: file.path, start: fact.start, end: fact.end };

        if (usage.role === 'script') {
          // Run by path, a script's folder is sys.path[0]: `import <own stem>` finds the file again.
          // Only scripts by their own mark (a tool loading a file by path sets no such path), and no
          // standard library name (builtin and already-loaded modules win over sys.path).
          const facts = module.facts;
          if (isInit || fact.level > 0 || !(facts.shebang || facts.mainGuard || facts.scriptBlock) || stdlib.has(own)) return;
          const first = fact.kind === 'import' ? fact.names.map((n) => n.name) : [fact.module ?? ''];
          const name = first.find((n) => n.split('.')[0] === own);
          if (name === undefined) return;
          if (findSpec([file.dir], own, 'runtime')?.file !== file.path) return;
          context.report({ messageId: 'script', data: { name: own }, at });
          return;
        }
        if (usage.role !== 'package') return;
        for (const target of importTargets(fact)) {
          const parts = dottedParts(target);
          // Cheap: most imports do not even spell this file's name.
          if (!parts.includes(own)) continue;
          // A top-level name of the standard library: which of the two Python finds depends on sys.path.
          if (fact.level === 0 && stdlib.has(parts[0]!)) continue;
          const chain = layout.resolveImport(module, fact, target);
          const last = chain[chain.length - 1];
          if (!last || !sameModule(last.file, file.path)) continue;
          // `import pkg` (`as x`) in pkg's own `__init__.py` only binds the package's module object,
          // which cannot fail (geopandas' `import geopandas as gpd`, for `import *` demos).
          if (isInit && fact.kind === 'import' && chain.length === parts.length) continue;
          if (chain.length < parts.length) {
            // `from <this module> import name`. A plain module has no submodules, so the name comes
            // from the module itself; a package's `__init__.py` may be asked for a submodule that is
            // not on disk (generated, or in another portion): only names it binds are its own.
            if (fact.kind !== 'from' || chain.length !== parts.length - 1) continue;
            const name = parts[parts.length - 1]!;
            if (isInit && !module.facts.bindings.some((b) => b.name === name && b.kind !== 'import')) continue;
          }
          const dots = '.'.repeat(fact.level);
          const shown = fact.kind === 'import' ? target : chain.length === parts.length ? `${dots}${target}` : `${dots}${fact.module ?? ''}`;
          context.report({ messageId: 'module', data: { name: shown }, at });
          return;
        }
      },
    };
  },
});

/** The same module: `pkg/mod.py` and its stub `pkg/mod.pyi`, which static resolution prefers. */
function sameModule(resolved: string | null, path: string): boolean {
  if (resolved === null) return false;
  return resolved === path || resolved === `${path}i`;
}
