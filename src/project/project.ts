/** Discovery → project model: which files exist, which are tracked, and the directory tree. */
import * as path from 'node:path';
import type { ResolvedConfig } from '../config/config';
import { applyForeign, conftestSources, readForeignSources, type Exclusion } from '../config/foreign';
import { excludeMatcher } from '../config/globs';
import { readRegularFile, readRegularText, readTextOrNull } from '../host/read';
import { ignoredByRules, listFiles, listIndex, readBlobs, readBlobSync, type GitListing } from '../host/git';
import { walk } from '../host/walk';
import type { ModuleFacts } from '../python/facts';
import { blobId, type FactsCache } from './cache';
import type { ModelSlot } from './model-store';
import { ModuleReader, type Concurrency, type ModuleMemo } from './modules';
import { buildTree, fileAt, inVendoredTree, type DiscoveredFile, type Directory, type ProjectFile, type TrackedEntry } from './model';
import { recorder } from '../replay-hook';

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
  /**
   * The module if this run has it without scanning the file (read already, or found in the cache),
   * else null: for a rule that can tell from a file's text that it needs no facts of it, which is
   * cheaper than scanning but dearer than cached facts. Vendored modules are scanned only when asked.
   */
  moduleAtHand(file: ProjectFile): PythonModule | null;
  /** Files the user named (`--stdin-filename`, paths on the command line): linted as code whatever their role. */
  buffers: ReadonlySet<string>;
  /** Files the project's config for other tools (ruff, pre-commit, pytest, mypy) excludes: no finding is located there. */
  excludedByOtherTools: ReadonlySet<string>;
  /**
   * The text of a file as this run sees it, or null when it cannot be read; read once per run. A
   * Python source given as an editor buffer or, with `--staged`, as its staged blob reads as that;
   * any other file (a config file: `setup.cfg`, `tox.ini`) as the work tree has it. The layout, the
   * environment, pytest's and mypy's settings each read a project's config files: four reads of
   * every `setup.cfg` in a run.
   */
  readText(projectPath: string): string | null;
  /** Where the layout keeps its model between runs (model-store.ts): runs with a facts cache. */
  modelStore?: { slot: ModelSlot; staged: boolean } | null;
}

export interface LoadedProject {
  project: Project;
  notes: string[];
  /** For --verbose: how the modules were read. */
  info: string[];
  /** With `staged`: the paths the next commit changes. */
  stagedChanges: string[] | null;
  /** What the project's other tools (ruff, pre-commit, pytest, mypy) exclude, and where it says so. */
  foreignExclusions: Exclusion[];
  /** Paths `exclude` left out (files, or the folders a walk did not enter), to tell which globs match something. */
  excludedPaths: string[];
}

/**
 * Content standing in for a file's content on disk, by project path: an editor buffer given on
 * stdin (text), or a staged blob (bytes).
 */
export type Overlay = ReadonlyMap<string, string | Buffer>;

export interface LoadOptions {
  /** Text or bytes read instead of the files on disk. */
  overlay?: Overlay;
  cache?: FactsCache | null;
  /**
   * The project as the next commit would have it: the index's files, Python sources read from
   * their staged blobs. Other files (pyproject.toml, .gitignore) are still read from disk.
   */
  staged?: boolean;
  /** Worker threads for scanning (when many files need it). */
  concurrency?: Concurrency;
  /** Only the overlay's files are the project: nothing is discovered (a buffer outside any project). */
  alone?: boolean;
  /** Files the user named: editor buffers, files on the command line. */
  buffers?: ReadonlySet<string>;
  /** The files found by an earlier `discover` (a language server keeps them between runs). */
  discovery?: Discovery;
  /** Facts of modules read in earlier runs; filled as modules are read. */
  memo?: ModuleMemo;
}

/** Which files the project has (git's listing, or a walk of the folder), and what was skipped. */
export interface Discovery {
  files: readonly DiscoveredFile[];
  git: GitState | null;
  notes: string[];
  info: string[];
  /** Paths `exclude` left out (read by the check for config entries that match nothing). */
  excludedPaths: string[];
}

/**
 * `exclude` for paths relative to `root` (the config's globs are relative to its folder), noting
 * what it left out: config entries that match nothing are told apart from those that did.
 */
function exclusion(root: string, config: ResolvedConfig): { configPath: (p: string) => string; isExcluded: (p: string) => boolean; excludedPaths: string[] } {
  const prefix = path.relative(config.baseDir, root).split(path.sep).join('/');
  const configPath = (p: string): string => (prefix ? `${prefix}/${p}` : p);
  const excluded = excludeMatcher(config.exclude);
  const excludedPaths: string[] = [];
  const isExcluded = (p: string): boolean => {
    const hit = excluded(configPath(p));
    if (hit) excludedPaths.push(p);
    return hit;
  };
  return { configPath, isExcluded, excludedPaths };
}

