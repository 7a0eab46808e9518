/** The real `git` binary: the index, ignore rules and untracking. Paths are relative to `cwd`. */
import { isUtf8 } from 'node:buffer';
import { execFile, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { DiscoveredFile } from '../project/model';
import { showBytes } from './names';
import { SymlinkEscapes } from './symlinks';
import { gitEnv } from './git-env';
import { recorder, type GitEnvMode } from '../replay-hook';

const MAX_BUFFER = 1 << 30;
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

export class GitError extends Error {}

export interface WorkTree {
  /** The work tree's top directory, or null when git is not used for `dir`. */
  toplevel: string | null;
  /**
   * Why git could not be used although `dir` is in a repository (git not on PATH, a repository
   * git refuses), with what fixes it; null when git was used or `dir` is in no repository.
   */
  problem: string | null;
}

/**
 * The work tree holding `dir`. It is not used when the work tree ignores `dir` itself: a folder the
 * user names explicitly (an installed standard library under a git-managed tool folder) is then
 * read as a plain folder.
 */
export function gitWorkTree(dir: string): WorkTree {
  const r = runSync(dir, ['rev-parse', '--show-toplevel'], 'literal');
  if (r.error) {
    const code = (r.error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && !insideRepository(dir)) return { toplevel: null, problem: null };
    return { toplevel: null, problem: code === 'ENOENT' ? 'git is not on PATH (install git, or add its folder to PATH)' : `git could not be run: ${r.error.message}` };
  }
  if (r.status !== 0) return { toplevel: null, problem: refusal(r.stderr) };
  // Only the newline git ends its answer with: a folder's name may end in a space.
  const top = r.stdout.replace(/\r?\n$/, '');
  if (!top) return { toplevel: null, problem: null };
  if (path.resolve(top) === path.resolve(dir)) return { toplevel: top, problem: null }; // the top itself cannot be ignored
  const ignored = runSync(dir, ['check-ignore', '-q', '--', '.'], 'plain');
  return { toplevel: ignored.status === 0 ? null : top, problem: null };
}

/**
 * `gitWorkTree` answers for one run (one `lint` call): each folder is asked once, and the top
 * found is known as its own top. Never kept longer: a long-lived caller (the language server, the
 * tests) sees repositories created and deleted, and a remembered answer would then be wrong.
 */
export class WorkTrees {
  private readonly known = new Map<string, WorkTree>();

  get(dir: string): WorkTree {
    const key = path.resolve(dir);
    let found = this.known.get(key);
    if (!found) {
      found = gitWorkTree(key);
      this.known.set(key, found);
      if (found.toplevel !== null) this.known.set(path.resolve(found.toplevel), { toplevel: found.toplevel, problem: null });
    }
    return found;
  }
}

/** `gitWorkTree(dir).toplevel`. */
export function gitToplevel(dir: string): string | null {
  return gitWorkTree(dir).toplevel;
}

/**
 * What to tell the user when `git rev-parse` fails; null when `dir` is simply in no work tree (or
 * inside a `.git` folder, or a bare repository).
 */
function refusal(stderr: string): string | null {
  if (/^fatal: (not a git repository|this operation must be run in a work tree)/m.test(stderr)) return null;
  const dubious = /dubious ownership in repository at '(.*)'/.exec(stderr);
  if (dubious) {
    // git says how to trust the repository; its own words quote the path as its version needs.
    const command = /^\s*(git config --global --add safe\.directory .+)$/m.exec(stderr)?.[1] ?? `git config --global --add safe.directory '${dubious[1]}'`;
    return `git refuses the repository at ${dubious[1]} (dubious ownership: it belongs to another user); to trust it, run: ${command}`;
  }
  return `git cannot read the repository: ${stderr.trim().split('\n')[0] ?? ''}`;
}

/** Whether `dir` or a folder above it holds `.git` (asked only when git itself cannot tell). */
function insideRepository(dir: string): boolean {
  for (let d = path.resolve(dir); ; d = path.dirname(d)) {
    if (fs.existsSync(path.join(d, '.git'))) return true;
    if (path.dirname(d) === d) return false;
  }
}

/** git, waited for; what it answered goes into the record of a run (src/replay.ts). */
function runSync(cwd: string, args: string[], env: Exclude<GitEnvMode, 'inherit'>, input?: string) {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8', env: gitEnv(env === 'literal'), ...(input !== undefined ? { input } : {}) });
  recorder()?.git({ cwd, args, env, input: input === undefined ? null : Buffer.from(input), error: r.error, stdout: r.stdout ?? '', stderr: r.stderr ?? '', status: r.status });
  return r;
}

interface RunOptions {
  input?: Buffer;
  /** Paths in `args` are names, not pathspecs. */
  literal?: boolean;
  /** Receives git's stderr when it succeeds (warnings). */
  stderr?: (text: string) => void;
}

function run(cwd: string, args: string[], options: RunOptions = {}): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      'git',
      ['-c', 'core.quotepath=off', ...args],
      { cwd, encoding: 'buffer', maxBuffer: MAX_BUFFER, ...(options.literal ? { env: gitEnv(true) } : {}) },
      (err, stdout, stderr) => {
        const status = err ? (typeof err.code === 'number' ? err.code : null) : 0;
        recorder()?.git({ cwd, args: ['-c', 'core.quotepath=off', ...args], env: options.literal ? 'literal' : 'inherit', input: options.input ?? null, error: err && typeof err.code !== 'number' ? err : undefined, stdout, stderr, status });
        if (err) reject(new GitError(`git ${args.find((a) => !a.startsWith('-'))} failed: ${stderr.toString().trim() || err.message}`));
        else {
          if (stderr.length) options.stderr?.(stderr.toString());
          resolve(stdout);
        }
      },
    );
    if (options.input) child.stdin!.end(options.input);
  });
}

