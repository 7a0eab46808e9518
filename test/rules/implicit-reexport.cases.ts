import type { RuleCases } from '../../src/rule-tester';

const cases: RuleCases = {
  valid: [
    {
      name: 'an IPython extension hook, which IPython looks up as an attribute (rich.load_ipython_extension)',
      tree: { 'rich/py.typed': '', 'rich/__init__.py': 'from ._extension import load_ipython_extension  # noqa: F401\n\n__all__ = ["print"]\n\n\ndef print(): ...\n', 'rich/_extension.py': 'def load_ipython_extension(ip): ...\n' },
    },
    {
      name: 'a test package whose helpers other tests import is no API (xarray.tests)',
      tree: {
        'pkg/__init__.py': '',
        'pkg/py.typed': '',
        'pkg/tests/__init__.py': 'from pkg.tests.arrays import DuckArray\n',
        'pkg/tests/arrays.py': 'class DuckArray:\n    pass\n',
        'properties/test_roundtrip.py': 'from pkg.tests import DuckArray\n\n\ndef test_roundtrip():\n    assert DuckArray\n',
      },
    },
    { name: 'an untyped package', tree: { 'pkg/__init__.py': 'from .core import Client\n', 'pkg/core.py': 'class Client: pass\n' } },
    {
      name: 'every explicit form',
      tree: {
        'pkg/py.typed': '',
        'pkg/__init__.py': 'from .core import Client, Session as Session, _helper\nfrom . import util\n__all__ = ["Client"]\n',
        'pkg/core.py': 'class Client: pass\nclass Session: pass\ndef _helper(): pass\n',
        'pkg/util.py': 'def tool(): pass\n',
      },
    },
    {
      name: 'an aggregator subpackage the package imports only from inside itself',
      tree: {
        'pkg/py.typed': '',
        'pkg/__init__.py': '',
        'pkg/integrations/__init__.py': 'from .spans import span\n__all__ = []\n',
        'pkg/integrations/spans/__init__.py': 'from .agent import span\n',
        'pkg/integrations/spans/agent.py': 'def span(): pass\n',
      },
    },
    {
      name: 'from .. import x in a subpackage is an export, as pyright treats it',
      tree: {
        'pkg/py.typed': '',
        'pkg/__init__.py': 'from . import api\n__all__ = ["api"]\n',
        'pkg/core.py': 'class Client: pass\n',
        'pkg/api/__init__.py': 'from .. import core\n',
        'tests/test_api.py': 'from pkg.api import core\n\ndef test_core():\n    core\n',
      },
    },
    {
      name: 'an __init__.py next to an __init__.pyi: importers see the stub',
      tree: {
        'pkg/py.typed': '',
        'pkg/__init__.py': 'from .core import Client\n',
        'pkg/__init__.pyi': 'from .core import Client as Client\n',
        'pkg/core.py': 'class Client: pass\n',
      },
    },
  ],
  invalid: [
    {
      name: 'a subpackage that code outside imports whole (`from kubernetes import utils`): every name it imports is its API',
      tree: {
        'pyproject.toml': '[project]\nname = "kubernetes"\n',
        'kubernetes/py.typed': '',
        'kubernetes/__init__.py': 'from . import utils\n',
        'kubernetes/utils/__init__.py': 'from .create_from_yaml import create_from_yaml\n',
        'kubernetes/utils/create_from_yaml.py': 'def create_from_yaml(): ...\n',
        'examples/deploy.py': '#!/usr/bin/env python3\nfrom kubernetes import utils\n\nutils.create_from_yaml()\n',
      },
      errors: [{ path: 'kubernetes/utils/__init__.py', line: 1, messageId: 'implicit', message: '`create_from_yaml` is imported into `kubernetes.utils`' }],
    },
    {
      name: 'in a subpackage, only the names code outside imports from it (rq.cli: `main` is, the commands it imports to register them are not)',
      tree: {
        'pyproject.toml': '[project]\nname = "rq"\n',
        'rq/py.typed': '',
        'rq/__init__.py': '',
        'rq/cli/__init__.py': 'from .cli import info, main, worker\n',
        'rq/cli/cli.py': 'def main(): ...\ndef info(): ...\ndef worker(): ...\n',
        'tests/test_cli.py': 'from rq.cli import main\n\n\ndef test_main():\n    assert main\n',
      },
      errors: [{ path: 'rq/cli/__init__.py', line: 1, messageId: 'implicit', message: '`main` is imported into `rq.cli`' }],
    },
    {
      name: 'a stub hides an import without as, and says so with the diagnostic pyright gives for stubs',
      tree: {
        'pkg/py.typed': '',
        'pkg/__init__.py': '',
        'pkg/__init__.pyi': 'from .core import Client\n',
        'pkg/core.pyi': 'class Client: ...\n',
      },
      errors: [{ path: 'pkg/__init__.pyi', line: 1, messageId: 'stub', message: '`pkg` stub imports `Client` without `as`: "Client" is unknown import symbol' }],
    },
    {
      name: 'py.typed and a name missing from __all__',
      tree: { 'pkg/py.typed': '', 'pkg/__init__.py': 'from .core import Client, Session\n__all__ = ["Client"]\n', 'pkg/core.py': 'class Client: pass\nclass Session: pass\n' },
      errors: [{ path: 'pkg/__init__.py', line: 1, column: 27, messageId: 'implicit', message: '`Session` is imported into `pkg` but not exported' }],
      output: { 'pkg/__init__.py': 'from .core import Client, Session\n__all__ = ["Client", "Session"]\n' },
    },
    {
      name: 'a dunder and an absolute self-import: pyright hides each (a name used in the module is its own business)',
      tree: {
        'pkg/py.typed': '',
        'pkg/__init__.py': 'from .util import tool\nfrom ._version import __version__\nfrom pkg.core import Client\n__all__ = ["main"]\nDEFAULT = tool()\ndef main(): pass\n',
        'pkg/util.py': 'def tool(): pass\n',
        'pkg/_version.py': '__version__ = "1"\n',
        'pkg/core.py': 'class Client: pass\n',
      },
      errors: [{ path: 'pkg/__init__.py', line: 2, message: '`__version__`' }, { path: 'pkg/__init__.py', line: 3, message: '`Client` is imported into `pkg` but not exported' }],
      output: { 'pkg/__init__.py': 'from .util import tool\nfrom ._version import __version__\nfrom pkg.core import Client\n__all__ = ["Client", "__version__", "main"]\nDEFAULT = tool()\ndef main(): pass\n' },
    },
    {
      name: 'a subpackage that tests import from is an API surface',
      tree: {
        'pkg/py.typed': '',
        'pkg/__init__.py': '',
        'pkg/testing/__init__.py': 'from .fixtures import make\n',
        'pkg/testing/fixtures.py': 'def make(): pass\n',
        'tests/test_x.py': 'from pkg.testing import make\n\ndef test_make():\n    make()\n',
      },
      errors: [{ path: 'pkg/testing/__init__.py', line: 1, message: '`make` is imported into `pkg.testing` but not exported' }],
    },
    {
      name: 'mypy strict and no __all__',
      tree: { 'pyproject.toml': '[project]\nname = "pkg"\n\n[tool.mypy]\nstrict = true\n', 'pkg/__init__.py': 'from .core import Client\n', 'pkg/core.py': 'class Client: pass\n' },
      errors: [{ path: 'pkg/__init__.py', message: 'mypy no_implicit_reexport' }],
    },
  ],
};
export default cases;
