import type { RuleCases } from '../helpers/rule-tester';

const cases: RuleCases = {
  valid: [
    {
      name: 'a package\'s __init__.py that imports the package under a short name only binds it (geopandas: `import geopandas as gpd`)',
      tree: { 'pyproject.toml': '[project]\nname = "geopandas"\n', 'geopandas/__init__.py': 'from geopandas.geoseries import GeoSeries\n\nimport geopandas as gpd  # for `from geopandas import *` demos\n', 'geopandas/geoseries.py': 'class GeoSeries: ...\n' },
    },
    { name: 'a package imports its submodules', tree: { 'pkg/__init__.py': 'import pkg.mod\nfrom pkg.mod import x\nfrom pkg import mod\nfrom . import mod\n', 'pkg/mod.py': 'x = 1\n' } },
    { name: 'a module imports a sibling and its package', tree: { 'pkg/__init__.py': 'y = 1\n', 'pkg/mod.py': 'import pkg\nfrom pkg import y\nfrom . import other\n', 'pkg/other.py': '' } },
    { name: 'a module named like a stdlib module imports the stdlib one', tree: { 'pkg/__init__.py': '', 'pkg/logging.py': 'import logging\nfrom logging import getLogger\n' } },
    { name: 'from the package a name it does not bind (a generated submodule)', tree: { 'pkg/__init__.py': 'from pkg import _version\n' } },
    { name: 'guarded and TYPE_CHECKING imports', tree: { 'pkg/__init__.py': '', 'pkg/mod.py': 'from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from pkg.mod import X\ntry:\n    import pkg.mod\nexcept ImportError:\n    pass\n' } },
    { name: 'a script importing a module of another name', tree: { 'tool.py': '#!/usr/bin/env python3\nimport helper\n', 'helper.py': '' } },
    { name: 'in a function the module is whole: importing itself reaches it by its real name', tree: { 'pkg/__init__.py': '', 'pkg/timing.py': 'def patch():\n    from pkg import timing\n    return timing\n' } },
    { name: 'ruff\'s code for it in a noqa comment', tree: { 'pkg/__init__.py': '', 'pkg/mod.py': 'import pkg.mod  # noqa: PLW0406\n' } },
    { name: 'test data is not linted for it', tree: { 'tests/data/mod.py': 'import mod\n' } },
    {
      name: 'under the `__main__` guard a script imports itself to run under its real name (Twisted\'s examples)',
      tree: { 'docs/examples/echoclient.py': '#!/usr/bin/env python\nif __name__ == "__main__":\n    import sys\n    import echoclient\n    echoclient.main(sys.argv[1:])\n\n\ndef main(argv):\n    pass\n' },
    },
    {
      name: 'under the `__main__` guard a package module imports itself: run by `python -m`, that is a whole second module (rich.box)',
      tree: { 'pkg/__init__.py': '', 'pkg/box.py': 'ASCII = 1\n\nif __name__ == "__main__":  # pragma: no cover\n    from . import box as box\n    import pkg.box\n    print(box.ASCII)\n' },
    },
    {
      name: 'in an `except` clause, a fallback that takes the half-run module on purpose (dask.array reloads it)',
      tree: { 'pkg/__init__.py': '', 'pkg/array/__init__.py': 'import importlib\ntry:\n    from pkg.array.core import Array\nexcept ImportError:\n    import pkg.array as da\n    da = importlib.reload(da)\n' },
    },
  ],
  invalid: [
    {
      name: 'import pkg.mod inside pkg/mod.py',
      tree: { 'pkg/__init__.py': '', 'pkg/mod.py': 'import os\nimport pkg.mod\n' },
      errors: [{ path: 'pkg/mod.py', line: 2, column: 1, messageId: 'module', message: /`pkg\.mod`/ }],
    },
    {
      name: 'from . import mod, from pkg import mod and from pkg.mod import x inside pkg/mod.py',
      tree: { 'pkg/__init__.py': '', 'pkg/mod.py': 'from . import mod\nfrom pkg import mod as m\nfrom pkg.mod import x\nfrom .mod import y\nx = y = 1\n' },
      errors: [
        { path: 'pkg/mod.py', line: 1, message: /`\.mod`/ },
        { path: 'pkg/mod.py', line: 2, message: /`pkg\.mod`/ },
        { path: 'pkg/mod.py', line: 3, message: /`pkg\.mod`/ },
        { path: 'pkg/mod.py', line: 4, message: /`\.mod`/ },
      ],
    },
    {
      name: 'from pkg import a name it defines, inside pkg/__init__.py (an `import pkg` beside it only binds the package)',
      tree: { 'pkg/__init__.py': 'import pkg\nVERSION = "1"\nfrom pkg import VERSION as V\n' },
      errors: [{ path: 'pkg/__init__.py', line: 3, messageId: 'module', message: /`pkg`/ }],
    },
    {
      name: 'a script that imports itself runs twice',
      tree: { 'tools/report.py': 'import report\n\nif __name__ == "__main__":\n    report.main()\n' },
      errors: [{ path: 'tools/report.py', line: 1, messageId: 'script', message: /`report`/ }],
    },
  ],
};
export default cases;
