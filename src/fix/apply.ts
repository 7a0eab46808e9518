/**
 * Turns the fixes of a run into one plan, shows it (`--diff`) or applies it (`--fix`).
 * Guarantees: text files are replaced atomically (temp file + rename in the same directory) and
 * byte for byte outside the edits (see `files.ts`); nothing in the work tree is ever deleted
 * (untracking uses `git rm --cached`, renames never overwrite); applying a plan twice changes
 * nothing the second time.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { untrack } from '../host/git';
import { scanModule, type ModuleFacts } from '../python/facts';
import type { Diagnostic, ExportsChange, FixOperation, TextEdit } from '../types';
import { appendLines, canEncode, editContent, encodingName, leftovers, newContent, readContent, Refused, removeTemp, renameSafely, staleTemps, unsafeTarget, unwritable, writeAtomic, type FileContent } from './files';
import { checkModuleEdit } from './verify';

export interface FixPlan {
  /** Project path → content before (null: file does not exist) and after. */
  text: Map<string, { before: FileContent | null; after: FileContent }>;
  untrack: string[];
  renames: Array<{ from: string; to: string }>;
  /** Renames an interrupted run stopped between link and unlink: only `from` is left to unlink. */
  finishRenames: Array<{ from: string; to: string }>;
  /** Temp files an interrupted run left behind. */
  remove: string[];
  /** Fixes left out on purpose (symlinks, read-only files, …): project path and why. */
  warnings: Array<{ path: string; message: string }>;
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
  return plan.text.size === 0 && plan.untrack.length === 0 && plan.renames.length === 0 && plan.finishRenames.length === 0 && plan.remove.length === 0;
}

/** The edits a set of fixes makes to one file, with what they do to its `__all__`. */
interface FileEdits {
  edits: TextEdit[];
  change: Required<ExportsChange>;
}

export function emptyPlan(): FixPlan {
  return { text: new Map(), untrack: [], renames: [], finishRenames: [], remove: [], warnings: [], fixed: [], hiddenUnsafe: 0, deferred: 0, dropped: [] };
}

/**
 * One pass of fixes, ESLint's way: a fix is taken whole or not at all, and a fix whose edits overlap
 * or touch those of a fix already taken waits for the next pass (the caller analyses the result
 * again and plans once more). Every edited Python module is checked before the edits are planned.
 * `current` holds the content of files earlier passes changed (the disk has the rest).
 */