/**
 * The entries of `-z` output as text. An entry whose bytes are not UTF-8 (a path no Python import
 * can name) is left out and recorded in `bad` (its path part, after any tab). All-UTF-8 output,
 * the usual case, is decoded in one go.
 */
function entriesZ(buf: Buffer, bad: string[]): string[] {
  if (isUtf8(buf)) {
    const out = buf.toString('utf8').split('\0');
    out.pop(); // after the last NUL
    return out;
  }
  const out: string[] = [];
  for (let start = 0, i = buf.indexOf(0); i !== -1; start = i + 1, i = buf.indexOf(0, start)) {
    const bytes = buf.subarray(start, i);
    try {
      out.push(strictUtf8.decode(bytes));
    } catch {
      bad.push(showBytes(bytes.subarray(bytes.indexOf(9) + 1)));
    }
  }
  return out;
}

interface IndexEntry {
  path: string;
  /** The staged blob id. */
  blob: string;
  /** 0, or 1–3 for the sides of a merge conflict. */
  stage: number;
  /** Mode 120000: the work tree holds a symlink. */
  symlink: boolean;
}

/** What `git ls-files -z -t --stage` prints, with `--others --deleted --modified` or without. */
interface Listing {
  /** One per path (the first of a conflict's stages). */
  entries: IndexEntry[];
  /** Index entries deleted from the work tree (`R`), and those that differ from it (`C`). */
  gone: Set<string>;
  changed: Set<string>;
  /** Untracked files that are not ignored (`?`). */
  others: string[];
  /** Entries outside a sparse checkout (`S`, skip-worktree): not on disk by design. */
  sparse: number;
}

