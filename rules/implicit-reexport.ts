import { defineRule } from '../src/engine/rule';
import { layoutOf, type PythonProject } from '../src/project/layout';
import { joinPath, type Directory } from '../src/project/model';
import { exportList, typeCheckersFollow } from '../src/python/dunder-all';
import type { AllOperation } from '../src/python/facts';
import { compareNames, usedOutsideImports } from '../src/python/names';

/** mypy settings that make implicit re-exports private (`strict` implies `no_implicit_reexport`). */
function mypyStrict(project: PythonProject, read: (rel: string) => string | null): boolean {
  const pyproject = project.pyproject ?? '';
  if (/^\s*\[tool\.mypy\][^[]*^\s*(strict|no_implicit_reexport)\s*=\s*true/ms.test(pyproject)) return true;
  for (const name of ['mypy.ini', '.mypy.ini', 'setup.cfg']) {
    const text = project.dir.files.has(name) ? read(joinPath(project.dir.path, name)) : null;
    if (text && /^\s*\[mypy\][^[]*^\s*(strict|no_implicit_reexport)\s*=\s*(true|1|yes)/ims.test(text)) return true;
  }
  return false;
}

function shipsPyTyped(dir: Directory): boolean {
  for (let d: Directory | null = dir; d; d = d.parent) if (d.files.has('py.typed')) return true;
  return false;
}

export default defineRule({
  id: 'implicit-reexport',
  meta: {
    description: 'In a typed package, a name imported into `__init__.py` but not exported explicitly',
    moduleLocal: true,
    defaultSeverity: 'warn',
    fixable: 'safe',
    messages: {
      implicit:
        '`{{name}}` is imported into `{{pkg}}` but not exported: private to type checkers ({{why}})',
      stub:
        '`{{pkg}}` stub imports `{{name}}` without `as`: "{{name}}" is unknown import symbol',
    },
  },
  create(context) {
    const { project } = context;
    const read = (rel: string): string | null => project.readText(rel);
    // Asked for every package of a project (typeshed: thousands), answered once per project.
    const strictOf = new Map<PythonProject, boolean>();
    const strictFor = (py: PythonProject): boolean => {
      let strict = strictOf.get(py);
      if (strict === undefined) strictOf.set(py, (strict = mypyStrict(py, read)));
      return strict;
    };
    let publicUse: Set<string> | null = null;
    // Read from every module's imports, so only once a subpackage asks.
    const outside = (): Set<string> => (publicUse ??= importedFromOutside(project));
    return {
      module(module) {
        const stub = module.file.name === '__init__.pyi';
        if (module.file.name !== '__init__.py' && !stub) return;
        const dir = module.file.dir;
        // Type checkers read the stub when there is one: the `.py` is not what importers see.
        if (!stub && dir.files.has('__init__.pyi')) return;
        const typed = shipsPyTyped(dir);
        const layout = layoutOf(project);
        const strict = !typed && strictFor(layout.projectOf(dir));
        if (!typed && !strict) return;
        const pkg = layout.importName(dir);
        // Only an API surface: the top-level package, or a subpackage that code outside the
        // top-level package imports from. An aggregator the package imports only from inside
        // itself has no consumer that type checkers would hold to the rules for libraries.
        if (pkg.includes('.') && !outside().has(pkg)) return;
        // A private package (`pip._internal.vcs`) has no public API to protect; nor has a test
        // suite whose helpers other tests import (`from xarray.tests import has_pyarrow`). A
        // `testing` package (`numpy.testing`) is API for the library's users.
        if (pkg.split('.').some((part) => part.startsWith('_') || part === 'tests' || part === 'test')) return;
        const exported = exportList(module.facts);
        if (exported && !exported.complete) return; // we cannot tell what __all__ holds
        // An `__all__` pyright cannot follow (`_submodules + [...]`, scikit-image): it reports the
        // form (all-unsupported-form does too) and takes every public name as exported.
        if (module.facts.dunderAll.some((op) => !op.runtimeOnly && !typeCheckersFollow(op))) return;
        const names = new Set(exported?.names.map((n) => n.name) ?? []);
        const text = read(module.file.path) ?? '';
        const lastAll = module.facts.dunderAll.filter((o) => o.op === '=' && (o.form === 'list' || o.form === 'tuple')).pop();
        for (const fact of module.facts.imports) {
          if (fact.scope !== 'module' || fact.kind !== 'from') continue;
          // The package's own modules: relative imports, or absolute ones that name the package.
          const own = fact.level > 0 || fact.module === pkg || (fact.module ?? '').startsWith(`${pkg}.`);
          if (!own) continue;
          // `from . import sub` is an explicit re-export (the typing spec's third form); pyright's
          // binder treats `from .. import sub` alike.
          if (fact.level > 0 && fact.module === null) continue;
          for (const n of fact.names) {
            const bound = n.asname ?? n.name;
            // A private name stays private; a dunder (`__version__`) is public and needs exporting.
            const isPrivate = bound.startsWith('_') && !/^__\w+__$/.test(bound);
            if (n.name === '*' || isPrivate || n.asname === n.name || names.has(bound)) continue;
            // A hook a tool looks up as an attribute (`%load_ext rich` calls rich.load_ipython_extension):
            // nobody imports it, and `__all__` would put it in `import *`.
            if (ATTRIBUTE_HOOKS.has(bound)) continue;
            // Imported to be used here, not to be exported: the module's own business.
            if (usedOutsideImports(text, bound)) continue;
            // In a subpackage, only what code outside takes from it (`from rq.cli import main`, not
            // the commands `rq.cli` imports to register them): its API is what is used of it.
            if (pkg.includes('.') && !outside().has(`${pkg}\0${bound}`) && !outside().has(`${pkg}\0*`)) continue;
            const fix = lastAll && lastAll.valueEndOffset > lastAll.valueStartOffset
              ? { fix: addToAll(module.file.path, lastAll, bound) }
              : {};
            context.report({
              messageId: stub ? 'stub' : 'implicit',
              data: { name: bound, pkg, source: `${'.'.repeat(fact.level)}${fact.module ?? ''}`, why: typed ? 'py.typed' : 'mypy no_implicit_reexport' },
              at: { path: module.file.path, start: n.start, end: n.end },
              ...fix,
            });
          }
        }
      },
    };
  },
});

/** Functions IPython and Jupyter look up on a package by name. */
const ATTRIBUTE_HOOKS = new Set(['load_ipython_extension', 'unload_ipython_extension', 'load_jupyter_server_extension']);

/**
 * Dotted names of the modules that live code imports from outside their own top-level package, and
 * for each, `module NUL name` for each name taken from it (`module NUL *`: any name, as after
 * `import module` or `from module import *`).
 */
function importedFromOutside(project: Parameters<typeof layoutOf>[0]): Set<string> {
  const layout = layoutOf(project);
  const out = new Set<string>();
  for (const file of project.files) {
    if (!/\.pyi?$/.test(file.name) || !layout.usage.of(file).live) continue;
    const facts = project.module(file).facts;
    const top = layout.importName(file.dir).split('.')[0];
    for (const fact of facts.imports) {
      if (fact.level > 0) continue;
      const targets = fact.kind === 'import' ? fact.names.map((n) => n.name) : fact.module ? [fact.module] : [];
      for (const t of targets) {
        if (t.split('.')[0] === top && file.dir.path) continue;
        out.add(t);
        if (fact.kind === 'import') out.add(`${t}\0*`);
        else {
          for (const n of fact.names) {
            out.add(`${t}\0${n.name}`);
            // `from kubernetes import utils` may take the subpackage itself, then any name of it.
            out.add(`${t}.${n.name}`);
            out.add(`${t}.${n.name}\0*`);
          }
        }
      }
    }
  }
  return out;
}

/**
 * Adds `"name"` to the last literal `__all__ = [...]`: in its sorted place when the list is sorted
 * (so the fix does not make all-unsorted fire), else before the closing bracket.
 */
function addToAll(file: string, op: AllOperation, name: string) {
  const values = op.elements.map((e) => (e.kind === 'string' && !e.implicitConcat ? e.value : null));
  const sorted = values.every((v, i) => v !== null && (i === 0 || compareNames(values[i - 1]!, v) <= 0));
  const before = sorted ? op.elements.find((e) => compareNames(name, e.value!) < 0) : undefined;
  const last = op.elements[op.elements.length - 1];
  const edit = before
    ? { start: before.startOffset, end: before.startOffset, text: `"${name}", ` }
    : last
      ? { start: last.endOffset, end: last.endOffset, text: `, "${name}"` }
      : { start: op.valueEndOffset - 1, end: op.valueEndOffset - 1, text: `"${name}"` };
  return {
    description: `Add "${name}" to __all__`,
    applicability: 'safe' as const,
    operations: [{ kind: 'edit' as const, path: file, edits: [edit], exports: { add: [name] } }],
  };
}
