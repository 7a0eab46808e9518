import { defineRule } from '../src/engine/rule';
import { stdlibImportsOf, stdlibNames, stdlibShadowableIn } from '../src/project/environment/environment';
import { PYTEST_PRELOADED } from '../src/project/environment/stdlib-modules';
import { layoutOf, type PythonProject } from '../src/project/layout';
import { importTargets, type FileUsage } from '../src/project/usage';
import { fileAt, joinPath, type Directory } from '../src/project/model';
import type { PythonModule } from '../src/project/project';
import { findSpec, initFile, type Resolved } from '../src/project/resolve';
import type { ImportFact } from '../src/python/facts';

/** pytest's own distributions: imported before any test module, so a local namesake never wins. */
const PYTEST_DISTRIBUTIONS = new Set(['pytest', '_pytest', 'pluggy', 'iniconfig', 'packaging', 'py']);

let pytestPreloaded: ReadonlySet<string> | null = null;

export default defineRule({
  id: 'shadowed-module',
  meta: {
    description: 'A module beside a script (or in a test folder pytest puts on `sys.path`) that replaces the standard library module or declared dependency the code imports',
    moduleLocal: true,
    defaultSeverity: 'warn',
    messages: {
      script:
        '`import {{name}}` loads `{{local}}`, not the {{what}}{{versions}}',
      itself:
        '`import {{name}}` runs this script a second time as module `{{name}}`, not the {{what}}{{versions}}',
      indirect:
        '`import {{via}}` here imports `{{name}}` from `{{local}}`, not the {{what}}{{versions}}',
      test:
        'pytest puts `{{dir}}/` first on sys.path: `import {{name}}` loads `{{local}}`, not the {{what}}{{versions}}',
    },
  },
  create(context) {
    const { project } = context;
    const usedOutside = new Map<string, boolean>();
    let moduleFolders: Map<string, Set<Directory>> | null = null;
    /** Folders of the project that hold a module or package of each name (built when first asked). */
    const foldersWithModule = (name: string): Set<Directory> => {
      if (!moduleFolders) {
        moduleFolders = new Map();
        const add = (stem: string, dir: Directory): void => {
          const set = moduleFolders!.get(stem) ?? new Set();
          set.add(dir);
          moduleFolders!.set(stem, set);
        };
        for (const f of project.files) {
          if (f.name === '__init__.py') {
            if (f.dir.parent) add(f.dir.name, f.dir.parent);
          } else if (f.name.endsWith('.py')) add(f.name.slice(0, -3), f.dir);
        }
      }
      return moduleFolders.get(name) ?? new Set();
    };

    /**
     * Whether the code means the declared dependency rather than the module beside it that has its
     * name: a requirements list may name a distribution only because a generator (pipreqs) saw the
     * import of a local helper. Certain when the file imports its own name, when the local module
     * lacks a name imported from it or imports the name itself, or when other code of the project
     * imports the name where no local module has it.
     */
    function meansDependency(module: PythonModule, fact: ImportFact, name: string, found: Resolved, py: PythonProject, dir: Directory): boolean {
      if (found.file === module.file.path) return true;
      const localFile = found.file && found.file.endsWith('.py') ? fileAt(project.tree, found.file) : null;
      if (localFile) {
        const local = project.module(localFile).facts;
        if (fact.kind === 'from' && fact.module === name) {
          const bound = new Set(local.bindings.map((b) => b.name));
          const open = bound.has('__getattr__') || local.imports.some((i) => i.names.some((n) => n.name === '*'));
          if (!open && fact.names.some((n) => n.name !== '*' && !bound.has(n.name) && !(found.kind === 'package' && found.dirs[0]!.files.has(`${n.name}.py`)))) return true;
        }
        if (local.imports.some((i) => i.level === 0 && importTargets(i).some((t) => t.split('.')[0] === name))) return true;
      }
      // An import no search path resolves may reach another module of that name through a sys.path
      // change (a test beside its `backend.py`): only where the project has none is it the dependency.
      if ([...foldersWithModule(name)].some((d) => d !== dir)) return false;
      let used = usedOutside.get(name);
      if (used === undefined) {
        const layout = layoutOf(project);
        used = project.files.some((f) => {
          if (!f.name.endsWith('.py') || layout.projectOf(f.dir) !== py) return false;
          const usage = layout.usage.of(f);
          if (!usage.live) return false;
          const facts = project.module(f).facts;
          if (!facts.imports.some((i) => i.level === 0 && importTargets(i).some((t) => t.split('.')[0] === name))) return false;
          // Where this file's imports are looked for: its own folder first for a script, pytest's for a test.
          const search = [...py.roots];
          if (usage.role === 'script') search.unshift(f.dir);
          if (usage.role === 'test') {
            let d = f.dir;
            while (initFile(d, 'runtime') && d.parent) d = d.parent;
            search.unshift(d);
          }
          return findSpec(search, name, 'runtime') === null;
        });
        usedOutside.set(name, used);
      }
      return used;
    }

    return {
      module(module) {
        const layout = layoutOf(project);
        const usage = layout.usage.of(module.file);
        if (!usage.live || !module.file.name.endsWith('.py')) return;
        const first = sysPathFirst(module, usage, layout);
        if (!first) return;
        const { dir, kind } = first;
        const py = layout.projectOf(module.file.dir);
        const versions = layout.environment.pythonVersions(py);
        const reported = new Set<string>();
        // What the script's folder holds under standard library names, for what its imports load in turn.
        const localStdlib = kind === 'script' ? stdlibNamesIn(dir) : new Map<string, string>();
        for (const fact of module.facts.imports) {
          // A guarded import may expect to fail, and one under TYPE_CHECKING never runs.
          if (fact.level !== 0 || fact.guarded || fact.typeChecking) continue;
          const tops = fact.kind === 'import' ? fact.names.map((n) => n.name.split('.')[0]!) : [fact.module!.split('.')[0]!];
          for (const name of tops) {
            if (localStdlib.size && stdlibNames().has(name) && !localStdlib.has(name)) {
              // A standard library module the script imports, which imports a name the folder holds.
              for (const [target, local] of localStdlib) {
                if (reported.has(target)) continue;
                const shadowedIn = stdlibShadowableIn(target, versions).filter((v) => stdlibImportsOf(name, v).includes(target));
                if (shadowedIn.length === 0) continue;
                reported.add(target);
                context.report({
                  messageId: 'indirect',
                  data: { local, name: target, via: name, what: `standard library module \`${target}\``, versions: shadowedIn.length < versions.length ? ` on Python ${shadowedIn.join(', ')}` : '' },
                  at: { path: module.file.path, start: fact.start, end: fact.end },
                });
              }
            }
            // Most imports name nothing in the folder: two map lookups rule them out.
            if (reported.has(name) || (!dir.files.has(`${name}.py`) && !dir.dirs.has(name) && !dir.files.has(`${name}.pyc`))) continue;
            // A folder without __init__ is a namespace portion: any regular module later on sys.path wins over it.
            const found = findSpec([dir], name, 'runtime');
            if (!found || found.kind === 'namespace') continue;
            // The package this module is in: pytest imported it by that name already, so it is the one meant.
            if (found.kind === 'package' && module.file.path.startsWith(`${found.dirs[0]!.path}/`)) continue;
            let what: string;
            let shadowedIn: string[] = [];
            if (stdlibNames().has(name)) {
              shadowedIn = stdlibShadowableIn(name, versions);
              if (kind === 'test') {
                pytestPreloaded ??= new Set(PYTEST_PRELOADED.split(' '));
                if (pytestPreloaded.has(name)) continue;
              }
              if (shadowedIn.length === 0) continue;
              what = `standard library module \`${name}\``;
            } else {
              const dist = layout.environment.certainDependencies(py).get(name);
              if (!dist || (kind === 'test' && PYTEST_DISTRIBUTIONS.has(name))) continue;
              if (!meansDependency(module, fact, name, found, py, dir)) continue;
              // The import name only where it is not the distribution's own (`PyYAML` is `yaml`).
              what = dist.toLowerCase().replace(/[-.]/g, '_') === name.toLowerCase() ? `declared dependency \`${dist}\`` : `declared dependency \`${dist}\` (import name \`${name}\`)`;
            }
            reported.add(name);
            const local = found.file && found.kind !== 'package' ? found.file : `${found.dirs[0]!.path}/`;
            const messageId = kind === 'test' ? 'test' : found.file === module.file.path ? 'itself' : 'script';
            const narrower = shadowedIn.length > 0 && shadowedIn.length < versions.length;
            context.report({
              messageId,
              data: { local, name, what, dir: dir.path || '.', versions: narrower ? ` on Python ${shadowedIn.join(', ')}` : '' },
              at: { path: module.file.path, start: fact.start, end: fact.end },
            });
          }
        }
      },
    };
  },
});