/**
 * Reads `git ls-files -z -t --stage [--others --deleted --modified]`. Index entries are
 * `<tag> <mode> <blob> <stage>\t<path>`: `H` cached, `S` skip-worktree, `M` one stage of a
 * conflict (git lists a conflict's stages one after the other). `R` (deleted) and `C` (modified)
 * repeat an entry's fields (git 2.39 prints them right after the entry; nothing here depends on
 * where); `? <path>` (no fields) is an untracked file. Submodules (mode 160000) are folders we do
 * not descend: left out.
 * A name that is not UTF-8 (a path no Python import can name) is left out and recorded in `bad`,
 * once (its `R`/`C` lines and a conflict's other stages repeat it).
 */
function parseListing(buf: Buffer, bad: string[]): Listing {
  const listing: Listing = { entries: [], gone: new Set(), changed: new Set(), others: [], sparse: 0 };
  let last = '';
  const add = (entry: string): void => {
    const tag = entry[0];
    if (tag === '?') {
      listing.others.push(entry.slice(2));
      return;
    }
    const tab = entry.indexOf('\t');
    const p = entry.slice(tab + 1);
    if (tag === 'R') listing.gone.add(p);
    else if (tag === 'C') listing.changed.add(p);
    else if (p !== last) {
      last = p;
      const mode = entry.slice(2, 8);
      if (tag === 'S') listing.sparse++;
      else if (mode !== '160000') listing.entries.push({ path: p, blob: entry.slice(9, tab - 2), stage: entry.charCodeAt(tab - 1) - 48, symlink: mode === '120000' });
    }
  };
  if (isUtf8(buf)) {
    // The usual case: all in one go.
    const all = buf.toString('utf8').split('\0');
    all.pop(); // after the last NUL
    for (const entry of all) add(entry);
    return listing;
  }
  let lastBad = '';
  for (let start = 0, i = buf.indexOf(0); i !== -1; start = i + 1, i = buf.indexOf(0, start)) {
    const bytes = buf.subarray(start, i);
    let entry: string;
    try {
      entry = strictUtf8.decode(bytes);
    } catch {
      const tag = String.fromCharCode(bytes[0]!);
      if (tag === 'R' || tag === 'C') continue;
      const shown = showBytes(bytes.subarray(tag === '?' ? 2 : bytes.indexOf(9) + 1));
      if (shown !== lastBad) bad.push(shown);
      lastBad = shown;
      continue;
    }
    add(entry);
  }
  return listing;
}

export interface GitListing {
  files: DiscoveredFile[];
  /** Paths skipped because their names are not valid UTF-8. */
  undecodable: string[];
  /** What git could not read (folders), as human-readable warnings. */
  warnings: string[];
  /** What was left out on purpose (sparse entries, symlinks out of the root), for --verbose. */
  skipped: string[];
}

/**
 * What git sees under `cwd`: tracked files (minus those deleted from the work tree, which are still
 * reported as tracked index entries) and untracked files that are not ignored. With `contentIds`,
 * a tracked file that git finds unmodified carries its blob id from the index: the content's hash
 * without reading the file (git compares stat data in C, racy entries by content). `toplevel` is
 * the work tree's top, which git's warnings name paths relative to.
 */
export async function listFiles(cwd: string, options: { contentIds?: boolean; toplevel?: string } = {}): Promise<GitListing> {
  const undecodable: string[] = [];
  let gitWarnings = '';
  // One process for the index, its deleted and modified entries and the untracked files: each
  // process costs Node a fork and git its start-up and index read.
  const out = await run(cwd, ['ls-files', '-z', '-t', '--cached', '--stage', '--others', '--exclude-standard', '--deleted', '--modified'], {
    literal: true,
    stderr: (t) => (gitWarnings = t),
  });
  const { entries, gone, changed, others, sparse } = parseListing(out, undecodable);
  const outside = new SymlinkEscapes(cwd);
  const files: DiscoveredFile[] = [];
  for (const { path: p, blob, stage, symlink } of entries) {
    if (symlink && outside.check(p)) continue;
    // Stage 0 only: a path in a merge conflict has conflict markers on disk, not any staged blob.
    // A symlink's blob is the link's text, not the content read through it.
    const clean = options.contentIds && stage === 0 && !symlink && !changed.has(p);
    files.push({ path: p, tracked: true, onDisk: !gone.has(p), contentId: clean ? blob : null });
  }
  // git lists an untracked symlink as a file of its own (it never descends into a linked folder);
  // untracked files are few, so each is asked whether it is a link.
  for (const p of others) if (!outside.check(p, { unknown: true })) files.push({ path: p, tracked: false, onDisk: true });
  const skipped = [...sparseNote(sparse), ...outside.skipped];
  return { files, undecodable, warnings: unreadableFolders(gitWarnings, cwd, options.toplevel), skipped };
}

