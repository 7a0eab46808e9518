import type { RuleCases } from '../../src/rule-tester';

const main = (imports: string): string => `${imports}\nif __name__ == "__main__":\n    pass\n`;

const cases: RuleCases = {
  valid: [
    { name: 'a package with both __init__.py and __init__.pyi', tree: { 'pkg/__init__.py': 'X = 1\n', 'pkg/__init__.pyi': 'X: int\n', 'pkg/m.py': '' } },
    { name: 'a stub beside its module', tree: { 'pkg/__init__.py': '', 'pkg/utils.py': '', 'pkg/utils.pyi': '' } },
    { name: 'a stub-only distribution (`foo-stubs/`)', tree: { 'foo-stubs/__init__.pyi': 'X: int\n', 'foo-stubs/m.pyi': '' } },
    {
      name: 'a typeshed-like tree of stubs without sources',
      tree: { 'stdlib/VERSIONS': 'os: 3.0-\n', 'stdlib/os/__init__.pyi': '', 'stubs/requests/METADATA.toml': 'version = "1"\n', 'stubs/requests/requests/__init__.pyi': '' },
    },
    { name: 'stubs beside an extension module package', tree: { 'fast/__init__.pyi': 'def f() -> int: ...\n', 'fast/__init__.cpython-312-x86_64-linux-gnu.so': '' } },
    {
      name: 'an empty __init__.pyi: a package for mypy only, as pytest example trees use',
      tree: { 'pkg/__init__.pyi': '', 'pkg/m.py': 'W = 1\n', 'main.py': main('import pkg.m') },
    },
    { name: 'test data: a folder no live code imports', tree: { 'tests/data/pkg/__init__.pyi': '', 'tests/data/pkg/m.py': '' } },
    {
      name: 'a stub for an extension module beside a folder of its C sources and scripts, whose submodules nothing imports (numpy/linalg/lapack_lite)',
      tree: { 'pkg/__init__.py': 'from . import m\n', 'pkg/m.pyi': 'def f() -> int: ...\n', 'pkg/m/clapack_scrub.py': 'X = 1\n', 'pkg/m/make_lite.py': '#!/usr/bin/env python\nimport clapack_scrub\n', 'main.py': main('import pkg') },
    },
    {
      name: 'a Cython __init__.pyx beside __init__.pyi: a regular package once built',
      tree: { 'pkg/__init__.pyi': 'V: int\n', 'pkg/__init__.pyx': 'V = 1\n', 'pkg/m.py': 'W = 1\n', 'main.py': main('import pkg.m') },
    },
    {
      name: 'a built __init__ extension module that git ignores',
      git: 'add',
      tree: { '.gitignore': '*.so\n', 'pkg/__init__.pyi': 'V: int\n', 'pkg/__init__.cpython-311-x86_64-linux-gnu.so': '', 'pkg/m.py': 'W = 1\n', 'main.py': main('import pkg.m') },
    },
    {
      name: 'a generated __init__.py that git ignores',
      git: 'add',
      tree: { '.gitignore': 'pkg/__init__.py\n', 'pkg/__init__.pyi': 'V: int\n', 'pkg/__init__.py': 'V = 1\n', 'pkg/m.py': 'W = 1\n', 'main.py': main('import pkg.m') },
    },
    {
      name: 'a module stub beside a stub package in test data (mypy test-data/packages/modulefinder): a type checker fixture',
      tree: { 'tests/data/nsy/b.pyi': '', 'tests/data/nsy/b/__init__.pyi': 'X: int\n', 'tests/data/nsy/b/c.pyi': '' },
    },
    { name: 'foo.py, foo.pyi and foo/: the module-package-collision case', tree: { 'app/__init__.py': '', 'app/foo.py': '', 'app/foo.pyi': '', 'app/foo/__init__.py': '' } },
  ],
  invalid: [
    {
      name: '__init__.pyi without __init__.py in a package that code imports',
      tree: { 'pkg/__init__.pyi': 'V: int\n', 'pkg/m.py': 'W = 1\n', 'main.py': main('import pkg.m') },
      errors: [{ path: 'pkg/__init__.pyi', line: 1, messageId: 'initStubOnly' }],
    },
    {
      name: 'foo.pyi beside a regular package foo/ is never read',
      tree: { 'app/__init__.py': '', 'app/foo.pyi': 'Y: int\n', 'app/foo/__init__.py': 'X = 1\n' },
      errors: [{ path: 'app/foo.pyi', line: 1, messageId: 'stubBesidePackage' }],
    },
    {
      // pandas-dev/pandas-stubs@6ce988b530c22b36ac76d6c6ed12162a7d11ea82 (#1404) added core/indexers/__init__.pyi beside
      // the 55-line core/indexers.pyi, which #1462 (71d53e824ac68c8b6057e69f896976d1eb479901) then deleted as dead.
      name: 'a module stub beside a stub package in a stub-only distribution is never read (pandas-stubs core/indexers.pyi)',
      tree: {
        'pyproject.toml': '[project]\nname = "pandas-stubs"\nversion = "1"\n[build-system]\nrequires = ["poetry-core>=2.0.0"]\nbuild-backend = "poetry.core.masonry.api"\n[tool.poetry]\npackages = [{ include = "pandas-stubs" }]\n',
        'pandas-stubs/__init__.pyi': 'from pandas.core.indexers import BaseIndexer as BaseIndexer\n',
        'pandas-stubs/core/__init__.pyi': '',
        'pandas-stubs/core/indexers.pyi': 'class BaseIndexer:\n    window_size: int\n',
        'pandas-stubs/core/indexers/__init__.pyi': 'from pandas.core.indexers.objects import BaseIndexer as BaseIndexer\n',
        'pandas-stubs/core/indexers/objects.pyi': 'class BaseIndexer: ...\n',
      },
      errors: [{ path: 'pandas-stubs/core/indexers.pyi', line: 1, messageId: 'stubBesidePackage' }],
    },
    {
      name: 'bar.pyi beside a folder without __init__.py hides its submodules from pyright',
      tree: { 'bar.pyi': 'Y: int\n', 'bar/m.py': 'Z = 1\n', 'main.py': main('import bar.m') },
      errors: [{ path: 'bar.pyi', line: 1, messageId: 'stubHidesFolder' }],
    },
  ],
};
export default cases;
