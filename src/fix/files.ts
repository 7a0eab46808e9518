/**
 * Files as `--fix` reads, edits and writes them: as bytes. A Python source's edits are offsets into
 * its decoded text; they become byte ranges, and every byte outside them (the encoding, a BOM, line
 * endings) stays as it was. Writes keep the file's owner and mode, never go through a symlink or
 * out of the project, and leave no temp file behind that a later run would not clean.
 */
import { readRegularFile } from '../host/read';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isUtf8 } from 'node:buffer';
import { isMisspelledInit } from '../python/names';
import { decodeSource, sourceEncoding } from '../python/source';
import type { TextEdit } from '../types';

export interface FileContent {
  /** What rules and `--diff` see: a Python source decoded as CPython does, other files as UTF-8 (or Latin-1). */
  text: string;
  /** What is (or will be) on disk. */
  bytes: Buffer;
  /** For a Python source: how its text maps to its bytes. */
  codec: { bomLength: number; encoding: string; declared: string | null } | null;
}

/** A write, create or rename that `--fix` skips on purpose; said as a warning, not an error. */
export class Refused extends Error {}

const TEMP = /^\.(.+)\.dunderlint-(\d+)(?:-[0-9a-f]+)?\.tmp$/;

/** The file's content, or null if there is none (or it cannot be decoded as the source it claims to be). */
export function readContent(abs: string): FileContent | null {
  let bytes: Buffer;
  try {
    bytes = readRegularFile(abs);
  } catch {
    return null;
  }
  if (/\.pyi?$/.test(abs)) {
    const decoded = decodeSource(bytes);
    if (decoded.error) return null;
    return { text: decoded.text, bytes, codec: sourceEncoding(bytes) };
  }
  return { text: bytes.toString(isUtf8(bytes) ? 'utf8' : 'latin1'), bytes, codec: null };
}

export function newContent(text: string): FileContent {
  return { text, bytes: Buffer.from(text, 'utf8'), codec: null };
}

/**
 * Text edits applied to both the text and the bytes (`apply` chooses which edits win, for both),
 * or null when a replacement cannot be written in the file's encoding.
 */
export function editContent(
  content: FileContent,
  edits: readonly TextEdit[],
  apply: (text: string, edits: readonly TextEdit[]) => string,
): FileContent | null {
  const codec = content.codec ?? { bomLength: 0, encoding: 'utf-8', declared: null };
  const table = tableOf(content);
  const byteEdits: TextEdit[] = [];
  for (const e of edits) {
    const replacement = table ? encodeWith(table.chars, e.text) : Buffer.from(e.text, 'utf8');
    if (replacement === null) return null;
    byteEdits.push({ start: 0, end: 0, text: replacement.toString('latin1') });
  }
  // Offsets in increasing order, so UTF-8 lengths are measured once over the text.
  const offsets = [...new Set(edits.flatMap((e) => [e.start, e.end]))].sort((a, b) => a - b);
  const byteAt = new Map<number, number>();
  let chars = 0;
  let bytes = codec.bomLength;
  for (const o of offsets) {
    if (table) bytes = codec.bomLength + table.byteOffsets[o]!;
    else bytes += Buffer.byteLength(content.text.slice(chars, o), 'utf8');
    chars = o;
    byteAt.set(o, bytes);
  }
  edits.forEach((e, i) => Object.assign(byteEdits[i]!, { start: byteAt.get(e.start)!, end: byteAt.get(e.end)! }));
  // Bytes as a Latin-1 string (one char per byte): byte offsets keep the order of text offsets, so
  // the same edits win as on the text.
  const after = Buffer.from(apply(content.bytes.toString('latin1'), byteEdits), 'latin1');
  return { text: apply(content.text, edits), bytes: after, codec: content.codec };
}

/** Whether the file's encoding can hold `text`. */
export function canEncode(content: FileContent, text: string): boolean {
  const table = tableOf(content);
  return table === null || encodeWith(table.chars, text) !== null;
}

const tables = new WeakMap<FileContent, CharTable>();

/** The character table of a non-UTF-8 source (null for UTF-8), built once per content. */
function tableOf(content: FileContent): CharTable | null {
  const codec = content.codec;
  if (!codec || codec.encoding === 'utf-8') return null;
  let table = tables.get(content);
  if (!table) tables.set(content, (table = charTable(content.bytes.subarray(codec.bomLength), codec.encoding)));
  return table;
}

