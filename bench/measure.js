/**
 * Runs a process and reports its CPU time (user + sys, its waited-for children included), wall time
 * and peak RSS. Node's spawnSync gives no rusage of the child, so GNU time (/usr/bin/time) does the
 * accounting; without it the benchmark cannot say what it promises and stops.
 */
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const TIME = '/usr/bin/time';

function requireTime() {
  if (!fs.existsSync(TIME)) {
    console.error('bench: error: GNU time (/usr/bin/time) is needed to measure CPU time and peak RSS: apt-get install -y time');
    process.exit(2);
  }
}

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'dunderlint-time-'));
const report = path.join(scratch, 'time.txt');
// The user's cache folder of this benchmark alone, empty at its start: V8's code cache of each build
// is then written by the benchmark's own first run of it (an unmeasured run that lints), not by
// whatever ran first after a build (a `--version` cache made a build look 4% slower than another),
// and no earlier run's replay record is used.
const env = { ...process.env, XDG_CACHE_HOME: path.join(scratch, 'user-cache') };

/** Runs `node args` in cwd; exit codes in `ok` count as success. Returns { cpu, wall (s), rss (MB) }. */
function measure(args, cwd, ok = [0]) {
  const start = process.hrtime.bigint();
  const r = spawnSync(TIME, ['-f', '%U %S %M', '-o', report, process.execPath, ...args], { cwd, env, encoding: 'utf8', maxBuffer: 1 << 28 });
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  if (!ok.includes(r.status)) throw new Error(`node ${args.join(' ')} (in ${cwd}) exited ${r.status}: ${r.stderr.slice(0, 2000)}`);
  const [user, sys, rssKb] = fs.readFileSync(report, 'utf8').trim().split('\n').pop().split(' ').map(Number);
  return { cpu: user + sys, wall, rss: rssKb / 1024 };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

module.exports = { requireTime, measure, median };
