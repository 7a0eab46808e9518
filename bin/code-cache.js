'use strict';
/**
 * Loads the bundle as CommonJS with V8's code cache: the bytecode of the functions a run compiled,
 * kept in the user's cache folder, so later runs skip parsing and compiling them: 25-35 ms less CPU
 * for `--version`, 0.90-0.95x the CPU of a `--no-cache` run of pip, sphinx or pydantic (npm run
 * bench:jit). It saves no TurboFan work: the scanner's first pass is as slow as without. Node 20 has
 * no module.enableCompileCache (22.1+), hence vm.Script.
 *
 * A cache that is missing, stale, corrupt or unwritable only costs the compile: V8 rejects data of
 * another V8 version or other flags; the file name carries a hash of the bundle's text, because V8
 * compares sources by length only; and the file starts with a SHA-256 of the data, because release
 * builds of V8 do not checksum a code cache (a flipped bit could crash the deserializer). V8 would
 * run crafted bytecode, so a file is used only if this user owns it and nobody else can write it.
 */
const fs = require('node:fs');
const Module = require('node:module');
const path = require('node:path');
const v8 = require('node:v8');
const vm = require('node:vm');

const isAscii = require('node:buffer').isAscii ?? (() => false);

// The user's cache folder, and files there kept private and checked (src/host/user-cache.ts).
const { readTrusted, sweepStale, userCacheFolder, writeTrusted } = require('../dist/bundle/replay.js');

/**
 * require(file) for a CommonJS file, through vm.Script with a code cache when it can. `flags`: the
 * V8 flags the launcher set before loading, which a run may change (src/host/jit.ts turns TurboFan
 * on for a large project).
 */
function load(file, flags = []) {
  let compiled = null;
  try {
    compiled = compile(file);
  } catch {
    // No crypto in this Node, an unreadable file, a syntax error: require() says what, if anything.
  }
  if (!compiled) return require(file);
  const { script, cacheFile, cachedData, cachedParts } = compiled;
  // For ESM plugins (src/engine/plugins.ts): on Node 20, import() in a Function made by code that V8
  // read from a code cache fails ("A dynamic import callback was not specified"); this file's works.
  globalThis[Symbol.for('dunderlint.import')] = (specifier) => import(specifier);
  // Written at exit, so it holds the functions the run compiled, not only the top level; written
  // again when a run used parts of the bundle the cached run did not (src/host/jit.ts, `usedCode`):
  // a cache written by `--version` held the argument parser alone, and every later lint compiled
  // the rest (pip: 1.1x the CPU of --staged, 1.07x of --no-cache). So at most twice per version.
  process.once('exit', () => {
    const parts = globalThis[Symbol.for('dunderlint.codeUsed')] ?? 0;
    const fresh = cachedData === undefined || script.cachedDataRejected;
    if (fresh || (parts & ~cachedParts) !== 0) save(script, cacheFile, fresh ? parts : parts | cachedParts, flags);
  });
  const mod = new Module(file, module);
  mod.filename = file;
  mod.paths = Module._nodeModulePaths(path.dirname(file));
  script.runInThisContext()(mod.exports, Module.createRequire(file), mod, file, path.dirname(file));
  mod.loaded = true;
  return mod.exports;
}

/** The file compiled with its cached data, or null where there is no cache to use. */
function compile(file) {
  // import() in code compiled by vm.Script needs a loader: Node 20.12+ lends the main context's own.
  const mainLoader = vm.constants && vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER;
  const folder = process.env.DUNDERLINT_CODE_CACHE === '0' ? null : userCacheFolder('v8');
  if (!mainLoader || !folder) return null;
  const bytes = fs.readFileSync(file);
  // The bundles are ASCII (test/safety/code-cache.test.ts): read so, a 1.7 MB bundle is a copy
  // instead of 3-4 ms of UTF-8 decoding on every run. Any other text is decoded as UTF-8.
  const source = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
  // execArgv: V8 rejects data from other flags anyway; keyed apart, two ways of starting Node do not
  // overwrite each other's file on every run. The bundle's CRC-32 and length tell its versions apart
  // (a SHA-256 of its 1.7 MB took 5 ms of every run); Node before 20.15 has no zlib.crc32.
  const zlib = require('node:zlib');
  const sum = typeof zlib.crc32 === 'function' ? `crc32 ${zlib.crc32(bytes)}` : require('node:crypto').createHash('sha256').update(bytes).digest('hex');
  // `parts`: files of the format with a first byte saying which parts of the bundle the data holds.
  const key = require('node:crypto').createHash('sha256').update(`parts ${process.version} ${process.arch} ${process.execArgv.join(' ')}\0${bytes.length} ${sum}`).digest('hex').slice(0, 24);
  const cacheFile = path.join(folder, `${path.basename(file, '.js')}-${key}.bin`);
  const stored = readTrusted(cacheFile);
  const cachedData = stored && stored.length > 1 ? stored.subarray(1) : undefined;
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData, importModuleDynamically: mainLoader });
  return { script, cacheFile, cachedData, cachedParts: cachedData ? stored[0] : 0 };
}

function save(script, cacheFile, parts, flags) {
  let data;
  try {
    // V8 stamps the data with a hash of the flags in force when it is made, and rejects it under
    // other flags. Made under the flags a run compiles with: written after a run that turned TurboFan
    // on (any of more than 6,000 modules), it was rejected by the next run, which wrote it again, so
    // every `--staged` run of a large project compiled the bundle afresh and rewrote 1 MB.
    for (const flag of flags) v8.setFlagsFromString(flag);
    data = script.createCachedData();
  } catch {
    return; // at exit: nothing to save is no reason to fail the run
  }
  // Files of other bundle versions or Node versions go once nothing rewrote them for 30 days.
  if (writeTrusted(cacheFile, Buffer.concat([Buffer.of(parts & 0xff), data]))) sweepStale(cacheFile);
}

module.exports = { load };
