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
import { decodeFacts, encodeFacts, HEADER_INTS, reintern, StringTable, type Ints } from '../python/facts-codec';

const TRUST_AFTER_MS = 2000;

/** What a file's path was last seen as: content hash, and the stat data that vouch for it (-1: none). */
type PathRecord = [contentId: string, size: number, mtimeMs: number];

/**
 * The file: a little-endian u32 header length, the header as JSON, padding to a multiple of 4,
 * then the integers of every record (facts-codec.ts) in the machine's byte order. The header is
 * flat arrays, not objects keyed by path: parsing 20,000 keys cost more than the rest of loading.
 */
interface Header {
  tool: string;
  strings: string[];
  /** Content ids, and for each its record's [offset, length] in `spans`. */
  ids: string[];
  spans: number[];
  /** Why a content could not be decoded, by index in `ids`. */
  errors: Record<number, string>;
  /** Paths, and for each [index in `ids`, size, mtimeMs] in `pathData`. */
  paths: string[];
  pathData: number[];
}

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
  for (const name of ['scanner', 'facts', 'facts-codec', 'strings', 'source']) {
    const file = path.join(__dirname, '..', 'python', `${name}${path.extname(__filename)}`);
    try {
      hash.update(fs.readFileSync(file));
    } catch {
      hash.update(name); // bundled differently: the version alone decides
    }
  }
  return hash.digest('hex').slice(0, 16);
}

const EMPTY: Header = { tool: '', strings: [], ids: [], spans: [], errors: {}, paths: [], pathData: [] };

