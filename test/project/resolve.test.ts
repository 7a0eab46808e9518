/**
 * Differential test: our resolution (runtime mode) must match CPython's PathFinder/FileFinder on
 * generated trees: regular packages, namespace portions merged across roots, modules, extension
 * modules, sourceless bytecode, and every precedence between them.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import { buildTree, type Directory } from '../../src/project/model';
import { resolveIn, resolvePrefixes, searchPath, type SearchPath } from '../../src/project/resolve';

const SCRIPT = path.join(__dirname, '..', 'conformance', 'reference_resolve.py');
const EXTENSION_SUFFIXES: string[] = JSON.parse(
  execFileSync('python3', ['-c', 'import importlib.machinery as m, json; print(json.dumps(m.EXTENSION_SUFFIXES))'], { encoding: 'utf8' }),
);

const NAMES = ['a', 'b', 'c'];
const treeArb = (roots: readonly string[]) =>
  fc.array(
    fc.tuple(
      fc.constantFrom(...roots),
      fc.array(fc.constantFrom(...NAMES), { minLength: 0, maxLength: 2 }),
      fc.constantFrom(...NAMES, '__init__'),
      fc.constantFrom('.py', '.pyc', '/', ...EXTENSION_SUFFIXES),
    ),
    { minLength: 1, maxLength: 12 },
  );

function pathsOf(entries: Array<[string, string[], string, string]>): string[] {
  const out = new Set<string>();
  for (const [root, dirs, name, suffix] of entries) {
    const base = [root, ...dirs].join('/');
    out.add(suffix === '/' ? `${base}/${name}/` : `${base}/${name}${suffix}`);
  }
  // A path cannot be both a file and a folder: keep folders, drop clashing files.
  const folders = new Set([...out].filter((p) => p.endsWith('/')).map((p) => p.slice(0, -1)));
  for (const p of [...out]) {
    const parts = p.replace(/\/$/, '').split('/');
    for (let i = 1; i < parts.length; i++) folders.add(parts.slice(0, i).join('/'));
  }
  return [...out].filter((p) => p.endsWith('/') || !folders.has(p));
}

/** `roots` are the import roots in order; `resolve` is the resolution under test. */
function agreesWithCPython(rootNames: readonly string[], resolve: (roots: Directory[], root: Directory, q: string) => ReturnType<typeof resolvePrefixes>, seed: number): void {
  const trees = fc.sample(treeArb(rootNames), { numRuns: 250, seed });
  const queries = ['a', 'b', 'a.b', 'a.c', 'b.a', 'a.b.c', 'c.a.b', 'a.__init__'];
  const base = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'dunderlint-resolve-')));
  try {
    const cases = trees.map((entries, i) => {
      const dir = path.join(base, String(i));
      const paths = pathsOf(entries as Array<[string, string[], string, string]>);
      for (const p of paths) {
        const abs = path.join(dir, p);
        if (p.endsWith('/')) fs.mkdirSync(abs, { recursive: true });
        else {
          fs.mkdirSync(path.dirname(abs), { recursive: true });
          fs.writeFileSync(abs, '');
        }
      }
      for (const r of rootNames) fs.mkdirSync(path.join(dir, r), { recursive: true });
      return { dir, paths };
    });
    const expected: Array<Array<Array<[string, string | null, string[]]>>> = JSON.parse(
      execFileSync('python3', [SCRIPT], {
        input: JSON.stringify(cases.map((c) => ({ roots: rootNames.map((r) => path.join(c.dir, r)), queries }))),
        encoding: 'utf8',
      }),
    );
    const mismatches: string[] = [];
    cases.forEach((c, i) => {
      // Our model only knows files; folders come from the paths under them (empty ones are kept with a marker).
      const files = c.paths.map((p) => (p.endsWith('/') ? `${p}.keep` : p));
      const { root } = buildTree(files.map((p) => ({ path: p, tracked: false, onDisk: true })));
      for (const r of rootNames) if (!root.dirs.has(r)) root.dirs.set(r, { path: r, name: r, parent: root, files: new Map(), dirs: new Map() });
      const roots: Directory[] = rootNames.map((r) => root.dirs.get(r)!);
      queries.forEach((q, k) => {
        const ours = resolve(roots, root, q).map((r) => [
          r.kind,
          r.file === null ? null : path.join(c.dir, r.file),
          r.dirs.map((d) => path.join(c.dir, d.path)),
        ]);
        const theirs = expected[i]![k]!.map(([kind, origin, locations]) => [kind, origin, kind === 'package' || kind === 'namespace' ? locations : []]);
        if (JSON.stringify(ours) !== JSON.stringify(theirs)) {
          mismatches.push(`${JSON.stringify(c.paths)} ${q}:\n  ours ${JSON.stringify(ours)}\n  ref  ${JSON.stringify(theirs)}`);
        }
      });
    });
    expect(mismatches.slice(0, 5)).toEqual([]);
  } finally {
    fs.rmSync(base, { recursive: true, force: true });
  }
}

test('resolution agrees with CPython PathFinder on generated trees', () => {
  agreesWithCPython(['r1', 'r2'], (roots, _tree, q) => resolvePrefixes(roots, q, 'runtime'), 11);
});

test('a long search path (import roots of many projects), looked up through its index of names, agrees with CPython too', () => {
  const searches = new WeakMap<Directory[], SearchPath>();
  const search = (roots: Directory[]): SearchPath => {
    if (!searches.has(roots)) searches.set(roots, searchPath(roots));
    return searches.get(roots)!;
  };
  agreesWithCPython(['r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r7', 'r8', 'r9'], (roots, tree, q) => resolveIn(tree, search(roots), q, 'runtime'), 12);
});