/** Lists the project's files: git's tracked and untracked-not-ignored files, or a walk without git. */
export async function discover(root: string, config: ResolvedConfig, gitToplevel: string | null, cache: FactsCache | null = null): Promise<Discovery> {
  const { configPath, isExcluded, excludedPaths } = exclusion(root, config);
  if (!gitToplevel) {
    const result = walk(root, isExcluded);
    return { files: result.files, git: null, notes: result.notes, info: result.skipped, excludedPaths };
  }
  // git lists the files in processes of its own while this thread reads the cache.
  const pending = listFiles(root, { contentIds: cache !== null, toplevel: gitToplevel });
  cache?.load();
  const listing = await pending;
  const notes = [...listing.undecodable.map((name) => `skipping ${name}: name is not UTF-8`), ...listing.warnings];
  const files = listedFiles(listing, config, configPath, isExcluded, excludedPaths);
  return { files, git: gitState(root, gitToplevel, files), notes, info: [...listing.skipped], excludedPaths };
}

/**
 * A tracked file is the project's by the project's own say: only the user's config (and
 * .gitignore, which git applied) leaves it out, never the default list of names (`build/`).
 */
function listedFiles(
  listing: GitListing,
  config: ResolvedConfig,
  configPath: (p: string) => string,
  isExcluded: (p: string) => boolean,
  excludedPaths: string[],
): DiscoveredFile[] {
  const userExcluded = excludeMatcher(config.userExclude);
  return listing.files.filter((f) => {
    const out = f.tracked ? userExcluded(configPath(f.path)) : isExcluded(f.path);
    if (out && f.tracked) excludedPaths.push(f.path);
    return !out;
  });
}

function gitState(root: string, toplevel: string, files: readonly DiscoveredFile[]): GitState {
  return {
    toplevel,
    tracked: files.filter((f) => f.tracked),
    ignored: (paths) => ignoredByRules(root, paths),
  };
}

