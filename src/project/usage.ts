/**
 * How the project uses each Python file: package code, test code, a script, vendored code or data,
 * and whether it is live (runs, or is imported by code that runs). Rules never judge a folder by its
 * shape: only live code is evidence that a folder is used as a package, and the `__all__` rules read
 * live modules only. Computed once per run by the layout, with the evidence kept for `tree`.
 */
import type { ImportFact, ModuleFacts } from '../python/facts';
import { importLevels, type ImportLevels } from '../python/facts-codec';
import { isIdentifier, isModuleName } from '../python/names';
import { wheelPackages } from './backends/setuptools';
import type { PythonProject } from './layout';
import { dirAt, fileAt, inVendoredTree, joinPath, upward, type Directory, type ProjectFile } from './model';
import { isPythonSource, type Project, type PythonModule } from './project';
import { collectIgnores, pytestMatcher, readPytestConfig, type PytestConfig } from './pytest-config';
import { folderSearch, initFile, resolveIn, searchPath, type Resolved, type SearchPath } from './resolve';

export type Role = 'package' | 'test' | 'script' | 'vendored' | 'data';

export interface FileUsage {
  role: Role;
  /** Runs (package code, a collected test, a script) or is imported by code that does. */
  live: boolean;
  /** The evidence, for `dunderlint tree` and `--verbose`. */
  why: string;
  /**
   * Live only because live code imports it: the importing module first in path order (`why` ends
   * `; imported by <its path>`). Which module marked it first depends on the order of the walk, and
   * the path order does not, so a stored model can be updated for one module's changed imports
   * (layout.ts) to what a computed one says.
   */
  importedBy?: ProjectFile;
}

export interface Usage {
  /** A Python source file's role; every `.py`/`.pyi` file of the project has one. */
  of(file: ProjectFile): FileUsage;
  /** Whether a folder lies in a test tree (`tests/`, `testing/`, a `testpaths` entry). */
  inTestTree(dir: Directory): boolean;
  /** Whether a folder is (inside) vendored third-party code. */
  isVendored(dir: Directory): boolean;
  /** Whether a folder is (inside) a cookiecutter template below its project's folder: data. */
  inTemplate(dir: Directory): boolean;
  /** The pytest settings that apply to a folder. */
  pytest(dir: Directory): PytestConfig;
  /** Whether pytest collects this file as a test module or conftest. */
  collected(file: ProjectFile): boolean;
  /** Whether pytest imports this file while collecting (a test module that defines no test too). */
  importedByPytest(file: ProjectFile): boolean;
  /** Whether a folder's modules are package code in a wheel (where its backend can be modelled). */
  shipped(dir: Directory): boolean;
}

export interface LayoutBase {
  projects: PythonProject[];
  projectOf(dir: Directory): PythonProject;
  isDeclaredNamespace(dir: Directory): boolean;
  rootsSearch(dir: Directory): SearchPath;
}

// The usages most files have, made once (a usage is never changed: a file made live gets a new one).
const VENDORED: FileUsage = { role: 'vendored', live: false, why: 'vendored third-party code' };
const SHIPPED: FileUsage = { role: 'package', live: true, why: 'shipped in the wheel' };
const CONFTEST: FileUsage = { role: 'test', live: true, why: 'a conftest.py pytest loads' };
const COLLECTED: FileUsage = { role: 'test', live: true, why: 'a test module pytest collects' };
const TEST_DATA: FileUsage = { role: 'data', live: false, why: 'in a test tree, not collected by pytest' };
const IMPORTABLE: FileUsage = { role: 'package', live: true, why: 'importable from an import root' };
const UNUSED: FileUsage = { role: 'data', live: false, why: 'not imported, collected or run' };
const TEMPLATE: FileUsage = { role: 'data', live: false, why: 'in a cookiecutter template (cookiecutter.json)' };

/** `tests/`, `testing/`, `test-crates/`, `tests_core/`, `unit_tests/`: folders of a test suite and its data. */
const TEST_TREE_NAME = /^(tests?|testing)([-_].*)?$|[-_]tests?$/i;

