/**
 * The project model kept between runs (src/project/model-store.ts): a run takes it only when what
 * computing it read is the same, finds what a run without a cache finds either way, and treats the
 * stored file as untrusted input.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lint, type LintResult } from '../../src/lint';
import type { Diagnostic } from '../../src/types';
import { git, makeTree } from '../helpers/tree';
import { resolveConfig } from '../../src/lint';
import { FactsCache } from '../../src/project/cache';
import { layoutOf } from '../../src/project/layout';
import { loadProject } from '../../src/project/project';
import { builtinRules } from '../../rules';

const CACHE = '.dunderlint_cache';

function shown(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.location.path}:${d.location.start.line}: ${d.rule} ${d.message}`).sort();
}

/** How the run took the project model: `computed`, `reused from the cache …`. */
function model(result: LintResult): string {
  return result.notes.map((n) => /project model (.*)$/.exec(n)?.[1]).find((m) => m !== undefined) ?? 'none';
}

async function cached(dir: string, staged = false): Promise<{ findings: string[]; model: string }> {
  const result = await lint({ cwd: dir, cacheDir: CACHE, staged });
  return { findings: shown(result.diagnostics), model: model(result) };
}

async function fresh(dir: string, staged = false): Promise<string[]> {
  return shown((await lint({ cwd: dir, cacheDir: false, staged })).diagnostics);
}

function project(): string {
  const dir = makeTree(
    {
      'pyproject.toml': '[project]\nname = "app"\nversion = "1"\n',
      '.gitignore': `${CACHE}/\n__pycache__/\n`,
      'app/__init__.py': '',
      'app/main.py': 'from app.sub import deep\n\n\ndef run():\n    return deep\n',
      'app/sub/deep.py': 'X = 1\n',
      'app/other.py': 'import os\n',
    },
    'add',
  );
  git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'init');
  return dir;
}

const write = (dir: string, rel: string, text: string): void => {
  fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
  fs.writeFileSync(path.join(dir, rel), text);
};

test('a run after an edit inside a function takes the stored model, and its findings are where the edited file now has them', async () => {
  const dir = project();
  const first = await cached(dir);
  expect(first.model).toBe('computed');
  expect(first.findings).toEqual(['app/main.py:1: missing-init `app.sub` has 1 import but `app/sub/` lacks `__init__.py`: an implicit namespace package']);
  expect((await cached(dir)).model).toBe('reused from the cache');
  // Lines above the import move the finding: its statement is read from the edited module.
  write(dir, 'app/main.py', '"""Entry point."""\n\nfrom app.sub import deep\n\n\ndef run():\n    return deep + 1\n');
  const after = await cached(dir);
  expect(after.model).toBe('reused from the cache (1 changed module imports as before)');
  expect(after.findings).toEqual(await fresh(dir));
  expect(after.findings).toEqual(['app/main.py:3: missing-init `app.sub` has 1 import but `app/sub/` lacks `__init__.py`: an implicit namespace package']);
});

test('an import removed, a file added or a config changed computes the model again', async () => {
  const dir = project();
  await cached(dir);
  // No longer imported as a package: a folder in a package without `__init__.py`, no more.
  write(dir, 'app/main.py', 'import os\n');
  expect(await cached(dir)).toEqual({ findings: ['app/sub/deep.py:1: implicit-namespace-package `app/sub/` in a package has no `__init__.py`: an implicit namespace package'], model: 'computed' });
  write(dir, 'app/main.py', 'from app.sub import deep\n');
  expect((await cached(dir)).findings).toEqual(await fresh(dir));
  fs.writeFileSync(path.join(dir, 'app/sub/__init__.py'), '');
  expect(await cached(dir)).toEqual({ findings: [], model: 'computed' });
  fs.rmSync(path.join(dir, 'app/sub/__init__.py'));
  await cached(dir);
  // pyproject.toml is read by the model: pytest's `testpaths` changes nothing found here, but a
  // model computed from another text is not taken.
  write(dir, 'pyproject.toml', '[project]\nname = "app"\nversion = "1"\n\n[tool.pytest.ini_options]\ntestpaths = ["tests"]\n');
  const after = await cached(dir);
  expect(after.model).toBe('computed');
  expect(after.findings).toEqual(await fresh(dir));
});

