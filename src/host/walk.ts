/**
 * File discovery outside git: a walk that honours `.gitignore` files, skips venvs and caches, and
 * survives symlink loops, unreadable folders and names that are not UTF-8.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import type { DiscoveredFile } from '../project/model';

const ALWAYS_SKIPPED = new Set(['.git', '.hg', '.svn', 'node_modules', '__pycache__']);
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

export interface WalkResult {
  files: DiscoveredFile[];
  /** Human-readable notes about what could not be read. */
  notes: string[];
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

  const ignoredBy = (scopes: IgnoreScope[], rel: string, isDir: boolean): boolean => {
    for (const s of scopes) {
      const sub = s.base ? rel.slice(s.base.length + 1) : rel;
      if (s.rules.ignores(isDir ? `${sub}/` : sub)) return true;
    }
    return false;
  };

  const visit = (abs: string, rel: string, scopes: IgnoreScope[]): void => {
    let real: string;
    try {
      real = fs.realpathSync(abs);
    } catch (e) {
      notes.push(`cannot resolve ${rel || '.'}: ${(e as NodeJS.ErrnoException).code ?? e}`);
      return;
    }
    // A directory reached twice through symlinks is a loop (or a duplicate); read it once.
    if (visited.has(real)) return;
    visited.add(real);
    let entries: fs.Dirent<Buffer>[];
    try {
      entries = fs.readdirSync(abs, { withFileTypes: true, encoding: 'buffer' });
    } catch (e) {
      notes.push(`cannot read directory ${rel || '.'}: ${(e as NodeJS.ErrnoException).code ?? e}`);
      return;
    }
    const names: Array<{ name: string; entry: fs.Dirent<Buffer> }> = [];
    for (const entry of entries) {
      try {
        names.push({ name: strictUtf8.decode(entry.name), entry });
      } catch {
        notes.push(`skipping ${rel ? `${rel}/` : ''}${entry.name.toString('latin1')}: name is not UTF-8`);
      }
    }
    // A virtual environment is somebody else's code, whatever its folder is called.
    if (rel && names.some((n) => n.name === 'pyvenv.cfg')) return;
    let here = scopes;
    if (names.some((n) => n.name === '.gitignore')) {
      try {
        here = [...scopes, { base: rel, rules: ignore().add(fs.readFileSync(path.join(abs, '.gitignore'), 'utf8')) }];
      } catch (e) {
        notes.push(`cannot read ${rel ? `${rel}/` : ''}.gitignore: ${(e as NodeJS.ErrnoException).code ?? e}`);
      }
    }
    names.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const { name, entry } of names) {
      const childRel = rel ? `${rel}/${name}` : name;
      const childAbs = path.join(abs, name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const st = fs.statSync(childAbs);
          isDir = st.isDirectory();
          isFile = st.isFile();
        } catch {
          continue; // dangling link: nothing Python could import
        }
      }
      if (isDir) {
        if (ALWAYS_SKIPPED.has(name) || isExcluded(childRel) || ignoredBy(here, childRel, true)) continue;
        visit(childAbs, childRel, here);
      } else if (isFile) {
        if (isExcluded(childRel) || ignoredBy(here, childRel, false)) continue;
        files.push({ path: childRel, tracked: false, onDisk: true });
      }
    }
  };

  visit(root, '', []);
  return { files, notes };
}
