/**
 * What setuptools puts in the wheel, as `setuptools/discovery.py` decides it: `find_packages()` and
 * `packages = find:` need `__init__.py` and prune everything below a folder without one;
 * `find_namespace_packages()`, `find_namespace:` and pyproject's `[tool.setuptools.packages.find]`
 * (namespaces default true) take every folder; an explicit `packages` list takes exactly those;
 * with nothing configured, auto-discovery takes `src/` (src layout) or the top-level folders that
 * are not reserved names (flat layout). `include`/`exclude` filter names but never prune.
 */
import type { SettingSource, SetuptoolsPackages } from '../build-config';
import { dirAt, type Directory } from '../model';
import { isProjectDir, type PythonProject } from '../layout';
import { wholeTreePackages } from './whole-tree';

export interface ShippedPackages {
  /** How users name the setting, for messages: `find_packages()`, `packages = find:` … */
  setting: string;
  /** Where it is configured (file relative to the project folder), or null for auto-discovery. */
  source: SettingSource | null;
  /** Dotted name → folder for every package in the wheel. */
  packages: Map<string, Directory>;
  /** The folders searched (`where`, `package-dir`). */
  roots: Directory[];
  /** Names listed explicitly in `packages = [...]`. */
  explicit: Set<string>;
  /** Why a folder below a shipped package is not shipped (for messages). */
  whyOmitted(dir: Directory): string;
}

/** setuptools' `FlatLayoutPackageFinder.DEFAULT_EXCLUDE` top-level names. */
const FLAT_LAYOUT_RESERVED = new Set([
  'ci', 'bin', 'debian', 'doc', 'docs', 'documentation', 'manpages', 'news', 'newsfragments', 'changelog',
  'test', 'tests', 'unit_test', 'unit_tests', 'example', 'examples', 'scripts', 'tools', 'util', 'utils',
  'python', 'build', 'dist', 'venv', 'env', 'requirements', 'tasks', 'fabfile', 'site_scons', 'benchmark',
  'benchmarks', 'exercise', 'exercises', 'htmlcov',
]);

/** fnmatch, as setuptools filters dotted names with it: `*` also matches dots. */
function fnmatch(pattern: string): RegExp {
  let re = '';
  for (const c of pattern) re += c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.+^${}()|\\]/g, '\\$&');
  return new RegExp(`^${re}$`);
}

/** setuptools' `include` and `exclude` of a find setting: whether a dotted package name passes both. */
function findFilter(include: readonly string[], exclude: readonly string[]): (name: string) => boolean {
  const inc = include.map(fnmatch);
  const exc = exclude.map(fnmatch);
  return (name) => inc.some((r) => r.test(name)) && !exc.some((r) => r.test(name));
}

const memo = new WeakMap<PythonProject, ShippedPackages | null>();

/** The wheel's packages, whatever the backend (null when it cannot be modelled); computed once. */
export function wheelPackages(project: PythonProject): ShippedPackages | null {
  if (!memo.has(project)) {
    const { config } = project;
    memo.set(project, !config.builds ? null : config.backend === 'setuptools' ? computePackages(project) : wholeTreePackages(project, project.pyproject));
  }
  return memo.get(project)!;
}

function computePackages(project: PythonProject): ShippedPackages | null {
  const model = project.config.setuptools;
  // Computed by code we do not run: unknown, so the rules stay silent.
  if (!model || model.kind === 'dynamic') return null;
  const packages = new Map<string, Directory>();
  const explicit = new Set<string>();
  const roots: Directory[] = [];
  let setting: string;
  let source: SettingSource | null = null;
  let requiresInit = false;
  let passes: (name: string) => boolean = () => false;

  const find = (root: Directory, prefix: string, namespaces: boolean, topLevelOk: (name: string) => boolean): void => {
    for (const [name, dir] of [...root.dirs].sort(([a], [b]) => (a < b ? -1 : 1))) {
      if (name.includes('.') || name.endsWith('__pycache__') || name === 'ez_setup') continue;
      if (!prefix && !topLevelOk(name)) continue;
      if (!namespaces && !dir.files.has('__init__.py')) continue; // pruned: nothing below is seen
      const full = prefix ? `${prefix}.${name}` : name;
      if (passes(full)) packages.set(full, dir);
      find(dir, full, namespaces, topLevelOk);
    }
  };

  const m: SetuptoolsPackages = model;
  if (m.kind === 'find') {
    source = m.source;
    setting = m.source.text;
    requiresInit = !m.namespaces;
    passes = findFilter(m.include, m.exclude);
    for (const w of m.where) {
      const root = dirAt(project.dir, w);
      if (root) {
        roots.push(root);
        find(root, '', m.namespaces, () => true);
      }
    }
    // `find_packages() + ['a.b']`: the listed names are added as they are.
    const base = roots[0] ?? project.dir;
    for (const name of m.also ?? []) {
      explicit.add(name);
      const dir = dirAt(base, name.replace(/\./g, '/'));
      if (dir) packages.set(name, dir);
    }
  } else if (m.kind === 'list') {
    source = m.source;
    setting = m.source.text;
    const base = project.roots.find((r) => r !== project.dir) ?? project.dir;
    roots.push(base);
    for (const name of m.names) {
      explicit.add(name);
      const dir = dirAt(base, name.replace(/\./g, '/'));
      if (dir) packages.set(name, dir);
    }
  } else {
    passes = findFilter(['*'], []);
    const src = project.dir.dirs.get('src');
    if (src) {
      setting = 'auto-discovery (src layout)';
      roots.push(src);
      find(src, '', true, () => true);
    } else {
      setting = 'auto-discovery (flat layout)';
      roots.push(project.dir);
      // A nested project's folder is its own distribution, not a package of this one.
      find(project.dir, '', true, (name) => !FLAT_LAYOUT_RESERVED.has(name) && !/^[._]/.test(name) && /^[A-Za-z_]\w*$/.test(name) && !isProjectDir(project.dir.dirs.get(name)!));
      // setuptools refuses to guess between several top-level packages ("Multiple top-level
      // packages discovered in a flat-layout"): the build fails, and nothing is known to ship.
      if (new Set([...packages.keys()].map((n) => n.split('.')[0])).size > 1) return null;
    }
  }

  const shipped = new Set(packages.values());
  const whyOmitted = (dir: Directory): string => {
    if (m.kind === 'list') return 'not listed';
    if (requiresInit) {
      // The highest init-less folder on the way down prunes everything below it.
      let top: Directory | null = null;
      for (let d: Directory | null = dir; d && !roots.includes(d); d = d.parent) if (!d.files.has('__init__.py')) top = d;
      if (top === dir) return 'no `__init__.py`';
      if (top) return `below \`${top.path}/\`, which has no \`__init__.py\``;
    }
    if (shipped.size && m.kind === 'find' && m.exclude.length) return `excluded by \`exclude = [${m.exclude.map((e) => `"${e}"`).join(', ')}]\``;
    return 'not among the packages found';
  };
  return { setting, source, packages, roots, explicit, whyOmitted };
}

