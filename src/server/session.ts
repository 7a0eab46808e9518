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
import { resolveConfig } from '../lint';
import type { CachedFacts } from '../project/cache';
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
  private readonly memo = new Map<string, CachedFacts>();

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
   * or deleted, or any file that is not a Python source (a config file, `.gitignore`), means the
   * config and the file list are read again too.
   */
  filesChanged(paths: readonly string[], created = false): void {
    for (const p of paths) {
      this.memo.delete(p);
      if (created || !isPythonSource(p)) this.discovery = null;
    }
  }

  /** Everything read again: config, file list, modules. */
  reset(): void {
    this.config = null;
    this.discovery = null;
    this.memo.clear();
  }

  async run(): Promise<SessionRun> {
    try {
      if (!this.config || !this.discovery) {
        this.toplevel = gitWorkTree(this.root).toplevel;
        this.config = resolveConfig(this.root, this.root, {}, this.rules, this.toplevel);
        this.configured = [];
        for (const rule of this.rules) {
          const setting = this.config.rules.get(rule.id)!;
          if (setting.level === 'off') continue;
          this.configured.push({ rule, severity: setting.level === 'warn' ? 'warning' : 'error', options: setting.options });
        }
        // The facts kept stay valid: they depend on a file's content only.
        this.discovery = await discover(this.root, this.config, this.toplevel);
      }
      const { project } = await loadProject(this.root, this.config, this.toplevel, {
        overlay: this.overlays,
        buffers: new Set(this.overlays.keys()),
        discovery: this.discovery,
        memo: this.memo,
        // One change re-reads a file or two: worker threads would only cost their start-up.
        concurrency: this.memo.size ? 1 : 'auto',
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