/**
 * The folder CPython or pytest puts first on `sys.path` for a module, when that is certain: a
 * script's own folder (run by path: a shebang, a `__main__` guard or a PEP 723 block, not a file a
 * tool loads by path; at the top of a project folder, `python -m` from there puts the same folder
 * first; in a folder without `__init__.py`, a file with a shebang or PEP 723 block), or, for a test module pytest collects in its default `prepend` import mode, the first
 * folder above it without `__init__.py`.
 */
function sysPathFirst(module: PythonModule, usage: FileUsage, layout: ReturnType<typeof layoutOf>): { dir: Directory; kind: 'script' | 'test' } | null {
  const { facts, file } = module;
  const runnable = facts.shebang || facts.mainGuard || facts.scriptBlock;
  // The usage model's evidence says whether a tool loads the file by path (Alembic, Sphinx, MkDocs).
  if (usage.role === 'script') return runnable && usage.why.startsWith('a script') ? { dir: file.dir, kind: 'script' } : null;
  // Outside a regular package, a file that declares itself a script (a shebang, a PEP 723 block) is
  // run by path even where a namespace layout makes it importable too.
  if (usage.role === 'package' && runnable && !initFile(file.dir, 'runtime') && (file.dir === layout.projectOf(file.dir).dir || facts.shebang || facts.scriptBlock)) return { dir: file.dir, kind: 'script' };
  if (usage.role === 'test' && layout.usage.collected(file) && layout.usage.pytest(file.dir).importMode === 'prepend') {
    let dir = file.dir;
    while (initFile(dir, 'runtime') && dir.parent) dir = dir.parent;
    return { dir, kind: 'test' };
  }
  return null;
}

const stdlibNamesMemo = new WeakMap<Directory, Map<string, string>>();

/** A folder's modules and regular packages named like a standard library module: name → path shown. */
function stdlibNamesIn(dir: Directory): Map<string, string> {
  let out = stdlibNamesMemo.get(dir);
  if (!out) {
    out = new Map();
    const stdlib = stdlibNames();
    for (const name of dir.files.keys()) {
      const stem = name.endsWith('.py') ? name.slice(0, -3) : null;
      if (stem && stdlib.has(stem)) out.set(stem, joinPath(dir.path, name));
    }
    for (const [name, sub] of dir.dirs) if (stdlib.has(name) && initFile(sub, 'runtime')) out.set(name, `${sub.path}/`);
    stdlibNamesMemo.set(dir, out);
  }
  return out;
}
