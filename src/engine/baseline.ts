/**
 * The baseline file (`[tool.dunderlint] baseline`): known findings that a run hides, so that an old
 * repository can adopt the linter and see only what is new. Each entry is one finding's GitLab
 * fingerprint (rule, path relative to the config file, message; no line numbers, so findings that
 * move stay known). Rule, path and message are kept beside it for the people reading the file.
 * An entry hides exactly one finding: two identical findings need two entries (their fingerprints
 * differ, as in GitLab's report).
 */
import { isUtf8 } from 'node:buffer';
import { ConfigError } from '../config/config';
import { fingerprints } from '../format/gitlab';
import { readRegularFile, ReadError } from '../host/read';
import type { Diagnostic } from '../types';

export interface BaselineEntry {
  fingerprint: string;
  rule: string;
  /** Relative to the config file's folder. */
  path: string;
  message: string;
}

export interface Baseline {
  entries: BaselineEntry[];
  /** The file's bytes as read (null: no file yet), so a rewrite can tell whether it changed. */
  bytes: Buffer | null;
}

const VERSION = 1;
const FINGERPRINT = /^[0-9a-f]{32}$/;

/**
 * Reads and checks a baseline file. A missing file is an error, except when `--add-noqa` is about
 * to create it; so is a file that is not what this module writes (it is input like any other).
 */
export function readBaseline(file: string, shown: string, missingOk: boolean): Baseline {
  const fail = (what: string): never => {
    throw new ConfigError(`baseline ${shown}: ${what}`);
  };
  let bytes: Buffer;
  try {
    bytes = readRegularFile(file);
  } catch (e) {
    const reason = e instanceof ReadError ? e.reason : (e as Error).message;
    if (reason === 'ENOENT' && missingOk) return { entries: [], bytes: null };
    return fail(reason === 'ENOENT' ? 'no such file (dunderlint --add-noqa creates it)' : `cannot read (${reason})`);
  }
  if (!isUtf8(bytes)) fail('not UTF-8');
  let doc: unknown;
  try {
    doc = JSON.parse(bytes.toString('utf8'));
  } catch (e) {
    fail(`invalid JSON: ${(e as Error).message.split('\n')[0]}`);
  }
  if (!isObject(doc)) return fail('expected a JSON object with "version" and "findings"');
  if (doc['version'] !== VERSION) fail(`"version": expected ${VERSION}, got ${JSON.stringify(doc['version']) ?? 'nothing'}`);
  const findings = doc['findings'];
  if (!Array.isArray(findings)) return fail('"findings": expected an array');
  const entries = findings.map((f: unknown, i): BaselineEntry => {
    const where = `"findings"[${i}]`;
    if (!isObject(f)) return fail(`${where}: expected an object`);
    for (const key of ['rule', 'path', 'message'] as const) {
      if (typeof f[key] !== 'string') fail(`${where}.${key}: expected a string`);
    }
    if (typeof f['fingerprint'] !== 'string' || !FINGERPRINT.test(f['fingerprint'])) fail(`${where}.fingerprint: expected 32 lowercase hex digits`);
    return { fingerprint: f['fingerprint'] as string, rule: f['rule'] as string, path: f['path'] as string, message: f['message'] as string };
  });
  return { entries, bytes };
}

/**
 * Each finding with its baseline entry, fingerprinted in the order of their positions (so that
 * repeats are numbered as GitLab's report numbers them). `pathOf` gives the path relative to the
 * config file.
 */
export function entriesOf(diagnostics: readonly Diagnostic[], pathOf: (p: string) => string): Array<{ diagnostic: Diagnostic; entry: BaselineEntry }> {
  const ordered = [...diagnostics].sort(
    (a, b) =>
      (a.location.path < b.location.path ? -1 : a.location.path > b.location.path ? 1 : 0) ||
      a.location.start.line - b.location.start.line ||
      a.location.start.column - b.location.start.column,
  );
  const prints = fingerprints(ordered, (d) => pathOf(d.location.path));
  return ordered.map((d, i) => ({
    diagnostic: d,
    entry: { fingerprint: prints[i]!, rule: d.rule, path: pathOf(d.location.path), message: d.message },
  }));
}

/** The findings the baseline does not know, and its entries that matched no finding. */
export function applyBaseline(
  baseline: Baseline,
  diagnostics: readonly Diagnostic[],
  pathOf: (p: string) => string,
): { kept: Diagnostic[]; stale: BaselineEntry[] } {
  if (baseline.entries.length === 0) return { kept: [...diagnostics], stale: [] };
  const left = new Map<string, BaselineEntry[]>();
  for (const e of baseline.entries) {
    const list = left.get(e.fingerprint);
    if (list) list.push(e);
    else left.set(e.fingerprint, [e]);
  }
  const hidden = new Set<Diagnostic>();
  for (const { diagnostic, entry } of entriesOf(diagnostics, pathOf)) {
    const list = left.get(entry.fingerprint);
    if (!list?.length) continue;
    list.pop();
    hidden.add(diagnostic);
  }
  return { kept: diagnostics.filter((d) => !hidden.has(d)), stale: [...left.values()].flat() };
}

/** The file's text: entries sorted by path, rule, message and fingerprint, one per line, so diffs stay small. */
export function renderBaseline(entries: readonly BaselineEntry[]): string {
  const sorted = [...entries].sort((a, b) => cmp(a.path, b.path) || cmp(a.rule, b.rule) || cmp(a.message, b.message) || cmp(a.fingerprint, b.fingerprint));
  const lines = sorted.map((e) => `    ${JSON.stringify({ fingerprint: e.fingerprint, rule: e.rule, path: e.path, message: e.message })}`);
  return `{\n  "version": ${VERSION},\n  "findings": [${lines.length ? `\n${lines.join(',\n')}\n  ` : ''}]\n}\n`;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
