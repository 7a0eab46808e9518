/**
 * Files dunderlint keeps in the user's own cache folder: V8's code cache (bin/code-cache.js) and the
 * records of runs (src/replay.ts). Each file starts with a SHA-256 of the rest and is used only if
 * this user owns it and nobody else can write it; it is written aside and renamed over, so a reader
 * never sees half of it. bin/code-cache.js reaches these through the replay bundle.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const DIGEST_BYTES = 32;
/** Files not rewritten for this long are deleted by `sweepStale`. */
const STALE_MS = 30 * 24 * 3600 * 1000;

const digest = (data: Uint8Array): Buffer => createHash('sha256').update(data).digest();

/** `dunderlint/<name>` in the user's own cache folder, as XDG and the platforms define it; null if the user has no home. */
export function userCacheFolder(name: string): string | null {
  let base = process.env['XDG_CACHE_HOME'];
  if (!base || !path.isAbsolute(base)) {
    let home: string;
    try {
      home = os.homedir(); // throws without HOME for a user id with no passwd entry (containers)
    } catch {
      return null;
    }
    if (!home) return null;
    if (process.platform === 'win32') base = process.env['LOCALAPPDATA'] || path.join(home, 'AppData', 'Local');
    else if (process.platform === 'darwin') base = path.join(home, 'Library', 'Caches');
    else base = path.join(home, '.cache');
  }
  return path.join(base, 'dunderlint', name);
}

/** The file's data if this user owns it, nobody else can write it, and it is intact; else null (none yet, unreadable, damaged). */
export function readTrusted(file: string): Buffer | null {
  let fd: number | undefined;
  try {
    // O_NONBLOCK: opening a FIFO does not wait for a writer.
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NOFOLLOW || 0) | (fs.constants.O_NONBLOCK || 0));
    const st = fs.fstatSync(fd);
    const uid = process.getuid ? process.getuid() : -1;
    if (!st.isFile() || (uid !== -1 && (st.uid !== uid || (st.mode & 0o022) !== 0))) return null;
    const bytes = fs.readFileSync(fd);
    const data = bytes.subarray(DIGEST_BYTES);
    return bytes.length > DIGEST_BYTES && digest(data).equals(bytes.subarray(0, DIGEST_BYTES)) ? data : null;
  } catch {
    return null;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/**
 * Writes `data` (with its digest) as `file`, private to this user; whether it was written. A folder
 * that cannot be written (or a full disk) only means doing the work again next time.
 */
export function writeTrusted(file: string, data: Uint8Array): boolean {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    // Another run may be reading it: write aside, then rename over.
    fs.writeFileSync(tmp, Buffer.concat([digest(data), data]), { mode: 0o600, flag: 'wx' });
    fs.renameSync(tmp, file);
    return true;
  } catch {
    try {
      fs.rmSync(tmp, { force: true });
    } catch {
      // nothing written
    }
    return false;
  }
}

/** Deletes the files beside `kept` that nothing rewrote for 30 days (other versions, command lines no longer run). */
export function sweepStale(kept: string): void {
  const folder = path.dirname(kept);
  try {
    const now = Date.now();
    for (const name of fs.readdirSync(folder)) {
      const other = path.join(folder, name);
      if (other !== kept && now - fs.lstatSync(other).mtimeMs > STALE_MS) fs.rmSync(other, { force: true });
    }
  } catch {
    // another run swept first, or the folder is unreadable: next time
  }
}
