import type { RuleCases } from '../helpers/rule-tester';

/** A pytest test module (it imports pytest: the rule needs a sign that pytest runs the tests). */
const test = (name: string): string => `import pytest\n\n\ndef test_${name}():\n    assert pytest\n`;
/** A unittest module, for a project with no sign of pytest. */
const unittestCase = (name: string): string => `import unittest\n\n\nclass GeneralModuleTests(unittest.TestCase):\n    def test_${name}(self):\n        pass\n`;
/** A conftest.py; it imports nothing, so that mypy has only the fixture's files to read. */
const fixture = (name: string): string => `${name} = 1\n\n\ndef pytest_configure(config):\n    pass\n`;
/** A pre-commit hook that runs the mypy on PATH over every Python file (as mirrors-mypy's does, offline). */
const preCommitMypy = (extra = ''): string =>
  `repos:\n  - repo: local\n    hooks:\n      - id: mypy\n        name: mypy\n        entry: mypy\n        language: system\n        types_or: [python, pyi]\n        require_serial: true\n${extra}`;

const cases: RuleCases = {
  valid: [
    {
      name: 'pytest-relaxed in use skips paths with a part starting with `_` (invoke\'s tests/_support/)',
      tree: {
        'pytest.ini': '[pytest]\ntestpaths = tests\npython_files = *\n',
        'tests/collection.py': 'from pytest_relaxed import raises\n\n\ndef test_collection():\n    assert raises\n',
        'tests/_support/configs/collection.py': 'def test_loaded():\n    pass\n',
      },
    },
    {
      name: 'test modules that import their folder\'s modules by bare name run one folder at a time (flax\'s examples/<ex>/train_test.py)',
      tree: {
        'pyproject.toml': '[project]\nname = "pkg"\n\n[tool.pytest.ini_options]\naddopts = "-ra"\n',
        'pkg/__init__.py': '',
        'examples/lm1b/train.py': 'def step():\n    return 1\n',
        'examples/lm1b/train_test.py': 'import train\n\n\ndef test_step():\n    assert train.step()\n',
        'examples/mnist/train.py': 'def step():\n    return 2\n',
        'examples/mnist/train_test.py': 'import train\n\n\ndef test_step():\n    assert train.step()\n',
      },
    },
    { name: 'test modules with different basenames', tree: { 'tests/a/test_x.py': test('a'), 'tests/b/test_y.py': test('b') } },
    {
      name: 'same basename inside packages (their package names differ)',
      tree: { 'tests/a/__init__.py': '', 'tests/a/test_x.py': test('a'), 'tests/b/__init__.py': '', 'tests/b/test_x.py': test('b') },
    },
    { name: 'conftest.py in several folders without __init__.py: pytest handles them', tree: { 'tests/a/conftest.py': fixture('fa'), 'tests/a/test_a.py': test('a'), 'tests/b/conftest.py': fixture('fb'), 'tests/b/test_b.py': test('b') } },
    {
      name: 'pytest in importlib mode names modules by path',
      tree: { 'pyproject.toml': '[tool.pytest.ini_options]\naddopts = "--import-mode=importlib"\n', 'tests/a/test_x.py': test('a'), 'tests/b/test_x.py': test('b') },
    },
    {
      name: 'no sign that pytest runs the tests: unittest modules, no pytest config, conftest or import (gevent\'s copies of CPython\'s tests per version)',
      tree: { 'src/greentest/3.10/test_socket.py': unittestCase('a'), 'src/greentest/3.11/test_socket.py': unittestCase('b') },
    },
    {
      name: 'no pytest settings and every conftest.py in test/units/: files elsewhere that pytest would collect from the root are not run by it (ansible\'s integration targets)',
      tree: {
        'test/units/conftest.py': fixture('units'),
        'test/units/test_u.py': test('u'),
        'test/integration/targets/a/library/x_test.py': 'def main():\n    pass\n',
        'test/integration/targets/b/library/x_test.py': 'def main():\n    pass\n',
      },
    },
    { name: 'helpers with one basename that pytest does not collect', tree: { 'tests/a/helpers.py': '', 'tests/a/test_a.py': test('a'), 'tests/b/helpers.py': '', 'tests/b/test_b.py': test('b') } },
    {
      name: 'mypy not configured: two conftests are pytest\'s business only',
      tree: { 'pyproject.toml': '[tool.mypy]\nstrict = true\n', 'tests/a/conftest.py': fixture('fa'), 'tests/a/test_a.py': test('a'), 'tests/b/conftest.py': fixture('fb'), 'tests/b/test_b.py': test('b') },
    },
    {
      name: 'mypy with explicit_package_bases names them by path',
      tree: { 'pyproject.toml': '[tool.mypy]\nfiles = ["tests"]\nexplicit_package_bases = true\n', 'tests/a/conftest.py': fixture('fa'), 'tests/a/test_a.py': test('a'), 'tests/b/conftest.py': fixture('fb'), 'tests/b/test_b.py': test('b') },
    },
    {
      name: 'mypy exclude leaves one of them out',
      tree: { 'mypy.ini': '[mypy]\nfiles = tests\nexclude = tests/b/\n', 'tests/a/conftest.py': fixture('fa'), 'tests/a/test_a.py': test('a'), 'tests/b/conftest.py': fixture('fb'), 'tests/b/test_b.py': test('b') },
    },
    {
      name: 'a folder without __init__.py inside a package is a namespace subpackage for mypy',
      tree: { 'pyproject.toml': '[tool.mypy]\nfiles = ["pkg"]\n', 'pkg/__init__.py': '', 'pkg/a/util.py': '', 'pkg/b/util.py': '' },
    },
    {
      name: 'conftests in folders without __init__.py inside a package are namespace subpackages to mypy',
      git: 'add',
      tree: { '.pre-commit-config.yaml': preCommitMypy(), 'tests/__init__.py': '', 'tests/a/conftest.py': fixture('fa'), 'tests/a/test_a.py': test('a'), 'tests/b/conftest.py': fixture('fb'), 'tests/b/test_b.py': test('b') },
    },
    {
      name: 'a pre-commit mypy hook whose exclude leaves one out',
      git: 'add',
      tree: { '.pre-commit-config.yaml': preCommitMypy('        exclude: ^tests/b/\n'), 'tests/a/conftest.py': fixture('fa'), 'tests/a/test_a.py': test('a'), 'tests/b/conftest.py': fixture('fb'), 'tests/b/test_b.py': test('b') },
    },
  ],
  invalid: [
    {
      name: 'no pytest settings, every conftest.py in test/units/: a collision there is still reported',
      tree: {
        'test/units/conftest.py': fixture('units'),
        'test/units/a/test_x.py': test('a'),
        'test/units/b/test_x.py': test('b'),
        'test/integration/targets/a/library/x_test.py': 'def main():\n    pass\n',
        'test/integration/targets/b/library/x_test.py': 'def main():\n    pass\n',
      },
      errors: [{ path: 'test/units/b/test_x.py', line: 1, messageId: 'pytest', message: '`test/units/a/test_x.py`' }],
    },
    {
      name: 'two test modules with one basename in folders without __init__.py',
      tree: { 'tests/a/test_x.py': test('a'), 'tests/b/test_x.py': test('b') },
      errors: [{ path: 'tests/b/test_x.py', line: 1, messageId: 'pytest', message: 'pytest imports this and `tests/a/test_x.py` as one module `test_x`, and stops: `import file mismatch`' }],
    },
    {
      name: 'a test module that defines no test is still imported by pytest (ARG-NCTU/oop-python-nycu)',
      tree: { 'tests/a/test_x.py': 'import pytest\n\nVALUE = pytest\n', 'tests/b/test_x.py': test('b') },
      errors: [{ path: 'tests/b/test_x.py', line: 1, messageId: 'pytest', message: '`tests/a/test_x.py`' }],
    },
    {
      name: 'two packages with one name in separate trees',
      tree: { 'tests/unit/a/__init__.py': '', 'tests/unit/a/test_x.py': test('a'), 'tests/functional/a/__init__.py': '', 'tests/functional/a/test_x.py': test('b') },
      errors: [{ path: 'tests/unit/a/test_x.py', messageId: 'pytest', message: '`a.test_x`' }],
    },
    {
      name: 'mypy files = a folder with two conftests',
      tree: { 'pyproject.toml': '[tool.mypy]\nfiles = ["tests"]\n', 'tests/a/conftest.py': fixture('fa'), 'tests/a/test_a.py': test('a'), 'tests/b/conftest.py': fixture('fb'), 'tests/b/test_b.py': test('b') },
      errors: [{ path: 'tests/b/conftest.py', line: 1, messageId: 'mypy', message: 'mypy (`files` in pyproject.toml) stops: Duplicate module named "conftest" (here and `tests/a/conftest.py`)' }],
    },
    {
      name: 'mypy.ini files = two folders with one script name',
      tree: { 'mypy.ini': '[mypy]\nfiles = tools, scripts\n', 'tools/release.py': '', 'scripts/release.py': '' },
      errors: [{ path: 'tools/release.py', messageId: 'mypy', message: 'Duplicate module named "release"' }],
    },
    {
      name: 'a pre-commit mypy hook given every Python file',
      git: 'add',
      tree: { '.pre-commit-config.yaml': preCommitMypy(), 'tests/a/conftest.py': fixture('fa'), 'tests/a/test_a.py': test('a'), 'tests/b/conftest.py': fixture('fb'), 'tests/b/test_b.py': test('b') },
      errors: [{ path: 'tests/b/conftest.py', messageId: 'mypy', message: 'mypy (the pre-commit hook) stops' }],
    },
    {
      name: 'mypy without namespace packages (a hook given --no-namespace-packages) names them from the first folder without __init__.py',
      git: 'add',
      tree: { '.pre-commit-config.yaml': preCommitMypy('        args: [--no-namespace-packages]\n'), 'tests/__init__.py': '', 'tests/a/conftest.py': fixture('fa'), 'tests/a/test_a.py': test('a'), 'tests/b/conftest.py': fixture('fb'), 'tests/b/test_b.py': test('b') },
      errors: [{ path: 'tests/b/conftest.py', messageId: 'mypy', message: 'Duplicate module named "conftest"' }],
    },
    {
      name: 'a mirrors-mypy hook pinned before 0.991, when namespace packages were off by default',
      git: 'add',
      tree: {
        '.pre-commit-config.yaml': 'repos:\n  - repo: https://github.com/pre-commit/mirrors-mypy\n    rev: v0.790\n    hooks:\n      - id: mypy\n',
        'tests/__init__.py': '',
        'tests/admin/conftest.py': fixture('fa'),
        'tests/admin/test_a.py': test('a'),
        'tests/db/conftest.py': fixture('fb'),
        'tests/db/test_b.py': test('b'),
      },
      errors: [{ path: 'tests/db/conftest.py', messageId: 'mypy', message: 'Duplicate module named "conftest" (here and `tests/admin/conftest.py`)' }],
    },
    {
      name: 'mypy_path alone does not change how mypy names the files it is given',
      tree: { 'pyproject.toml': '[tool.mypy]\nfiles = ["tests"]\nmypy_path = "src"\n', 'src/.keep': '', 'tests/a/conftest.py': fixture('fa'), 'tests/a/test_a.py': test('a'), 'tests/b/conftest.py': fixture('fb'), 'tests/b/test_b.py': test('b') },
      errors: [{ path: 'tests/b/conftest.py', messageId: 'mypy' }],
    },
    {
      name: 'three conftests: one mypy finding, the others related',
      tree: { 'pyproject.toml': '[tool.mypy]\nfiles = ["tests"]\n', 'tests/conftest.py': fixture('f0'), 'tests/a/conftest.py': fixture('fa'), 'tests/a/test_a.py': test('a'), 'tests/b/conftest.py': fixture('fb'), 'tests/b/test_b.py': test('b') },
      errors: [{ path: 'tests/b/conftest.py', messageId: 'mypy', message: '(here and `tests/a/conftest.py` (and 1 more))' }],
    },
  ],
};
export default cases;
