/**
 * The project's Python layout: its Python projects (folders with pyproject.toml / setup.py /
 * setup.cfg, nested ones included), their import roots and build metadata, and which folders the
 * code imports as packages. Computed once per run, on first use by a rule.
 */
import * as path from 'node:path';
import type { ImportFact } from '../python/facts';
import { readBuildConfig, type BuildConfig } from './build-config';
import { dirAt, inVendoredTree, joinPath, type Directory, type ProjectFile } from './model';
import { isPythonSource, type Project, type PythonModule } from './project';
import { isIdentifier } from '../python/names';
import { projectEnvironment, type ProjectEnvironment } from './environment/project-environment';
import { folderSearch, initFile, resolveIn, searchPath, type Resolved, type SearchPath } from './resolve';
import { computeUsage, dottedParts, moduleImports, NameReach, namesAny, type FileUsage, type ModelFacts, type Usage } from './usage';
import { modelParts, recording, restoreModel, type ModelUpdate, type RestoredModel, type ModuleProblems, type StoredUse } from './model-store';
import { packageDataMayShip, wheelPackages } from './backends/setuptools';

export interface PythonProject {
  dir: Directory;
  config: BuildConfig;
  /** Import roots in search order: configured (`src`), metadata, layout, then the project folder. */
  roots: Directory[];
  /** The metadata file that defines the project, relative to the lint root. */
  metadataFile: string | null;
  /** The text of its pyproject.toml, if any. */
  pyproject: string | null;
}

/** One import statement that uses a folder as a package. */
export interface PackageUse {
  module: PythonModule;
  fact: ImportFact;
  /** The dotted name the statement gives the folder (`app.routers`, or `.routers` for relative imports). */
  name: string;
}

/** The statements that use a folder as a package: how many, and the first of them. */
export interface PackageEvidence {
  count: number;
  /** Some use comes from package code (not only from tests and scripts). */
  fromPackageCode: boolean;
  /** The first MAX_EVIDENCE uses in path and line order: a finding shows no more. */
  uses: PackageUse[];
}

export const MAX_EVIDENCE = 20;

export interface Layout {
  /** With a stored model (model-store.ts): whether it was computed or reused, for --verbose; else null. */
  model: string | null;
  /** With a reused model: what it knows of the linted modules that cannot be read whole; else null (read them). */
  moduleProblems: ModuleProblems | null;
  projects: PythonProject[];
  projectOf(dir: Directory): PythonProject;
  /**
   * Folders without `__init__.py` that the code imports as packages, with the statements that do
   * it. Regular packages are left out, and only the first uses are kept: nothing needs more
   * evidence, and holding it for every import of a large project cost more than the rest of the
   * layout.
   */
  packageUses: Map<Directory, PackageEvidence>;
  isRoot(dir: Directory): boolean;
  /** A root inside another root (`src/` in the project folder): also a namespace package of the outer one. */
  insideAnotherRoot(root: Directory): boolean;
  /** Declared namespace packages (`namespace-packages` in the config) and everything below them. */
  isDeclaredNamespace(dir: Directory): boolean;
  /** Each `namespace-packages` entry with the folders it names (none: it matches nothing). */
  namespaceEntries: Array<{ entry: string; dirs: Directory[] }>;
  /** A folder's import name, from the nearest import root above it (`app.routers`). */
  importName(dir: Directory): string;
  /** Resolves an import's target module chain (absolute or relative) from the importing module. */
  resolveImport(module: PythonModule, fact: ImportFact, name: string): Resolved[];
  /** How the project uses each Python file (role, liveness). */
  usage: Usage;
  /** The standard library and declared dependencies the projects run with. */
  environment: ProjectEnvironment;
  /**
   * Why a folder without `__init__.py` is not the project's own package even where code imports its
   * name (a standard library or dependency name, a namespace shared with other distributions), or null.
   */
  sharedReason(dir: Directory): string | null;
  /**
   * A module at or below the folder (`by: 'tests'`: a test module) imports one of the folder's own
   * modules or subfolders by its bare name (`from conftest import X`, `import train`), or a test in
   * it spells its own bare module name (`"test_tool.f"`): that works because the folder itself is
   * on sys.path (pytest puts a test folder without `__init__.py` there, Python a script's folder),
   * and an `__init__.py` there would break it.
   */
  importedByBareName(dir: Directory, by: 'tests' | 'any'): boolean;
  /**
   * Folders the project's wheel leaves out that its shipped code imports (and whose files do not
   * ship as package data), in path order, each with its first uses in path and line order; none
   * when the wheel is not known.
   */
  wheelOmitted(py: PythonProject): WheelOmission[];
}

export interface WheelOmission {
  dir: Directory;
  uses: PackageUse[];
}

