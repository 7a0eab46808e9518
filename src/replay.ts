/**
 * The report of a run whose inputs have not changed, replayed without running it again.
 *
 * A lint run is a function of what it reads: files and folders (through `fs`), git's answers, the
 * command line, the working directory, the environment and dunderlint itself. A run that may be
 * replayed (a plain lint with the facts cache on, no plugins, no crash) records all of them: every
 * path it stat'ed, read, listed or resolved, with its stat data (or its names, or its real path),
 * each git command with a hash of its answer, and its output and exit code. The next run with the
 * same command line in the same place (bin/dunderlint.js calls `tryReplay` before loading the
 * bundle) checks the paths again and reruns the git commands; if every answer is the same, so is
 * the report, and it is printed: a run with nothing changed then costs about what listing the
 * files with git does. Any difference, and the run is done in full (and recorded again).
 *
 * Stat data stands for content as in git and ruff's caches; a file changed twice within the
 * file system's timestamp granularity can keep its stat data, so a run whose files changed just
 * before it started is not recorded (git's "racily clean" entries). Records live in the user's own
 * cache folder, used only if the user owns them and they are intact (a digest); a record only
 * makes us stat paths and run the fixed git commands our runs use.
 *
 * Its own bundle entry (dist/bundle/replay.js): checking must not load the rest of dunderlint.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { gitEnv } from './host/git-env';
import { readTrusted, sweepStale, userCacheFolder, writeTrusted } from './host/user-cache';
import { RECORDER, type GitEnvMode, type RunRecorder } from './replay-hook';


interface GitCall {
  cwd: string;
  args: string[];
  env: GitEnvMode;
  /** stdin, base64. */
  input: string | null;
  /** SHA-256 of stdout, of stderr, and the exit status. */
  out: string;
  err: string;
  status: number | null;
}

/**
 * What was looked at: `s` stat (following links; also what a read sees), `l` lstat, `d` a folder's
 * entries, `r` a real path, `c` the facts cache file (its stat data: a cache deleted, damaged or
 * rewritten by another command line makes the next run a real one, which says so), `x` git's index
 * for `--staged` (its stat data: a quick way to tell that git's answers will differ, checked first).
 */
type Op = 's' | 'l' | 'd' | 'r' | 'c' | 'x';
type Observation = [op: Op, path: string, signature: string];

interface RunRecord {
  v: typeof FORMAT;
  fs: Observation[];
  git: GitCall[];
  /** What was written, in order: 1 stdout, 2 stderr. */
  out: Array<[fd: 1 | 2, text: string]>;
  code: number;
}

const FORMAT = 1;
/**
 * A file whose stat times are this close to the start of the run (or later) could change again
 * without its stat data changing: 2 s covers the coarsest common timestamps (FAT's). Tests set
 * DUNDERLINT_RACY_MS=0: they change nothing while a run is under way.
 */
const RACY_MS = 2000;

/** Environment variables that differ between shells without changing a run. */
const VOLATILE_ENV = new Set(['_', 'OLDPWD', 'SHLVL']);

/** Git commands a record may hold: the subcommands and options our runs use, and nothing else. */
const GIT_WORDS = new Set([
  'rev-parse', '--show-toplevel', 'check-ignore', 'ls-files', 'diff', 'cat-file', '-q', '--', '.', '-z', '-t', '-v', '--cached', '--stage', '--others',
  '--exclude-standard', '--deleted', '--modified', '--ignored', '--directory', '--no-index', '--stdin', '--name-only', '--no-renames', '--relative', '--batch',
]);

const sha = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');

const recordFolder = (): string | null => userCacheFolder('runs');

// For bin/code-cache.js, which keeps V8's code cache the same way: this bundle is all it loads.
export { readTrusted, sweepStale, userCacheFolder, writeTrusted };