interface CharTable {
  /** Text offset → byte offset (after the BOM). */
  byteOffsets: number[];
  /** Each character the encoding holds → its bytes. */
  chars: Map<string, Buffer>;
}

/** The encoding's name as the file spells it, for messages. */
export function encodingName(content: FileContent): string {
  return content.codec?.declared ?? 'utf-8';
}

/**
 * For a file in a non-UTF-8 encoding: the byte offset of each text offset, and the bytes of each
 * character the encoding holds (single bytes that decode alone, and every character of the file).
 */
function charTable(body: Buffer, encoding: string): CharTable {
  const chars = new Map<string, Buffer>();
  // UTF-16 is not ASCII-compatible, and a stateful ISO-2022 byte means nothing out of context.
  const stateless = !/^(utf-16|iso-2022)/.test(encoding);
  if (stateless) {
    for (let b = 0; b < 256; b++) {
      try {
        const c = new TextDecoder(encoding, { fatal: true }).decode(Uint8Array.of(b));
        if (c.length > 0 && !chars.has(c)) chars.set(c, Buffer.of(b));
      } catch {
        // the lead byte of a multi-byte sequence
      }
    }
  }
  const offsets: number[] = [0];
  const decoder = new TextDecoder(encoding, { fatal: true });
  let from = 0;
  for (let b = 0; b < body.length; b++) {
    const c = decoder.decode(body.subarray(b, b + 1), { stream: true });
    if (!c) continue;
    for (let k = 0; k < c.length; k++) offsets.push(k === c.length - 1 ? b + 1 : from);
    if (stateless && !chars.has(c)) chars.set(c, Buffer.from(body.subarray(from, b + 1)));
    from = b + 1;
  }
  return { byteOffsets: offsets, chars };
}

function encodeWith(chars: Map<string, Buffer>, s: string): Buffer | null {
  const out: Buffer[] = [];
  for (const c of s) {
    const b = chars.get(c);
    if (!b) return null;
    out.push(b);
  }
  return Buffer.concat(out);
}

/** `lines` appended, each ended as the file ends its lines (CRLF if its first line does). */
export function appendLines(current: FileContent | null, lines: readonly string[]): FileContent {
  const bytes = current?.bytes ?? Buffer.alloc(0);
  const nl = bytes.indexOf(10);
  const eol = nl > 0 && bytes[nl - 1] === 13 ? '\r\n' : '\n';
  const sep = bytes.length === 0 || bytes[bytes.length - 1] === 10 ? '' : eol;
  const added = `${sep}${lines.map((l) => `${l}${eol}`).join('')}`;
  return { text: `${current?.text ?? ''}${added}`, bytes: Buffer.concat([bytes, Buffer.from(added, 'utf8')]), codec: current?.codec ?? null };
}

/**
 * Why `--fix` must not write `rel` (a path relative to `root`), or null: it leaves the project, or
 * it or a folder on the way to it below the root is a symbolic link.
 */
export function unsafeTarget(root: string, rel: string): string | null {
  const inside = path.relative(root, path.resolve(root, rel));
  if (inside === '' || inside === '..' || inside.startsWith(`..${path.sep}`) || path.isAbsolute(inside)) {
    return 'it is outside the project';
  }
  const parts = inside.split(path.sep);
  let at = root;
  for (let i = 0; i < parts.length; i++) {
    at = path.join(at, parts[i]!);
    let st: fs.Stats;
    try {
      st = fs.lstatSync(at);
    } catch {
      break; // missing (nothing below can be a link) or unreadable (the write will fail and say so)
    }
    if (st.isSymbolicLink()) return i === parts.length - 1 ? 'it is a symbolic link' : `${parts.slice(0, i + 1).join('/')} is a symbolic link`;
  }
  return null;
}

/** Why `--fix` must not rewrite the existing file `abs`, or null. */
export function unwritable(abs: string): string | null {
  let st: fs.Stats;
  try {
    st = fs.lstatSync(abs);
  } catch {
    return null;
  }
  if (st.isSymbolicLink()) return 'it is a symbolic link';
  if (!st.isFile()) return 'it is not a regular file';
  if ((st.mode & 0o222) === 0) return `the file is read-only (mode ${(st.mode & 0o7777).toString(8).padStart(4, '0')})`;
  return null;
}

