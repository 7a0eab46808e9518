#!/usr/bin/env node
'use strict';
// The CLI as one bundled file (npm run build): resolving and compiling some fifty modules one by
// one took about a tenth of a warm run.
const fs = require('node:fs');
const path = require('node:path');

const fail = (message) => {
  process.stderr.write(`dunderlint: error: ${message}\n`);
  process.exit(2);
};
const bundle = path.join(__dirname, '..', 'dist', 'bundle', 'cli.js');
if (!fs.existsSync(bundle)) fail(`${bundle} is missing: run npm run build`);
const argv = process.argv.slice(2);
// A run whose inputs have not changed since the last run of this command line prints that run's
// report without loading the rest (src/replay.ts); a run that may be replayed later is recorded.
let replay = null;
try {
  replay = require('../dist/bundle/replay.js');
} catch {
  // an older build: no replays
}
if (replay && replay.tryReplay(argv)) return;

// Measured end to end on 2 CPUs (pip, sphinx, --no-cache): without TurboFan's inlining a run takes
// 0.70-0.75x the user CPU: inlining costs more compile time than it saves in a run this short.
// Set before the bundle compiles; V8 flags are per process, so the scan workers get it too.
// A scan of many bytes turns it back on (src/host/jit.ts): warm code runs long there.
const LAUNCH_FLAGS = ['--no-turbo-inlining', '--no-turbofan'];
require('node:v8').setFlagsFromString(LAUNCH_FLAGS[0]);
// TurboFan itself starts off, for the same reason: a pre-commit run or a small project is over
// before optimized code repays its compiling (pip --staged: 0.8x the CPU without it; a run
// scanning 0.3-1 MB: 0.8-0.9x). A run with much to do turns it on (src/host/jit.ts).
require('node:v8').setFlagsFromString(LAUNCH_FLAGS[1]);
globalThis[Symbol.for('dunderlint.shortRun')] = true;
// The code cache only saves time: without its file (a bin/dunderlint.js copied alone), require().
let load = require;
try {
  load = require('./code-cache').load;
} catch {
  // plain require
}
let cli;
try {
  cli = load(bundle, LAUNCH_FLAGS);
} catch (e) {
  fail(`cannot load ${bundle} (${String((e && e.message) || e).split('\n')[0]}): run npm run build`);
}
if (typeof cli.runAndExit !== 'function') fail(`${bundle} is out of date: run npm run build`);
replay?.startRecording(argv);
cli.runAndExit(argv).catch((e) => {
  process.stderr.write(`dunderlint: internal error: ${(e && e.stack) || e}\n`);
  process.exit(2);
});
