/**
 * The wheel each backend builds, modelled without running anything, against the wheel the real
 * backend builds: every fixture project is built by its backend's PEP 517 `build_wheel` hook (one
 * Debian python process for the whole matrix) and the folders of the wheel's `.py` files must equal
 * the packages `--print-config` reports. A fixture the model calls unknown (dynamic values, a
 * layout setuptools refuses) must report no wheel at all.
 */
import { execFile, spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { cli } from '../helpers/cli';
import { needs } from '../helpers/tools';
import { makeTree, type Tree } from '../helpers/tree';

const PYTHON = '/usr/bin/python3';
const BIN = path.join(__dirname, '..', '..', 'bin', 'dunderlint.js');
/** The built CLI without blocking, so that it runs while Python builds the wheels. */
function cliAsync(cwd: string, ...args: string[]): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve) =>
    execFile(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '' }, maxBuffer: 16 << 20 }, (_e, stdout, stderr) => resolve({ stdout, stderr })),
  );
}
type Backend = 'setuptools' | 'hatchling' | 'poetry' | 'flit';
const MODULES: Record<Backend, string> = { setuptools: 'setuptools', hatchling: 'hatchling', poetry: 'poetry.core', flit: 'flit_core' };
const available = (m: string) => fs.existsSync(PYTHON) && spawnSync(PYTHON, ['-c', `import ${m}, wheel`]).status === 0;
const present = new Set((Object.keys(MODULES) as Backend[]).filter((b) => available(MODULES[b])));
const missing = (Object.keys(MODULES) as Backend[]).filter((b) => !present.has(b));
const withBackends = needs(missing.length ? `backends missing from ${PYTHON}: ${missing.join(', ')} (.ci/run installs them)` : null);

const BS = {
  setuptools: '[build-system]\nrequires = ["setuptools"]\nbuild-backend = "setuptools.build_meta"\n',
  hatchling: '[build-system]\nrequires = ["hatchling"]\nbuild-backend = "hatchling.build"\n',
  poetry: '[build-system]\nrequires = ["poetry-core"]\nbuild-backend = "poetry.core.masonry.api"\n',
  flit: '[build-system]\nrequires = ["flit_core"]\nbuild-backend = "flit_core.buildapi"\n',
};
const project = (name: string, extra = '') => `[project]\nname = "${name}"\nversion = "1.0"\ndescription = "x"\n${extra}`;
const poetry = (name: string, extra = '') => `[tool.poetry]\nname = "${name}"\nversion = "1.0"\ndescription = "x"\nauthors = ["A <a@example.com>"]\n${extra}`;
/** Folders with one module each (`a/b` → `a/b/m.py`), `+` marking a regular package (`a/b+` → `a/b/__init__.py`). */
function pkgs(...dirs: string[]): Tree {
  const t: Tree = {};
  for (const d of dirs) {
    const dir = d.replace(/\+$/, '');
    t[`${dir}/m.py`] = 'x = 1\n';
    if (d.endsWith('+')) t[`${dir}/__init__.py`] = '';
  }
  return t;
}

interface Fixture {
  name: string;
  backend: Backend;
  tree: Tree;
  /** The model must say "unknown" (no wheel): the value is computed by code, or the backend refuses. */
  unknown?: boolean;
}