test('after a run that updated the model for an edited import, an edit inside a function takes that model', async () => {
  const dir = project();
  await cached(dir);
  write(dir, 'app/main.py', 'import os\nfrom app.sub import deep\n');
  expect((await cached(dir)).model).toBe('updated from the cache for 1 module whose imports changed');
  // Nothing changed since: no module counts as changed (the model kept that one by its view, and its content id).
  expect((await cached(dir)).model).toBe('reused from the cache');
  // That run scanned one file, and so left the facts cache as it was: the model it stored still
  // tells an edit that keeps the imports.
  write(dir, 'app/main.py', 'import os\nfrom app.sub import deep\n\n\ndef run():\n    return deep\n');
  const after = await cached(dir);
  expect(after.model).toBe('reused from the cache (1 changed module imports as before)');
  expect(after.findings).toEqual(await fresh(dir));
});

test('an edit of imports that makes no file live and leaves none dead updates the stored model, again and again', async () => {
  const dir = project();
  await cached(dir);
  // A second use of `app/sub/`, then none from that module again: the evidence counts them.
  write(dir, 'app/other.py', 'import os\nfrom app.sub import deep as d2\n');
  const more = await cached(dir);
  expect(more.model).toBe('updated from the cache for 1 module whose imports changed');
  expect(more.findings).toEqual(await fresh(dir));
  expect(more.findings).toEqual(['app/main.py:1: missing-init `app.sub` has 2 imports but `app/sub/` lacks `__init__.py`: an implicit namespace package']);
  // That run scanned one file and left the facts cache as it was: the model kept the module's
  // imports as they were (its view), and is updated from them.
  write(dir, 'app/other.py', 'import json\n');
  const fewer = await cached(dir);
  expect(fewer.model).toBe('updated from the cache for 1 module whose imports changed');
  expect(fewer.findings).toEqual(await fresh(dir));
  expect(fewer.findings).toEqual(['app/main.py:1: missing-init `app.sub` has 1 import but `app/sub/` lacks `__init__.py`: an implicit namespace package']);
  // Two modules at once, the first use a line lower.
  write(dir, 'app/main.py', 'import json\nfrom app.sub import deep\n');
  write(dir, 'app/other.py', '\nimport app.sub.deep\n');
  const both = await cached(dir);
  expect(both.model).toBe('updated from the cache for 2 modules whose imports changed');
  expect(both.findings).toEqual(await fresh(dir));
  expect(both.findings).toEqual(['app/main.py:2: missing-init `app.sub` has 2 imports but `app/sub/` lacks `__init__.py`: an implicit namespace package']);
  // app/sub/deep.py was live through app/main.py's import: computed, and the same.
  write(dir, 'app/main.py', 'import json\n');
  const moved = await cached(dir);
  expect(moved.model).toBe('computed');
  expect(moved.findings).toEqual(await fresh(dir));
  expect(moved.findings).toEqual(['app/other.py:2: missing-init `app.sub` has 1 import but `app/sub/` lacks `__init__.py`: an implicit namespace package']);
  expect((await cached(dir, true)).findings).toEqual(await fresh(dir, true));
});

test('an import that makes a file live, or drops the only import a file was live by, computes the model', async () => {
  const dir = project();
  write(dir, 'tools/helper.py', '__all__ = ["missing"]\n');
  await cached(dir);
  // tools/ is no package and nothing imports it: data, not linted.
  expect((await cached(dir)).findings).not.toContainEqual(expect.stringContaining('tools/helper.py'));
  write(dir, 'app/other.py', 'import os\nimport tools.helper\n');
  const live = await cached(dir);
  expect(live.model).toBe('computed');
  expect(live.findings).toEqual(await fresh(dir));
  expect(live.findings).toContainEqual(expect.stringContaining('tools/helper.py:1: all-undefined'));
  write(dir, 'app/other.py', 'import os\n');
  const dead = await cached(dir);
  expect(dead.model).toBe('computed');
  expect(dead.findings).toEqual(await fresh(dir));
  expect(dead.findings).not.toContainEqual(expect.stringContaining('tools/helper.py'));
});

test('a file live through imports says which importer first in path order, however the model was made', async () => {
  const dir = project();
  write(dir, 'tools/helper.py', 'X = 1\n');
  write(dir, 'app/other.py', 'import tools.helper\n');
  await cached(dir);
  const why = async (cacheDir: string | false): Promise<string> => {
    const config = await resolveConfig(dir, dir, {}, builtinRules, dir);
    const cache = cacheDir ? new FactsCache(path.join(dir, cacheDir), dir) : null;
    const { project } = await loadProject(dir, config, dir, { cache, staged: false });
    const layout = layoutOf(project);
    const file = project.files.find((f) => f.path === 'tools/helper.py')!;
    cache?.save();
    return `${layout.model ?? 'no store'}: ${layout.usage.of(file).why}`;
  };
  expect(await why(false)).toBe('no store: not imported, collected or run; imported by app/other.py');
  // app/main.py comes first in path order: the update names it, as a computed model does.
  write(dir, 'app/main.py', 'from app.sub import deep\nimport tools.helper\n');
  expect(await why(CACHE)).toBe('updated from the cache for 1 module whose imports changed: not imported, collected or run; imported by app/main.py');
  expect(await why(false)).toBe('no store: not imported, collected or run; imported by app/main.py');
  // Dropped by app/main.py, it is live through app/other.py still: computed again.
  write(dir, 'app/main.py', 'from app.sub import deep\n');
  expect(await why(CACHE)).toBe('computed: not imported, collected or run; imported by app/other.py');
});