/**
 * Replaces `file` with `bytes` atomically (a temp file renamed over it), keeping its owner and mode.
 * `before` is the content the plan was made from (null: no file); a file that changed since (an
 * editor saved it) is left alone rather than losing that work.
 */
export function writeAtomic(root: string, rel: string, bytes: Buffer, before: Buffer | null): void {
  const why = unsafeTarget(root, rel);
  if (why) throw new Refused(why);
  const file = path.join(root, rel);
  let st: fs.Stats | null = null;
  try {
    st = fs.lstatSync(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  if (st) {
    const reason = unwritable(file);
    if (reason) throw new Refused(reason);
  }
  const current = st ? fs.readFileSync(file) : null;
  if (current === null ? before !== null : before === null || !current.equals(before)) {
    throw new Refused('it changed while dunderlint ran');
  }
  const dir = path.dirname(file);
  fs.mkdirSync(dir, { recursive: true });
  // A random name opened with O_EXCL: never a file or symlink someone put there.
  const tmp = path.join(dir, `.${path.basename(file)}.dunderlint-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  const fd = fs.openSync(tmp, 'wx', st ? st.mode & 0o777 : 0o666);
  try {
    try {
      fs.writeFileSync(fd, bytes);
      if (st) {
        try {
          fs.fchownSync(fd, st.uid, st.gid);
        } catch (e) {
          // Only root may give a file away; a user's own file keeps its owner anyway.
          if ((e as NodeJS.ErrnoException).code !== 'EPERM') throw e;
        }
        fs.fchmodSync(fd, st.mode & 0o7777); // after chown, which clears set-id bits
      }
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(tmp, file);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}

/**
 * Renames without ever replacing a file: link, then unlink. A rename interrupted between the two
 * left both names on one inode; finishing it only unlinks `from`.
 */
export function renameSafely(root: string, from: string, to: string): void {
  const why = unsafeTarget(root, from) ?? unsafeTarget(root, to);
  if (why) throw new Refused(why);
  const a = path.join(root, from);
  const b = path.join(root, to);
  if (!sameInode(a, b)) fs.linkSync(a, b);
  fs.unlinkSync(a);
}

function sameInode(a: string, b: string): boolean {
  try {
    const sa = fs.lstatSync(a);
    const sb = fs.lstatSync(b);
    return sa.ino === sb.ino && sa.dev === sb.dev;
  } catch {
    return false;
  }
}

/**
 * What an interrupted `--fix` left among `paths` (project files): temp files of runs that are no
 * longer alive, and misspelled inits that are a second name of the `__init__.py` beside them (a
 * rename stopped between link and unlink).
 */
export function leftovers(root: string, paths: readonly string[]): { temps: string[]; halfRenames: Array<{ from: string; to: string }> } {
  const temps: string[] = [];
  const halfRenames: Array<{ from: string; to: string }> = [];
  for (const p of paths) {
    const slash = p.lastIndexOf('/');
    const name = p.slice(slash + 1);
    const temp = TEMP.exec(name);
    if (temp) {
      if (!isAlive(Number(temp[2]))) temps.push(p);
    } else if (isMisspelledInit(name)) {
      const init = `${p.slice(0, slash + 1)}__init__.py`;
      if (sameInode(path.join(root, p), path.join(root, init))) halfRenames.push({ from: p, to: init });
    }
  }
  return { temps, halfRenames };
}

/** Temp files for `rel` (beside it) of runs that are no longer alive. */
export function staleTemps(root: string, rel: string): string[] {
  const slash = rel.lastIndexOf('/');
  let names: string[];
  try {
    names = fs.readdirSync(path.join(root, rel.slice(0, slash + 1)));
  } catch {
    return [];
  }
  const base = rel.slice(slash + 1);
  return names
    .filter((n) => {
      const m = TEMP.exec(n);
      return m !== null && m[1] === base && !isAlive(Number(m[2]));
    })
    .map((n) => rel.slice(0, slash + 1) + n);
}

/** Removes a temp file an earlier run left (a regular file or a symlink, never through one). */
export function removeTemp(root: string, rel: string): void {
  const why = unsafeTarget(root, rel);
  // Unlinking a symlink removes the link, not what it points to; a symlinked folder is refused.
  if (why && why !== 'it is a symbolic link') throw new Refused(why);
  if (!TEMP.test(path.basename(rel))) throw new Refused('it is not a dunderlint temp file');
  fs.rmSync(path.join(root, rel), { force: true });
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