const setupPy = (body: string) => `from setuptools import setup, find_packages, find_namespace_packages\nimport setuptools\n${body}\n`;
const FIXTURES: Fixture[] = [
  // setuptools, setup.py
  { name: 'setup.py packages = literal + names bound to literal lists', backend: 'setuptools', tree: { 'setup.py': setupPy("modules = ['pkg.sub']\ntests = ['pkg.tests']\nsetup(name='pkg', version='1', packages=['pkg'] + modules + tests)"), ...pkgs('pkg+', 'pkg/sub+', 'pkg/tests+', 'pkg/other+') } },
  { name: "setup.py packages = ['a'] + ['a.b']", backend: 'setuptools', tree: { 'setup.py': setupPy("setup(name='a', version='1', packages=['a'] + ['a.b'])"), ...pkgs('a+', 'a/b+', 'a/c+') } },
  { name: "setup.py find_packages() + ['a.b']", backend: 'setuptools', tree: { 'setup.py': setupPy("setup(name='a', version='1', packages=find_packages() + ['a.b'])"), ...pkgs('a+', 'a/b', 'a/c+') } },
  { name: 'setup.py find_packages(exclude=[tests, tests.*])', backend: 'setuptools', tree: { 'setup.py': setupPy("setup(name='app', version='1', packages=find_packages(exclude=['tests', 'tests.*']))"), ...pkgs('app+', 'app/core+', 'tests+', 'tests/unit+') } },
  { name: 'setup.py find_packages(include=[app, app.*])', backend: 'setuptools', tree: { 'setup.py': setupPy("setup(name='app', version='1', packages=find_packages(include=['app', 'app.*']))"), ...pkgs('app+', 'app/core+', 'tools+', 'docs+') } },
  { name: 'setup.py find_packages(exclude=("tests",)) keeps tests.unit', backend: 'setuptools', tree: { 'setup.py': setupPy("setup(name='app', version='1', packages=find_packages(exclude=('tests',)))"), ...pkgs('app+', 'tests+', 'tests/unit+') } },
  { name: 'setup.py setuptools.find_packages(exclude=[tests*]) multi-line', backend: 'setuptools', tree: { 'setup.py': setupPy("setup(\n    name='app',\n    version='1',\n    packages=setuptools.find_packages(\n        exclude=[\n            'tests*',\n            'docs',\n        ]\n    ),\n)"), ...pkgs('app+', 'testsuite+', 'tests+', 'docs+') } },
  { name: 'setup.py find_packages(where=src) with package_dir', backend: 'setuptools', tree: { 'setup.py': setupPy("setup(name='app', version='1', package_dir={'': 'src'}, packages=find_packages(where='src'))"), ...pkgs('src/app+', 'src/app/sub+', 'src/app/nodunder') } },
  { name: 'setup.py find_packages("src", exclude=[...]) positional where', backend: 'setuptools', tree: { 'setup.py': setupPy("setup(name='app', version='1', package_dir={'': 'src'}, packages=find_packages('src', exclude=['app.tests']))"), ...pkgs('src/app+', 'src/app/tests+') } },
  { name: 'setup.py find_namespace_packages(include=[ns.*])', backend: 'setuptools', tree: { 'setup.py': setupPy("setup(name='ns-x', version='1', packages=find_namespace_packages(include=['ns.*']))"), ...pkgs('ns/x+', 'ns/x/data', 'other+') } },
  { name: 'setup.py find_packages() prunes below a folder without __init__', backend: 'setuptools', tree: { 'setup.py': setupPy("setup(name='app', version='1', packages=find_packages())"), ...pkgs('app+', 'app/routers', 'app/routers/v1+') } },
  { name: 'setup.py multi-line literal list', backend: 'setuptools', tree: { 'setup.py': setupPy("setup(\n    name='a',\n    version='1',\n    packages=[\n        'a',\n        'a.b',  # the b part\n    ],\n)"), ...pkgs('a+', 'a/b+', 'a/c+') } },
  { name: 'setup.py packages bound to a name', backend: 'setuptools', tree: { 'setup.py': setupPy("PACKAGES = ['a', 'a.c']\nsetup(name='a', version='1', packages=PACKAGES)"), ...pkgs('a+', 'a/b+', 'a/c+') } },
  { name: 'setup.py packages from a function (dynamic)', backend: 'setuptools', unknown: true, tree: { 'setup.py': setupPy("def get_packages():\n    return ['a']\nsetup(name='a', version='1', packages=get_packages())"), ...pkgs('a+', 'a/b+') } },
  { name: 'setup.py packages from a comprehension (dynamic)', backend: 'setuptools', unknown: true, tree: { 'setup.py': setupPy("setup(name='a', version='1', packages=['a'] + ['a.' + n for n in ['b']])"), ...pkgs('a+', 'a/b+', 'a/c+') } },
  { name: 'setup.py find_packages(exclude=EXCLUDES) (a name bound elsewhere)', backend: 'setuptools', unknown: true, tree: { 'setup.py': setupPy("from conf import EXCLUDES\nsetup(name='a', version='1', packages=find_packages(exclude=EXCLUDES))"), 'conf.py': "EXCLUDES = ['tests']\n", ...pkgs('a+', 'tests+') } },
  { name: 'setup.py without packages: flat auto-discovery of one package', backend: 'setuptools', tree: { 'setup.py': setupPy("setup(name='app', version='1')"), ...pkgs('app+', 'app/sub', 'tests+', 'docs+') } },
  { name: 'setup.py find_packages() without where, package_dir src', backend: 'setuptools', tree: { 'setup.py': setupPy("setup(name='app', version='1', package_dir={'': 'src'}, packages=find_packages())"), ...pkgs('src/app+', 'src/app/x+') } },
  { name: 'setup.py literal list under package_dir src', backend: 'setuptools', tree: { 'setup.py': setupPy("setup(name='app', version='1', package_dir={'': 'src'}, packages=['app', 'app.x'])"), ...pkgs('src/app+', 'src/app/x+', 'src/app/y+') } },
  { name: 'setup.py setup() named in a docstring first', backend: 'setuptools', tree: { 'setup.py': '"""Build with setup() as usual."""\n' + setupPy("setuptools.setup(name='a', version='1', packages=['a'])"), ...pkgs('a+', 'a/b+') } },
  { name: 'setup.py setup(**options)', backend: 'setuptools', unknown: true, tree: { 'setup.py': setupPy("options = dict(name='a', version='1', packages=['a'])\nsetup(**options)"), ...pkgs('a+', 'a/b+') } },
  // setuptools, setup.cfg
  { name: 'setup.cfg packages = find: with exclude', backend: 'setuptools', tree: { 'setup.py': setupPy('setup()'), 'setup.cfg': '[metadata]\nname = app\nversion = 1\n\n[options]\npackages = find:\n\n[options.packages.find]\nexclude =\n    tests\n    tests.*\n', ...pkgs('app+', 'app/x+', 'tests+', 'tests/a+') } },
  { name: 'setup.cfg packages = find_namespace: where src', backend: 'setuptools', tree: { 'setup.py': setupPy('setup()'), 'setup.cfg': '[metadata]\nname = app\nversion = 1\n\n[options]\npackage_dir =\n    =src\npackages = find_namespace:\n\n[options.packages.find]\nwhere = src\n', ...pkgs('src/app+', 'src/app/plain') } },
  { name: 'setup.cfg packages = find: include', backend: 'setuptools', tree: { 'setup.py': setupPy('setup()'), 'setup.cfg': '[metadata]\nname = app\nversion = 1\n\n[options]\npackages = find:\n\n[options.packages.find]\ninclude = app*\n', ...pkgs('app+', 'app/x+', 'tests+') } },
  { name: 'setup.cfg literal packages list', backend: 'setuptools', tree: { 'setup.py': setupPy('setup()'), 'setup.cfg': '[metadata]\nname = app\nversion = 1\n\n[options]\npackages =\n    app\n    app.x\n', ...pkgs('app+', 'app/x+', 'app/y+') } },
  // setuptools, pyproject.toml
  { name: 'pyproject [tool.setuptools] packages list', backend: 'setuptools', tree: { 'pyproject.toml': BS.setuptools + project('a') + '[tool.setuptools]\npackages = ["a", "a.b"]\n', ...pkgs('a+', 'a/b+', 'a/c+') } },
  { name: 'pyproject packages.find where src include', backend: 'setuptools', tree: { 'pyproject.toml': BS.setuptools + project('app') + '[tool.setuptools.packages.find]\nwhere = ["src"]\ninclude = ["app*"]\n', ...pkgs('src/app+', 'src/app/ns', 'src/other+') } },
  { name: 'pyproject packages.find namespaces = false, exclude', backend: 'setuptools', tree: { 'pyproject.toml': BS.setuptools + project('app') + '[tool.setuptools.packages.find]\nnamespaces = false\nexclude = ["tests*"]\n', ...pkgs('app+', 'app/ns', 'tests+') } },
  { name: 'pyproject auto-discovery, src layout', backend: 'setuptools', tree: { 'pyproject.toml': BS.setuptools + project('app'), ...pkgs('src/app+', 'src/app/sub', 'tests+') } },
  { name: 'pyproject auto-discovery, flat layout with reserved names', backend: 'setuptools', tree: { 'pyproject.toml': BS.setuptools + project('app'), ...pkgs('app+', 'app/sub+', 'tests+', 'docs+', 'examples+') } },
  { name: 'pyproject auto-discovery refused: several flat top-level packages', backend: 'setuptools', unknown: true, tree: { 'pyproject.toml': BS.setuptools + project('app'), ...pkgs('app+', 'lib+') } },
  { name: 'pyproject packages = {find = {...}} inline', backend: 'setuptools', tree: { 'pyproject.toml': BS.setuptools + project('app') + '[tool.setuptools]\npackages = {find = {where = ["src"], exclude = ["app.tests*"]}}\n', ...pkgs('src/app+', 'src/app/tests+') } },
  { name: 'setup.cfg find: where src with package_dir', backend: 'setuptools', tree: { 'setup.py': setupPy('setup()'), 'setup.cfg': '[metadata]\nname = app\nversion = 1\n\n[options]\npackage_dir =\n    = src\npackages = find:\n\n[options.packages.find]\nwhere = src\nexclude = app.internal\n', ...pkgs('src/app+', 'src/app/internal+', 'src/app/nodunder') } },
  // hatchling
  { name: 'hatchling default: the package named after the project', backend: 'hatchling', tree: { 'pyproject.toml': BS.hatchling + project('app'), ...pkgs('app+', 'app/sub', 'tests+') } },
  { name: 'hatchling default: src layout, dashed name', backend: 'hatchling', tree: { 'pyproject.toml': BS.hatchling + project('my-app'), ...pkgs('src/my_app+', 'src/my_app/x+') } },
  { name: 'hatchling packages = [lib/app]', backend: 'hatchling', tree: { 'pyproject.toml': BS.hatchling + project('app') + '[tool.hatch.build.targets.wheel]\npackages = ["lib/app"]\n', ...pkgs('lib/app+', 'lib/app/x', 'lib/other+') } },
  { name: 'hatchling only-include', backend: 'hatchling', tree: { 'pyproject.toml': BS.hatchling + project('app') + '[tool.hatch.build.targets.wheel]\nonly-include = ["app", "extras"]\n', ...pkgs('app+', 'extras+', 'tests+') } },
  { name: 'hatchling only-include with sources', backend: 'hatchling', tree: { 'pyproject.toml': BS.hatchling + project('app') + '[tool.hatch.build.targets.wheel]\nonly-include = ["lib/app"]\nsources = ["lib"]\n', ...pkgs('lib/app+', 'lib/app/x+', 'lib/other+') } },
  { name: 'hatchling sources rewrite a prefix', backend: 'hatchling', tree: { 'pyproject.toml': BS.hatchling + project('app') + '[tool.hatch.build.targets.wheel]\npackages = ["src/app"]\nsources = {"src" = "vendor"}\n', ...pkgs('src/app+', 'src/app/x+') } },
  { name: 'hatchling force-include a folder', backend: 'hatchling', tree: { 'pyproject.toml': BS.hatchling + project('app') + '[tool.hatch.build.targets.wheel]\npackages = ["app"]\n[tool.hatch.build.targets.wheel.force-include]\n"plugins" = "app/plugins"\n', ...pkgs('app+', 'plugins+', 'plugins/x') } },
  { name: 'hatchling packages = [src/ns/app] ships under ns', backend: 'hatchling', tree: { 'pyproject.toml': BS.hatchling + project('ns-app') + '[tool.hatch.build.targets.wheel]\npackages = ["src/ns"]\n', ...pkgs('src/ns/app+', 'src/ns/app/x') } },
  { name: 'hatchling default: flat layout, dashed name', backend: 'hatchling', tree: { 'pyproject.toml': BS.hatchling + project('my-app'), ...pkgs('my_app+', 'my_app/x', 'scripts+') } },
  { name: 'hatchling packages under [tool.hatch.build]', backend: 'hatchling', tree: { 'pyproject.toml': BS.hatchling + project('app') + '[tool.hatch.build]\npackages = ["src/app", "src/extra"]\n', ...pkgs('src/app+', 'src/extra+', 'src/other+') } },
  { name: 'hatchling only-include with sources list', backend: 'hatchling', tree: { 'pyproject.toml': BS.hatchling + project('app') + '[tool.hatch.build.targets.wheel]\nonly-include = ["python/app", "python/plug"]\nsources = ["python"]\n', ...pkgs('python/app+', 'python/plug', 'python/no+') } },
  { name: 'hatchling exclude glob (unknown)', backend: 'hatchling', unknown: true, tree: { 'pyproject.toml': BS.hatchling + project('app') + '[tool.hatch.build.targets.wheel]\nexclude = ["app/tests"]\n', ...pkgs('app+', 'app/tests+') } },
  // poetry-core
  { name: 'poetry default: the package named after the project', backend: 'poetry', tree: { 'pyproject.toml': BS.poetry + poetry('app'), ...pkgs('app+', 'app/sub', 'tests+') } },
  { name: 'poetry default: src layout, dashed name', backend: 'poetry', tree: { 'pyproject.toml': BS.poetry + poetry('my-app'), ...pkgs('src/my_app+', 'src/my_app/x+', 'tests+') } },
  { name: 'poetry packages include from src', backend: 'poetry', tree: { 'pyproject.toml': BS.poetry + poetry('app', 'packages = [{ include = "app", from = "src" }]\n'), ...pkgs('src/app+', 'src/app/x', 'src/other+') } },
  { name: 'poetry packages include a namespace folder', backend: 'poetry', tree: { 'pyproject.toml': BS.poetry + poetry('ns-app', 'packages = [{ include = "ns/app", from = "src" }]\n'), ...pkgs('src/ns/app+', 'src/ns/app/x', 'src/ns/other+') } },
  { name: 'poetry packages several items', backend: 'poetry', tree: { 'pyproject.toml': BS.poetry + poetry('app', 'packages = [{ include = "app" }, { include = "extra", from = "lib" }]\n'), ...pkgs('app+', 'lib/extra+', 'lib/extra/y', 'lib/no+') } },
  { name: 'poetry packages include a glob (unknown)', backend: 'poetry', unknown: true, tree: { 'pyproject.toml': BS.poetry + poetry('app', 'packages = [{ include = "app*" }]\n'), ...pkgs('app+', 'app_extra+') } },
  { name: 'poetry package for sdist only is not in the wheel', backend: 'poetry', tree: { 'pyproject.toml': BS.poetry + poetry('app', 'packages = [{ include = "app" }, { include = "tests", format = "sdist" }]\n'), ...pkgs('app+', 'tests+') } },
  { name: 'poetry include a subpackage path keeps its parents', backend: 'poetry', tree: { 'pyproject.toml': BS.poetry + poetry('app', 'packages = [{ include = "app/core" }]\n'), ...pkgs('app+', 'app/core+', 'app/other+') } },
  // flit
  { name: 'flit: module from the project name', backend: 'flit', tree: { 'pyproject.toml': BS.flit + project('app', 'dynamic = []\n'), ...pkgs('app+', 'app/sub', 'tests+') } },
  { name: 'flit: module from a dashed project name, src layout', backend: 'flit', tree: { 'pyproject.toml': BS.flit + project('my-app'), ...pkgs('src/my_app+', 'src/my_app/x+', 'tests+') } },
  { name: 'flit: [tool.flit.module] name in src', backend: 'flit', tree: { 'pyproject.toml': BS.flit + project('app-dist') + '[tool.flit.module]\nname = "core"\n', ...pkgs('src/core+', 'src/core/x+') } },
  { name: 'flit: [tool.flit.module] name', backend: 'flit', tree: { 'pyproject.toml': BS.flit + project('app-dist') + '[tool.flit.module]\nname = "core"\n', ...pkgs('core+', 'core/x', 'app_dist+') } },
];

