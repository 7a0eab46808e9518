/** The whole pipeline for one invocation: config → discovery → rules → suppression → fixes. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { builtinRules } from '../rules';
import { applyRuleOverride, ConfigError, findConfigFile, loadConfig, type ResolvedConfig } from './config/config';
import { unmatchedConfigEntries } from './config/unmatched';
import { runRules, type RuleCrash } from './engine/run';
import type { ConfiguredRule, Rule } from './engine/rule';
import { suppress } from './engine/suppress';
import { addLeftovers, applyPlan, emptyPlan, isEmptyPlan, planFixes, renderPlan } from './fix/apply';
import type { FileContent } from './fix/files';
import { gitToplevel, gitWorkTree } from './host/git';
import { FactsCache } from './project/cache';
import type { Concurrency } from './project/modules';
import { layoutOf } from './project/layout';
import { isPythonSource, loadProject, type Project } from './project/project';
import type { Diagnostic, FixOperation, Location } from './types';

export interface LintOptions {
  /** Working directory; output paths are relative to it. Defaults to `process.cwd()`. */
  cwd?: string;
  /** Files or directories; defaults to `.`. */
  paths?: string[];
  /** Use this config file instead of searching for one. */
  configFile?: string;
  /** `id:severity` overrides, as given to `--rule`. */
  ruleOverrides?: string[];
  fix?: boolean;
  unsafeFixes?: boolean;
  /** Compute fixes and describe them, change nothing. */
  diff?: boolean;
  /** The rule set; defaults to the built-in rules. */
  rules?: readonly Rule[];
  /** Rules added to the set (plugins). */
  extraRules?: readonly Rule[];
  /** Lint `text` as if it were the file `path` of the project (editors: `--stdin-filename`). */
  stdin?: { path: string; text: string };
  /** Where per-file facts are cached (relative to each linted root), or false for no cache. */
  cacheDir?: string | false;
  /**
   * Lint the project as the next commit would have it (the git index, Python sources read from
   * staged blobs) and report only findings that touch what the commit changes.
   */
  staged?: boolean;
  /** Worker threads that scan modules: `auto` (one per CPU, when many files need scanning) or a number; 1 for none. */
  concurrency?: Concurrency;
}

export interface LintResult {
  /** Remaining findings (after `--fix`, what is left), paths relative to `cwd`. */
  diagnostics: Diagnostic[];
  /** Findings fixed by `--fix`, or that `--diff` would fix. */
  fixed: Diagnostic[];
  /** `--diff` output. */
  diff: string;
  hiddenUnsafeFixes: number;
  files: number;
  /** Rules that threw; the run is then an internal error (exit 2). */
  crashes: RuleCrash[];
  /** `--fix` operations that failed, then what it did apply; the run then exits 2. */
  fixErrors: string[];
  /** Things the user should know (unreadable folders, skipped names); printed on stderr. */
  warnings: string[];
  /** Printed with `--verbose` only. */
  notes: string[];
}

/** ESLint's bound: fixes that keep making room for others stop after this many passes. */
const MAX_FIX_PASSES = 10;

interface Target {
  root: string;
  /** Set when the user named files: only findings in them are reported. */
  onlyFiles: Set<string> | null;
  /** A buffer outside any project: linted by itself, nothing else read, nothing written. */
  alone?: boolean;
}

export async function lint(options: LintOptions = {}): Promise<LintResult> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const rules = [...(options.rules ?? builtinRules), ...(options.extraRules ?? [])];
  const result: LintResult = {
    diagnostics: [],
    fixed: [],
    diff: '',
    hiddenUnsafeFixes: 0,
    files: 0,
    crashes: [],
    fixErrors: [],
    warnings: [],
    notes: [],
  };
  const paths = options.stdin ? [options.stdin.path] : options.paths?.length ? options.paths : ['.'];
  for (const target of targets(cwd, paths, Boolean(options.stdin))) {
    await lintTarget(cwd, target, rules, options, result);
  }
  const byPosition = (a: Diagnostic, b: Diagnostic): number =>
    compare(a.location.path, b.location.path) ||
    a.location.start.line - b.location.start.line ||
    a.location.start.column - b.location.start.column ||
    compare(a.rule, b.rule);
  result.diagnostics.sort(byPosition);
  result.fixed.sort(byPosition);
  return result;
}