/** How pytest treats a folder's files (see `collectingIn` in computeUsage). */
type Collecting = { matchFile: (rel: string) => boolean; from: number } | null | false;

interface PytestSettings {
  config: PytestConfig;
  matchNoRecurse: (p: string) => boolean;
  matchFile: (p: string) => boolean;
  testpaths: Directory[];
}

/** What usage takes from the tree and the non-Python files alone (see Structure in layout.ts): kept as long as the projects are. */
interface UsageStructure {
  pytestFor(dir: Directory): PytestSettings;
  inTestTree(dir: Directory): boolean;
  isVendored(dir: Directory): boolean;
  /** Whether a folder is (inside) a cookiecutter template below its project's folder. */
  inTemplate(dir: Directory): boolean;
  /** Folders whose modules are package code in a wheel. */
  shippedDirs: Set<Directory>;
  /** Folders whose modules a tool loads by path, and which tool. */
  toolLoaded: Map<Directory, string>;
  /** Whether a folder is reached from one of its project's import roots through regular (or declared namespace) packages. */
  importableDir(dir: Directory): boolean;
  /** Whether a file's name is a module name (`__init__`, or a dotted name's part). */
  moduleNamed(file: ProjectFile): boolean;
  /** A folder first, then its project's roots: a script's or a test's sys.path. */
  folderFirst(dir: Directory, py: PythonProject): SearchPath;
}

const usageStructures = new WeakMap<readonly PythonProject[], UsageStructure>();

function usageStructure(project: Project, base: LayoutBase): UsageStructure {
  let structure = usageStructures.get(base.projects);
  if (!structure) usageStructures.set(base.projects, (structure = computeUsageStructure(project, base)));
  return structure;
}

function computeUsageStructure(project: Project, base: LayoutBase): UsageStructure {
  const read = (rel: string): string | null => project.readText(rel);

  // pytest settings per Python project: the project's own files, as pytest finds its rootdir.
  const pytestOf = new Map<PythonProject, PytestSettings>();
  for (const py of base.projects) {
    const files = py.dir.files;
    const config = readPytestConfig({
      pyproject: py.pyproject,
      pytestIni: files.has('pytest.ini') ? read(joinPath(py.dir.path, 'pytest.ini')) : null,
      toxIni: files.has('tox.ini') ? read(joinPath(py.dir.path, 'tox.ini')) : null,
      setupCfg: files.has('setup.cfg') ? read(joinPath(py.dir.path, 'setup.cfg')) : null,
    });
    const testpaths = config.testpaths.map((t) => dirAt(py.dir, t)).filter((d): d is Directory => d !== null && d !== py.dir);
    pytestOf.set(py, { config, matchNoRecurse: pytestMatcher(config.norecursedirs), matchFile: pytestMatcher(config.pythonFiles), testpaths });
  }
  const pytestFor = (dir: Directory): PytestSettings => pytestOf.get(base.projectOf(dir))!;

  // What each project's wheel ships (when its backend can be modelled).
  const shippedDirs = new Set<Directory>();
  for (const py of base.projects) {
    // A folder without packaging metadata builds no wheel.
    if (py.metadataFile) for (const dir of wheelPackages(py)?.packages.values() ?? []) shippedDirs.add(dir);
  }

  const toolLoaded = toolLoadedDirs(base, read);
  // Sphinx loads a documentation folder's conf.py by path; the examples below it are data. Alembic
  // loads an environment (`env.py` beside its `script.py.mako` template) by path, wherever its
  // alembic.ini is and however it names the folder (prefect's `prefect:server:database:_migrations`).
  const markToolLoaded = (dir: Directory): void => {
    const isDocs = dir.files.has('conf.py') && ['index.rst', 'index.md', 'index.txt', 'Makefile', 'make.bat'].some((n) => dir.files.has(n));
    if (isDocs && !toolLoaded.has(dir)) toolLoaded.set(dir, 'Sphinx documentation, loaded by path (conf.py)');
    if (dir.files.has('env.py') && dir.files.has('script.py.mako') && !toolLoaded.has(dir)) {
      const mark = (d: Directory): void => {
        toolLoaded.set(d, 'an Alembic environment, loaded by path (env.py, script.py.mako)');
        for (const c of d.dirs.values()) mark(c);
      };
      mark(dir);
    }
    for (const c of dir.dirs.values()) markToolLoaded(c);
  };
  markToolLoaded(project.tree);

  // Memoized per folder: every file asks, and a deep tree would otherwise be walked once per file.
  const importable = new Map<Directory, boolean>();
  const importableDir = (dir: Directory): boolean => {
    let v = importable.get(dir);
    if (v === undefined) {
      const py = base.projectOf(dir);
      if (py.roots.includes(dir)) v = true;
      else if (!isIdentifier(dir.name) || (!initFile(dir, 'runtime') && !py.config.namespaces && !base.isDeclaredNamespace(dir))) v = false;
      else v = dir.parent !== null && importableDir(dir.parent);
      importable.set(dir, v);
    }
    return v;
  };

  const named = new Map<ProjectFile, boolean>();
  const moduleNamed = (file: ProjectFile): boolean => {
    let v = named.get(file);
    if (v === undefined) named.set(file, (v = file.name.startsWith('__init__.') || isModuleName(file.name.replace(/\.pyi?$/, ''))));
    return v;
  };

  const firsts = new Map<PythonProject, Map<Directory, SearchPath>>();
  return {
    pytestFor,
    // A nested project inside a test tree (a test crate, a fixture project) is test data too.
    // A package in the wheel that `testpaths` lists (for its doctests: zarr, statsmodels) stays package code.
    inTestTree: upward((d) => d.parent !== null && (TEST_TREE_NAME.test(d.name) || (pytestFor(d).testpaths.includes(d) && !shippedDirs.has(d)))),
    isVendored: inVendoredTree,
    // A cookiecutter template the project ships or keeps (its own tests run under pytest-cookies, by
    // the template's author); a template repository itself, cookiecutter.json at its root, is code.
    inTemplate: upward((d) => d.files.has('cookiecutter.json') && base.projectOf(d).dir !== d),
    shippedDirs,
    toolLoaded,
    importableDir,
    moduleNamed,
    folderFirst: (dir, py) => {
      let byDir = firsts.get(py);
      if (!byDir) firsts.set(py, (byDir = new Map()));
      let search = byDir.get(dir);
      if (!search) byDir.set(dir, (search = searchPath([dir, ...py.roots.filter((r) => r !== dir)])));
      return search;
    },
  };
}