/** The wheel's package folders, dotted: every folder that holds a shipped `.py` file, and their parents. */
function wheelFolders(files: string[]): string[] {
  const out = new Set<string>();
  for (const f of files) {
    const parts = f.split('/');
    if (!f.endsWith('.py') || /\.(dist-info|data)$/.test(parts[0]!)) continue;
    for (let i = 1; i < parts.length; i++) out.add(parts.slice(0, i).join('.'));
  }
  return [...out].sort();
}

function modelFolders(packages: string[]): string[] {
  const out = new Set<string>();
  for (const p of packages) {
    const parts = p.split('.');
    for (let i = 1; i <= parts.length; i++) out.add(parts.slice(0, i).join('.'));
  }
  return [...out].sort();
}

const BUILD = `
import importlib, io, json, os, sys, tempfile, tomllib, zipfile, contextlib
out = {}
for d in json.load(sys.stdin):
    os.chdir(d)
    backend = 'setuptools.build_meta:__legacy__'
    if os.path.exists('pyproject.toml'):
        with open('pyproject.toml', 'rb') as f:
            backend = tomllib.load(f).get('build-system', {}).get('build-backend', backend)
    module, _, attr = backend.partition(':')
    hook = importlib.import_module(module)
    for a in filter(None, attr.split('.')):
        hook = getattr(hook, a)
    dest = tempfile.mkdtemp()
    log = io.StringIO()
    try:
        with contextlib.redirect_stdout(log), contextlib.redirect_stderr(log):
            name = hook.build_wheel(dest)
        with zipfile.ZipFile(os.path.join(dest, name)) as z:
            out[d] = {'files': z.namelist()}
    except BaseException as e:
        out[d] = {'error': (repr(e) + log.getvalue())[-600:]}
print(json.dumps(out))
`;

