/**
 * Per-file facts cache (`.dunderlint_cache/`): what the scanner read from each Python file, keyed
 * by the file's path, size and modification time, and dropped whenever the tool version changes.
 * Only per-file facts are cached; every rule runs on every run, so findings that depend on other
 * files (a deleted `__init__.py`) are never stale.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { VERSION } from '../package-info';
import type { ModuleFacts } from '../python/facts';


interface Entry {
  size: number;
  mtimeMs: number;
  facts: ModuleFacts;
  readError: string | null;
}

export class FactsCache {
  private entries: Record<string, Entry> = {};
  private dirty = false;
  private readonly file: string;

  constructor(dir: string, projectRoot: string) {
    // One file per linted root, named after it, so nested runs do not overwrite each other.
    const name = Buffer.from(path.resolve(projectRoot)).toString('base64url').slice(-80);
    this.file = path.join(dir, `facts-${VERSION}-${name}.json`);
    try {
      const data = JSON.parse(fs.readFileSync(this.file, 'utf8')) as { version: string; entries: Record<string, Entry> };
      if (data.version === VERSION) this.entries = data.entries;
    } catch {
      this.entries = {}; // no cache yet, or an unreadable one: start over
    }
  }

  get(relPath: string, stat: fs.Stats): Entry | null {
    const e = this.entries[relPath];
    return e && e.size === stat.size && e.mtimeMs === stat.mtimeMs ? e : null;
  }

  set(relPath: string, stat: fs.Stats, facts: ModuleFacts, readError: string | null): void {
    this.entries[relPath] = { size: stat.size, mtimeMs: stat.mtimeMs, facts, readError };
    this.dirty = true;
  }

  /** Writes the cache atomically; returns a warning instead of failing (read-only CI folders). */
  save(): string | null {
    if (!this.dirty) return null;
    try {
      fs.mkdirSync(path.dirname(this.file), { recursive: true });
      const gitignore = path.join(path.dirname(this.file), '.gitignore');
      if (!fs.existsSync(gitignore)) fs.writeFileSync(gitignore, '# Created by dunderlint\n*\n');
      const tmp = `${this.file}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, JSON.stringify({ version: VERSION, entries: this.entries }));
      fs.renameSync(tmp, this.file);
      this.dirty = false;
      return null;
    } catch (e) {
      return `cannot write the cache in ${path.dirname(this.file)} (${(e as NodeJS.ErrnoException).code ?? e}); use --no-cache or --cache-dir`;
    }
  }
}
