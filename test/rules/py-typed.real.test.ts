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
const PYRIGHT = path.join(__dirname, '..', '..', 'node_modules', 'pyright', 'index.js');
const VENV_PYTHON = '/root/.pyenv/versions/3.11.7/bin/python3';
const missing = [
  spawnSync(BUILDER, ['-c', 'import hatchling.build']).status !== 0 && 'hatchling for /usr/bin/python3 (.ci/run installs it)',
  spawnSync('mypy', ['--version']).status !== 0 && 'mypy (apt-get install -y mypy)',
  !fs.existsSync(VENV_PYTHON) && VENV_PYTHON,
  !fs.existsSync(PYRIGHT) && `pyright (${PYRIGHT}): run npm ci`,
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

/**
 * PEP 561's `partial\n` in a stub-only package (`foo-stubs/`) lets a checker fall back to the runtime
 * package `foo` for the modules the stubs lack. The runtime package here has a module `b` the stubs
 * do not cover, and no py.typed, as most stubbed packages. mypy reads the marker as partial when its
 * stripped text is `partial`; pyright when the text contains `partial` and a line break.
 */
describeIf('py-typed partial markers against mypy and pyright', () => {
  const STUBS = `${HATCH}[project]\nname = "foo-stubs"\nversion = "1"\n[tool.hatch.build.targets.wheel]\npackages = ["foo-stubs"]\n`;
  const RUNTIME: Tree = { 'foo/__init__.py': '', 'foo/a.py': 'def fa(x): return x\n', 'foo/b.py': 'def fb(x: int) -> int:\n    return x\n' };
  const CONSUMER = 'import foo.a\nimport foo.b\nreveal_type(foo.b.fb)\n';
  const B_TYPED = /def \(x: builtins\.int\) -> builtins\.int|"\(x: int\) -> int"/;

  /** The stub project with this marker, its wheel installed beside the runtime package; both checkers' output. */
  function check(marker: string): { findings: string[]; mypy: string; pyright: string } {
    const dir = makeTree({ 'pyproject.toml': STUBS, 'foo-stubs/__init__.pyi': '', 'foo-stubs/a.pyi': 'def fa(x: str) -> str: ...\n', 'foo-stubs/py.typed': marker });
    const env = installed(dir);
    expect(fs.readFileSync(path.join(env.site, 'foo-stubs', 'py.typed'), 'utf8')).toBe(marker);
    for (const [rel, text] of Object.entries(RUNTIME)) {
      fs.mkdirSync(path.dirname(path.join(env.site, rel)), { recursive: true });
      fs.writeFileSync(path.join(env.site, rel), text as string);
    }
    return { findings: findings(dir), mypy: mypy(env, CONSUMER), pyright: pyright(env, CONSUMER) };
  }

  it('a stub package marker "partial\\n": mypy and pyright both fall back to the runtime package for modules the stubs lack', () => {
    const r = check('partial\n');
    expect(r.mypy).toMatch(B_TYPED);
    expect(r.pyright).toMatch(B_TYPED);
    expect(r.pyright).not.toContain('could not be resolved');
    expect(r.findings).toEqual([]);
  });

  it('a stub package marker "partial" without a line break: mypy falls back to the runtime package, pyright reports the module unresolved', () => {
    const r = check('partial');
    expect(r.mypy).toMatch(B_TYPED);
    expect(r.pyright).toContain('Import "foo.b" could not be resolved');
    expect(r.findings).toEqual(['foo-stubs/py.typed:1']);
  });

  it('a stub package marker with more than "partial": pyright falls back to the runtime package, mypy skips the module', () => {
    const r = check('partial\n# PEP 561\n');
    expect(r.pyright).toMatch(B_TYPED);
    expect(r.mypy).toContain('Skipping analyzing "foo.b": module is installed, but missing library stubs or py.typed marker');
    expect(r.findings).toEqual(['foo-stubs/py.typed:1']);
  });

  it('a stub package marker "partial\\n" after a UTF-8 byte order mark: pyright falls back to the runtime package, mypy skips the module', () => {
    const r = check('\ufeffpartial\n');
    expect(r.pyright).toMatch(B_TYPED);
    expect(r.mypy).toContain('Skipping analyzing "foo.b": module is installed, but missing library stubs or py.typed marker');
    expect(r.findings).toEqual(['foo-stubs/py.typed:1']);
  });

  it('"partial" in the marker of a package with inline types: mypy and pyright read it as they read an empty marker', () => {
    const code = 'from app import X\nimport app\nreveal_type(app.f)\nreveal_type(app.X)\n';
    const tree = (marker: string): Tree => ({ 'pyproject.toml': project(), 'app/__init__.py': 'from app._impl import X\ndef f(x: int):\n    return [x]\n', 'app/_impl.py': 'class X: ...\n', 'app/py.typed': marker });
    const partial = makeTree(tree('partial\n'));
    const empty = makeTree(tree(''));
    const [pEnv, eEnv] = [installed(partial), installed(empty)];
    expect(mypy(pEnv, code)).toBe(mypy(eEnv, code));
    // pyright treats both as py.typed packages (`X` is not re-exported), and infers the same types.
    expect(pyright(pEnv, code)).toContain('"X" is not exported from module "app"');
    expect(pyright(pEnv, code)).toBe(pyright(eEnv, code));
    expect(findings(partial)).toEqual(['app/py.typed:1']);
    expect(findings(empty)).toEqual([]);
  });
});

/** pyright's diagnostics on `code` in a consumer folder using the venv, one per line, without paths. */
function pyright(env: { venv: string }, code: string): string {
  const dir = makeTree({ 'main.py': code, 'pyrightconfig.json': JSON.stringify({ venvPath: path.dirname(env.venv), venv: path.basename(env.venv), pythonVersion: '3.11' }) });
  const r = spawnSync(process.execPath, [PYRIGHT, '--outputjson', 'main.py'], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
  const out = JSON.parse(r.stdout) as { generalDiagnostics: Array<{ range: { start: { line: number } }; message: string }> };
  return out.generalDiagnostics.map((d) => `${d.range.start.line + 1}: ${d.message}`).join('\n');
}

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
