/** argv → lint() → formatter → exit code. The only place that decides how the process ends. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import yargs from 'yargs';
import { builtinRules } from '../rules';
import { ConfigError, DEFAULT_EXCLUDE, suggest, type ResolvedConfig } from './config/config';
import type { Exclusion } from './config/foreign';
import { debugFacts } from './debug';
import { visible } from './format/escape';
import { FORMATTERS } from './format/format';
import { ruleList, statistics } from './format/statistics';
import { pluginOf } from './engine/plugins';
import { fileStart, type Rule } from './engine/rule';
import type { RuleCrash } from './engine/run';
import { lint, loadProjectAt, resolveConfig, type LintOptions } from './lint';
import { sarifFor } from './format/sarif';
import type { Diagnostic } from './types';
import { RULE_DOCS, VERSION } from './package-info';
import { renderTree } from './tree';
import { wheelPackages } from './project/backends/setuptools';
import { layoutOf } from './project/layout';
import { optimizeForLongRun } from './host/jit';
import type { Concurrency } from './project/modules';
import type { Project } from './project/project';
import { recorder } from './replay-hook';

export const EXIT_CLEAN = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_FAILURE = 2;


class UsageError extends Error {}

interface Io {
  /** The bytes on stdin, decoded later as Python decodes a source file. */
  readStdin: () => Promise<Buffer>;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  isTTY: boolean;
  cwd: string;
  env: NodeJS.ProcessEnv;
}

const defaultIo = (): Io => ({
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  },
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  isTTY: Boolean(process.stdout.isTTY),
  cwd: process.cwd(),
  env: process.env,
});

/**
 * Runs the command and ends the process once stdout and stderr are flushed, rather than when the
 * event loop drains: Node's orderly teardown of a large project's heap took about 50 ms, longer
 * than some whole runs. A report that could not be written is a failure (exit 2), except when the
 * reader went away (EPIPE, as `| head -1`): that reader asked for no more.
 */
export async function runAndExit(argv: string[]): Promise<never> {
  const stdout: { error: NodeJS.ErrnoException | null } = { error: null };
  const failed = (e: Error | null | undefined): void => {
    if (e) stdout.error ??= e;
  };
  // Without a listener a failed write would be an uncaught exception.
  process.stdout.on('error', failed);
  process.stderr.on('error', () => {});
  // A run bin/dunderlint.js records (src/replay.ts) keeps what it writes.
  const record = recorder();
  const io: Io = {
    ...defaultIo(),
    stdout: (s) => {
      record?.output(1, s);
      if (!stdout.error) process.stdout.write(s, failed);
    },
    stderr: (s) => {
      record?.output(2, s);
      process.stderr.write(s);
    },
  };
  let code = await main(argv, io);
  await new Promise<void>((resolve) => process.stdout.write('', (e) => (failed(e), resolve())));
  if (stdout.error && stdout.error.code !== 'EPIPE') {
    io.stderr(`dunderlint: error: cannot write to stdout: ${stdout.error.code ?? stdout.error.message}\n`);
    code = EXIT_FAILURE;
    record?.discard();
  }
  record?.finish(code);
  await new Promise<void>((resolve) => process.stderr.write('', () => resolve()));
  process.exit(code);
}

