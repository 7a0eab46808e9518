#!/usr/bin/env node
/**
 * How much of a run is V8 compiling our code, and what the ways of paying that once buy: the
 * scanner's first pass over a project in a fresh process (MB/s, next to its second pass in the same
 * process) and the CPU time of a whole `dunderlint . -f json --no-cache --concurrency 1`, for several
 * ways of starting it (variants), in interleaved rounds (round i runs every variant once, in an order
 * rotated by i); medians, and the median of the per-round CPU ratios to the first variant.
 *
 * Usage:
 *   node bench/jit.js [checkout ...] [--modules 20000] [--rounds 5] [--variants nocache,codecache]
 * With no checkout, a generated project (bench/generate.js) of --modules modules. Variants:
 *   nocache    bin/dunderlint.js with DUNDERLINT_CODE_CACHE=0: the bundle through require()
 *   codecache  bin/dunderlint.js with its code cache written (by one unmeasured run) and read
 *   maglev     nocache plus --maglev: V8's mid-tier optimizing compiler (off by default in Node 20)
 *   sparkplug  nocache plus --always-sparkplug: baseline machine code for every function at once
 *   eager      nocache plus --no-lazy-feedback-allocation: feedback from the first call, earlier tier-up
 *   snapshot   a start-up snapshot of the loaded bundle (node --snapshot-blob, built here), run as
 *              `node --snapshot-blob B --no-turbo-inlining`: what a #!/bin/sh launcher would start
 * The scan rows load the scanner as one esbuild bundle, through require() or the launcher's code cache.
 * Internal: `node bench/jit.js --scan-child <scanner bundle> <dir>` prints the pass times as JSON.
 */
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execFileSync, spawnSync } = require('node:child_process');

const ROOT = path.join(__dirname, '..');
const BIN = path.join(ROOT, 'bin', 'dunderlint.js');
/** V8 flags per variant, on the node command line. */
const FLAGS = { nocache: [], codecache: [], maglev: ['--maglev'], sparkplug: ['--always-sparkplug'], eager: ['--no-lazy-feedback-allocation'] };
const CODE_CACHE = { codecache: '' };

const pythonFiles = (dir) =>
  execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: dir, maxBuffer: 1 << 30 })
    .toString('utf8')
    .split('\0')
    .filter((f) => f.endsWith('.py') || f.endsWith('.pyi'));

if (process.argv[2] === '--scan-child') {
  // The launcher's flag, set before the scanner compiles, as bin/dunderlint.js does.
  require('node:v8').setFlagsFromString('--no-turbo-inlining');
  const { scanModule, decodeSource } = require(path.join(ROOT, 'bin', 'code-cache.js')).load(process.argv[3]);
  const dir = process.argv[4];
  const buffers = [];
  for (const f of pythonFiles(dir)) {
    try {
      buffers.push(fs.readFileSync(path.join(dir, f)));
    } catch {
      // listed but deleted
    }
  }
  const bytes = buffers.reduce((n, b) => n + b.length, 0);
  const pass = () => {
    const start = process.hrtime.bigint();
    for (const b of buffers) {
      const d = decodeSource(b);
      if (!d.error) scanModule(d.text);
    }
    return Number(process.hrtime.bigint() - start) / 1e9;
  };
  const first = pass();
  const second = pass();
  process.stdout.write(JSON.stringify({ bytes, first, second }));
  process.exit(0);
}

const yargs = require('yargs');
const { generate, commitAll } = require('./generate');
const { requireTime, measure, median } = require('./measure');

const argv = yargs(process.argv.slice(2))
  .usage('$0 [checkout ...]')
  .option('modules', { type: 'number', default: 20000, describe: 'Modules of the generated project (without a checkout)' })
  .option('rounds', { type: 'number', default: 5, describe: 'Interleaved rounds' })
  .option('variants', { type: 'string', default: 'nocache,codecache', describe: 'Comma-separated: nocache, codecache, maglev, sparkplug, eager, snapshot' })
  .strictOptions()
  .parseSync();

requireTime();
const variants = argv.variants.split(',');
for (const v of variants) if (!(v in FLAGS) && v !== 'snapshot') throw new Error(`unknown variant ${v}`);
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'dunderlint-jit-'));
const xdg = path.join(work, 'xdg');
const blob = path.join(work, 'cli.blob');

/** The scanner alone as one CommonJS file, as the CLI's bundle holds it. */
function scannerBundle() {
  const entry = path.join(work, 'scanner-entry.js');
  const out = path.join(work, 'scanner.js');
  fs.writeFileSync(entry, `module.exports = { scanModule: require(${JSON.stringify(path.join(ROOT, 'dist/src/python/facts'))}).scanModule, decodeSource: require(${JSON.stringify(path.join(ROOT, 'dist/src/python/source'))}).decodeSource };\n`);
  require('esbuild').buildSync({ entryPoints: [entry], bundle: true, platform: 'node', target: 'node20', outfile: out, logLevel: 'warning' });
  return out;
}

