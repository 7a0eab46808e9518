/**
 * Per-file facts cache (`.dunderlint_cache/`): what the scanner read from each Python file, keyed
 * by a hash of the file's content (git's blob id), and dropped whenever the scanner changes.
 *
 * Finding a file's content hash must cost less than scanning it, or the cache is pointless:
 * - in a git work tree, git's index already holds the blob id of every file it finds unmodified;
 * - elsewhere, the size and mtime recorded with the hash stand for it, as in git's own index, and
 *   a file whose stat data changed is read and hashed, so a touched but unchanged file still hits.
 * A file modified within TRUST_AFTER_MS of being recorded is never trusted by its stat data (git's
 * "racy" entries): a same-size edit in the same clock tick would otherwise go unseen.
 *
 * Only per-file facts are cached; every rule runs on every run, so findings that depend on other
 * files (a deleted `__init__.py`) are never stale.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { VERSION } from '../package-info';
import type { ModuleFacts } from '../python/facts';
import { decodeFacts, encodeFacts, HEADER_INTS, Reinterner, StringTable, type Ints } from '../python/facts-codec';

const TRUST_AFTER_MS = 2000;

/** What a file's path was last seen as: content hash, and the stat data that vouch for it (-1: none). */
type PathRecord = [contentId: string, size: number, mtimeMs: number];

/**
 * The file: a little-endian u32 header length, the header as JSON, padding to a multiple of 8, then
 * in the machine's byte order:
 * - Float64 × 2 per path: the size and mtime that vouch for its content (-1: none);
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
 * The version, and the code that produces facts: a scanner change must drop the cache even while
 * the version number stands still (a linked development install). The byte order too: the
 * integers are stored as the machine holds them.
 */
function toolFingerprint(): string {
  const hash = createHash('sha1').update(VERSION).update(os.endianness());
  try {
    for (const name of ['scanner', 'facts', 'facts-codec', 'strings', 'source']) {
      hash.update(fs.readFileSync(path.join(__dirname, '..', 'python', `${name}${path.extname(__filename)}`)));
    }
  } catch {
    // Bundled (bin/dunderlint.js runs dist/bundle/cli.js): the bundle holds the scanner.
    hash.update(fs.readFileSync(__filename));
  }
  return hash.digest('hex').slice(0, 16);
}

export class FactsCache {
  private ids = '';
  private idCount = 0;
  private errors: Record<number, string> = {};
  private paths = '';
  private pathCount = 0;
  /** Per path: size, mtimeMs. */
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
  /** The last path looked up, and its index: callers ask about one file more than once. */
  private last = { path: '', index: undefined as number | undefined };
  /** Built only if paths are looked up out of order: index and offset of each. */
  private pathIndex: Map<string, number> | null = null;
  private pathStarts: Int32Array | null = null;
  /** Built on first use: unmodified files are found by path. */
  private idIndex: Map<string, number> | null = null;
  /** Loaded entries this run confirmed (they are written back as they were). */
  private usedPaths = new Uint8Array(0);
  private usedIds = new Uint8Array(0);
  /** Entries that are new or differ from the loaded ones. */
  private readonly newPaths = new Map<string, PathRecord>();
  private readonly newFacts = new Map<string, FactsRecord>();
  /** Paths in the order this run asked about them: the order to write them in. */
  private readonly seen: string[] = [];
  /** Modules whose facts came from the cache, and modules scanned, in this run (for --verbose). */
  readonly counts = { cached: 0, scanned: 0 };
  private readonly file: string;
  private readonly fingerprint = toolFingerprint();

  private isLoaded = false;

  constructor(dir: string, projectRoot: string) {
    // One file per linted root, named after it, so nested runs do not overwrite each other.
    const name = Buffer.from(path.resolve(projectRoot)).toString('base64url').slice(-80);
    this.file = path.join(dir, `facts-${name}.bin`);
  }

  /**
   * Reads the file (once). Called by every lookup; call it early to overlap it with something
   * else, such as git listing the files.
   */
  load(): void {
    if (this.isLoaded) return;
    this.isLoaded = true;
    try {
      const buf = fs.readFileSync(this.file);
      const headerEnd = 4 + buf.readUInt32LE(0);
      const header = JSON.parse(buf.toString('utf8', 4, headerEnd)) as Header;
      if (header.tool !== this.fingerprint || !wellFormed(header)) return;
      const idCount = header.ids.length / ID_LENGTH;
      const from = (headerEnd + 7) & ~7;
      const numbers = 16 * header.pathCount + 4 * header.pathCount + 8 * idCount;
      if (buf.byteLength < from + numbers) return;
      // Typed views need aligned offsets; a copy starts at offset 0 of a buffer of its own.
      const bytes = buf.byteOffset % 8 === 0 ? buf : new Uint8Array(buf);
      const base = bytes.byteOffset + from;
      const pathStat = new Float64Array(bytes.buffer, base, 2 * header.pathCount);
      const pathIds = new Int32Array(bytes.buffer, base + 16 * header.pathCount, header.pathCount);
      const spans = new Int32Array(bytes.buffer, base + 20 * header.pathCount, 2 * idCount);
      const records = new Int32Array(bytes.buffer, base + numbers, (bytes.byteLength - from - numbers) >> 2);
      if (!consistent(pathIds, idCount, spans, records.length)) return;
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
      // no cache yet, or an unreadable one: start over
    }
  }