function parser(argv: string[]) {
  return yargs(argv)
    .scriptName('dunderlint')
    .usage('$0 [paths..]\n\nLint the package structure of Python projects.\n\nAlso: $0 tree [path]      the package tree as Python sees it\n      $0 debug facts FILE  what the scanner reads from a module\n      $0 server --stdio    a language server for editors')
    // Options go before or after a subcommand alike; after `--`, everything is a path, kept as
    // written (`-- 1e3` names the file 1e3, not 1000).
    .parserConfiguration({ 'populate--': true, 'parse-positional-numbers': false })
    .command('$0 [paths..]', false, (y) => y.positional('paths', { type: 'string', array: true, describe: 'Files or directories' }))
    .command('tree [path]', false, (y) => y.positional('path', { type: 'string' }))
    .command('debug [what] [files..]', false, (y) => y.positional('what', { type: 'string' }).positional('files', { type: 'string', array: true }))
    .command('server', false)
    .option('stdio', { type: 'boolean', default: false, describe: 'dunderlint server: speak LSP over stdin/stdout (what it does anyway; editors pass it)' })
    .option('format', {
      alias: ['f', 'output-format'],
      choices: Object.keys(FORMATTERS),
      default: 'stylish',
      requiresArg: true,
      describe: 'Output format',
    })
    .option('output-file', { requiresArg: true, alias: 'o', type: 'string', describe: 'Write the report in --format to FILE; the console shows stylish' })
    .option('stdin-filename', { requiresArg: true, type: 'string', describe: 'Lint the text on stdin as if it were this file of the project' })
    .option('cache', { type: 'boolean', default: true, describe: 'Cache per-file facts and the project model (--no-cache to disable)' })
    .option('cache-dir', { requiresArg: true, type: 'string', default: '.dunderlint_cache', describe: 'Where the cache lives (relative to the project root)' })
    .option('staged', {
      type: 'boolean',
      default: false,
      describe: 'Lint what the next commit would hold (the git index) and report findings that touch its changes',
    })
    .option('concurrency', {
      type: 'string',
      default: 'auto',
      requiresArg: true,
      describe: 'Worker threads that scan files: auto (one per CPU, for large projects), a number, or off',
    })
    .option('fix', { type: 'boolean', default: false, describe: 'Apply safe fixes' })
    .option('unsafe-fixes', { type: 'boolean', default: false, describe: 'Also apply (or show) unsafe fixes' })
    .option('diff', { type: 'boolean', default: false, describe: 'Show what --fix would change; change nothing' })
    .option('exit-non-zero-on-fix', { type: 'boolean', default: false, describe: 'With --fix, exit 1 when files were changed, even if no problem remains' })
    .option('add-noqa', { type: 'boolean', default: false, describe: 'Suppress every current finding: a "# dunderlint: disable=" comment on its line, else an entry in the [tool.dunderlint] baseline file' })
    // One value per flag (repeat the flag): an array option would swallow the paths after it.
    .option('rule', { requiresArg: true, type: 'string', describe: 'Set a rule severity: id:off|warn|error (repeatable; or id:sev,id:sev)' })
    .option('config', { requiresArg: true, alias: 'c', type: 'string', describe: 'Use this config file' })
    .option('quiet', { alias: 'q', type: 'boolean', default: false, describe: 'Report errors only' })
    .option('max-warnings', { requiresArg: true, type: 'string', default: '-1', describe: 'Exit 1 when there are more warnings than this (-1: no limit)' })
    .option('exit-zero', { alias: 'e', type: 'boolean', default: false, describe: 'Exit 0 even when problems are found' })
    .option('list-rules', { type: 'boolean', default: false, describe: 'List the rules and exit (--format json: as JSON)' })
    .option('statistics', { type: 'boolean', default: false, describe: 'Show how many findings each rule has instead of the findings (--format json: as JSON)' })
    .option('explain', { requiresArg: true, type: 'string', describe: 'Print the documentation of a rule and exit' })
    .option('print-config', { type: 'boolean', default: false, describe: 'Print the resolved configuration and exit' })
    .option('color', { type: 'boolean', describe: 'Colour the output (--no-color to disable; default: on a terminal, or as NO_COLOR/FORCE_COLOR say)' })
    .option('verbose', { type: 'boolean', default: false, describe: 'Say which config was used and what was skipped' })
    .strict()
    .version(VERSION)
    .help()
    .alias('help', 'h')
    .wrap(Math.min(100, process.stdout.columns || 100))
    .exitProcess(false)
    .fail((msg, err) => {
      throw new UsageError((msg ?? err?.message ?? 'invalid arguments').replace(/\s*\n\s*/g, ' '));
    });
}

