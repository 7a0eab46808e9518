/**
 * One workspace folder's project, kept in memory between runs: its config, its file list and the
 * facts of every module read so far. A run takes the open buffers as an overlay on the disk (as
 * `--stdin-filename` does) and builds the project model and runs the rules afresh; only the
 * buffers are scanned again, and only files reported changed are read again.
 */
import * as path from 'node:path';
import { ConfigError, type ResolvedConfig } from '../config/config';
import { runRules } from '../engine/run';
import type { ConfiguredRule, Rule } from '../engine/rule';
import { suppress } from '../engine/suppress';
import { gitWorkTree } from '../host/git';
import { readContent } from '../fix/files';
import { configuredRules, resolveConfig } from '../lint';
import type { ModuleMemo } from '../project/modules';
import { discover, isPythonSource, loadProject, type Discovery } from '../project/project';
import type { Diagnostic } from '../types';

export interface SessionRun {
  /** Findings, paths relative to the root. */
  diagnostics: Diagnostic[];
  /** Why the project cannot be linted (a broken config): one line. */
  error: string | null;
  /** Rules that threw, as `rule: message`. */
  crashes: string[];
}

export class Session {
  /** Open buffers by project path: they stand in for the files on disk. */
  readonly overlays = new Map<string, string>();
  private config: ResolvedConfig | null = null;
  private configured: ConfiguredRule[] = [];
  private toplevel: string | null = null;
  private discovery: Discovery | null = null;
  private readonly memo: ModuleMemo = { disk: new Map(), buffers: new Map() };
  /** Texts of files on disk that findings are in, for their LSP positions: read once until they change. */
  private readonly texts = new Map<string, string | null>();

  constructor(
    readonly root: string,
    private readonly rules: readonly Rule[],
  ) {}

  /** The project path of an absolute file path, or null when it is not below the root. */
  projectPath(abs: string): string | null {
    const rel = path.relative(this.root, abs);
    if (rel.startsWith('..') || path.isAbsolute(rel)) return null;
    return rel.split(path.sep).join('/');
  }

  /**
   * Files changed on disk (saved, created, deleted, renamed): they are read again. A file created
   * or deleted, or any file that is not a Python source (a config file, `.gitignore`) or is a
   * `setup.py`, means the config, the file list and the projects' structure are read again too.
   */
  filesChanged(paths: readonly string[], created = false): void {
    for (const p of paths) {
      this.memo.disk.delete(p);
      this.texts.delete(p);
      // setup.py is read as packaging metadata (the project's structure), not only as a module.
      if (created || !isPythonSource(p) || p === 'setup.py' || p.endsWith('/setup.py')) {
        this.discovery = null;
        // A folder created or deleted: what was below it is another file now, if any.
        const below = `${p}/`;
        for (const known of this.memo.disk.keys()) if (known.startsWith(below)) this.memo.disk.delete(known);
      }
    }
  }

  /** The buffer is closed: the disk has what the editor saved last (or nothing). */
  closeBuffer(p: string, onDisk: boolean): void {
    this.overlays.delete(p);
    this.memo.buffers.delete(p);
    this.filesChanged([p], !onDisk);
  }

  /** The file's text on disk, as `--fix` decodes it, or null. */
  diskText(projectPath: string): string | null {
    if (!this.texts.has(projectPath)) this.texts.set(projectPath, readContent(path.join(this.root, projectPath))?.text ?? null);
    return this.texts.get(projectPath)!;
  }

  async run(): Promise<SessionRun> {
    try {
      if (!this.config || !this.discovery) {
        this.toplevel = gitWorkTree(this.root).toplevel;
        this.config = await resolveConfig(this.root, this.root, {}, this.rules, this.toplevel);
        this.configured = configuredRules(this.config);
        // The facts kept stay valid: they depend on a file's content only.
        this.discovery = withIgnoredMemo(await discover(this.root, this.config, this.toplevel));
      }
      const { project } = await loadProject(this.root, this.config, this.toplevel, {
        overlay: this.overlays,
        buffers: new Set(this.overlays.keys()),
        discovery: this.discovery,
        memo: this.memo,
        // One change re-reads a file or two: worker threads would only cost their start-up.
        concurrency: this.memo.disk.size ? 1 : 'auto',
      });
      const run = runRules(project, this.configured);
      const { kept } = suppress(project, run.diagnostics);
      return { diagnostics: kept, error: null, crashes: run.crashes.map((c) => `${c.rule}: ${c.message}`) };
    } catch (e) {
      // The next run reads the config again: the user is fixing it.
      this.config = null;
      if (e instanceof ConfigError) return { diagnostics: [], error: e.message, crashes: [] };
      throw e;
    }
  }
}

/**
 * Asking git what its ignore rules ignore costs a process each run; the answer changes with
 * `.gitignore` (or the index), and a change of either discovers the files again.
 */
function withIgnoredMemo(discovery: Discovery): Discovery {
  const { git } = discovery;
  if (!git) return discovery;
  const known = new Map<string, Set<string>>();
  const ignored = (paths: readonly string[]): Set<string> => {
    const key = paths.join('\0');
    let answer = known.get(key);
    if (!answer) known.set(key, (answer = git.ignored(paths)));
    return answer;
  };
  return { ...discovery, git: { ...git, ignored } };
}