test('what the wheel omits is kept with the model: the same finding, at the statement as the edited file has it', async () => {
  const pyproject = '[build-system]\nrequires = ["setuptools>=45", "setuptools_scm>=6.2"]\nbuild-backend = "setuptools.build_meta"\n\n[project]\nname = "pkg"\nversion = "1"\n\n[tool.setuptools]\npackages = ["pkg"]\n';
  const dir = makeTree(
    {
      'pyproject.toml': `${pyproject}include-package-data = false\n`,
      '.gitignore': `${CACHE}/\n__pycache__/\n`,
      'pkg/__init__.py': 'from pkg.workers.ecs import Worker\n',
      'pkg/workers/__init__.py': '',
      'pkg/workers/ecs.py': 'class Worker: ...\n',
    },
    'add',
  );
  const omitted = (findings: string[]) => findings.filter((f) => f.includes('dist-omits-package')).map((f) => f.replace(/ dist-omits-package .*(leaves `[^`]*`).*/, ' $1'));
  const first = await cached(dir);
  expect(first.model).toBe('computed');
  expect(omitted(first.findings)).toEqual(['pkg/__init__.py:1: leaves `pkg/workers/`']);
  expect(await cached(dir)).toEqual({ findings: first.findings, model: 'reused from the cache' });
  write(dir, 'pkg/__init__.py', '"""The package."""\nfrom pkg.workers.ecs import Worker\n');
  const after = await cached(dir);
  expect(after.model).toBe('reused from the cache (1 changed module imports as before)');
  expect(omitted(after.findings)).toEqual(['pkg/__init__.py:2: leaves `pkg/workers/`']);
  expect(after.findings).toEqual(await fresh(dir));
  // Its imports edited: the model is updated, and what the wheel omits with it.
  write(dir, 'pkg/__init__.py', 'import os\nfrom pkg.workers import ecs\nfrom pkg.workers.ecs import Worker\n');
  const more = await cached(dir);
  expect(more.model).toBe('updated from the cache for 1 module whose imports changed');
  expect(omitted(more.findings)).toEqual(['pkg/__init__.py:2: leaves `pkg/workers/`']);
  expect(more.findings).toEqual(await fresh(dir));
  write(dir, 'pkg/__init__.py', 'import os\n');
  const none = await cached(dir);
  expect(none.model).toBe('updated from the cache for 1 module whose imports changed');
  expect(omitted(none.findings)).toEqual([]);
  expect(none.findings).toEqual(await fresh(dir));
  write(dir, 'pkg/__init__.py', 'from pkg.workers.ecs import Worker\n');
  await cached(dir);
  // Package data on again: setuptools_scm ships the tracked files below the package.
  write(dir, 'pyproject.toml', pyproject);
  const data = await cached(dir);
  expect(data.model).toBe('computed');
  expect(omitted(data.findings)).toEqual([]);
  expect(data.findings).toEqual(await fresh(dir));
});

test('a reused model tells which modules cannot be read whole: --staged says so of the others without reading them', async () => {
  const dir = project();
  write(dir, 'app/broken.py', 'import os\n\n\ndef f(:\n    pass\n');
  write(dir, 'app/other.py', 'import os\nfrom app import broken\n');
  git(dir, 'add', '-A');
  const warnings = async (cache: boolean) => (await lint({ cwd: dir, cacheDir: cache ? CACHE : false, staged: true })).warnings.filter((w) => w.includes('incomplete'));
  const broken = ["app/broken.py:5:5: expected ':' (what dunderlint knows of this file is incomplete)"];
  expect(await warnings(true)).toEqual(broken);
  write(dir, 'app/main.py', 'from app.sub import deep\n\n\ndef run():\n    return 3\n');
  git(dir, 'add', 'app/main.py');
  expect((await cached(dir, true)).model).toBe('reused from the cache (1 changed module imports as before)');
  expect(await warnings(true)).toEqual(broken);
  // Mended, its imports as they were: read again, and no longer said.
  write(dir, 'app/broken.py', 'import os\n\n\ndef f():\n    pass\n');
  git(dir, 'add', 'app/broken.py');
  expect(await warnings(false)).toEqual([]);
  expect(await warnings(true)).toEqual([]);
  // Broken in the index again, by another edit: said again.
  write(dir, 'app/broken.py', 'import os\n\n\ndef f(]:\n    pass\n');
  git(dir, 'add', 'app/broken.py');
  expect(await warnings(true)).toEqual(await warnings(false));
  expect(await warnings(true)).toHaveLength(1);
});

test('a test module that starts defining tests is a test again: the model reads what pytest collects', async () => {
  const dir = makeTree({ 'pyproject.toml': '[project]\nname = "app"\nversion = "1"\n', 'tests/test_a.py': 'import os\n', 'tests/helpers/util.py': 'X = 1\n' }, 'add');
  await cached(dir);
  write(dir, 'tests/test_a.py', 'from helpers import util\n\n\ndef test_a():\n    assert util.X\n');
  const after = await cached(dir);
  expect(after.model).toBe('computed');
  expect(after.findings).toEqual(await fresh(dir));
});

test('--staged keeps a model of its own, of the index', async () => {
  const dir = project();
  expect((await cached(dir, true)).model).toBe('computed');
  expect((await cached(dir)).model).toBe('computed');
  write(dir, 'app/main.py', 'from app.sub import deep\n\n\ndef run():\n    return 2\n');
  git(dir, 'add', 'app/main.py');
  const staged = await cached(dir, true);
  expect(staged.model).toBe('reused from the cache (1 changed module imports as before)');
  expect(staged.findings).toEqual(await fresh(dir, true));
  expect((await cached(dir)).model).toBe('reused from the cache (1 changed module imports as before)');
});

test('a damaged, crafted or linked model file is not used, and the run finds what it would without it', async () => {
  const dir = project();
  const expected = (await cached(dir)).findings;
  const [file] = fs.readdirSync(path.join(dir, CACHE)).filter((f) => f.startsWith('model-'));
  const stored = path.join(dir, CACHE, file!);
  const text = fs.readFileSync(stored, 'utf8');
  // The key, the model as JSON, the ids of the modules it read.
  const [key, model, ids] = text.split('\n') as [string, string, string];
  const json = JSON.parse(model) as Record<string, unknown>;
  const file_ = (m: unknown, i = ids): string => `${key}\n${JSON.stringify(m)}\n${i}`;
  const crafted: Array<[string, string]> = [
    ['cut short', text.slice(0, text.length >> 1)],
    ['not JSON', `${key}\n{\n${ids}`],
    ['another key', `${'0'.repeat(40)}\n${model}\n${ids}`],
    ['ids cut short', file_(json, ids.slice(0, -1))],
    ['ids of other content', file_(json, ids.replace(/i[0-9a-f]{40}/g, `i${'0'.repeat(40)}`))],
    ['a file index out of range', file_({ ...json, uses: [['app/sub', 1, 1, [[999, 0, 'app.sub']]]] })],
    ['an import index out of range', file_({ ...json, uses: [['app/sub', 1, 1, [[2, 99, 'app.sub']]]] })],
    ['a folder outside the tree', file_({ ...json, shared: [['../etc', 'x']] })],
    ['a role that is none', file_({ ...json, kinds: [['root', 1, 'x']] })],
    ['wrong types', file_({ ...json, roles: 'x' })],
    ['a problem of no file', file_({ ...json, problems: [[999, 'x']] })],
    ['null', `${key}\nnull\n${ids}`],
  ];
  for (const [what, bytes] of crafted) {
    fs.writeFileSync(stored, bytes);
    const run = await cached(dir);
    expect({ what, ...run }).toEqual({ what, findings: expected, model: 'computed' });
  }
  // A link in its place is neither read nor written through.
  const outside = path.join(makeTree({}), 'target');
  fs.writeFileSync(outside, text);
  fs.rmSync(stored);
  fs.symlinkSync(outside, stored);
  expect(await cached(dir)).toEqual({ findings: expected, model: 'computed' });
  expect(fs.readFileSync(outside, 'utf8')).toBe(text);
  expect(fs.lstatSync(stored).isFile()).toBe(true);
});

test('--diff writes no model', async () => {
  const dir = project();
  await lint({ cwd: dir, cacheDir: CACHE, diff: true });
  expect(fs.existsSync(path.join(dir, CACHE)) ? fs.readdirSync(path.join(dir, CACHE)).filter((f) => f.startsWith('model-')) : []).toEqual([]);
});
