#!/usr/bin/env node
/**
 * ruff's WebAssembly build over the same Python files dunderlint lints (listed by git), with only the
 * rules that overlap dunderlint's `__all__` rules: F822 (undefined-export), PLE0604 (invalid object
 * in __all__), PLE0605 (invalid __all__ format). Prints nothing unless BENCH_VERBOSE is set.
 * Usage: node bench/ruff.js [folder]
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const ruff = require('@astral-sh/ruff-wasm-nodejs');

const root = path.resolve(process.argv[2] ?? '.');
const listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, maxBuffer: 1 << 30 });
const workspace = new ruff.Workspace({ preview: true, lint: { select: ['F822', 'PLE0604', 'PLE0605'] } }, ruff.PositionEncoding.Utf16);
const decoder = new TextDecoder('utf-8', { fatal: true });
let findings = 0;
let skipped = 0;
for (const rel of listed.toString('utf8').split('\0')) {
  if (!rel.endsWith('.py') && !rel.endsWith('.pyi')) continue;
  let text;
  try {
    text = decoder.decode(fs.readFileSync(path.join(root, rel)));
  } catch {
    skipped++; // gone from the work tree, or not UTF-8
    continue;
  }
  try {
    findings += workspace.check(text).length;
  } catch {
    skipped++;
  }
}
if (process.env.BENCH_VERBOSE) console.log(`${findings} findings, ${skipped} files skipped`);