const METADATA = ['pyproject.toml', 'setup.cfg', 'setup.py'];

/**
 * A folder with packaging metadata is a project, except a `setup.py`/`setup.cfg` inside a regular
 * package: that is a module of the package (test suites carry such helper files).
 */
export function isProjectDir(dir: Directory): boolean {
  if (dir.files.has('pyproject.toml')) return true;
  if (!dir.files.has('setup.py') && !dir.files.has('setup.cfg')) return false;
  return !(dir.files.has('__init__.py') && dir.parent?.files.has('__init__.py'));
}

const cache = new WeakMap<Project, Layout>();

export function layoutOf(project: Project): Layout {
  let layout = cache.get(project);
  if (!layout) {
    layout = computeLayout(project);
    cache.set(project, layout);
  }
  return layout;
}

/** What the layout takes from the files' names and the non-Python files alone: its Python projects and their roots. */
interface Structure {
  projects: PythonProject[];
  projectOf(dir: Directory): PythonProject;
  rootSet: Set<Directory>;
  namespaceEntries: Array<{ entry: string; dirs: Directory[] }>;
  isDeclaredNamespace(dir: Directory): boolean;
  /** The import roots of the project a folder is in, as a search path. */
  rootsSearch(dir: Directory): SearchPath;
  environment: ProjectEnvironment;
}

/**
 * The structure, kept with the tree it was computed from: a language server keeps its tree while
 * no file is created or deleted and no non-Python file changes (it discovers the files again
 * otherwise), so it does not read and parse the projects' metadata on every keystroke.
 */
const structures = new WeakMap<Directory, { config: Project['config']; structure: Structure }>();

function structureOf(project: Project): Structure {
  const kept = structures.get(project.tree);
  if (kept?.config === project.config) return kept.structure;
  const structure = computeStructure(project);
  structures.set(project.tree, { config: project.config, structure });
  return structure;
}

function computeStructure(project: Project): Structure {
  const projects: PythonProject[] = [];
  // A setup.cfg alone that holds only other tools' settings (kubernetes' `[flake8]` beside its
  // top-level package) makes no project: no metadata, no options, nothing setuptools reads.
  const toolSettingsOnly = (dir: Directory): boolean =>
    !dir.files.has('pyproject.toml') && !dir.files.has('setup.py') && !/^\s*\[(metadata|options)(\.[^\]]*)?\]/m.test(project.readText(joinPath(dir.path, 'setup.cfg')) ?? '');
  const visit = (dir: Directory): void => {
    if (dir === project.tree || (isProjectDir(dir) && !toolSettingsOnly(dir))) projects.push(makeProject(project, dir));
    for (const child of dir.dirs.values()) visit(child);
  };
  visit(project.tree);

  const byDir = new Map(projects.map((p) => [p.dir, p]));
  // Remembered per folder: asked for every file, a walk to the top made deep trees quadratic.
  const projectOfDir = new Map<Directory, PythonProject>();
  const projectOf = (dir: Directory): PythonProject => {
    const walked: Directory[] = [];
    let found: PythonProject | undefined;
    for (let d: Directory | null = dir; d && !found; d = d.parent) {
      found = projectOfDir.get(d) ?? byDir.get(d);
      walked.push(d);
    }
    found ??= projects[0]!;
    for (const d of walked) projectOfDir.set(d, found);
    return found;
  };
  // A typeshed-style stub distribution (`stubs/<dist>/` with METADATA.toml) is an import root of its own.
  const stubRoots: Directory[] = [];
  const findStubRoots = (dir: Directory): void => {
    if (dir.files.has('METADATA.toml') && !dir.files.has('__init__.py')) stubRoots.push(dir);
    for (const child of dir.dirs.values()) findStubRoots(child);
  };
  findStubRoots(project.tree);
  for (const r of stubRoots) projectOf(r).roots.unshift(r);
  const rootSet = new Set<Directory>(projects.flatMap((p) => [p.dir, ...p.roots]));

  const namespaceEntries = project.config.namespacePackages.map((entry) => ({ entry, dirs: declaredFolders(project, projects, entry) }));
  const declared = new Set(namespaceEntries.flatMap((e) => e.dirs));
  const isDeclaredNamespace = (dir: Directory): boolean => {
    if (declared.size === 0) return false;
    for (let d: Directory | null = dir; d; d = d.parent) if (declared.has(d)) return true;
    return false;
  };
  const searches = new Map(projects.map((p) => [p, searchPath(p.roots)]));
  const rootsSearch = (dir: Directory): SearchPath => searches.get(projectOf(dir))!;
  return { projects, projectOf, rootSet, namespaceEntries, isDeclaredNamespace, rootsSearch, environment: projectEnvironment(project, projects) };
}