export function resolveConfig(
  cwd: string,
  root: string,
  options: LintOptions,
  rules: readonly Rule[],
  toplevel: string | null = gitToplevel(root),
): ResolvedConfig {
  const file = options.configFile ? path.resolve(cwd, options.configFile) : findConfigFile(root, toplevel, cwd);
  if (options.configFile && !fs.existsSync(file!)) {
    throw new ConfigError(`--config ${options.configFile}: file not found`);
  }
  const config = loadConfig(file, root, rules, cwd);
  for (const spec of options.ruleOverrides ?? []) applyRuleOverride(config, spec, rules);
  return config;
}

async function lintTarget(
  cwd: string,
  target: Target,
  rules: readonly Rule[],
  options: LintOptions,
  result: LintResult,
): Promise<void> {
  const { root } = target;
  const { toplevel, problem: gitProblem } = gitWorkTree(root);
  const config = resolveConfig(cwd, root, options, rules, toplevel);
  const configured: ConfiguredRule[] = [];
  for (const rule of rules) {
    const setting = config.rules.get(rule.id)!;
    if (setting.level === 'off') continue;
    configured.push({ rule, severity: setting.level === 'warn' ? 'warning' : 'error', options: setting.options });
  }
  const shown = (p: string): string => displayPath(cwd, path.join(root, p));
  const here = shown('.') || '.';

  const overlay = new Map<string, string>();
  if (options.stdin) overlay.set(path.relative(root, path.resolve(cwd, options.stdin.path)).split(path.sep).join('/'), options.stdin.text);
  const cache = options.cacheDir === false || options.cacheDir === undefined || target.alone ? null : new FactsCache(path.resolve(root, options.cacheDir), root, (p) => displayPath(cwd, p) || '.');
  if (options.staged && !toplevel) throw new ConfigError(`--staged: ${here} is not in a git work tree`);
  // Files the user named (an editor buffer, a path on the command line) are linted as code,
  // whatever their place in the project.
  const named = new Set<string>([...overlay.keys(), ...(target.onlyFiles ?? [])]);
  const analyse = async (files: ReadonlyMap<string, string | Buffer> = overlay) => {
    const { project, notes, info, stagedChanges, excludedPaths } = await loadProject(root, config, toplevel, { overlay: files, cache, staged: options.staged, concurrency: options.concurrency ?? 'auto', alone: target.alone, buffers: named });
    const run = runRules(project, configured);
    let { kept } = suppress(project, run.diagnostics);
    if (target.onlyFiles) kept = kept.filter((d) => touches(d, target.onlyFiles!));
    if (stagedChanges) {
      const changed = new Set(stagedChanges);
      kept = kept.filter((d) => touches(d, changed));
    }
    return { project, notes, info, run, kept, excludedPaths };
  };

  let { project, notes, info, run, kept, excludedPaths } = await analyse();
  // Config entries that match nothing, told once however many folders share the config. Only from
  // the config's own folder (a subfolder sees part of what its globs mean), and not for an editor
  // buffer or a commit's index, which see part of the files too.
  if (config.file && root === config.baseDir && !options.stdin && !options.staged && !target.alone) {
    const configShown = displayPath(cwd, config.file);
    for (const w of await unmatchedConfigEntries(project, { namespacePackages: layoutOf(project).namespaceEntries }, excludedPaths, configShown)) {
      if (!result.warnings.includes(w)) result.warnings.push(w);
    }
  }
  // Counted before --fix analyses the project again: that second pass reads the same modules.
  if (cache) {
    const { cached, scanned } = cache.counts;
    result.notes.push(`${here}: facts of ${plural(cached, 'module')} from the cache, ${scanned} scanned`);
  }
  result.warnings.push(...notes);
  result.notes.push(...info.map((i) => `${here}: ${i}`));
  for (const u of run.unreadable) result.warnings.push(`${shown(u.path)}:${u.message} (what dunderlint knows of this file is incomplete)`);
  if (gitProblem) {
    // The run goes on as in a plain folder, but its result differs from a run with git: say why.
    const skipped = run.skippedForGit.length ? `, without the rules that need git (${run.skippedForGit.join(', ')})` : '';
    const warning = `${gitProblem}; ${here} is linted as a plain folder${skipped}`;
    if (!result.warnings.includes(warning)) result.warnings.push(warning);
  } else if (run.skippedForGit.length) {
    result.notes.push(`${here}: not a git work tree; skipped ${run.skippedForGit.join(', ')}`);
  }
  result.notes.push(`${here}: config ${config.file ? displayPath(cwd, config.file) : '(defaults)'}`);
  result.notes.push(`${here}: ${usageSummary(project)}`);

  if (options.fix || options.diff) {
    // Passes in memory: the contents fixed so far stand in for the files, and --diff shows the end result.
    const contents = new Map<string, FileContent>();
    const plan = emptyPlan();
    let pending = kept;
    for (let pass = 1; ; pass++) {
      const step = planFixes(root, pending, Boolean(options.unsafeFixes), contents);
      if (pass === 1) ({ hiddenUnsafe: plan.hiddenUnsafe, untrack: plan.untrack, renames: plan.renames } = step);
      plan.fixed.push(...step.fixed);
      for (const w of step.warnings) if (!plan.warnings.some((x) => x.path === w.path && x.message === w.message)) plan.warnings.push(w);
      for (const { diagnostic: d, reason } of step.dropped) {
        // A later pass meets the same fix again: one warning is enough.
        const warning = `${shown(d.location.path)}:${d.location.start.line}:${d.location.start.column}: fix for ${d.rule} dropped: ${reason}`;
        if (!result.warnings.includes(warning)) result.warnings.push(warning);
      }
      for (const [p, { before, after }] of step.text) {
        plan.text.set(p, { before: plan.text.has(p) ? plan.text.get(p)!.before : before, after });
        contents.set(p, after);
      }
      if (step.text.size === 0) break;
      if (pass === MAX_FIX_PASSES) {
        if (step.deferred) result.warnings.push(`${here}: stopped after ${MAX_FIX_PASSES} passes of fixes; run --fix again for the rest`);
        break;
      }
      // The bytes, decoded again as Python decodes them: what the next pass sees is what is written.
      const again = await analyse(new Map<string, string | Buffer>([...overlay, ...[...contents].map(([p, c]): [string, Buffer] => [p, c.bytes])]));
      // Later passes only edit text: files created, renamed or untracked are already in the plan.
      pending = again.kept.filter((d) => d.fix?.operations.every((op) => op.kind === 'edit'));
    }
    for (const [p, change] of plan.text) if (change.before?.bytes.equals(change.after.bytes)) plan.text.delete(p);
    result.hiddenUnsafeFixes += plan.hiddenUnsafe;
    result.warnings.push(...plan.warnings.map((w) => `${shown(w.path)}: ${w.message}`));
    if (options.fix) addLeftovers(root, plan, project.files);
    if (options.diff) {
      result.diff += renderPlan(plan, shown);
      result.fixed.push(...plan.fixed.map((d) => relocate(d, shown)));
    } else if (!isEmptyPlan(plan)) {
      const applied = await applyPlan(root, plan, shown);
      result.warnings.push(...applied.warnings);
      result.fixErrors.push(...applied.errors);
      result.fixed.push(...plan.fixed.map((d) => relocate(d, shown)));
      // What is left is what a fresh run says, not a guess from the plan.
      ({ project, run, kept } = await analyse());
    }
  } else {
    result.hiddenUnsafeFixes += kept.filter((d) => d.fix?.applicability === 'unsafe').length;
  }
  // --diff promises to change no file, the cache included.
  const cacheWarning = options.diff ? cache?.warning : cache?.save();
  if (cacheWarning) result.warnings.push(cacheWarning);
  result.files += project.files.length;
  result.crashes.push(...run.crashes);
  result.diagnostics.push(...kept.map((d) => relocate(d, shown)));
}

