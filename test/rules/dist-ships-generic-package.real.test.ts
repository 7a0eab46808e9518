/**
 * dist-ships-generic-package's claim checked with the real backend: setuptools' PEP 517
 * `build_wheel` builds the project, and the rule reports exactly the generic top-level names the
 * wheel installs. A folder `packages.find` lists as a namespace package but that holds no module
 * (pipenv's `examples/` of Pipfiles) puts nothing in the wheel and is not reported.
 */
import { cli, json } from '../helpers/cli';
import { needs } from '../helpers/tools';
import { makeTree } from '../helpers/tree';
import { canImport, SETUPTOOLS_PYTHON, wheelFiles } from '../helpers/wheel';

const { it } = needs(canImport('setuptools', 'wheel') ? null : `setuptools and wheel missing from ${SETUPTOOLS_PYTHON} (.ci/run installs them)`);

/** The top-level names the wheel setuptools builds for `dir` installs. */
const wheelTops = (dir: string): string[] => [...new Set(wheelFiles(dir).map((f) => f.split('/')[0]!))].sort();

it('reports the generic top-level names the wheel installs, and not a listed folder with no module (pipenv)', () => {
  const dir = makeTree({
    'pyproject.toml': '[build-system]\nrequires = ["setuptools"]\nbuild-backend = "setuptools.build_meta"\n\n[project]\nname = "app"\nversion = "1.0"\n\n[tool.setuptools.packages.find]\nwhere = ["."]\nexclude = ["tests*"]\n',
    'app/__init__.py': '',
    'benchmarks/benchmark.py': 'x = 1\n',
    'benchmarks/README.md': '',
    'examples/Pipfile': '[packages]\n',
    'examples/pylock.toml': '',
    'tests/test_app.py': '',
  }, 'add');
  // Linted before the build: the build's own folders (build/, dist/, *.egg-info) are not the project's.
  const reported = json(cli(dir, '--format', 'json', '.')).diagnostics.filter((d) => d.rule === 'dist-ships-generic-package').map((d) => /`(\w+)`/.exec(String(d.message))![1]);
  expect(wheelTops(dir)).toEqual(['app', 'benchmarks']);
  expect(reported).toEqual(['benchmarks']);
});

it.each([
  ['setup.cfg', { 'setup.cfg': '[metadata]\nname = pycodestyle\nversion = 1.0\n\n[options]\npy_modules = pycodestyle\n', 'setup.py': 'from setuptools import setup\nsetup()\n' }],
  ['pyproject.toml', { 'pyproject.toml': '[build-system]\nrequires = ["setuptools"]\nbuild-backend = "setuptools.build_meta"\n\n[project]\nname = "pycodestyle"\nversion = "1.0"\n\n[tool.setuptools]\npy-modules = ["pycodestyle"]\n' }],
  ['setup.py', { 'setup.py': 'from setuptools import setup\nsetup(name="pycodestyle", version="1.0", py_modules=["pycodestyle"])\n' }],
])('a single-module distribution (py_modules in %s) ships no package: its testing/ helpers are not reported (pycodestyle)', (_file, metadata) => {
  const dir = makeTree({
    ...metadata,
    'pycodestyle.py': 'X = 1\n',
    'testing/__init__.py': '',
    'testing/support.py': 'from pycodestyle import X\n',
    'tests/test_api.py': 'from testing.support import X\n',
  }, 'add');
  const reported = json(cli(dir, '--format', 'json', '.')).diagnostics.filter((d) => d.rule === 'dist-ships-generic-package');
  expect(wheelTops(dir)).toEqual(['pycodestyle.py']);
  expect(reported).toEqual([]);
});