function computeLayout(project: Project, mayRestore = true): Layout {
  // With a stored model (model-store.ts): taken if its inputs are this run's, updated if only some
  // modules' imports changed, else computed; an updated or computed one is stored, with every
  // input it was computed from recorded.
  const store = project.modelStore ?? null;
  const restored = store && mayRestore ? restoreModel(project, store.slot, store.staged) : null;
  const updates = restored?.updates ?? [];
  const rec = store && (!restored || updates.length) ? recording(project, restored?.inputs() ?? null) : null;
  const input = rec?.project ?? project;
  const { projects, projectOf, rootSet, namespaceEntries, isDeclaredNamespace, rootsSearch, environment } = structureOf(input);

  const resolveAt = (file: ProjectFile, level: number, name: string): Resolved[] => {
    if (level === 0) return resolveIn(project.tree, rootsSearch(file.dir), name, 'static');
    const base = relativeBase(file.dir, level);
    if (!base || !name) return [];
    return resolveIn(project.tree, folderSearch(base), name, 'static');
  };
  const resolveImport = (module: PythonModule, fact: ImportFact, name: string): Resolved[] => resolveAt(module.file, fact.level, name);

  /** A folder's import name, from the nearest import root above it. */
  const dottedName = (dir: Directory): string => {
    const parts: string[] = [];
    for (let d: Directory | null = dir; d && !rootSet.has(d); d = d.parent) parts.unshift(d.name);
    return parts.join('.') || dir.name;
  };

  const base = { projects, projectOf, isDeclaredNamespace, rootsSearch };
  const { usage, roles, reach } = computeUsage(input, base, restored?.result.roles);
  const bareByTests = new Map<Directory, boolean>();
  const bareByAny = new Map<Directory, boolean>();
  /** Top-level folders under an import root whose name the environment provides, or a shared namespace. */
  const isTopLevel = (dir: Directory): boolean => dir.parent !== null && projectOf(dir).roots.includes(dir.parent);
  const shared = restored?.result.shared ?? new Map<Directory, string>();
  const sharedWhy = (dir: Directory): string | null => {
    const known = shared.get(dir);
    if (known) return known;
    if (!isTopLevel(dir) || initFile(dir, 'runtime')) return null;
    if (environment.stdlib.has(dir.name)) return `\`${dir.name}\` is a standard library module, which Python imports instead of this folder`;
    if (environment.dependencies.has(dir.name)) return `\`${dir.name}\` is the import name of a declared dependency, which Python imports instead of this folder`;
    if (environment.namespaces.has(dir.name)) return `\`${dir.name}\` is a namespace shared with other distributions (${environment.namespaces.get(dir.name)})`;
    return null;
  };

  // A stored model whose modules' imports changed is updated for each, where the difference is
  // known to be all that changes; otherwise it is computed.
  if (restored && updates.length && !(updates.every((u) => updateModel(u, restored.result)) && replaced(restored.result, updates))) return computeLayout(project, false);
  const packageUses = new Map<Directory, PackageEvidence>();
  for (const [dir, e] of restored?.result.packageUses ?? []) packageUses.set(dir, { ...e, uses: restoredUses(e.uses) });
  if (!restored) collectEvidence();
  const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
  const model = !store
    ? null
    : restored
      ? `${updates.length ? 'updated' : 'reused'} from the cache${restored.changed ? ` (${plural(restored.changed, 'changed module imports', 'changed modules import')} as before)` : ''}${updates.length ? ` for ${plural(updates.length, 'module', 'modules')} whose imports changed` : ''}`
      : 'computed';
  // What the wheel omits is computed when a rule asks, so the model is written at the end of the run.
  const omitted = new Map<PythonProject, WheelOmission[]>();
  restored?.result.omitted.forEach((found, i) => {
    const py = projects[i];
    if (py) omitted.set(py, found.map((f) => ({ dir: f.dir, uses: restoredUses(f.uses) })));
  });
  if (store && rec) {
    store.slot.keep(() =>
      modelParts(project, store.slot, store.staged, rec, {
        roles,
        packageUses: new Map([...packageUses].map(([dir, e]) => [dir, { ...e, uses: storedUses(e.uses) }])),
        shared,
        omitted: new Map([...omitted].map(([py, found]) => [projects.indexOf(py), found.map((f) => ({ dir: f.dir, uses: storedUses(f.uses) }))])),
      }, restored?.problems),
    );
  }

  function needsEvidence(dir: Directory): boolean {
    return !dir.files.has('__init__.py');
  }

  /**
   * Updates what the wheels omit (where a rule asked for it when the model was stored) for one
   * shipped module whose imports changed; false where a use of a folder beyond the first ones kept
   * would move up into them.
   */
  function updateOmitted(file: ProjectFile, before: ModelFacts, result: RestoredModel['result']): boolean {
    if (!file.name.endsWith('.py')) return true;
    for (const [i, found] of result.omitted) {
      const py = projects[i];
      if (!py) return false;
      const g = wheelGaps(input, py);
      if (!g || !g.shipped.has(file.dir)) continue;
      const usesOf = (facts: ModelFacts): Array<[Directory, number, string]> => {
        const out: Array<[Directory, number, string]> = [];
        moduleOmissions(g, file, facts, resolveAt, (d, index, name) => out.push([d, index, name]));
        return out;
      };
      const was = usesOf(before);
      const is = usesOf(input.module(file).facts);
      const byDir = new Map(found.map((f) => [f.dir, f.uses]));
      const module = input.module(file);
      for (const dir of new Set([...was, ...is].map(([d]) => d))) {
        const kept = byDir.get(dir) ?? [];
        const others = kept.filter((u) => u.module.file !== file);
        if (others.length < kept.length && kept.length >= MAX_EVIDENCE) return false;
        const uses = [...others, ...is.filter(([d]) => d === dir).map(([, index, name]) => ({ module, index, name }))].sort(storedPlace).slice(0, MAX_EVIDENCE);
        if (uses.length) byDir.set(dir, uses);
        else byDir.delete(dir);
      }
      result.omitted.set(i, [...byDir].sort(([a], [b]) => (a.path < b.path ? -1 : 1)).map(([dir, uses]) => ({ dir, uses })));
    }
    return true;
  }

  /** Only code that runs is evidence: test data, fixture trees and vendored code are not; nor are stubs, which type checkers read by their own rules (PEP 561). */
  function isEvidence(file: ProjectFile, role: FileUsage): boolean {
    return role.live && role.role !== 'vendored' && !file.name.endsWith('.pyi');
  }

  /** What imports use folders without `__init__.py` as packages, and which folders are portions of a shared namespace. */
  function collectEvidence(): void {
    // One use per statement and folder. A statement's uses are recorded one after the other, so the
    // last statement seen for a folder is all it takes to tell.
    const lastFact = new Map<Directory, ImportFact>();
    // The name is made only for a use that is kept (most statements repeat a folder already counted).
    const use = (dir: Directory, module: PythonModule, fact: ImportFact, index: number, name: () => string): void => {
      if (lastFact.get(dir) === fact) return;
      lastFact.set(dir, fact);
      const u: PackageUse = { module, fact, name: name() };
      useIndex.set(u, index);
      let evidence = packageUses.get(dir);
      if (!evidence) {
        evidence = { count: 0, fromPackageCode: false, uses: [] };
        packageUses.set(dir, evidence);
      }
      evidence.count++;
      if (usage.of(u.module.file).role === 'package') evidence.fromPackageCode = true;
      evidence.uses.push(u);
      // Trimmed in batches: files usually come in path order, but untracked ones come last.
      if (evidence.uses.length >= 4 * MAX_EVIDENCE) evidence.uses = firstUses(evidence.uses);
    };
    // A chain reaches a folder only by naming it, so an import that names no folder lacking
    // `__init__.py` can record no evidence and is not resolved: in most projects, most imports.
    const gapNames = new NameReach();
    const collect = (dir: Directory): void => {
      for (const child of dir.dirs.values()) {
        if (needsEvidence(child)) gapNames.add(child.name, dir.name);
        collect(child);
      }
    };
    collect(project.tree);
    const isShared = (d: Directory): boolean => sharedWhy(d) !== null;
    const found = (d: Directory, why: string): void => {
      if (!shared.has(d)) shared.set(d, why);
    };
    for (const file of project.files) {
      if (!isPythonSource(file.name)) continue;
      const role = usage.of(file);
      if (!isEvidence(file, role)) continue;
      const module = input.module(file);
      // The import objects only for an import that is evidence (see moduleImports): one list per module.
      let imports: ImportFact[] | null = null;
      moduleUses(file, module.facts, role, gapNames, (d, i, name) => use(d, module, (imports ??= module.facts.imports)[i]!, i, name), found, isShared);
    }
    for (const evidence of packageUses.values()) evidence.uses = firstUses(evidence.uses);
  }

  /**
   * The uses of folders without `__init__.py` that one module's imports make, each statement once per
   * folder (`use`, with the statement's index), and the namespace portions they show to be shared
   * with other distributions (`found`). `isShared`: whether a folder is known to be shared, which
   * skips imports through it. `gapNames`: names through which a chain can reach such a folder, or
   * null to resolve every import.
   */
  function moduleUses(
    file: ProjectFile,
    facts: ModelFacts,
    role: FileUsage,
    gapNames: NameReach | null,
    use: (dir: Directory, index: number, name: () => string) => void,
    found: (dir: Directory, why: string) => void,
    isShared: (dir: Directory) => boolean,
  ): void {
    const { targets, levels, unsure } = moduleImports(facts);
    const last = new Map<Directory, number>();
    const useOnce = (d: Directory, i: number, name: () => string): void => {
      if (last.get(d) === i) return;
      last.set(d, i);
      use(d, i, name);
    };
    for (let i = 0; i < targets.length; i++) {
      // An import that may fail on purpose (`try: … except ImportError`) says nothing for sure, and
      // one under `if TYPE_CHECKING:` never runs.
      if (unsure[i]) continue;
      const level = levels[i]!;
      if (level > 0) {
        const climbed = relativeChain(file.dir, level);
        // Run by path, a script has no package; a chain through an import root, past the top or
        // through a folder no dotted name can spell fails at import: none of these is evidence.
        if (role.role === 'script' || !climbed || climbed.some((d) => rootSet.has(d) || !isIdentifier(d.name))) continue;
        for (const d of climbed) if (needsEvidence(d)) useOnce(d, i, () => dottedName(d));
      }
      for (const name of targets[i]!) {
        if (gapNames && !gapNames.mayReach(name)) continue;
        const parts = dottedParts(name);
        const chain = resolveAt(file, level, name);
        if (chain.length === 0) continue;
        if (level === 0 && chain[0]!.kind === 'namespace' && chain[0]!.dirs.some(isShared)) continue;
        // A name the namespace folder does not hold is found elsewhere on sys.path, or nowhere:
        // the folder is a portion of a namespace shared with another distribution.
        const end = chain[chain.length - 1]!;
        if (chain.length < parts.length && end.kind === 'namespace') {
          const missing = [...parts.slice(0, chain.length + 1)].join('.');
          for (const d of end.dirs) found(d, `\`${level ? '.'.repeat(level) : ''}${missing}\` is imported but is not in this folder, so it comes from another portion of the namespace`);
          continue;
        }
        chain.forEach((r, k) => {
          if (r.kind !== 'namespace' && r.kind !== 'package') return;
          // A namespace merged across roots is used through each of its folders.
          for (const d of r.dirs) if (needsEvidence(d)) useOnce(d, i, () => (level ? dottedName(d) : parts.slice(0, k + 1).join('.')));
        });
      }
    }
  }

  /**
   * Updates a stored model (roles, evidence, what the wheel omits) for one module whose imports
   * changed from `before` to what they are now; false where the difference is not all that changes
   * (the model must be computed):
   * - a file the module's imports make live that was not live, or one live only through it that it
   *   no longer imports: liveness spreads from there;
   * - a use of a folder left out of the first uses kept, or a use that depends on a namespace found
   *   shared: that depends on the other modules too.
   */
  function updateModel({ file, before }: ModelUpdate, result: RestoredModel['result']): boolean {
    const role = result.roles.get(file);
    if (!role) return false;
    const now = input.module(file).facts;
    // Dead code's imports make nothing live and are no evidence.
    if (role.live) {
      const was = reach(file, before, role.role);
      const is = reach(file, now, role.role);
      for (const f of is) {
        if (was.has(f)) continue;
        const u = result.roles.get(f);
        if (!u || u.role === 'vendored') continue;
        if (!u.live) return false;
        if (u.importedBy && file.path < u.importedBy.path) {
          const why = `${u.why.slice(0, u.why.length - u.importedBy.path.length)}${file.path}`;
          result.roles.set(f, { ...u, why, importedBy: file });
        }
      }
      for (const f of was) if (!is.has(f) && result.roles.get(f)?.importedBy === file) return false;
    }
    if (!updateOmitted(file, before, result)) return false;
    if (!isEvidence(file, role)) return true;
    let sure = true;
    const usesOf = (facts: ModelFacts): Array<[Directory, number, string]> => {
      const out: Array<[Directory, number, string]> = [];
      moduleUses(file, facts, role, null, (d, i, name) => out.push([d, i, name()]), () => (sure = false), (d) => {
        if (result.shared.has(d)) sure = false;
        return sharedWhy(d) !== null;
      });
      return out;
    };
    const was = usesOf(before);
    const is = usesOf(now);
    if (!sure) return false;
    const module = input.module(file);
    const isPackageCode = (u: StoredUse): boolean => result.roles.get(u.module.file)?.role === 'package';
    for (const dir of new Set([...was, ...is].map(([d]) => d))) {
      const removed = was.filter(([d]) => d === dir).length;
      const added = is.filter(([d]) => d === dir);
      const e = result.packageUses.get(dir) ?? { count: 0, fromPackageCode: false, uses: [] };
      const others = e.uses.filter((u) => u.module.file !== file);
      const othersCount = e.count - removed;
      // A use beyond the first ones kept would move up into them: not known.
      if (othersCount < others.length || (others.length < e.uses.length && e.uses.length < e.count)) return false;
      let othersFromPackageCode: boolean;
      if (!e.fromPackageCode || others.some(isPackageCode)) othersFromPackageCode = e.fromPackageCode;
      else if (role.role !== 'package' || removed === 0) othersFromPackageCode = true;
      else if (others.length === othersCount) othersFromPackageCode = false;
      else return false;
      const count = othersCount + added.length;
      if (count === 0) {
        result.packageUses.delete(dir);
        continue;
      }
      const uses = [...others, ...added.map(([, index, name]) => ({ module, index, name }))].sort(storedPlace).slice(0, MAX_EVIDENCE);
      result.packageUses.set(dir, { count, fromPackageCode: othersFromPackageCode || (added.length > 0 && role.role === 'package'), uses });
    }
    return true;
  }

  return {
    model,
    moduleProblems: restored?.problems ?? null,
    projects,
    projectOf,
    packageUses,
    isRoot: (d) => rootSet.has(d),
    insideAnotherRoot: (root) => {
      for (let d = root.parent; d; d = d.parent) if (rootSet.has(d)) return true;
      return false;
    },
    isDeclaredNamespace,
    namespaceEntries,
    importName: dottedName,
    resolveImport,
    usage,
    environment,
    sharedReason: (d) => sharedWhy(d),
    wheelOmitted: (py) => {
      let found = omitted.get(py);
      if (!found) omitted.set(py, (found = wheelOmittedBy(input, py, resolveAt)));
      return found;
    },
    importedByBareName: (dir, by) => {
      // Asked by several rules, and by duplicate-module-name once per colliding file: walked once.
      const memo = by === 'tests' ? bareByTests : bareByAny;
      let v = memo.get(dir);
      if (v === undefined) memo.set(dir, (v = importedByBareName(project, usage, environment, dir, by)));
      return v;
    },
  };
}

