/** Discovery → project model: which files exist, which are tracked, and the directory tree. */
import * as path from 'node:path';
import type { ResolvedConfig } from '../config/config';
import { excludeMatcher } from '../config/globs';
import { ignoredByRules, listFiles } from '../host/git';
import { walk } from '../host/walk';
import { buildTree, type DiscoveredFile, type Directory, type ProjectFile, type TrackedEntry } from './model';

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
}

export interface LoadedProject {
  project: Project;
  notes: string[];
}

export async function loadProject(
  root: string,
  config: ResolvedConfig,
  gitToplevel: string | null,
): Promise<LoadedProject> {
  const prefix = path.relative(config.baseDir, root).split(path.sep).join('/');
  const configPath = (p: string): string => (prefix ? `${prefix}/${p}` : p);
  const excluded = excludeMatcher(config.exclude);
  const isExcluded = (p: string): boolean => excluded(configPath(p));
  const notes: string[] = [];

  let git: GitState | null = null;
  let discovered: DiscoveredFile[];
  if (gitToplevel) {
    const listing = await listFiles(root);
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
  const { root: tree, files } = buildTree(discovered);
  return { project: { root, config, tree, files, git, configPath }, notes };
}
