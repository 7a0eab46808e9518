/**
 * Our facts, normalized to the reference script's shape, and the comparison of the two.
 * Shared by the differential test and `npm run test:conformance`.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { scanModule, type ModuleFacts } from '../../src/python/facts';
import { decodeSource } from '../../src/python/source';

export const REFERENCE_SCRIPT = path.join(__dirname, 'reference_facts.py');

export interface Normalized {
  path: string;
  syntaxError: boolean;
  message?: string;
  imports?: unknown[];
  bindings?: unknown[];
  all?: unknown[];
  dynamic?: unknown[];
  getattr?: number | null;
}

const p = (x: { line: number; column: number }) => [x.line, x.column];

export function normalize(file: string, facts: ModuleFacts | null, decodeError: string | null): Normalized {
  if (decodeError || !facts || facts.syntaxError) {
    return { path: file, syntaxError: true, message: decodeError ?? facts?.syntaxError?.message ?? '' };
  }
  return {
    path: file,
    syntaxError: false,
    imports: facts.imports.map((i) => ({
      kind: i.kind,
      level: i.level,
      module: i.module,
      names: i.names.map((n) => [n.name, n.asname, p(n.start), p(n.end)]),
      start: p(i.start),
      end: p(i.end),
      scope: i.scope,
      guarded: i.guarded,
      typeChecking: i.typeChecking,
      conditional: i.conditional,
    })),
    bindings: facts.bindings
      .map((b) => [b.name, b.kind, b.line] as [string, string, number])
      .sort((a, b) => a[2] - b[2] || cmp(a[0], b[0]) || cmp(a[1], b[1])),
    all: facts.dunderAll.map((o) => ({
      op: o.op,
      annotated: o.annotated,
      form: o.form,
      ref: o.ref,
      elements: o.elements.map((e) => [e.kind, e.value, e.implicitConcat, p(e.start), p(e.end)]),
      line: o.start.line,
      inLoop: o.inLoop,
      inBlock: o.inBlock,
      runtimeOnly: o.runtimeOnly,
    })),
    dynamic: facts.dynamicImports.map((d) => [d.callee, d.module, d.package, p(d.start)]),
    getattr: facts.getattrLine,
  };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function ourFacts(file: string): Normalized {
  const decoded = decodeSource(fs.readFileSync(file));
  if (decoded.error) return normalize(file, null, decoded.error.message);
  return normalize(file, scanModule(decoded.text), null);
}

/** Runs the reference script once over all files, with `python` (a CPython executable). */
export function referenceFacts(files: readonly string[], python = 'python3'): Map<string, Normalized> {
  const r = spawnSync(python, [REFERENCE_SCRIPT], {
    input: files.join('\n'),
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  if (r.status !== 0) throw new Error(`reference script failed: ${r.stderr}`);
  const out = new Map<string, Normalized>();
  for (const line of r.stdout.split('\n')) {
    if (!line) continue;
    const n = JSON.parse(line) as Normalized;
    out.set(n.path, n);
  }
  return out;
}

/** The first difference between two normalized facts, as a short description, or null. */
export function difference(ours: Normalized, ref: Normalized): string | null {
  if (ours.syntaxError !== ref.syntaxError) {
    return ref.syntaxError ? `CPython rejects it (${ref.message}) but we found no syntax error` : `we report a syntax error CPython does not: ${ours.message}`;
  }
  if (ref.syntaxError) return null;
  ours = withoutAliasPositionsWhereRefHasNone(ours, ref);
  for (const key of ['imports', 'bindings', 'all', 'dynamic', 'getattr'] as const) {
    const a = JSON.stringify(ours[key]);
    const b = JSON.stringify(ref[key]);
    if (a !== b) return `${key} differ:\n  ours: ${firstDiff(ours[key], ref[key])}`;
  }
  return null;
}

type ImportNames = Array<{ names: unknown[][] }>;

/** Python < 3.10 gives no positions for the names of an import: ours are then not compared. */
function withoutAliasPositionsWhereRefHasNone(ours: Normalized, ref: Normalized): Normalized {
  const refImports = ref.imports as ImportNames | undefined;
  if (!refImports?.some((i) => i.names.some((n) => n[2] === null))) return ours;
  const imports = (ours.imports as ImportNames | undefined)?.map((i) => ({ ...i, names: i.names.map((n) => [n[0], n[1], null, null]) }));
  return { ...ours, imports };
}

function firstDiff(a: unknown, b: unknown): string {
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      if (JSON.stringify(a[i]) !== JSON.stringify(b[i])) return `${JSON.stringify(a[i])}\n  ref:  ${JSON.stringify(b[i])}`;
    }
  }
  return `${JSON.stringify(a)}\n  ref:  ${JSON.stringify(b)}`;
}

export function stdlibFiles(python = 'python3'): { root: string; files: string[] } {
  const root = spawnSync(python, ['-c', "import sysconfig; print(sysconfig.get_paths()['stdlib'])"], { encoding: 'utf8' }).stdout.trim();
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) {
        if (e.name !== 'site-packages' && e.name !== '__pycache__') walk(path.join(dir, e.name));
      } else if (e.isFile() && e.name.endsWith('.py')) files.push(path.join(dir, e.name));
    }
  };
  walk(root);
  return { root, files: files.sort() };
}

export interface CPython {
  /** `3.12.1` */
  version: string;
  executable: string;
}

/** The oldest Python dunderlint supports: older interpreters installed here are not judges. */
const OLDEST_SUPPORTED = [3, 8];

/**
 * The supported CPythons installed through pyenv (`$PYENV_ROOT/versions/<v>/bin/python3`), oldest
 * first; without pyenv, the `python3` on PATH.
 */
export function installedCPythons(): CPython[] {
  const root = process.env.PYENV_ROOT ?? path.join(process.env.HOME ?? '/root', '.pyenv');
  const found: CPython[] = [];
  let versions: string[] = [];
  try {
    versions = fs.readdirSync(path.join(root, 'versions'));
  } catch {
    // no pyenv
  }
  for (const version of versions) {
    const parts = version.split('.').map(Number);
    if (parts.length < 2 || parts.some((x) => !Number.isInteger(x))) continue; // pypy-…, 3.13t, …
    if (compareVersions(parts, OLDEST_SUPPORTED) < 0) continue;
    const executable = path.join(root, 'versions', version, 'bin', 'python3');
    if (fs.existsSync(executable)) found.push({ version, executable });
  }
  if (found.length === 0) {
    const r = spawnSync('python3', ['-c', 'import platform; print(platform.python_version())'], { encoding: 'utf8' });
    if (r.status === 0) found.push({ version: r.stdout.trim(), executable: 'python3' });
  }
  return found.sort((a, b) => compareVersions(a.version.split('.').map(Number), b.version.split('.').map(Number)));
}

export function compareVersions(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
