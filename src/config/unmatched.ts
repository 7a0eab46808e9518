/**
 * Config entries that match nothing: a `namespace-packages` or `src` folder that does not exist, an
 * `exclude` / `extend-exclude` / `per-file-ignores` glob that matches no file or folder. Each gets
 * one warning with the nearest existing path, since such an entry is almost always a typo or a
 * moved folder, and it silently does nothing.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { listIgnored } from '../host/git';
import type { Directory } from '../project/model';
import type { Project } from '../project/project';
import { DEFAULT_EXCLUDE, editDistance } from './config';
import { excludeMatcher, isLiteralGlob, pathMatcher } from './globs';

/** A `src` / `namespace-packages` entry as it was resolved (namespace packages are resolved by the layout). */
export interface FolderEntries {
  namespacePackages: ReadonlyArray<{ entry: string; dirs: readonly Directory[] }>;
}

/** A config generated with thousands of dead entries gets this many warnings, then a count. */
const MAX_WARNINGS = 20;

const MAX_CHECKED_GLOBS = 200;

/** Characters that make a glob segment more than a name. */
const GLOB_SYNTAX = /[*?[\]{}()!+@]/;

/**
 * The warnings, as `<where> "<entry>" matches no …[; did you mean "…"?]`. `project` must be linted
 * from the config's folder (its files are then every file the config's globs can mean);
 * `excludedPaths` are what `exclude` left out of it.
 */
