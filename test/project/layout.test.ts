/** Import roots and wheel contents read from packaging metadata, per backend and layout. */
import { cli, json } from '../helpers/cli';
import { git, makeTree } from '../helpers/tree';
import * as path from 'node:path';

function projects(tree: Record<string, string>) {
  const r = cli(makeTree(tree), '--print-config');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout).projects as Array<{ dir: string; backend: string; name: string | null; roots: string[]; wheel?: { setting: string; packages: string[] } }>;
}

describe('import roots', () => {
  it.each([
    ['flat layout', { 'pyproject.toml': '[project]\nname = "app"\n', 'app/__init__.py': '' }, ['./']],
    ['src layout', { 'pyproject.toml': '[project]\nname = "app"\n', 'src/app/__init__.py': '' }, ['src/', './']],
    ['setuptools package-dir', { 'pyproject.toml': '[tool.setuptools]\npackage-dir = {"" = "lib"}\n', 'lib/app/__init__.py': '' }, ['lib/', './']],
    ['setuptools find where', { 'pyproject.toml': '[tool.setuptools.packages.find]\nwhere = ["python"]\n', 'python/app/__init__.py': '' }, ['python/', './']],
    ['setup.cfg package_dir', { 'setup.cfg': '[options]\npackage_dir =\n    =source\npackages = find:\n\n[options.packages.find]\nwhere = source\n', 'source/app/__init__.py': '' }, ['source/', './']],
    ['setup.py literal keywords', { 'setup.py': 'setup(package_dir={"": "code"}, packages=find_packages(where="code"))\n', 'code/app/__init__.py': '' }, ['code/', './']],
    ['hatch packages', { 'pyproject.toml': '[build-system]\nbuild-backend = "hatchling.build"\n[tool.hatch.build.targets.wheel]\npackages = ["lib/app"]\n', 'lib/app/__init__.py': '' }, ['lib/', './']],
    ['poetry from', { 'pyproject.toml': '[build-system]\nbuild-backend = "poetry.core.masonry.api"\n[tool.poetry]\nname = "app"\npackages = [{ include = "app", from = "pkgs" }]\n', 'pkgs/app/__init__.py': '' }, ['pkgs/', './']],
    ['pdm package-dir', { 'pyproject.toml': '[build-system]\nbuild-backend = "pdm.backend"\n[tool.pdm.build]\npackage-dir = "py"\n', 'py/app/__init__.py': '' }, ['py/', './']],
    ['uv module-root (default src)', { 'pyproject.toml': '[build-system]\nbuild-backend = "uv_build"\n[project]\nname = "app"\n', 'src/app/__init__.py': '' }, ['src/', './']],
    ['our own src setting comes first', { 'dunderlint.toml': 'src = ["vendor"]\n', 'pyproject.toml': '[project]\nname = "app"\n', 'vendor/x.py': '', 'src/app/__init__.py': '' }, ['vendor/', 'src/', './']],
  ])('%s', (_name, tree, roots) => {
    expect(projects(tree as Record<string, string>)[0]!.roots).toEqual(roots);
  });

  it('nested projects each get their own roots', () => {
    const found = projects({
      'pyproject.toml': '[project]\nname = "mono"\n',
      'services/api/pyproject.toml': '[project]\nname = "api"\n',
      'services/api/src/api/__init__.py': '',
      'libs/core/setup.py': 'setup(name="core")\n',
      'libs/core/core/__init__.py': '',
    });
    expect(found.map((p) => [p.dir, p.name, p.roots])).toEqual([
      ['./', 'mono', ['./']],
      ['libs/core/', 'core', ['libs/core/']],
      ['services/api/', 'api', ['services/api/src/', 'services/api/']],
    ]);
  });
});

const BUILD_SYSTEM = '[build-system]\nrequires = ["setuptools"]\nbuild-backend = "setuptools.build_meta"\n\n';

describe('what setuptools ships', () => {
  it.each([
    ['find_packages() prunes below an init-less folder', { 'setup.py': 'setup(packages=find_packages())\n', 'a/__init__.py': '', 'a/b/c/__init__.py': '', 'a/d/__init__.py': '' }, 'find_packages()', ['a', 'a.d']],
    ['pyproject find takes namespaces', { 'pyproject.toml': '[tool.setuptools.packages.find]\n', 'a/__init__.py': '', 'a/b/c/__init__.py': '' }, '[tool.setuptools.packages.find]', ['a', 'a.b', 'a.b.c']],
    ['exclude filters without pruning', { 'setup.py': 'setup(packages=find_packages(exclude=["tests"]))\n', 'a/__init__.py': '', 'tests/__init__.py': '', 'tests/unit/__init__.py': '' }, 'find_packages()', ['a', 'tests.unit']],
    ['flat auto-discovery skips reserved names', { 'pyproject.toml': `${BUILD_SYSTEM}[project]\nname = "a"\n`, 'a/__init__.py': '', 'tests/__init__.py': '', 'docs/x.py': '' }, 'auto-discovery (flat layout)', ['a']],
  ])('%s', (_name, tree, setting, packages) => {
    const wheel = projects(tree as Record<string, string>)[0]!.wheel!;
    expect(wheel.setting).toBe(setting);
    expect(wheel.packages).toEqual(packages);
  });

  it.each([
    ['a [project] table without [build-system] (a uv workspace root) builds nothing', { 'pyproject.toml': '[project]\nname = "ws"\n', 'a/__init__.py': '' }],
    ['flat auto-discovery of several top-level packages: setuptools refuses to build', { 'pyproject.toml': `${BUILD_SYSTEM}[project]\nname = "x"\n`, 'a/__init__.py': '', 'b/__init__.py': '' }],
  ])('%s', (_name, tree) => {
    expect(projects(tree as Record<string, string>)[0]!.wheel).toBeUndefined();
  });
});