function importedByBareName(project: Project, usage: Usage, environment: ProjectEnvironment, dir: Directory, by: 'tests' | 'any'): boolean {
  const own = new Set<string>(dir.dirs.keys());
  for (const name of dir.files.keys()) if (name.endsWith('.py')) own.add(name.slice(0, -3));
  // A standard library name is the standard library's, imported long before any test; a declared
  // dependency's is most likely the dependency's (`import requests` in a `requests.py` transport).
  for (const name of own) if (environment.stdlib.has(name) || environment.dependencies.has(name)) own.delete(name);
  if (own.size === 0) return false;
  const folders = [dir];
  for (let d = folders.pop(); d; d = folders.pop()) {
    folders.push(...d.dirs.values());
    for (const file of d.files.values()) {
      if (!file.name.endsWith('.py') || (by === 'tests' && usage.of(file).role !== 'test')) continue;
      // A test that spells its own module's bare name (`"test_tool.get_weather_report"`, from
      // `__module__`) relies on pytest naming it so, as haystack's serialization tests do.
      if (d === dir && usage.of(file).role === 'test') {
        const stem = file.name.slice(0, -3);
        const text = project.readText(file.path) ?? '';
        if ((text.includes(`"${stem}.`) || text.includes(`'${stem}.`)) && new RegExp(`["']${stem}\\.(?!pyc?\\b)[A-Za-z_]`).test(text)) return true;
      }
      for (const fact of project.module(file).facts.imports) {
        if (fact.level !== 0) continue;
        const names = fact.kind === 'from' ? [fact.module ?? ''] : fact.names.map((n) => n.name);
        const self = file.name.slice(0, -3); // a module importing its own name means another module
        if (names.some((name) => { const first = name.split('.')[0]!; return first !== self && own.has(first); })) return true;
      }
    }
  }
  return false;
}