export async function loadProject(
  root: string,
  config: ResolvedConfig,
  gitToplevel: string | null,
  { overlay: given = new Map(), cache = null, staged = false, concurrency = 'auto', alone = false, buffers: editorBuffers = new Set(), discovery, memo }: LoadOptions = {},
): Promise<LoadedProject> {
  const { configPath, isExcluded, excludedPaths } = exclusion(root, config);
  const notes: string[] = [];
  const info: string[] = [];

  let git: GitState | null = null;
  let discovered: DiscoveredFile[];
  let stagedChanges: string[] | null = null;
  const overlay = new Map(given);
  /** With `staged`: the index's blob of each Python source (those the scan took from the cache are not in the overlay). */
  const stagedSources = new Map<string, string>();
  if (alone) {
    discovered = [];
  } else if (staged && gitToplevel) {
    // git lists the files in processes of its own while this thread reads the cache.
    const index = listIndex(root);
    cache?.load();
    const listing = await index;
    stagedChanges = listing.staged;
    for (const name of listing.undecodable) notes.push(`skipping ${name}: name is not UTF-8`);
    notes.push(...listing.warnings);
    info.push(...listing.skipped);
    discovered = listedFiles(listing, config, configPath, isExcluded, excludedPaths);
    // Python sources as staged; only blobs the cache cannot answer for are read.
    const wanted = discovered.filter((f) => isPythonSource(f.path) && !overlay.has(f.path) && !cache?.hasAt(f.path, f.contentId!));
    const blobs = await readBlobs(root, [...new Set(wanted.map((f) => f.contentId!))]);
    for (const f of wanted) {
      const bytes = blobs.get(f.contentId!);
      if (bytes) overlay.set(f.path, bytes);
    }
    git = gitState(root, gitToplevel, discovered);
    for (const f of discovered) if (isPythonSource(f.path) && f.contentId) stagedSources.set(f.path, f.contentId);
  } else {
    const found = discovery ?? (await discover(root, config, gitToplevel, cache));
    discovered = [...found.files];
    git = found.git;
    notes.push(...found.notes);
    info.push(...found.info);
    excludedPaths.push(...found.excludedPaths);
  }
  // What the project told its other tools to skip gets no finding, tracked or not. The files stay
  // in the model: a test mypy skips still runs, and still shows which folders are used as packages.
  const foreign = alone ? [] : readForeignSources(root, config.baseDir, gitToplevel, info);
  const conftests = conftestSources(
    discovered.filter((f) => !foreign.some((s) => s.excludes(f.path))).map((f) => f.path),
    (p) => readConftest(root, p, overlay),
  );
  const sources = [...foreign, ...conftests];
  const excludedByOtherTools = new Set<string>();
  if (sources.length) {
    const { kept, counts } = applyForeign(discovered, sources);
    const keptSet = new Set(kept);
    for (const f of discovered) if (!keptSet.has(f)) excludedByOtherTools.add(f.path);
    for (const [source, n] of counts) info.push(`${source} excluded ${n} file${n === 1 ? '' : 's'} (no findings there)`);
  }
  // A buffer for a file not yet on disk (or not yet known to git) is part of the project too.
  const extra: string[] = [];
  if (overlay.size) {
    const known = new Set(discovered.map((f) => f.path));
    for (const p of overlay.keys()) {
      if (!known.has(p)) {
        discovered.push({ path: p, tracked: false, onDisk: true });
        extra.push(p);
      }
    }
  }
  const { root: tree, files } = discovery ? treeOf(discovery, discovered, extra) : buildTree(discovered);
  const reader = new ModuleReader(root, cache, memo);
  // Vendored code is never linted and no rule needs most of it: scanned when a rule asks (pip's
  // `_vendor/` is more than half of its Python), but its cached facts are taken as the others'.
  // --staged read the blobs the cache lacks above: the cache has every other module, read when asked
  // (a run that reuses the stored model asks for few of them).
  if (stagedChanges === null) await reader.prefetch(files.filter((f) => isPythonSource(f.name) && !overlay.has(f.path)), concurrency, (f) => inVendoredTree(f.dir));
  if (reader.parallel.workers) info.push(`scanned ${reader.parallel.files} modules in ${reader.parallel.workers} worker threads`);
  // Rules ask for modules again and again: one map lookup each (the reader keeps what it read).
  const buffers = new Map<ProjectFile, PythonModule>();
  const module = (file: ProjectFile): PythonModule => {
    const content = overlay.size ? overlay.get(file.path) : undefined;
    if (content === undefined) return reader.read(file);
    let m = buffers.get(file);
    if (!m) {
      m = { file, ...reader.fromContent(file, content) };
      buffers.set(file, m);
    }
    return m;
  };
  /** A staged Python source's content: the work tree's file when it is the staged blob, else the blob from git. */
  const stagedSource = (projectPath: string): Buffer | null | undefined => {
    const id = stagedSources.get(projectPath);
    if (id === undefined) return undefined;
    let bytes: Buffer | null = null;
    try {
      bytes = readRegularFile(path.join(root, projectPath));
    } catch {
      // deleted or unreadable in the work tree: git has it
    }
    return bytes && blobId(bytes) === id ? bytes : readBlobSync(root, id);
  };
  const texts = new Map<string, string | null>();
  const readText = (projectPath: string): string | null => {
    let text = texts.get(projectPath);
    if (text === undefined) {
      const content = (overlay.size ? overlay.get(projectPath) : undefined) ?? stagedSource(projectPath);
      if (content === undefined) {
        const abs = path.join(root, projectPath);
        // A tracked source git's listing vouches for, as for the reader's scans: a replay reruns the
        // listing rather than compare its stat data (an edit undone must not stop replays).
        if (isPythonSource(projectPath) && fileAt(tree, projectPath)?.contentId) recorder()?.vouched(abs);
        text = readTextOrNull(abs);
      } else text = content === null ? null : typeof content === 'string' ? content : content.toString('utf8');
      texts.set(projectPath, text);
    }
    return text;
  };
  const foreignExclusions = sources.flatMap((s) => s.exclusions);
  const moduleAtHand = (file: ProjectFile): PythonModule | null => (overlay.size && overlay.has(file.path) ? module(file) : reader.readAlready(file));
  // A language server (memo) keeps its model in memory: the store is for runs that start afresh.
  const modelStore = cache && !memo ? { slot: cache.modelSlot(staged, (file: ProjectFile) => (given.size && given.has(file.path) ? null : (file.contentId ?? cache.contentIdOf(file.path)))), staged } : null;
  return { project: { root, config, tree, files, git, configPath, module, moduleAtHand, buffers: editorBuffers, excludedByOtherTools, readText, modelStore }, notes, info, stagedChanges, foreignExclusions, excludedPaths };
}

/**
 * A long-lived caller's discovery keeps its tree while the files stay the same (the same buffers
 * for files not on disk): what is remembered per folder and file (import resolutions) then stays
 * valid from run to run.
 */
const trees = new WeakMap<Discovery, { extra: string; built: ReturnType<typeof buildTree> }>();
function treeOf(discovery: Discovery, discovered: readonly DiscoveredFile[], extra: readonly string[]): ReturnType<typeof buildTree> {
  const key = extra.join('\0');
  const kept = trees.get(discovery);
  if (kept?.extra === key) return kept.built;
  const built = buildTree(discovered);
  trees.set(discovery, { extra: key, built });
  return built;
}

function readConftest(root: string, projectPath: string, overlay: Overlay): string | null {
  const given = overlay.get(projectPath);
  if (given !== undefined) return typeof given === 'string' ? given : given.toString('utf8');
  try {
    return readRegularText(path.join(root, projectPath));
  } catch {
    return null;
  }
}
