#!/usr/bin/env node
/**
 * The floor of a run: list the files with git and read every file dunderlint reads (Python sources
 * and stubs, and the configuration files it looks at). No parsing, no output.
 * Usage: node bench/floor.js [folder]
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { execFileSync } = require('node:child_process');

const READ = new Set(['pyproject.toml', 'setup.cfg', 'tox.ini', 'pytest.ini', 'mypy.ini', '.mypy.ini', '.gitignore', '.dunderlint.toml', 'dunderlint.toml']);
const root = path.resolve(process.argv[2] ?? '.');
const listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, maxBuffer: 1 << 30 });
let bytes = 0;
for (const rel of listed.toString('utf8').split('\0')) {
  if (!rel || !(rel.endsWith('.py') || rel.endsWith('.pyi') || READ.has(path.posix.basename(rel)))) continue;
  try {
    bytes += fs.readFileSync(path.join(root, rel)).length;
  } catch {
    // Deleted from the work tree but still in the index: dunderlint skips it too.
  }
}
if (process.env.BENCH_VERBOSE) console.log(bytes);
