/**
 * File discovery outside git: a walk that honours `.gitignore` files, skips venvs and caches, and
 * survives symlink loops, unreadable folders and names that are not UTF-8.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import type { DiscoveredFile } from '../project/model';
import { showBytes } from './names';
import { readRegularText, ReadError } from './read';
import { isInside, SymlinkEscapes } from './symlinks';

const ALWAYS_SKIPPED = new Set(['.git', '.hg', '.svn', 'node_modules', '__pycache__']);
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

export interface WalkResult {
  files: DiscoveredFile[];
  /** Human-readable notes about what could not be read. */
  notes: string[];
  /** What was left out on purpose (symlinks out of the root), for --verbose. */
  skipped: string[];
}

interface IgnoreScope {
  /** Posix path of the directory holding the .gitignore, relative to the walk root. */
  base: string;
  rules: Ignore;
}

export function walk(root: string, isExcluded: (relPath: string) => boolean): WalkResult {
  const files: DiscoveredFile[] = [];
  const notes: string[] = [];
  const visited = new Set<string>();
  const escapes = new SymlinkEscapes(root);
  let realRoot = '';

  const ignoredBy = (scopes: IgnoreScope[], rel: string, isDir: boolean): boolean => {
    for (const s of scopes) {
      const sub = s.base ? rel.slice(s.base.length + 1) : rel;
      if (s.rules.ignores(isDir ? `${sub}/` : sub)) return true;
    }
    return false;
  };

  /**
   * `real` is the folder's canonical path: the root's is asked of the system, a subfolder's is its
   * parent's plus its name, and only a symlink's target is asked again (a syscall per folder cost
   * more than the rest of the walk).
   */
  const visit = (abs: string, real: string, rel: string, scopes: IgnoreScope[]): void => {
    // A directory reached twice through symlinks is a loop (or a duplicate); read it once.
    if (visited.has(real)) return;
    visited.add(real);
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(abs, { withFileTypes: true });
    } catch (e) {
      notes.push(`cannot read directory ${rel || '.'}: ${(e as NodeJS.ErrnoException).code ?? e}`);
      return;
    }
    // Names are decoded as UTF-8; one that is not comes back with U+FFFD, and only then is the
    // folder read again as bytes to tell which names to skip.
    let names: Array<{ name: string; entry: fs.Dirent<string> | fs.Dirent<Buffer> }> = entries.map((entry) => ({ name: entry.name, entry }));
    if (names.some((n) => n.name.includes('\uFFFD'))) names = decodedNames(abs, rel, notes);
    // A virtual environment is somebody else's code, whatever its folder is called.
    if (rel && names.some((n) => n.name === 'pyvenv.cfg')) return;
    let here = scopes;
    // A .gitignore linked from outside is noted with the other files below, and not read.
    const gitignore = names.find((n) => n.name === '.gitignore');
    if (gitignore && !(gitignore.entry.isSymbolicLink() && escapes.check(rel ? `${rel}/.gitignore` : '.gitignore', { quiet: true }))) {
      try {
        here = [...scopes, { base: rel, rules: ignore().add(readRegularText(path.join(abs, '.gitignore'))) }];
      } catch (e) {
        notes.push(`cannot read ${rel ? `${rel}/` : ''}.gitignore: ${e instanceof ReadError ? e.reason : e}`);
      }
    }
    names.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const { name, entry } of names) {
      const childRel = rel ? `${rel}/${name}` : name;
      const childAbs = `${abs}${path.sep}${name}`;
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      let childReal = `${real}${path.sep}${name}`;
      if (entry.isSymbolicLink()) {
        try {
          const st = fs.statSync(childAbs);
          isDir = st.isDirectory();
          isFile = st.isFile();
          childReal = fs.realpathSync(childAbs);
        } catch {
          continue; // dangling link: nothing Python could import
        }
      }
      // A symlink into another tree: not the project's, neither read for rules nor written to by fixes.
      const outside = entry.isSymbolicLink() && !isInside(realRoot, childReal);
      if (isDir) {
        if (ALWAYS_SKIPPED.has(name) || isExcluded(childRel) || ignoredBy(here, childRel, true)) continue;
        if (outside) escapes.note(childRel, childReal, true);
        else visit(childAbs, childReal, childRel, here);
      } else if (isFile) {
        if (isExcluded(childRel) || ignoredBy(here, childRel, false)) continue;
        if (outside) escapes.note(childRel, childReal, false);
        else files.push({ path: childRel, tracked: false, onDisk: true });
      }
    }
  };

  try {
    realRoot = fs.realpathSync(root);
    visit(root, realRoot, '', []);
  } catch (e) {
    notes.push(`cannot resolve .: ${(e as NodeJS.ErrnoException).code ?? e}`);
  }
  return { files, notes, skipped: escapes.skipped };
}

/** A folder's entries whose names are UTF-8; the others are skipped with a note. */
function decodedNames(abs: string, rel: string, notes: string[]): Array<{ name: string; entry: fs.Dirent<Buffer> }> {
  const out: Array<{ name: string; entry: fs.Dirent<Buffer> }> = [];
  let entries: fs.Dirent<Buffer>[];
  try {
    entries = fs.readdirSync(abs, { withFileTypes: true, encoding: 'buffer' });
  } catch {
    return out; // gone since the first read
  }
  for (const entry of entries) {
    try {
      out.push({ name: strictUtf8.decode(entry.name), entry });
    } catch {
      notes.push(`skipping ${rel ? `${rel}/` : ''}${showBytes(entry.name)}: name is not UTF-8`);
    }
  }
  return out;
}