const runnable = FIXTURES.filter((f) => present.has(f.backend));

(runnable.length ? withBackends.describe : describe.skip)('wheel model equals the real backend wheel', () => {
  const model = new Map<Fixture, { wheel: string[] | null; dist: string[] }>();
  const built = new Map<Fixture, { files?: string[]; error?: string }>();

  beforeAll(async () => {
    // The real builds run on copies of the fixtures (a setuptools build leaves build/ and
    // *.egg-info/ behind), in one Python process, while the model reads the originals.
    const copies = new Map<Fixture, string>();
    for (const f of runnable) copies.set(f, makeTree(f.tree));
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'dunderlint-wheels-'));
    const python = spawn(PYTHON, ['-c', BUILD], { env: { ...process.env, TMPDIR: scratch, PYTHONDONTWRITEBYTECODE: '1' } });
    let stdout = '';
    let stderr = '';
    python.stdout.on('data', (d: Buffer) => (stdout += d));
    python.stderr.on('data', (d: Buffer) => (stderr += d));
    const done = new Promise<number | null>((resolve) => python.on('close', resolve));
    python.stdin.end(JSON.stringify([...copies.values()]));

    for (const f of runnable) {
      const dir = makeTree(f.tree);
      const r = await cliAsync(dir, '--print-config');
      expect(r.stderr).toBe('');
      const p = JSON.parse(r.stdout).projects.find((x: { dir: string }) => x.dir === './');
      // Where the model knows nothing, the dist rules must be silent.
      const lint = f.unknown ? await cliAsync(dir, '--format', 'json') : { stdout: '{"diagnostics":[]}' };
      const dist = JSON.parse(lint.stdout).diagnostics.map((d: { rule: string }) => d.rule).filter((id: string) => id.startsWith('dist-'));
      model.set(f, { wheel: p?.wheel ? modelFolders(p.wheel.packages) : null, dist });
    }

    const status = await done;
    fs.rmSync(scratch, { recursive: true, force: true });
    if (status !== 0) throw new Error(stderr);
    const results = JSON.parse(stdout);
    for (const [f, dir] of copies) built.set(f, results[dir]);
  }, 120_000);

  it.each(runnable.map((f) => [`${f.backend}: ${f.name}`, f] as const))('%s', (_name, f) => {
    const real = built.get(f)!;
    const ours = model.get(f)!;
    if (f.unknown) {
      expect(ours.wheel).toBeNull();
      expect(ours.dist).toEqual([]);
    } else {
      expect(real.error).toBeUndefined();
      expect(ours.wheel).toEqual(wheelFolders(real.files!));
    }
  });

  afterAll(() => {
    // The agreement table, for the record.
    const rows = runnable.map((f) => {
      const real = built.get(f);
      const ours = model.get(f);
      const verdict = !real || !ours ? 'not run' : f.unknown ? (ours.wheel === null ? 'unknown (silent)' : 'DISAGREE') : real.files && JSON.stringify(ours.wheel) === JSON.stringify(wheelFolders(real.files)) ? 'agree' : 'DISAGREE';
      return `${f.backend.padEnd(10)} ${verdict.padEnd(16)} ${f.name}${verdict === 'DISAGREE' ? `\n    ours ${JSON.stringify(ours?.wheel)}\n    real ${real?.files ? JSON.stringify(wheelFolders(real.files)) : real?.error}` : ''}`;
    });
    if (process.env['BACKENDS_TABLE']) fs.writeFileSync(process.env['BACKENDS_TABLE'], rows.join('\n') + '\n');
  });
});

