/**
 * Python modules as rules see them: facts from the cache when it knows the content, otherwise read
 * and scanned, in worker threads when there are many to scan (scan-worker.ts).
 */
import * as fs from 'node:fs';
import { availableParallelism } from 'node:os';
import * as path from 'node:path';
import { getHeapStatistics } from 'node:v8';
import { scanModule, type ModuleFacts } from '../python/facts';
import { decodeFacts, FactsArena, plainFacts, Reinterner } from '../python/facts-codec';
import { CodeUsed, OPTIMIZING_FROM_BYTES, optimizeFor, optimizeHotLoops, scanDone, usedCode } from '../host/jit';
import { readRegularFile, ReadError } from '../host/read';
import { primeScanner } from '../python/prime';
import { decodeSource } from '../python/source';
import { blobId, type CachedFacts, type FactsCache, type FactsRecord } from './cache';
import type { ProjectFile } from './model';
import type { PythonModule } from './project';
import { recorder } from '../replay-hook';

export const EMPTY_FACTS: ModuleFacts = {
  imports: [], dynamicImports: [], bindings: [], dunderAll: [], getattrLine: null, mainGuard: false, dynamicGlobals: false, functionGlobals: [], directives: [], shebang: false,
  scriptBlock: null, syntaxError: null,
};

/**
 * The file at project path `rel` (posix, already normal: discovery made it). Joined without
 * path.join, whose normalising scans the whole path: in a 500-deep tree it took a sixth of a warm run.
 */
export function inRoot(root: string, rel: string): string {
  return root.endsWith(path.sep) ? root + rel : root + path.sep + rel;
}

/** The file's bytes, or why they cannot be read (not a regular file, too large: see read.ts). */
export function readBytes(abs: string): Buffer | string {
  try {
    return readRegularFile(abs);
  } catch (e) {
    return `1:1: cannot read the file (${e instanceof ReadError ? e.reason : e})`;
  }
}

export function scanBytes(bytes: Uint8Array): CachedFacts {
  usedCode(CodeUsed.Scan);
  const decoded = decodeSource(bytes);
  if (decoded.error) {
    const { message, line, column } = decoded.error;
    return { facts: { ...EMPTY_FACTS, syntaxError: decoded.error }, readError: `${line}:${column}: ${message}` };
  }
  return { facts: scanModule(decoded.text), readError: null };
}

/** One job for a worker: files to read and scan, each with its content id if git gave one. */
export interface ScanJob {
  root: string;
  items: Array<[path: string, contentId: string | null]>;
  /** Compute missing content ids (only the cache needs them). */
  hash: boolean;
}

/** A worker's answer: every record in one transferred Int32Array, strings in a table of its own. */
export interface ScanAnswer {
  strings: string[];
  data: Int32Array;
  results: Array<[path: string, contentId: string | null, start: number, length: number, readError: string | null]>;
}

/**
 * `--concurrency auto`: how many worker threads to scan `work` with on `cpus` CPUs (0: scan in this
 * thread). Each worker compiles the scanner afresh and starts cold, a fixed cost of about as much
 * as scanning AUTO_BREAK_EVEN_BYTES in a warm thread; n workers scan in 1/n of the time. So n
 * workers win once cost + bytes/n < bytes, i.e. bytes > cost * n/(n-1), and then all CPUs win most.
 * Calibrated on a busy 2-CPU machine: two workers lost to one thread at 5,500 and 20,000 median-sized
 * files, won or lost at 50,000 by the noise, tied at 75,000 and took 0.5x the wall time at 100,000;
 * so on 2 CPUs workers start above 400 MB (about 60,000 files of 6.5 kB).
 */
export function autoWorkers(work: { files: number; bytes: number }, cpus: number): number {
  if (cpus < 2 || work.bytes <= (AUTO_BREAK_EVEN_BYTES * cpus) / (cpus - 1)) return 0;
  const workers = Math.min(cpus, Math.ceil(work.files / CHUNK)); // a job is CHUNK files
  return workers < 2 ? 0 : workers;
}

