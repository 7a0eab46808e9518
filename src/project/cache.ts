/**
 * Per-file facts cache (`.dunderlint_cache/`): what the scanner read from each Python file, keyed
 * by a hash of the file's content (git's blob id), and dropped whenever the scanner changes.
 *
 * Finding a file's content hash must cost less than scanning it, or the cache is pointless:
 * - in a git work tree, git's index already holds the blob id of every file it finds unmodified;
 * - elsewhere (and for a tracked symlink, whose blob is its link text), the size, mtime, ctime and
 *   inode recorded with the hash stand for it, as in git's own index: size and mtime alone miss a
 *   same-size edit whose mtime was put back (`cp -p`, `rsync -t`, `tar`), which ctime and inode do
 *   not. A file whose stat data changed is read and hashed, so a touched but unchanged file still hits.
 * A file modified within TRUST_AFTER_MS of being recorded is never trusted by its stat data (git's
 * "racy" entries): a same-size edit in the same clock tick would otherwise go unseen.
 *
 * The cache folder is data a repository can commit, and any byte of it may be damaged or crafted:
 * nothing in it is followed (a symlink, a FIFO, a folder where a file belongs: a warning, and the
 * run goes on without the cache), the file is written to a new temporary file and renamed, a
 * checksum over the whole file catches damage, and every record is checked before it is decoded.
 *
 * Beside the facts, the folder keeps the project model of the last run that computed it, one for
 * the work tree and one for the index (model-store.ts), with what computing it read: a run whose
 * inputs are the same takes it. Every rule runs on every run, so findings that depend on other
 * files (a deleted `__init__.py`) are never stale.
 */
import { createHash, randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { collectGarbageIfLarge } from '../host/heap';
import { optimizeFor, optimizing } from '../host/jit';
import { VERSION } from '../package-info';
import type { ModuleFacts } from '../python/facts';
import type { ProjectFile } from './model';
import type { ModelSlot } from './model-store';
import { decodeFacts, Reinterner, StringTable, validRecord, type Ints } from '../python/facts-codec';

const TRUST_AFTER_MS = 2000;
/** See `save`. */
const FEW_CHANGES = 16;

/**
 * What a file's path was last seen as: content hash, and the stat data that vouch for it; the hash
 * alone when none do (git vouched for the content, or the file changed too recently to trust them).
 * Most paths of a run in git have none, and an array of five for each was 9 MB of a cold run of
 * 100,000 modules.
 */
type PathRecord = string | [contentId: string, size: number, mtimeMs: number, ctimeMs: number, ino: number];
/** Stat data per path, as in PathRecord. */
const STAT = 4;

const contentOf = (r: PathRecord): string => (typeof r === 'string' ? r : r[0]);
/** Stat number `j` (0 to STAT - 1) of a record; -1: none. */
const statOf = (r: PathRecord, j: number): number => (typeof r === 'string' ? -1 : r[j + 1] as number);

/**
 * The file: MAGIC, a little-endian u32 header length, the checksum of every byte of the file but
 * its own (20 bytes), the header as JSON, padding to a multiple of 8, then in the machine's byte order:
 * - Float64 × STAT per path: the size, mtime, ctime and inode that vouch for its content (-1: none);
 * - Int32 × 1 per path: its content's index in `ids`;
 * - Int32 × 2 per content: its record's offset and length among the records;
 * - the integers of every record (facts-codec.ts).
 * Content ids and paths are one string each, not arrays: parsing 20,000 strings and indexing them
 * in a map cost more than reading the whole file. A run looks paths up in the order it lists files,
 * which is the order they were written in, so a path is found by comparing it where the previous
 * one ended; a map is built only when a run looks up out of order.
 */
interface Header {
  tool: string;
  strings: string[];
  /** Every content id (40 hex digits each), one after the other. */
  ids: string;
  /** Why a content could not be decoded, by index in `ids`. */
  errors: Record<number, string>;
  /** Every path, each followed by a NUL. */
  paths: string;
  pathCount: number;
}

const ID_LENGTH = 40;
/** How far past the expected path a lookup looks before indexing every path (see nearAhead). */
const NEAR_AHEAD = 8;
/** Lookups by content made by searching the ids before they are indexed (see loadedId). */
const ID_SEARCHES = 32;
/**
 * CRC-32 where Node has it (20.15+): damage is what the checksum is for (every record is checked
 * again before it is decoded), and a SHA-1 of a 20,000-module cache took 12-15 ms of each
 * `--staged` run, a CRC-32 2. Older Nodes write and read SHA-1 files under the previous magic.
 */
const crc32 = (zlib as { crc32?: (data: Uint8Array, value?: number) => number }).crc32;
/** Changed with the layout: a file of another layout (or checksum) is dropped without a word. */
const MAGIC = Buffer.from(crc32 ? 'dlcache5' : 'dlcache4');
const LENGTH_AT = MAGIC.length;
const SUM_AT = LENGTH_AT + 4;
const HEADER_AT = SUM_AT + 20;

/** The checksum of a cache file: every byte but those that hold it (20 bytes; a CRC-32 in the first 4). */
function checksum(parts: Iterable<Uint8Array>): Buffer {
  if (crc32) {
    let value = 0;
    // An empty part is skipped: over an empty buffer (no data pointer) zlib's crc32 returns its initial value, 0.
    for (const part of parts) if (part.length > 0) value = crc32(part, value);
    const sum = Buffer.alloc(20);
    sum.writeUInt32LE(value >>> 0, 0);
    return sum;
  }
  const hash = createHash('sha1');
  for (const part of parts) hash.update(part);
  return hash.digest();
}

/** `bytes` with its checksum recomputed (tests: a crafted file must not get past on a bad checksum alone). */
export function sealCacheFile(bytes: Buffer): Buffer {
  if (bytes.length >= HEADER_AT) checksum([bytes.subarray(0, SUM_AT), bytes.subarray(HEADER_AT)]).copy(bytes, SUM_AT);
  return bytes;
}

/** Something in the cache folder that dunderlint did not put there: the run goes on without the cache. */
class Untrusted extends Error {}

/** Why a file-system call failed, as the system says it: "read-only file system (EROFS)". */
function cause(e: unknown): string {
  const { code, message } = e as NodeJS.ErrnoException;
  const text = /^[A-Z0-9]+: (.*?), /.exec(String(message))?.[1];
  return code ? (text ? `${text} (${code})` : code) : String(e);
}

/** `mkdir -p` that reports the real cause: Node's recursive mkdir says ENOENT on a read-only file system. */
function makeFolders(dir: string): void {
  try {
    fs.mkdirSync(dir);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && path.dirname(dir) !== dir) {
      makeFolders(path.dirname(dir));
      fs.mkdirSync(dir);
    } else if (code !== 'EEXIST' || !fs.statSync(dir).isDirectory()) throw e;
  }
}

