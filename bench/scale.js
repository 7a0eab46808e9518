#!/usr/bin/env node
/**
 * How dunderlint's cost grows with the size of a project: generated projects of 1k, 10k, 50k and
 * 100k modules (200k with --huge), a flat folder of 50k modules and a 500-deep tree of 50k modules,
 * each linted --no-cache, cold (empty cache) and warm (cache current) with `--concurrency off` and
 * `auto`. Prints CPU time per module and peak RSS for each; a linear cost shows as a per-module
 * figure that stays roughly constant. Nothing is asserted: the machine may be shared and noisy.
 *
 * Usage: node bench/scale.js [--sizes 1000,10000,50000,100000] [--huge] [--modes off,auto]
 *                            [--shapes packages,flat,deep] [--rounds 1] [--git]
 * Projects are plain folders (discovery walks them) unless --git commits them first.
 */
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const yargs = require('yargs');
const { generate, commitAll } = require('./generate');
const { requireTime, measure, median } = require('./measure');

const list = (s) => String(s).split(',').filter(Boolean);
const argv = yargs(process.argv.slice(2))
  .option('sizes', { type: 'string', default: '1000,10000,50000,100000', describe: 'Module counts of the packages shape' })
  .option('huge', { type: 'boolean', default: false, describe: 'Also 200,000 modules (slow; about 1.3 GB of files)' })
  .option('modes', { type: 'string', default: 'off,auto', describe: 'Values of --concurrency' })
  .option('shapes', { type: 'string', default: 'packages,flat,deep', describe: 'flat and deep run at --other-size modules' })
  .option('other-size', { type: 'number', default: 50000, describe: 'Modules of the flat and deep projects' })
  .option('depth', { type: 'number', default: 500, describe: 'Levels of the deep tree' })
  .option('rounds', { type: 'number', default: 1, describe: 'Runs of each measurement (medians are reported)' })
  .option('git', { type: 'boolean', default: false, describe: 'Commit each project to git first (discovery then lists the index)' })
  .strict()
  .parseSync();

const BIN = path.join(__dirname, '..', 'bin', 'dunderlint.js');
requireTime();

const cases = [];
const shapes = list(argv.shapes);
if (shapes.includes('packages')) for (const n of [...list(argv.sizes).map(Number), ...(argv.huge ? [200000] : [])]) cases.push({ shape: 'packages', modules: n });
if (shapes.includes('flat')) cases.push({ shape: 'flat', modules: argv['other-size'] });
if (shapes.includes('deep')) cases.push({ shape: 'deep', modules: argv['other-size'] });

console.log(`node ${process.version}; ${os.cpus().length} CPUs; load average ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}; medians of ${argv.rounds}`);
console.log(`${'shape'.padEnd(16)} ${'modules'.padStart(8)} ${'concurrency'.padEnd(11)} ${'run'.padEnd(10)} ${'CPU s'.padStart(8)} ${'µs/file'.padStart(9)} ${'wall s'.padStart(7)} ${'RSS MB'.padStart(7)}`);
for (const c of cases) {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'dunderlint-scale-'));
  try {
    const dir = path.join(work, 'project');
    fs.mkdirSync(dir);
    const made = generate(dir, { modules: c.modules, shape: c.shape, depth: argv.depth });
    if (argv.git) commitAll(dir);
    const shape = c.shape === 'deep' ? `deep (${Math.min(argv.depth, c.modules)} levels)` : c.shape;
    for (const mode of list(argv.modes)) {
      const cacheDir = path.join(work, `cache-${mode}`);
      const args = (...extra) => [BIN, '.', '-f', 'json', '--concurrency', mode, ...extra];
      const runs = { '--no-cache': [], cold: [], warm: [] };
      for (let r = 0; r < argv.rounds; r++) {
        runs['--no-cache'].push(measure(args('--no-cache'), dir, [0, 1]));
        fs.rmSync(cacheDir, { recursive: true, force: true });
        runs.cold.push(measure(args('--cache-dir', cacheDir), dir, [0, 1]));
        runs.warm.push(measure(args('--cache-dir', cacheDir), dir, [0, 1]));
      }
      for (const [run, xs] of Object.entries(runs)) {
        const cpu = median(xs.map((x) => x.cpu));
        console.log(
          `${shape.padEnd(16)} ${String(made.modules).padStart(8)} ${mode.padEnd(11)} ${run.padEnd(10)} ${cpu.toFixed(2).padStart(8)} ${((cpu / made.files) * 1e6).toFixed(0).padStart(9)} ${median(xs.map((x) => x.wall)).toFixed(2).padStart(7)} ${median(xs.map((x) => x.rss)).toFixed(0).padStart(7)}`,
        );
      }
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}
