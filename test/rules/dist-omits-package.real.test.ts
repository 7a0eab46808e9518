/**
 * dist-omits-package's claim checked with the real backend: setuptools' PEP 517 `build_wheel`
 * builds the project from its git checkout (committed), and the rule reports a folder exactly when the wheel
 * lacks its modules. With setuptools-scm among the build requirements, its file finder makes every
 * tracked file below a listed package package data (prefect-aws' `packages = ["prefect_aws"]`
 * ships `prefect_aws/workers/`), unless include-package-data is off; and MANIFEST.in with
 * include_package_data ships the files it takes.
 */
import { spawnSync } from 'node:child_process';
import { cli, json } from '../helpers/cli';
import { needs } from '../helpers/tools';
import { makeTree } from '../helpers/tree';
import { canImport, SETUPTOOLS_PYTHON, wheelFiles } from '../helpers/wheel';

const { it } = needs(canImport('setuptools', 'wheel', 'setuptools_scm') ? null : `setuptools, wheel or setuptools_scm missing from ${SETUPTOOLS_PYTHON} (.ci/run installs them)`);

const project = (setuptools: string) => ({
  'pyproject.toml': `[build-system]\nrequires = ["setuptools>=45", "wheel", "setuptools_scm>=6.2"]\nbuild-backend = "setuptools.build_meta"\n\n[project]\nname = "pkg"\nversion = "1.0"\n\n[tool.setuptools]\n${setuptools}`,
  '.gitignore': 'dist/\nbuild/\n*.egg-info/\n',
  'pkg/__init__.py': 'from pkg.workers.ecs import Worker\n',
  'pkg/workers/__init__.py': '',
  'pkg/workers/ecs.py': 'class Worker: ...\n',
});

it.each([
  ['with setuptools-scm, the tracked subpackage ships as package data: not reported', 'packages = ["pkg"]\n', true],
  ['with include-package-data off, the wheel lacks it: reported', 'packages = ["pkg"]\ninclude-package-data = false\n', false],
])('%s', (_name, setuptools, ships) => {
  const dir = makeTree(project(setuptools), 'add');
  // setuptools-scm's git file finder lists the files of a checkout with a commit.
  expect(spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@localhost', 'commit', '-qm', 'init'], { cwd: dir }).status).toBe(0);
  const reported = json(cli(dir, '--format', 'json', '--no-cache', '.')).diagnostics.filter((d) => d.rule === 'dist-omits-package').map((d) => d.path);
  const files = wheelFiles(dir);
  expect(files.includes('pkg/workers/ecs.py')).toBe(ships);
  expect(reported).toEqual(ships ? [] : ['pkg/__init__.py']);
});

const withManifest = (manifest: string, includeData: boolean) => ({
  'setup.py': `from setuptools import setup, find_packages\nsetup(name="pkg", version="1.0", packages=find_packages()${includeData ? ', include_package_data=True' : ''})\n`,
  'MANIFEST.in': manifest,
  'pkg/__init__.py': '',
  'pkg/main.py': 'from pkg.tools.helper import run\n',
  'pkg/tools/helper.py': 'def run(): ...\n',
});

it.each([
  ['MANIFEST.in takes the folder and include_package_data is on: it ships as package data, not reported', withManifest('recursive-include pkg *.py\n', true), true],
  ['MANIFEST.in takes the folder but include_package_data is off: the wheel lacks it, reported', withManifest('recursive-include pkg *.py\n', false), false],
  ['MANIFEST.in takes other files only: the wheel lacks it, reported', withManifest('include README.md\n', true), false],
])('%s', (_name, tree, ships) => {
  const dir = makeTree(tree, 'add');
  const reported = json(cli(dir, '--format', 'json', '--no-cache', '.')).diagnostics.filter((d) => d.rule === 'dist-omits-package').map((d) => d.path);
  expect(wheelFiles(dir).includes('pkg/tools/helper.py')).toBe(ships);
  expect(reported).toEqual(ships ? [] : ['pkg/main.py']);
});
