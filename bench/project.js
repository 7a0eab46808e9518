#!/usr/bin/env node
/**
 * `npm run bench`: a whole run of the built CLI over a generated project (default 20,000 modules in
 * 2,000 packages), cold (empty cache) and warm (cache filled), next to the floor: a process that
 * only lists and reads the same files. Prints files/s and the ratios, measured in this one run.
 * Usage: node bench/project.js [modules] [packages]
 */
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const MODULES = Number(process.argv[2] ?? 20000);
const PACKAGES = Number(process.argv[3] ?? 2000);
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

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dunderlint-bench-'));
try {
  generate(dir);
  const readAll = `
    const fs = require('fs'), path = require('path');
    const walk = (d) => { for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name); if (e.isDirectory()) walk(p); else fs.readFileSync(p); } };
    walk(process.argv[1]);`;
  const files = MODULES + PACKAGES + 1;
  const floor = median([0, 1, 2].map(() => time(['-e', readAll, dir], dir)));
  const cold = median([0, 1, 2].map(() => {
    fs.rmSync(path.join(dir, '.dunderlint_cache'), { recursive: true, force: true });
    return time([BIN, '.', '-f', 'json'], dir);
  }));
  const warm = median([0, 1, 2].map(() => time([BIN, '.', '-f', 'json'], dir)));
  const rate = (s) => `${Math.round(files / s).toLocaleString('en')} files/s`;
  console.log(`project: ${MODULES} modules in ${PACKAGES} packages (${files} files), not a git work tree`);
  console.log(`read every file (node, floor): ${(floor * 1000).toFixed(0)} ms  ${rate(floor)}`);
  console.log(`dunderlint cold (no cache):    ${(cold * 1000).toFixed(0)} ms  ${rate(cold)}  ${(cold / floor).toFixed(1)}x the floor`);
  console.log(`dunderlint warm (cache):       ${(warm * 1000).toFixed(0)} ms  ${rate(warm)}  ${(warm / floor).toFixed(1)}x the floor`);
  console.log(`warm is ${(cold / warm).toFixed(1)}x faster than cold (medians of 3)`);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