/** How many modules have each role: what is linted as code and what is left alone as data. */
function usageSummary(project: Project): string {
  const { usage } = layoutOf(project);
  const counts = new Map<string, number>();
  for (const file of project.files) {
    if (!isPythonSource(file.name)) continue;
    const u = usage.of(file);
    const key = u.role === 'data' ? (u.live ? 'data imported by live code' : 'data (not linted: nothing imports, collects or runs it)') : u.role === 'vendored' ? 'vendored (not linted)' : u.role;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return `modules by role (see dunderlint tree): ${[...counts].map(([k, n]) => `${n} ${k}`).join(', ') || 'none'}`;
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function targets(cwd: string, paths: readonly string[], fromStdin: boolean): Target[] {
  const byRoot = new Map<string, Target>();
  for (const p of paths) {
    const abs = path.resolve(cwd, p);
    let isDirectory = false;
    try {
      isDirectory = fs.statSync(abs).isDirectory();
    } catch {
      // A buffer from stdin may name a file that does not exist yet; its folder must.
      if (!fromStdin || !fs.existsSync(path.dirname(abs))) throw new ConfigError(`${p}: no such file or directory`);
    }
    if (isDirectory) {
      byRoot.set(abs, { root: abs, onlyFiles: null });
      continue;
    }
    // A named file is linted within its project, so structure rules still see the whole tree.
    const dir = path.dirname(abs);
    const toplevel = gitToplevel(dir);
    const configFile = findConfigFile(dir, toplevel, cwd);
    // A buffer outside any project (a scratch file in the temp folder) is linted by itself: the
    // folder above its packages is no project to read whole, nor to leave a cache in.
    const alone = fromStdin && !configFile && !toplevel;
    const root = configFile ? path.dirname(configFile) : (toplevel ?? outsidePackages(dir));
    const existing = byRoot.get(root);
    if (existing && existing.onlyFiles === null) continue;
    const t = existing ?? { root, onlyFiles: new Set<string>(), alone };
    t.onlyFiles!.add(path.relative(root, abs).split(path.sep).join('/'));
    byRoot.set(root, t);
  }
  return [...byRoot.values()];
}

/**
 * Whether a finding concerns one of `paths`: it is located in one of them or points at one, or one
 * of them lies in a folder it is about. A finding's subjects are its location, its related
 * locations and the paths its fix names (plus the folder a fix creates a file in): a missing
 * `__init__.py` concerns every file of its folder, and a deleted one is exactly what it names. The
 * project root is never such a folder: every file is below it.
 */
export function touches(d: Diagnostic, paths: ReadonlySet<string>): boolean {
  const subjects = [d.location.path, ...d.related.map((r) => r.location.path)];
  for (const op of d.fix?.operations ?? []) {
    if (op.kind === 'untrack') subjects.push(...op.paths);
    else if (op.kind === 'rename') subjects.push(op.from, op.to);
    else {
      subjects.push(op.path);
      if (op.kind === 'createFile') subjects.push(path.posix.dirname(op.path));
    }
  }
  for (const s of subjects) {
    if (paths.has(s)) return true;
    if (s === '' || s === '.') continue;
    for (const p of paths) if (p.startsWith(`${s}/`)) return true;
  }
  return false;
}

/** Without config or git, a file's project starts above the packages that hold it (as pytest's rootdir). */
function outsidePackages(dir: string): string {
  let d = dir;
  while (fs.existsSync(path.join(d, '__init__.py')) && path.dirname(d) !== d) d = path.dirname(d);
  return d;
}

function displayPath(cwd: string, abs: string): string {
  return path.relative(cwd, abs).split(path.sep).join('/');
}

/** The same diagnostic with every path made relative to the working directory. */
function relocate(d: Diagnostic, shown: (p: string) => string): Diagnostic {
  const loc = (l: Location): Location => ({ ...l, path: shown(l.path) });
  const op = (o: FixOperation): FixOperation => {
    switch (o.kind) {
      case 'untrack':
        return { ...o, paths: o.paths.map(shown) };
      case 'rename':
        return { ...o, from: shown(o.from), to: shown(o.to) };
      default:
        return { ...o, path: shown(o.path) };
    }
  };
  return {
    ...d,
    location: loc(d.location),
    related: d.related.map((r) => ({ ...r, location: loc(r.location) })),
    fix: d.fix && { ...d.fix, operations: d.fix.operations.map(op) },
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
