/** The whole pipeline for one invocation: config → discovery → rules → suppression → fixes. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { builtinRules } from '../rules';
import { applyRuleOverride, ConfigError, configuredPlugins, findConfigFile, loadConfig, type ResolvedConfig } from './config/config';
import { unmatchedConfigEntries } from './config/unmatched';
import { checkUniqueIds, loadPlugins } from './engine/plugins';
import { runRules, type RuleCrash } from './engine/run';
import type { ConfiguredRule, Rule } from './engine/rule';
import { suppress } from './engine/suppress';
import { applyBaseline, entriesOf, readBaseline, renderBaseline, type BaselineEntry } from './engine/baseline';
import { planNoqa } from './fix/add-noqa';
import { addLeftovers, applyPlan, emptyPlan, isEmptyPlan, planFixes, renderPlan } from './fix/apply';
import { Refused, writeAtomic, type FileContent } from './fix/files';
import { gitToplevel, WorkTrees } from './host/git';
import { FactsCache } from './project/cache';
import type { Concurrency } from './project/modules';
import { CodeUsed, usedCode } from './host/jit';
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
  /**
   * Lint `text` as if it were the file `path` of the project (editors: `--stdin-filename`). Bytes
   * are decoded as Python decodes a source file (BOM, PEP 263 cookie). Only findings located in
   * the buffer are reported, its syntax error as a `syntax-error` finding; what the run has to say
   * about other files is left to `notes`.
   */
  stdin?: { path: string; text: string | Buffer };
  /** Where per-file facts are cached (relative to each linted root), or false for no cache. */
  cacheDir?: string | false;
  /**
   * Lint the project as the next commit would have it (the git index, Python sources read from
   * staged blobs) and report only findings that touch what the commit changes.
   */
  staged?: boolean;
  /** Worker threads that scan modules: `auto` (one per CPU, when many files need scanning) or a number; 1 for none. */
  concurrency?: Concurrency;
  /**
   * Suppress every current finding: a `# dunderlint: disable=` comment on its line in a Python
   * source, else (a folder, `.gitignore`, a line that cannot carry a comment) an entry in the
   * configured baseline file.
   */
  addNoqa?: boolean;
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
  /** Rules that threw; the run is then an internal error (exit 2). Paths relative to `cwd`. */
  crashes: RuleCrash[];
  /** Every rule the run knew: the given ones and the plugins' of each config (for formatters). */
  rules: Rule[];
  /** `--fix` operations that failed, then what it did apply; the run then exits 2. */
  fixErrors: string[];
  /** Things the user should know (unreadable folders, skipped names); printed on stderr. */
  warnings: string[];
  /** Printed with `--verbose` only. */
  notes: string[];
  /** `--add-noqa`: comments written or extended, and findings newly recorded in the baseline file. */
  addedNoqa: number;
  addedToBaseline: number;
  /**
   * The facts cache files the run used, if its report may be replayed while nothing it read
   * changes (src/replay.ts): every project had a working cache and no plugins (whose code is an input).
   */
  cacheFiles: string[] | null;
}

/** ESLint's bound: fixes that keep making room for others stop after this many passes. */
const MAX_FIX_PASSES = 10;

/** The finding of a buffer's own syntax error (editors show it; it is no rule of the set). */
export const SYNTAX_ERROR = 'syntax-error';

