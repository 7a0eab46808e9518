/**
 * The project as rules see it: a tree of the directories and files on disk, built from the
 * discovered paths (index entries deleted from the work tree are left out of the tree).
 */

export interface ProjectFile {
  /** Posix path relative to the project root. */
  path: string;
  name: string;
  dir: Directory;
  /** In the git index (false outside git). */
  tracked: boolean;
  /** Git's blob id of the content, when git vouches that the work tree file matches the index. */
  contentId: string | null;
}

export interface Directory {
  /** Posix path relative to the project root; `''` for the root itself. */
  path: string;
  name: string;
  parent: Directory | null;
  files: Map<string, ProjectFile>;
  dirs: Map<string, Directory>;
}

export interface DiscoveredFile {
  path: string;
  tracked: boolean;
  /** False for an index entry whose file was deleted from the work tree. */
  onDisk: boolean;
  /** See ProjectFile.contentId. */
  contentId?: string | null;
}

/** A path in the git index. */
export interface TrackedEntry {
  path: string;
  onDisk: boolean;
}

export function buildTree(files: readonly DiscoveredFile[]): { root: Directory; files: ProjectFile[] } {
  const root: Directory = { path: '', name: '', parent: null, files: new Map(), dirs: new Map() };
  const out: ProjectFile[] = [];
  // Folders by path: each file costs one lookup of its folder, not a split of its whole path.
  const byPath = new Map<string, Directory>([['', root]]);
  const dirAtPath = (p: string): Directory => {
    let dir = byPath.get(p);
    if (!dir) {
      const slash = p.lastIndexOf('/');
      const parent = dirAtPath(slash === -1 ? '' : p.slice(0, slash));
      const name = p.slice(slash + 1);
      dir = { path: p, name, parent, files: new Map(), dirs: new Map() };
      parent.dirs.set(name, dir);
      byPath.set(p, dir);
    }
    return dir;
  };
  for (const f of files) {
    if (!f.onDisk) continue;
    const slash = f.path.lastIndexOf('/');
    const dir = dirAtPath(slash === -1 ? '' : f.path.slice(0, slash));
    const name = f.path.slice(slash + 1);
    const file: ProjectFile = { path: f.path, name, dir, tracked: f.tracked, contentId: f.contentId ?? null };
    dir.files.set(name, file);
    out.push(file);
  }
  return { root, files: out };
}

/** `a/b` + `c.py` → `a/b/c.py`; the root directory has the empty path. */
export function joinPath(dir: string, name: string): string {
  return dir ? `${dir}/${name}` : name;
}

export function hasInit(dir: Directory): boolean {
  return dir.files.has('__init__.py') || dir.files.has('__init__.pyi');
}

/** The folder at a posix path below `base` (`''` or `.` is `base` itself), or null. */
export function dirAt(base: Directory, rel: string): Directory | null {
  let dir: Directory | undefined = base;
  for (const part of rel.split('/')) {
    if (part === '' || part === '.') continue;
    dir = dir.dirs.get(part);
    if (!dir) return null;
  }
  return dir;
}

/** The file at a posix path below `base`, or null. */
export function fileAt(base: Directory, rel: string): ProjectFile | null {
  const i = rel.lastIndexOf('/');
  const dir = i === -1 ? base : dirAt(base, rel.slice(0, i));
  return dir?.files.get(rel.slice(i + 1)) ?? null;
}

const VENDORED_NAMES = new Set(['_vendor', 'vendor', 'vendored', '_vendored', 'third_party', '_third_party', 'extern', '_extern']);

/** Whether a folder or one above it has a property: memoized per folder, since every file asks. */
export function upward(own: (dir: Directory) => boolean): (dir: Directory) => boolean {
  const memo = new WeakMap<Directory, boolean>();
  const test = (dir: Directory): boolean => {
    let v = memo.get(dir);
    if (v === undefined) {
      v = own(dir) || (dir.parent !== null && test(dir.parent));
      memo.set(dir, v);
    }
    return v;
  };
  return test;
}

/**
 * A folder of third-party code copied in (`_vendor/`, `third_party/` and the like), or inside one:
 * never linted, and its imports are no evidence of how the project uses its folders.
 */
export const inVendoredTree = upward((d) => VENDORED_NAMES.has(d.name));
