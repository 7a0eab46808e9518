#!/usr/bin/env node
/**
 * `npm run bench`: dunderlint's whole-process cost next to the floor ("list the files with git and
 * read every file dunderlint reads") and next to ruff's WebAssembly build on the same files, as a
 * table of CPU time, wall time, peak RSS and ratios to the floor, with the targets of each row.
 * Rounds are interleaved (round i runs every row once, in an order rotated by i) so a noisy minute on
 * a shared machine hits all rows alike; ratios are medians of the per-round ratios.
 *
 * Usage:
 *   node bench/project.js [--modules 20000] [--shape packages|flat|deep] [--rounds 5]
 *   node bench/project.js /path/to/checkout... [--rounds 5]    (one table per checkout)
 * A checkout must be a git repository; it is copied to a temporary folder (the --staged row edits a
 * file and stages it) and never changed. Caches live outside the project.
 */
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const yargs = require('yargs');
const { generate, commitAll } = require('./generate');
const { requireTime, measure, median } = require('./measure');

const argv = yargs(process.argv.slice(2))
  .usage('$0 [checkout...]')
  .option('modules', { type: 'number', default: 20000, describe: 'Modules of the generated project' })
  .option('shape', { choices: ['packages', 'flat', 'deep'], default: 'packages', describe: 'Layout of the generated project' })
  .option('rounds', { type: 'number', default: 5, describe: 'Interleaved rounds (medians are reported)' })
  .option('concurrency', { type: 'string', describe: "Passed to dunderlint's --concurrency (default: its own)" })
  .strictOptions()
  .parseSync();

// Several checkouts: one table each, one after the other (each run copies and measures one).
if (argv._.length > 1) {
  const positional = new Set(argv._.map(String));
  const options = process.argv.slice(2).filter((a) => !positional.has(a));
  let failed = 0;
  for (const checkout of positional) failed |= require('node:child_process').spawnSync(process.execPath, [__filename, checkout, ...options], { stdio: 'inherit' }).status ?? 1;
  process.exit(failed ? 1 : 0);
}

const BIN = path.join(__dirname, '..', 'bin', 'dunderlint.js');
const FLOOR = path.join(__dirname, 'floor.js');
const RUFF = path.join(__dirname, 'ruff.js');
const FINDINGS = [0, 1];

requireTime();
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'dunderlint-bench-'));
const dir = path.join(work, 'project');
const cache = (name) => path.join(work, `cache-${name}`);
const git = (...args) => execFileSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.com', ...args], { cwd: dir, maxBuffer: 1 << 30 });

