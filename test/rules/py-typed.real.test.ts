/**
 * py-typed's claims checked with the real tools: the wheel hatchling builds (is `py.typed` in it?),
 * and what mypy makes of the installed wheel (a site-packages of a real venv).
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cli, json } from '../helpers/cli';
import { makeTree, type Tree } from '../helpers/tree';

const BUILDER = '/usr/bin/python3';
const VENV_PYTHON = '/root/.pyenv/versions/3.11.7/bin/python3';
const missing = [
  spawnSync(BUILDER, ['-c', 'import hatchling.build']).status !== 0 && 'hatchling for /usr/bin/python3 (.ci/run installs it)',
  spawnSync('mypy', ['--version']).status !== 0 && 'mypy (apt-get install -y mypy)',
  !fs.existsSync(VENV_PYTHON) && VENV_PYTHON,
].filter(Boolean);
if (missing.length && process.env.CI) throw new Error(`missing: ${missing.join(', ')}`);
if (missing.length) console.warn(`skipping the py-typed tool checks: missing ${missing.join(', ')}`);
const describeIf = missing.length ? describe.skip : describe;

const HATCH = '[build-system]\nrequires = ["hatchling"]\nbuild-backend = "hatchling.build"\n';
const project = (extra = ''): string => `${HATCH}[project]\nname = "app"\nversion = "1"\n${extra}`;

const BUILD = `
import hatchling.build, os, sys, tempfile, zipfile, contextlib, io
dest = tempfile.mkdtemp()
with contextlib.redirect_stdout(io.StringIO()):
    name = hatchling.build.build_wheel(dest)
site = sys.argv[1]
with zipfile.ZipFile(os.path.join(dest, name)) as z:
    print("\\n".join(z.namelist()))
    if site:
        z.extractall(site)
`;

/** Builds the wheel of `dir` (and installs it into `site` if given); the wheel's file names. */
function buildWheel(dir: string, site = ''): string[] {
  const r = spawnSync(BUILDER, ['-c', BUILD, site], { cwd: dir, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return r.stdout.split('\n').filter(Boolean);
}

function findings(dir: string): string[] {
  return json(cli(dir, '--format', 'json', '.')).diagnostics.filter((d) => d.rule === 'py-typed').map((d) => `${d.path}:${d.line}`);
}

describeIf('py-typed against hatchling and mypy', () => {
  it('a py.typed in the project folder is not in the wheel', () => {
    const dir = makeTree({ 'pyproject.toml': project(), 'py.typed': '', 'app/__init__.py': '' });
    expect(buildWheel(dir).filter((f) => f.endsWith('py.typed'))).toEqual([]);
    expect(findings(dir)).toEqual(['py.typed:1']);
  });

  it('Typing :: Typed without a py.typed: the wheel has none', () => {
    const dir = makeTree({ 'pyproject.toml': project('classifiers = ["Typing :: Typed"]\n'), 'app/__init__.py': '' });
    expect(buildWheel(dir).filter((f) => f.endsWith('py.typed'))).toEqual([]);
    expect(findings(dir)).toEqual(['pyproject.toml:7']);
  });

  it('a py.typed in the top-level package ships, and mypy reads the installed package as typed', () => {
    const tree: Tree = { 'pyproject.toml': project(), 'app/__init__.py': 'def top(x: int) -> int:\n    return x\n', 'app/py.typed': '', 'app/core/__init__.py': '' };
    const dir = makeTree(tree);
    const site = installed(dir);
    expect(fs.existsSync(path.join(site.site, 'app', 'py.typed'))).toBe(true);
    expect(mypy(site, 'import app\nimport app.core\nreveal_type(app.top)\n')).toContain('Revealed type is "def (x: builtins.int) -> builtins.int"');
    expect(findings(dir)).toEqual([]);
  });

  it('a py.typed only in a subpackage: mypy reports the installed top-level package as missing its py.typed marker', () => {
    const dir = makeTree({ 'pyproject.toml': project(), 'app/__init__.py': 'def top(x: int) -> int:\n    return x\n', 'app/core/__init__.py': '', 'app/core/py.typed': '' });
    const site = installed(dir);
    expect(fs.existsSync(path.join(site.site, 'app', 'core', 'py.typed'))).toBe(true);
    const out = mypy(site, 'import app\nreveal_type(app.top)\n');
    expect(out).toContain('Skipping analyzing "app": module is installed, but missing library stubs or py.typed marker');
    expect(findings(dir)).toEqual(['app/core/py.typed:1']);
  });
});

/** A venv with the project's wheel unpacked into its site-packages. */
function installed(projectDir: string): { venv: string; site: string } {
  const venv = path.join(makeTree({}), 'venv');
  const r = spawnSync(VENV_PYTHON, ['-m', 'venv', '--without-pip', venv], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  const site = path.join(venv, 'lib', 'python3.11', 'site-packages');
  buildWheel(projectDir, site);
  return { venv, site };
}

function mypy(env: { venv: string }, code: string): string {
  const dir = makeTree({ 'main.py': code });
  const r = spawnSync('mypy', ['--no-incremental', '--cache-dir=/dev/null', '--python-executable', path.join(env.venv, 'bin', 'python'), 'main.py'], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
  return r.stdout;
}