  /** Whether the facts of this content are known. */
  has(contentId: string): boolean {
    this.load();
    return this.newFacts.has(contentId) || this.loadedId(contentId) !== undefined;
  }

  /** Facts for content git vouches for, or null. */
  byContentId(relPath: string, contentId: string): CachedFacts | null {
    this.load();
    const i = this.loadedPath(relPath);
    // The common case, an unmodified file at the same path: no lookup by content.
    if (i !== undefined && this.pathStat[2 * i] === -1 && this.ids.startsWith(contentId, ID_LENGTH * this.pathIds[i]!)) {
      this.usedPaths[i] = 1;
      return this.loadedFacts(this.pathIds[i]!);
    }
    return this.decoded(this.use(relPath, [contentId, -1, -1]));
  }

  /** Facts for a file whose recorded stat data still match, or null. */
  byStat(relPath: string, stat: fs.Stats): CachedFacts | null {
    this.load();
    const i = this.loadedPath(relPath);
    if (i === undefined || this.pathStat[2 * i] !== stat.size || this.pathStat[2 * i + 1] !== stat.mtimeMs) return null;
    this.usedPaths[i] = 1;
    return this.loadedFacts(this.pathIds[i]!);
  }

  /** The facts of loaded content `i`, marked as used. */
  private loadedFacts(i: number): CachedFacts {
    this.usedIds[i] = 1;
    this.counts.cached++;
    return { facts: decodeFacts(this.records, this.spans[2 * i]!, this.table.strings), readError: this.errors[i] ?? null };
  }

  /**
   * Facts for content read and hashed by the caller: `scanned` when it just scanned them, or null
   * to look the hash up (a file touched but unchanged, or copied). `stat` (null when git vouched
   * for the content) is kept only if the file was modified long enough before `now` to be trusted.
   */
  byContent(relPath: string, contentId: string, stat: fs.Stats | null, now: number, scanned: CachedFacts | null = null): CachedFacts | null {
    this.load();
    if (scanned) {
      this.counts.scanned++;
      if (!this.has(contentId)) {
        const data = encodeFacts(scanned.facts, this.table);
        this.newFacts.set(contentId, { data, start: 0, length: data.length, strings: this.table.strings, readError: scanned.readError });
      }
    }
    const hit = this.remember(relPath, contentId, stat, now);
    return scanned ?? this.decoded(hit);
  }

  /** Facts a worker thread scanned and encoded, for content read and hashed there. */
  storeScanned(relPath: string, contentId: string, stat: fs.Stats | null, now: number, record: FactsRecord): CachedFacts {
    this.load();
    this.counts.scanned++;
    if (!this.has(contentId)) this.newFacts.set(contentId, record);
    this.remember(relPath, contentId, stat, now);
    return { facts: decodeFacts(record.data, record.start, record.strings), readError: record.readError };
  }

