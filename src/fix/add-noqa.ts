/**
 * `--add-noqa`: a `# dunderlint: disable=rule` comment on the line of each finding in a Python
 * source, so that an old repository starts clean and new findings stand out. The comment goes
 * after any comment the line has (`# noqa: F401`, `# type: ignore` stay first, as ruff's
 * --add-noqa leaves them), or joins the line's own `# dunderlint: disable=` list. A line that
 * cannot carry a comment (inside a triple-quoted string, after a `\` continuation, a `#!` line)
 * is left alone: the edited module is scanned again, and only comments that the suppression code
 * then honours are kept.
 */
import * as path from 'node:path';
import { fileAt } from '../project/model';
import { isPythonSource, type Project } from '../project/project';
import { scanModule } from '../python/facts';
import { tokenize } from '../python/scanner';
import type { Diagnostic, TextEdit } from '../types';
import { applyEdits } from './apply';
import { editContent, readContent, unsafeTarget, unwritable, type FileContent } from './files';

export interface NoqaPlan {
  /** Project path → content before and after. */
  text: Map<string, { before: FileContent; after: FileContent }>;
  /** Comments written or extended (one per line). */
  added: number;
  /** Findings no comment suppresses: not in a Python source, or on a line that cannot carry one. */
  left: Diagnostic[];
}

const DISABLE = /(#\s*dunderlint:\s*disable\s*=\s*)([A-Za-z0-9_,\s-]*[A-Za-z0-9_-])/;

export function planNoqa(project: Project, diagnostics: readonly Diagnostic[]): NoqaPlan {
  const plan: NoqaPlan = { text: new Map(), added: 0, left: [] };
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    const file = fileAt(project.tree, d.location.path);
    if (!file || !isPythonSource(file.name)) {
      plan.left.push(d);
      continue;
    }
    const list = byFile.get(file.path);
    if (list) list.push(d);
    else byFile.set(file.path, [d]);
  }
  for (const [p, list] of byFile) {
    // A symlink or a read-only file is not ours to edit: its findings go to the baseline.
    const refused = unsafeTarget(project.root, p) ?? unwritable(path.join(project.root, p));
    const content = refused ? null : readContent(path.join(project.root, p));
    const done = content ? commentFile(content, list) : null;
    if (!done) {
      plan.left.push(...list);
      continue;
    }
    plan.left.push(...done.left);
    plan.added += done.lines;
    if (done.lines) plan.text.set(p, { before: content!, after: done.after });
  }
  return plan;
}

/** One file's comments: the new content, how many lines got one, and the findings left without. */
function commentFile(content: FileContent, diagnostics: readonly Diagnostic[]): { after: FileContent; lines: number; left: Diagnostic[] } | null {
  const text = content.text;
  const starts = lineStarts(text);
  const rulesByLine = new Map<number, string[]>();
  const left = new Set<Diagnostic>();
  for (const d of diagnostics) {
    const line = d.location.start.line;
    // A `#!` line is read by the kernel, which would take the comment as an argument.
    if (line < 1 || line > starts.length || (line === 1 && text.startsWith('#!'))) {
      left.add(d);
      continue;
    }
    const rules = rulesByLine.get(line) ?? [];
    if (!rules.includes(d.rule)) rules.push(d.rule);
    rulesByLine.set(line, rules.sort());
  }
  // The line's own `# dunderlint: disable=` comment, if any: real comment tokens, not a `#` in a string.
  const existing = new Map<number, { start: number; end: number }>();
  const tokens = tokenize(text);
  const spans = tokens.directiveComments;
  for (let i = 0; i < spans.length; i += 2) {
    const line = lineOf(starts, spans[i]!);
    if (rulesByLine.has(line) && !existing.has(line) && DISABLE.test(text.slice(spans[i]!, spans[i + 1]!))) existing.set(line, { start: spans[i]!, end: spans[i + 1]! });
  }
  const editOf = (line: number, rules: readonly string[]): TextEdit => {
    const comment = existing.get(line);
    if (comment) {
      const m = DISABLE.exec(text.slice(comment.start, comment.end))!;
      const at = comment.start + m.index + m[0].length;
      return { start: at, end: at, text: `,${rules.join(',')}` };
    }
    const lineStart = starts[line - 1]!;
    const lineEnd = endOfLine(text, lineStart);
    let end = lineEnd;
    while (end > lineStart && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
    // Trailing blanks go: the comment ends the line.
    return { start: end, end: lineEnd, text: `${end > lineStart ? '  ' : ''}# dunderlint: disable=${rules.join(',')}` };
  };
  const syntaxBefore = scanModule(text).syntaxError !== null;
  /** The lines among `lines` whose comment the scanner does not see as suppressing their rules, or all of them if the edit breaks the module. */
  const failing = (lines: readonly number[]): number[] => {
    const facts = scanModule(applyEdits(text, lines.map((l) => editOf(l, rulesByLine.get(l)!))));
    if (facts.syntaxError && !syntaxBefore) return [...lines];
    return lines.filter((l) => {
      const seen = new Set(facts.directives.filter((d) => d.kind === 'disable' && d.line === l).flatMap((d) => d.rules));
      return !rulesByLine.get(l)!.every((r) => seen.has(r) || seen.has('all'));
    });
  };
  let lines = [...rulesByLine.keys()];
  if (failing(lines).length) {
    // Rare (a string or a continuation line): each line alone, then the good ones together.
    const bad = new Set(lines.filter((l) => failing([l]).length));
    lines = lines.filter((l) => !bad.has(l));
    if (lines.length && failing(lines).length) lines = [];
  }
  const kept = new Set(lines);
  for (const d of diagnostics) if (!kept.has(d.location.start.line)) left.add(d);
  if (lines.length === 0) return { after: content, lines: 0, left: [...left] };
  const after = editContent(content, lines.map((l) => editOf(l, rulesByLine.get(l)!)), applyEdits);
  // ASCII fits every encoding a Python source can declare; if not, nothing is written.
  if (!after) return null;
  return { after, lines: lines.length, left: [...left] };
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

function lineOf(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

function endOfLine(text: string, from: number): number {
  let i = from;
  while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
  return i;
}
