/**
 * Reading project input (modules, `.gitignore`, configs, packaging metadata) without trusting what
 * the path names: a FIFO would block the run forever and a device (`/dev/zero`) never ends, so
 * only regular files are read, and only up to a size no source or config file reaches.
 */
import * as fs from 'node:fs';

/** The largest file read as project input (documented in docs/configuration.md). */
export const MAX_INPUT_BYTES = 10 * 1024 * 1024;

/**
 * Why a file was not read. `reason` is short: the errno code (`EACCES`), or ours (`not a regular
 * file`, `larger than 10 MB`); `message` is the system's full message for an errno.
 */
export class ReadError extends Error {
  constructor(
    readonly reason: string,
    message: string = reason,
  ) {
    super(message);
  }
}

function systemError(e: unknown): ReadError {
  const err = e as NodeJS.ErrnoException;
  return new ReadError(err.code ?? 'EIO', err.message);
}

/**
 * The bytes of `file` if it is a regular file of at most `maxBytes`. Opened non-blocking (a FIFO
 * then opens at once instead of waiting for a writer) and checked with `fstat` on the open
 * descriptor, so what is checked is what is read.
 */
export function readRegularFile(file: string, maxBytes: number = MAX_INPUT_BYTES): Buffer {
  let fd: number;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK | fs.constants.O_NOCTTY);
  } catch (e) {
    throw systemError(e);
  }
  try {
    const st = fs.fstatSync(fd);
    if (!st.isFile()) throw new ReadError(st.isDirectory() ? 'is a directory' : 'not a regular file');
    if (st.size > maxBytes) throw new ReadError(`larger than ${formatSize(maxBytes)}`);
    // One byte more than fstat said, to notice a file that grew since (it is then read on, to the cap).
    let buf = Buffer.allocUnsafeSlow(Math.min(st.size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      if (length === buf.length) {
        if (length > maxBytes) throw new ReadError(`larger than ${formatSize(maxBytes)}`);
        const bigger = Buffer.allocUnsafeSlow(Math.min(buf.length * 2, maxBytes + 1));
        buf.copy(bigger, 0, 0, length);
        buf = bigger;
      }
      const n = fs.readSync(fd, buf, length, buf.length - length, null);
      if (n === 0) break;
      length += n;
    }
    return buf.subarray(0, length);
  } catch (e) {
    throw e instanceof ReadError ? e : systemError(e);
  } finally {
    fs.closeSync(fd);
  }
}

/** `readRegularFile` as UTF-8 text. */
export function readRegularText(file: string, maxBytes: number = MAX_INPUT_BYTES): string {
  return readRegularFile(file, maxBytes).toString('utf8');
}

function formatSize(bytes: number): string {
  return bytes % (1024 * 1024) === 0 ? `${bytes / (1024 * 1024)} MB` : `${bytes} bytes`;
}

/** `readRegularText`, or null when the file cannot be read (missing, not regular, too large). */
export function readTextOrNull(file: string): string | null {
  try {
    return readRegularText(file);
  } catch {
    return null;
  }
}