/** The start-up of one worker, in bytes a warm thread scans meanwhile (see autoWorkers). */
const AUTO_BREAK_EVEN_BYTES = 200e6;
/** The median module of the CPython standard library, for files whose size we did not stat. */
const TYPICAL_FILE_BYTES = 6500;
const EXPLICIT_FROM = 400;
const CHUNK = 200;
/**
 * Up to this much Python to scan, facts stay plain objects (see ModuleReader.plain): they hold their
 * module's source (a name sliced from a text keeps the whole text alive), about 15 kB a module
 * against a few hundred bytes encoded. Never more than a sixteenth of the heap the run may use.
 */
function plainFactsFit(bytes: number): boolean {
  return bytes <= Math.min(32e6, getHeapStatistics().heap_size_limit / 16);
}
const WORKER_FILE = path.join(__dirname, 'scan-worker.js');

/**
 * What a long-lived caller (the language server) keeps between runs: the facts of files on disk by
 * path (it forgets a path when told the file changed), and of editor buffers with their text.
 */
export interface ModuleMemo {
  disk: Map<string, CachedFacts>;
  buffers: Map<string, { text: string; facts: CachedFacts }>;
}

/**
 * The files left to scan and their bytes: the sizes the cache check stat'ed, else typical ones; near
 * the size from which TurboFan pays, the real ones (up to about two thousand stats): a project's
 * files may hold twice the typical size (accelerate: 197 files, 2.6 MB) or a quarter (typer: 635
 * files, 1.0 MB).
 */
function pendingWork(root: string, pending: ReadonlyArray<{ file: ProjectFile; stat: fs.Stats | null }>): { files: number; bytes: number } {
  let bytes = 0;
  for (const { stat } of pending) bytes += stat ? stat.size : TYPICAL_FILE_BYTES;
  if (bytes > OPTIMIZING_FROM_BYTES / 2 && bytes < OPTIMIZING_FROM_BYTES * 3) {
    bytes = 0;
    for (const { file, stat } of pending) {
      let size = stat?.size;
      try {
        size ??= fs.statSync(inRoot(root, file.path)).size;
      } catch {
        // unreadable: `read` says why
      }
      bytes += size ?? TYPICAL_FILE_BYTES;
    }
  }
  return { files: pending.length, bytes };
}

/** `auto`: workers by amount of work and CPUs (autoWorkers); N: N workers; 1: scan in this thread. */
export type Concurrency = number | 'auto';

export class ModuleReader {
  /** Modules read so far (most of them by `prefetch`), each read once. */
  private readonly modules = new Map<ProjectFile, PythonModule>();
  /** Files `prefetch` asked the cache about in vain, with their stat data: not asked again. */
  private readonly missed = new Map<ProjectFile, fs.Stats | null>();
  /** Worker threads started, and the files they scanned (for --verbose). */
  readonly parallel = { workers: 0, files: 0 };
  /** Facts scanned in this thread, kept encoded as the workers' are (and as the cache stores them). */
  private readonly arena = new FactsArena();
  /**
   * Facts scanned in this thread are kept as the scanner made them, not encoded: a run with little
   * to scan has no memory to save, and encoding every module only to decode it again for the rules
   * was a tenth of pip's --no-cache run. Set by `prefetch` from the amount to scan.
   */
  private plain = false;

  constructor(
    private readonly root: string,
    private readonly cache: FactsCache | null,
    /** Facts kept from earlier runs (a language server's memory), filled as modules are read. */
    private readonly memo: ModuleMemo | null = null,
  ) {}

