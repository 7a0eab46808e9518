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
const vm = require('node:vm');

/** Files of other bundle versions or Node versions are deleted after this long without a rewrite. */
const STALE_MS = 30 * 24 * 3600 * 1000;

/** The user's own cache folder, as XDG and the platforms define it; null if the user has no home. */
const cacheFolder = () => require('../dist/bundle/replay.js').userCacheFolder('v8');

const DIGEST_BYTES = 32;
const digest = (data) => require('node:crypto').createHash('sha256').update(data).digest();

/** The cached data, or undefined if there is none we may trust. */
function readTrusted(file) {
  let fd;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NOFOLLOW || 0));
    const st = fs.fstatSync(fd);
    const uid = process.getuid ? process.getuid() : -1;
    if (!st.isFile() || (uid !== -1 && (st.uid !== uid || (st.mode & 0o022) !== 0))) return undefined;
    const bytes = fs.readFileSync(fd);
    const data = bytes.subarray(DIGEST_BYTES);
    return bytes.length > DIGEST_BYTES && digest(data).equals(bytes.subarray(0, DIGEST_BYTES)) ? data : undefined;
  } catch {
    return undefined; // none yet, or unreadable: compile as without
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** require(file) for a CommonJS file, through vm.Script with a code cache when it can. */
function load(file) {
  let compiled = null;
  try {
    compiled = compile(file);
  } catch {
    // No crypto in this Node, an unreadable file, a syntax error: require() says what, if anything.
  }
  if (!compiled) return require(file);
  const { script, cacheFile, cachedData } = compiled;
  // For ESM plugins (src/engine/plugins.ts): on Node 20, import() in a Function made by code that V8
  // read from a code cache fails ("A dynamic import callback was not specified"); this file's works.
  globalThis[Symbol.for('dunderlint.import')] = (specifier) => import(specifier);
  // Written at exit, so it holds the functions the run compiled, not only the top level.
  if (cachedData === undefined || script.cachedDataRejected) process.once('exit', () => save(script, cacheFile));
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
  const folder = process.env.DUNDERLINT_CODE_CACHE === '0' ? null : cacheFolder();
  if (!mainLoader || !folder) return null;
  const source = fs.readFileSync(file, 'utf8');
  // execArgv: V8 rejects data from other flags anyway; keyed apart, two ways of starting Node do not
  // overwrite each other's file on every run.
  const key = require('node:crypto').createHash('sha256').update(`${process.version} ${process.arch} ${process.execArgv.join(' ')}\0`).update(source).digest('hex').slice(0, 24);
  const cacheFile = path.join(folder, `${path.basename(file, '.js')}-${key}.bin`);
  const cachedData = readTrusted(cacheFile);
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData, importModuleDynamically: mainLoader });
  return { script, cacheFile, cachedData };
}

function save(script, cacheFile) {
  const tmp = `${cacheFile}.${process.pid}.tmp`;
  try {
    const data = script.createCachedData();
    const folder = path.dirname(cacheFile);
    fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
    // Another run may be reading it: write aside, then rename over.
    fs.writeFileSync(tmp, Buffer.concat([digest(data), data]), { mode: 0o600, flag: 'wx' });
    fs.renameSync(tmp, cacheFile);
    const now = Date.now();
    for (const name of fs.readdirSync(folder)) {
      const other = path.join(folder, name);
      if (other !== cacheFile && now - fs.lstatSync(other).mtimeMs > STALE_MS) fs.rmSync(other, { force: true });
    }
  } catch {
    // An unwritable cache folder (or a full disk) only means compiling again next time.
    try {
      fs.rmSync(tmp, { force: true });
    } catch {
      // nothing written
    }
  }
}

module.exports = { load };
