/**
 * stub-without-source's claims checked with the real tools: what pyright and mypy resolve, and what
 * CPython imports, for each shape the rule reports.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cli, json } from '../helpers/cli';
import { makeTree, type Tree } from '../helpers/tree';

const PYRIGHT = path.join(__dirname, '..', '..', 'node_modules', 'pyright', 'index.js');
const PYTHON = '/root/.pyenv/versions/3.12.1/bin/python3';
const MYPY = spawnSync('mypy', ['--version']).status === 0;
const missing = [!fs.existsSync(PYRIGHT) && 'pyright (npm ci)', !MYPY && 'mypy (apt-get install -y mypy)', !fs.existsSync(PYTHON) && PYTHON].filter(Boolean);
if (missing.length && process.env.CI) throw new Error(`missing: ${missing.join(', ')}`);
if (missing.length) console.warn(`skipping the stub-without-source tool checks: missing ${missing.join(', ')}`);
const describeIf = missing.length ? describe.skip : describe;

function pyright(cwd: string): string {
  const r = spawnSync(process.execPath, [PYRIGHT, 'main.py'], { cwd, encoding: 'utf8', timeout: 120_000 });
  return r.stdout;
}
function mypy(cwd: string): string {
  return spawnSync('mypy', ['--no-incremental', '--cache-dir=/dev/null', 'main.py'], { cwd, encoding: 'utf8', timeout: 120_000 }).stdout;
}
function python(cwd: string, code: string): { code: number | null; stderr: string } {
  const r = spawnSync(PYTHON, ['-c', code], { cwd, encoding: 'utf8' });
  return { code: r.status, stderr: r.stderr };
}
function findings(cwd: string): string[] {
  return json(cli(cwd, '--format', 'json', '--rule', 'stub-without-source:error', '.')).diagnostics.filter((d) => d.rule === 'stub-without-source').map((d) => d.path);
}

describeIf('stub-without-source against pyright, mypy and CPython', () => {
  it('__init__.pyi without __init__.py: both type checkers accept a name that CPython does not have', () => {
    const dir = makeTree({ 'pkg/__init__.pyi': 'V: int\n', 'pkg/m.py': 'W = 1\n', 'main.py': 'import pkg.m\nreveal_type(pkg.V)\n' });
    expect(pyright(dir)).toContain('Type of "pkg.V" is "int"');
    expect(mypy(dir)).toContain('Revealed type is "builtins.int"');
    const run = python(dir, 'import pkg.m; pkg.V');
    expect(run.stderr).toContain("AttributeError: module 'pkg' has no attribute 'V'");
    expect(findings(dir)).toEqual(['pkg/__init__.pyi']);
  });

  it('foo.pyi beside a regular package foo/: pyright, mypy and CPython all read the package, never the stub', () => {
    const dir = makeTree({ 'foo/__init__.py': 'X = 1\n', 'foo.pyi': 'Y: int\n', 'main.py': 'import foo\nreveal_type(foo.X)\nreveal_type(foo.Y)\n' });
    const p = pyright(dir);
    expect(p).toContain('Type of "foo.X" is "Literal[1]"');
    expect(p).toContain('"Y" is not a known attribute of module "foo"');
    const m = mypy(dir);
    expect(m).toContain('main.py:2: note: Revealed type is "builtins.int"');
    expect(m).toContain('main.py:3: error: Module has no attribute "Y"');
    expect(python(dir, 'import foo; print(foo.X)').code).toBe(0);
    expect(findings(dir)).toEqual(['foo.pyi']);
  });

  it('bar.pyi beside a folder without __init__.py: pyright cannot resolve its submodules, CPython imports them', () => {
    const dir = makeTree({ 'bar/m.py': 'Z = 1\n', 'bar.pyi': 'Y: int\n', 'main.py': 'import bar.m\nreveal_type(bar.m.Z)\n' });
    expect(pyright(dir)).toContain('Import "bar.m" could not be resolved');
    expect(python(dir, 'import bar.m; print(bar.m.Z)').code).toBe(0);
    expect(findings(dir)).toEqual(['bar.pyi']);
  });

  // pandas-dev/pandas-stubs: #1404 (6ce988b530c22b36ac76d6c6ed12162a7d11ea82) added core/indexers/__init__.pyi beside the
  // old core/indexers.pyi, dead until #1462 (71d53e824ac68c8b6057e69f896976d1eb479901) deleted it.
  it('a module stub beside a stub package (pandas-stubs core/indexers.pyi): pyright and mypy read the package', () => {
    const stubs = {
      'pandas-stubs/core/indexers.pyi': 'class BaseIndexer:\n    window_size: int\n',
      'pandas-stubs/core/indexers/__init__.pyi': 'from pandas.core.indexers.objects import BaseIndexer as BaseIndexer\n',
      'pandas-stubs/core/indexers/objects.pyi': 'class BaseIndexer: ...\n',
      'pandas-stubs/core/__init__.pyi': '',
      'pandas-stubs/__init__.pyi': '',
    };
    const main = 'from pandas.core.indexers import BaseIndexer\nreveal_type(BaseIndexer.window_size)\n';
    const dir = makeTree({
      'pyproject.toml': '[project]\nname = "pandas-stubs"\nversion = "1"\n[build-system]\nrequires = ["poetry-core>=2.0.0"]\nbuild-backend = "poetry.core.masonry.api"\n[tool.poetry]\npackages = [{ include = "pandas-stubs" }]\n',
      ...stubs,
      'main.py': main,
    });
    expect(pyright(dir)).toContain('Cannot access attribute "window_size" for class "type[BaseIndexer]"');
    // mypy reads `-stubs` folders from site-packages only: the same stubs as a plain `pandas/` folder.
    const plain = makeTree({ ...Object.fromEntries(Object.entries(stubs).map(([k, v]) => [k.replace('pandas-stubs/', 'pandas/'), v])), 'main.py': main });
    expect(mypy(plain)).toMatch(/main\.py:2: error: "[Tt]ype\[BaseIndexer\]" has no attribute "window_size"/);
    expect(findings(dir)).toEqual(['pandas-stubs/core/indexers.pyi']);
  });

  // huggingface/tokenizers@50352f73a56416979d2ab13bd6d46ba2f80562a6 (#1928, its stub generator) moved
  // `py_src/tokenizers/processors/__init__.pyi` (and four more) to `processors.pyi` beside the generated
  // `processors/__init__.py`: from then on
  // (still at 3ba8ad0061a885baf052bbb7bbd22857e73e0c4e) pyright types `tokenizers.processors.BertProcessing` as Unknown.
  const tokenizers = (stub: string): Tree => ({
    'bindings/python/pyproject.toml':
      '[build-system]\nrequires = ["maturin>=1,<2"]\nbuild-backend = "maturin"\n[project]\nname = "tokenizers"\nversion = "1"\n' +
      '[tool.maturin]\npython-source = "py_src"\nmodule-name = "tokenizers.tokenizers"\n',
    'bindings/python/py_src/tokenizers/__init__.py': 'from .tokenizers import processors\n',
    'bindings/python/py_src/tokenizers/tokenizers.pyi': 'from tokenizers import processors as processors\n',
    [`bindings/python/py_src/tokenizers/${stub}`]: 'class BertProcessing:\n    def __init__(self, sep: tuple[str, int], cls: tuple[str, int]) -> None: ...\n',
    'bindings/python/py_src/tokenizers/processors/__init__.py': 'from .. import processors\n\nBertProcessing = processors.BertProcessing\n',
    'bindings/python/py_src/main.py': 'from tokenizers.processors import BertProcessing\nreveal_type(BertProcessing)\n',
  });

  it("stubs a generator writes as processors.pyi beside the package processors/ (tokenizers): pyright loses the package's types", () => {
    const dir = makeTree(tokenizers('processors.pyi'));
    const src = path.join(dir, 'bindings/python/py_src');
    expect(pyright(src)).toContain('Type of "BertProcessing" is "Unknown"');
    const m = mypy(src);
    expect(m).toContain('processors/__init__.py:3: error: Module has no attribute "BertProcessing"');
    expect(m).toContain('main.py:2: note: Revealed type is "Any"');
    expect(findings(dir)).toEqual(['bindings/python/py_src/tokenizers/processors.pyi']);
    // The layout before that commit: the same stub as processors/__init__.pyi is read.
    const before = makeTree(tokenizers('processors/__init__.pyi'));
    expect(pyright(path.join(before, 'bindings/python/py_src'))).toContain('Type of "BertProcessing" is "type[BertProcessing]"');
    expect(mypy(path.join(before, 'bindings/python/py_src'))).toMatch(/main\.py:2: note: Revealed type is "def \(sep: [Tt]uple\[builtins\.str, builtins\.int\]/);
    expect(findings(before)).toEqual([]);
  });
});