export async function main(argv: string[], io: Io = defaultIo()): Promise<number> {
  // Everything on stderr is one line per message: names from the project are shown escaped.
  const say = (line: string): void => io.stderr(`${visible(line)}\n`);
  try {
    let helpOrVersion = '';
    const args = (await parser(argv).parseAsync(argv, {}, (_err, _argv, output) => {
      helpOrVersion = output;
    })) as unknown as Args;
    if (helpOrVersion) {
      io.stdout(`${helpOrVersion}\n`);
      return EXIT_CLEAN;
    }
    // A value option given twice is an array in yargs; as in most tools, the last one counts.
    for (const key of SINGLE_VALUE_OPTIONS) {
      const value = args[key];
      if (Array.isArray(value)) (args as unknown as Record<string, unknown>)[key] = value[value.length - 1];
    }
    // Watching what a run reads is wasted on one no later run may replay (a language server's
    // whole life, a --no-cache run over thousands of files).
    if (!mayBeReplayed(args)) recorder()?.discard();
    const afterDashes = args['--'] ?? [];
    if (args._[0] === 'debug') return debug(args, afterDashes, io);
    if (args._[0] === 'tree') return await tree(args, afterDashes, io);
    if (args.stdio && args._[0] !== 'server') throw new UsageError('--stdio is an option of dunderlint server');
    if (args._[0] === 'server') {
      // Loaded only here: the language server's libraries are most of the bundle, and a lint run needs none of them.
      // A server runs for hours: TurboFan, off for short runs (bin/dunderlint.js), pays there.
      optimizeForLongRun();
      (require('./server/server') as typeof import('./server/server')).startServer();
      // The connection ends the process on the client's `exit` (or when stdin closes).
      return await new Promise<never>(() => {});
    }
    const paths = [...(args.paths ?? []), ...afterDashes];
    return await run({ ...args, paths: paths.length ? paths : ['.'] }, io, say);
  } catch (e) {
    if (e instanceof UsageError) {
      say(`dunderlint: error: ${e.message} (see dunderlint --help)`);
      return EXIT_FAILURE;
    }
    if (e instanceof ConfigError) {
      say(`dunderlint: error: ${e.message}`);
      return EXIT_FAILURE;
    }
    io.stderr(`dunderlint: internal error: ${(e as Error)?.stack ?? String(e)}\n`);
    return EXIT_FAILURE;
  }
}

interface Args {
  _: Array<string | number>;
  '--'?: string[];
  paths?: string[];
  path?: string;
  what?: string;
  files?: string[];
  format: string;
  fix: boolean;
  unsafeFixes: boolean;
  diff: boolean;
  exitNonZeroOnFix: boolean;
  addNoqa: boolean;
  rule?: string | string[];
  config?: string;
  quiet: boolean;
  maxWarnings: string;
  exitZero: boolean;
  listRules: boolean;
  statistics: boolean;
  explain?: string;
  printConfig: boolean;
  color?: boolean;
  verbose: boolean;
  stdio: boolean;
  outputFile?: string;
  stdinFilename?: string;
  cache: boolean;
  cacheDir: string;
  staged: boolean;
  concurrency: string;
}

/**
 * Whether a later run of the same command may replay this one's report (src/replay.ts): a plain
 * lint with the facts cache, its report on stdout alone, that changes no file. Not with --verbose:
 * its notes tell what this run did (modules from the cache, scanned).
 */
function mayBeReplayed(args: Args): boolean {
  return (
    args._.length === 0 && args.cache && !args.fix && !args.diff && !args.addNoqa && !args.verbose && args.stdinFilename === undefined &&
    args.outputFile === undefined && !args.statistics && !args.listRules && !args.printConfig && args.explain === undefined
  );
}

const SINGLE_VALUE_OPTIONS = ['format', 'outputFile', 'stdinFilename', 'cacheDir', 'concurrency', 'config', 'maxWarnings', 'explain'] as const;

/** `--rule` as given: repeated, or comma-separated. */
function ruleOverrides(rule: Args['rule']): string[] {
  return (rule === undefined ? [] : Array.isArray(rule) ? rule : [rule]).flatMap((r) => String(r).split(','));
}