function sparseNote(count: number): string[] {
  return count ? [`skipped ${count} index ${count === 1 ? 'entry' : 'entries'} outside the sparse checkout`] : [];
}

/**
 * git's warnings about folders it could not open (`warning: could not open directory 'x/':
 * Permission denied`, paths relative to the work tree's top), in the walk's words and relative to
 * `cwd`.
 */
function unreadableFolders(stderr: string, cwd: string, toplevel: string | undefined): string[] {
  const out: string[] = [];
  let prefix: string | null = null;
  for (const line of stderr.split('\n')) {
    const m = /^warning: could not open directory '(.*)\/': (.*)$/.exec(line);
    if (!m) continue;
    if (prefix === null) prefix = toplevel ? path.relative(fs.realpathSync(toplevel), fs.realpathSync(cwd)).split(path.sep).join('/') : '';
    const rel = prefix && m[1]!.startsWith(`${prefix}/`) ? m[1]!.slice(prefix.length + 1) : m[1]!;
    out.push(`cannot read directory ${rel}: ${ERRNO_NAMES[m[2]!] ?? m[2]}`);
  }
  return out;
}

/** git words its reasons as strerror does; the walk names them by code. */
const ERRNO_NAMES: Record<string, string> = { 'Permission denied': 'EACCES', 'No such file or directory': 'ENOENT', 'Too many open files': 'EMFILE' };

/** Untracked paths under `cwd` that git ignores; an ignored folder is one entry, ending in `/`. */
export async function listIgnored(cwd: string): Promise<string[]> {
  const out = await run(cwd, ['ls-files', '-z', '--others', '--ignored', '--exclude-standard', '--directory'], { literal: true });
  return entriesZ(out, []);
}

/** `git check-ignore` over `paths` (NUL-separated output; `flags` such as `-v` before the rest). */
function checkIgnore(cwd: string, paths: readonly string[], flags: readonly string[]): string {
  // `./` first: a name such as `:!x` is then no pathspec magic to check-ignore (which refuses
  // literal pathspecs); it answers with the paths as given.
  const r = runSync(cwd, ['check-ignore', '--no-index', ...flags, '--stdin', '-z'], 'plain', paths.map((p) => `./${p}\0`).join(''));
  // Exit 1 means "none ignored"; anything else non-zero is a real failure.
  if (r.error || (r.status !== 0 && r.status !== 1)) {
    throw new GitError(`git check-ignore failed: ${r.stderr?.trim() || r.error?.message}`);
  }
  return r.stdout;
}

/** The subset of `paths` that the repository's ignore rules ignore, whether tracked or not. */
export function ignoredByRules(cwd: string, paths: readonly string[]): Set<string> {
  return new Set(checkIgnore(cwd, paths, []).split('\0').filter(Boolean).map((p) => p.slice(2)));
}

/** Where an ignore rule comes from: the file (relative to `cwd`'s work tree, as git names it), line and pattern. */
export interface IgnoreMatch {
  source: string;
  line: number;
  pattern: string;
}