describe('what whole-tree backends ship', () => {
  it.each([
    ['hatchling, by project name', { 'pyproject.toml': '[build-system]\nbuild-backend = "hatchling.build"\n[project]\nname = "My-App"\n', 'src/my_app/__init__.py': '', 'src/my_app/sub/x.py': '', 'tests/t.py': '' }, ['my_app', 'my_app.sub']],
    ['hatchling, explicit packages', { 'pyproject.toml': '[build-system]\nbuild-backend = "hatchling.build"\n[tool.hatch.build.targets.wheel]\npackages = ["lib/core"]\n', 'lib/core/__init__.py': '' }, ['core']],
    ['flit module', { 'pyproject.toml': '[build-system]\nbuild-backend = "flit_core.buildapi"\n[project]\nname = "x"\n[tool.flit.module]\nname = "pkg"\n', 'pkg/__init__.py': '', 'pkg/a/b.py': '' }, ['pkg', 'pkg.a']],
    ['poetry packages from src', { 'pyproject.toml': '[build-system]\nbuild-backend = "poetry.core.masonry.api"\n[tool.poetry]\nname = "x"\npackages = [{ include = "app", from = "src" }]\n', 'src/app/__init__.py': '' }, ['app']],
    ['pdm top-level packages', { 'pyproject.toml': '[build-system]\nbuild-backend = "pdm.backend"\n[project]\nname = "x"\n', 'a/__init__.py': '', 'b/__init__.py': '', 'c/x.py': '' }, ['a', 'b']],
    ['uv module under module-root', { 'pyproject.toml': '[build-system]\nbuild-backend = "uv_build"\n[project]\nname = "svc"\n', 'src/svc/__init__.py': '', 'src/svc/api/r.py': '' }, ['svc', 'svc.api']],
  ])('%s', (_name, tree, packages) => {
    expect(projects(tree as Record<string, string>)[0]!.wheel!.packages.sort()).toEqual(packages);
  });
});

describe('dunderlint tree', () => {
  it('shows each folder as Python sees it, with findings inline', () => {
    const r = cli(path.join(__dirname, '..', '..'), 'tree', 'examples');
    expect(r.code).toBe(0);
    // The project lint reads for examples/ is this repository (examples/pyproject.toml does not configure dunderlint).
    expect(r.stdout).toContain('└── examples/  project (setuptools "todo-app"; roots: examples/)  ← examples/\n');
    expect(r.stdout).toMatch(/├── app\/ {2}regular package · in the wheel/);
    expect(r.stdout).toMatch(/routers\/ {2}namespace package · in the wheel \(\[tool\.setuptools\.packages\.find\]\) · modules: 1 package · ✖ missing-init/);
    // Each folder says how the project uses its modules, with the evidence where it is not package code.
    expect(r.stdout).toMatch(/└── tests\/ {2}namespace package · not in the wheel · modules: 1 test \(a test module pytest collects\)/);
  });
});

describe('evidence of a folder used as a package', () => {
  it('counts every import but keeps the first ones in path order, untracked files included', () => {
    const tree: Record<string, string> = { 'app/__init__.py': '', 'app/routers/todos.py': '' };
    // Committed modules come first in git's listing, untracked ones after: the order is not the paths'.
    for (let i = 0; i < 100; i++) tree[`app/m${String(i).padStart(3, '0')}.py`] = 'import os\nfrom app.routers import todos\n';
    const dir = makeTree(tree, 'add');
    git(dir, 'rm', '-q', '--cached', 'app/m000.py', 'app/m001.py', 'app/m002.py');
    const [d, ...others] = json(cli(dir, '-f', 'json')).diagnostics.filter((x) => x.rule === 'missing-init');
    expect(others).toEqual([]);
    expect(d).toMatchObject({ path: 'app/m000.py', line: 2, message: expect.stringContaining('has 100 imports') });
    expect(d!.related.map((x: { path: string }) => x.path)).toEqual(Array.from({ length: 19 }, (_, i) => `app/m${String(i + 1).padStart(3, '0')}.py`));
  });
});
