/**
 * Precision on the shapes of real projects: each case is a minimal tree of a cause of wrong
 * findings seen on open-source projects (or a true positive that must stay), linted with every
 * built-in rule at its default.
 */
import { lint } from '../../src/lint';
import { makeTree, type Tree } from '../helpers/tree';

interface Case {
  name: string;
  tree: Tree;
  /** `rule path` of every finding expected, in output order. */
  findings: string[];
}

async function findings(tree: Tree): Promise<string[]> {
  const result = await lint({ cwd: makeTree(tree) });
  expect(result.crashes).toEqual([]);
  return result.diagnostics.map((d) => `${d.rule} ${d.location.path}`);
}

const PYPROJECT = '[build-system]\nrequires = ["setuptools"]\nbuild-backend = "setuptools.build_meta"\n\n[tool.setuptools.packages.find]\ninclude = ["lib*"]\n\n[project]\nname = "lib"\n';

/** A package and a test tree with one packaged test folder: a sibling folder without `__init__.py` is then no convention of the project's. */
const PACKAGED_TESTS = {
  'pyproject.toml': PYPROJECT,
  'lib/__init__.py': '',
  'tests/__init__.py': '',
  'tests/unit/__init__.py': '',
  'tests/unit/test_a.py': 'def test_a():\n    pass\n',
};