  /**
   * Settles every file the cache knows, then scans the rest in worker threads if there are enough
   * of them; files a worker could not handle are read later, one by one, by `read`.
   */
  async prefetch(files: readonly ProjectFile[], concurrency: Concurrency, onlyIfCached: (file: ProjectFile) => boolean = () => false): Promise<void> {
    const pending: Array<{ file: ProjectFile; stat: fs.Stats | null }> = [];
    for (const file of files) {
      const kept = this.memo?.disk.get(file.path);
      if (kept) {
        this.modules.set(file, { file, ...kept });
        continue;
      }
      const { hit, stat } = this.fromCache(file);
      if (hit) this.modules.set(file, { file, facts: hit.facts, readError: hit.readError });
      else {
        if (!onlyIfCached(file)) pending.push({ file, stat });
        this.missed.set(file, stat);
      }
    }
    const work = pendingWork(this.root, pending);
    // A language server keeps facts for its life (the memo): plain ones would hold every source.
    this.plain = !this.memo && plainFactsFit(work.bytes);
    // bin/dunderlint.js starts with V8's optimizing tiers off, which pays in short runs only.
    const forScan = optimizeFor({ modules: files.length, bytes: work.bytes });
    const workers = concurrency === 'auto' ? autoWorkers(work, availableParallelism()) : pending.length < EXPLICIT_FROM ? 0 : concurrency;
    if (workers < 2 || !fs.existsSync(WORKER_FILE)) {
      if (forScan) {
        // TurboFan is on for the scan alone: the files are scanned now rather than as rules ask,
        // and the project's own phases then run as they do in a run that scanned little (pip,
        // mypy, sentry-python --no-cache: 0.96-0.97x the CPU).
        primeScanner();
        for (const { file } of pending) this.read(file);
        scanDone();
      }
      return;
    }
    // Flags are per process: the workers start with this thread's, and each scans a large share.
    optimizeHotLoops();
    const byPath = new Map(pending.map((p) => [p.file.path, p]));
    const now = Date.now();
    this.parallel.workers = Math.min(workers, Math.ceil(pending.length / CHUNK));
    await runPool(
      this.parallel.workers,
      chunks(pending.map((p): [string, string | null] => [p.file.path, p.file.contentId]), CHUNK).map((items) => ({ root: this.root, items, hash: this.cache !== null })),
      (answer) => {
        const via = new Reinterner(this.arena.table);
        for (const [rel, contentId, start, length, readError] of answer.results) {
          const { file, stat } = byPath.get(rel)!;
          if (length === 0) continue; // unreadable: `read` reports it
          this.parallel.files++;
          this.missed.delete(file);
          const { data, start: at } = this.arena.adopt(answer.data, start, length, answer.strings, via);
          const record = { data, start: at, length, strings: this.arena.table.strings, readError };
          const { facts } = this.cache && contentId ? this.cache.storeScanned(rel, contentId, stat, now, record) : this.view(record);
          this.modules.set(file, { file, facts, readError });
          // A language server's memory (see read): or its next run would scan them all again.
          if (this.memo) this.memo.disk.set(rel, { facts: plainFacts(facts), readError });
        }
      },
    );
  }

  /** The module if it was read already (prefetched, or found in the cache then), else null. */
  readAlready(file: ProjectFile): PythonModule | null {
    return this.modules.get(file) ?? null;
  }

  /** The module: prefetched, from the cache, or read and scanned now. */
  read(file: ProjectFile): PythonModule {
    let m = this.modules.get(file);
    if (!m) {
      let facts = this.memo?.disk.get(file.path);
      if (!facts) {
        facts = this.facts(file);
        // A language server asks for every module on every run: it keeps them decoded, trading
        // memory (a few KB a module) for not decoding them again, and for the same objects each
        // run (what is remembered per import statement stays valid).
        if (this.memo) this.memo.disk.set(file.path, (facts = { facts: plainFacts(facts.facts), readError: facts.readError }));
      }
      m = { file, ...facts };
      this.modules.set(file, m);
    }
    return m;
  }

  private facts(file: ProjectFile): CachedFacts {
    const abs = inRoot(this.root, file.path);
    const { cache } = this;
    if (!cache) return this.keep(scanFile(abs));
    const { hit, stat } = this.missed.has(file) ? { hit: null, stat: this.missed.get(file)! } : this.fromCache(file);
    this.missed.delete(file);
    if (hit) return hit;
    if (!file.contentId && !stat) return this.keep(scanFile(abs)); // reports why it cannot be read
    const now = Date.now();
    // git's listing vouches for a tracked file's content (a replay reruns it): no need to stat it then.
    if (file.contentId) recorder()?.vouched(abs);
    const bytes = readBytes(abs);
    if (typeof bytes === 'string') return { facts: EMPTY_FACTS, readError: bytes }; // not cached: may be passing
    const contentId = file.contentId ?? blobId(bytes);
    // Outside git, a file touched but unchanged (or copied) is found by its content.
    const same = file.contentId ? null : cache.byContent(file.path, contentId, stat, now);
    if (same) return same;
    const scanned = scanBytes(bytes);
    const stored = cache.storeScanned(file.path, contentId, stat, now, this.encode(scanned));
    return this.plain ? scanned : stored;
  }

