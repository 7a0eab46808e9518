/**
 * Dotted name → file or folder, the way CPython's PathFinder and FileFinder do it over a list of
 * import roots (`sys.path`): in each root, a folder with `__init__` wins, then a module file
 * (extension module, then `.py`, then `.pyc`), and a folder without `__init__` is a namespace
 * portion, merged across roots and used only if no root has a package or module of that name.
 *
 * `static` mode adds what type checkers see: stub files (`.pyi`, `__init__.pyi`), ahead of sources.
 */
import { joinPath, type Directory, type ProjectFile } from './model';

export type ResolvedKind = 'package' | 'namespace' | 'module' | 'extension' | 'bytecode' | 'stub';

export interface Resolved {
  kind: ResolvedKind;
  /** For packages and namespace packages: their folders (several for a namespace merged across roots). */
  dirs: Directory[];
  /** For modules and regular packages: the file that would be loaded (`__init__.py` for a package). */
  file: string | null;
  /** That file in the project model. */
  entry: ProjectFile | null;
}

export type Mode = 'runtime' | 'static';

/**
 * The extension module file for `name` in a folder, by CPython's suffix order: a platform-tagged
 * `name.cpython-312-x86_64-linux-gnu.so` (or `name.cp312-win_amd64.pyd`), then `name.abi3.so`, then
 * `name.so` / `name.pyd`. Any tag is accepted: this is a static view, not one interpreter's.
 */
function extensionFile(dir: Directory, name: string): string | null {
  let best: string | null = null;
  let bestRank = 3;
  for (const fileName of extensionFiles(dir)) {
    if (!fileName.startsWith(`${name}.`)) continue;
    const m = /^(?:([^.]+)\.)?(?:so|pyd)$/.exec(fileName.slice(name.length + 1));
    if (!m) continue;
    const rank = m[1] === undefined ? 2 : m[1] === 'abi3' ? 1 : 0;
    if (rank < bestRank || (rank === bestRank && best !== null && fileName < best)) [best, bestRank] = [fileName, rank];
  }
  return best;
}

/** A folder's `.so`/`.pyd` files, listed once: most folders have none, and imports ask many times. */
const extensionsByDir = new WeakMap<Directory, string[]>();
function extensionFiles(dir: Directory): string[] {
  let list = extensionsByDir.get(dir);
  if (!list) {
    list = [...dir.files.keys()].filter((n) => n.endsWith('.so') || n.endsWith('.pyd'));
    extensionsByDir.set(dir, list);
  }
  return list;
}

/** The folders of a module (none); shared, so callers must not change it. */
const NO_DIRS: Directory[] = [];

/** What one folder offers for `name` (FileFinder.find_spec for one path entry). */
function findIn(dir: Directory, name: string, mode: Mode): Resolved | { namespace: Directory } | null {
  const sub = dir.dirs.get(name);
  if (sub) {
    const init = initFile(sub, mode);
    // The folder's own one-folder list: a relative import searches that very list (folderSearch), so
    // `from . import m` and `import pkg.m` share what they find in it.
    if (init) return { kind: 'package', dirs: folderSearch(sub).dirs as Directory[], file: init, entry: sub.files.get(init.slice(init.lastIndexOf('/') + 1))! };
  }
  // The entry's own path and one empty list: a run keeps one of these per module it resolves.
  const found = (kind: ResolvedKind, fileName: string): Resolved => {
    const entry = dir.files.get(fileName)!;
    return { kind, dirs: NO_DIRS, file: entry.path, entry };
  };
  if (mode === 'static' && dir.files.has(`${name}.pyi`)) return found('stub', `${name}.pyi`);
  const extension = extensionFile(dir, name);
  if (extension) return found('extension', extension);
  if (dir.files.has(`${name}.py`)) return found('module', `${name}.py`);
  if (dir.files.has(`${name}.pyc`)) return found('bytecode', `${name}.pyc`);
  return sub ? { namespace: sub } : null;
}

/** The file that makes a folder a regular package, if any. */
export function initFile(dir: Directory, mode: Mode = 'static'): string | null {
  if (mode === 'static' && dir.files.has('__init__.pyi')) return joinPath(dir.path, '__init__.pyi');
  const extension = extensionFile(dir, '__init__');
  if (extension) return joinPath(dir.path, extension);
  if (dir.files.has('__init__.py')) return joinPath(dir.path, '__init__.py');
  if (dir.files.has('__init__.pyc')) return joinPath(dir.path, '__init__.pyc');
  return null;
}

/**
 * A long search path (a repository of many projects has hundreds of import roots) indexed by the
 * names its folders offer: a name that resolves nowhere, a dependency's, was otherwise looked up in
 * every folder, and a project imports many such names.
 */
const LONG_SEARCH = 8;
const offered = new WeakMap<SearchPath, Map<string, Directory[]>>();

