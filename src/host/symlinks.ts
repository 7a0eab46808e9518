/**
 * Symlinks out of the project root: rules must not read another tree as the project's, nor fixes
 * create, rename or edit files in one. Links that stay inside the root are followed.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

/** Whether the absolute path `p` is `root` or below it (both canonical). */
export function isInside(root: string, p: string): boolean {
  const rel = path.relative(root, p);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
}

/** Finds the symlinks of a listing that lead out of `root`, and notes each for --verbose. */
export class SymlinkEscapes {
  readonly skipped: string[] = [];
  private realRoot: string | null = null;

  constructor(private readonly root: string) {}

  /**
   * Whether `rel` is a symlink whose target is outside the root (then noted in `skipped`, unless
   * `quiet`). A path not known to be a link is `lstat`ed first (`unknown`). A dangling link is not
   * an escape: it is reported, or not, as any file that cannot be read.
   */
  check(rel: string, { unknown = false, quiet = false } = {}): boolean {
    const abs = path.join(this.root, rel);
    try {
      if (unknown && !fs.lstatSync(abs).isSymbolicLink()) return false;
      const target = fs.realpathSync(abs);
      this.realRoot ??= fs.realpathSync(this.root);
      if (isInside(this.realRoot, target)) return false;
      if (!quiet) this.note(rel, target, fs.statSync(target).isDirectory());
      return true;
    } catch {
      return false;
    }
  }

  note(rel: string, target: string, isDir: boolean): void {
    this.skipped.push(`skipped ${rel}: a symlink to a ${isDir ? 'folder' : 'file'} outside the project (${target})`);
  }
}