/** Stored uses in path and line order (see byPlace). */
function storedPlace(a: StoredUse, b: StoredUse): number {
  if (a.module.file.path !== b.module.file.path) return a.module.file.path < b.module.file.path ? -1 : 1;
  return a.module.facts.imports[a.index]!.start.line - b.module.facts.imports[b.index]!.start.line;
}

/** Whether the uses an update left of the updated modules name their statements as they are now (as every update must). */
function replaced(result: RestoredModel['result'], updates: readonly ModelUpdate[]): boolean {
  const updated = new Set(updates.map((u) => u.file));
  for (const e of [...result.packageUses.values(), ...[...result.omitted.values()].flat()]) for (const u of e.uses) if (updated.has(u.module.file) && !u.module.facts.imports[u.index]) return false;
  return true;
}

/** Each kept use's statement, by its index among its module's imports: what a stored model keeps of it. */
const useIndex = new WeakMap<PackageUse, number>();

/** Uses as a stored model keeps them (model-store.ts): each statement by its index. */
function storedUses(uses: readonly PackageUse[]): StoredUse[] {
  return uses.map((u) => ({ module: u.module, index: useIndex.get(u)!, name: u.name }));
}

/** Stored uses with their statements read from the modules as they are now. */
function restoredUses(stored: readonly StoredUse[]): PackageUse[] {
  return stored.map(({ module, index, name }) => {
    const u: PackageUse = { module, fact: module.facts.imports[index]!, name };
    useIndex.set(u, index);
    return u;
  });
}

