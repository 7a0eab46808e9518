/** argv → lint() → formatter → exit code. The only place that decides how the process ends. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import yargs from 'yargs';
import { builtinRules } from '../rules';
import { ConfigError, suggest } from './config/config';
import { debugFacts } from './debug';
import { FORMATTERS } from './format/format';
import { lint, resolveConfig } from './lint';
import { RULE_DOCS, VERSION } from './package-info';
import { renderTree } from './tree';
import { gitToplevel } from './host/git';
import { wheelPackages } from './project/backends/setuptools';
import { layoutOf } from './project/layout';
import type { Concurrency } from './project/modules';
import { loadProject } from './project/project';

export const EXIT_CLEAN = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_FAILURE = 2;


class UsageError extends Error {}

interface Io {
  readStdin: () => Promise<string>;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  isTTY: boolean;
  cwd: string;
}

const defaultIo = (): Io => ({
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  },
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  isTTY: Boolean(process.stdout.isTTY),
  cwd: process.cwd(),
});

function parser(argv: string[]) {
  return yargs(argv)
    .scriptName('dunderlint')
    .usage('$0 [paths..]\n\nLint the package structure of Python projects.\n\nAlso: $0 tree [path]      the package tree as Python sees it\n      $0 debug facts FILE  what the scanner reads from a module')
    .command('$0 [paths..]', false)
    .positional('paths', { type: 'string', array: true, default: ['.'], describe: 'Files or directories' })
    .option('format', {
      alias: ['f', 'output-format'],
      choices: Object.keys(FORMATTERS),
      default: 'stylish',
      describe: 'Output format',
    })
    .option('output-file', { alias: 'o', type: 'string', describe: 'Write the report in --format to FILE; the console shows stylish' })
    .option('stdin-filename', { type: 'string', describe: 'Lint the text on stdin as if it were this file of the project' })
    .option('cache', { type: 'boolean', default: true, describe: 'Cache per-file facts (--no-cache to disable)' })
    .option('cache-dir', { type: 'string', default: '.dunderlint_cache', describe: 'Where the cache lives (relative to the linted folder)' })
    .option('staged', {
      type: 'boolean',
      default: false,
      describe: 'Lint what the next commit would hold (the git index) and report findings that touch its changes',
    })
    .option('concurrency', {
      type: 'string',
      default: 'auto',
      describe: 'Worker threads that scan files: auto (one per CPU, for large projects), a number, or off',
    })
    .option('fix', { type: 'boolean', default: false, describe: 'Apply safe fixes' })
    .option('unsafe-fixes', { type: 'boolean', default: false, describe: 'Also apply (or show) unsafe fixes' })
    .option('diff', { type: 'boolean', default: false, describe: 'Show what --fix would change; change nothing' })
    .option('rule', { type: 'string', array: true, default: [], describe: 'Set a rule severity: id:off|warn|error' })
    .option('config', { alias: 'c', type: 'string', describe: 'Use this config file' })
    .option('quiet', { alias: 'q', type: 'boolean', default: false, describe: 'Report errors only' })
    .option('max-warnings', { type: 'number', default: -1, describe: 'Exit 1 when there are more warnings than this' })
    .option('exit-zero', { alias: 'e', type: 'boolean', default: false, describe: 'Exit 0 even when problems are found' })
    .option('list-rules', { type: 'boolean', default: false, describe: 'List the rules and exit' })
    .option('explain', { type: 'string', describe: 'Print the documentation of a rule and exit' })
    .option('print-config', { type: 'boolean', default: false, describe: 'Print the resolved configuration and exit' })
    .option('color', { type: 'boolean', describe: 'Colour the output (--no-color to disable)' })
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
  try {
    if (argv[0] === 'debug') return debug(argv.slice(1), io);
    if (argv[0] === 'tree') return await tree(argv.slice(1), io);
    let helpOrVersion = '';
    const args = await parser(argv).parseAsync(argv, {}, (_err, _argv, output) => {
      helpOrVersion = output;
    });
    if (helpOrVersion) {
      io.stdout(`${helpOrVersion}\n`);
      return EXIT_CLEAN;
    }
    return await run(args as unknown as Args, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`dunderlint: error: ${e.message} (see dunderlint --help)\n`);
      return EXIT_FAILURE;
    }
    if (e instanceof ConfigError) {
      io.stderr(`dunderlint: error: ${e.message}\n`);
      return EXIT_FAILURE;
    }
    io.stderr(`dunderlint: internal error: ${(e as Error)?.stack ?? String(e)}\n`);
    return EXIT_FAILURE;
  }
}

interface Args {
  paths: string[];
  format: string;
  fix: boolean;
  unsafeFixes: boolean;
  diff: boolean;
  rule: string[];
  config?: string;
  quiet: boolean;
  maxWarnings: number;
  exitZero: boolean;
  listRules: boolean;
  explain?: string;
  printConfig: boolean;
  color?: boolean;
  verbose: boolean;
  outputFile?: string;
  stdinFilename?: string;
  cache: boolean;
  cacheDir: string;
  staged: boolean;
  concurrency: string;
}

function parseConcurrency(value: string): Concurrency {
  if (value === 'auto') return 'auto';
  if (value === 'off') return 1;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--concurrency: expected auto, off or a positive whole number, got "${value}"`);
  return n;
}

async function run(args: Args, io: Io): Promise<number> {
  if (args.fix && args.diff) throw new UsageError('--fix and --diff cannot be used together');
  if (args.listRules) {
    const w = Math.max(...builtinRules.map((r) => r.id.length));
    for (const r of builtinRules) {
      const fix = r.meta.fixable ? `fix:${r.meta.fixable}` : '';
      io.stdout(`${r.id.padEnd(w)}  ${r.meta.defaultSeverity.padEnd(5)}  ${fix.padEnd(10)}  ${r.meta.description}\n`);
    }
    return EXIT_CLEAN;
  }
  if (args.explain !== undefined) return explain(args.explain, io);
  if (args.stdinFilename !== undefined && (args.fix || args.diff || args.staged)) {
    throw new UsageError('--stdin-filename cannot be used with --fix, --diff or --staged');
  }
  // Fixes edit the work tree, and the staged content is not there to edit.
  if (args.staged && (args.fix || args.diff)) throw new UsageError('--staged cannot be used with --fix or --diff');
  const options = {
    cwd: io.cwd,
    paths: args.paths,
    ruleOverrides: args.rule,
    fix: args.fix,
    unsafeFixes: args.unsafeFixes,
    diff: args.diff,
    staged: args.staged,
    concurrency: parseConcurrency(args.concurrency),
    ...(args.config !== undefined ? { configFile: args.config } : {}),
    cacheDir: args.cache && !process.env['DUNDERLINT_NO_CACHE'] ? args.cacheDir : (false as const),
    ...(args.stdinFilename !== undefined ? { stdin: { path: args.stdinFilename, text: await io.readStdin() } } : {}),
  };

  if (args.printConfig) {
    const root = path.resolve(io.cwd, args.paths[0] ?? '.');
    const dir = fs.existsSync(root) && fs.statSync(root).isDirectory() ? root : path.dirname(root);
    const config = resolveConfig(io.cwd, dir, options, builtinRules);
    const shown = {
      file: config.file ? path.relative(io.cwd, config.file) || path.basename(config.file) : null,
      rules: Object.fromEntries(
        [...config.rules].map(([id, s]) => [id, Object.keys(s.options).length ? [s.level, s.options] : s.level]),
      ),
      exclude: config.exclude,
      'per-file-ignores': Object.fromEntries(config.perFileIgnores.map((p) => [p.pattern, p.rules])),
      src: config.src,
      'namespace-packages': config.namespacePackages,
      projects: await describeProjects(dir, config),
    };
    io.stdout(`${JSON.stringify(shown, null, 2)}\n`);
    return EXIT_CLEAN;
  }

  const result = await lint(options);
  for (const w of result.warnings) io.stderr(`dunderlint: warning: ${w}\n`);
  if (args.verbose) for (const n of result.notes) io.stderr(`dunderlint: ${n}\n`);

  if (args.diff) {
    io.stdout(result.diff);
    const n = result.fixed.length;
    io.stderr(n ? `Would fix ${n} problem${n === 1 ? '' : 's'}.\n` : 'No fixes available.\n');
    for (const c of result.crashes) io.stderr(`dunderlint: error: rule ${c.rule} crashed on ${c.message}\n`);
    if (result.crashes.length) return EXIT_FAILURE;
    return n ? EXIT_PROBLEMS : EXIT_CLEAN;
  }

  const diagnostics = args.quiet ? result.diagnostics.filter((d) => d.severity === 'error') : result.diagnostics;
  const color =
    args.color ?? (io.isTTY && !process.env['NO_COLOR'] && process.env['TERM'] !== 'dumb' ? true : Boolean(process.env['FORCE_COLOR']));
  const report = { diagnostics, files: result.files, color, hiddenUnsafeFixes: result.hiddenUnsafeFixes, cwd: io.cwd };
  if (args.outputFile !== undefined) {
    // A report file for CI, and the usual view on the console.
    const file = path.resolve(io.cwd, args.outputFile);
    try {
      fs.writeFileSync(file, FORMATTERS[args.format]!({ ...report, color: false }));
    } catch (e) {
      throw new ConfigError(`--output-file ${args.outputFile}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
    io.stdout(FORMATTERS['stylish']!(report));
  } else {
    io.stdout(FORMATTERS[args.format]!(report));
  }
  // After a failed apply, the errors say what was fixed and what was not.
  if (args.fix && result.fixed.length && !result.fixErrors.length) {
    const n = result.fixed.length;
    io.stderr(`Fixed ${n} problem${n === 1 ? '' : 's'}.\n`);
  }
  for (const e of result.fixErrors) io.stderr(`dunderlint: error: ${e}\n`);
  for (const c of result.crashes) io.stderr(`dunderlint: error: rule ${c.rule} crashed on ${c.message}\n`);
  if (result.crashes.length || result.fixErrors.length) return EXIT_FAILURE;
  if (args.exitZero) return EXIT_CLEAN;
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  if (errors) return EXIT_PROBLEMS;
  if (args.maxWarnings >= 0 && warnings > args.maxWarnings) {
    io.stderr(`dunderlint found too many warnings (maximum: ${args.maxWarnings}).\n`);
    return EXIT_PROBLEMS;
  }
  return EXIT_CLEAN;
}

/** The Python projects under a folder, their import roots and what setuptools would ship. */
async function describeProjects(dir: string, config: ReturnType<typeof resolveConfig>) {
  const { project } = await loadProject(dir, config, gitToplevel(dir));
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

/** `tree [path]`: the package tree as Python sees it. */
async function tree(args: string[], io: Io): Promise<number> {
  if (args.length > 1 || args.some((a) => a.startsWith('-'))) throw new UsageError('usage: dunderlint tree [path]');
  const target = args[0] ?? '.';
  const abs = path.resolve(io.cwd, target);
  if (!fs.existsSync(abs) || !fs.statSync(abs).isDirectory()) throw new ConfigError(`${target}: no such directory`);
  io.stdout(await renderTree(io.cwd, target));
  return EXIT_CLEAN;
}

/** Developer views of the pipeline's intermediate data; `debug facts FILE…` for now. */
function debug(args: string[], io: Io): number {
  const [what, ...files] = args;
  if (what !== 'facts' || files.length === 0) throw new UsageError('usage: dunderlint debug facts FILE…');
  for (const f of files) {
    if (!fs.existsSync(path.resolve(io.cwd, f))) throw new ConfigError(`${f}: no such file`);
  }
  io.stdout(debugFacts(files.map((f) => path.resolve(io.cwd, f))));
  return EXIT_CLEAN;
}

function explain(id: string, io: Io): number {
  const ids = builtinRules.map((r) => r.id);
  if (!ids.includes(id)) throw new ConfigError(`--explain ${id}: unknown rule${suggest(id, ids)}`);
  io.stdout(fs.readFileSync(path.join(RULE_DOCS, `${id}.md`), 'utf8'));
  return EXIT_CLEAN;
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