/** A start-up snapshot with the CLI bundle loaded; its main function runs the CLI. */
function buildSnapshot() {
  const entry = path.join(work, 'snapshot-entry.js');
  const bundle = path.join(ROOT, 'dist', 'bundle', 'cli.js');
  fs.writeFileSync(
    entry,
    `'use strict';
require('node:v8').setFlagsFromString('--no-turbo-inlining');
const file = ${JSON.stringify(bundle)};
// Only built-in modules can be required while building a snapshot: the bundle needs no other.
const wrapped = (0, eval)(require('node:module').wrap(require('node:fs').readFileSync(file, 'utf8')));
const mod = { exports: {} };
wrapped(mod.exports, require, mod, file, require('node:path').dirname(file));
require('node:v8').startupSnapshot.setDeserializeMainFunction(() => mod.exports.runAndExit(process.argv.slice(2)));
`,
  );
  const r = spawnSync(process.execPath, ['--snapshot-blob', blob, '--build-snapshot', entry], { cwd: work, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`cannot build the snapshot: ${r.stderr}`);
}

/** Runs `fn` with the environment of `variant` (the code cache on or off, in a folder of its own). */
function withEnv(variant, fn) {
  const saved = { DUNDERLINT_CODE_CACHE: process.env.DUNDERLINT_CODE_CACHE, XDG_CACHE_HOME: process.env.XDG_CACHE_HOME };
  process.env.DUNDERLINT_CODE_CACHE = variant in CODE_CACHE ? '' : '0';
  process.env.XDG_CACHE_HOME = xdg;
  try {
    return fn();
  } finally {
    for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
}

const cliArgs = (variant) => (variant === 'snapshot' ? ['--snapshot-blob', blob, '--no-turbo-inlining', BIN] : [...FLAGS[variant], BIN]);
const LINT = ['.', '-f', 'json', '--no-cache', '--concurrency', '1'];

try {
  const scanner = scannerBundle();
  if (variants.includes('snapshot')) buildSnapshot();
  const targets = argv._.map((p) => path.resolve(String(p)));
  if (targets.length === 0) {
    const dir = path.join(work, `generated-${argv.modules}`);
    fs.mkdirSync(dir);
    generate(dir, { modules: argv.modules });
    commitAll(dir);
    targets.push(dir);
  }
  for (const dir of targets) {
    // Not measured: writes the code caches (the CLI's and the scanner's) the codecache rows read.
    withEnv('codecache', () => {
      measure(cliArgs('codecache').concat(LINT), dir, [0, 1]);
      execFileSync(process.execPath, [__filename, '--scan-child', scanner, dir]);
    });
    const scan = Object.fromEntries(variants.map((v) => [v, []]));
    const e2e = Object.fromEntries(variants.map((v) => [v, []]));
    let bytes = 0;
    for (let round = 0; round < argv.rounds; round++) {
      for (let k = 0; k < variants.length; k++) {
        const v = variants[(k + round) % variants.length];
        withEnv(v, () => {
          if (v !== 'snapshot') {
            const r = spawnSync(process.execPath, [...FLAGS[v], __filename, '--scan-child', scanner, dir], { encoding: 'utf8', maxBuffer: 1 << 26 });
            if (r.status !== 0) throw new Error(`scan child (${v}) failed: ${r.stderr}`);
            const res = JSON.parse(r.stdout);
            bytes = res.bytes;
            scan[v].push(res);
          }
          e2e[v].push(measure(cliArgs(v).concat(LINT), dir, [0, 1]));
        });
      }
      process.stderr.write(`${path.basename(dir)}: round ${round + 1}/${argv.rounds}\n`);
    }
    const mb = bytes / 1e6;
    const base = variants[0];
    console.log(`\n${dir}: ${mb.toFixed(1)} MB of Python; medians of ${argv.rounds} rounds; node ${process.version}; load ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}`);
    console.log(`${'variant'.padEnd(10)} ${'1st pass MB/s'.padStart(14)} ${'2nd pass MB/s'.padStart(14)} ${'--no-cache CPU s'.padStart(17)} ${'wall s'.padStart(7)} ${`CPU ÷ ${base}`.padStart(16)}`);
    for (const v of variants) {
      const rate = (field) => (scan[v].length ? (mb / median(scan[v].map((x) => x[field]))).toFixed(1) : '-');
      const cpu = median(e2e[v].map((x) => x.cpu)).toFixed(2);
      const wall = median(e2e[v].map((x) => x.wall)).toFixed(2);
      const ratio = median(e2e[v].map((x, i) => x.cpu / e2e[base][i].cpu)).toFixed(2);
      console.log(`${v.padEnd(10)} ${rate('first').padStart(14)} ${rate('second').padStart(14)} ${cpu.padStart(17)} ${wall.padStart(7)} ${ratio.padStart(16)}`);
    }
  }
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