describe('what users see of the wheel model', () => {
  const lint = (tree: Tree) => {
    const r = cli(makeTree(tree), '--format', 'json');
    return { code: r.code, dist: (JSON.parse(r.stdout).diagnostics as Array<{ rule: string; path: string; message: string }>).filter((d) => d.rule.startsWith('dist-')) };
  };

  it('setup.py packages = a literal list plus names bound to literal lists: a correct project has no dist finding', () => {
    const { dist } = lint({
      'setup.py': setupPy("modules = ['pkg.sub']\ntests = ['pkg.tests']\nsetup(name='pkg', version='1', packages=['pkg'] + modules + tests)"),
      'pkg/__init__.py': '',
      'pkg/main.py': 'import pkg.sub.x\nimport pkg.tests.t\n',
      'pkg/sub/__init__.py': '',
      'pkg/sub/x.py': '',
      'pkg/tests/__init__.py': '',
      'pkg/tests/t.py': '',
    });
    expect(dist).toEqual([]);
  });

  it('find_packages(exclude=["tests", "tests.*"]) still reports a shipped package left out', () => {
    const { code, dist } = lint({
      'setup.py': setupPy("setup(name='app', version='1', packages=find_packages(exclude=['tests', 'tests.*']))"),
      'app/__init__.py': '',
      'app/main.py': 'from app.routers import todos\n',
      'app/routers/todos.py': '',
      'tests/__init__.py': '',
    });
    expect(code).toBe(1);
    expect(dist.map((d) => [d.rule, d.path])).toEqual([['dist-omits-package', 'app/main.py']]);
    expect(dist[0]!.message).toContain('find_packages()');
  });

  it('packages computed by code: tree says the wheel is unknown and the dist rules stay silent', () => {
    const tree = {
      'setup.py': setupPy("def get_packages():\n    return ['app']\nsetup(name='app', version='1', packages=get_packages())"),
      'app/__init__.py': '',
      'app/main.py': 'from app.routers import todos\n',
      'app/routers/todos.py': '',
      'tests/__init__.py': '',
    };
    expect(lint(tree).dist).toEqual([]);
    const shown = cli(makeTree(tree), 'tree');
    expect(shown.stdout.split('\n')[0]).toContain('wheel contents unknown');
  });

  it('a flat layout setuptools refuses to build is not blamed on a nested project', () => {
    const { dist } = lint({
      'pyproject.toml': BS.setuptools + project('mono'),
      'app/__init__.py': '',
      'app/main.py': 'import app.x\n',
      'app/x/m.py': '',
      'lib/__init__.py': '',
      'tests/__init__.py': '',
      'services/api/pyproject.toml': BS.hatchling + project('api'),
      'services/api/api/__init__.py': '',
    });
    expect(dist).toEqual([]);
  });
});