  /** Scanned facts as a record of the arena: the form they are kept in, and cached in. */
  private encode({ facts, readError }: CachedFacts): FactsRecord {
    const { data, start, length } = this.arena.add(facts);
    return { data, start, length, strings: this.arena.table.strings, readError };
  }

  /** Scanned facts as kept for the run (encoded, unless `plain`); a file that could not be read has none to keep. */
  private keep(m: CachedFacts): CachedFacts {
    return m.facts === EMPTY_FACTS || this.plain ? m : this.view(this.encode(m));
  }

  private view(record: FactsRecord): CachedFacts {
    return { facts: decodeFacts(record.data, record.start, record.strings), readError: record.readError };
  }

  /**
   * The cached facts of a file git vouches for by content id, or whose stat data still match;
   * else the stat data (null in git, or when the file cannot be stat'ed), for recording it later.
   */
  private fromCache(file: ProjectFile): { hit: CachedFacts | null; stat: fs.Stats | null } {
    if (!this.cache) return { hit: null, stat: null };
    if (file.contentId) return { hit: this.cache.byContentId(file.path, file.contentId), stat: null };
    let stat: fs.Stats;
    try {
      stat = fs.statSync(inRoot(this.root, file.path));
    } catch {
      return { hit: null, stat: null };
    }
    return { hit: this.cache.byStat(file.path, stat), stat };
  }

  /** Content given instead of the file (an editor buffer, a staged blob). */
  fromContent(file: ProjectFile, content: string | Buffer): CachedFacts {
    if (typeof content === 'string') {
      const kept = this.memo?.buffers.get(file.path);
      if (kept?.text === content) return kept.facts;
      const facts = { facts: scanModule(content), readError: null };
      this.memo?.buffers.set(file.path, { text: content, facts });
      return facts;
    }
    const record = this.encode(scanBytes(content));
    if (this.cache && file.contentId) return this.cache.storeScanned(file.path, file.contentId, null, Date.now(), record);
    return this.view(record);
  }
}

function scanFile(abs: string): CachedFacts {
  const bytes = readBytes(abs);
  return typeof bytes === 'string' ? { facts: EMPTY_FACTS, readError: bytes } : scanBytes(bytes);
}

function chunks<T>(xs: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += size) out.push(xs.slice(i, i + size));
  return out;
}

/**
 * A worker's young generation. V8 sizes it by the machine's memory (48 MB here, with 24 GB), once per
 * worker: eight workers on 100,000 generated modules peaked at 704,256-712,740 KiB, 604,080-635,192
 * with 16 MB, for the same CPU (3 alternating runs each). A scan's garbage dies young, but smaller
 * costs: with two workers, 8 MB took 1.35-1.45x the CPU, 4 MB 1.15-1.5x.
 */
const WORKER_YOUNG_GENERATION_MB = 16;

/**
 * Runs jobs on `size` workers, each taking the next job when it finishes one. A worker that fails
 * stops taking jobs; the files of its job are then scanned in the main thread.
 */
function runPool(size: number, jobs: ScanJob[], onAnswer: (a: ScanAnswer) => void): Promise<void> {
  // Loaded here: most runs start no worker, and every run paid for loading the module.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Worker } = require('node:worker_threads') as typeof import('node:worker_threads');
  let next = 0;
  const one = (): Promise<void> =>
    new Promise((resolve) => {
      const worker = new Worker(WORKER_FILE, { resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } });
      const feed = (): void => {
        if (next < jobs.length) worker.postMessage(jobs[next++]);
        else void worker.terminate().then(() => resolve());
      };
      worker.on('message', (answer: ScanAnswer) => {
        onAnswer(answer);
        feed();
      });
      worker.on('error', () => resolve());
      feed();
    });
  return Promise.all(Array.from({ length: size }, one)).then(() => undefined);
}
