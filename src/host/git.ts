/** The real `git` binary: the index, ignore rules and untracking. Paths are relative to `cwd`. */
import { isUtf8 } from 'node:buffer';
import { execFile, spawnSync } from 'node:child_process';
import * as path from 'node:path';
import type { DiscoveredFile } from '../project/model';

const MAX_BUFFER = 1 << 30;
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

export class GitError extends Error {}

/**
 * The work tree's top directory, or null when `dir` is not in one (or git is not installed), or
 * when the work tree ignores `dir` itself: a folder the user names explicitly (an installed
 * standard library under a git-managed tool folder) is then read as a plain folder.
 */
export function gitToplevel(dir: string): string | null {
  const r = spawnSync('git', ['rev-parse', '--show-toplevel'], { cwd: dir, encoding: 'utf8' });
  if (r.error || r.status !== 0) return null;
  const top = r.stdout.trim();
  if (!top) return null;
  if (path.resolve(top) === path.resolve(dir)) return top; // the top itself cannot be ignored
  const ignored = spawnSync('git', ['check-ignore', '-q', '--', '.'], { cwd: dir });
  return ignored.status === 0 ? null : top;
}

function run(cwd: string, args: string[], input?: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      'git',
      ['-c', 'core.quotepath=off', ...args],
      { cwd, encoding: 'buffer', maxBuffer: MAX_BUFFER },
      (err, stdout, stderr) => {
        if (err) reject(new GitError(`git ${args[0]} failed: ${stderr.toString().trim() || err.message}`));
        else resolve(stdout);
      },
    );
    if (input) child.stdin!.end(input);
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
      bad.push(bytes.subarray(bytes.indexOf(9) + 1).toString('latin1'));
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
  /** A symbolic link (mode 120000): its blob is the link text, not the content read through it. */
  link: boolean;
}

/**
 * `git ls-files --stage -z` entries, `<mode> <blob> <stage>\t<path>`, one per path (the first of
 * a conflict's stages, which git lists one after the other). Submodules (mode 160000) are folders
 * we do not descend and are left out.
 */
function indexEntries(buf: Buffer, undecodable: string[]): IndexEntry[] {
  const out: IndexEntry[] = [];
  let last = '';
  for (const entry of entriesZ(buf, undecodable)) {
    const tab = entry.indexOf('\t');
    const p = entry.slice(tab + 1);
    if (p === last || entry.startsWith('160000')) continue;
    last = p;
    out.push({ path: p, blob: entry.slice(7, tab - 2), stage: entry.charCodeAt(tab - 1) - 48, link: entry.startsWith('120000') });
  }
  return out;
}

export interface GitListing {
  files: DiscoveredFile[];
  /** Paths skipped because their names are not valid UTF-8. */
  undecodable: string[];
}

/**
 * What git sees under `cwd`: tracked files (minus those deleted from the work tree, which are still
 * reported as tracked index entries) and untracked files that are not ignored. With `contentIds`,
 * a tracked file that git finds unmodified carries its blob id from the index: the content's hash
 * without reading the file (git compares stat data in C, racy entries by content).
 */
export async function listFiles(cwd: string, options: { contentIds?: boolean } = {}): Promise<GitListing> {
  const undecodable: string[] = [];
  const [staged, status] = await Promise.all([
    run(cwd, ['ls-files', '-z', '--cached', '--stage']),
    // `? <path>` for an untracked file that is not ignored, `R <path>` for an entry deleted from the
    // work tree, `C <path>` for one that differs from it. One process for all three: a warm run
    // measured no slower than with two in parallel, and each process costs Node a fork.
    run(cwd, ['ls-files', '-z', '-t', '--others', '--exclude-standard', '--deleted', '--modified']),
  ]);
  const gone = new Set<string>();
  const changed = new Set<string>();
  const others: string[] = [];
  const badStatus: string[] = [];
  for (const entry of entriesZ(status, badStatus)) {
    const p = entry.slice(2);
    if (entry[0] === '?') others.push(p);
    else (entry[0] === 'R' ? gone : changed).add(p);
  }
  // Tracked names that are not UTF-8 are reported from the index listing; untracked ones from here.
  for (const b of badStatus) if (b.startsWith('? ')) undecodable.push(b.slice(2));
  const files: DiscoveredFile[] = [];
  for (const { path: p, blob, stage, link } of indexEntries(staged, undecodable)) {
    // Stage 0 only: a path in a merge conflict has conflict markers on disk, not any staged blob.
    // Not a link: git vouches for the link text, while the content read through it can change.
    const clean = options.contentIds && stage === 0 && !link && !changed.has(p);
    files.push({ path: p, tracked: true, onDisk: !gone.has(p), contentId: clean ? blob : null });
  }
  for (const p of others) files.push({ path: p, tracked: false, onDisk: true });
  return { files, undecodable };
}

/** The subset of `paths` that the repository's ignore rules ignore, whether tracked or not. */
export function ignoredByRules(cwd: string, paths: readonly string[]): Set<string> {
  const r = spawnSync('git', ['check-ignore', '--no-index', '--stdin', '-z'], {
    cwd,
    input: paths.map((p) => `${p}\0`).join(''),
    encoding: 'utf8',
  });
  // Exit 1 means "none ignored"; anything else non-zero is a real failure.
  if (r.error || (r.status !== 0 && r.status !== 1)) {
    throw new GitError(`git check-ignore failed: ${r.stderr?.trim() || r.error?.message}`);
  }
  return new Set(r.stdout.split('\0').filter(Boolean));
}

/** `git rm -r --cached`: removes paths from the index only; the working copies stay. */
export async function untrack(cwd: string, paths: readonly string[]): Promise<void> {
  await run(cwd, ['rm', '-r', '--cached', '--quiet', '--ignore-unmatch', '--', ...paths]);
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
    run(cwd, ['ls-files', '-z', '--cached', '--stage']),
    run(cwd, ['diff', '--cached', '--name-only', '--no-renames', '--relative', '-z']),
  ]);
  const files = indexEntries(entries, undecodable).map(({ path: p, blob }): DiscoveredFile => ({ path: p, tracked: true, onDisk: true, contentId: blob }));
  const staged = entriesZ(changed, []);
  return { files, undecodable, staged };
}

/** The content of each blob, read with one `git cat-file --batch`. */
export async function readBlobs(cwd: string, ids: readonly string[]): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  if (ids.length === 0) return out;
  const buf = await run(cwd, ['cat-file', '--batch'], Buffer.from(ids.map((id) => `${id}\n`).join('')));
  // Each answer: `<id> <type> <size>\n<content>\n` (or `<id> missing\n`).
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