export async function unmatchedConfigEntries(
  project: Project,
  folders: FolderEntries,
  excludedPaths: readonly string[],
  configShown: string,
): Promise<string[]> {
  const { config } = project;
  const where = path.basename(config.file ?? '') === 'pyproject.toml' ? `${configShown}: [tool.dunderlint] ` : `${configShown}: `;
  const out: string[] = [];
  const treeDirs = listDirs(project.tree);
  let dirs: string[] | null = null;
  // Suggestions (only for a warning) come from the tree and from what `exclude` left out of it.
  const allDirs = (): string[] => (dirs ??= [...withFoldersAbove(treeDirs, excludedPaths)].map(project.configPath));

  let unmatchedFolders = 0;
  const folderWarning = (key: string, entry: string): void => {
    unmatchedFolders++;
    if (out.length === MAX_WARNINGS) return;
    const target = entry.replace(/\/+$/, '').replace(/^\.\//, '');
    const dotted = !target.includes('/') && target.includes('.') ? target.replace(/\./g, '/') : target;
    const guess = nearest(dotted, allDirs(), 'path');
    out.push(`${where}${key}: "${entry}" matches no folder${guess === null ? '' : `; did you mean "${guess}"?`}`);
  };
  for (const entry of config.src) {
    if (!isDirectory(path.resolve(config.baseDir, entry))) folderWarning('src', entry);
  }
  for (const { entry, dirs: found } of folders.namespacePackages) {
    // A folder on disk that discovery left out (excluded, ignored) is still the folder meant.
    if (found.length === 0 && !isDirectory(path.resolve(config.baseDir, entry))) folderWarning('namespace-packages', entry);
  }

  // Globs: the defaults a user copied into `exclude` are meant to match nothing here.
  const globs: Array<{ key: string; entry: string; body: string }> = [
    ...(config.written.exclude ?? []).filter((g) => !DEFAULT_EXCLUDE.includes(g)).map((g) => ({ key: 'exclude', entry: g, body: g })),
    ...config.written.extendExclude.map((g) => ({ key: 'extend-exclude', entry: g, body: g })),
    ...config.perFileIgnores.map(({ pattern }) => ({ key: 'per-file-ignores', entry: pattern, body: pattern.replace(/^!/, '') })),
  ];
  if (globs.length === 0) return out;
  const { configPath } = project;
  // A plain name or path is looked up; every path known, with the folders above it, and its name.
  const literal = globs.filter((g) => isLiteralGlob(g.body));
  const known = new Set<string>();
  if (literal.length) {
    for (const p of withFoldersAbove([...treeDirs, ...project.files.map((f) => f.path)], excludedPaths)) {
      const c = configPath(p);
      known.add(c).add(c.slice(c.lastIndexOf('/') + 1));
    }
  }
  const unmatchedLiterals = literal.filter((g) => !known.has(g.body));
  // What an `exclude` glob matched is not in the tree: it is among what `exclude` left out. A
  // per-file-ignores glob is tried on folders first (few, and most globs name one), then files
  // (every folder above a file is one of the folders). Beyond the first globs a config is
  // generated (thousands of entries): those are not checked, since each costs a pass over the paths.
  const unmatchedGlobs = globs
    .filter((g) => !isLiteralGlob(g.body))
    .slice(0, MAX_CHECKED_GLOBS)
    .filter((g) => {
      if (g.key !== 'per-file-ignores') return true;
      const match = pathMatcher([g.body]);
      return !treeDirs.some((d) => match(configPath(d))) && !project.files.some((f) => match(configPath(f.path)));
    })
    .filter((g) => {
      const match = excludeMatcher([g.body]);
      return !excludedPaths.some((p) => match(configPath(p)));
    });
  const order = new Map(globs.map((g, i) => [g, i]));
  let pending = [...unmatchedLiterals, ...unmatchedGlobs].sort((a, b) => order.get(a)! - order.get(b)!);
  const capped = pending.length > MAX_CHECKED_GLOBS || globs.length - literal.length > MAX_CHECKED_GLOBS;
  pending = pending.slice(0, MAX_CHECKED_GLOBS);
  // What is on disk counts: a literal folder, or what git ignores (one more git call, only now).
  pending = pending.filter((g) => {
    const head = literalHead(g.body);
    return !(head && fs.existsSync(path.join(config.baseDir, head)));
  });
  if (pending.length && project.git) {
    const ignored = (await listIgnored(project.root).catch(() => [])).map((p) => project.configPath(p.replace(/\/$/, '')));
    pending = pending.filter((g) => {
      const match = excludeMatcher([g.body]);
      return !ignored.some(match);
    });
  }
  for (const g of pending) {
    if (out.length === MAX_WARNINGS) break;
    const guess = globGuess(g.body, allDirs(), project);
    const shown = guess === null ? '' : `; did you mean "${g.entry.startsWith('!') ? '!' : ''}${guess}"?`;
    out.push(`${where}${g.key}: "${g.entry}" matches no file or folder${shown}`);
  }
  const more = unmatchedFolders + pending.length - out.length;
  if (more > 0) out.push(`${where}${capped ? 'at least ' : ''}${more} more ${more === 1 ? 'entry matches' : 'entries match'} nothing`);
  return out;
}

/** Every folder of the tree below the root. */
function listDirs(root: Directory): string[] {
  const out: string[] = [];
  const visit = (dir: Directory): void => {
    for (const child of dir.dirs.values()) {
      out.push(child.path);
      visit(child);
    }
  };
  visit(root);
  return out;
}

/** The folders, and each path with the folders above it (`a/b/c` → `a/b/c`, `a/b`, `a`). */
function withFoldersAbove(folders: readonly string[], paths: readonly string[]): Set<string> {
  const out = new Set(folders);
  for (const p of paths) {
    for (let q = p; q && !out.has(q); q = q.slice(0, Math.max(0, q.lastIndexOf('/')))) out.add(q);
  }
  return out;
}

/** The leading segments of a glob that are plain names (`legacy/old` of `legacy/old/**`). */
function literalHead(glob: string): string {
  const parts = glob.replace(/\/+$/, '').split('/');
  const i = parts.findIndex((s) => GLOB_SYNTAX.test(s));
  return (i === -1 ? parts : parts.slice(0, i)).join('/');
}

/** The glob with its literal head replaced by the nearest existing path, or null. */
function globGuess(glob: string, dirs: readonly string[], project: Project): string | null {
  const head = literalHead(glob);
  if (!head) return null;
  const rest = glob.slice(head.length);
  // A bare name is matched anywhere (against file and folder names); a path from the config's folder.
  const candidates = rest === '' ? [...dirs, ...project.files.map((f) => project.configPath(f.path))] : dirs;
  const guess = nearest(head, candidates, head.includes('/') ? 'path' : 'name');
  return guess === null ? null : `${guess}${rest}`;
}

/**
 * The existing path nearest to `target`: among paths whose last segments (as many as the target
 * has) are within two edits of it (and half its length), the closest, then the shortest. `path` answers the whole path
 * (`acme/plugins` → `src/acme/plugins`), `name` only those segments (a bare name matches anywhere).
 */
function nearest(target: string, paths: readonly string[], answer: 'path' | 'name'): string | null {
  const depth = target.split('/').length;
  let best: string | null = null;
  // Two edits, fewer for short names: `zzz` is no typo of `tz`, `scr` is one of `src`.
  let bestScore = Math.min(2, Math.floor(target.length / 2)) + 1;
  for (const p of paths) {
    const parts = p.split('/');
    if (parts.length < depth) continue;
    const tail = parts.slice(-depth).join('/');
    // Cheap bound first: the edit distance is at least the difference in length.
    if (Math.abs(tail.length - target.length) >= bestScore) continue;
    const d = editDistance(target, tail);
    const candidate = answer === 'path' ? p : tail;
    if (d < bestScore || (d === bestScore && best !== null && candidate.length < best.length)) {
      if (d === 0 && candidate === target) continue;
      [best, bestScore] = [candidate, d];
    }
  }
  return best;
}

function isDirectory(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}