interface Target {
  root: string;
  /**
   * What the user named below the root, or null for the whole root. The whole project is always
   * read (a folder's `missing-init` depends on imports elsewhere); only findings about these are reported.
   */
  scope: { files: Set<string>; dirs: Set<string> } | null;
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
    rules: [],
    fixErrors: [],
    warnings: [],
    notes: [],
    addedNoqa: 0,
    addedToBaseline: 0,
    cacheFiles: [],
  };
  const paths = options.stdin ? [options.stdin.path] : options.paths?.length ? options.paths : ['.'];
  const workTrees = new WorkTrees();
  for (const target of targets(cwd, paths, Boolean(options.stdin), Boolean(options.configFile), workTrees)) {
    await lintTarget(cwd, target, rules, options, result, workTrees);
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

/** The config that applies to `root`, with its plugins loaded: `config.ruleSet` is `rules` and theirs. */
export async function resolveConfig(
  cwd: string,
  root: string,
  options: LintOptions,
  rules: readonly Rule[],
  toplevel: string | null = gitToplevel(root),
): Promise<ResolvedConfig> {
  const file = options.configFile ? path.resolve(cwd, options.configFile) : findConfigFile(root, toplevel, cwd);
  if (options.configFile && !fs.existsSync(file!)) {
    throw new ConfigError(`--config ${options.configFile}: file not found`);
  }
  let ruleSet = rules;
  if (file) {
    const shown = path.relative(cwd, file) || path.basename(file);
    const plugins = configuredPlugins(file, cwd);
    if (plugins.length) {
      ruleSet = [...rules, ...(await loadPlugins(plugins, file, shown))];
      checkUniqueIds(ruleSet, shown);
    }
  }
  const config = loadConfig(file, root, ruleSet, cwd);
  for (const spec of options.ruleOverrides ?? []) applyRuleOverride(config, spec, ruleSet);
  return config;
}

/** The rules a config turns on (built-in and its plugins'), with their severities and options. */
export function configuredRules(config: ResolvedConfig): ConfiguredRule[] {
  const configured: ConfiguredRule[] = [];
  for (const rule of config.ruleSet) {
    const setting = config.rules.get(rule.id)!;
    if (setting.level === 'off') continue;
    configured.push({ rule, severity: setting.level === 'warn' ? 'warning' : 'error', options: setting.options });
  }
  return configured;
}

async function lintTarget(
  cwd: string,
  target: Target,
  rules: readonly Rule[],
  options: LintOptions,
  result: LintResult,
  workTrees: WorkTrees,
): Promise<void> {
  const { root } = target;
  const { toplevel, problem: gitProblem } = workTrees.get(root);
  const config = await resolveConfig(cwd, root, options, rules, toplevel);
  for (const rule of config.ruleSet) if (!result.rules.includes(rule)) result.rules.push(rule);
  const configured = configuredRules(config);
  const shown = (p: string): string => displayPath(cwd, path.join(root, p));
  const here = shown('.') || '.';
  const configShown = config.file ? displayPath(cwd, config.file) : undefined;
  const baselineShown = config.baseline ? displayPath(cwd, config.baseline) : '';
  const baseline = config.baseline ? readBaseline(config.baseline, baselineShown, Boolean(options.addNoqa)) : null;
  // The baseline's entries this run can match: those below the linted folder (a run over one of
  // several folders that share the config sees only its own), and none when it lints named files.
  const inScope = (e: BaselineEntry): boolean => {
    if (options.staged || options.stdin || target.scope?.files.size) return false;
    const p = path.relative(root, path.resolve(config.baseDir, e.path)).split(path.sep).join('/');
    if (p === '..' || p.startsWith('../')) return false;
    return !target.scope || inside(p, target.scope.dirs);
  };

  const overlay = new Map<string, string | Buffer>();
  const buffer = options.stdin ? path.relative(root, path.resolve(cwd, options.stdin.path)).split(path.sep).join('/') : null;
  if (buffer !== null) overlay.set(buffer, options.stdin!.text);
  const cache = options.cacheDir === false || options.cacheDir === undefined || target.alone ? null : new FactsCache(path.resolve(root, options.cacheDir), root, (p) => displayPath(cwd, p) || '.');
  if (options.staged && !toplevel) throw new ConfigError(`--staged: ${here} is not in a git work tree`);
  // Files the user named (an editor buffer, a path on the command line) are linted as code,
  // whatever their place in the project.
  const named = new Set<string>([...overlay.keys(), ...(target.scope?.files ?? [])]);
  const { scope } = target;
  const analyse = async (files: ReadonlyMap<string, string | Buffer> = overlay) => {
    const { project, notes, info, stagedChanges, excludedPaths } = await loadProject(root, config, toplevel, { overlay: files, cache, staged: options.staged, concurrency: options.concurrency ?? 'auto', alone: target.alone, buffers: named });
    // Only findings about these files are shown: rules that report about the module they visit
    // need not visit the others. Not with --add-noqa, which records every finding.
    const changed = stagedChanges ? new Set(stagedChanges) : null;
    const focus = options.addNoqa
      ? undefined
      : buffer !== null
        ? (p: string) => p === buffer
        : changed
          ? (p: string) => changed.has(p)
          : scope
            ? (p: string) => scope.files.has(p) || inside(p, scope.dirs)
            : undefined;
    const run = runRules(project, configured, focus);
    usedCode(CodeUsed.Lint);
    let { kept } = suppress(project, run.diagnostics);
    // Before the baseline: --add-noqa records what no comment hides, known or new.
    const uncommented = kept;
    let stale: BaselineEntry[] = [];
    if (baseline) ({ kept, stale } = applyBaseline(baseline, kept, project.configPath));
    // An editor marks findings in the buffer it shows: one located elsewhere would land on the wrong lines.
    if (buffer !== null) kept = kept.filter((d) => d.location.path === buffer);
    else if (scope) kept = kept.filter((d) => touches(d, scope.files) || within(d, scope.dirs));
    if (changed) kept = kept.filter((d) => touches(d, changed));
    return { project, notes, info, run, kept, uncommented, stale, excludedPaths };
  };

  let { project, notes, info, run, kept, uncommented, stale, excludedPaths } = await analyse();
  // Config entries that match nothing, told once however many folders share the config. Only from
  // the config's own folder (a subfolder sees part of what its globs mean), and not for an editor
  // buffer or a commit's index, which see part of the files too.
  if (configShown !== undefined && root === config.baseDir && !options.stdin && !options.staged && !target.alone) {
    for (const w of await unmatchedConfigEntries(project, { namespacePackages: layoutOf(project).namespaceEntries }, excludedPaths, configShown)) {
      if (!result.warnings.includes(w)) result.warnings.push(w);
    }
  }
  // Counted before --fix analyses the project again: that second pass reads the same modules.
  if (cache) {
    const { cached, scanned } = cache.counts;
    result.notes.push(`${here}: facts of ${plural(cached, 'module')} from the cache, ${scanned} scanned`);
  }
  // An editor shows stderr to the user on every keystroke: what concerns other files is for --verbose.
  const aside = buffer === null ? result.warnings : result.notes;
  for (const note of notes) {
    const m = NOTE_PATH.exec(note);
    if (!m) aside.push(note);
    // A folder left unread elsewhere in the project is not the subfolder's business: --verbose says.
    else if (scope && !related(m[2]!, scope)) result.notes.push(`${m[1]}${shown(m[2]!) || '.'}${m[3]}`);
    else aside.push(`${m[1]}${shown(m[2]!) || '.'}${m[3]}`);
  }
  result.notes.push(...info.map((i) => `${here}: ${i}`));
  for (const u of run.unreadable) {
    if (u.path !== buffer) aside.push(`${shown(u.path)}:${u.message} (what dunderlint knows of this file is incomplete)`);
  }
  if (buffer !== null) {
    // The buffer's own syntax error is what its editor should show, at its place.
    const file = project.files.find((f) => f.path === buffer);
    const error = file && isPythonSource(file.name) ? project.module(file).facts.syntaxError : null;
    if (error) kept = [...kept, syntaxErrorFinding(buffer, error)];
  }
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
  const { model } = layoutOf(project);
  if (model) result.notes.push(`${here}: project model ${model}`);

  if (options.addNoqa) {
    // What is left: the findings it could neither comment nor record.
    kept = await addNoqa(project, kept, uncommented, baseline && { file: config.baseline!, shown: baselineShown, baseDir: config.baseDir, ...baseline }, inScope, shown, result);
    stale = [];
  } else if (options.fix || options.diff) {
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
    // Leftovers of an interrupted --fix are cleaned up where this run may change files.
    if (options.fix) addLeftovers(root, plan, scope ? project.files.filter((f) => scope.files.has(f.path) || inside(f.path, scope.dirs)) : project.files);
    if (options.diff) {
      // As `git diff` in a subfolder: paths from the top of the work tree, where `git apply` takes them.
      const top = toplevel && !isOutside(path.relative(toplevel, root)) ? toplevel : root;
      result.diff += renderPlan(plan, (p) => displayPath(top, path.join(root, p)));
      result.fixed.push(...plan.fixed.map((d) => relocate(d, shown)));
    } else if (!isEmptyPlan(plan)) {
      const applied = await applyPlan(root, plan, shown);
      result.warnings.push(...applied.warnings);
      result.fixErrors.push(...applied.errors);
      result.fixed.push(...plan.fixed.map((d) => relocate(d, shown)));
      // What is left is what a fresh run says, not a guess from the plan.
      ({ project, run, kept, stale } = await analyse());
    }
  } else {
    result.hiddenUnsafeFixes += kept.filter((d) => d.fix?.applicability === 'unsafe').length;
  }
  // --diff promises to change no file, the cache included.
  const cacheWarning = options.diff ? cache?.warning : cache?.save();
  if (cacheWarning) result.warnings.push(cacheWarning);
  if (cache && !cacheWarning && !config.plugins.length) result.cacheFiles?.push(cache.file);
  else result.cacheFiles = null;
  for (const e of stale) {
    if (inScope(e)) result.notes.push(`${baselineShown}: an entry matches no finding anymore (dunderlint --add-noqa removes it): ${e.rule} ${e.path}: ${e.message}`);
  }
  result.files += project.files.length;
  // A crash in a visitor of a file points at it; others at the config that loads the rule.
  result.crashes.push(...run.crashes.map((c) => {
    const at = c.path !== undefined ? shown(c.path) : configShown;
    return { ...c, ...(at !== undefined ? { path: at } : {}) };
  }));
  result.diagnostics.push(...kept.map((d) => relocate(d, shown)));
}

/**
 * The path in what discovery says about a folder or file (host/walk.ts, host/git.ts: `cannot read
 * directory x: EACCES`, `skipping x: name is not UTF-8`), relative to the project root: shown
 * relative to the working directory like every path, and told apart by scope.
 */
const NOTE_PATH = /^(cannot read directory |cannot read |skipping )(.+)(: [^:]+)$/;

/** Whether `p` is in the scope, or holds part of it. */
function related(p: string, scope: NonNullable<Target['scope']>): boolean {
  if (p === '.' || scope.files.has(p) || inside(p, scope.dirs)) return true;
  return [...scope.files, ...scope.dirs].some((s) => s.startsWith(`${p}/`));
}

function syntaxErrorFinding(path: string, { message, line, column }: { message: string; line: number; column: number }): Diagnostic {
  const at = { line, column };
  return { rule: SYNTAX_ERROR, severity: 'error', message: `SyntaxError: ${message}`, location: { path, start: at, end: at }, fix: null, related: [] };
}

/**
 * `--add-noqa` on one project: comments where a line can carry one, the rest into the baseline
 * file (or a warning that they stay). `kept` are the findings to suppress; `uncommented` every
 * finding no comment hides, so that repeats are numbered in the baseline as a normal run numbers them.
 */
async function addNoqa(
  project: Project,
  kept: readonly Diagnostic[],
  uncommented: readonly Diagnostic[],
  baseline: { file: string; shown: string; baseDir: string; entries: BaselineEntry[]; bytes: Buffer | null } | null,
  inScope: (e: BaselineEntry) => boolean,
  shown: (p: string) => string,
  result: LintResult,
): Promise<Diagnostic[]> {
  const noqa = planNoqa(project, kept);
  const left = new Set(noqa.left);
  const commented = new Set(kept.filter((d) => !left.has(d)));
  if (noqa.text.size) {
    const plan = emptyPlan();
    for (const [p, change] of noqa.text) plan.text.set(p, change);
    const applied = await applyPlan(project.root, plan, shown);
    result.warnings.push(...applied.warnings);
    result.fixErrors.push(...applied.errors.map((e) => e.replace(/--fix/g, '--add-noqa')));
  }
  result.addedNoqa += noqa.added;
  if (!baseline) {
    if (left.size) {
      result.warnings.push(`${plural(left.size, 'finding')} cannot carry a comment (not on a line of a Python source that can hold one); set [tool.dunderlint] baseline = "dunderlint-baseline.json" to record them`);
    }
    return [...left];
  }
  const all = entriesOf(uncommented.filter((d) => !commented.has(d)), project.configPath);
  const known = new Set(baseline.entries.map((e) => e.fingerprint));
  const added = all.filter(({ diagnostic }) => left.has(diagnostic)).map(({ entry }) => entry).filter((e) => !known.has(e.fingerprint));
  // Within the scope, the file is what the findings are now (stale entries go); outside it, entries
  // stay as they were, and findings there that the baseline does not know are added.
  const entries = [
    ...baseline.entries.filter((e) => !inScope(e)),
    ...all.filter(({ diagnostic, entry }) => inScope(entry) || (left.has(diagnostic) && !known.has(entry.fingerprint))).map(({ entry }) => entry),
  ];
  const bytes = Buffer.from(renderBaseline(entries), 'utf8');
  if (baseline.bytes?.equals(bytes)) return [];
  try {
    writeAtomic(baseline.baseDir, path.relative(baseline.baseDir, baseline.file), bytes, baseline.bytes);
    result.addedToBaseline += added.length;
    return [];
  } catch (e) {
    const why = e instanceof Refused ? e.message : ((e as NodeJS.ErrnoException).code ?? (e as Error).message);
    result.fixErrors.push(`--add-noqa failed to write the baseline ${baseline.shown}: ${why}`);
    return [...left];
  }
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

function targets(cwd: string, paths: readonly string[], fromStdin: boolean, configGiven: boolean, workTrees: WorkTrees): Target[] {
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
    // A folder or file is linted within its project, so structure rules still see the whole tree.
    // The project is found upward, as ruff finds its config: the nearest config that configures
    // dunderlint, else the git work tree, else the folder given (for a file: above its packages).
    // `--config` names the config: no other is looked for.
    const { root, rel, found } = projectOf(abs, isDirectory, configGiven, cwd, workTrees);
    // A buffer outside any project (a scratch file in the temp folder) is linted by itself: the
    // folder above its packages is no project to read whole, nor to leave a cache in.
    const alone = fromStdin && !found;
    const t = byRoot.get(root) ?? { root, scope: { files: new Set<string>(), dirs: new Set<string>() }, alone };
    byRoot.set(root, t);
    if (rel === '') t.scope = null;
    else if (isDirectory) t.scope?.dirs.add(rel.split(path.sep).join('/'));
    else t.scope?.files.add(rel.split(path.sep).join('/'));
  }
  return [...byRoot.values()];
}

/**
 * The project a folder or file (absolute) is linted in, and its path there (native separators,
 * `''` for the root). `found`: a config or a git work tree says where the project is.
 */
export function projectOf(abs: string, isDirectory: boolean, configGiven: boolean, cwd: string, workTrees = new WorkTrees()): { root: string; rel: string; found: boolean } {
  const dir = isDirectory ? abs : path.dirname(abs);
  const toplevel = workTrees.get(dir).toplevel;
  const configFile = configGiven ? null : findConfigFile(dir, toplevel, cwd);
  let root = configFile ? path.dirname(configFile) : (toplevel ?? (isDirectory ? abs : outsidePackages(dir)));
  let rel = path.relative(root, abs);
  // git names the real folder; a path through a symlink is then linted where it leads, by itself.
  if (isOutside(rel)) [root, rel] = [dir, path.relative(dir, abs)];
  return { root, rel, found: Boolean(configFile || toplevel) };
}

/**
 * The project a lint run reads for `abs` (a folder or a file), with its config and files: what
 * `dunderlint tree` and `--print-config` describe. `rel` is `abs` within it.
 */
export async function loadProjectAt(cwd: string, abs: string, isDirectory: boolean, options: LintOptions) {
  const workTrees = new WorkTrees();
  const { root, rel } = projectOf(abs, isDirectory, options.configFile !== undefined, cwd, workTrees);
  const toplevel = workTrees.get(root).toplevel;
  const config = await resolveConfig(cwd, root, options, builtinRules, toplevel);
  return { root, rel, config, loaded: await loadProject(root, config, toplevel) };
}

/** The paths a finding is about: its location, its related locations, the paths its fix names (and the folder a fix creates a file in). */
export function subjects(d: Diagnostic): string[] {
  const out = [d.location.path, ...d.related.map((r) => r.location.path)];
  for (const op of d.fix?.operations ?? []) {
    if (op.kind === 'untrack') out.push(...op.paths);
    else if (op.kind === 'rename') out.push(op.from, op.to);
    else {
      out.push(op.path);
      if (op.kind === 'createFile') out.push(path.posix.dirname(op.path));
    }
  }
  return out;
}

/** Whether a finding is about something inside one of `dirs` (a file there, or the folder itself or one below it). */
function within(d: Diagnostic, dirs: ReadonlySet<string>): boolean {
  if (dirs.size === 0) return false;
  return subjects(d).some((s) => inside(s, dirs));
}

function inside(p: string, dirs: ReadonlySet<string>): boolean {
  for (const dir of dirs) if (p === dir || p.startsWith(`${dir}/`)) return true;
  return false;
}

/**
 * Whether a finding concerns one of `paths`: it is located in one of them or points at one, or one
 * of them lies in a folder it is about. A finding's subjects are its location, its related
 * locations and the paths its fix names (plus the folder a fix creates a file in): a missing
 * `__init__.py` concerns every file of its folder, and a deleted one is exactly what it names. The
 * project root is never such a folder: every file is below it.
 */
export function touches(d: Diagnostic, paths: ReadonlySet<string>): boolean {
  if (paths.size === 0) return false;
  for (const s of subjects(d)) {
    if (paths.has(s)) return true;
    if (s === '' || s === '.') continue;
    for (const p of paths) if (p.startsWith(`${s}/`)) return true;
  }
  return false;
}

/** Whether a relative path (from `path.relative`) leads out of its base. */
function isOutside(rel: string): boolean {
  return rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel);
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
