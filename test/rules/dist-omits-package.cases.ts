import type { RuleCases } from '../../src/rule-tester';

const setupPy = (args: string) => `from setuptools import setup, find_packages\nsetup(name="app", packages=${args})\n`;

const cases: RuleCases = {
  valid: [
    {
      name: 'a VCS file finder in the build requirements ships the tracked files below a listed package as package data (prefect-aws, setuptools_scm)',
      git: 'add',
      tree: {
        'pyproject.toml': '[build-system]\nrequires = ["setuptools>=45", "wheel", "setuptools_scm>=6.2"]\nbuild-backend = "setuptools.build_meta"\n\n[project]\nname = "pkg"\nversion = "1"\n\n[tool.setuptools]\npackages = ["pkg"]\n',
        'pkg/__init__.py': 'from pkg.workers.ecs import Worker\n',
        'pkg/workers/__init__.py': '',
        'pkg/workers/ecs.py': 'class Worker: ...\n',
      },
    },
    { name: 'every imported folder is a package', tree: { 'setup.py': setupPy('find_packages()'), 'app/__init__.py': '', 'app/main.py': 'from app.routers import todos\n', 'app/routers/__init__.py': '', 'app/routers/todos.py': '' } },
    { name: 'pyproject find takes namespace folders by default', tree: { 'pyproject.toml': '[tool.setuptools.packages.find]\ninclude = ["app*"]\n', 'app/__init__.py': '', 'app/main.py': 'from app.routers import todos\n', 'app/routers/todos.py': '' } },
    { name: 'imports of tests are not shipped code', tree: { 'setup.py': setupPy('find_packages(exclude=["tests", "tests.*"])'), 'app/__init__.py': '', 'tests/__init__.py': '', 'tests/test_x.py': 'from tests.helpers.h import f\n', 'tests/helpers/h.py': '' } },
    {
      name: 'an import guarded by try/except ImportError expects the folder may be absent (Cython\'s optional compiled Parser/)',
      tree: { 'setup.py': setupPy('["app"]'), 'app/__init__.py': '', 'app/main.py': 'def parse(path):\n    try:\n        from .Parser import cst\n    except ImportError:\n        raise RuntimeError("the formal grammar needs a compiled build")\n    return cst.parse(path)\n', 'app/Parser/__init__.py': '', 'app/Parser/cst.py': '' },
    },
    { name: 'imports under TYPE_CHECKING never run', tree: { 'setup.py': setupPy('find_packages()'), 'app/__init__.py': 'from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from app.types import T\n', 'app/types/t.py': '' } },
    { name: 'other backends ship whole folders', tree: { 'pyproject.toml': '[build-system]\nbuild-backend = "hatchling.build"\n[project]\nname = "app"\n', 'app/__init__.py': '', 'app/main.py': 'from app.routers import todos\n', 'app/routers/todos.py': '' } },
  ],
  invalid: [
    {
      name: 'a VCS file finder, but include-package-data turned off',
      git: 'add',
      tree: {
        'pyproject.toml': '[build-system]\nrequires = ["setuptools>=45", "setuptools_scm>=6.2"]\nbuild-backend = "setuptools.build_meta"\n\n[project]\nname = "pkg"\nversion = "1"\n\n[tool.setuptools]\npackages = ["pkg"]\ninclude-package-data = false\n',
        'pkg/__init__.py': 'from pkg.workers.ecs import Worker\n',
        'pkg/workers/__init__.py': '',
        'pkg/workers/ecs.py': 'class Worker: ...\n',
      },
      errors: [{ path: 'pkg/__init__.py', line: 1, messageId: 'omitted', message: 'leaves `pkg/workers/` out of the wheel' }],
    },
    {
      name: 'find_packages() and an init-less subpackage imported by the code',
      tree: { 'setup.py': setupPy('find_packages()'), 'app/__init__.py': '', 'app/main.py': 'import os\nfrom app.routers import todos\n', 'app/routers/todos.py': '' },
      errors: [{ path: 'app/main.py', line: 2, column: 1, messageId: 'omitted', message: '`find_packages()` leaves `app/routers/` out of the wheel (no `__init__.py`): importing it fails after `pip install`' }],
    },
    {
      name: 'pruned below an init-less folder (setup.cfg packages = find:)',
      tree: { 'setup.cfg': '[options]\npackages = find:\n', 'app/__init__.py': '', 'app/main.py': 'from .api.v1 import routes\n', 'app/api/v1/__init__.py': '', 'app/api/v1/routes.py': '' },
      errors: [{ path: 'app/main.py', message: 'leaves `app/api/` out of the wheel (no `__init__.py`)' }],
    },
    {
      name: 'missing from an explicit packages list',
      tree: { 'setup.py': setupPy('["app"]'), 'app/__init__.py': '', 'app/main.py': 'import app.core.db\n', 'app/core/__init__.py': '', 'app/core/db.py': '' },
      errors: [{ path: 'app/main.py', message: "`packages=[...]` leaves `app/core/` out of the wheel (not listed)" }],
    },
    {
      name: 'vendored code ships and runs too: its import of a folder the wheel leaves out fails as well',
      tree: {
        'setup.py': setupPy('find_packages()'),
        'a/__init__.py': 'from a._vendor import lib\n',
        'a/_vendor/__init__.py': '',
        'a/_vendor/six.py': 'from . import moves\nimport os\n',
        'a/_vendor/lib/__init__.py': 'from .compat import x\nfrom a._vendor.lib.c import pure\n',
        'a/_vendor/lib/compat.py': 'x = 1\n',
        'a/_vendor/lib/c/pure.py': '',
      },
      errors: [{ path: 'a/_vendor/lib/__init__.py', line: 2, messageId: 'omitted', message: '`find_packages()` leaves `a/_vendor/lib/c/` out of the wheel' }],
    },
    {
      name: 'pyproject find with namespaces = false',
      tree: { 'pyproject.toml': '[tool.setuptools.packages.find]\nnamespaces = false\n', 'app/__init__.py': '', 'app/main.py': 'from app.sub import x\n', 'app/sub/x.py': '' },
      errors: [{ path: 'app/main.py', message: 'find = {namespaces = false}' }],
    },
  ],
};
export default cases;
