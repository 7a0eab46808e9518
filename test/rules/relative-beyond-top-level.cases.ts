import type { RuleCases } from '../helpers/rule-tester';

// As yt-dlp's: hatchling with `packages` and an `exclude` glob (whose wheel is not modelled).
const WHEEL_OF_APP = '[build-system]\nrequires = ["hatchling"]\nbuild-backend = "hatchling.build"\n\n[project]\nname = "app"\nversion = "1"\n\n[tool.hatch.build.targets.wheel]\npackages = ["app"]\nexclude = ["/app/**/*.md"]\n';

const cases: RuleCases = {
  valid: [
    { name: 'relative imports inside the package', tree: { 'pkg/__init__.py': 'from . import a\n', 'pkg/a.py': 'from .sub import b\n', 'pkg/sub/__init__.py': '', 'pkg/sub/b.py': 'from .. import a\nfrom ..a import x\n' } },
    { name: 'a src layout climbs to its top-level package only', tree: { 'pyproject.toml': '[project]\nname = "app"\n', 'src/app/__init__.py': '', 'src/app/core/__init__.py': '', 'src/app/core/m.py': 'from .. import x\n' } },
    { name: 'guarded by try/except ImportError', tree: { 'pkg/__init__.py': 'try:\n    from .. import vendored\nexcept ImportError:\n    vendored = None\n' } },
    { name: 'under TYPE_CHECKING', tree: { 'pkg/__init__.py': 'from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from .. import other\n' } },
    { name: 'a script run by path has no certain package', tree: { 'tools/run.py': 'from . import helpers\nif __name__ == "__main__":\n    pass\n', 'tools/helpers.py': '' } },
    { name: 'a test module under pytest may be imported under another name', tree: { 'tests/test_a.py': 'from .. import conftest\ndef test_a():\n    pass\n' } },
    { name: 'a root folder that is itself a package is imported from above', tree: { '__init__.py': '', 'plugin/__init__.py': 'from .. import api\n', 'api.py': '' } },
    { name: 'code that imports `src.app` runs the package as `src.app`', tree: { 'pyproject.toml': '[project]\nname = "app"\n', 'src/app/__init__.py': 'from .. import other\n', 'src/other.py': '', 'main.py': 'import src.app\n' } },
    { name: 'stubs are not imported at run time', tree: { 'pkg/__init__.py': '', 'pkg/__init__.pyi': 'from .. import x\n' } },
    {
      name: 'a template in a package not known to be shipped, read as text and imported by nothing (yt-dlp\'s devscripts/lazy_load_template.py)',
      tree: {
        'pyproject.toml': WHEEL_OF_APP,
        'app/__init__.py': '',
        'app/utils.py': 'def f():\n    pass\n',
        'dev/__init__.py': '',
        'dev/utils.py': 'def read(p):\n    return open(p).read()\n',
        'dev/template.py': 'from ..utils import f\n',
        'dev/make.py': '#!/usr/bin/env python3\nfrom dev.utils import read\n\nTEMPLATE = read("dev/template.py")\n',
      },
    },
  ],
  invalid: [
    {
      name: 'two dots in a top-level package',
      tree: { 'pkg/__init__.py': '', 'pkg/mod.py': 'import os\nfrom .. import sibling\n', 'sibling.py': '' },
      errors: [{ path: 'pkg/mod.py', line: 2, column: 1, messageId: 'beyond', message: /`from \.\. import …` climbs above the top-level package `pkg`/ }],
    },
    {
      name: 'three dots from a subpackage of a src layout',
      tree: { 'pyproject.toml': '[project]\nname = "app"\n', 'src/app/__init__.py': '', 'src/app/core/__init__.py': 'from ...util import helper\n', 'src/util.py': '' },
      errors: [{ path: 'src/app/core/__init__.py', line: 1, messageId: 'beyond', message: /climbs above the top-level package `app`/ }],
    },
    {
      name: 'a relative import in a top-level module, in a function too',
      tree: { 'pkg/__init__.py': '', 'main.py': 'def f():\n    from .pkg import x\n' },
      errors: [{ path: 'main.py', line: 2, column: 5, messageId: 'noParent' }],
    },
    {
      name: 'a module of a package not known to be shipped, imported by a script',
      tree: {
        'pyproject.toml': WHEEL_OF_APP,
        'app/__init__.py': '',
        'app/utils.py': 'def f():\n    pass\n',
        'dev/__init__.py': '',
        'dev/utils.py': 'def read(p):\n    return open(p).read()\n',
        'dev/template.py': 'from ..utils import f\n',
        'dev/make.py': '#!/usr/bin/env python3\nfrom dev.utils import read\nimport dev.template\nTEMPLATE = read("dev/template.py")\n',
      },
      errors: [{ path: 'dev/template.py', line: 1, messageId: 'beyond', message: /top-level package `dev`/ }],
    },
  ],
};
export default cases;
