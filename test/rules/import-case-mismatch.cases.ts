import type { RuleCases } from '../helpers/rule-tester';

const cases: RuleCases = {
  valid: [
    {
      name: 'a script named after the tool it drives imports the tool (`pyinstaller.py`: `import PyInstaller.__main__`)',
      tree: { 'tools/pyinstaller.py': '#!/usr/bin/env python3\nimport PyInstaller.__main__\n\nPyInstaller.__main__.run(["app.spec"])\n', 'app/__init__.py': '' },
    },
    { name: 'exact spellings', tree: { 'app/__init__.py': '', 'app/models.py': 'x = 1\n', 'app/Views.py': 'from app.models import x\nfrom app import Views\nimport app.Views\n' } },
    { name: 'a name the package binds, spelled like a submodule', tree: { 'app/__init__.py': 'class Models:\n    pass\n', 'app/models.py': '', 'main.py': 'from app import Models\n' } },
    { name: 'a name from a star import in __init__', tree: { 'app/__init__.py': 'from .models import *\n', 'app/models.py': 'class Models:\n    pass\n', 'main.py': 'from app import Models\n' } },
    { name: 'a lazy package that replaces itself in sys.modules', tree: { 'app/__init__.py': 'import sys\nsys.modules[__name__] = _LazyModule(__name__, {"config": ["Config"]})\n', 'app/config.py': 'class Config:\n    pass\n', 'main.py': 'from app import Config\n' } },
    { name: 'a guarded fallback import', tree: { 'app/__init__.py': '', 'app/models.py': '', 'main.py': 'try:\n    from app.Models import x\nexcept ImportError:\n    x = None\n' } },
    { name: 'a standard library module spelled like a project module', tree: { 'String.py': '', 'main.py': 'import string\n' } },
    { name: 'the exact spelling exists in another import root of the search', tree: { 'tools/Util.py': '', 'tools/run.py': '#!/usr/bin/env python3\nimport Util\n', 'util.py': '' } },
    {
      name: 'a src/ folder the code imports by name is no certain import root (0xandee/StudentManagementSystem)',
      tree: { 'src/Utils.py': 'def f(): pass\n', 'src/Conv2D.py': 'class Conv2D:\n    pass\n', 'sample.py': '#!/usr/bin/env python3\nimport utils\nfrom src.Conv2D import Conv2D\n' },
    },
    { name: 'untracked case twins are not a checkout problem', git: 'init', tree: { 'app/__init__.py': '', 'app/Utils.py': '', 'app/utils.py': '' } },
    { name: 'case twins that are not Python files', git: 'add', tree: { 'README.md': '', 'readme.md': '', 'app/__init__.py': '' } },
  ],
  invalid: [
    {
      name: 'from app.Models import x with app/models.py',
      tree: { 'app/__init__.py': '', 'app/models.py': 'x = 1\n', 'main.py': 'import os\nfrom app.Models import x\n' },
      errors: [{ path: 'main.py', line: 2, column: 1, messageId: 'import', message: /`app\.Models` is `app\/models\.py` on disk/ }],
    },
    {
      name: 'a package folder spelled otherwise, and a relative import',
      tree: { 'App/__init__.py': '', 'App/core.py': 'from .Util import f\n', 'App/util.py': 'def f(): pass\n', 'main.py': 'import app.core\n' },
      errors: [
        { path: 'App/core.py', line: 1, messageId: 'import', message: /`\.Util` is `App\/util\.py`/ },
        { path: 'main.py', line: 1, messageId: 'import', message: /`app` is `App\/`/ },
      ],
    },
    {
      name: 'from pkg import Submodule when the package does not bind it',
      tree: { 'app/__init__.py': 'x = 1\n', 'app/models.py': '', 'main.py': 'from app import Models\n' },
      errors: [{ path: 'main.py', messageId: 'import', message: /`app\.Models` is `app\/models\.py`/ }],
    },
    {
      name: 'two tracked files in one folder that differ only by case',
      git: 'add',
      tree: { 'app/__init__.py': '', 'app/Utils.py': '', 'app/utils.py': '' },
      errors: [{ path: 'app/utils.py', messageId: 'entries', message: /`app\/Utils\.py` and `app\/utils\.py`/ }],
    },
    {
      name: 'two tracked folders that differ only by case, reported once',
      git: 'add',
      tree: { 'Lib/a.py': '', 'Lib/b.py': '', 'lib/c.py': '', 'lib/d.py': '' },
      errors: [{ path: 'lib', messageId: 'entries', message: /`Lib` and `lib`/ }],
    },
  ],
};
export default cases;