function parseMaxWarnings(value: string): number {
  const n = Number(value);
  // -1 (ESLint's default) means no limit.
  if (!/^\s*-?\d+\s*$/.test(value) || !Number.isSafeInteger(n) || n < -1) {
    throw new UsageError(`--max-warnings: expected a whole number (0 or more, or -1 for no limit), got "${value}"`);
  }
  return n;
}

/**
 * Colour: --color/--no-color, else FORCE_COLOR when set and not empty ("0" and "false" turn it
 * off, as in chalk and Node), else none when NO_COLOR is set and not empty (no-color.org),
 * NODE_DISABLE_COLORS is set (Node's own), or the terminal is dumb, else when stdout is a terminal.
 */
export function wantsColor(flag: boolean | undefined, env: NodeJS.ProcessEnv, isTTY: boolean): boolean {
  if (flag !== undefined) return flag;
  const force = env['FORCE_COLOR'];
  if (force) return force !== '0' && force !== 'false';
  if (env['NO_COLOR'] || env['NODE_DISABLE_COLORS']) return false;
  return isTTY && env['TERM'] !== 'dumb';
}

/**
 * OSC 8 links on rule ids: FORCE_HYPERLINK says (0 or false: off; as supports-hyperlinks reads it),
 * else on a coloured terminal outside CI, where the escape would end up in a log.
 */
export function wantsHyperlinks(color: boolean, env: NodeJS.ProcessEnv, isTTY: boolean): boolean {
  const force = env['FORCE_HYPERLINK'];
  if (force) return force !== '0' && force !== 'false';
  return color && isTTY && !env['CI'] && env['TERM'] !== 'dumb';
}