/** What Layout.wheelOmitted needs of a Python project's wheel to look at its modules' imports one by one. */
interface WheelGaps {
  /** The wheel's packages and import roots. */
  wheel: NonNullable<ReturnType<typeof wheelPackages>>;
  shipped: Set<Directory>;
  /** Names of the folders directly below shipped ones that are not shipped: the only way an import leaves the wheel. */
  gapNames: Set<string>;
  /** Whether a left-out folder's files ship as package data anyway. */
  shipsAsData(dir: Directory): boolean;
}

function wheelGaps(project: Project, py: PythonProject): WheelGaps | null {
  // A folder without packaging metadata builds no wheel.
  if (!py.metadataFile) return null;
  // Package data ships a left-out folder's files anyway: a VCS file finder (every tracked
  // file below a shipped package), or MANIFEST.in with include-package-data. Decided once
  // per folder, however many imports reach it.
  const asData = new Map<Directory, boolean>();
  const shipsAsData = (dir: Directory): boolean => {
    let v = asData.get(dir);
    if (v === undefined) {
      const manifest = py.dir.files.has('MANIFEST.in') ? project.readText(joinPath(py.dir.path, 'MANIFEST.in')) : null;
      asData.set(dir, (v = packageDataMayShip(py, dir, manifest)));
    }
    return v;
  };
  const wheel = wheelPackages(py);
  if (!wheel || wheel.packages.size === 0) return null;
  const shipped = new Set(wheel.packages.values());
  // A chain that starts inside the wheel only descends, so it can reach a left-out folder only
  // through one directly below a shipped folder, and only by naming it. Imports that name
  // none of those are not resolved again: that is most of them, and most of this work.
  const gapNames = new Set<string>();
  for (const d of shipped) for (const c of d.dirs.values()) if (!shipped.has(c) && !wheel.roots.includes(c)) gapNames.add(c.name);
  return { wheel, shipped, gapNames, shipsAsData };
}

