#!/usr/bin/env node
/**
 * `npm run bench:compare`: this build next to another one (a worktree of an earlier commit), run
 * for run on the same copies of the same checkouts: the CPU time of each row for both, as medians
 * of interleaved rounds (round i runs both builds in an order rotated by i, so a noisy minute hits
 * both alike), and the ratio new ÷ old. What a change did, measured as users run dunderlint.
 *
 * Usage:
 *   git worktree add /tmp/old <commit>
 *   node bench/compare.js /tmp/old /path/to/checkout... [--rounds 5] [--rows staged,edit,no-cache,cold]
 * Rows: `staged` (a new function at the end of a middle-sized module, staged, then `--staged`: what
 * the pre-commit hook runs), `imports` (the same with a standard library import instead: an edit of
 * the module's imports), `edit` (the same edit, not staged, then a plain run: a run after
 * saving a file), `no-cache`, `cold` (an empty cache folder). Each build has its own cache folders;
 * each checkout is copied to a temporary folder and never changed.
 */
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const yargs = require('yargs');
const { requireTime, measure, median } = require('./measure');

const ROWS = ['staged', 'imports', 'edit', 'no-cache', 'cold'];
const argv = yargs(process.argv.slice(2))
  .usage('$0 <other build> <checkout...>')
  .demandCommand(2)
  .option('rounds', { type: 'number', default: 5, describe: 'Interleaved rounds (medians are reported)' })
  .option('rows', { type: 'string', default: ROWS.join(','), describe: `Rows to run: ${ROWS.join(', ')}` })
  .strictOptions()
  .parseSync();

const rows = argv.rows.split(',');
for (const r of rows) if (!ROWS.includes(r)) throw new Error(`unknown row ${r}: one of ${ROWS.join(', ')}`);
const other = path.resolve(String(argv._[0]));
const builds = [
  { name: 'old', bin: path.join(other, 'bin', 'dunderlint.js') },
  { name: 'new', bin: path.join(__dirname, '..', 'bin', 'dunderlint.js') },
];
for (const b of builds) if (!fs.existsSync(b.bin)) throw new Error(`${b.bin} is missing`);

requireTime();
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'dunderlint-compare-'));
const FINDINGS = [0, 1];

try {
  console.log(`new ÷ old (${other}), CPU s, medians of ${argv.rounds} interleaved rounds; node ${process.version}; ${os.cpus().length} CPUs`);
  for (const checkout of argv._.slice(1).map((c) => path.resolve(String(c)))) {
    const dir = path.join(work, path.basename(checkout));
    const git = (...args) => execFileSync('git', args, { cwd: dir, maxBuffer: 1 << 30 });
    fs.cpSync(checkout, dir, { recursive: true, verbatimSymlinks: true });
    try {
      git('update-index', '-q', '--refresh'); // as in bench/project.js: a checkout in use has a refreshed index
    } catch {
      // entries that differ from the index stay modified, as in the checkout
    }
    // The same module as bench/project.js edits: a middle-sized one.
    const sources = git('ls-files', '-z', '--cached', '--others', '--exclude-standard').toString('utf8').split('\0').filter((f) => /\.pyi?$/.test(f) && fs.existsSync(path.join(dir, f)));
    const bySize = sources.map((f) => [f, fs.statSync(path.join(dir, f)).size]).sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1));
    const edited = bySize[bySize.length >> 1][0];
    const file = path.join(dir, edited);
    const original = fs.readFileSync(file);
    const cache = (build, row) => path.join(work, `cache-${path.basename(checkout)}-${build.name}-${row}`);
    let edits = 0;
    const edit = (kind = 'function') => {
      const sep = original.length && original[original.length - 1] !== 0x0a ? '\n' : '';
      const added = kind === 'import' ? `${sep}\nimport json as _compare_import_${edits++}\n` : `${sep}\n\ndef _compare_edit_${edits++}():\n    return 0\n`;
      fs.writeFileSync(file, Buffer.concat([original, Buffer.from(added)]));
    };
    const restore = () => {
      fs.writeFileSync(file, original);
      git('add', '--', edited);
    };
    const run = {
      staged: (b) => {
        edit();
        git('add', '--', edited);
        try {
          return measure([b.bin, '.', '-f', 'json', '--staged', '--cache-dir', cache(b, 'staged')], dir, FINDINGS);
        } finally {
          restore();
        }
      },
      imports: (b) => {
        edit('import');
        git('add', '--', edited);
        try {
          return measure([b.bin, '.', '-f', 'json', '--staged', '--cache-dir', cache(b, 'imports')], dir, FINDINGS);
        } finally {
          restore();
        }
      },
      edit: (b) => {
        edit();
        try {
          return measure([b.bin, '.', '-f', 'json', '--cache-dir', cache(b, 'edit')], dir, FINDINGS);
        } finally {
          restore();
        }
      },
      'no-cache': (b) => measure([b.bin, '.', '-f', 'json', '--no-cache'], dir, FINDINGS),
      cold: (b) => {
        fs.rmSync(cache(b, 'cold'), { recursive: true, force: true });
        return measure([b.bin, '.', '-f', 'json', '--cache-dir', cache(b, 'cold')], dir, FINDINGS);
      },
    };
    // Fill the caches the staged and edit rows start from (not measured).
    for (const b of builds) {
      measure([b.bin, '.', '-f', 'json', '--staged', '--cache-dir', cache(b, 'staged')], dir, FINDINGS);
      measure([b.bin, '.', '-f', 'json', '--staged', '--cache-dir', cache(b, 'imports')], dir, FINDINGS);
      measure([b.bin, '.', '-f', 'json', '--cache-dir', cache(b, 'edit')], dir, FINDINGS);
    }
    const cpu = Object.fromEntries(rows.map((r) => [r, { old: [], new: [] }]));
    for (let round = 0; round < argv.rounds; round++) {
      for (const row of rows) {
        for (let k = 0; k < builds.length; k++) {
          const b = builds[(k + round) % builds.length];
          cpu[row][b.name].push(run[row](b).cpu);
        }
      }
    }
    console.log(`\n${checkout}: ${sources.length} Python files; edited: ${edited}`);
    console.log(`${'row'.padEnd(10)} ${'old'.padStart(7)} ${'new'.padStart(7)}  new ÷ old`);
    for (const row of rows) {
      const o = median(cpu[row].old);
      const n = median(cpu[row].new);
      console.log(`${row.padEnd(10)} ${o.toFixed(3).padStart(7)} ${n.toFixed(3).padStart(7)}  ${(n / o).toFixed(2)}×`);
    }
  }
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
