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

/** What a file's path was last seen as: content hash, and the stat data that vouch for it. */
type PathRecord = [contentId: string, size: number, mtimeMs: number];
/** Where a content's facts are in the file's integers, and why it could not be decoded. */
type StoredFacts = [offset: number, length: number, readError: string | null];

/**
 * The file: a little-endian u32 header length, the header as JSON, padding to a multiple of 4,
 * then the integers of every record (facts-codec.ts) in the machine's byte order.
 */
interface Header {
  tool: string;
  strings: string[];
  paths: Record<string, PathRecord>;
  facts: Record<string, StoredFacts>;
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

export class FactsCache {
  private loaded: Header = { tool: '', strings: [], paths: {}, facts: {} };
  private loadedData: Int32Array = new Int32Array(0);
  /** The loaded strings, and those of facts scanned in this run. */
  private table = new StringTable();
  private readonly paths = new Map<string, PathRecord>();
  private readonly facts = new Map<string, FactsRecord>();
  private changed = false;
  /** Modules whose facts came from the cache, and modules scanned, in this run (for --verbose). */
  readonly counts = { cached: 0, scanned: 0 };
  private readonly file: string;
  private readonly tool = toolFingerprint();

  constructor(dir: string, projectRoot: string) {
    // One file per linted root, named after it, so nested runs do not overwrite each other.
    const name = Buffer.from(path.resolve(projectRoot)).toString('base64url').slice(-80);
    this.file = path.join(dir, `facts-${name}.bin`);
    try {
      const buf = fs.readFileSync(this.file);
      const headerEnd = 4 + buf.readUInt32LE(0);
      const header = JSON.parse(buf.toString('utf8', 4, headerEnd)) as Header;
      const from = (headerEnd + 3) & ~3;
      const length = (buf.byteLength - from) >> 2;
      // A file cut short (a full disk, another tool) is dropped whole rather than half-trusted.
      const fits = Object.values(header.facts ?? {}).every(([at, n]) => at >= 0 && n >= HEADER_INTS && at + n <= length);
      if (header.tool === this.tool && fits) {
        // Copied into a buffer of its own: an Int32Array view needs 4-byte alignment.
        this.loadedData = new Int32Array(buf.buffer.slice(buf.byteOffset + from, buf.byteOffset + from + length * 4));
        this.loaded = header;
        this.table = new StringTable(header.strings);
      }
    } catch {
      // no cache yet, or an unreadable one: start over
    }
  }

  /** Whether the facts of this content are known. */
  has(contentId: string): boolean {
    return this.record(contentId) !== null;
  }

  /** Facts for content git vouches for, or null. */
  byContentId(relPath: string, contentId: string): CachedFacts | null {
    return this.decoded(this.use(relPath, [contentId, -1, -1]));
  }

  /** Facts for a file whose recorded stat data still match, or null. */
  byStat(relPath: string, stat: fs.Stats): CachedFacts | null {
    const p = this.loaded.paths[relPath];
    return p && p[1] === stat.size && p[2] === stat.mtimeMs ? this.decoded(this.use(relPath, p)) : null;
  }

  /**
   * Facts for content read and hashed by the caller: `scanned` when it just scanned them, or null
   * to look the hash up (a file touched but unchanged, or copied). `stat` (null when git vouched
   * for the content) is kept only if the file was modified long enough before `now` to be trusted.
   */
  byContent(relPath: string, contentId: string, stat: fs.Stats | null, now: number, scanned: CachedFacts | null = null): CachedFacts | null {
    if (scanned) this.counts.scanned++;
    if (scanned && !this.record(contentId)) {
      const data = encodeFacts(scanned.facts, this.table);
      this.facts.set(contentId, { data, start: 0, length: data.length, strings: this.table.strings, readError: scanned.readError });
      this.changed = true;
    }
    const hit = this.remember(relPath, contentId, stat, now);
    return scanned ?? this.decoded(hit);
  }

  /** Facts a worker thread scanned and encoded, for content read and hashed there. */
  storeScanned(relPath: string, contentId: string, stat: fs.Stats | null, now: number, record: FactsRecord): CachedFacts {
    this.counts.scanned++;
    if (!this.record(contentId)) {
      this.facts.set(contentId, record);
      this.changed = true;
    }
    this.remember(relPath, contentId, stat, now);
    return { facts: decodeFacts(record.data, record.start, record.strings), readError: record.readError };
  }

  private remember(relPath: string, contentId: string, stat: fs.Stats | null, now: number): FactsRecord | null {
    const trusted = stat !== null && stat.mtimeMs < now - TRUST_AFTER_MS;
    return this.use(relPath, trusted ? [contentId, stat.size, stat.mtimeMs] : [contentId, -1, -1]);
  }

  private record(contentId: string): FactsRecord | null {
    const f = this.facts.get(contentId);
    if (f) return f;
    const stored = this.loaded.facts[contentId];
    return stored ? { data: this.loadedData, start: stored[0], length: stored[1], strings: this.table.strings, readError: stored[2] } : null;
  }

  private decoded(f: FactsRecord | null): CachedFacts | null {
    if (f) this.counts.cached++;
    return f && { facts: decodeFacts(f.data, f.start, f.strings), readError: f.readError };
  }

  /** Marks `relPath` as holding `record`'s content in this run; its facts, or null if unknown. */
  private use(relPath: string, record: PathRecord): FactsRecord | null {
    const [contentId] = record;
    const f = this.record(contentId);
    if (!f) return null;
    this.facts.set(contentId, f);
    const before = this.loaded.paths[relPath];
    if (!before || before[0] !== contentId || before[1] !== record[1] || before[2] !== record[2]) this.changed = true;
    this.paths.set(relPath, record);
    return f;
  }

  /**
   * Writes what this run used (entries for files gone since are dropped), atomically, and only if
   * something changed; returns a warning instead of failing (read-only CI folders).
   */
  save(): string | null {
    // A run that read no module (only structure rules enabled) says nothing about the files.
    if (this.paths.size === 0) return null;
    const dropped = Object.keys(this.loaded.paths).length !== this.paths.size;
    if (!this.changed && !dropped) return null;
    try {
      fs.mkdirSync(path.dirname(this.file), { recursive: true });
      const gitignore = path.join(path.dirname(this.file), '.gitignore');
      if (!fs.existsSync(gitignore)) fs.writeFileSync(gitignore, '# Created by dunderlint\n*\n');
      // Only the strings live records use are written: edits would otherwise grow the table forever.
      const strings = new StringTable();
      let total = 0;
      for (const f of this.facts.values()) total += f.length;
      const data = new Int32Array(total);
      const facts: Record<string, StoredFacts> = {};
      let at = 0;
      for (const [id, f] of this.facts) {
        reintern(f.data, f.start, f.length, f.strings, strings, data, at);
        facts[id] = [at, f.length, f.readError];
        at += f.length;
      }
      const header: Header = { tool: this.tool, strings: strings.strings, paths: Object.fromEntries(this.paths), facts };
      const json = Buffer.from(JSON.stringify(header));
      const prefix = Buffer.alloc((4 + json.length + 3) & ~3);
      prefix.writeUInt32LE(json.length, 0);
      json.copy(prefix, 4);
      const tmp = `${this.file}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, Buffer.concat([prefix, new Uint8Array(data.buffer, data.byteOffset, data.byteLength)]));
      fs.renameSync(tmp, this.file);
      this.changed = false;
      return null;
    } catch (e) {
      return `cannot write the cache in ${path.dirname(this.file)} (${(e as NodeJS.ErrnoException).code ?? e}); use --no-cache or --cache-dir`;
    }
  }
}