function parseConcurrency(value: string): Concurrency {
  if (value === 'auto') return 'auto';
  if (value === 'off') return 1;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--concurrency: expected auto, off or a positive whole number, got "${value}"`);
  return n;
}

async function run(args: Args & { paths: string[] }, io: Io, say: (line: string) => void): Promise<number> {
  const maxWarnings = parseMaxWarnings(args.maxWarnings);
  if (args.fix && args.diff) throw new UsageError('--fix and --diff cannot be used together');
  if (args.listRules) {
    io.stdout(ruleList(await knownRules(args, io), args.format === 'json'));
    return EXIT_CLEAN;
  }
  if (args.explain !== undefined) return explain(args.explain, await knownRules(args, io), io);
  if (args.stdinFilename !== undefined && (args.fix || args.diff || args.staged)) {
    throw new UsageError('--stdin-filename cannot be used with --fix, --diff or --staged');
  }
  // Fixes edit the work tree, and the staged content is not there to edit.
  if (args.staged && (args.fix || args.diff)) throw new UsageError('--staged cannot be used with --fix or --diff');
  if (args.addNoqa && (args.fix || args.diff || args.staged || args.stdinFilename !== undefined)) {
    throw new UsageError('--add-noqa cannot be used with --fix, --diff, --staged or --stdin-filename');
  }
  if (args.stdinFilename !== undefined) checkStdinFilename(args.stdinFilename, io.cwd);
  const options = {
    cwd: io.cwd,
    paths: args.paths,
    ruleOverrides: ruleOverrides(args.rule),
    fix: args.fix,
    unsafeFixes: args.unsafeFixes,
    diff: args.diff,
    staged: args.staged,
    addNoqa: args.addNoqa,
    concurrency: parseConcurrency(args.concurrency),
    ...(args.config !== undefined ? { configFile: args.config } : {}),
    cacheDir: cacheDir(args, io),
    ...(args.stdinFilename !== undefined ? { stdin: { path: args.stdinFilename, text: await io.readStdin() } } : {}),
  };

  if (args.printConfig) {
    const root = path.resolve(io.cwd, args.paths[0] ?? '.');
    if (!fs.existsSync(root)) throw new ConfigError(`${args.paths[0]}: no such file or directory`);
    // The project a lint run there reads: the nearest config's folder, else the git work tree.
    const { root: dir, config, loaded } = await loadProjectAt(io.cwd, root, fs.statSync(root).isDirectory(), options);
    const shown = {
      file: config.file ? path.relative(io.cwd, config.file) || path.basename(config.file) : null,
      // Paths in `projects` and `exclusions` are relative to it.
      root: `${path.relative(io.cwd, dir).split(path.sep).join('/') || '.'}/`,
      rules: Object.fromEntries(
        [...config.rules].map(([id, s]) => [id, Object.keys(s.options).length ? [s.level, s.options] : s.level]),
      ),
      exclude: config.exclude,
      exclusions: [...ownExclusions(config, dir), ...loaded.foreignExclusions],
      'per-file-ignores': Object.fromEntries(config.perFileIgnores.map((p) => [p.pattern, p.rules])),
      src: config.src,
      'namespace-packages': config.namespacePackages,
      plugins: config.plugins,
      baseline: config.baseline ? path.relative(io.cwd, config.baseline) || path.basename(config.baseline) : null,
      projects: describeProjects(loaded.project),
    };
    io.stdout(`${JSON.stringify(shown, null, 2)}\n`);
    return EXIT_CLEAN;
  }

  const result = await lint(options);
  for (const w of result.warnings) say(`dunderlint: warning: ${w}`);
  if (args.verbose) for (const n of result.notes) say(`dunderlint: ${n}`);

  if (args.addNoqa) {
    // As ruff's --add-noqa: a count, and exit 0; the findings are suppressed, not shown.
    const n = result.addedNoqa;
    io.stderr(`Added ${n} noqa directive${n === 1 ? '' : 's'}.\n`);
    const b = result.addedToBaseline;
    if (b) io.stderr(`Added ${b} finding${b === 1 ? '' : 's'} to the baseline file.\n`);
    for (const e of result.fixErrors) say(`dunderlint: error: ${e}`);
    for (const c of result.crashes) say(`dunderlint: error: rule ${c.rule} crashed on ${c.message}`);
    return result.crashes.length || result.fixErrors.length ? EXIT_FAILURE : EXIT_CLEAN;
  }

  if (args.diff) {
    io.stdout(result.diff);
    const n = result.fixed.length;
    io.stderr(n ? `Would fix ${n} problem${n === 1 ? '' : 's'}.\n` : 'No fixes available.\n');
    for (const c of result.crashes) sayCrash(c, args.verbose, say);
    if (result.crashes.length) return EXIT_FAILURE;
    return n ? EXIT_PROBLEMS : EXIT_CLEAN;
  }

  // A rule that threw leaves the report incomplete: the report says so itself, for whoever reads only it.
  const all = [...result.crashes.map(internalError), ...result.diagnostics];
  const diagnostics = args.quiet ? all.filter((d) => d.severity === 'error') : all;
  const color = wantsColor(args.color, io.env, io.isTTY);
  const links = wantsHyperlinks(color, io.env, io.isTTY);
  const report = { diagnostics, files: result.files, color, links, hiddenUnsafeFixes: result.hiddenUnsafeFixes, cwd: io.cwd };
  if (args.statistics) {
    io.stdout(statistics(diagnostics, result.rules, args.format === 'json'));
  } else if (args.outputFile !== undefined) {
    // A report file for CI, and the usual view on the console.
    const file = path.resolve(io.cwd, args.outputFile);
    try {
      fs.writeFileSync(file, formatter(args.format, result.rules)({ ...report, color: false, links: false }));
    } catch (e) {
      throw new ConfigError(`--output-file ${args.outputFile}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
    io.stdout(FORMATTERS['stylish']!(report));
  } else {
    io.stdout(formatter(args.format, result.rules)(report));
    // A report on stdout alone, of a run that changed nothing: the next run may replay it.
    if (result.cacheFiles && mayBeReplayed(args) && !result.crashes.length) recorder()?.replayable(result.cacheFiles);
  }
  // After a failed apply, the errors say what was fixed and what was not.
  if (args.fix && result.fixed.length && !result.fixErrors.length) {
    const n = result.fixed.length;
    io.stderr(`Fixed ${n} problem${n === 1 ? '' : 's'}.\n`);
  }
  for (const e of result.fixErrors) say(`dunderlint: error: ${e}`);
  for (const c of result.crashes) sayCrash(c, args.verbose, say);
  if (result.crashes.length || result.fixErrors.length) return EXIT_FAILURE;
  if (args.exitZero) return EXIT_CLEAN;
  // ruff's flag: a pre-commit hook with --fix must block the commit whose files it just changed.
  if (args.fix && args.exitNonZeroOnFix && result.fixed.length) return EXIT_PROBLEMS;
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  if (errors) return EXIT_PROBLEMS;
  if (maxWarnings >= 0 && warnings > maxWarnings) {
    io.stderr(`dunderlint found too many warnings (maximum: ${maxWarnings}).\n`);
    return EXIT_PROBLEMS;
  }
  return EXIT_CLEAN;
}