/**
 * Backends Debian does not package (uv_build, maturin, pdm-backend): the model against their
 * documented selection, through `--print-config`.
 */
describe('wheel models where the real build is not needed or not available', () => {
  const wheel = (tree: Tree) => {
    const r = cli(makeTree(tree), '--print-config');
    expect(r.code).toBe(0);
    return (JSON.parse(r.stdout).projects[0].wheel?.packages as string[] | undefined)?.slice().sort() ?? null;
  };
  const build = (backend: string) => `[build-system]\nrequires = ["x"]\nbuild-backend = "${backend}"\n`;

  it.each([
    ['uv_build default: src/<normalized name>', { 'pyproject.toml': build('uv_build') + project('my-app'), ...pkgs('src/my_app+', 'src/my_app/x', 'src/other+') }, ['my_app', 'my_app.x']],
    ['uv_build module-root "" and module-name', { 'pyproject.toml': build('uv_build') + project('dist') + '[tool.uv.build-backend]\nmodule-root = ""\nmodule-name = "core"\n', ...pkgs('core+', 'tests+') }, ['core']],
    ['uv_build dotted module-name ships that folder only, under its namespace', { 'pyproject.toml': build('uv_build') + project('ns-app') + '[tool.uv.build-backend]\nmodule-name = "ns.app"\n', ...pkgs('src/ns/app+', 'src/ns/other+') }, ['ns', 'ns.app']],
    ['uv_build list of module-names ships each (a stub package among them)', { 'pyproject.toml': build('uv_build') + project('app-stubs') + '[tool.uv.build-backend]\nmodule-root = ""\nmodule-name = ["app-stubs", "app_plugin"]\n', 'app-stubs/__init__.pyi': '', ...pkgs('app_plugin+', 'tests+') }, ['app-stubs', 'app_plugin']],
    ['uv_build module missing: unknown', { 'pyproject.toml': build('uv_build') + project('gone'), ...pkgs('src/other+') }, null],
    ['maturin python-source and module-name', { 'pyproject.toml': build('maturin') + project('app-dist') + '[tool.maturin]\npython-source = "python"\nmodule-name = "app._core"\n', ...pkgs('python/app+', 'python/app/sub', 'tests+') }, ['app', 'app.sub']],
    ['maturin pure Rust extension: unknown', { 'pyproject.toml': build('maturin') + project('fast'), 'src/lib.rs': '' }, null],
    ['poetry-core: no package of the project name is unknown (the build fails)', { 'pyproject.toml': build('poetry.core.masonry.api') + poetry('gone'), ...pkgs('other+') }, null],
    ['flit: no module of the project name is unknown (the build fails)', { 'pyproject.toml': build('flit_core.buildapi') + project('gone'), ...pkgs('other+') }, null],
    ['flit: a single-module project ships no folder', { 'pyproject.toml': build('flit_core.buildapi') + project('solo'), 'solo.py': '', ...pkgs('tests+') }, []],
    ['pdm-backend keeps tests (its default source-includes) out', { 'pyproject.toml': build('pdm.backend') + project('app'), ...pkgs('app+', 'tests+') }, ['app']],
  ])('%s', (_name, tree, expected) => {
    expect(wheel(tree as Tree)).toEqual(expected);
  });
});
