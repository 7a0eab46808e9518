/**
 * Suppression: `per-file-ignores` from the config, and comments in the reported file:
 * `# dunderlint: disable=rule-a,rule-b` on the reported line, `# dunderlint: disable-file=rule-a`
 * anywhere. `all` stands for every rule.
 */
import * as path from 'node:path';
import { perFileIgnoreMatcher } from '../config/globs';
import { readRegularText } from '../host/read';
import { fileAt } from '../project/model';
import { isPythonSource, type Project } from '../project/project';
import type { Diagnostic } from '../types';

export interface Directives {
  /** Rules disabled for the whole file. */
  file: Set<string>;
  /** Line (1-based) → rules disabled on it. */
  lines: Map<number, Set<string>>;
}

const DIRECTIVE = /#\s*dunderlint:\s*(disable-file|disable)\s*=\s*([A-Za-z0-9_@/,\s-]+)/g;
const TEXT_SUFFIXES = ['.pyw', '.toml', '.cfg', '.txt'];

/** Directives in a non-Python text file (TOML, cfg): every `#` starts a comment there. */
export function parseDirectives(text: string): Directives {
  const out: Directives = { file: new Set(), lines: new Map() };
  if (!text.includes('dunderlint:')) return out;
  const lines = text.split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.includes('dunderlint:')) continue;
    for (const m of line.matchAll(DIRECTIVE)) {
      const ids = m[2]!.split(',').map((s) => s.trim()).filter(Boolean);
      if (m[1] === 'disable-file') ids.forEach((id) => out.file.add(id));
      else {
        const set = out.lines.get(i + 1) ?? new Set<string>();
        ids.forEach((id) => set.add(id));
        out.lines.set(i + 1, set);
      }
    }
  }
  return out;
}

export function suppress(project: Project, diagnostics: Diagnostic[]): { kept: Diagnostic[]; suppressed: number } {
  const ignoredFor = perFileIgnoreMatcher(project.config.perFileIgnores);
  const directives = new Map<string, Directives | null>();
  const directivesOf = (p: string): Directives | null => {
    if (!directives.has(p)) {
      let d: Directives | null = null;
      const file = fileAt(project.tree, p);
      if (file && isPythonSource(file.name)) {
        // Python: real comment tokens from the scanner, so a `#` inside a string never counts.
        d = { file: new Set(), lines: new Map() };
        for (const directive of project.module(file).facts.directives) {
          if (directive.kind === 'disable-file') directive.rules.forEach((r) => d!.file.add(r));
          else {
            const set = d.lines.get(directive.line) ?? new Set<string>();
            directive.rules.forEach((r) => set.add(r));
            d.lines.set(directive.line, set);
          }
        }
      } else if (TEXT_SUFFIXES.some((s) => p.endsWith(s))) {
        try {
          d = parseDirectives(readRegularText(path.join(project.root, p)));
        } catch {
          d = null; // unreadable: nothing to honour
        }
      }
      directives.set(p, d);
    }
    return directives.get(p)!;
  };
  const kept: Diagnostic[] = [];
  for (const d of diagnostics) {
    const p = d.location.path;
    if (project.excludedByOtherTools.has(p)) continue;
    const ignored = ignoredFor(project.configPath(p));
    if (ignored.has(d.rule) || ignored.has('ALL')) continue;
    const dir = directivesOf(p);
    if (dir) {
      const onLine = dir.lines.get(d.location.start.line);
      if (hits(dir.file, d.rule) || (onLine && hits(onLine, d.rule))) continue;
    }
    kept.push(d);
  }
  return { kept, suppressed: diagnostics.length - kept.length };
}

function hits(set: Set<string>, rule: string): boolean {
  return set.has(rule) || set.has('all');
}