/** The Python projects under a folder, their import roots and what setuptools would ship. */
/** `exclude` as this run applies it: the default list (unless the config replaced it), then the config's lists. */
function ownExclusions(config: ResolvedConfig, root: string): Exclusion[] {
  const file = config.file ? path.relative(root, config.file).split(path.sep).join('/') || path.basename(config.file) : '';
  const where = file && path.basename(file) === 'pyproject.toml' ? `${file} [tool.dunderlint]` : file;
  const { exclude, extendExclude } = config.written;
  const glob = (source: string) => (pattern: string): Exclusion => ({ pattern, kind: 'glob', source });
  return [
    ...(exclude ? exclude.map(glob(`${where} exclude`)) : DEFAULT_EXCLUDE.map(glob('default'))),
    ...extendExclude.map(glob(`${where} extend-exclude`)),
  ];
}

function describeProjects(project: Project) {
  return layoutOf(project).projects.map((p) => {
    const wheel = wheelPackages(p);
    return {
      dir: `${p.dir.path || '.'}/`,
      metadata: p.metadataFile,
      backend: p.config.backend,
      name: p.config.name,
      roots: p.roots.map((r) => `${r.path || '.'}/`),
      ...(wheel ? { wheel: { setting: wheel.setting, packages: [...wheel.packages.keys()] } } : {}),
    };
  });
}

function cacheDir(args: Args, io: Io): string | false {
  return args.cache && !io.env['DUNDERLINT_NO_CACHE'] ? args.cacheDir : false;
}

/** `--stdin-filename` names the file the buffer stands for: a file name, never a folder. */
function checkStdinFilename(name: string, cwd: string): void {
  if (name === '') throw new UsageError('--stdin-filename: expected the path of a file, got ""');
  let isDirectory = /[/\\]$/.test(name);
  try {
    isDirectory ||= fs.statSync(path.resolve(cwd, name)).isDirectory();
  } catch {
    // A file not saved yet: lint lints it within its folder.
  }
  if (isDirectory) throw new UsageError(`--stdin-filename ${name}: is a directory; name the file the text on stdin stands for`);
}

/** `tree [path]`: the package tree as Python sees it. */
async function tree(args: Args, afterDashes: string[], io: Io): Promise<number> {
  const given = [...(args.path !== undefined ? [args.path] : []), ...afterDashes];
  if (given.length > 1) throw new UsageError('usage: dunderlint tree [path]');
  const target = given[0] ?? '.';
  const abs = path.resolve(io.cwd, target);
  if (!fs.existsSync(abs) || !fs.statSync(abs).isDirectory()) throw new ConfigError(`${target}: no such directory`);
  io.stdout(
    await renderTree(io.cwd, target, {
      ruleOverrides: ruleOverrides(args.rule),
      // A view of the project: it leaves no cache behind (--no-cache and --cache-dir are accepted).
      cacheDir: false,
      concurrency: parseConcurrency(args.concurrency),
      ...(args.config !== undefined ? { configFile: args.config } : {}),
    }),
  );
  return EXIT_CLEAN;
}