try {
  let label;
  const checkout = argv._[0] === undefined ? null : path.resolve(String(argv._[0]));
  if (checkout) {
    if (!fs.existsSync(path.join(checkout, '.git'))) throw new Error(`${checkout} is not a git repository`);
    fs.cpSync(checkout, dir, { recursive: true, verbatimSymlinks: true });
    // A copy has new inodes and change times, so every index entry looks racy to git and each
    // `git ls-files --modified` would hash every file; a checkout in use has a refreshed index.
    try {
      git('update-index', '-q', '--refresh');
    } catch {
      // entries that differ from the index: they stay modified, as in the checkout
    }
    label = checkout;
  } else {
    fs.mkdirSync(dir);
    const made = generate(dir, { modules: argv.modules, shape: argv.shape });
    commitAll(dir);
    label = `generated project: ${made.modules} modules, shape ${made.shape}`;
  }

  const pythonFiles = git('ls-files', '-z', '--cached', '--others', '--exclude-standard').toString('utf8').split('\0').filter((f) => f.endsWith('.py') || f.endsWith('.pyi'));
  const megabytes = pythonFiles.reduce((n, f) => n + (fs.statSync(path.join(dir, f), { throwIfNoEntry: false })?.size ?? 0), 0) / 1e6;
  // The --staged row edits one module: a middle-sized one, the same in every round.
  const bySize = pythonFiles.filter((f) => fs.existsSync(path.join(dir, f))).map((f) => [f, fs.statSync(path.join(dir, f)).size]).sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1));
  const edited = bySize[bySize.length >> 1][0];
  const original = fs.readFileSync(path.join(dir, edited));

  /** `--staged` after `added` is appended to the edited module and staged; then the file and the index are put back (the cache then lags by that one file, as after a commit). */
  const stagedAfter = (added, cacheName) => {
    const file = path.join(dir, edited);
    const sep = original.length && original[original.length - 1] !== 0x0a ? '\n' : '';
    fs.writeFileSync(file, Buffer.concat([original, Buffer.from(`${sep}${added}`)]));
    git('add', '--', edited);
    try {
      return measure(dunderlint('--staged', '--cache-dir', cache(cacheName)), dir, FINDINGS);
    } finally {
      fs.writeFileSync(file, original);
      git('add', '--', edited);
    }
  };
  const dunderlint = (...extra) => [BIN, '.', '-f', 'json', ...(argv.concurrency ? ['--concurrency', argv.concurrency] : []), ...extra];
  const rows = [
    { key: 'floor', label: 'floor (git ls-files + read)', run: () => measure([FLOOR, '.'], dir) },
    { key: 'noCache', label: 'dunderlint --no-cache', target: 4, run: () => measure(dunderlint('--no-cache'), dir, FINDINGS) },
    {
      key: 'cold',
      label: 'dunderlint cold (empty cache)',
      target: 4,
      run: () => {
        fs.rmSync(cache('cold'), { recursive: true, force: true });
        return measure(dunderlint('--cache-dir', cache('cold')), dir, FINDINGS);
      },
    },
    // The warm cache is filled before the rounds and nothing changes between its runs.
    { key: 'warm', label: 'dunderlint warm (cache current)', target: 1, run: () => measure(dunderlint('--cache-dir', cache('warm')), dir, FINDINGS) },
    {
      key: 'staged',
      label: `--staged after a one-file edit`,
      target: 1.5,
      // A new function at the end of one module, staged, as a pre-commit hook would see it.
      run: (round) => stagedAfter(`\n\ndef _bench_edit_${round}():\n    return ${round}\n`, 'staged'),
    },
    // The same with an import of the standard library: an edit of the module's imports.
    { key: 'imports', label: `--staged after an import edit`, target: 1.5, run: (round) => stagedAfter(`\nimport json as _bench_import_${round}\n`, 'imports') },
    { key: 'ruff', label: 'ruff-wasm (F822, PLE0604, PLE0605)', run: () => measure([RUFF, '.'], dir) },
  ];

  // Fill the caches the warm and --staged rows start from (not measured). A run whose files changed
  // in the last 2 s is not recorded for replays (src/replay.ts, RACY_MS), and the copy just made
  // them all: without the wait, a small project's first rounds of the warm row were real runs.
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2100);
  measure(dunderlint('--cache-dir', cache('warm')), dir, FINDINGS);
  measure(dunderlint('--staged', '--cache-dir', cache('staged')), dir, FINDINGS);
  measure(dunderlint('--staged', '--cache-dir', cache('imports')), dir, FINDINGS);

  const results = Object.fromEntries(rows.map((r) => [r.key, []]));
  for (let round = 0; round < argv.rounds; round++) {
    for (let k = 0; k < rows.length; k++) {
      const row = rows[(k + round) % rows.length];
      results[row.key].push(row.run(round));
    }
    process.stderr.write(`round ${round + 1}/${argv.rounds} done\n`);
  }

  const perRound = (key, field, over = 'floor') => results[key].map((x, i) => x[field] / results[over][i][field]);
  const fmt = (n, digits = 2) => n.toFixed(digits);
  const load = os.loadavg().map((x) => x.toFixed(2)).join(' ');
  console.log(`\n${label}`);
  console.log(`${pythonFiles.length} Python files, ${megabytes.toFixed(1)} MB; edited for --staged: ${edited}`);
  console.log(`medians of ${argv.rounds} interleaved rounds; node ${process.version}; ${os.cpus().length} CPUs; load average ${load}`);
  console.log(`${'run'.padEnd(36)} ${'CPU s'.padStart(7)} ${'wall s'.padStart(7)} ${'RSS MB'.padStart(7)}  ${'CPU ×floor'.padStart(10)} ${'wall ×floor'.padStart(11)}  target`);
  for (const row of rows) {
    const cpuRatio = median(perRound(row.key, 'cpu'));
    const wallRatio = median(perRound(row.key, 'wall'));
    const target = row.target === undefined ? '' : `≤${row.target}× ${cpuRatio <= row.target ? '✓' : '✗'}`;
    const r = results[row.key];
    console.log(
      `${row.label.padEnd(36)} ${fmt(median(r.map((x) => x.cpu)), 3).padStart(7)} ${fmt(median(r.map((x) => x.wall)), 3).padStart(7)} ${fmt(median(r.map((x) => x.rss)), 0).padStart(7)}  ${(fmt(cpuRatio, 1) + '×').padStart(10)} ${(fmt(wallRatio, 1) + '×').padStart(11)}  ${target}`,
    );
  }
  const ruffRatio = median(perRound('ruff', 'cpu', 'noCache'));
  console.log(`ruff-wasm ÷ dunderlint --no-cache (CPU): ${fmt(ruffRatio, 1)}×  (wall ${fmt(median(perRound('ruff', 'wall', 'noCache')), 1)}×)  target ≥10× ${ruffRatio >= 10 ? '✓' : '✗'}`);
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