const cases: Case[] = [
  // 1. Test data, fixture trees and example trees.
  {
    name: 'formatter inputs in tests/data/cases with relative imports and a lying __all__',
    tree: {
      'pyproject.toml': PYPROJECT,
      'lib/__init__.py': '',
      'tests/test_format.py': 'def test_x():\n    pass\n',
      'tests/data/cases/comments.py': 'from . import A\nfrom .b import c\n__all__ = ["missing"]\n',
      'tests/data/cases/imports.py': 'from .. import helpers\n',
    },
    findings: [],
  },
  {
    name: "a linter's functional test inputs, packages all the way down",
    tree: {
      'pyproject.toml': PYPROJECT,
      'lib/__init__.py': '',
      'tests/__init__.py': '',
      'tests/test_functional.py': 'def test_all():\n    pass\n',
      'tests/functional/__init__.py': '',
      'tests/functional/a/__init__.py': '',
      'tests/functional/a/abstract/bad_all.py': '__all__ = ["nope"]\nfrom . import other\n',
      'tests/regrtest_data/pkg/mod-name.py': 'from . import x\n',
    },
    findings: [],
  },
  {
    name: 'example suites pytest does not recurse into (norecursedirs)',
    tree: {
      'pyproject.toml': `${PYPROJECT}\n[tool.pytest.ini_options]\nnorecursedirs = ["testing/example_scripts", ".*"]\n`,
      'lib/__init__.py': '',
      'testing/__init__.py': '',
      'testing/test_collect.py': 'def test_x():\n    pass\n',
      'testing/example_scripts/suite/test_in_suite.py': 'from .conftest import x\n',
      'testing/example_scripts/suite/conftest.py': 'x = 1\n',
    },
    findings: [],
  },
  {
    name: 'ignore-names applies to subfolders and to missing-init',
    tree: {
      'pkg/__init__.py': '',
      'pkg/api.py': 'from pkg.fixtures.sub import f\n',
      'pkg/fixtures/sub/f.py': '',
      'pkg/templates/html/page.py': '',
    },
    findings: [],
  },
  {
    name: '`metadata` is not data: a real finding is not hidden by the default ignore-names',
    tree: { 'pkg/__init__.py': '', 'pkg/api.py': '', 'pkg/metadata/reader.py': '' },
    findings: ['implicit-namespace-package pkg/metadata/reader.py'],
  },
  {
    name: "a linter's inputs named like tests (`*test_*.py`) but defining no test are data",
    tree: {
      'pyproject.toml': `${PYPROJECT}\n[tool.pytest.ini_options]\npython_files = ["*test_*.py"]\n`,
      'lib/__init__.py': '',
      'tests/__init__.py': '',
      'tests/test_functional.py': 'def test_all():\n    pass\n',
      'tests/functional/__init__.py': '',
      'tests/functional/r/__init__.py': '',
      'tests/functional/r/regression/regression_test_crash.py': 'from . import x\n__all__ = ["nope"]\n',
    },
    findings: [],
  },
  {
    name: 'test folders without __init__.py where no sibling has one: the convention, not a slip',
    tree: {
      'pyproject.toml': PYPROJECT,
      'lib/__init__.py': '',
      'tests/__init__.py': '',
      'tests/replay/test_replay.py': 'def test_r():\n    pass\n',
      'tests/vcs/test_clone.py': 'def test_c():\n    pass\n',
    },
    findings: [],
  },
  {
    name: 'Sphinx documentation inside a package, and a test crate shaped as a namespace on purpose',
    tree: {
      'pyproject.toml': PYPROJECT,
      'lib/__init__.py': '',
      'lib/doc/conf.py': 'project = "x"\n',
      'lib/doc/index.rst': '',
      'test-crates/implicit/check.py': 'from implicit_pkg.sub import x\n',
      'test-crates/implicit/python/implicit_pkg/sub/x.py': '',
    },
    findings: [],
  },
  {
    name: 'a folder of scripts that only tests import by name',
    tree: {
      'pyproject.toml': PYPROJECT,
      'lib/__init__.py': '',
      'scripts/translate.py': 'def fix(x):\n    return x\n\nif __name__ == "__main__":\n    fix(1)\n',
      'scripts/tests/test_translate.py': 'from scripts.translate import fix\n\ndef test_fix():\n    assert fix(1) == 1\n',
    },
    findings: [],
  },
  {
    name: 'an import under `if TYPE_CHECKING:` never runs',
    tree: {
      'pyproject.toml': PYPROJECT,
      'lib/__init__.py': 'from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from helpers.types import T\n',
      'helpers/types.py': 'T = int\n',
    },
    findings: [],
  },
  {
    name: 'pdm-backend keeps tests/ out of the wheel (source-includes default)',
    tree: {
      'pyproject.toml': '[build-system]\nrequires = ["pdm-backend"]\nbuild-backend = "pdm.backend"\n\n[project]\nname = "lib"\n',
      'lib/__init__.py': '',
      'tests/__init__.py': '',
      'tests/test_lib.py': 'def test_x():\n    pass\n',
    },
    findings: [],
  },
  {
    name: 'a nested project and several top-level folders: no wheel modelled for the [project]-only root',
    tree: {
      'pyproject.toml': '[project]\nname = "workspace"\n',
      'lib/pyproject.toml': '[build-system]\nrequires = ["hatchling"]\nbuild-backend = "hatchling.build"\n\n[project]\nname = "ts_utils"\n',
      'lib/ts_utils/__init__.py': '',
      'scripts/__init__.py': '',
    },
    findings: [],
  },
  {
    name: 'stubs: no folder rule for stub-only folders; star imports of stubs copy only what stubs export',
    tree: {
      'pyproject.toml': '[project]\nname = "stubs-repo"\n',
      'stubs/grpcio/METADATA.toml': '',
      'stubs/grpcio/grpc/__init__.pyi': 'from typing import Final\nfrom .experimental.gevent import *\n',
      'stubs/grpcio/grpc/experimental/gevent.pyi': 'from typing import Final\ndef init_gevent() -> None: ...\n',
      'tests/check_grpc.py': 'from grpc.experimental import gevent\n',
    },
    findings: [],
  },
  {
    name: 'python_files written as a path (`tests/test_*.py`) still collects the tests',
    tree: {
      'pytest.ini': '[pytest]\npython_files = tests/test_*.py\n',
      'lib/__init__.py': '',
      'tests/__init__.py': '',
      'tests/test_a.py': 'from tests.helpers.make import make\n\ndef test_a():\n    make()\n',
      'tests/helpers/make.py': 'def make(): pass\n',
    },
    findings: ['missing-init tests/test_a.py'],
  },
  // 2. Folders of scripts and tool-loaded files.
  {
    name: 'scripts a test runs by path, in a test tree',
    tree: {
      'pyproject.toml': PYPROJECT,
      'lib/__init__.py': '',
      'tests/__init__.py': '',
      'tests/test_process.py': 'import subprocess, sys\ndef test_x():\n    subprocess.run([sys.executable, "tests/CrawlerProcess/simple.py"])\n',
      'tests/CrawlerProcess/simple.py': 'from lib import run\nif __name__ == "__main__":\n    run()\n',
      'tests/CrawlerProcess/helper.py': 'from . import simple\n',
    },
    findings: [],
  },
  {
    name: 'a benchmark folder of scripts with relative imports',
    tree: {
      'pkg/__init__.py': '',
      'benchmarks/bench_parse.py': 'from . import common\nif __name__ == "__main__":\n    pass\n',
      'benchmarks/common.py': '',
    },
    findings: [],
  },
  {
    name: 'an Alembic environment loaded by path (script_location)',
    tree: {
      'alembic.ini': '[alembic]\nscript_location = app/alembic\n',
      'app/__init__.py': '',
      'app/models.py': '',
      'app/alembic/env.py': 'from app.models import Base\n',
      'app/alembic/versions/0001_init.py': 'revision = "1"\n',
    },
    findings: [],
  },
  {
    name: 'an MkDocs hook with a guarded relative import',
    tree: {
      'mkdocs.yml': 'site_name: x\nhooks:\n  - docs/hooks/links.py\n',
      'pkg/__init__.py': '',
      'docs/hooks/links.py': 'try:\n    from .util import slug\nexcept ImportError:\n    from util import slug\n',
      'docs/hooks/util.py': 'def slug(x):\n    return x\n',
    },
    findings: [],
  },
  // 3. Third-party and shared names.
  {
    name: 'a release-tooling folder named like the PyPI library the code imports',
    tree: {
      'pyproject.toml': `${PYPROJECT}dependencies = ["packaging>=21"]\n`,
      'lib/__init__.py': 'import packaging.version\nfrom packaging.specifiers import SpecifierSet\n',
      'packaging/release.py': 'from . import notes\n',
      'packaging/notes.py': '',
      'tasks.py': 'import packaging.version\n',
    },
    findings: [],
  },
  {
    name: 'a folder named like the PyPI library, dependency undeclared: the imported submodule is not in it',
    tree: {
      'lib/__init__.py': 'import packaging.version\n',
      'packaging/release.py': '',
    },
    findings: [],
  },
  {
    name: 'a src/<name>/ namespace shared with a dependency that provides <name>.core',
    tree: {
      'pyproject.toml': '[build-system]\nrequires = ["hatchling"]\nbuild-backend = "hatchling.build"\n\n[project]\nname = "acme-plugin"\ndependencies = ["acme-core"]\n',
      'src/acme/plugin/__init__.py': 'from acme.core import base\nfrom acme.plugin import tools\n',
      'src/acme/plugin/tools.py': '',
    },
    findings: [],
  },
  {
    name: 'a folder named like a stdlib module (a local `email/` of templates)',
    tree: { 'app/__init__.py': 'import email.mime.text\n', 'email/render.py': '' },
    findings: [],
  },
  // 4. Nested projects and foreign roots.
  {
    name: 'a nested project inside tests/ is a boundary: no implicit-namespace-package, no stray-init',
    tree: {
      'pyproject.toml': PYPROJECT,
      'lib/__init__.py': '',
      'tests/__init__.py': '',
      'tests/test_plugin.py': 'def test_x():\n    pass\n',
      'tests/plugin_project/pyproject.toml': '[project]\nname = "plugin"\n',
      'tests/plugin_project/plugin_mod.py': 'x = 1\n',
    },
    findings: [],
  },
  {
    name: 'a typeshed-style stub tree resolves from each distribution folder',
    tree: {
      'pyproject.toml': '[project]\nname = "stubs-repo"\n',
      'stubs/requests/METADATA.toml': 'version = "2.*"\n',
      'stubs/requests/requests/__init__.pyi': 'from . import api as api\n',
      'stubs/requests/requests/api.pyi': 'from .models import Response\n',
      'stubs/requests/requests/models.pyi': 'class Response: ...\n',
    },
    findings: [],
  },
  {
    name: "a maturin project's python-source is its import root",
    tree: {
      'pyproject.toml': '[build-system]\nrequires = ["maturin"]\nbuild-backend = "maturin"\n\n[project]\nname = "fastlib"\n\n[tool.maturin]\npython-source = "python"\nmodule-name = "fastlib._native"\n',
      'python/fastlib/__init__.py': 'from fastlib.sub import x\n',
      'python/fastlib/sub/x.py': '',
    },
    findings: ['missing-init python/fastlib/__init__.py'],
  },
  {
    name: 'a stray __init__.py at the root does not make its folders subpackages of `/`',
    tree: { '__init__.py': '', 'main.py': '', 'tools/run.py': '' },
    findings: [],
  },
  // 5. Impossible evidence.
  {
    name: 'a relative import that climbs past the top-level package',
    tree: { 'lib/pkg/__init__.py': '', 'lib/pkg/a/__init__.py': '', 'lib/pkg/a/m.py': 'from .... import y\n', 'lib/pkg/a/b.py': 'from . import m\n' },
    findings: [],
  },
  {
    name: 'a relative import in a folder whose name is not an identifier',
    tree: { 'pkg/__init__.py': '', 'pkg/api.py': '', 'my-folder/a.py': 'from . import utils\nif __name__ == "__main__":\n    pass\n', 'my-folder/utils.py': '' },
    findings: [],
  },
  {
    name: 'a plugin tree loaded by its own finder: dotted names through a folder with a hyphen are impossible',
    tree: {
      'pkg/__init__.py': 'from pkg.loader import load\n',
      'pkg/loader.py': 'def load(): pass\n',
      'pkg/plugins/my-plugin/main.py': 'from .helpers import x\n',
      'pkg/plugins/my-plugin/helpers/x.py': '',
    },
    findings: [],
  },
  // 6. invalid-module-name on deliberate names.
  {
    name: 'modules loaded with importlib by computed names',
    tree: {
      'pkg/__init__.py': 'import importlib\n\ndef table(v):\n    return importlib.import_module(f".unicode{v}", __name__)\n',
      'pkg/unicode-12.py': '',
      'pkg/unicode-13.py': '',
    },
    findings: [],
  },
  {
    name: 'package data: example modules in a folder whose name is not an identifier',
    tree: { 'pkg/__init__.py': '', 'pkg/parsing/__init__.py': '', 'pkg/parsing/test-examples/ex1.py': 'x = 1\n', 'pkg/parsing/test-examples/ex2.py': '' },
    findings: [],
  },
  {
    name: 'an editor lock file and vendored modules',
    tree: { 'pkg/__init__.py': '', 'pkg/.#models.py': '', 'pkg/_vendor/__init__.py': '', 'pkg/_vendor/show-newlines.py': '' },
    findings: [],
  },
  {
    name: 'most test folders are without __init__.py, one has it: the project\'s convention (sanic\'s tests/, pymongo\'s test/)',
    tree: {
      'pyproject.toml': PYPROJECT,
      'lib/__init__.py': '',
      'tests/__init__.py': '',
      'tests/http3/__init__.py': '',
      'tests/http3/test_server.py': 'def test_server():\n    pass\n',
      'tests/worker/test_loader.py': 'def test_loader():\n    pass\n',
      'tests/benchmark/test_route.py': 'def test_route():\n    pass\n',
      'tests/typing/test_typing.py': 'def test_typing():\n    pass\n',
    },
    findings: [],
  },
  {
    name: 'a test folder whose tests import its modules by bare name (pymongo\'s test/mockupdb/: `from operations import operations`)',
    tree: {
      ...PACKAGED_TESTS,
      'tests/mockupdb/operations.py': 'operations = []\n',
      'tests/mockupdb/test_ops.py': 'from operations import operations\n\n\ndef test_ops():\n    assert operations == []\n',
    },
    findings: [],
  },
  {
    name: 'a cookiecutter template shipped in a package: its own tests run under pytest-cookies, not the project\'s pytest (aws-sam-cli)',
    tree: {
      'pyproject.toml': PYPROJECT,
      'pytest.ini': '[pytest]\n',
      'lib/__init__.py': '',
      'lib/templates/cookiecutter-java-maven/cookiecutter.json': '{"project_name": "app"}\n',
      'lib/templates/cookiecutter-java-maven/tests/test_cookiecutter.py': 'def test_project(cookies):\n    assert cookies.bake().exit_code == 0\n',
      'lib/templates/cookiecutter-java-gradle/cookiecutter.json': '{"project_name": "app"}\n',
      'lib/templates/cookiecutter-java-gradle/tests/test_cookiecutter.py': 'def test_project(cookies):\n    assert cookies.bake().exit_code == 0\n',
    },
    findings: [],
  },
  {
    name: 'an Alembic environment inside a package, named by a package resource (prefect\'s database/_migrations/: env.py beside script.py.mako)',
    tree: {
      'pyproject.toml': PYPROJECT,
      'lib/__init__.py': '',
      'lib/database/__init__.py': '',
      'lib/database/alembic.ini': '[alembic]\nscript_location = lib:database:_migrations\n',
      'lib/database/_migrations/env.py': 'from alembic import context\n\ncontext.configure()\n',
      'lib/database/_migrations/script.py.mako': '"${message}"\n',
      'lib/database/_migrations/versions/2024_01_01_abc.py': 'revision = "abc"\n',
    },
    findings: [],
  },
  {
    name: 'a package that testpaths lists for its doctests is still package code: its py.typed ships (zarr-indexing)',
    tree: {
      'pyproject.toml': '[build-system]\nrequires = ["hatchling"]\nbuild-backend = "hatchling.build"\n\n[project]\nname = "zarr-indexing"\nversion = "1"\nclassifiers = ["Typing :: Typed"]\n\n[tool.hatch.build.targets.wheel]\npackages = ["src/zarr_indexing"]\n\n[tool.pytest.ini_options]\ntestpaths = ["tests", "src/zarr_indexing"]\naddopts = "--doctest-modules"\n',
      'src/zarr_indexing/__init__.py': 'from .core import index\n\n__all__ = ["index"]\n',
      'src/zarr_indexing/core.py': 'def index():\n    \"\"\">>> index()\"\"\"\n',
      'src/zarr_indexing/py.typed': '',
      'tests/test_core.py': 'from zarr_indexing import index\n\n\ndef test_index():\n    index()\n',
    },
    findings: [],
  },
  {
    name: 'a test that spells its own bare module name, as pytest names it in a folder without __init__.py (haystack\'s test/tools/)',
    tree: {
      ...PACKAGED_TESTS,
      'tests/tools/test_tool.py': 'def get_weather_report():\n    pass\n\n\ndef test_name():\n    assert f"{get_weather_report.__module__}.get_weather_report" == "test_tool.get_weather_report"\n',
    },
    findings: [],
  },
  // True positives that must stay.
  {
    name: 'TP: a folder of examples imported by tests, holding only subfolders',
    tree: {
      'pyproject.toml': PYPROJECT,
      'lib/__init__.py': '',
      'tests/test_tutorial.py': 'from docs_src.first_steps.main import app\n\ndef test_app():\n    assert app\n',
      'docs_src/first_steps/main.py': 'app = 1\n',
    },
    findings: ['missing-init tests/test_tutorial.py', 'missing-init tests/test_tutorial.py'],
  },
  {
    name: 'TP: pkg/sansio/ imported by pkg/app.py (flit ships it; Python makes it a namespace package)',
    tree: {
      'pyproject.toml': '[build-system]\nrequires = ["flit_core"]\nbuild-backend = "flit_core.buildapi"\n\n[project]\nname = "pkg"\n',
      'src/pkg/__init__.py': '',
      'src/pkg/app.py': 'from .sansio.app import App\n',
      'src/pkg/sansio/app.py': 'class App: ...\n',
    },
    findings: ['missing-init src/pkg/app.py'],
  },
  {
    name: 'TP: the only test folder without __init__.py among packaged test folders',
    tree: {
      ...PACKAGED_TESTS,
      'tests/integration/test_b.py': 'def test_b():\n    pass\n',
    },
    findings: ['implicit-namespace-package tests/integration/test_b.py'],
  },
];

