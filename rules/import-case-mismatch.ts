import { defineRule, fileStart } from '../src/engine/rule';
import { stdlibNames } from '../src/project/environment/environment';
import { layoutOf, relativeBase } from '../src/project/layout';
import { joinPath, type Directory } from '../src/project/model';
import { isPythonSource, type PythonModule } from '../src/project/project';
import { initFile, resolvePrefixes, type Resolved } from '../src/project/resolve';
import { dottedParts, importTargets, moduleImportTargets } from '../src/project/usage';
import type { ImportFact } from '../src/python/facts';

export default defineRule({
  id: 'import-case-mismatch',
  meta: {
    description: 'An import spelled with other letter case than its module, or two tracked names that differ only by case',
    moduleLocal: true,
    defaultSeverity: 'error',
    messages: {
      import:
        '`{{name}}` is `{{actual}}` on disk: imports are case-sensitive on every OS (PEP 235), so this import fails',
      entries:
        '`{{a}}` and `{{b}}` differ only by case: a macOS/Windows checkout keeps one, the other shows as modified',
    },
  },
  create(context) {
    const { project } = context;
    const layout = layoutOf(project);
    let spellings: Map<string, Set<string>> | null = null;
    /** Lower-cased module and folder names of the project → their spellings: a part is suspect only if another spelling exists. */
    const spellingsOf = (): Map<string, Set<string>> => {
      if (!spellings) {
        spellings = new Map();
        const add = (name: string): void => {
          const key = name.toLowerCase();
          const set = spellings!.get(key) ?? new Set();
          set.add(name);
          spellings!.set(key, set);
        };
        const visit = (dir: Directory): void => {
          for (const [name, sub] of dir.dirs) {
            add(name);
            visit(sub);
          }
          for (const name of dir.files.keys()) if (isPythonSource(name)) add(name.replace(/\.pyi?$/, ''));
        };
        visit(project.tree);
      }
      return spellings;
    };
    /** Whether a name part has another spelling in the project: asked once per distinct part. */
    const suspects = new Map<string, boolean>();
    const suspect = (part: string): boolean => {
      let v = suspects.get(part);
      if (v === undefined) {
        const spelt = spellingsOf().get(part.toLowerCase());
        suspects.set(part, (v = spelt !== undefined && (spelt.size > 1 || !spelt.has(part))));
      }
      return v;
    };
    let external: Set<string> | null = null;
    const externalNames = (): Set<string> => {
      external ??= new Set([...stdlibNames(), ...layout.environment.dependencies]);
      return external;
    };
    let topNames: Set<string> | null = null;
    // Tracked names by folder: lower-cased name → first spelling seen.
    const seen = new Map<string, Map<string, string>>();
    const reported = new Set<string>();

    return {
      import(fact, module) {
        if (fact.guarded || fact.typeChecking || fact.conditional) return;
        const usage = layout.usage.of(module.file);
        if (!usage.live || usage.role === 'vendored' || module.file.name.endsWith('.pyi')) return;
        for (const target of importTargets(fact)) {
          const parts = dottedParts(target);
          // The spellings of every name of the project are worth collecting for many imports, not
          // for the few a focused run visits (--staged: a tenth of a 20,000-module run's rules).
          // caseMismatch finds the same without them: only a part spelt otherwise has a variant.
          if (!context.focus && !parts.some(suspect)) continue;
          const found = caseMismatch(module, fact, parts, usage.role);
          if (!found) continue;
          if (fact.level === 0 && externalNames().has(parts[0]!)) continue;
          // A script named after the tool it drives (`pyinstaller.py` importing PyInstaller, Nuitka's
          // `scons.py` importing SCons): CPython passes over a file whose name differs only in case
          // and looks on along sys.path, where the tool is installed or put.
          if (found.index === 0 && fact.level === 0 && found.actual === module.file.path) continue;
          context.report({
            messageId: 'import',
            data: { name: `${'.'.repeat(fact.level)}${parts.slice(0, found.index + 1).join('.')}`, actual: found.actual },
            at: { path: module.file.path, start: fact.start, end: fact.end },
          });
          return;
        }
      },
      trackedFile(entry) {
        // Names that matter to Python: source files, and the folders that hold them.
        if (!isPythonSource(entry.path)) return;
        // From the file up through its folders, stopping at a folder already seen spelt the same:
        // the folders above it were recorded with it (a deep tree costs no more per file).
        let end = entry.path.length;
        for (let isFile = true; end > 0; isFile = false) {
          const slash = entry.path.lastIndexOf('/', end - 1);
          const parent = slash === -1 ? '' : entry.path.slice(0, slash);
          const name = entry.path.slice(slash + 1, end);
          let names = seen.get(parent);
          if (!names) seen.set(parent, (names = new Map()));
          const key = name.toLowerCase();
          const other = names.get(key);
          if (other === undefined) names.set(key, name);
          else if (other === name) {
            if (!isFile) break;
          } else {
            const pair = `${parent}\0${key}`;
            if (!reported.has(pair)) {
              reported.add(pair);
              const [a, b] = [other, name].sort();
              const join = (n: string) => joinPath(parent, n);
              context.report({ messageId: 'entries', data: { a: join(a!), b: join(b!) }, at: fileStart(isFile ? entry.path : join(name)) });
            }
          }
          end = slash === -1 ? 0 : slash;
        }
      },
    };

    /**
     * Where the exact name is not found but another spelling of the same letters is, as the module
     * would import it: the first part found that way and its spelling on disk.
     */
    function caseMismatch(module: PythonModule, fact: ImportFact, parts: readonly string[], role: string): { index: number; actual: string } | null {
      let search: Directory[];
      if (fact.level > 0) {
        const base = relativeBase(module.file.dir, fact.level);
        if (!base) return null;
        search = [base];
      } else {
        const roots = layout.projectOf(module.file.dir).roots;
        // A script's own folder is first on sys.path; a test's first folder without `__init__.py` too (pytest's prepend mode).
        const first: Directory[] = [];
        if (role === 'script') first.push(module.file.dir);
        if (role === 'test') {
          let d = module.file.dir;
          while (initFile(d, 'runtime') && d.parent) d = d.parent;
          first.push(d);
        }
        search = [...first, ...roots.filter((r) => !first.includes(r))];
      }
      const chain: Resolved[] = resolvePrefixes(search, parts.join('.'), 'runtime');
      if (chain.length >= parts.length) return null;
      const last = chain[chain.length - 1];
      if (last && last.kind !== 'package' && last.kind !== 'namespace') return null; // a module has no submodules
      const dirs = last ? last.dirs : search;
      const index = chain.length;
      const wanted = parts[index]!;
      // `from pkg import Name` may import a name the package binds, not a submodule.
      if (fact.kind === 'from' && index === parts.length - 1) {
        const pkg = last ? last.dirs[0] : fact.level > 0 ? search[0] : undefined;
        if (pkg && initProvides(pkg, wanted)) return null;
      }
      for (const dir of dirs) {
        const actual = caseVariant(dir, wanted);
        if (!actual) continue;
        // A root inside another root (`src/` in the project folder) that the code imports by name
        // (`from src.Conv2D import …`) is a namespace package of the outer one, not certainly a
        // root: whether `import utils` was meant to find `src/Utils.py` is anyone's guess.
        if (index === 0 && fact.level === 0 && layout.isRoot(dir) && layout.insideAnotherRoot(dir) && importedTopNames().has(dir.name)) return null;
        return { index, actual: joinPath(dir.path, actual) };
      }
      return null;
    }


    /** The first parts of the absolute imports of live modules: asked only for a rare candidate, so computed then. */
    function importedTopNames(): Set<string> {
      if (topNames) return topNames;
      topNames = new Set();
      for (const file of project.files) {
        if (!file.name.endsWith('.py') || !layout.usage.of(file).live) continue;
        const facts = project.module(file).facts;
        const targets = moduleImportTargets(facts);
        facts.imports.forEach((fact, i) => {
          if (fact.level === 0) for (const t of targets[i]!) topNames!.add(dottedParts(t)[0]!);
        });
      }
      return topNames;
    }

    /** Whether a package's `__init__.py` may provide `name` itself: binds it, star-imports, or has `__getattr__`. */
    function initProvides(dir: Directory, name: string): boolean {
      const init = dir.files.get('__init__.py');
      if (!init) return initFile(dir, 'runtime') !== null; // an extension or bytecode `__init__`: unknown
      const facts = project.module(init).facts;
      if (facts.bindings.some((b) => b.name === name || b.name === '__getattr__')) return true;
      if (facts.imports.some((i) => i.names.some((n) => n.name === '*'))) return true;
      // A lazy package replaces itself in sys.modules with an object that provides its names.
      return LAZY_MODULE.test(project.readText(init.path) ?? '');
    }
  },
});

const LAZY_MODULE = /sys\.modules\[\s*__name__\s*\]|\blazy_loader\b|\b_LazyModule\b/;

/** The entry of `dir` that `name` would find on a case-insensitive lookup, spelled otherwise: a package folder or a module file. */
function caseVariant(dir: Directory, name: string): string | null {
  const lower = name.toLowerCase();
  for (const [entry, sub] of dir.dirs) {
    if (entry !== name && entry.toLowerCase() === lower && (initFile(sub, 'runtime') || [...sub.files.keys()].some((f) => f.endsWith('.py')))) return `${entry}/`;
  }
  for (const entry of dir.files.keys()) {
    if (!entry.endsWith('.py')) continue;
    const stem = entry.slice(0, -3);
    if (stem !== name && stem.toLowerCase() === lower) return entry;
  }
  return null;
}
