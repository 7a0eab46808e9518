#!/usr/bin/env node
/**
 * `npm run bench`: a whole run of the built CLI over a generated project (default 20,000 modules in
 * 2,000 packages), cold (empty cache) and warm (cache filled), next to the floor: a process that
 * only lists and reads the same files. Prints files/s and the ratios, measured in this one run.
 * Modules are padded with ordinary code to about 190 lines (6.5 kB), the median module of the
 * CPython standard library, so the share of scanning in a run is what real projects see.
 * Usage: node bench/project.js [modules] [packages] [lines per module]
 */
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const MODULES = Number(process.argv[2] ?? 20000);
const PACKAGES = Number(process.argv[3] ?? 2000);
const LINES = Number(process.argv[4] ?? 190);

/** Ordinary method bodies: calls, comprehensions, strings, comments, nested blocks. */
function padding(m, lines) {
  const out = [];
  for (let k = 0; out.length < lines; k++) {
    out.push(
      '',
      `    def step_${k}(self, records: dict[str, list[int]], *, limit: int = ${k + 10}) -> list[str]:`,
      `        """Summarise the records of step ${k}; keys longer than limit are cut."""`,
      '        lines = []',
      '        for key, values in sorted(records.items()):',
      '            if not values:',
      '                continue  # nothing to say about an empty list',
      '            shown = key if len(key) <= limit else key[: limit - 1] + "..."',
      `            total = sum(v * ${m % 7 + 1} for v in values if v >= 0)`,
      "            lines.append(f'{shown}: {total} ({len(values)} values)')",
      '        return lines',
    );
  }
  return out;
}
const BIN = path.join(__dirname, '..', 'bin', 'dunderlint.js');

function generate(dir) {
  const perPackage = Math.ceil(MODULES / PACKAGES);
  fs.writeFileSync(path.join(dir, 'pyproject.toml'), '[project]\nname = "bench"\n');
  for (let p = 0; p < PACKAGES; p++) {
    const pkg = path.join(dir, 'bench', `pkg${p}`);
    fs.mkdirSync(pkg, { recursive: true });
    fs.writeFileSync(path.join(pkg, '__init__.py'), `from .mod0 import func0\n__all__ = ["func0"]\n`);
    for (let m = 0; m < perPackage; m++) {
      const other = (p * 7 + m) % PACKAGES;
      fs.writeFileSync(
        path.join(pkg, `mod${m}.py`),
        [
          '"""A generated module."""',
          'import os',
          'from typing import Any',
          `from bench.pkg${other} import mod${m % perPackage}`,
          `from . import mod${(m + 1) % perPackage}`,
          '',
          `__all__ = ["func${m}", "Klass${m}", "CONST_${m}"]`,
          `CONST_${m} = ${m}`,
          '',
          `def func${m}(value: Any = None) -> str:`,
          `    text = f"{value!r} in {os.sep}"`,
          '    if value is None:',
          '        return "none"',
          '    return text',
          '',
          `class Klass${m}:`,
          '    """Does nothing, slowly."""',
          '',
          '    def method(self, items: list[int]) -> int:',
          '        total = 0',
          '        for item in items:',
          '            total += item  # accumulate',
          '        return total',
          ...padding(m, LINES - 24),
          '',
        ].join('\n'),
      );
    }
  }
}

function time(args, cwd) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', maxBuffer: 1 << 28 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (r.status !== 0 && r.status !== 1) throw new Error(`exit ${r.status}: ${r.stderr}`);
  return seconds;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const files = MODULES + PACKAGES + 1;
const rate = (s) => `${Math.round(files / s).toLocaleString('en')} files/s`.padStart(15);
const row = (label, s, floor) => console.log(`${label.padEnd(34)} ${(s * 1000).toFixed(0).padStart(6)} ms ${rate(s)}  ${(s / floor).toFixed(1)}x the floor`);

const readAll = `
  const fs = require('fs'), path = require('path');
  const walk = (d) => { for (const e of fs.readdirSync(d, { withFileTypes: true })) {
    if (e.name === '.git') continue;
    const p = path.join(d, e.name); if (e.isDirectory()) walk(p); else fs.readFileSync(p); } };
  walk(process.argv[1]);`;

/** Rounds of floor, --no-cache, cold and warm back to back, so a noisy minute hits all four alike. */
function benchOne(dir, label) {
  const cacheDir = path.join(dir, '.dunderlint_cache');
  const times = { floor: [], noCache: [], cold: [], warm: [] };
  for (let r = 0; r < RUNS; r++) {
    times.floor.push(time(['-e', readAll, dir], dir));
    times.noCache.push(time([BIN, '.', '-f', 'json', '--no-cache'], dir));
    fs.rmSync(cacheDir, { recursive: true, force: true });
    times.cold.push(time([BIN, '.', '-f', 'json'], dir));
    times.warm.push(time([BIN, '.', '-f', 'json'], dir));
  }
  const [floor, noCache, cold, warm] = [times.floor, times.noCache, times.cold, times.warm].map(median);
  console.log(`\n${label}: ${MODULES} modules of ${LINES} lines in ${PACKAGES} packages (${files} files, ${(bytes / 1e6).toFixed(0)} MB), medians of ${RUNS}`);
  row('read every file (node, the floor)', floor, floor);
  row('dunderlint --no-cache', noCache, floor);
  row('dunderlint cold (fills the cache)', cold, floor);
  row('dunderlint warm (cache filled)', warm, floor);
  console.log(`warm is ${(cold / warm).toFixed(1)}x faster than cold, ${(noCache / warm).toFixed(1)}x faster than --no-cache`);
}

let bytes = 0;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dunderlint-bench-'));
try {
  generate(dir);
  bytes = fs.readdirSync(path.join(dir, 'bench'), { recursive: true }).reduce((n, f) => n + (f.endsWith('.py') ? fs.statSync(path.join(dir, 'bench', f)).size : 0), 0);
  benchOne(dir, 'plain folder');
  const git = (...args) => spawnSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.com', ...args], { cwd: dir });
  git('init', '-q');
  git('add', '-A');
  git('commit', '-qm', 'bench');
  benchOne(dir, 'git work tree');
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