/** Developer views of the pipeline's intermediate data; `debug facts FILE…` for now. */
function debug(args: Args, afterDashes: string[], io: Io): number {
  const files = [...(args.files ?? []), ...afterDashes];
  if (args.what !== 'facts' || files.length === 0) throw new UsageError('usage: dunderlint debug facts FILE…');
  for (const f of files) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(path.resolve(io.cwd, f));
    } catch (e) {
      throw new ConfigError(`${f}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : `cannot read (${(e as NodeJS.ErrnoException).code})`}`);
    }
    if (stat.isDirectory()) throw new ConfigError(`${f}: is a directory; debug facts reads Python files`);
  }
  let out: string;
  try {
    out = debugFacts(files.map((f) => path.resolve(io.cwd, f)));
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (!err.code || !err.path) throw e;
    throw new ConfigError(`${path.relative(io.cwd, err.path)}: cannot read (${err.code})`);
  }
  io.stdout(out);
  return EXIT_CLEAN;
}

/** The built-in rules and those of the plugins the config of the first path (or `.`) names. */
async function knownRules(args: Args & { paths: string[] }, io: Io): Promise<readonly Rule[]> {
  const abs = path.resolve(io.cwd, args.paths[0] ?? '.');
  const dir = fs.existsSync(abs) && !fs.statSync(abs).isDirectory() ? path.dirname(abs) : abs;
  if (!fs.existsSync(dir)) throw new ConfigError(`${args.paths[0]}: no such file or directory`);
  const options: LintOptions = { ruleOverrides: ruleOverrides(args.rule), ...(args.config !== undefined ? { configFile: args.config } : {}) };
  return (await resolveConfig(io.cwd, dir, options, builtinRules)).ruleSet;
}

function explain(id: string, rules: readonly Rule[], io: Io): number {
  const rule = rules.find((r) => r.id === id);
  if (!rule) throw new ConfigError(`--explain ${id}: unknown rule${suggest(id, rules.map((r) => r.id))}`);
  const page = path.join(RULE_DOCS, `${id}.md`);
  if (builtinRules.includes(rule) && fs.existsSync(page)) {
    io.stdout(fs.readFileSync(page, 'utf8'));
    return EXIT_CLEAN;
  }
  // A plugin's rule: what its meta says.
  const { description, docs, fixable, defaultSeverity } = rule.meta;
  const plugin = pluginOf(rule);
  const lines = [`# ${id}`, '', description, ''];
  if (docs?.text) lines.push(docs.text.trim(), '');
  lines.push(`Default severity: ${defaultSeverity}. Fix: ${fixable ?? 'none'}.${plugin ? ` From plugin ${plugin}.` : ''}`);
  if (docs?.url) lines.push(`More: ${docs.url}`);
  io.stdout(`${lines.join('\n')}\n`);
  return EXIT_CLEAN;
}

function crashText(c: RuleCrash): string {
  return `rule ${c.rule}${c.plugin !== undefined ? ` (plugin "${c.plugin}")` : ''} crashed on ${c.message}`;
}

/** One line; the stack only with --verbose, for whoever debugs the rule. */
function sayCrash(c: RuleCrash, verbose: boolean, say: (line: string) => void): void {
  say(`dunderlint: error: ${crashText(c)}`);
  if (verbose && c.stack) for (const line of c.stack.split('\n')) say(`dunderlint:   ${line}`);
}

function internalError(c: RuleCrash): Diagnostic {
  return {
    rule: 'internal-error',
    severity: 'error',
    message: `${crashText(c)}; the findings of this rule are missing from the report`,
    location: fileStart(c.path ?? '.'),
    fix: null,
    related: [],
  };
}

/** SARIF describes each rule: the plugins' rules too. */
function formatter(format: string, rules: readonly Rule[]) {
  return format === 'sarif' ? sarifFor(new Map(rules.map((r) => [r.id, r]))) : FORMATTERS[format]!;
}

if (require.main === module) void runAndExit(process.argv.slice(2));