function lstatOrNull(p: string): fs.Stats | null {
  try {
    return fs.lstatSync(p);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
}

const { O_RDONLY, O_WRONLY, O_CREAT, O_EXCL, O_NOFOLLOW, O_NONBLOCK } = fs.constants;

/** A record in memory: loaded (a view of the file's integers) or scanned in this run. */
export interface FactsRecord {
  data: Ints;
  start: number;
  length: number;
  /** The table its string references point into. */
  strings: readonly string[];
  readError: string | null;
}

export interface CachedFacts {
  facts: ModuleFacts;
  readError: string | null;
}

/** Git's blob id: the SHA-1 of `blob <size>\0<bytes>`, so our hashes and the index's agree. */
export function blobId(bytes: Uint8Array): string {
  return createHash('sha1').update(`blob ${bytes.byteLength}\0`).update(bytes).digest('hex');
}

/**
 * The modules (in src/python/) whose code decides the facts a scan produces. The WebAssembly
 * tokenizer too: it gives the JavaScript tokenizer's tokens, but a change to it must drop what it made.
 */
export const SCANNER_MODULES = ['scanner', 'facts', 'facts-codec', 'strings', 'source', 'wasm/tokenizer-module'];

/**
 * A hash of the scanner's code: SCANNER_MODULES as found in `dir` (compiled `.js`, or `.ts` run by
 * ts-jest), each with its name. The build runs it over dist/src/python and gives the bundle the
 * result (scripts/bundle.js), so the bundle's and dist/src's fingerprints agree.
 */
export function scannerSourceHash(dir: string, ext: string): string {
  const hash = createHash('sha1');
  for (const name of SCANNER_MODULES) {
    const text = fs.readFileSync(path.join(dir, `${name}${ext}`));
    hash.update(`${name}${ext} ${text.length}\0`).update(text);
  }
  return hash.digest('hex');
}

/** Set in the bundle by the build (esbuild `--define`): scannerSourceHash of what it bundles. */
declare const DUNDERLINT_SCANNER_HASH: string | undefined;

/**
 * The version, and the code that produces facts: a scanner change must drop the cache even while
 * the version number stands still (a linked development install). The byte order too: the
 * integers are stored as the machine holds them. The bundle knows its scanner's hash from the
 * build: reading and hashing the whole bundle cost a warm run 10–25 ms.
 */
function toolFingerprint(): string {
  let scanner: string;
  if (typeof DUNDERLINT_SCANNER_HASH === 'string') scanner = DUNDERLINT_SCANNER_HASH;
  else {
    try {
      scanner = scannerSourceHash(path.join(__dirname, '..', 'python'), path.extname(__filename));
    } catch {
      // Bundled without the build's hash (esbuild run by hand): the bundle holds the scanner.
      scanner = createHash('sha1').update(fs.readFileSync(__filename)).digest('hex');
    }
  }
  return createHash('sha1').update(VERSION).update(os.endianness()).update(scanner).digest('hex').slice(0, 16);
}

export class FactsCache {
  private ids = '';
  private idCount = 0;
  private errors: Record<number, string> = {};
  private paths = '';
  private pathCount = 0;
  /** Per path: STAT numbers (PathRecord). */
  private pathStat = new Float64Array(0);
  /** Per path: index of its content. */
  private pathIds = new Int32Array(0);
  /** Per content: offset and length of its record in `records`. */
  private spans = new Int32Array(0);
  private records = new Int32Array(0);
  /** The loaded strings, and those of facts encoded in this run. */
  private table = new StringTable();
  /** Where the next path in file order starts: its index and its offset in `paths`. */
  private next = { index: 0, at: 0 };
  /** Where `hasAt` expects the next path. */
  private probe = { index: 0, at: 0 };
  /** The last path looked up, and its index: callers ask about one file more than once. */
  private last = { path: '', index: undefined as number | undefined };
  /** Built only if paths are looked up out of order: index and offset of each. */
  private pathIndex: Map<string, number> | null = null;
  private pathStarts: Int32Array | null = null;
  /** Lookups by content so far without `idIndex`. */
  private idSearches = 0;
  /** Built on first use: unmodified files are found by path. */
  private idIndex: Map<string, number> | null = null;
  /** Loaded entries this run confirmed (they are written back as they were). */
  private usedPaths = new Uint8Array(0);
  private usedIds = new Uint8Array(0);
  /** Loaded paths whose content this run confirmed by stat data or hash (not by git's id), by index: see contentIdOf. */
  private readonly confirmed = new Map<string, number>();
  /** Entries that are new or differ from the loaded ones. */
  private readonly newPaths = new Map<string, PathRecord>();
  private readonly newFacts = new Map<string, FactsRecord>();
  /** Paths in the order this run asked about them: the order to write them in. */
  private readonly seen: string[] = [];
  /** Modules whose facts came from the cache, and modules scanned, in this run (for --verbose). */
  readonly counts = { cached: 0, scanned: 0 };
  private readonly dir: string;
  /** The cache file of this project. */
  readonly file: string;
  /** The folders a repository could hold, from the top down to the cache folder: none may be a link. */
  private readonly guarded: string[];
  private readonly fingerprint = toolFingerprint();
  /** The project model of the work tree's runs and of --staged runs (model-store.ts), beside the facts. */
  private readonly modelFiles: { tree: string; staged: string };
  /** Models to write with the facts. */
  private readonly newModels = new Map<string, () => Uint8Array[]>();

  private isLoaded = false;
  /** What is wrong with the cache folder or file: the one warning for it. */
  private problem: string | null = null;
  /** The folder holds something we did not put there: neither read nor written. */
  private untrusted = false;
  private hasGitignore = false;

  /** `show` turns a path into what messages say (relative to the working directory). */
  constructor(
    dir: string,
    projectRoot: string,
    private readonly show: (abs: string) => string = (p) => p,
  ) {
    this.dir = path.resolve(dir);
    // One file per linted root, named after it, so nested runs do not overwrite each other.
    const name = Buffer.from(path.resolve(projectRoot)).toString('base64url').slice(-80);
    this.file = path.join(this.dir, `facts-${name}.bin`);
    this.modelFiles = { tree: path.join(this.dir, `model-${name}.json`), staged: path.join(this.dir, `model-staged-${name}.json`) };
    const rel = path.relative(path.resolve(projectRoot), this.dir);
    // Above the project (an absolute --cache-dir), folders are the user's own, links included.
    const inside = rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
    this.guarded = inside ? rel.split(path.sep).map((_, i, parts) => path.join(projectRoot, ...parts.slice(0, i + 1))) : [this.dir];
  }

  private untrustedWarning(e: Untrusted): string {
    return `not using the cache in ${this.show(this.dir)}: ${e.message}; delete ${this.show(this.dir)}, or use --no-cache or --cache-dir`;
  }

  /** The warning about the cache this run, if any (one at most). */
  get warning(): string | null {
    return this.problem;
  }

  /**
   * Checks the folders down to the cache folder, and its .gitignore; creates missing folders if
   * `create`. Whether the cache folder exists. Throws Untrusted for a link or a special file.
   */
  private checkFolders(create: boolean): boolean {
    for (const d of this.guarded) {
      let st = lstatOrNull(d);
      if (!st) {
        if (!create) return false;
        makeFolders(d);
        st = fs.lstatSync(d);
      }
      if (st.isSymbolicLink()) throw new Untrusted(`${this.show(d)} is a symbolic link`);
      if (!st.isDirectory()) {
        if (!create) return false;
        throw Object.assign(new Error(`ENOTDIR: not a directory, mkdir '${d}'`), { code: 'ENOTDIR' });
      }
    }
    const gitignore = path.join(this.dir, '.gitignore');
    const st = lstatOrNull(gitignore);
    if (st && !st.isFile()) throw new Untrusted(`${this.show(gitignore)} ${st.isSymbolicLink() ? 'is a symbolic link' : 'is not a regular file'}`);
    this.hasGitignore = st !== null;
    return true;
  }

  /** A cache file's bytes (in a buffer of their own, so typed views are aligned), or null if there is none. */
  private readFile(file = this.file): Buffer | null {
    let fd: number;
    try {
      // O_NONBLOCK: opening a FIFO does not wait for a writer.
      fd = fs.openSync(file, O_RDONLY | O_NOFOLLOW | O_NONBLOCK);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ELOOP') throw new Untrusted(`${this.show(file)} is a symbolic link`);
      if (code === 'ENXIO') throw new Untrusted(`${this.show(file)} is not a regular file`);
      return null;
    }
    try {
      const st = fs.fstatSync(fd);
      if (!st.isFile()) throw new Untrusted(`${this.show(file)} is not a regular file`);
      const buf = Buffer.allocUnsafeSlow(st.size);
      let done = 0;
      for (let n = 1; done < buf.length && n > 0; done += n) n = fs.readSync(fd, buf, done, buf.length - done, null);
      return buf.subarray(0, done);
    } finally {
      fs.closeSync(fd);
    }
  }

  /**
   * Reads the file (once). Called by every lookup; call it early to overlap it with something
   * else, such as git listing the files.
   */
  load(): void {
    if (this.isLoaded) return;
    this.isLoaded = true;
    let buf: Buffer | null;
    try {
      buf = this.checkFolders(false) ? this.readFile() : null;
    } catch (e) {
      this.untrusted = true;
      this.problem = e instanceof Untrusted ? this.untrustedWarning(e) : `cannot read the cache in ${this.show(this.dir)}: ${cause(e)}; use --no-cache or --cache-dir`;
      return;
    }
    // Absent, or of another layout (an older version): start over without a word.
    if (!buf || !buf.subarray(0, MAGIC.length).equals(MAGIC)) return;
    const damaged = (why: string): void => {
      this.problem = `discarded the damaged cache file ${this.show(this.file)} (${why}); it is written afresh`;
    };
    if (buf.length < HEADER_AT) return damaged('cut short');
    if (!checksum([buf.subarray(0, SUM_AT), buf.subarray(HEADER_AT)]).equals(buf.subarray(SUM_AT, HEADER_AT))) return damaged('checksum mismatch');
    // From here on the bytes are as written, by this or another version, or crafted: still checked.
    try {
      const headerEnd = HEADER_AT + buf.readUInt32LE(LENGTH_AT);
      if (headerEnd > buf.length) return damaged('cut short');
      const header = JSON.parse(buf.toString('utf8', HEADER_AT, headerEnd)) as Header;
      if (header.tool !== this.fingerprint) return;
      if (!wellFormed(header)) return damaged('malformed header');
      // A large project's checks and phases start here, before its files are listed (src/host/jit.ts).
      optimizeFor({ modules: header.pathCount, bytes: 0 });
      const idCount = header.ids.length / ID_LENGTH;
      const from = (headerEnd + 7) & ~7;
      const numbers = 8 * STAT * header.pathCount + 4 * header.pathCount + 8 * idCount;
      if (buf.byteLength < from + numbers || (buf.byteLength - from - numbers) % 4 !== 0) return damaged('cut short');
      // readFile's buffer starts at offset 0 of its own: typed views of it are aligned.
      const base = buf.byteOffset + from;
      const ab = buf.buffer as ArrayBuffer;
      const pathStat = new Float64Array(ab, base, STAT * header.pathCount);
      const pathIds = new Int32Array(ab, base + 8 * STAT * header.pathCount, header.pathCount);
      const spans = new Int32Array(ab, base + (8 * STAT + 4) * header.pathCount, 2 * idCount);
      const records = new Int32Array(ab, base + numbers, (buf.byteLength - from - numbers) >> 2);
      if (!optimizing(() => consistent(pathIds, idCount, spans, records, header.strings.length))) return damaged('malformed records');
      this.ids = header.ids;
      this.idCount = idCount;
      this.errors = header.errors;
      this.paths = header.paths;
      this.pathCount = header.pathCount;
      this.pathStat = pathStat;
      this.pathIds = pathIds;
      this.spans = spans;
      this.records = records;
      this.table = new StringTable(header.strings);
      this.usedPaths = new Uint8Array(header.pathCount);
      this.usedIds = new Uint8Array(idCount);
    } catch {
      damaged('malformed header');
    }
  }

  /**
   * The stored project model of this kind of run (model-store.ts), or null: none, unreadable, or
   * the folder is not to be trusted (the facts' load says why, once).
   */
  private readModel(staged: boolean): string | null {
    this.load();
    if (this.untrusted) return null;
    try {
      return this.readFile(staged ? this.modelFiles.staged : this.modelFiles.tree)?.toString('utf8') ?? null;
    } catch {
      return null; // a link or a special file: not read, and replaced (never followed) by the next save
    }
  }

  /** A project model computed in this run, made and written by `save` (never by a --diff run, which saves nothing). */
  private keepModel(staged: boolean, parts: () => Uint8Array[]): void {
    this.newModels.set(staged ? this.modelFiles.staged : this.modelFiles.tree, parts);
  }

  /** The model of this kind of run, read and kept here (model-store.ts); `contentIdOf` knows the project's content ids. */
  modelSlot(staged: boolean, contentIdOf: (file: ProjectFile) => string | null): ModelSlot {
    return {
      read: () => this.readModel(staged),
      keep: (text) => this.keepModel(staged, text),
      factsOf: (id) => this.factsOfContent(id)?.facts ?? null,
      kept: (id) => !this.newFacts.has(id) || !(this.pathCount > 0 && this.fewChanges()),
      contentIdOf,
    };
  }

  /** The facts of a content the cache holds (loaded or scanned in this run), or null; not marked as used. */
  private factsOfContent(contentId: string): CachedFacts | null {
    this.load();
    const scanned = this.newFacts.get(contentId);
    const i = scanned ? undefined : this.loadedId(contentId);
    const f = scanned ?? (i === undefined ? null : this.loadedRecord(i));
    return f && { facts: decodeFacts(f.data, f.start, f.strings), readError: f.readError };
  }

  /** The content this run found at a path it looked up (by git's id, stat data or hash), or null. */
  contentIdOf(relPath: string): string | null {
    const record = this.newPaths.get(relPath);
    if (record) return contentOf(record);
    const i = this.confirmed.get(relPath);
    return i === undefined ? null : this.ids.substr(ID_LENGTH * this.pathIds[i]!, ID_LENGTH);
  }

  /** Whether the facts of this content are known. */
  has(contentId: string): boolean {
    this.load();
    return this.newFacts.has(contentId) || this.loadedId(contentId) !== undefined;
  }

  /**
   * Whether the facts of the content at a path are known, for paths asked in file order (--staged
   * asks of every file before reading any): an unmodified file is found where the previous one
   * ended, without indexing every content (a map of 20,000 ids cost a --staged run 12 ms). Such an
   * entry is in use from then on, read or not.
   */
  hasAt(relPath: string, contentId: string): boolean {
    this.load();
    const { paths, probe } = this;
    while (probe.index < this.pathCount) {
      const end = paths.indexOf('\0', probe.at);
      const here = probe.index;
      const at = probe.at;
      // Both lists are in path order: paths the cache has and this run does not are passed over.
      if (end - at === relPath.length && paths.startsWith(relPath, at)) {
        probe.index++;
        probe.at = end + 1;
        if (this.ids.startsWith(contentId, ID_LENGTH * this.pathIds[here]!)) {
          // In use whether or not the run reads it (a run that reuses the project model reads
          // few): kept when the file is written.
          this.usedPaths[here] = 1;
          this.usedIds[this.pathIds[here]!] = 1;
          this.seen.push(relPath);
          return true;
        }
        break;
      }
      if (paths.slice(at, end) > relPath) break;
      probe.index++;
      probe.at = end + 1;
    }
    return this.has(contentId);
  }

  /** Facts for content git vouches for, or null. */
  byContentId(relPath: string, contentId: string): CachedFacts | null {
    this.load();
    const i = this.loadedPath(relPath);
    // The common case, an unmodified file at the same path: no lookup by content.
    if (i !== undefined && this.pathStat[STAT * i] === -1 && this.ids.startsWith(contentId, ID_LENGTH * this.pathIds[i]!)) {
      this.usedPaths[i] = 1;
      return this.loadedFacts(this.pathIds[i]!);
    }
    return this.decoded(this.use(relPath, contentId));
  }

  /** Facts for a file whose recorded stat data still match, or null. */
  byStat(relPath: string, stat: fs.Stats): CachedFacts | null {
    this.load();
    const i = this.loadedPath(relPath);
    const at = STAT * (i ?? 0);
    const { pathStat } = this;
    if (i === undefined || pathStat[at] !== stat.size || pathStat[at + 1] !== stat.mtimeMs || pathStat[at + 2] !== stat.ctimeMs || pathStat[at + 3] !== stat.ino) return null;
    this.usedPaths[i] = 1;
    this.confirmed.set(relPath, i);
    return this.loadedFacts(this.pathIds[i]!);
  }

  /** The facts of loaded content `i`, marked as used. */
  private loadedFacts(i: number): CachedFacts {
    this.usedIds[i] = 1;
    this.counts.cached++;
    return { facts: decodeFacts(this.records, this.spans[2 * i]!, this.table.strings), readError: this.errors[i] ?? null };
  }

  /**
   * Facts for content read and hashed by the caller (a file touched but unchanged, or copied), or
   * null. `stat` (null when git vouched for the content) is kept only if the file was modified long
   * enough before `now` to be trusted.
   */
  byContent(relPath: string, contentId: string, stat: fs.Stats | null, now: number): CachedFacts | null {
    this.load();
    return this.decoded(this.remember(relPath, contentId, stat, now));
  }

  /**
   * Facts scanned and encoded in this run (by a worker thread, or in this thread: modules.ts), for
   * content read and hashed by the caller; the record is stored as it is.
   */
  storeScanned(relPath: string, contentId: string, stat: fs.Stats | null, now: number, record: FactsRecord): CachedFacts {
    this.load();
    this.counts.scanned++;
    if (!this.has(contentId)) this.newFacts.set(contentId, record);
    this.remember(relPath, contentId, stat, now);
    return { facts: decodeFacts(record.data, record.start, record.strings), readError: record.readError };
  }

  private remember(relPath: string, contentId: string, stat: fs.Stats | null, now: number): FactsRecord | null {
    // ctime too: `touch -d` and `cp -p` set an old mtime on a file changed just now.
    const trusted = stat !== null && stat.mtimeMs < now - TRUST_AFTER_MS && stat.ctimeMs < now - TRUST_AFTER_MS;
    return this.use(relPath, trusted ? [contentId, stat.size, stat.mtimeMs, stat.ctimeMs, stat.ino] : contentId);
  }

  /** The loaded index of a path, found where the previous path ended when files come in order. */
  private loadedPath(relPath: string): number | undefined {
    if (relPath === this.last.path) return this.last.index;
    this.seen.push(relPath);
    const { paths, next } = this;
    let index: number | undefined;
    const end = next.at + relPath.length;
    if (next.index < this.pathCount && paths.startsWith(relPath, next.at) && paths.charCodeAt(end) === 0) {
      index = next.index;
      next.index++;
      next.at = end + 1;
    } else if ((index = this.nearAhead(relPath)) === undefined) {
      index = this.outOfOrder().get(relPath);
      if (index !== undefined) {
        next.index = index + 1;
        next.at = this.pathStarts![index]! + relPath.length + 1;
      }
    }
    this.last = { path: relPath, index };
    return index;
  }

  /**
   * A path a few entries past where the previous one ended (a run that skips a file or two: the
   * files --staged reads from git's blobs), found without indexing every path; `next` then follows it.
   */
  private nearAhead(relPath: string): number | undefined {
    if (this.pathIndex) return undefined;
    const { paths, next } = this;
    let at = next.at;
    for (let i = next.index; i < this.pathCount && i < next.index + NEAR_AHEAD; i++) {
      const end = paths.indexOf('\0', at);
      if (end - at === relPath.length && paths.startsWith(relPath, at)) {
        next.index = i + 1;
        next.at = end + 1;
        return i;
      }
      at = end + 1;
    }
    return undefined;
  }

  private outOfOrder(): Map<string, number> {
    if (!this.pathIndex) {
      this.pathIndex = new Map();
      this.pathStarts = new Int32Array(this.pathCount);
      for (let i = 0, at = 0; i < this.pathCount; i++) {
        const end = this.paths.indexOf('\0', at);
        this.pathStarts[i] = at;
        this.pathIndex.set(this.paths.slice(at, end), i);
        at = end + 1;
      }
    }
    return this.pathIndex;
  }

  private loadedId(contentId: string): number | undefined {
    // A few lookups search the ids (under a millisecond each at 20,000); many pay for an index.
    if (!this.idIndex && this.idSearches++ < ID_SEARCHES) {
      for (let at = this.ids.indexOf(contentId); at !== -1; at = this.ids.indexOf(contentId, at + 1)) {
        if (at % ID_LENGTH === 0) return at / ID_LENGTH;
      }
      return undefined;
    }
    if (!this.idIndex) {
      this.idIndex = new Map();
      for (let i = 0; i < this.idCount; i++) this.idIndex.set(this.ids.substr(ID_LENGTH * i, ID_LENGTH), i);
    }
    return this.idIndex.get(contentId);
  }

  /** Marks a loaded content as used; its record. */
  private useId(contentId: string, i: number | undefined = this.loadedId(contentId)): FactsRecord | null {
    if (i === undefined) return this.newFacts.get(contentId) ?? null;
    this.usedIds[i] = 1;
    return this.loadedRecord(i);
  }

  /** The record of loaded content `i`. */
  private loadedRecord(i: number): FactsRecord {
    return { data: this.records, start: this.spans[2 * i]!, length: this.spans[2 * i + 1]!, strings: this.table.strings, readError: this.errors[i] ?? null };
  }

  /** Records that `relPath` holds `record`'s content in this run; its facts, or null if unknown. */
  private use(relPath: string, record: PathRecord): FactsRecord | null {
    const loaded = this.loadedId(contentOf(record));
    const f = this.useId(contentOf(record), loaded);
    if (!f) return null;
    if (loaded === undefined) {
      // Content first seen in this run: no loaded entry holds it, so the path need not be found
      // among them (a run that has passed it would index every path to find it).
      this.seen.push(relPath);
      this.newPaths.set(relPath, record);
      return f;
    }
    const i = this.loadedPath(relPath);
    const at = STAT * (i ?? 0);
    const same = i !== undefined && this.ids.startsWith(contentOf(record), ID_LENGTH * this.pathIds[i]!) && this.pathStat[at] === statOf(record, 0) && this.pathStat[at + 1] === statOf(record, 1) && this.pathStat[at + 2] === statOf(record, 2) && this.pathStat[at + 3] === statOf(record, 3);
    if (same) {
      this.usedPaths[i] = 1;
      this.confirmed.set(relPath, i);
    } else this.newPaths.set(relPath, record);
    return f;
  }

  private decoded(f: FactsRecord | null): CachedFacts | null {
    if (f) this.counts.cached++;
    return f && { facts: decodeFacts(f.data, f.start, f.strings), readError: f.readError };
  }

  /**
   * Writes what this run used (entries for files gone since are dropped), atomically, and only if
   * something changed; returns a warning instead of failing (read-only CI folders), or the one
   * about the cache folder or file found when loading.
   *
   * A run that found a cache and changed only a few of its entries (scanned a few edited modules
   * or staged blobs, met a few new paths) leaves it as it was: the files someone is editing change
   * again before the next run, and writing them rewrote the whole file every time (typeshed after
   * a one-file edit: 150 of 750 ms; a --staged hook at 20,000 modules: 100 of 600 ms) to save
   * scanning a few files again.
   */
  save(): string | null {
    this.load();
    if (this.untrusted) return this.problem;
    // A run that changed few facts may still have computed the model. The facts first: what writing
    // them holds is garbage before the model is made (a cold run of 100,000 modules peaks there).
    const error = this.pathCount > 0 && this.fewChanges() ? null : this.write();
    const modelError = this.writeModels();
    return this.problem ?? error ?? modelError;
  }

  private writeModels(): string | null {
    try {
      for (const [file, parts] of this.newModels) {
        this.checkFolders(true);
        replaceFile(file, parts());
      }
      return null;
    } catch (e) {
      if (e instanceof Untrusted) return this.untrustedWarning(e);
      return `cannot write the cache in ${this.show(this.dir)}: ${cause(e)}; use --no-cache or --cache-dir`;
    } finally {
      this.newModels.clear();
    }
  }

  /**
   * Entries of files this run did not use stay until a write: files deleted, or left out of this
   * run (a --staged run leaves out untracked files, which the next plain run reads again).
   */
  private fewChanges(): boolean {
    return this.newFacts.size <= FEW_CHANGES && this.newPaths.size <= FEW_CHANGES;
  }

  private write(): string | null {
    const keptPaths = this.usedPaths.reduce((n, u) => n + u, 0);
    // A run that read no module (only structure rules enabled) says nothing about the files.
    if (keptPaths + this.newPaths.size === 0) return null;
    if (this.newPaths.size === 0 && this.newFacts.size === 0 && keptPaths === this.pathCount && this.problem === null) return null;
    try {
      this.checkFolders(true);
      // O_EXCL never follows a link, nor opens what is there: a file planted since is left alone.
      if (!this.hasGitignore) {
        try {
          writeNew(path.join(this.dir, '.gitignore'), [Buffer.from('# Created by dunderlint\n*\n')]);
        } catch (e) {
          if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
        }
      }
      collectGarbageIfLarge();
      const loadedUsed = this.usedIds.includes(1);
      // A run that used nothing loaded (a cold one) writes what it scanned as it is, without a copy
      // of the map (4 MB at 100,000 modules, at the run's peak).
      let records = this.newFacts;
      if (loadedUsed) {
        records = new Map();
        for (let i = 0; i < this.idCount; i++) {
          if (this.usedIds[i]) records.set(this.ids.substr(ID_LENGTH * i, ID_LENGTH), this.useId('', i)!);
        }
        for (const [id, f] of this.newFacts) records.set(id, f);
      }
      const { strings, data } = packRecordsOf(records, loadedUsed);
      const errors: Record<number, string> = {};
      const index = new Map<string, number>();
      const spans = new Int32Array(2 * records.size);
      let at = 0;
      for (const [id, f] of records) {
        if (f.readError !== null) errors[index.size] = f.readError;
        spans[2 * index.size] = at;
        spans[2 * index.size + 1] = f.length;
        index.set(id, index.size);
        at += f.length;
      }
      // Paths in the order this run looked them up, which the next run will too.
      const written = new Set<string>();
      // Filled in place: number arrays grown by push, then copied, were a tenth of what a save of
      // 100,000 paths added to the run's peak memory.
      const pathStat = new Float64Array(STAT * this.seen.length);
      const pathIds = new Int32Array(this.seen.length);
      const loaded = this.outOfOrder();
      for (const p of this.seen) {
        if (written.has(p)) continue;
        let record = this.newPaths.get(p);
        const i = loaded.get(p);
        if (!record && i !== undefined && this.usedPaths[i]) {
          const at = STAT * i;
          const { pathStat } = this;
          record = [this.ids.substr(ID_LENGTH * this.pathIds[i]!, ID_LENGTH), pathStat[at]!, pathStat[at + 1]!, pathStat[at + 2]!, pathStat[at + 3]!];
        }
        if (!record) continue;
        const k = written.size;
        written.add(p);
        for (let j = 0; j < STAT; j++) pathStat[STAT * k + j] = statOf(record, j);
        pathIds[k] = index.get(contentOf(record))!;
      }
      const header: Header = { tool: this.fingerprint, strings: strings as string[], ids: [...index.keys()].join(''), errors, paths: written.size ? `${[...written].join('\0')}\0` : '', pathCount: written.size };
      const json = Buffer.from(JSON.stringify(header));
      const prefix = Buffer.alloc(HEADER_AT);
      MAGIC.copy(prefix);
      prefix.writeUInt32LE(json.length, LENGTH_AT);
      const padding = Buffer.alloc(((HEADER_AT + json.length + 7) & ~7) - HEADER_AT - json.length);
      // Written part by part: joining them first copied megabytes for nothing (the header alone is
      // 7 MB at 100,000 paths).
      const parts = [prefix, json, padding, pathStat.subarray(0, STAT * written.size), pathIds.subarray(0, written.size), spans, ...data].map((p) => new Uint8Array(p.buffer, p.byteOffset, p.byteLength));
      checksum([prefix.subarray(0, SUM_AT), ...parts.slice(1)]).copy(prefix, SUM_AT);
      replaceFile(this.file, parts);
      return null;
    } catch (e) {
      if (e instanceof Untrusted) return this.untrustedWarning(e);
      return `cannot write the cache in ${this.show(this.dir)}: ${cause(e)}; use --no-cache or --cache-dir`;
    }
  }
}

/**
 * The records' integers in order, as runs of the arrays that hold them, and the string table they
 * refer to. Records of one table that nothing loaded shares (a cold run: all scanned in this run,
 * by modules.ts into one table) are written as they lie, without copying tens of megabytes; else
 * they are copied into a table of only the strings they use (edits would otherwise grow the table
 * forever).
 */
function packRecordsOf(records: ReadonlyMap<string, FactsRecord>, loadedUsed: boolean): { strings: readonly string[]; data: Int32Array[] } {
  const first = records.values().next().value as FactsRecord | undefined;
  let shared = !loadedUsed && first !== undefined;
  for (const f of records.values()) if (f.strings !== first!.strings) shared = false;
  if (shared) {
    const data: Int32Array[] = [];
    let run: { data: Ints; start: number; end: number } | null = null;
    const flush = (): void => {
      if (run) data.push(run.data instanceof Int32Array ? run.data.subarray(run.start, run.end) : Int32Array.from({ length: run.end - run.start }, (_, k) => run!.data[run!.start + k]!));
    };
    for (const f of records.values()) {
      if (run && run.data === f.data && run.end === f.start) run.end += f.length;
      else {
        flush();
        run = { data: f.data, start: f.start, end: f.start + f.length };
      }
    }
    flush();
    return { strings: first!.strings, data };
  }
  const strings = new StringTable();
  const reinterner = new Reinterner(strings);
  let total = 0;
  for (const f of records.values()) total += f.length;
  const data = new Int32Array(total);
  let at = 0;
  for (const f of records.values()) {
    reinterner.copy(f.data, f.start, f.length, f.strings, data, at);
    at += f.length;
  }
  return { strings: strings.strings, data: [data] };
}

/** Writes `file` whole or not at all: a new file renamed over it (a link there is replaced, never followed). */
function replaceFile(file: string, parts: readonly Uint8Array[]): void {
  // A name no one can have planted a link under, and O_EXCL besides.
  const tmp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  writeNew(tmp, parts);
  try {
    fs.renameSync(tmp, file);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}

/** Creates `file`, which must not exist (nor be a link), with `parts` as its bytes; nothing is left if a write fails. */
function writeNew(file: string, parts: readonly Uint8Array[]): void {
  const fd = fs.openSync(file, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, 0o666);
  try {
    for (const bytes of parts) {
      for (let done = 0; done < bytes.length; ) done += fs.writeSync(fd, bytes, done);
    }
  } catch (e) {
    fs.closeSync(fd);
    fs.rmSync(file, { force: true });
    throw e;
  }
  fs.closeSync(fd);
}

/** A header of the expected shape: the file may be damaged, or crafted. */
function wellFormed(h: Header): boolean {
  if (typeof h !== 'object' || h === null || !Array.isArray(h.strings) || typeof h.ids !== 'string' || typeof h.paths !== 'string') return false;
  if (!Number.isInteger(h.pathCount) || h.pathCount < 0 || h.ids.length % ID_LENGTH !== 0 || typeof h.errors !== 'object' || h.errors === null) return false;
  if (!h.strings.every((s) => typeof s === 'string')) return false;
  const idCount = h.ids.length / ID_LENGTH;
  for (const [k, v] of Object.entries(h.errors)) {
    if (typeof v !== 'string' || !(Number(k) >= 0 && Number(k) < idCount)) return false;
  }
  let count = 0;
  for (let at = h.paths.indexOf('\0'); at !== -1; at = h.paths.indexOf('\0', at + 1)) count++;
  return count === h.pathCount && (h.paths.length === 0 || h.paths.endsWith('\0'));
}

/**
 * Path entries that point at contents, and records inside the file that decode safely; a bad file
 * is dropped whole rather than half-trusted.
 */
function consistent(pathIds: Int32Array, idCount: number, spans: Int32Array, records: Int32Array, stringCount: number): boolean {
  for (let i = 0; i < spans.length; i += 2) {
    if (!validRecord(records, spans[i]!, spans[i + 1]!, stringCount)) return false;
  }
  for (const id of pathIds) if (!(id >= 0 && id < idCount)) return false;
  return true;
}