describe('usage model: findings on the shapes of real projects', () => {
  it('in a git work tree, a tracked package named build/ is read (default excludes skip no tracked file)', async () => {
    const dir = makeTree({ 'pip/__init__.py': '', 'pip/operations/__init__.py': '', 'pip/operations/build/__init__.py': '', 'pip/operations/build/wheel.py': 'x = 1\n__all__ = ["x", "gone"]\n' }, 'add');
    const result = await lint({ cwd: dir, ruleOverrides: ['bytecode-not-ignored:off'] });
    expect(result.diagnostics.map((d) => `${d.rule} ${d.location.path}`)).toEqual(['all-undefined pip/operations/build/wheel.py']);
  });

  it('messages name the real consequence for the real backend: no find_packages() claim for flit', async () => {
    const result = await lint({
      cwd: makeTree({
        'pyproject.toml': '[build-system]\nrequires = ["flit_core"]\nbuild-backend = "flit_core.buildapi"\n\n[project]\nname = "pkg"\n',
        'src/pkg/__init__.py': '',
        'src/pkg/app.py': 'from .sansio.app import App\n',
        'src/pkg/sansio/app.py': 'class App: ...\n',
      }),
    });
    expect(result.diagnostics.map((d) => d.message)).toEqual(['`pkg.sansio` has 1 import but `src/pkg/sansio/` lacks `__init__.py`: an implicit namespace package']);
    const setuptools = await lint({
      cwd: makeTree({
        'setup.py': 'from setuptools import setup, find_packages\nsetup(name="pkg", packages=find_packages())\n',
        'pkg/__init__.py': '',
        'pkg/app.py': 'from .sansio.app import App\n',
        'pkg/sansio/app.py': 'class App: ...\n',
      }),
    });
    expect(setuptools.diagnostics.find((d) => d.rule === 'missing-init')?.message).toMatch(/, so `find_packages\(\)` omits it from the wheel$/);
  });

  for (const c of cases) {
    it(c.name, async () => {
      expect(await findings(c.tree)).toEqual(c.findings);
    });
  }
});