/** The imports of one shipped module that reach a folder the wheel leaves out: the folder, the statement's index, the name. */
function moduleOmissions(g: WheelGaps, file: ProjectFile, facts: ModelFacts, resolveAt: (file: ProjectFile, level: number, name: string) => Resolved[], add: (dir: Directory, index: number, name: string) => void): void {
  const { shipped, gapNames, wheel } = g;
  const { targets, levels, unsure } = moduleImports(facts);
  let imports: readonly ImportFact[] | null = null;
  for (let i = 0; i < targets.length; i++) {
    // Under `if TYPE_CHECKING:` it never runs; `try: … except ImportError` expects the
    // package may be absent (an optional compiled part).
    if (unsure[i]) continue;
    const level = levels[i]!;
    const inside = level === 0 || shipped.has(relativeBase(file.dir, level)!);
    // The names below are these targets or their first parts: none naming a gap folder, none does.
    if (inside && !targets[i]!.some((t) => namesAny(t, gapNames))) continue;
    const fact = (imports ??= facts.imports)[i]!;
    const names = fact.kind === 'import' ? fact.names.map((n) => n.name) : [fact.module ? fact.module : ''];
    for (const name of names) {
      if (inside && !name.split('.').some((part) => gapNames.has(part))) continue;
      const chain = level === 0 || name ? resolveAt(file, level, name) : [];
      const dirs = chain.flatMap((r) => (r.kind === 'package' || r.kind === 'namespace' ? r.dirs : []));
      if (level === 0 && !(dirs[0] && shipped.has(dirs[0]))) continue; // not our wheel's package
      if (level > 0 && !shipped.has(file.dir)) continue;
      const missing = dirs.find((d) => !shipped.has(d) && wheel.roots.every((r) => r !== d));
      if (!missing || g.shipsAsData(missing)) continue;
      add(missing, i, name);
    }
  }
}