export class FactsCache {
  private loaded: Header = EMPTY;
  private loadedData: Int32Array = new Int32Array(0);
  /** The loaded strings, and those of facts encoded in this run. */
  private table = new StringTable();
  private readonly pathIndex = new Map<string, number>();
  /** Built on first use: unmodified files are found by path. */
  private idIndex: Map<string, number> | null = null;
  /** Loaded entries this run confirmed (they are written back as they were). */
  private usedPaths = new Uint8Array(0);
  private usedIds = new Uint8Array(0);
  /** Entries that are new or differ from the loaded ones. */
  private readonly newPaths = new Map<string, PathRecord>();
  private readonly newFacts = new Map<string, FactsRecord>();
  /** Modules whose facts came from the cache, and modules scanned, in this run (for --verbose). */
  readonly counts = { cached: 0, scanned: 0 };
  private readonly file: string;
  private readonly tool = toolFingerprint();

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
      const from = (headerEnd + 3) & ~3;
      const length = (buf.byteLength - from) >> 2;
      if (header.tool !== this.tool || !consistent(header, length)) return;
      // An Int32Array view needs 4-byte alignment; a small file read into Node's shared pool may lack it.
      const offset = buf.byteOffset + from;
      this.loadedData = offset % 4 === 0 ? new Int32Array(buf.buffer, offset, length) : new Int32Array(buf.buffer.slice(offset, offset + length * 4));
      this.loaded = header;
      this.table = new StringTable(header.strings);
      header.paths.forEach((p, i) => this.pathIndex.set(p, i));
      this.usedPaths = new Uint8Array(header.paths.length);
      this.usedIds = new Uint8Array(header.ids.length);
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
    const i = this.pathIndex.get(relPath);
    const d = this.loaded.pathData;
    // The common case, an unmodified file at the same path: no lookup by content.
    if (i !== undefined && d[3 * i + 1] === -1 && this.loaded.ids[d[3 * i]!] === contentId) {
      this.usedPaths[i] = 1;
      return this.decoded(this.useId(contentId, d[3 * i]!));
    }
    return this.decoded(this.use(relPath, [contentId, -1, -1]));
  }

  /** Facts for a file whose recorded stat data still match, or null. */
  byStat(relPath: string, stat: fs.Stats): CachedFacts | null {
    this.load();
    const i = this.pathIndex.get(relPath);
    const d = this.loaded.pathData;
    if (i === undefined || d[3 * i + 1] !== stat.size || d[3 * i + 2] !== stat.mtimeMs) return null;
    this.usedPaths[i] = 1;
    return this.decoded(this.useId(this.loaded.ids[d[3 * i]!]!, d[3 * i]!));
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

  private loadedId(contentId: string): number | undefined {
    if (!this.idIndex) {
      this.idIndex = new Map();
      this.loaded.ids.forEach((id, i) => this.idIndex!.set(id, i));
    }
    return this.idIndex.get(contentId);
  }

  /** Marks a loaded content as used; its record. */
  private useId(contentId: string, i: number | undefined = this.loadedId(contentId)): FactsRecord | null {
    if (i === undefined) return this.newFacts.get(contentId) ?? null;
    this.usedIds[i] = 1;
    const { spans, errors } = this.loaded;
    return { data: this.loadedData, start: spans[2 * i]!, length: spans[2 * i + 1]!, strings: this.table.strings, readError: errors[i] ?? null };
  }

  /** Records that `relPath` holds `record`'s content in this run; its facts, or null if unknown. */
  private use(relPath: string, record: PathRecord): FactsRecord | null {
    const f = this.useId(record[0]);
    if (!f) return null;
    const i = this.pathIndex.get(relPath);
    const d = this.loaded.pathData;
    if (i !== undefined && this.loaded.ids[d[3 * i]!] === record[0] && d[3 * i + 1] === record[1] && d[3 * i + 2] === record[2]) this.usedPaths[i] = 1;
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
    if (this.newPaths.size === 0 && this.newFacts.size === 0 && keptPaths === this.loaded.paths.length) return null;
    try {
      fs.mkdirSync(path.dirname(this.file), { recursive: true });
      const gitignore = path.join(path.dirname(this.file), '.gitignore');
      if (!fs.existsSync(gitignore)) fs.writeFileSync(gitignore, '# Created by dunderlint\n*\n');
      const records = new Map<string, FactsRecord>();
      this.loaded.ids.forEach((id, i) => {
        if (this.usedIds[i]) records.set(id, this.useId(id, i)!);
      });
      for (const [id, f] of this.newFacts) records.set(id, f);
      // Only the strings live records use are written: edits would otherwise grow the table forever.
      const strings = new StringTable();
      let total = 0;
      for (const f of records.values()) total += f.length;
      const data = new Int32Array(total);
      const header: Header = { tool: this.tool, strings: strings.strings, ids: [], spans: [], errors: {}, paths: [], pathData: [] };
      const index = new Map<string, number>();
      let at = 0;
      for (const [id, f] of records) {
        reintern(f.data, f.start, f.length, f.strings, strings, data, at);
        if (f.readError !== null) header.errors[header.ids.length] = f.readError;
        index.set(id, header.ids.length);
        header.ids.push(id);
        header.spans.push(at, f.length);
        at += f.length;
      }
      const addPath = (p: string, [id, size, mtimeMs]: PathRecord): void => {
        header.paths.push(p);
        header.pathData.push(index.get(id)!, size, mtimeMs);
      };
      const d = this.loaded.pathData;
      this.loaded.paths.forEach((p, i) => {
        if (this.usedPaths[i] && !this.newPaths.has(p)) addPath(p, [this.loaded.ids[d[3 * i]!]!, d[3 * i + 1]!, d[3 * i + 2]!]);
      });
      for (const [p, record] of this.newPaths) addPath(p, record);
      const json = Buffer.from(JSON.stringify(header));
      const prefix = Buffer.alloc((4 + json.length + 3) & ~3);
      prefix.writeUInt32LE(json.length, 0);
      json.copy(prefix, 4);
      const tmp = `${this.file}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, Buffer.concat([prefix, new Uint8Array(data.buffer, data.byteOffset, data.byteLength)]));
      fs.renameSync(tmp, this.file);
      return null;
    } catch (e) {
      return `cannot write the cache in ${path.dirname(this.file)} (${(e as NodeJS.ErrnoException).code ?? e}); use --no-cache or --cache-dir`;
    }
  }
}

/** A file cut short or edited by hand is dropped whole rather than half-trusted. */
function consistent(h: Header, length: number): boolean {
  if (![h.strings, h.ids, h.spans, h.paths, h.pathData].every(Array.isArray)) return false;
  if (h.spans.length !== 2 * h.ids.length || h.pathData.length !== 3 * h.paths.length) return false;
  for (let i = 0; i < h.spans.length; i += 2) {
    const at = h.spans[i]!;
    const n = h.spans[i + 1]!;
    if (!(at >= 0 && n >= HEADER_INTS && at + n <= length)) return false;
  }
  for (let i = 0; i < h.pathData.length; i += 3) if (!(h.pathData[i]! >= 0 && h.pathData[i]! < h.ids.length)) return false;
  return true;
}