/** For each of `paths` that the ignore rules ignore, the rule that does it (one `check-ignore -v` call). */
export function ignoreMatches(cwd: string, paths: readonly string[]): Map<string, IgnoreMatch> {
  // Records of four fields: source, line, pattern, path. A negation (`!x`) re-includes: not ignored.
  const fields = checkIgnore(cwd, paths, ['-v']).split('\0');
  const out = new Map<string, IgnoreMatch>();
  for (let i = 0; i + 3 < fields.length; i += 4) {
    const pattern = fields[i + 2]!;
    if (pattern.startsWith('!')) continue;
    out.set(fields[i + 3]!.slice(2), { source: fields[i]!, line: Number(fields[i + 1]), pattern });
  }
  return out;
}

/**
 * `git rm -r --cached`: removes paths from the index only; the working copies stay. Each path is
 * literal (a file named `:!x.pyc` is not an exclude pathspec) and goes NUL-separated on stdin, so
 * any number of any names fits.
 */
export async function untrack(cwd: string, paths: readonly string[]): Promise<void> {
  const args = ['--literal-pathspecs', 'rm', '-r', '--cached', '--quiet', '--ignore-unmatch', '--pathspec-from-file=-', '--pathspec-file-nul'];
  await run(cwd, args, { input: Buffer.from(paths.map((p) => `${p}\0`).join('')) });
}

export interface IndexListing extends GitListing {
  /** Paths whose staged state differs from HEAD (added, modified, deleted): what a commit would change. */
  staged: string[];
}

/**
 * The project as the next commit would have it: every index entry (present whether or not the
 * work tree still has it), each with its staged blob id.
 */
export async function listIndex(cwd: string): Promise<IndexListing> {
  const undecodable: string[] = [];
  const [entries, changed] = await Promise.all([
    run(cwd, ['ls-files', '-z', '-t', '--cached', '--stage'], { literal: true }),
    run(cwd, ['diff', '--cached', '--name-only', '--no-renames', '--relative', '-z'], { literal: true }),
  ]);
  const listing = parseListing(entries, undecodable);
  const files = listing.entries.map(({ path: p, blob }): DiscoveredFile => ({ path: p, tracked: true, onDisk: true, contentId: blob }));
  const staged = entriesZ(changed, []);
  return { files, undecodable, warnings: [], skipped: sparseNote(listing.sparse), staged };
}

/** The content of each blob, read with one `git cat-file --batch`. */
export async function readBlobs(cwd: string, ids: readonly string[]): Promise<Map<string, Buffer>> {
  if (ids.length === 0) return new Map();
  return batchAnswers(await run(cwd, ['cat-file', '--batch'], { input: Buffer.from(ids.map((id) => `${id}\n`).join('')), literal: true }));
}

/** One blob, for a rule that asks in the middle of a run (`Project.readText` with `--staged`); null if git has none. */
export function readBlobSync(cwd: string, id: string): Buffer | null {
  const args = ['-c', 'core.quotepath=off', 'cat-file', '--batch'];
  const input = Buffer.from(`${id}\n`);
  const r = spawnSync('git', args, { cwd, input, env: gitEnv(true), maxBuffer: MAX_BUFFER });
  recorder()?.git({ cwd, args, env: 'literal', input, error: r.error, stdout: r.stdout ?? '', stderr: r.stderr ?? '', status: r.status });
  if (r.status !== 0 || !r.stdout) return null;
  return batchAnswers(r.stdout).get(id) ?? null;
}

/** `git cat-file --batch` output: each answer `<id> <type> <size>\n<content>\n` (or `<id> missing\n`). */
function batchAnswers(buf: Buffer): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (let at = 0; at < buf.length; ) {
    const eol = buf.indexOf(10, at);
    if (eol === -1) break;
    const [id, type, size] = buf.toString('latin1', at, eol).split(' ');
    at = eol + 1;
    if (type !== 'blob' || size === undefined) continue;
    out.set(id!, buf.subarray(at, at + Number(size)));
    at += Number(size) + 1;
  }
  return out;
}