export function planFixes(
  root: string,
  diagnostics: readonly Diagnostic[],
  unsafe: boolean,
  current: ReadonlyMap<string, FileContent> = new Map(),
): FixPlan {
  const plan = emptyPlan();
  const untrackSet = new Set<string>();
  // A file is read once per pass, however many fixes are checked against it.
  const disk = new Map<string, FileContent | null>();
  const original = (p: string): FileContent | null => {
    const known = current.get(p) ?? disk.get(p);
    if (known !== undefined) return known;
    const content = readContent(path.join(root, p));
    disk.set(p, content);
    return content;
  };
  const read = (p: string): FileContent | null => {
    const known = plan.text.get(p);
    return known ? known.after : original(p);
  };
  const write = (p: string, after: FileContent): void => {
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
    const refusal = firstRefusal(root, d.fix.operations, read);
    if (refusal) {
      if (!plan.warnings.some((w) => w.path === refusal.path && w.message === refusal.message)) plan.warnings.push(refusal);
      continue;
    }
    candidates.push(d);
  }
  const taken = pickEdits(candidates, (p) => original(p)?.text ?? null, plan);

  for (const d of candidates) {
    if (!taken.has(d)) continue;
    plan.fixed.push(d);
    for (const op of d.fix!.operations) {
      switch (op.kind) {
        case 'createFile':
          if (read(op.path) === null && !exists(root, op.path)) write(op.path, newContent(op.content));
          break;
        case 'appendLines': {
          const content = read(op.path);
          const present = new Set((content?.text ?? '').split(/\r?\n/).map((l) => l.trim()));
          const missing = op.lines.filter((l) => !present.has(l.trim()));
          if (missing.length === 0) break;
          write(op.path, appendLines(content, missing));
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
          break; // below, all of a file's edits at once
      }
    }
  }
  for (const [p, { edits }] of editsByFile(candidates.filter((d) => taken.has(d)))) {
    const content = read(p);
    if (content === null) continue;
    // Encodable: firstRefusal checked each edit's text.
    write(p, editContent(content, edits, applyEdits)!);
  }
  for (const [p, change] of plan.text) if (change.before?.bytes.equals(change.after.bytes)) plan.text.delete(p);
  return plan;
}

/** Why one of a fix's operations must not be carried out (then none of them is), or null. */
function firstRefusal(
  root: string,
  operations: readonly FixOperation[],
  read: (p: string) => FileContent | null,
): { path: string; message: string } | null {
  for (const op of operations) {
    if (op.kind === 'untrack') continue;
    const paths = op.kind === 'rename' ? [op.from, op.to] : [op.path];
    for (const p of paths) {
      const why = unsafeTarget(root, p) ?? (op.kind === 'rename' ? null : unwritable(path.join(root, p)));
      if (why) return { path: p, message: `not fixed: ${why}` };
    }
    if (op.kind === 'edit') {
      const current = read(op.path);
      if (current && !op.edits.every((e) => canEncode(current, e.text))) {
        return { path: op.path, message: `not fixed: the fix's text cannot be written in the file's encoding (${encodingName(current)})` };
      }
    }
  }
  return null;
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

/**
 * Adds to the plan what an interrupted `--fix` left among the project's files: its temp files, and
 * renames stopped between link and unlink (the name that goes away is then not written, nor are
 * its findings counted as fixed).
 */
export function addLeftovers(root: string, plan: FixPlan, files: ReadonlyArray<{ path: string }>): void {
  const left = leftovers(root, files.map((f) => f.path));
  plan.remove.push(...left.temps);
  plan.finishRenames.push(...left.halfRenames);
  const gone = new Set(left.halfRenames.map((r) => r.from));
  for (const p of gone) plan.text.delete(p);
  if (gone.size) plan.fixed = plan.fixed.filter((d) => !gone.has(d.location.path));
}

export interface ApplyReport {
  /** Operations skipped on purpose (a symlink, a read-only file, …), one line each. */
  warnings: string[];
  /** Operations that failed, then what was applied and what was not; empty when all went well. */
  errors: string[];
}

/**
 * Carries out the plan. Each operation stands alone: one that fails or is refused does not stop
 * the others, and the report says which were applied and which were not.
 */
export async function applyPlan(root: string, plan: FixPlan, shown: (p: string) => string = (p) => p): Promise<ApplyReport> {
  const applied: string[] = [];
  const failed: Array<{ what: string; error: string }> = [];
  const warnings: string[] = [];
  const attempt = async (what: string, p: string, action: () => unknown): Promise<void> => {
    try {
      await action();
      applied.push(what);
    } catch (e) {
      if (e instanceof Refused) warnings.push(`${shown(p)}: not changed: ${e.message}`);
      else failed.push({ what, error: errorText(e) });
    }
  };
  // Temp files of the files about to be written, also those discovery did not list (`*.tmp` ignored).
  const remove = new Set(plan.remove);
  for (const p of plan.text.keys()) for (const t of staleTemps(root, p)) remove.add(t);
  for (const p of remove) await attempt(`remove stale temp file ${shown(p)}`, p, () => removeTemp(root, p));
  // First: a write would give `to` an inode of its own, and the rename could no longer finish.
  for (const { from, to } of plan.finishRenames) {
    await attempt(`finish renaming ${shown(from)} to ${shown(to)}`, from, () => renameSafely(root, from, to));
  }
  // Untracked before any file is written: git refuses to untrack a file whose work tree copy a fix
  // has just made differ from a staged version that differs from HEAD too.
  if (plan.untrack.length) {
    await attempt(`untrack ${plan.untrack.map(shown).join(', ')}`, plan.untrack[0]!, () => untrack(root, plan.untrack));
  }
  for (const [p, { before, after }] of plan.text) {
    await attempt(`${before ? 'write' : 'create'} ${shown(p)}`, p, () => writeAtomic(root, p, after.bytes, before?.bytes ?? null));
  }
  for (const { from, to } of plan.renames) {
    await attempt(`rename ${shown(from)} to ${shown(to)}`, from, () => renameSafely(root, from, to));
  }
  if (failed.length === 0) return { warnings, errors: [] };
  const errors = failed.map((f) => `--fix failed to ${f.what}: ${f.error}`);
  const done = applied.length ? ` (${applied.join('; ')})` : '';
  errors.push(`--fix applied ${applied.length} of ${applied.length + failed.length} changes${done}; not applied: ${failed.map((f) => f.what).join('; ')}`);
  return { warnings, errors };
}

/**
 * An error in one line: without the temp file's absolute path Node adds ("permission denied
 * (EACCES)"), and only the first line of git's advice.
 */
function errorText(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  if (err?.code && err.syscall) {
    const m = /^[A-Z]+: ([^,]+)/.exec(err.message);
    return `${m ? m[1] : err.message} (${err.code})`;
  }
  return String(err?.message ?? e).split('\n')[0]!;
}

/**
 * `--diff`: a patch in git's format, which `git apply` and `patch -p1` both carry out from the
 * working directory: `diff --git` headers so that new empty files (an `__init__.py`) and renames
 * are part of it. Untracking has no patch form: it follows as a comment line with the git command,
 * which both tools skip as text between patches.
 */
export function renderPlan(plan: FixPlan, shown: (p: string) => string = (p) => p): string {
  // Loaded here: only --diff needs it, and every other run would pay for loading it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { createTwoFilesPatch } = require('diff') as typeof import('diff');
  const hunks = (before: string, after: string): string =>
    // Only the hunks: the header lines are written below, as git writes them.
    createTwoFilesPatch('a', 'b', before, after, '', '', { context: 3 }).replace(/^[^]*?\n\+\+\+ [^\n]*\n/, '');
  const renamed = new Map(plan.renames.map((r) => [r.from, r.to]));
  let out = '';
  for (const [p, { before, after }] of plan.text) {
    if (renamed.has(p)) continue;
    const name = shown(p);
    const [a, b] = [quotePath(`a/${name}`), quotePath(`b/${name}`)];
    out += `diff --git ${a} ${b}\n`;
    if (before === null) out += 'new file mode 100644\n';
    const body = hunks(before?.text ?? '', after.text);
    if (body) out += `--- ${before === null ? '/dev/null' : a}\n+++ ${b}\n${body}`;
  }
  for (const { from, to } of plan.renames) {
    const [f, t] = [shown(from), shown(to)];
    const change = plan.text.get(from);
    const body = change?.before ? hunks(change.before.text, change.after.text) : '';
    const same = body ? '' : 'similarity index 100%\n';
    out += `diff --git ${quotePath(`a/${f}`)} ${quotePath(`b/${t}`)}\n${same}rename from ${quotePath(f)}\nrename to ${quotePath(t)}\n`;
    if (body) out += `--- ${quotePath(`a/${f}`)}\n+++ ${quotePath(`b/${t}`)}\n${body}`;
  }
  // Literal: git would read a name such as `:!x.pyc` as a pathspec.
  if (plan.untrack.length) out += `# git --literal-pathspecs rm -r --cached -- ${plan.untrack.map((p) => shellQuote(shown(p))).join(' ')}\n`;
  return out;
}

/** A name in a patch header as git writes it: in C-style quotes when it holds `"`, `\` or a control character. */
function quotePath(name: string): string {
  if (!/["\\\u0000-\u001f\u007f]/.test(name)) return name;
  const named: Record<string, string> = { '"': '\\"', '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };
  return `"${name.replace(/["\\\u0000-\u001f\u007f]/g, (c) => named[c] ?? `\\${c.charCodeAt(0).toString(8).padStart(3, '0')}`)}"`;
}

function shellQuote(s: string): string {
  if (/^[\w@%+=:,./-]+$/.test(s)) return s;
  // A control character inside '…' would break the comment line: bash's $'…' spells it out.
  if (/[\u0000-\u001f\u007f]/.test(s)) return `$'${s.replace(/[\\']/g, '\\$&').replace(/[\u0000-\u001f\u007f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`)}'`;
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

function exists(root: string, p: string): boolean {
  try {
    fs.lstatSync(path.join(root, p));
    return true;
  } catch {
    return false;
  }
}