/**
 * The setting (`find_packages()`, `packages = find:` …) when setuptools' non-namespace discovery
 * ships `dir`'s parent package but leaves `dir` out for want of an `__init__.py`; otherwise null.
 */
export function omittedByFindPackages(project: PythonProject, dir: Directory): string | null {
  const model = project.config.setuptools;
  if (project.config.backend !== 'setuptools' || model?.kind !== 'find' || model.namespaces || !dir.parent) return null;
  // Package data may ship the folder's files anyway (napari: setuptools-scm; kivy: package_data
  // globs; MANIFEST.in with include-package-data): whether the wheel lacks it is not sure.
  const data = project.config.packageData;
  if (project.config.shipsTrackedFiles || data.declared || (data.included && project.dir.files.has('MANIFEST.in'))) return null;
  const wheel = wheelPackages(project);
  const parent = wheel && [...wheel.packages].find(([, d]) => d === dir.parent);
  if (!wheel || !parent) return null;
  // A folder the find filters leave out anyway (distributed's `exclude = ["*tests*"]`) would stay
  // out with an `__init__.py` too: its missing `__init__.py` is not why the wheel lacks it.
  const name = `${parent[0]}.${dir.name}`;
  if (!findFilter(model.include, model.exclude)(name)) return null;
  return wheel.setting;
}

/**
 * Whether package data may put `dir`'s modules in the wheel although no package lists it: a VCS
 * file finder ships every tracked file (setuptools-scm) and the folder has one, or
 * include-package-data is on and MANIFEST.in (`manifest`, its text) takes the folder or one above
 * it (`graft`, `recursive-include`, `include dir/...`, `global-include`).
 */
export function packageDataMayShip(project: PythonProject, dir: Directory, manifest: string | null): boolean {
  const { config } = project;
  if (config.backend !== 'setuptools') return false;
  if (config.shipsTrackedFiles) return [...dir.files.values()].some((f) => f.tracked);
  if (!config.packageData.included || manifest === null) return false;
  const rel = project.dir.path ? dir.path.slice(project.dir.path.length + 1) : dir.path;
  for (const line of manifest.split(/\r?\n/)) {
    const [command, first] = line.trim().split(/\s+/);
    if (command === 'global-include') return true;
    if (!first || !['graft', 'recursive-include', 'include'].includes(command ?? '')) continue;
    const target = first.replace(/^\.\//, '').replace(/\/+$/, '');
    if (command === 'include') {
      // `include` takes the files its glob names: those of one folder, or below a `**`.
      const deep = target.indexOf('**');
      const folder = deep >= 0 ? target.slice(0, deep).replace(/\/$/, '') : target.slice(0, Math.max(0, target.lastIndexOf('/')));
      if (deep >= 0 ? folder === '' || rel === folder || rel.startsWith(`${folder}/`) : rel === folder) return true;
    } else if (target === '' || target === '.' || rel === target || rel.startsWith(`${target}/`)) return true;
  }
  return false;
}

/**
 * What a folder without `__init__.py` comes to, as messages end with it: left out of the wheel by
 * the find setting, or else an implicit namespace package.
 */
export function wheelOmissionClause(project: PythonProject, dir: Directory): string {
  const setting = omittedByFindPackages(project, dir);
  return setting ? `, so \`${setting}\` omits it from the wheel` : ': an implicit namespace package';
}