/** The folders of `search` that have something named `name` (a folder, or a file `name.<suffix>`), in order. */
function candidates(search: SearchPath, name: string): readonly Directory[] {
  let index = offered.get(search);
  if (!index) {
    index = new Map();
    const add = (n: string, dir: Directory): void => {
      const list = index!.get(n);
      if (!list) index!.set(n, [dir]);
      else if (list[list.length - 1] !== dir) list.push(dir);
    };
    for (const dir of search.dirs) {
      for (const n of dir.dirs.keys()) add(n, dir);
      // Every prefix before a dot: `name.pyi`, `name.abi3.so`, `name.cpython-312-x86_64-linux-gnu.so`.
      for (const n of dir.files.keys()) for (let dot = n.indexOf('.'); dot > 0; dot = n.indexOf('.', dot + 1)) add(n.slice(0, dot), dir);
    }
    offered.set(search, index);
  }
  return index.get(name) ?? [];
}

/** PathFinder over `search` (roots, or a package's `__path__`) for one name. */
export function findSpec(search: readonly Directory[], name: string, mode: Mode): Resolved | null {
  const portions: Directory[] = [];
  for (const dir of search) {
    const found = findIn(dir, name, mode);
    if (!found) continue;
    if ('namespace' in found) portions.push(found.namespace);
    else return found;
  }
  return portions.length ? { kind: 'namespace', dirs: portions, file: null, entry: null } : null;
}

/**
 * `findSpec` once per folder list, name and mode: the lists are the import roots, a name's candidates
 * among them and the folders of a package found earlier, so the prefixes that every dotted name of a
 * project shares (`app`, `app.models`) resolve to one object each. Made anew per name, they were
 * most of what a run of 100,000 modules kept in memory (four objects for each import).
 */
const specs = { static: new WeakMap<readonly Directory[], Map<string, Resolved | null>>(), runtime: new WeakMap<readonly Directory[], Map<string, Resolved | null>>() };
function sharedSpec(search: readonly Directory[], name: string, mode: Mode): Resolved | null {
  let byName = specs[mode].get(search);
  if (!byName) specs[mode].set(search, (byName = new Map()));
  let r = byName.get(name);
  if (r === undefined) byName.set(name, (r = findSpec(search, name, mode)));
  return r;
}

/**
 * Resolves every prefix of a dotted name: `a.b.c` → [a, a.b, a.b.c], stopping at the first part that
 * does not resolve (or that is a module, which has no submodules). Callers must not change the answer.
 */
export function resolvePrefixes(roots: readonly Directory[] | SearchPath, dotted: string, mode: Mode): Resolved[] {
  const out: Resolved[] = [];
  let search = 'key' in roots ? roots.dirs : roots;
  for (const part of dotted.split('.')) {
    const r = sharedSpec(out.length === 0 && 'key' in roots && search.length >= LONG_SEARCH ? candidates(roots, part) : search, part, mode);
    if (!r) break;
    out.push(r);
    if (r.kind !== 'package' && r.kind !== 'namespace') break;
    search = r.dirs;
  }
  return out;
}

/** A list of folders to resolve names in (import roots, a package's folder), with a key naming it. */
export interface SearchPath {
  /** The folders' paths: equal keys, equal lists (within one tree). */
  key: string;
  dirs: readonly Directory[];
}

export function searchPath(dirs: readonly Directory[]): SearchPath {
  return { key: dirs.map((d) => d.path).join('\0'), dirs };
}

const folderSearches = new WeakMap<Directory, SearchPath>();

/** One folder as a search path (a relative import's package), made once per folder. */
export function folderSearch(dir: Directory): SearchPath {
  let search = folderSearches.get(dir);
  if (!search) folderSearches.set(dir, (search = searchPath([dir])));
  return search;
}

/** Resolutions by tree, then search path and mode, then dotted name. */
const resolutions = new WeakMap<Directory, Map<string, Map<string, Resolved[]>>>();

/**
 * `resolvePrefixes`, remembered for as long as the tree lives: the same names are imported from
 * many modules and asked about by several rules, and a language server that keeps its tree while
 * the file set stays the same asks again on every run. Callers must not change the answer.
 */
export function resolveIn(tree: Directory, search: SearchPath, dotted: string, mode: Mode): Resolved[] {
  let bySearch = resolutions.get(tree);
  if (!bySearch) resolutions.set(tree, (bySearch = new Map()));
  const key = mode === 'static' ? search.key : `${search.key}\0\0runtime`;
  let byName = bySearch.get(key);
  if (!byName) bySearch.set(key, (byName = new Map()));
  let chain = byName.get(dotted);
  if (!chain) {
    chain = resolvePrefixes(search, dotted, mode);
    // Kept at the length it has: an array grown by push keeps room for 17 elements, and a run keeps
    // one chain per name imported (at 100,000 modules, 25 MB of empty slots).
    if (chain.length > 0) chain = chain.slice();
    byName.set(dotted, chain);
  }
  return chain;
}