/** Everything besides files and git that a run depends on, as one key. */
function requestKey(argv: readonly string[]): string {
  const env = Object.keys(process.env)
    .filter((k) => !VOLATILE_ENV.has(k))
    .sort()
    .map((k) => `${k}=${process.env[k]}`);
  // dunderlint itself: the bundles, and package.json (its version is in some reports).
  const self = ['cli.js', 'replay.js', path.join('..', '..', 'package.json')].map((f) => signature('s', path.join(__dirname, f)));
  const tty = [process.stdout.isTTY, process.stderr.isTTY, process.stdout.columns, process.stderr.columns];
  const who = [process.getuid?.(), process.getgid?.()];
  return sha(JSON.stringify([FORMAT, process.version, process.arch, process.platform, process.execArgv, self, process.cwd(), argv, env, tty, who]));
}

/**
 * A file's stat data; a folder's identity and type only: its times change with every entry added
 * or removed (an editor's swap file), and what a run sees of its entries is observed by listing it.
 */
function statSignature(st: fs.BigIntStats): string {
  if (st.isDirectory()) return `dir:${st.dev}:${st.ino}:${st.mode}:${st.uid}`;
  return `${st.dev}:${st.ino}:${st.mode}:${st.uid}:${st.size}:${st.mtimeNs}:${st.ctimeNs}`;
}

const MISSING = '!ENOENT';

/** What `op` finds at `p` now. A missing file is the usual answer: no exception is made for it. */
function signature(op: Op, p: string): string {
  try {
    switch (op) {
      case 's': {
        const st = fs.statSync(p, { bigint: true, throwIfNoEntry: false });
        return st ? statSignature(st) : MISSING;
      }
      case 'l':
      case 'x': {
        const st = fs.lstatSync(p, { bigint: true, throwIfNoEntry: false });
        return st ? statSignature(st) : MISSING;
      }
      case 'd':
        return entriesSignature(fs.readdirSync(p, { withFileTypes: true }));
      case 'r':
        return fs.realpathSync(p);
      case 'c': {
        const st = fs.lstatSync(p, { bigint: true, throwIfNoEntry: false });
        return !st ? MISSING : st.isFile() ? statSignature(st) : '!not a file';
      }
    }
  } catch (e) {
    return errorSignature(e);
  }
}

function entriesSignature(entries: readonly fs.Dirent[]): string {
  return sha(entries.map((e) => `${e.name}/${e.isDirectory() ? 'd' : e.isSymbolicLink() ? 'l' : e.isFile() ? 'f' : 'o'}`).sort().join('\0'));
}

const errorSignature = (e: unknown): string => `!${(e as NodeJS.ErrnoException).code ?? 'error'}`;

/** Whether a stat signature's times fall at or after `sinceNs` (see RACY_MS). */
function racy(sig: string, sinceNs: bigint): boolean {
  const parts = sig.split(':');
  if (parts.length !== 7) return false;
  return BigInt(parts[5]!) >= sinceNs || BigInt(parts[6]!) >= sinceNs;
}

function isRecord(x: unknown): x is RunRecord {
  const r = x as RunRecord;
  return (
    typeof r === 'object' && r !== null && r.v === FORMAT && Number.isInteger(r.code) &&
    Array.isArray(r.fs) && r.fs.every((o) => Array.isArray(o) && o.length === 3 && 'sldrcx'.includes(o[0]) && o[0].length === 1 && typeof o[1] === 'string' && typeof o[2] === 'string') &&
    Array.isArray(r.git) && r.git.every(isGitCall) &&
    Array.isArray(r.out) && r.out.every((o) => Array.isArray(o) && (o[0] === 1 || o[0] === 2) && typeof o[1] === 'string')
  );
}

function isGitCall(g: GitCall): boolean {
  return (
    typeof g === 'object' && g !== null && typeof g.cwd === 'string' && path.isAbsolute(g.cwd) &&
    Array.isArray(g.args) && allowedGitArgs(g.args) && ['inherit', 'literal', 'plain'].includes(g.env) &&
    (g.input === null || typeof g.input === 'string') && typeof g.out === 'string' && typeof g.err === 'string' && (g.status === null || Number.isInteger(g.status))
  );
}

/** Only the commands our runs use: a record could otherwise make us run git with anything (`-c core.pager=…`). */
export function allowedGitArgs(args: readonly unknown[]): boolean {
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '-c' && args[i + 1] === 'core.quotepath=off') i++;
    else if (typeof a !== 'string' || !GIT_WORDS.has(a)) return false;
  }
  return true;
}

