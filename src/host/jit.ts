/**
 * How much of V8's optimizing compiler a run uses. bin/dunderlint.js starts every run with TurboFan
 * and its inlining off: most runs (a pre-commit hook, a small project, a run after a one-file edit)
 * end before optimized code repays the CPU its compiling costs on V8's helper threads. A run with
 * much to do turns them back on once it knows its work, before the hot loops start.
 *
 * Measured on 2 CPUs in interleaved rounds (CPU time with TurboFan off ÷ on): pip --staged 0.8x;
 * --no-cache around the threshold at OPTIMIZING_FROM_BYTES; --staged over 10,000 and 20,000 cached
 * modules 1.1x and 1.25x.
 */
import { setFlagsFromString } from 'node:v8';

/**
 * Bytes to scan from which TurboFan pays. The tokenizer runs as WebAssembly, which V8 compiles
 * before its first call; TurboFan compiles the facts builder. `--no-cache` runs of real projects,
 * CPU with it on ÷ off (medians of 5 alternating runs, 2 CPUs): rich 1.7 MB 1.18, accelerate
 * 2.6 MB 1.13, pip 2.9 MB 1.06, scrapy 3.1 MB 1.06, aiohttp 3.3 MB 1.00, litestar 3.8 MB 0.95,
 * pytest 3.8 MB 1.03, spaCy 4.0 MB 0.98, distributed 4.4 MB 0.97, textual 4.5 MB 1.03,
 * huggingface_hub 4.7 MB 1.00, sentry-python 7 MB 0.93, mypy 10 MB 0.88, typeshed 13 MB 0.70.
 * (With the tokenizer in JavaScript the line was at 1.3 MB: rich then scanned in 0.95x with it.)
 */
export const OPTIMIZING_FROM_BYTES = 4e6;
/** Modules from which the project's own phases (layout, rules) run long enough for TurboFan. */
const OPTIMIZING_FROM_MODULES = 6000;
/** Bytes to scan from which TurboFan's inlining pays too (50,000 files: 0.75x the wall time with it). */
const INLINING_FROM_BYTES = 100e6;

/** Set by bin/dunderlint.js when it starts a run with TurboFan off; else (the API) nothing is changed. */
const SHORT_RUN = Symbol.for('dunderlint.shortRun');
let turbofanOff = (globalThis as Record<symbol, unknown>)[SHORT_RUN] === true;

/**
 * Turns the optimizing tiers on as far as a run of `modules` Python modules scanning `bytes` repays
 * them. True when they were turned on for the scan alone: `scanDone` turns them off after it.
 */
export function optimizeFor(work: { modules: number; bytes: number }): boolean {
  const was = turbofanOff;
  if (work.bytes > OPTIMIZING_FROM_BYTES || work.modules > OPTIMIZING_FROM_MODULES) optimizeHotLoops();
  if (work.bytes > INLINING_FROM_BYTES) setFlagsFromString('--turbo-inlining');
  return was && !turbofanOff && work.modules <= OPTIMIZING_FROM_MODULES;
}

/**
 * After the scan that `optimizeFor` turned TurboFan on for: the rest of the run is as short as one
 * that scanned nothing, and the scanner's optimized code stays.
 */
export function scanDone(): void {
  turbofanOff = true;
  setFlagsFromString('--no-turbofan');
}

/**
 * Runs `loop` with TurboFan on, in a run that has it off: one tight loop over much data (checking
 * every integer of a cache file) is worth optimizing when the rest of the run is not. Its optimized
 * code stays when TurboFan goes off again.
 */
export function optimizing<T>(loop: () => T): T {
  if (!turbofanOff) return loop();
  setFlagsFromString('--turbofan');
  try {
    return loop();
  } finally {
    if (turbofanOff) setFlagsFromString('--no-turbofan');
  }
}

/** TurboFan on, inlining as it was: for work that runs long whatever its size (scan workers). */
export function optimizeHotLoops(): void {
  turbofanOff = false;
  setFlagsFromString('--turbofan');
}

/** A process that lives for long (the language server): every tier pays. */
export function optimizeForLongRun(): void {
  optimizeHotLoops();
  setFlagsFromString('--turbo-inlining');
}

/** Parts of the bundle a run used, for bin/code-cache.js: see `usedCode`. */
export const enum CodeUsed {
  /** Loaded a project and ran the rules. */
  Lint = 1,
  /** Scanned a Python file in this thread. */
  Scan = 2,
}
const CODE_USED = Symbol.for('dunderlint.codeUsed');

/**
 * Notes that this run used a part of the bundle. V8's code cache of the bundle holds the functions
 * the run that wrote it compiled; bin/code-cache.js writes it again at exit when this run used a
 * part the cached run did not.
 */
export function usedCode(part: CodeUsed): void {
  const g = globalThis as Record<symbol, unknown>;
  g[CODE_USED] = ((g[CODE_USED] as number | undefined) ?? 0) | part;
}
