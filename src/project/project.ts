/** Discovery → project model: which files exist, which are tracked, and the directory tree. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ResolvedConfig } from '../config/config';
import { excludeMatcher } from '../config/globs';
import { ignoredByRules, listFiles } from '../host/git';
import { walk } from '../host/walk';
import { scanModule, type ModuleFacts } from '../python/facts';
import { decodeSource } from '../python/source';
import { blobId, type FactsCache } from './cache';
import { buildTree, type DiscoveredFile, type Directory, type ProjectFile, type TrackedEntry } from './model';

/** A Python source file (`.py`, `.pyi`) and what the scanner read from it. */
export interface PythonModule {
  file: ProjectFile;
  facts: ModuleFacts;
  /** Why the file could not be read or decoded (the facts are then empty). */
  readError: string | null;
}

export function isPythonSource(name: string): boolean {
  return name.endsWith('.py') || name.endsWith('.pyi');
}

export interface GitState {
  /** Absolute path of the work tree's top directory. */
  toplevel: string;
  /** Every index entry under the project root (after `exclude`), including ones deleted on disk. */
  tracked: TrackedEntry[];
  /** The subset of `paths` (relative to the project root) that the ignore rules would ignore. */
  ignored(paths: readonly string[]): Set<string>;
}

export interface Project {
  /** Absolute path of the linted directory. */
  root: string;
  config: ResolvedConfig;
  tree: Directory;
  files: ProjectFile[];
  git: GitState | null;
  /** Converts a project path to the config-relative form globs are written in. */
  configPath(projectPath: string): string;
  /** The scanned module for a Python source file of the project (read once, on first use). */
  module(file: ProjectFile): PythonModule;
}

export interface LoadedProject {
  project: Project;
  notes: string[];
}

/** Text standing in for a file's content (an editor buffer given on stdin), by project path. */
export type Overlay = ReadonlyMap<string, string>;

export async function loadProject(
  root: string,
  config: ResolvedConfig,
  gitToplevel: string | null,
  overlay: Overlay = new Map(),
  cache: FactsCache | null = null,
): Promise<LoadedProject> {
  const prefix = path.relative(config.baseDir, root).split(path.sep).join('/');
  const configPath = (p: string): string => (prefix ? `${prefix}/${p}` : p);
  const excluded = excludeMatcher(config.exclude);
  const isExcluded = (p: string): boolean => excluded(configPath(p));
  const notes: string[] = [];

  let git: GitState | null = null;
  let discovered: DiscoveredFile[];
  if (gitToplevel) {
    const listing = await listFiles(root, { contentIds: cache !== null });
    for (const name of listing.undecodable) notes.push(`skipping ${name}: name is not UTF-8`);
    discovered = listing.files.filter((f) => !isExcluded(f.path));
    git = {
      toplevel: gitToplevel,
      tracked: discovered.filter((f) => f.tracked).map((f) => ({ path: f.path, onDisk: f.onDisk })),
      ignored: (paths) => ignoredByRules(root, paths),
    };
  } else {
    const result = walk(root, isExcluded);
    notes.push(...result.notes);
    discovered = result.files;
  }
  // A buffer for a file not yet on disk (or not yet known to git) is part of the project too.
  for (const p of overlay.keys()) {
    if (!discovered.some((f) => f.path === p)) discovered.push({ path: p, tracked: false, onDisk: true });
  }
  const { root: tree, files } = buildTree(discovered);
  const modules = new Map<ProjectFile, PythonModule>();
  const module = (file: ProjectFile): PythonModule => {
    let m = modules.get(file);
    if (!m) {
      const text = overlay.get(file.path);
      m = text === undefined ? readModule(root, file, cache) : { file, facts: scanModule(text), readError: null };
      modules.set(file, m);
    }
    return m;
  };
  return { project: { root, config, tree, files, git, configPath, module }, notes };
}

const EMPTY_FACTS: ModuleFacts = {
  imports: [], dynamicImports: [], bindings: [], dunderAll: [], getattrLine: null, mainGuard: false, dynamicGlobals: false, functionGlobals: [], directives: [], shebang: false,
  scriptBlock: null, syntaxError: null,
};

function readModule(root: string, file: ProjectFile, cache: FactsCache | null): PythonModule {
  const abs = path.join(root, file.path);
  if (!cache) return scanFile(abs, file);
  if (file.contentId) {
    const hit = cache.byContentId(file.path, file.contentId);
    if (hit) return { file, ...hit };
  }
  let stat: fs.Stats | null = null;
  if (!file.contentId) {
    try {
      stat = fs.statSync(abs);
    } catch {
      return scanFile(abs, file); // reports why it cannot be read
    }
    const hit = cache.byStat(file.path, stat);
    if (hit) return { file, ...hit };
  }
  const now = Date.now();
  const bytes = readBytes(abs);
  if (typeof bytes === 'string') return { file, facts: EMPTY_FACTS, readError: bytes }; // not cached: may be passing
  const contentId = file.contentId ?? blobId(bytes);
  const hit = file.contentId ? null : cache.byContent(file.path, contentId, stat, now);
  if (hit) return { file, ...hit };
  const m = scanBytes(bytes, file);
  cache.byContent(file.path, contentId, stat, now, m);
  return m;
}

function scanFile(abs: string, file: ProjectFile): PythonModule {
  const bytes = readBytes(abs);
  return typeof bytes === 'string' ? { file, facts: EMPTY_FACTS, readError: bytes } : scanBytes(bytes, file);
}

/** The file's bytes, or why they cannot be read. */
function readBytes(abs: string): Buffer | string {
  try {
    return fs.readFileSync(abs);
  } catch (e) {
    return `1:1: cannot read the file (${(e as NodeJS.ErrnoException).code ?? e})`;
  }
}

function scanBytes(bytes: Buffer, file: ProjectFile): PythonModule {
  const decoded = decodeSource(bytes);
  if (decoded.error) {
    const { message, line, column } = decoded.error;
    return { file, facts: { ...EMPTY_FACTS, syntaxError: decoded.error }, readError: `${line}:${column}: ${message}` };
  }
  return { file, facts: scanModule(decoded.text), readError: null };
}