/** A git call's answer as a record keeps it; a call that could not run (no git on PATH) answers its error code. */
function answer(error: Error | undefined, stdout: Uint8Array | string, stderr: Uint8Array | string, status: number | null): Pick<GitCall, 'out' | 'err' | 'status'> {
  if (error) return { out: sha(`!${(error as NodeJS.ErrnoException).code ?? error.message}`), err: '', status: null };
  return { out: sha(stdout), err: sha(stderr), status };
}

/** Why the recorded run cannot be replayed now, or null if it can. */
function staleness(record: RunRecord): string | null {
  // The cache first: a cold run deletes it, and it is one stat.
  const quick = (op: Op): boolean => op === 'c' || op === 'x';
  for (const [op, p, sig] of record.fs) if (quick(op) && signature(op, p) !== sig) return `${p} changed`;
  for (const [op, p, sig] of record.fs) if (!quick(op) && signature(op, p) !== sig) return `${p} changed`;
  // The listings first: after an edit, they are what differs.
  const order = [...record.git].sort((a, b) => Number(!a.args.includes('ls-files')) - Number(!b.args.includes('ls-files')));
  for (const g of order) {
    const env = g.env === 'inherit' ? process.env : gitEnv(g.env === 'literal');
    const r = spawnSync('git', g.args, { cwd: g.cwd, env, maxBuffer: 1 << 30, ...(g.input !== null ? { input: Buffer.from(g.input, 'base64') } : {}) });
    const now = answer(r.error, r.stdout ?? '', r.stderr ?? '', r.status);
    if (now.status !== g.status || now.out !== g.out || now.err !== g.err) return `git ${g.args.filter((a) => !a.startsWith('-') && a !== 'core.quotepath=off')[0]} answers differently`;
  }
  return null;
}

export interface Replay {
  code: number;
  out: Array<[fd: 1 | 2, text: string]>;
}

/**
 * The report of the last run of `argv` here, if nothing it depended on has changed; else null and
 * why (for tests). Never throws.
 */
export function replayable(argv: readonly string[]): { replay: Replay | null; why: string } {
  try {
    if (process.env['DUNDERLINT_NO_CACHE']) return { replay: null, why: 'caching is off' };
    const folder = recordFolder();
    if (!folder) return { replay: null, why: 'no cache folder' };
    const bytes = readTrusted(path.join(folder, `${requestKey(argv).slice(0, 32)}.bin`));
    if (!bytes) return { replay: null, why: 'no record' };
    const record: unknown = JSON.parse(bytes.toString('utf8'));
    if (!isRecord(record)) return { replay: null, why: 'not a record' };
    const why = staleness(record);
    return why ? { replay: null, why } : { replay: { code: record.code, out: record.out }, why: 'unchanged' };
  } catch (e) {
    return { replay: null, why: `cannot check: ${(e as Error).message}` };
  }
}

/**
 * For bin/dunderlint.js: prints the replayed report and ends the process, or returns false (the run
 * must be done). As cli.ts's runAndExit: a reader that went away (EPIPE) asked for no more.
 */
export function tryReplay(argv: readonly string[]): boolean {
  const { replay } = replayable(argv);
  if (!replay) return false;
  let failed: NodeJS.ErrnoException | null = null;
  process.stdout.on('error', (e) => (failed ??= e));
  process.stderr.on('error', () => {});
  const wrote = (e: Error | null | undefined): void => {
    if (e) failed ??= e;
  };
  for (const [fd, text] of replay.out) {
    if (fd === 2) process.stderr.write(text);
    else if (!failed) process.stdout.write(text, wrote);
  }
  process.stdout.write('', (e) =>
    process.stderr.write('', () => {
      wrote(e);
      if (failed && failed.code !== 'EPIPE') {
        process.stderr.write(`dunderlint: error: cannot write to stdout: ${failed.code ?? failed.message}\n`, () => process.exit(2));
      } else process.exit(replay.code);
    }),
  );
  return true;
}

/**
 * The fs functions a run reads through, each with the observation a call makes. Stat data is taken
 * when the run ends (a file changed since the run started is racy anyway); a listing or a real path
 * is what the call returned, so a folder that changes while the run goes on is seen changed.
 */
