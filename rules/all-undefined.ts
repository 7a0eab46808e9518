import { defineRule } from '../src/engine/rule';
import { layoutOf } from '../src/project/layout';
import { fileAt, type Directory } from '../src/project/model';
import type { Project, PythonModule } from '../src/project/project';
import { exportList } from '../src/python/dunder-all';

/** What the import system sets on every module, bound by no statement (`vars(module)` in CPython). */
const MODULE_ATTRIBUTES = new Set(['__name__', '__doc__', '__package__', '__loader__', '__spec__', '__file__', '__cached__', '__builtins__']);

export default defineRule({
  id: 'all-undefined',
  meta: {
    description: 'Every name in `__all__` must be defined, imported or (in `__init__.py`) a submodule',
    moduleLocal: true,
    defaultSeverity: 'error',
    messages: {
      undefined:
        '"{{name}}" in `__all__` is never defined or imported: `from {{module}} import *` raises AttributeError',
    },
  },
  create(context) {
    const { project } = context;
    return {
      module(module) {
        const facts = module.facts;
        const list = exportList(facts);
        // A module `__getattr__` (PEP 562), however bound, can serve any name.
        if (!list || facts.getattrLine !== null || facts.dynamicGlobals || facts.syntaxError || facts.bindings.some((b) => b.name === '__getattr__')) return;
        // A module that puts another module in its place (`sys.modules["lightning.data"] = litdata`):
        // `import *` then reads the replacement's `__all__`, not this one.
        const importsSys = facts.imports.some((i) => i.kind === 'import' && i.names.some((n) => n.name === 'sys'));
        if (importsSys && /\bsys\.modules\s*\[[^\]\n]+\]\s*=(?!=)/.test(project.readText(module.file.path) ?? '')) return;
        const defined = definedNames(project, module, new Set());
        if (defined === null) return; // a star import we cannot see through
        const isInit = module.file.name === '__init__.py' || module.file.name === '__init__.pyi';
        for (const { name, element } of list.names) {
          // `"a" "b"` is two names missing a comma: all-implicit-concat reports it, not the name "ab".
          if (element.implicitConcat) continue;
          if (defined.has(name) || MODULE_ATTRIBUTES.has(name) || (isInit && (name === '__path__' || isSubmodule(module.file.dir, name)))) continue;
          context.report({
            messageId: 'undefined',
            data: { name, module: moduleName(project, module) },
            at: { path: module.file.path, start: element.start, end: element.end },
          });
        }
      },
    };
  },
});

/** Names bound at module level, plus what resolvable star imports bring; null if one cannot be resolved. */
function definedNames(project: Project, module: PythonModule, visiting: Set<PythonModule>): Set<string> | null {
  const stub = module.file.name.endsWith('.pyi');
  const names = new Set<string>();
  // A bare annotation (`x: int`) binds nothing at runtime; in a stub it declares the name.
  for (const b of module.facts.bindings) if (b.kind !== 'annotation' || stub) names.add(b.name);
  for (const g of module.facts.functionGlobals) names.add(g);
  visiting.add(module);
  const layout = layoutOf(project);
  for (const fact of module.facts.imports) {
    if (fact.scope !== 'module' || !fact.names.some((n) => n.name === '*')) continue;
    const chain = layout.resolveImport(module, fact, fact.module ?? '');
    const target = chain[chain.length - 1];
    const file = target?.file ? fileAt(project.tree, target.file) : null;
    if (!file || chain.length !== (fact.module ?? '').split('.').length) return null;
    const other = project.module(file);
    if (visiting.has(other)) continue;
    const exported = exportList(other.facts);
    if (exported?.complete) {
      for (const n of exported.names) names.add(n.name);
    } else if (exported) {
      return null;
    } else {
      const inner = definedNames(project, other, visiting);
      if (inner === null) return null;
      for (const n of inner) if (!n.startsWith('_')) names.add(n);
    }
  }
  return names;
}

/** `name.py`, `name.pyi`, an extension module, bytecode, or a folder `name/` beside the `__init__`. */
function isSubmodule(dir: Directory, name: string): boolean {
  if (dir.dirs.has(name)) return true;
  for (const f of dir.files.keys()) {
    if (f === `${name}.py` || f === `${name}.pyi` || f === `${name}.pyc`) return true;
    if (f.startsWith(`${name}.`) && /\.(so|pyd)$/.test(f)) return true;
  }
  return false;
}

/** The module's import name, from the nearest import root above it. */
function moduleName(project: Project, module: PythonModule): string {
  const layout = layoutOf(project);
  const stem = module.file.name.replace(/\.pyi?$/, '');
  const dir = module.file.dir;
  // A module directly in an import root has no package part.
  const pkg = layout.isRoot(dir) ? '' : layout.importName(dir);
  if (stem === '__init__') return pkg || dir.name;
  return pkg ? `${pkg}.${stem}` : stem;
}
