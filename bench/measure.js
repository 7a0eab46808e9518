/**
 * Runs a process and reports its CPU time (user + sys, its waited-for children included), wall time
 * and peak RSS. Node's spawnSync gives no rusage of the child, so a small Python program forks it and
 * reads `os.wait4`'s: microseconds of CPU, where GNU time prints hundredths of a second (a tenth of
 * a pre-commit run's floor).
 */
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const PYTHON = 'python3';
// Wall time from the fork to the reaping, so Python's own start is not counted.
const RUSAGE = `
import os, sys, time
start = time.perf_counter()
pid = os.fork()
if pid == 0:
    try:
        os.execv(sys.argv[2], sys.argv[2:])
    finally:
        os._exit(127)
_, status, ru = os.wait4(pid, 0)
wall = time.perf_counter() - start
with open(sys.argv[1], 'w') as f:
    f.write(f"{ru.ru_utime} {ru.ru_stime} {ru.ru_maxrss} {wall}\\n")
sys.exit(os.waitstatus_to_exitcode(status) if hasattr(os, 'waitstatus_to_exitcode') else status >> 8)
`;

function requireTime() {
  const r = spawnSync(PYTHON, ['-c', 'import os; os.wait4'], { encoding: 'utf8' });
  if (r.status !== 0) {
    console.error('bench: error: python3 with os.wait4 (any POSIX Python 3) is needed to measure CPU time and peak RSS');
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
  const r = spawnSync(PYTHON, ['-c', RUSAGE, report, process.execPath, ...args], { cwd, env, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (!ok.includes(r.status)) throw new Error(`node ${args.join(' ')} (in ${cwd}) exited ${r.status}: ${r.stderr.slice(0, 2000)}`);
  const [user, sys, rssKb, wall] = fs.readFileSync(report, 'utf8').trim().split(' ').map(Number);
  return { cpu: user + sys, wall, rss: rssKb / 1024 };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

module.exports = { requireTime, measure, median };