const WATCHED: Array<[name: string, op: Op]> = [
  ['statSync', 's'],
  ['existsSync', 's'],
  ['accessSync', 's'],
  ['readFileSync', 's'],
  ['openSync', 's'],
  ['lstatSync', 'l'],
  ['readdirSync', 'd'],
  ['realpathSync', 'r'],
];

const pathOf = (p: unknown): string | null =>
  typeof p === 'string' ? path.resolve(p) : Buffer.isBuffer(p) ? path.resolve(p.toString()) : p instanceof URL ? path.resolve(p.pathname) : null;

/**
 * Starts recording this process's run of `argv` (after the bundle is loaded: loading it is no
 * input). The bundle reports git calls, output, whether the run may be replayed, and the end.
 */
export function startRecording(argv: readonly string[]): void {
  const folder = recordFolder();
  if (!folder || process.env['DUNDERLINT_NO_CACHE']) return;
  const racyMs = process.env['DUNDERLINT_RACY_MS'] === '0' ? 0 : RACY_MS;
  const startNs = BigInt(Date.now() - racyMs) * 1_000_000n;
  const key = requestKey(argv);
  /** By op and path: the signature the run saw (listings, real paths), or null (taken at the end). */
  const seen = new Map<string, Observation | [Op, string, null]>();
  /** A call we cannot sum up (a recursive listing, a buffer encoding): the run is not recorded. */
  let opaque = false;
  const git: GitCall[] = [];
  const out: RunRecord['out'] = [];
  // The module object itself: an import's namespace reads through to it, and cannot be written.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mutable = require('node:fs') as Record<string, (...args: unknown[]) => unknown>;
  const originals = new Map<string, (...args: unknown[]) => unknown>();
  /** Files git's listing vouches for (tracked, unmodified): their stat data are not recorded. */
  const vouched = new Set<string>();
  for (const [name, op] of WATCHED) {
    const original = mutable[name]!;
    originals.set(name, original);
    const watched = function (this: unknown, ...args: unknown[]): unknown {
      // Most of a cold run's reads: nothing to note (see finish), so not even the path's form.
      if (op === 's' && typeof args[0] === 'string' && vouched.has(args[0])) return original.apply(this, args);
      const p = pathOf(args[0]);
      if (p === null) return original.apply(this, args); // a file descriptor: its open was seen
      const key = `${op}${p}`;
      if (op === 'd') {
        const options = args[1] as { withFileTypes?: boolean; encoding?: string; recursive?: boolean } | string | undefined;
        const plain = typeof options === 'object' && options !== null ? !options.recursive && (options.encoding ?? 'utf8') === 'utf8' : (options ?? 'utf8') === 'utf8';
        if (!plain) {
          opaque = true;
          return original.apply(this, args);
        }
        let entries: fs.Dirent[];
        try {
          entries = original.call(this, args[0], { withFileTypes: true }) as fs.Dirent[];
        } catch (e) {
          if (!seen.has(key)) seen.set(key, [op, p, errorSignature(e)]);
          throw e;
        }
        if (!seen.has(key)) seen.set(key, [op, p, entriesSignature(entries)]);
        return typeof options === 'object' && options?.withFileTypes ? entries : entries.map((e) => e.name);
      }
      if (op === 'r') {
        let real: unknown;
        try {
          real = original.apply(this, args);
        } catch (e) {
          if (!seen.has(key)) seen.set(key, [op, p, errorSignature(e)]);
          throw e;
        }
        if (!seen.has(key)) seen.set(key, [op, p, String(real)]);
        return real;
      }
      try {
        const result = original.apply(this, args);
        if (!seen.has(key)) seen.set(key, [op, p, null]);
        return result;
      } catch (e) {
        // Missing, as a stat at the end would say (an open's other errors, ELOOP for a link, are
        // not what a stat says): no need to look again then.
        if (!seen.has(key)) seen.set(key, [op, p, (e as NodeJS.ErrnoException).code === 'ENOENT' ? MISSING : null]);
        throw e;
      }
    };
    Object.assign(watched, original); // realpathSync.native
    mutable[name] = watched;
  }
  let caches: readonly string[] | null = null;
  /** The .git folder at the top of the work tree, when the run was made there. */
  let gitFolder: string | null = null;
  const restore = (): void => {
    for (const [name, original] of originals) mutable[name] = original;
  };
  const rec: RunRecorder = {
    git: (c) => {
      // Asked at the top of a work tree whose .git is a folder, git answers with that folder as long
      // as its .git and .git/config stay (the environment, GIT_DIR included, is in the key); a
      // replay then stats them instead of starting git. Anything git would refuse there (a broken
      // repository) makes the listing fail too.
      const cwd = path.resolve(c.cwd);
      const top = typeof c.stdout === 'string' ? c.stdout.replace(/\r?\n$/, '') : null;
      if (c.args.join(' ') === 'rev-parse --show-toplevel' && c.status === 0 && top === cwd && fs.lstatSync(path.join(cwd, '.git'), { throwIfNoEntry: false })?.isDirectory()) {
        for (const [op, p] of [['l', path.join(cwd, '.git')], ['s', path.join(cwd, '.git', 'config')]] as const) seen.set(`${op}${p}`, [op, p, null]);
        gitFolder = path.join(cwd, '.git');
        return;
      }
      const call = {
        cwd,
        args: [...c.args],
        env: c.env,
        input: c.input ? Buffer.from(c.input).toString('base64') : null,
        ...answer(c.error, c.stdout, c.stderr, c.status),
      };
      // Asked twice (the work tree's top, by two parts of the run): checked once.
      if (!git.some((g) => JSON.stringify(g) === JSON.stringify(call))) git.push(call);
    },
    output: (fd, text) => out.push([fd, text]),
    vouched: (abs) => vouched.add(abs),
    replayable: (cacheFiles) => (caches = cacheFiles),
    discard: () => {
      caches = null;
      // Nothing more to watch: the fs functions are the run's own again.
      restore();
      (globalThis as Record<symbol, unknown>)[RECORDER] = undefined;
    },
    finish: (code) => {
      restore();
      (globalThis as Record<symbol, unknown>)[RECORDER] = undefined;
      if (!caches || !caches.length || opaque || git.some((g) => !allowedGitArgs(g.args))) return;
      try {
        const excluded = caches.map((f) => path.dirname(f)).concat(path.dirname(folder));
        const within = (p: string) => excluded.some((d) => p === d || p.startsWith(d + path.sep));
        const observations: Observation[] = [];
        for (const [op, p, seenSig] of seen.values()) {
          if (within(p) || (op === 's' && vouched.has(p))) continue;
          let sig = seenSig ?? signature(op, p);
          // A cache folder this run created is no change of its parent; any other change is.
          if (op === 'd' && excluded.some((d) => path.dirname(d) === p)) {
            const now = fs.readdirSync(p, { withFileTypes: true });
            const without = now.filter((e) => !excluded.includes(path.join(p, e.name)));
            if (entriesSignature(now) !== sig && entriesSignature(without) !== sig) return;
            sig = entriesSignature(now);
          }
          if ((op === 's' || op === 'l') && racy(sig, startNs)) return;
          observations.push([op, p, sig]);
        }
        for (const c of caches) {
          const sig = signature('c', c);
          if (sig.startsWith('!')) return;
          observations.push(['c', c, sig]);
        }
        // --staged reports on the index: once it is rewritten (git add), git's answers almost surely differ.
        if (gitFolder && !process.env['GIT_INDEX_FILE'] && git.some((g) => g.args.includes('diff') && g.args.includes('--cached'))) {
          const index = path.join(gitFolder, 'index');
          observations.push(['x', index, signature('x', index)]);
        }
        save(folder, key, { v: FORMAT, fs: observations, git, out, code });
      } catch {
        // Not recorded: the next run is a real one.
      }
    },
  };
  (globalThis as Record<symbol, unknown>)[RECORDER] = rec;
}

function save(folder: string, key: string, record: RunRecord): void {
  const file = path.join(folder, `${key.slice(0, 32)}.bin`);
  // Now and then (one write in 64), records of command lines no longer run are deleted.
  if (writeTrusted(file, Buffer.from(JSON.stringify(record))) && Math.random() < 1 / 64) sweepStale(file);
}
