/**
 * Turns the fixes of a run into one plan, shows it (`--diff`) or applies it (`--fix`).
 * Guarantees: text files are replaced atomically (temp file + rename in the same directory); nothing
 * in the work tree is ever deleted (untracking uses `git rm --cached`, renames never overwrite);
 * applying a plan twice changes nothing the second time.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { untrack } from '../host/git';
import { readRegularText } from '../host/read';
import type { Diagnostic, TextEdit } from '../types';

export interface FixPlan {
  /** Project path → content before (null: file does not exist) and after. */
  text: Map<string, { before: string | null; after: string }>;
  untrack: string[];
  renames: Array<{ from: string; to: string }>;
  /** Diagnostics whose fixes the plan carries out. */
  fixed: Diagnostic[];
  /** Fixable diagnostics left out because their fix is unsafe and `--unsafe-fixes` was not given. */
  hiddenUnsafe: number;
}

export function isEmptyPlan(plan: FixPlan): boolean {
  return plan.text.size === 0 && plan.untrack.length === 0 && plan.renames.length === 0;
}

export function planFixes(root: string, diagnostics: readonly Diagnostic[], unsafe: boolean): FixPlan {
  const plan: FixPlan = { text: new Map(), untrack: [], renames: [], fixed: [], hiddenUnsafe: 0 };
  const untrackSet = new Set<string>();
  const edits = new Map<string, TextEdit[]>();
  const read = (p: string): string | null => {
    const known = plan.text.get(p);
    if (known) return known.after;
    try {
      return readRegularText(path.join(root, p));
    } catch {
      return null;
    }
  };
  const write = (p: string, after: string): void => {
    const before = plan.text.has(p) ? plan.text.get(p)!.before : read(p);
    plan.text.set(p, { before, after });
  };
  const renameTargets = new Set<string>();

  for (const d of diagnostics) {
    if (!d.fix) continue;
    if (d.fix.applicability === 'unsafe' && !unsafe) {
      plan.hiddenUnsafe++;
      continue;
    }
    plan.fixed.push(d);
    for (const op of d.fix.operations) {
      switch (op.kind) {
        case 'createFile':
          if (read(op.path) === null && !exists(root, op.path)) write(op.path, op.content);
          break;
        case 'appendLines': {
          const current = read(op.path);
          const present = new Set((current ?? '').split(/\r?\n/).map((l) => l.trim()));
          const missing = op.lines.filter((l) => !present.has(l.trim()));
          if (missing.length === 0) break;
          const base = current ?? '';
          const sep = base === '' || base.endsWith('\n') ? '' : '\n';
          write(op.path, `${base}${sep}${missing.join('\n')}\n`);
          break;
        }
        case 'untrack':
          for (const p of op.paths) if (!untrackSet.has(p)) untrackSet.add(p), plan.untrack.push(p);
          break;
        case 'rename':
          if (exists(root, op.from) && !exists(root, op.to) && !renameTargets.has(op.to)) {
            renameTargets.add(op.to);
            plan.renames.push({ from: op.from, to: op.to });
          }
          break;
        case 'edit':
          edits.set(op.path, [...(edits.get(op.path) ?? []), ...op.edits]);
          break;
      }
    }
  }
  for (const [p, list] of edits) {
    const current = read(p);
    if (current === null) continue;
    write(p, applyEdits(current, list));
  }
  for (const [p, change] of plan.text) if (change.before === change.after) plan.text.delete(p);
  return plan;
}

/** Applies non-overlapping edits; of two overlapping edits the first one listed wins. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = edits.map((e, i) => ({ ...e, i })).sort((a, b) => a.start - b.start || a.i - b.i);
  let out = '';
  let pos = 0;
  for (const e of sorted) {
    if (e.start < pos) continue;
    out += text.slice(pos, e.start) + e.text;
    pos = e.end;
  }
  return out + text.slice(pos);
}

export async function applyPlan(root: string, plan: FixPlan): Promise<void> {
  for (const [p, { after }] of plan.text) writeAtomic(path.join(root, p), after);
  for (const { from, to } of plan.renames) {
    // link + unlink never replaces an existing target, unlike rename(2).
    fs.linkSync(path.join(root, from), path.join(root, to));
    fs.unlinkSync(path.join(root, from));
  }
  if (plan.untrack.length) await untrack(root, plan.untrack);
}

function writeAtomic(file: string, content: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.dunderlint-${process.pid}.tmp`);
  let mode: number | undefined;
  try {
    mode = fs.statSync(file).mode;
  } catch {
    mode = undefined;
  }
  try {
    fs.writeFileSync(tmp, content, mode === undefined ? undefined : { mode });
    fs.renameSync(tmp, file);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}

/** `--diff`: unified diffs for text changes, then the other file operations, one line each. */
export function renderPlan(plan: FixPlan, shown: (p: string) => string = (p) => p): string {
  // Loaded here: only --diff needs it, and every other run would pay for loading it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { createTwoFilesPatch } = require('diff') as typeof import('diff');
  let out = '';
  for (const [p, { before, after }] of plan.text) {
    const name = shown(p);
    out += createTwoFilesPatch(before === null ? '/dev/null' : `a/${name}`, `b/${name}`, before ?? '', after, '', '', {
      context: 3,
    })
      .replace(/^=+\n/, '')
      .replace(/^(---|\+\+\+) (.*)\t$/gm, '$1 $2');
  }
  for (const { from, to } of plan.renames) out += `rename ${shown(from)} -> ${shown(to)}\n`;
  if (plan.untrack.length) out += `git rm -r --cached -- ${plan.untrack.map((p) => shellQuote(shown(p))).join(' ')}\n`;
  return out;
}

function shellQuote(s: string): string {
  return /^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

function exists(root: string, p: string): boolean {
  try {
    fs.lstatSync(path.join(root, p));
    return true;
  } catch {
    return false;
  }
}
