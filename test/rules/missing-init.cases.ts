import type { RuleCases } from '../../src/rule-tester';

/** A package whose `tgt/` holds `common/` (imported by `pkg/main.py`) beside the folders `cli/` and `setup/`. */
const besideSiblings = (siblings: Record<string, string>, metadata: Record<string, string> = {}): Record<string, string> => ({
  ...metadata,
  'pkg/__init__.py': '',
  'pkg/main.py': 'from .tgt.common.constants import VERSIONS\n',
  'pkg/tgt/__init__.py': '',
  'pkg/tgt/common/constants.py': 'VERSIONS = []\n',
  ...siblings,
});
const scriptSiblings = { 'pkg/tgt/cli/stub.py': 'print(1)\n', 'pkg/tgt/setup/bootstrap.py': 'print(2)\n' };

const cases: RuleCases = {
  valid: [
    {
      name: 'code extends the folder\'s `__path__`: a plugin namespace on purpose (beets\' `beetsplug/`)',
      tree: {
        'beets/__init__.py': '',
        'beets/plugins.py': 'def load(paths, name):\n    import beetsplug\n\n    beetsplug.__path__ = paths + list(beetsplug.__path__)\n    from beetsplug import fetchart\n    return fetchart\n',
        'beetsplug/fetchart.py': 'X = 1\n',
      },
    },
    { name: 'regular packages', tree: { 'app/__init__.py': '', 'app/routers/__init__.py': '', 'app/main.py': 'from app.routers import todos\n', 'app/routers/todos.py': '' } },
    { name: 'a stub-only package counts', tree: { 'app/__init__.py': '', 'app/api/__init__.pyi': '', 'app/main.py': 'import app.api.v1\n', 'app/api/v1.py': '' } },
    { name: 'a folder nobody imports as a package', tree: { 'scripts/run.py': 'import os\n', 'scripts/util.py': '' } },
    { name: 'third-party imports resolve nowhere in the project', tree: { 'main.py': 'from requests.adapters import HTTPAdapter\n' } },
    {
      name: 'namespace-packages in the config',
      tree: { 'dunderlint.toml': 'namespace-packages = ["plugins"]\n', 'main.py': 'from plugins.audio import mp3\n', 'plugins/audio/mp3.py': '' },
    },
    {
      name: 'a shared namespace root holding only packages',
      tree: { 'src/company/product/__init__.py': '', 'src/company/product/core.py': 'from company.product import x\n', 'pyproject.toml': '[project]\nname = "company-product"\n' },
    },
    {
      name: 'the metadata asks for namespace packages (find_namespace:)',
      tree: { 'setup.cfg': '[options]\npackages = find_namespace:\n', 'app/main.py': 'from app.routers import todos\n', 'app/routers/todos.py': '' },
    },
    { name: 'src/ of a src layout is an import root, not a package', tree: { 'pyproject.toml': '[project]\nname = "x"\n', 'src/x/__init__.py': 'from . import y\n', 'src/x/y.py': '', 'src/run.py': 'from . import other\n' } },
    { name: 'a misspelled __init__.py is misspelled-init\'s finding', tree: { 'app/__init__.py': '', 'app/main.py': 'from app.models import user\n', 'app/models/__init.py': '', 'app/models/user.py': '' } },
    {
      name: 'inside a package, a folder like its sibling folders of Python files, none a package (ansible\'s _util/target/common/)',
      tree: besideSiblings(scriptSiblings, { 'pyproject.toml': '[project]\nname = "pkg"\n\n[tool.setuptools.packages.find]\nwhere = ["."]\n' }),
    },
    {
      name: 'code lists the modules on the folder\'s __path__: a namespace other distributions install plugins into (pelican.plugins)',
      tree: {
        'app/__init__.py': 'from app.plugins import signals\nfrom app.plugins._utils import load\n',
        'app/plugins/signals.py': 'ready = object()\n',
        'app/plugins/_utils.py': 'import importlib\nimport pkgutil\n\n\ndef load():\n    import app.plugins as ns_pkg\n\n    return [importlib.import_module(n) for _, n, _ in pkgutil.iter_modules(ns_pkg.__path__, ns_pkg.__name__ + ".")]\n',
      },
    },
    {
      name: 'tests hand the folder around as a directory (pelican\'s tests/dummy_plugins/, plugin trees loaded by path) and also import from it',
      tree: {
        'pyproject.toml': '[project]\nname = "app"\n',
        'app/__init__.py': '',
        'app/tests/__init__.py': '',
        'app/tests/dummy_plugins/normal_plugin/normal_plugin/__init__.py': 'NAME = "n"\n',
        'app/tests/test_plugins.py':
          'import os\n\nfrom app.tests.dummy_plugins.normal_plugin import normal_plugin\n\n' +
          'PLUGIN_FOLDER = os.path.join(\n    os.path.abspath(os.path.dirname(__file__)), "dummy_plugins"\n)\n' +
          'NORMAL = os.path.join(PLUGIN_FOLDER, "normal_plugin")\n\n\ndef test_name():\n    assert normal_plugin.NAME\n',
      },
    },
    {
      name: 'a pathlib chain ending at the folder',
      tree: {
        'tests/__init__.py': '',
        'tests/projects/demo/app.py': 'X = 1\n',
        'tests/test_demo.py': 'from pathlib import Path\n\nfrom tests.projects.demo import app\n\nROOT = Path(__file__).parent / "projects"\n\n\ndef test_x():\n    assert app.X\n',
      },
    },
    {
      name: 'tests import the folder\'s modules by bare name (`from conftest import X`, pytest puts the folder on sys.path): an __init__.py would break them (connexion\'s tests/)',
      tree: {
        'pyproject.toml': '[project]\nname = "app"\n',
        'app/__init__.py': '',
        'tests/conftest.py': 'SPEC = "openapi.yaml"\n',
        'tests/test_cli.py': 'from conftest import SPEC\n\n\ndef test_spec():\n    assert SPEC\n',
        'tests/api/test_secure.py': 'from tests.conftest import SPEC\n\n\ndef test_secure():\n    assert SPEC\n',
      },
    },
    {
      name: 'a test tree pytest imports with --import-mode=importlib, tests importing helpers by dotted name (scikit-image\'s tests/)',
      tree: {
        'pyproject.toml': '[project]\nname = "pkg"\n\n[tool.pytest.ini_options]\npythonpath = ["."]\naddopts = ["--import-mode=importlib"]\ntestpaths = ["tests"]\n',
        'pkg/__init__.py': '',
        'tests/conftest.py': '',
        'tests/pkg/helpers.py': 'def make():\n    return 1\n',
        'tests/pkg/draw/test_draw.py': 'from tests.pkg.helpers import make\n\n\ndef test_draw():\n    assert make()\n',
      },
    },
    {
      name: 'folders with no modules of their own, only packages, that the wheel ships as namespace packages (Zope\'s src/Shared/DC/)',
      tree: {
        'pyproject.toml': '[build-system]\nrequires = ["setuptools"]\nbuild-backend = "setuptools.build_meta"\n\n[project]\nname = "zope"\nversion = "1"\n',
        'src/App/__init__.py': '',
        'src/App/special.py': 'from Shared.DC.Scripts.Bindings import Bindings\n',
        'src/Shared/DC/Scripts/__init__.py': '',
        'src/Shared/DC/Scripts/Bindings.py': 'class Bindings: ...\n',
      },
    },
    {
      name: 'an import that goes on through a nested project\'s folder (gradio: `from client.python.test import media_data`, client/python/ holds a pyproject.toml)',
      tree: {
        'pyproject.toml': '[project]\nname = "app"\n',
        'app/__init__.py': '',
        'client/python/pyproject.toml': '[project]\nname = "app-client"\n',
        'client/python/app_client/__init__.py': '',
        'client/python/test/__init__.py': '',
        'client/python/test/media_data.py': 'BASE64 = ""\n',
        'test/conftest.py': 'import pytest\n\n\n@pytest.fixture\ndef media_data():\n    from client.python.test import media_data\n\n    return media_data\n',
      },
    },
    {
      name: 'a Go module or a Rust crate whose Python build helper a build hook imports (wandb\'s core/ and xpu/)',
      tree: {
        'pyproject.toml': '[build-system]\nrequires = ["hatchling"]\nbuild-backend = "hatchling.build"\n\n[project]\nname = "app"\n',
        'app/__init__.py': '',
        'hatch_build.py': 'import pathlib\nimport sys\n\nsys.path.insert(0, str(pathlib.Path(__file__).parent))\nfrom core import hatch as hatch_core\nfrom xpu import hatch as hatch_xpu\n',
        'core/go.mod': 'module example.com/core\n',
        'core/hatch.py': 'def build(): ...\n',
        'xpu/Cargo.toml': '[package]\nname = "xpu"\n',
        'xpu/hatch.py': 'def build(): ...\n',
      },
    },
  ],
  invalid: [
    {
      name: 'like its sibling folders, but find_packages() leaves it out of the wheel',
      tree: besideSiblings(scriptSiblings, { 'setup.py': 'from setuptools import setup, find_packages\nsetup(name="pkg", packages=find_packages())\n' }),
      errors: [{ path: 'pkg/main.py', line: 1, messageId: 'missing', message: 'omits it from the wheel' }],
      output: { 'pkg/tgt/common/__init__.py': '' },
    },
    {
      name: 'the find filters exclude the folder anyway (distributed: exclude = ["*tests*"]): its missing __init__.py is not why the wheel lacks it',
      tree: {
        'pyproject.toml': '[project]\nname = "pkg"\n\n[tool.setuptools.packages.find]\nexclude = ["*tests*"]\nnamespaces = false\n',
        'pkg/__init__.py': '',
        'pkg/tests/helpers.py': 'x = 1\n',
        'pkg/tests/test_a.py': 'from pkg.tests.helpers import x\n\n\ndef test_a():\n    assert x\n',
      },
      errors: [{ path: 'pkg/tests/test_a.py', line: 1, messageId: 'missing', message: '`pkg/tests/` lacks `__init__.py`: an implicit namespace package' }],
      output: { 'pkg/tests/__init__.py': '' },
    },
    {
      name: 'find_packages() with package data that may ship the folder anyway (MANIFEST.in, include_package_data): no claim about the wheel (napari, kivy)',
      tree: {
        'setup.py': 'from setuptools import setup, find_packages\nsetup(name="pkg", packages=find_packages(), include_package_data=True)\n',
        'MANIFEST.in': 'recursive-include pkg *.py\n',
        'pkg/__init__.py': '',
        'pkg/main.py': 'from pkg.tools.helper import run\n',
        'pkg/tools/helper.py': 'def run(): ...\n',
      },
      errors: [{ path: 'pkg/main.py', line: 1, messageId: 'missing', message: '`pkg/tools/` lacks `__init__.py`: an implicit namespace package' }],
      output: { 'pkg/tools/__init__.py': '' },
    },
    {
      name: 'a folder whose sibling folders of Python files are packages',
      tree: besideSiblings({ 'pkg/tgt/cli/__init__.py': '', 'pkg/tgt/setup/__init__.py': '' }),
      errors: [{ path: 'pkg/main.py', line: 1, messageId: 'missing', message: '`pkg.tgt.common` has 1 import' }],
      output: { 'pkg/tgt/common/__init__.py': '' },
    },
    {
      name: 'the FastAPI router folder',
      tree: {
        'app/__init__.py': '',
        'app/main.py': 'from fastapi import FastAPI\n\nfrom app.routers import todos, users\n',
        'app/routers/todos.py': '',
        'app/routers/users.py': 'from app.routers import todos\n',
      },
      errors: [{ path: 'app/main.py', line: 3, column: 1, messageId: 'missing', message: '`app.routers` has 2 imports but `app/routers/` lacks `__init__.py`' }],
      output: { 'app/routers/__init__.py': '' },
    },
    {
      name: 'every init-less folder on the path, top-level one included',
      tree: { 'main.py': 'import app.core.db\n', 'app/core/db.py': '', 'app/settings.py': '' },
      errors: [{ path: 'main.py', message: '`app` has 1 import' }, { path: 'main.py', message: '`app.core` has 1 import' }],
      output: { 'app/__init__.py': '', 'app/core/__init__.py': '' },
    },
    {
      name: 'a relative import inside the folder, whose module live code imports',
      tree: { 'pkg/__init__.py': '', 'pkg/api.py': 'import os\nfrom pkg.sub.a import run\n', 'pkg/sub/a.py': 'from . import b\n', 'pkg/sub/b.py': '' },
      errors: [{ path: 'pkg/api.py', line: 2, message: '`pkg.sub` has 2 imports but `pkg/sub/` lacks `__init__.py`' }],
      output: { 'pkg/sub/__init__.py': '' },
    },
    {
      name: 'tests open a file inside the folder: the folder itself is not handed around',
      tree: {
        'tests/__init__.py': '',
        'tests/helpers/make.py': 'def make():\n    return 1\n',
        'tests/test_a.py': 'import os\n\nfrom tests.helpers.make import make\n\nDATA = os.path.join(os.path.dirname(__file__), "helpers", "data.json")\n\n\ndef test_make():\n    assert make()\n',
      },
      errors: [{ path: 'tests/test_a.py', line: 3, message: '`tests.helpers` has 1 import' }],
      output: { 'tests/helpers/__init__.py': '' },
    },
    {
      name: 'tests imported as a package (pytest helpers)',
      tree: { 'pyproject.toml': '[project]\nname = "lib"\n', 'lib/__init__.py': '', 'tests/test_a.py': 'from tests.helpers import make\n\ndef test_make():\n    make()\n', 'tests/helpers.py': '' },
      errors: [{ path: 'tests/test_a.py', message: '`tests` has 1 import' }],
      output: { 'tests/__init__.py': '' },
    },
    {
      name: 'nested projects each resolve from their own roots',
      tree: {
        'services/api/pyproject.toml': '[project]\nname = "api"\n',
        'services/api/src/api/__init__.py': '',
        'services/api/src/api/main.py': 'from api.handlers import h\n',
        'services/api/src/api/handlers/h.py': '',
      },
      errors: [{ path: 'services/api/src/api/main.py', message: '`api.handlers` has 1 import' }],
      output: { 'services/api/src/api/handlers/__init__.py': '' },
    },
  ],
};
export default cases;
