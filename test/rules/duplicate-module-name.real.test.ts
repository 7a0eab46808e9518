/**
 * `duplicate-module-name` against the real tools, on every fixture of the rule: pytest (Debian's
 * 7.2 and any pyenv CPython's) fails with `import file mismatch` exactly where the rule reports a
 * pytest finding; mypy (Debian's), run as the fixture configures it (`mypy` with its config, or the
 * pre-commit hook through the real pre-commit), stops with `Duplicate module named` exactly where
 * the rule reports a mypy finding.
 */
import { spawnSync } from 'node:child_process';
import duplicateModuleName from '../../rules/duplicate-module-name';
import { lint } from '../../src/lint';
import { installedPytests, runPytest } from '../helpers/pytest';
import { makeTree, type Tree } from '../helpers/tree';
import cases from './duplicate-module-name.cases';

const has = (cmd: string, ...args: string[]): boolean => spawnSync(cmd, args, { stdio: 'ignore' }).status === 0;
const mypy = has('mypy', '--version');
const preCommit = has('pre-commit', '--version');
const pytests = installedPytests();
for (const [tool, ok] of [['mypy', mypy], ['pre-commit', preCommit], ['pytest', pytests.length > 0]] as const) {
  if (!ok && process.env.CI) throw new Error(`${tool} is missing: .ci/run installs it`);
  if (!ok) console.log(`duplicate-module-name.real: ${tool} not found, its checks skipped`);
}

const all = [...cases.valid, ...cases.invalid];

async function reported(tree: Tree, git: 'none' | 'add'): Promise<{ pytest: boolean; mypy: boolean }> {
  const result = await lint({ cwd: makeTree(tree, git), rules: [duplicateModuleName] });
  return { pytest: result.diagnostics.some((d) => d.message.startsWith('pytest')), mypy: result.diagnostics.some((d) => d.message.startsWith('mypy')) };
}

/** Fixtures that show pytest runs them (settings, a conftest.py, `import pytest`); the rule is silent on the others by design. */
const runByPytest = all.filter((c) => Object.entries(c.tree).some(([p, text]) => /(^|\/)(conftest\.py|pytest\.ini)$/.test(p) || /^import pytest\b|\[tool\.pytest|\[pytest\]|\[tool:pytest\]/m.test(String(text))));

/**
 * Fixtures the rule leaves alone because such a project runs pytest one folder at a time (its test
 * modules import their folder's modules by bare name, so together they could not run): run so here.
 */
const runApart: Record<string, string[]> = {
  "test modules that import their folder's modules by bare name run one folder at a time (flax's examples/<ex>/train_test.py)": ['examples/lm1b', 'examples/mnist'],
};

/**
 * Fixtures whose project uses a pytest plugin that changes collection, which Debian does not
 * package: a stand-in with the plugin's own collection rule (pytest-relaxed's
 * `pytest_ignore_collect` returns whether the path's name starts with `_`) is put beside the tree
 * and loaded with `-p`.
 */
const plugins: Record<string, { files: Record<string, string>; args: string[] }> = {
  "pytest-relaxed in use skips paths with a part starting with `_` (invoke's tests/_support/)": {
    files: { 'pytest_relaxed.py': 'raises = object()\n\n\ndef pytest_ignore_collect(collection_path, config):\n    return collection_path.name.startswith("_")\n' },
    args: ['-p', 'pytest_relaxed'],
  },
};

describe('pytest fails with import file mismatch exactly where the rule says', () => {
  const each = pytests.length ? it.each(pytests.flatMap((p) => runByPytest.map((c) => [p.version, c.name, p, c] as const))) : it.skip.each([['-', '-', null, null]]);
  each('pytest %s: %s', async (_v, _n, p, c) => {
    const expected = await reported(c!.tree, c!.git === 'add' ? 'add' : 'none');
    // Without pytest settings the project runs pytest where its conftest.py files are (the rule's
    // assumption): pytest is run there.
    const configured = Object.entries(c!.tree).some(([f, text]) => /(^|\/)pytest\.ini$/.test(f) || /\[tool\.pytest|\[pytest\]|\[tool:pytest\]/.test(String(text)));
    const conftests = Object.keys(c!.tree).filter((f) => /(^|\/)conftest\.py$/.test(f)).map((f) => f.split('/').slice(0, -1));
    const common = (a: string[], b: string[]): string[] => {
      let i = 0;
      while (i < a.length && i < b.length && a[i] === b[i]) i++;
      return a.slice(0, i);
    };
    const scope = configured || !conftests.length ? [] : conftests.reduce(common);
    const apart = runApart[c!.name];
    if (apart) {
      expect(expected.pytest).toBe(false);
      for (const folder of apart) {
        const one = runPytest(p!, makeTree(c!.tree), '-q', folder);
        expect({ folder, mismatch: one.output.includes('import file mismatch'), code: one.code }).toEqual({ folder, mismatch: false, code: 0 });
      }
      return;
    }
    const plugin = plugins[c!.name];
    const run = runPytest(p!, makeTree({ ...c!.tree, ...plugin?.files }), '-q', ...(plugin?.args ?? []), ...(scope.length ? [scope.join('/')] : []));
    expect({ mismatch: run.output.includes('import file mismatch') }).toEqual({ mismatch: expected.pytest });
    // 5: nothing to collect (a fixture without tests).
    if (!expected.pytest) expect([0, 5]).toContain(run.code);
  }, 60_000);
});

describe('mypy stops with Duplicate module named exactly where the rule says', () => {
  // A mirrors-mypy hook would be installed from the network: those fixtures are checked by hand.
  const configured = all.filter(
    (c) =>
      ['mypy.ini', 'pyproject.toml', '.pre-commit-config.yaml'].some((f) => f in c.tree && (f !== 'pyproject.toml' || String(c.tree[f]).includes('[tool.mypy]'))) &&
      !String(c.tree['.pre-commit-config.yaml'] ?? '').includes('mirrors-mypy'),
  );
  const each = mypy && preCommit ? it.each(configured.map((c) => [c.name, c] as const)) : it.skip.each([['-', null]]);
  each('%s', async (_n, c) => {
    const hook = '.pre-commit-config.yaml' in c!.tree;
    const expected = await reported(c!.tree, hook ? 'add' : 'none');
    const dir = makeTree(c!.tree, hook ? 'add' : 'none');
    const env = { ...process.env, MYPY_CACHE_DIR: '/dev/null', PRE_COMMIT_HOME: makeTree({}) };
    const r = hook
      ? spawnSync('pre-commit', ['run', '--all-files', 'mypy'], { cwd: dir, encoding: 'utf8', env, timeout: 120_000 })
      : spawnSync('mypy', [], { cwd: dir, encoding: 'utf8', env, timeout: 120_000 });
    const output = `${r.stdout}${r.stderr}`;
    expect({ duplicate: output.includes('Duplicate module named') }).toEqual({ duplicate: expected.mypy });
    if (expected.mypy) expect(r.status).not.toBe(0);
  }, 120_000);
});
