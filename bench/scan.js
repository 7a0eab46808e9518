#!/usr/bin/env node
/**
 * `npm run bench:scan`: the Python scanner's throughput over the installed standard library, next to
 * ruff's WebAssembly build checking the rules we overlap with (PLE0604, PLE0605, F822) on the same
 * in-memory files, in the same run. Prints MB/s and the ratio. Numbers vary with machine load.
 */
'use strict';
const fs = require('node:fs');
const { stdlibRoot, pythonFiles } = require('./stdlib');
const { scanModule } = require('../dist/src/python/facts');
const { decodeSource } = require('../dist/src/python/source');

const seconds = (start) => Number(process.hrtime.bigint() - start) / 1e9;
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

const root = stdlibRoot();
const files = pythonFiles(root);
let start = process.hrtime.bigint();
const buffers = files.map((f) => fs.readFileSync(f));
const readTime = seconds(start);
const bytes = buffers.reduce((n, b) => n + b.length, 0);
const mb = bytes / 1e6;
console.log(`corpus: ${files.length} files, ${mb.toFixed(1)} MB (${root})`);
console.log(`read all files:           ${(readTime * 1000).toFixed(0)} ms`);

const scanAll = () => {
  let errors = 0;
  for (const b of buffers) {
    const d = decodeSource(b);
    if (d.error || scanModule(d.text).syntaxError) errors++;
  }
  return errors;
};
start = process.hrtime.bigint();
scanAll();
const cold = seconds(start);
const warm = [];
for (let i = 0; i < 5; i++) {
  start = process.hrtime.bigint();
  scanAll();
  warm.push(seconds(start));
}
const ours = median(warm);
console.log(`dunderlint decode+scan:   ${(cold * 1000).toFixed(0)} ms first pass (${(mb / cold).toFixed(0)} MB/s), ${(ours * 1000).toFixed(0)} ms warm median of 5 (${(mb / ours).toFixed(0)} MB/s)`);

let ruff;
try {
  ruff = require('@astral-sh/ruff-wasm-nodejs');
} catch {
  console.log('ruff-wasm: @astral-sh/ruff-wasm-nodejs is not installed (npm ci installs it as a dev dependency)');
  process.exit(0);
}
const texts = buffers.map((b) => b.toString('utf8'));
const workspace = new ruff.Workspace({ lint: { select: ['PLE0604', 'PLE0605', 'F822'] } }, ruff.PositionEncoding.Utf16);
start = process.hrtime.bigint();
let findings = 0;
for (const t of texts) findings += workspace.check(t).length;
const theirs = seconds(start);
console.log(`ruff-wasm ${ruff.Workspace.version()} check:     ${(theirs * 1000).toFixed(0)} ms (${(mb / theirs).toFixed(1)} MB/s, ${findings} findings)`);
console.log(`ratio: dunderlint is ${(theirs / ours).toFixed(1)}x faster warm, ${(theirs / cold).toFixed(1)}x on its first pass`);