/** A module that defines test functions or test classes: what pytest runs of a file it collects. */
export function definesTests(facts: ModuleFacts): boolean {
  return facts.bindings.some((b) => (b.kind === 'def' && b.name.startsWith('test')) || (b.kind === 'class' && /Test|Case/.test(b.name)));
}

/**
 * Each Python file's usage (`roles`), computed, or as a stored model gives it (model-store.ts): the
 * rest (pytest's view, the test trees) is read from the tree and the config files on every run.
 * What `roles` reads of a module's facts is in `modelView` (model-store.ts): a stored model is
 * taken for modules whose view did not change.
 */
export function computeUsage(
  project: Project,
  base: LayoutBase,
  stored: ReadonlyMap<ProjectFile, FileUsage> | null = null,
): { usage: Usage; roles: ReadonlyMap<ProjectFile, FileUsage>; reach(file: ProjectFile, facts: ModelFacts, role: Role): Set<ProjectFile> } {
  const read = (rel: string): string | null => project.readText(rel);
  const { pytestFor, inTestTree, isVendored, inTemplate, shippedDirs, toolLoaded, importableDir, moduleNamed: isModuleNamed, folderFirst } = usageStructure(project, base);
  const { rootsSearch } = base;

  // Folders and files that conftest.py files tell pytest to skip (literal lists only).
  const collectIgnored = new Set<Directory | ProjectFile>();
  for (const file of project.files) {
    if (file.name !== 'conftest.py') continue;
    const text = read(file.path);
    if (!text || !text.includes('collect_ignore')) continue;
    const { paths, globs } = collectIgnores(text);
    for (const p of paths) {
      const target = dirAt(file.dir, p) ?? fileAt(file.dir, p);
      if (target) collectIgnored.add(target);
    }
    if (globs.length) {
      const match = pytestMatcher(globs.map((g) => `/${file.dir.path ? `${file.dir.path}/` : ''}${g}`));
      for (const f of project.files) if (f.path.startsWith(file.dir.path) && match(f.path)) collectIgnored.add(f);
    }
  }

  /** Whether pytest would descend into `dir` (relative to its project): no ignored folder on the way. */
  const memoRecurse = new Map<Directory, boolean>();
  const recursed = (dir: Directory): boolean => {
    let v = memoRecurse.get(dir);
    if (v === undefined) {
      const py = base.projectOf(dir);
      if (dir === py.dir) v = true;
      else {
        const rel = py.dir.path ? dir.path.slice(py.dir.path.length + 1) : dir.path;
        v = !collectIgnored.has(dir) && !pytestFor(dir).matchNoRecurse(rel) && dir.parent !== null && recursed(dir.parent);
      }
      memoRecurse.set(dir, v);
    }
    return v;
  };
  const underTestpaths = (dir: Directory): boolean => {
    const { testpaths } = pytestFor(dir);
    if (testpaths.length === 0) return true;
    for (let d: Directory | null = dir; d; d = d.parent) if (testpaths.includes(d)) return true;
    return false;
  };
  /**
   * Per folder, once: false where pytest does not look, null where it loads only conftest.py (outside
   * `testpaths`), else how it matches the folder's files by their path from the rootdir (20,000
   * modules asked the same per file: a tenth of a --staged run's usage).
   */
  const collecting = new Map<Directory, Collecting>();
  const collectingIn = (dir: Directory): Collecting => {
    let v = collecting.get(dir);
    if (v === undefined) {
      const py = base.projectOf(dir);
      // `python_files` may hold paths (`tests/test_*.py`): matched against the path from the rootdir.
      v = !recursed(dir) ? false : underTestpaths(dir) ? { matchFile: pytestFor(dir).matchFile, from: py.dir.path ? py.dir.path.length + 1 : 0 } : null;
      collecting.set(dir, v);
    }
    return v;
  };
  /** pytest imports the file while collecting: a conftest.py, or a file `python_files` matches where pytest looks. */
  const importedByPytest = (file: ProjectFile): boolean => {
    if (!file.name.endsWith('.py') || collectIgnored.has(file)) return false;
    const here = collectingIn(file.dir);
    if (here === false) return false;
    if (file.name === 'conftest.py') return true;
    return here !== null && here.matchFile(file.path.slice(here.from));
  };
  const collected = (file: ProjectFile): boolean => {
    if (!importedByPytest(file)) return false;
    if (file.name === 'conftest.py') return true;
    // A file that matches `python_files` but defines no test (a linter's input named `*test_*.py`)
    // gives pytest nothing to run: it is data, not a test module.
    return definesTests(project.module(file).facts);
  };

  const usage = stored ?? liveness();
  return {
    usage: {
      of: (file) => usage.get(file) ?? { role: 'data', live: false, why: 'not a Python source' },
      inTestTree,
      isVendored,
      inTemplate,
      pytest: (dir) => pytestFor(dir).config,
      collected,
      importedByPytest,
      shipped: (dir) => shippedDirs.has(dir),
    },
    roles: usage,
    reach,
  };

  /** The Python files that imports like these, run from `file` in this role, make live (see liveness). */
  function reach(file: ProjectFile, facts: ModelFacts, role: Role): Set<ProjectFile> {
    const out = new Set<ProjectFile>();
    const { targets, levels } = moduleImports(facts);
    for (let i = 0; i < targets.length; i++) {
      for (const name of targets[i]!) for (const r of resolveForLiveness(file, role, levels[i]!, name)) if (r.entry && isPythonSource(r.entry.name)) out.add(r.entry);
    }
    for (const dyn of facts.dynamicImports) {
      if (!dyn.module || dyn.module.startsWith('.')) continue;
      for (const r of resolveIn(project.tree, rootsSearch(file.dir), dyn.module, 'static')) if (r.entry && isPythonSource(r.entry.name)) out.add(r.entry);
    }
    out.delete(file);
    return out;
  }

  /** Each file's role, and whether it is live: what runs, and what it imports. */
  function liveness(): Map<ProjectFile, FileUsage> {
    const usage = new Map<ProjectFile, FileUsage>();
    const pending: PythonModule[] = [];
    const candidates: ProjectFile[] = [];
    for (const file of project.files) {
      if (!isPythonSource(file.name)) continue;
      let u: FileUsage;
      // A file no dotted name can spell is never package code, whatever folder it is in.
      const moduleNamed = isModuleNamed(file);
      if (isVendored(file.dir)) u = VENDORED;
      else if (inTemplate(file.dir)) u = TEMPLATE;
      else if (toolLoaded.has(file.dir)) u = { role: 'script', live: true, why: toolLoaded.get(file.dir)! };
      else if (moduleNamed && shippedDirs.has(file.dir) && !inTestTree(file.dir)) u = SHIPPED;
      else if (collected(file)) u = file.name === 'conftest.py' ? CONFTEST : COLLECTED;
      else if (inTestTree(file.dir)) u = TEST_DATA;
      else if (moduleNamed && importableDir(file.dir)) u = IMPORTABLE;
      else {
        const facts = project.module(file).facts;
        if (facts.shebang || facts.mainGuard || facts.scriptBlock) u = { role: 'script', live: true, why: facts.shebang ? 'a script (shebang)' : facts.mainGuard ? 'a script (`__main__` guard)' : 'a script (PEP 723 block)' };
        else u = UNUSED;
      }
      // What the user named (an editor buffer, a file on the command line) is linted as code.
      if (!u.live && project.buffers.has(file.path)) u = { ...u, live: true, why: `${u.why}; named by the user` };
      usage.set(file, u);
      if (u.live) pending.push(project.module(file));
      else if (u.role !== 'vendored') candidates.push(file);
    }

    // Liveness: what live code imports is live too. Only imports that name a not-yet-live file can
    // change anything, so the others are not resolved.
    if (candidates.length) {
      // Each part of a dotted name resolves to one file: `<part>.py` or `<part>/__init__.py`. So an
      // import reaches a candidate only through a part spelling the candidate's own module name (its
      // folder's name for an `__init__`); its other folders' names say nothing.
      const names = new NameReach();
      for (const f of candidates) {
        if (f.name.startsWith('__init__.')) names.add(f.dir.name, f.dir.parent?.name ?? '');
        else names.add(f.name.replace(/\.pyi?$/, ''), f.dir.name);
      }
      // Each file made live by an import, with its importer first in path order (FileUsage.importedBy).
      const importer = new Map<ProjectFile, ProjectFile>();
      const markLive = (file: ProjectFile, by: PythonModule): void => {
        const u = usage.get(file);
        if (!u || u.role === 'vendored' || file === by.file) return;
        if (u.live) {
          const first = importer.get(file);
          if (first && by.file.path < first.path) importer.set(file, by.file);
          return;
        }
        usage.set(file, { ...u, live: true });
        importer.set(file, by.file);
        pending.push(project.module(file));
      };
      while (pending.length) {
        const module = pending.pop()!;
        const role = usage.get(module.file)!.role;
        const { targets, levels } = moduleImports(module.facts);
        for (let i = 0; i < targets.length; i++) {
          for (const name of targets[i]!) {
            if (!names.mayReach(name)) continue;
            for (const r of resolveForLiveness(module.file, role, levels[i]!, name)) {
              if (r.entry && isPythonSource(r.entry.name)) markLive(r.entry, module);
            }
          }
        }
        for (const dyn of module.facts.dynamicImports) {
          const name = dyn.module.startsWith('.') ? null : dyn.module;
          if (!name || !names.mayReach(name)) continue;
          for (const r of resolveIn(project.tree, rootsSearch(module.file.dir), name, 'static')) {
            if (r.entry && isPythonSource(r.entry.name)) markLive(r.entry, module);
          }
        }
      }
      for (const [file, by] of importer) {
        const u = usage.get(file)!;
        usage.set(file, { ...u, why: `${u.why}; imported by ${by.path}`, importedBy: by });
      }
    }
    return usage;
  }

  /**
   * Where an import is looked for, as the module runs: a script has its own folder first on
   * `sys.path`; pytest (prepend mode) inserts a test module's first folder without `__init__.py`.
   */
  function resolveForLiveness(file: ProjectFile, role: Role, level: number, name: string): Resolved[] {
    if (level > 0) {
      let dir: Directory | null = file.dir;
      for (let i = 1; i < level && dir; i++) dir = dir.parent;
      return dir && name ? resolveIn(project.tree, folderSearch(dir), name, 'static') : [];
    }
    if (role === 'script') return resolveIn(project.tree, folderFirst(file.dir, base.projectOf(file.dir)), name, 'static');
    if (role === 'test') {
      let d: Directory = file.dir;
      while (initFile(d, 'runtime') && d.parent) d = d.parent;
      return resolveIn(project.tree, folderFirst(d, base.projectOf(file.dir)), name, 'static');
    }
    return resolveIn(project.tree, rootsSearch(file.dir), name, 'static');
  }

}

