import type { RuleCases } from '../../src/rule-tester';

const cases: RuleCases = {
  valid: [
    {
      name: 'a test module star-imports what it tests: nothing imports from a test module (trio\'s _tests/)',
      tree: { 'pkg/__init__.py': '', 'pkg/_sync.py': 'import math\n\ndef lock():\n    return math.pi\n', 'pkg/_tests/__init__.py': '', 'pkg/_tests/test_sync.py': 'from .._sync import *\n\n\ndef test_lock():\n    assert lock()\n' },
    },
    {
      name: 'the importing module has its own __all__: import * of it passes on only that (copier\'s __init__.py)',
      tree: {
        'pkg/__init__.py': 'from typing import TYPE_CHECKING\n\nfrom ._main import run\n\nif TYPE_CHECKING:\n    from ._main import *\n\n__all__ = ["run"]\n',
        'pkg/_main.py': 'import os\n\n\ndef run():\n    return os.sep\n',
      },
    },
    {
      name: 'Django settings that extend base settings (`from ..settings import *` in a settings module)',
      tree: {
        'example/__init__.py': '',
        'example/settings.py': 'import os\n\nDEBUG = os.environ.get("DEBUG") == "1"\n',
        'example/async_/__init__.py': '',
        'example/async_/settings.py': 'from ..settings import *\n\nROOT_URLCONF = "example.async_.urls"\n',
      },
    },
    {
      name: 'a test suite\'s helper package (nova.tests.fixtures: `from .nova import *`)',
      tree: { 'nova/__init__.py': '', 'nova/tests/__init__.py': '', 'nova/tests/fixtures/__init__.py': 'from .nova import *\n', 'nova/tests/fixtures/nova.py': 'import fixtures\n\n\nclass Database(fixtures.Fixture): ...\n' },
    },
    {
      name: 'what the target imports under TYPE_CHECKING or from its own top-level package never leaks',
      tree: {
        'wandb/__init__.py': '',
        'wandb/sdk/__init__.py': 'from .lib import *\n',
        'wandb/sdk/lib.py': 'import wandb\n\nTYPE_CHECKING = False\nif TYPE_CHECKING:\n    from typing import Awaitable\n\n\ndef run() -> None: ...\n',
      },
    },
    { name: 'the target has __all__', tree: { 'pkg/__init__.py': 'from .impl import *\n', 'pkg/impl.py': 'import os\n__all__ = ["run"]\ndef run(): pass\n' } },
    { name: 'the target imports only private names', tree: { 'pkg/__init__.py': 'from .impl import *\n', 'pkg/impl.py': 'import os as _os\ndef run(): pass\n' } },
    { name: 'third-party star imports are not ours to fix', tree: { 'm.py': 'from tkinter import *\n' } },
    { name: 'an absolute star import asks for a whole API', tree: { 'app/__init__.py': '', 'app/models.py': 'import json\nclass User: pass\n', 'main.py': 'from app.models import *\n' } },
    { name: 'names re-exported from a private implementation module', tree: { 'pkg/__init__.py': 'from .api import *\n', 'pkg/api.py': 'from _speedups import Fast, Slow\n' } },
  ],
  invalid: [
    {
      name: 'a helper module without __all__',
      tree: { 'pkg/__init__.py': 'from .impl import *\n', 'pkg/impl.py': 'import os\nfrom typing import Any, Optional\ndef run(x: Any) -> Optional[int]: pass\n' },
      errors: [{ path: 'pkg/__init__.py', line: 1, column: 1, messageId: 'leak', message: '(`os`, … 3 in all)' }],
    },
    {
      name: 'two levels up',
      tree: { 'app/__init__.py': '', 'app/models.py': 'import json\nclass User: pass\n', 'app/api/__init__.py': 'from ..models import *\n' },
      errors: [{ path: 'app/api/__init__.py', message: '`..models` has no `__all__`, so `import *` also re-exports its imports (`json`)' }],
    },
  ],
};
export default cases;