/** See Layout.wheelOmitted. */
function wheelOmittedBy(project: Project, py: PythonProject, resolveAt: (file: ProjectFile, level: number, name: string) => Resolved[]): WheelOmission[] {
  const g = wheelGaps(project, py);
  if (!g) return [];
  const found = new Map<Directory, PackageUse[]>();
  // Vendored code ships and runs too, but is scanned (when its facts are not at hand) only if
  // its text could hold such an import: one naming a gap folder, or a relative one climbing
  // out of its folder (one dot stays in a shipped folder). Scanning pip's `_vendor/` for this
  // alone cost an eighth of its --no-cache run.
  const mayReachGap = (file: ProjectFile): boolean => {
    const text = project.readText(file.path);
    if (text === null || /\bfrom[\s\\]*\.[\s\\]*\./.test(text)) return true;
    for (const name of g.gapNames) if (text.includes(name)) return true;
    return false;
  };
  for (const [, dir] of g.wheel.packages) {
    for (const file of dir.files.values()) {
      if (!file.name.endsWith('.py')) continue;
      const module = project.moduleAtHand(file) ?? (inVendoredTree(file.dir) && !mayReachGap(file) ? null : project.module(file));
      if (!module) continue;
      moduleOmissions(g, file, module.facts, resolveAt, (missing, i, name) => {
        const list = found.get(missing) ?? [];
        const u: PackageUse = { module, fact: module.facts.imports[i]!, name };
        useIndex.set(u, i);
        list.push(u);
        found.set(missing, list);
      });
    }
  }
  return [...found].sort(([a], [b]) => (a.path < b.path ? -1 : 1)).map(([dir, uses]) => ({ dir, uses: firstUses(uses) }));
}

/** The folders a relative import of `level` dots climbs through (each must be a package), or null past the top. */
function relativeChain(from: Directory, level: number): Directory[] | null {
  const out: Directory[] = [];
  let dir: Directory | null = from;
  for (let i = 0; i < level; i++) {
    if (!dir || dir.parent === null) return null;
    out.push(dir);
    dir = dir.parent;
  }
  return out;
}

/** The first MAX_EVIDENCE uses in path and line order. */
function firstUses(uses: PackageUse[]): PackageUse[] {
  return uses.sort(byPlace).slice(0, MAX_EVIDENCE);
}

/** Path, then line. */
export function byPlace(a: PackageUse, b: PackageUse): number {
  return a.module.file.path < b.module.file.path ? -1 : a.module.file.path > b.module.file.path ? 1 : a.fact.start.line - b.fact.start.line;
}

/** The package a relative import of `level` dots starts from. */
export function relativeBase(from: Directory, level: number): Directory | null {
  let dir: Directory | null = from;
  for (let i = 1; i < level && dir; i++) dir = dir.parent;
  return dir;
}

function makeProject(project: Project, dir: Directory): PythonProject {
  const files = {
    pyproject: dir.files.has('pyproject.toml') ? project.readText(joinPath(dir.path, 'pyproject.toml')) : null,
    setupCfg: dir.files.has('setup.cfg') ? project.readText(joinPath(dir.path, 'setup.cfg')) : null,
    setupPy: dir.files.has('setup.py') ? project.readText(joinPath(dir.path, 'setup.py')) : null,
  };
  const config = readBuildConfig(files);
  const roots: Directory[] = [];
  const add = (d: Directory | null) => {
    if (d && !roots.includes(d)) roots.push(d);
  };
  // `src` from our own config comes first: the user said so.
  for (const s of project.config.src) {
    const abs = path.resolve(project.config.baseDir, s);
    const relToRoot = path.relative(project.root, abs).split(path.sep).join('/');
    if (!relToRoot.startsWith('..')) add(dirAt(project.tree, relToRoot));
  }
  for (const r of config.roots) add(dirAt(dir, r));
  const src = dir.dirs.get('src');
  if (config.roots.length === 0 && src && !initFile(src) && hasPython(src)) add(src);
  add(dir);
  const metadataFile = METADATA.find((m) => dir.files.has(m));
  return { dir, config, roots, metadataFile: metadataFile ? joinPath(dir.path, metadataFile) : null, pyproject: files.pyproject };
}

/**
 * The folders a `namespace-packages` entry names: a path from the config's folder, else (as users
 * write it too) a dotted module name under each project's import roots.
 */
function declaredFolders(project: Project, projects: readonly PythonProject[], entry: string): Directory[] {
  const bare = entry.replace(/\/+$/, '');
  const rel = path.relative(project.root, path.resolve(project.config.baseDir, bare)).split(path.sep).join('/');
  const asPath = rel === '..' || rel.startsWith('../') ? null : dirAt(project.tree, rel);
  if (asPath) return [asPath];
  const parts = bare.split('.');
  if (!parts.every(isIdentifier)) return [];
  const out = new Set<Directory>();
  for (const p of projects) {
    for (const root of p.roots) {
      const dir = dirAt(root, parts.join('/'));
      if (dir) out.add(dir);
    }
  }
  return [...out];
}

function hasPython(dir: Directory): boolean {
  for (const name of dir.files.keys()) if (isPythonSource(name)) return true;
  for (const child of dir.dirs.values()) if (hasPython(child)) return true;
  return false;
}