const partsOf = new Map<string, readonly string[]>();

/** `a.b.c` → [a, b, c], split once per name: the same names are imported all over a project. Callers must not change the answer. */
export function dottedParts(name: string): readonly string[] {
  let parts = partsOf.get(name);
  if (!parts) partsOf.set(name, (parts = name.split('.')));
  return parts;
}

/**
 * What imports may reach (folders, modules), by the names resolution reaches them through. It
 * descends by name (resolve.ts): what a dotted name reaches as its part k is named that part, and for
 * k > 0 lies in a folder named part k - 1 (a module in its folder, a package's folder in its parent).
 * So a name whose first part is none of the names, and none of whose later parts is a name in the
 * folder its previous part spells, reaches none of them. Names alone (`namesAny`) let sympy's imports
 * of `sympy.physics` through to resolution for its `doc/src/modules/physics/` folder.
 */
export class NameReach {
  /** By name, the names of the folders where something of that name is. */
  private readonly containers = new Map<string, Set<string>>();
  /** Something named `name` in a folder named `container`. */
  add(name: string, container: string): void {
    let set = this.containers.get(name);
    if (!set) this.containers.set(name, (set = new Set()));
    set.add(container);
  }
  /** Whether resolving `dotted` may reach something added. */
  mayReach(dotted: string): boolean {
    if (this.containers.size === 0) return false;
    let dot = dotted.indexOf('.');
    let previous = dot === -1 ? dotted : dotted.slice(0, dot);
    if (this.containers.has(previous)) return true;
    while (dot !== -1) {
      const start = dot + 1;
      dot = dotted.indexOf('.', start);
      const part = dot === -1 ? dotted.slice(start) : dotted.slice(start, dot);
      if (this.containers.get(part)?.has(previous)) return true;
      previous = part;
    }
    return false;
  }
}

