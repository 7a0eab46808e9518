/**
 * Turns the fixes of a run into one plan, shows it (`--diff`) or applies it (`--fix`).
 * Guarantees: text files are replaced atomically (temp file + rename in the same directory); nothing
 * in the work tree is ever deleted (untracking uses `git rm --cached`, renames never overwrite);
 * applying a plan twice changes nothing the second time.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { untrack } from '../host/git';
import type { Diagnostic, ExportsChange, TextEdit } from '../types';
import { scanModule, type ModuleFacts } from '../python/facts';
import { checkModuleEdit } from './verify';

export interface FixPlan {
  /** Project path → content before (null: file does not exist) and after. */
  text: Map<string, { before: string | null; after: string }>;
  untrack: string[];
  renames: Array<{ from: string; to: string }>;
  /** Diagnostics whose fixes the plan carries out. */
  fixed: Diagnostic[];
  /** Fixable diagnostics left out because their fix is unsafe and `--unsafe-fixes` was not given. */
  hiddenUnsafe: number;
  /** Fixes left for a later pass: an edit of theirs overlaps or touches one this plan makes. */
  deferred: number;
  /** Fixes that would break a module (see `checkModuleEdit`): never carried out. */
  dropped: Array<{ diagnostic: Diagnostic; reason: string }>;
}

export function isEmptyPlan(plan: FixPlan): boolean {
  return plan.text.size === 0 && plan.untrack.length === 0 && plan.renames.length === 0;
}

/** The edits a set of fixes makes to one file, with what they do to its `__all__`. */
interface FileEdits {
  edits: TextEdit[];
  change: Required<ExportsChange>;
}

/**
 * One pass of fixes, ESLint's way: a fix is taken whole or not at all, and a fix whose edits overlap
 * or touch those of a fix already taken waits for the next pass (the caller analyses the result
 * again and plans once more). Every edited Python module is checked before the edits are planned.
 * `current` holds the text of files earlier passes changed (the disk has the rest).
 */
export function planFixes(
  root: string,
  diagnostics: readonly Diagnostic[],
  unsafe: boolean,
  current: ReadonlyMap<string, string> = new Map(),
): FixPlan {
  const plan: FixPlan = { text: new Map(), untrack: [], renames: [], fixed: [], hiddenUnsafe: 0, deferred: 0, dropped: [] };
  const untrackSet = new Set<string>();
  // A file is read once per pass, however many fixes are checked against it.
  const disk = new Map<string, string | null>();
  const original = (p: string): string | null => {
    const known = current.get(p) ?? disk.get(p);
    if (known !== undefined) return known;
    let text: string | null;
    try {
      text = fs.readFileSync(path.join(root, p), 'utf8');
    } catch {
      text = null;
    }
    disk.set(p, text);
    return text;
  };
  const read = (p: string): string | null => {
    const known = plan.text.get(p);
    return known ? known.after : original(p);
  };
  const write = (p: string, after: string): void => {
    const before = plan.text.has(p) ? plan.text.get(p)!.before : read(p);
    plan.text.set(p, { before, after });
  };
  const renameTargets = new Set<string>();

  const candidates: Diagnostic[] = [];
  for (const d of diagnostics) {
    if (!d.fix) continue;
    if (d.fix.applicability === 'unsafe' && !unsafe) {
      plan.hiddenUnsafe++;
      continue;
    }
    candidates.push(d);
  }
  const taken = pickEdits(candidates, original, plan);

  for (const d of candidates) {
    if (!taken.has(d)) continue;
    plan.fixed.push(d);
    for (const op of d.fix!.operations) {
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
          break;
      }
    }
  }
  for (const [p, { edits }] of editsByFile(candidates.filter((d) => taken.has(d)))) {
    const text = read(p);
    if (text === null) continue;
    write(p, applyEdits(text, edits));
  }
  for (const [p, change] of plan.text) if (change.before === change.after) plan.text.delete(p);
  return plan;
}

/**
 * The fixes this pass carries out: in the order of their first edit, each one whose edits keep
 * clear of those already taken and leave every module it edits as it promises. A fix that breaks a
 * module alone is dropped; one that is fine alone but not with the fixes already taken (two
 * removals from `("a", "b", "a")` leave the string `("b")`) waits for the next pass, like a clash.
 */
function pickEdits(candidates: readonly Diagnostic[], text: (p: string) => string | null, plan: FixPlan): Set<Diagnostic> {
  const firstStart = (d: Diagnostic): number => {
    let min = Infinity;
    for (const op of d.fix!.operations) if (op.kind === 'edit') for (const e of op.edits) min = Math.min(min, e.start);
    return min;
  };
  const ordered = candidates.map((d) => ({ d, at: firstStart(d) })).sort((a, b) => a.at - b.at).map((x) => x.d);
  const modules = new Map<string, ModuleFacts>();
  /** Why `files`' edits would break a module they edit, or null. */
  const check = (files: ReadonlyMap<string, FileEdits>): string | null => {
    for (const [p, { edits, change }] of files) {
      if (!/\.pyi?$/.test(p)) continue;
      const before = text(p);
      if (before === null) continue;
      let facts = modules.get(p);
      if (!facts) modules.set(p, (facts = scanModule(before)));
      const reason = checkModuleEdit(facts, applyEdits(before, edits), change);
      if (reason) return reason;
    }
    return null;
  };
  const taken = new Map<string, FileEdits>();
  const fixes = new Set<Diagnostic>();
  for (const d of ordered) {
    const files = editsByFile([d]);
    const clashes = [...files].some(([p, { edits }]) => edits.some((e) => (taken.get(p)?.edits ?? []).some((t) => e.start <= t.end && t.start <= e.end)));
    if (clashes) {
      plan.deferred++;
      continue;
    }
    const reason = check(files);
    if (reason) {
      plan.dropped.push({ diagnostic: d, reason });
      continue;
    }
    const together = new Map([...files].map(([p, f]) => [p, merge(taken.get(p), f)]));
    if (check(together)) {
      plan.deferred++;
      continue;
    }
    for (const [p, f] of together) taken.set(p, f);
    fixes.add(d);
  }
  return fixes;
}

function merge(a: FileEdits | undefined, b: FileEdits): FileEdits {
  if (!a) return b;
  return { edits: [...a.edits, ...b.edits], change: { remove: [...a.change.remove, ...b.change.remove], add: [...a.change.add, ...b.change.add] } };
}

function editsByFile(fixes: readonly Diagnostic[]): Map<string, FileEdits> {
  const out = new Map<string, FileEdits>();
  for (const d of fixes) {
    for (const op of d.fix!.operations) {
      if (op.kind !== 'edit') continue;
      let file = out.get(op.path);
      if (!file) out.set(op.path, (file = { edits: [], change: { remove: [], add: [] } }));
      file.edits.push(...op.edits);
      file.change.remove.push(...(op.exports?.remove ?? []));
      file.change.add.push(...(op.exports?.add ?? []));
    }
  }
  return out;
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