  private remember(relPath: string, contentId: string, stat: fs.Stats | null, now: number): FactsRecord | null {
    const trusted = stat !== null && stat.mtimeMs < now - TRUST_AFTER_MS;
    return this.use(relPath, trusted ? [contentId, stat.size, stat.mtimeMs] : [contentId, -1, -1]);
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
    } else {
      index = this.outOfOrder().get(relPath);
      if (index !== undefined) {
        next.index = index + 1;
        next.at = this.pathStarts![index]! + relPath.length + 1;
      }
    }
    this.last = { path: relPath, index };
    return index;
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
    return { data: this.records, start: this.spans[2 * i]!, length: this.spans[2 * i + 1]!, strings: this.table.strings, readError: this.errors[i] ?? null };
  }

  /** Records that `relPath` holds `record`'s content in this run; its facts, or null if unknown. */
  private use(relPath: string, record: PathRecord): FactsRecord | null {
    const f = this.useId(record[0]);
    if (!f) return null;
    const i = this.loadedPath(relPath);
    const same = i !== undefined && this.ids.startsWith(record[0], ID_LENGTH * this.pathIds[i]!) && this.pathStat[2 * i] === record[1] && this.pathStat[2 * i + 1] === record[2];
    if (same) this.usedPaths[i] = 1;
    else this.newPaths.set(relPath, record);
    return f;
  }

  private decoded(f: FactsRecord | null): CachedFacts | null {
    if (f) this.counts.cached++;
    return f && { facts: decodeFacts(f.data, f.start, f.strings), readError: f.readError };
  }

  /**
   * Writes what this run used (entries for files gone since are dropped), atomically, and only if
   * something changed; returns a warning instead of failing (read-only CI folders).
   */
  save(): string | null {
    this.load();
    const keptPaths = this.usedPaths.reduce((n, u) => n + u, 0);
    // A run that read no module (only structure rules enabled) says nothing about the files.
    if (keptPaths + this.newPaths.size === 0) return null;
    if (this.newPaths.size === 0 && this.newFacts.size === 0 && keptPaths === this.pathCount) return null;
    try {
      fs.mkdirSync(path.dirname(this.file), { recursive: true });
      const gitignore = path.join(path.dirname(this.file), '.gitignore');
      if (!fs.existsSync(gitignore)) fs.writeFileSync(gitignore, '# Created by dunderlint\n*\n');
      const records = new Map<string, FactsRecord>();
      for (let i = 0; i < this.idCount; i++) {
        if (this.usedIds[i]) records.set(this.ids.substr(ID_LENGTH * i, ID_LENGTH), this.useId('', i)!);
      }
      for (const [id, f] of this.newFacts) records.set(id, f);
      // Only the strings live records use are written: edits would otherwise grow the table forever.
      const strings = new StringTable();
      const reinterner = new Reinterner(strings);
      let total = 0;
      for (const f of records.values()) total += f.length;
      const data = new Int32Array(total);
      const errors: Record<number, string> = {};
      const index = new Map<string, number>();
      const spans = new Int32Array(2 * records.size);
      let at = 0;
      for (const [id, f] of records) {
        reinterner.copy(f.data, f.start, f.length, f.strings, data, at);
        if (f.readError !== null) errors[index.size] = f.readError;
        spans[2 * index.size] = at;
        spans[2 * index.size + 1] = f.length;
        index.set(id, index.size);
        at += f.length;
      }
      // Paths in the order this run looked them up, which the next run will too.
      const written = new Set<string>();
      const pathStat: number[] = [];
      const pathIds: number[] = [];
      const loaded = this.outOfOrder();
      for (const p of this.seen) {
        if (written.has(p)) continue;
        let record = this.newPaths.get(p);
        const i = loaded.get(p);
        if (!record && i !== undefined && this.usedPaths[i]) {
          record = [this.ids.substr(ID_LENGTH * this.pathIds[i]!, ID_LENGTH), this.pathStat[2 * i]!, this.pathStat[2 * i + 1]!];
        }
        if (!record) continue;
        written.add(p);
        pathStat.push(record[1], record[2]);
        pathIds.push(index.get(record[0])!);
      }
      const header: Header = { tool: this.fingerprint, strings: strings.strings, ids: [...index.keys()].join(''), errors, paths: [...written].map((p) => `${p}\0`).join(''), pathCount: written.size };
      const json = Buffer.from(JSON.stringify(header));
      const prefix = Buffer.alloc((4 + json.length + 7) & ~7);
      prefix.writeUInt32LE(json.length, 0);
      json.copy(prefix, 4);
      const tmp = `${this.file}.${process.pid}.tmp`;
      // Written part by part: joining them first copied megabytes for nothing.
      const fd = fs.openSync(tmp, 'w');
      try {
        for (const part of [prefix, new Float64Array(pathStat), new Int32Array(pathIds), spans, data]) {
          const bytes = new Uint8Array(part.buffer, part.byteOffset, part.byteLength);
          for (let done = 0; done < bytes.length; ) done += fs.writeSync(fd, bytes, done);
        }
      } finally {
        fs.closeSync(fd);
      }
      fs.renameSync(tmp, this.file);
      return null;
    } catch (e) {
      return `cannot write the cache in ${path.dirname(this.file)} (${(e as NodeJS.ErrnoException).code ?? e}); use --no-cache or --cache-dir`;
    }
  }
}

/** A header of the expected shape: the file may be cut short, or edited by hand. */
function wellFormed(h: Header): boolean {
  if (!Array.isArray(h.strings) || typeof h.ids !== 'string' || typeof h.paths !== 'string') return false;
  if (!Number.isInteger(h.pathCount) || h.ids.length % ID_LENGTH !== 0 || typeof h.errors !== 'object' || h.errors === null) return false;
  let count = 0;
  for (let at = h.paths.indexOf('\0'); at !== -1; at = h.paths.indexOf('\0', at + 1)) count++;
  return count === h.pathCount && (h.paths.length === 0 || h.paths.endsWith('\0'));
}

/** Records and path entries that point inside the file; a damaged file is dropped whole rather than half-trusted. */
function consistent(pathIds: Int32Array, idCount: number, spans: Int32Array, length: number): boolean {
  for (let i = 0; i < spans.length; i += 2) {
    const at = spans[i]!;
    const n = spans[i + 1]!;
    if (!(at >= 0 && n >= HEADER_INTS && at + n <= length)) return false;
  }
  for (const id of pathIds) if (!(id >= 0 && id < idCount)) return false;
  return true;
}