/** Whether a part of a dotted name is in `names`, without splitting the name. */
export function namesAny(dotted: string, names: ReadonlySet<string>): boolean {
  let start = 0;
  for (;;) {
    const dot = dotted.indexOf('.', start);
    if (names.has(dot === -1 ? dotted.slice(start) : dotted.slice(start, dot))) return true;
    if (dot === -1) return false;
    start = dot + 1;
  }
}

// Keyed by the facts, not their `imports`: facts read from the cache decode `imports` anew on each access.
/** What the model reads of a module's facts to follow its imports: a module's, or those a stored model kept (model-store.ts). */
export type ModelFacts = Pick<ModuleFacts, 'imports' | 'dynamicImports'>;

const targetsOf = new WeakMap<ModelFacts, string[][]>();

/**
 * `importTargets` of each of a module's imports, in order: made once per module, since the model
 * and several rules go through every import of every module (and a language server does it again
 * on every run). Callers must not change the answer.
 */
export function moduleImportTargets(facts: ModelFacts): readonly string[][] {
  let targets = targetsOf.get(facts);
  if (!targets) targetsOf.set(facts, (targets = facts.imports.map(computeTargets)));
  return targets;
}

/**
 * What the project's phases read of each of a module's imports, in order, without the import
 * objects: liveness and the layout go through every import of every module but look closer at few
 * of them. The levels are read again at each call: kept for every module, they cost a cold run of
 * 100,000 modules 45 MB at its peak.
 */
export function moduleImports(facts: ModelFacts): { targets: readonly string[][] } & ImportLevels {
  return { targets: moduleImportTargets(facts), ...importLevels(facts) };
}

const factTargets = new WeakMap<ImportFact, string[]>();

/**
 * `import a.b` → [a.b]; `from a.b import c, d` → [a.b.c, a.b.d] (each may be a submodule); `from . import x` → [x].
 * Made once per statement object: every rule's `import` visitor gets the same one. Callers must not change the answer.
 */
export function importTargets(fact: ImportFact): string[] {
  let targets = factTargets.get(fact);
  if (!targets) factTargets.set(fact, (targets = computeTargets(fact)));
  return targets;
}

function computeTargets(fact: ImportFact): string[] {
  if (fact.kind === 'import') return fact.names.map((n) => n.name);
  const base = fact.module ?? '';
  const names = fact.names.filter((n) => n.name !== '*').map((n) => (base ? `${base}.${n.name}` : n.name));
  return names.length ? names : base ? [base] : [];
}

/**
 * Folders whose modules a tool loads by path, not by import: an Alembic environment
 * (`script_location` in alembic.ini), MkDocs hooks (`hooks:` in mkdocs.yml).
 */
function toolLoadedDirs(base: LayoutBase, read: (rel: string) => string | null): Map<Directory, string> {
  const out = new Map<Directory, string>();
  for (const py of base.projects) {
    for (const ini of ['alembic.ini', ...[...py.dir.dirs.values()].filter((d) => d.files.has('alembic.ini')).map((d) => `${d.name}/alembic.ini`)]) {
      if (!ini.includes('/') && !py.dir.files.has(ini)) continue;
      const text = read(joinPath(py.dir.path, ini));
      const loc = text ? /^\s*script_location\s*[=:]\s*(.+?)\s*$/m.exec(text)?.[1] : undefined;
      if (!loc || loc.includes(':')) continue; // `package:folder` names a package resource
      const iniDir = ini.includes('/') ? ini.slice(0, ini.lastIndexOf('/')) : '';
      const rel = loc.replace(/^%\(here\)s\/?/, '');
      const dir = dirAt(py.dir, iniDir ? `${iniDir}/${rel}` : rel);
      if (!dir) continue;
      const mark = (d: Directory): void => {
        out.set(d, `loaded by path by Alembic (script_location in ${joinPath(py.dir.path, ini)})`);
        for (const c of d.dirs.values()) mark(c);
      };
      mark(dir);
    }
    if (py.dir.files.has('mkdocs.yml') || py.dir.files.has('mkdocs.yaml')) {
      const text = read(joinPath(py.dir.path, py.dir.files.has('mkdocs.yml') ? 'mkdocs.yml' : 'mkdocs.yaml'));
      const block = text ? /^hooks:\s*\n((?:[ \t]+-.*\n?)+)/m.exec(text)?.[1] : undefined;
      for (const m of block?.matchAll(/-\s*['"]?([^'"\n#]+?\.py)['"]?\s*$/gm) ?? []) {
        const file = fileAt(py.dir, m[1]!.trim());
        if (file) out.set(file.dir, 'MkDocs hooks, loaded by path (mkdocs.yml)');
      }
    }
  }
  return out;
}

/** Folder names that hold data or loose scripts, not packages: the default of the folder rules' `ignore-names`. */
export const DEFAULT_IGNORE_NAMES = ['fixtures', 'data', '*_data', 'testdata', 'testfiles', 'resources', 'templates', 'example_scripts', 'versions', 'migrations', 'static', 'assets', 'Extensions'];

/**
 * Whether `dir` or a folder above it (up to its project's folder, exclusive) has a name the
 * `ignore-names` globs match: a data folder's subfolders are data too.
 */
export function underIgnoredName(dir: Directory, projectDir: Directory, matches: (name: string) => boolean): boolean {
  for (let d: Directory | null = dir; d && d !== projectDir; d = d.parent) if (matches(d.name)) return true;
  return false;
}
