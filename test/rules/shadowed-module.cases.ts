import type { RuleCases } from '../helpers/rule-tester';

const script = (body: string): string => `#!/usr/bin/env python3\n${body}`;

const cases: RuleCases = {
  valid: [
    {
      name: 'the only Pythons that would load the standard library module are older than setup.py\'s python_requires (jedi: `from test.helpers import …` in conftest.py, python_requires=">=3.10")',
      tree: {
        'setup.py': 'from setuptools import setup\n\nsetup(\n    name="jedi",\n    python_requires=\'>=3.10\',\n)\n',
        'jedi/__init__.py': '',
        'conftest.py': 'from test.helpers import test_dir\n',
        'test/__init__.py': '',
        'test/helpers.py': 'test_dir = "."\n',
        'test/test_api.py': 'def test_api():\n    pass\n',
      },
    },
    { name: 'a script beside no namesake of what it imports', tree: { 'tools/run.py': script('import tokenize\n'), 'tools/helpers.py': '' } },
    { name: 'os.py beside a script: os is imported at start-up, before the script folder is on sys.path', tree: { 'tools/run.py': script('import os\n'), 'tools/os.py': '' } },
    { name: 'sys.py beside a script: sys is built in', tree: { 'tools/run.py': script('import sys\n'), 'tools/sys.py': '' } },
    { name: 'a namespace folder named like a stdlib module loses to the stdlib', tree: { 'tools/run.py': script('import email\n'), 'tools/email/templates.py': '' } },
    { name: 'a package module named like a stdlib module (ruff A005) is not on sys.path', tree: { 'pkg/__init__.py': '', 'pkg/logging.py': '', 'pkg/core.py': 'import logging\n' } },
    { name: 'a module beside a script that the script does not import', tree: { 'tools/run.py': script('import json\n'), 'tools/tokenize.py': '' } },
    { name: 'a guarded import may expect anything', tree: { 'tools/run.py': script('try:\n    import tomllib\nexcept ImportError:\n    tomllib = None\n'), 'tools/tomllib.py': '' } },
    { name: 'a stub beside a script is not a module CPython loads', tree: { 'tools/run.py': script('import tokenize\n'), 'tools/tokenize.pyi': '' } },
    {
      name: 'a test folder module named like a module pytest itself imports first',
      tree: { 'tests/test_a.py': 'import logging\n\ndef test_a():\n    pass\n', 'tests/logging.py': '' },
    },
    {
      name: 'a test module imports the package it is in, named like a standard library one (python-lsp-server\'s `test/`)',
      tree: {
        'pyproject.toml': '[project]\nname = "x"\nrequires-python = ">=3.8"\n',
        'test/__init__.py': '',
        'test/fixtures.py': 'X = 1\n',
        'test/test_a.py': 'from test import fixtures\nimport test.fixtures\n\ndef test_a():\n    assert fixtures.X\n',
        'test/plugins/__init__.py': '',
        'test/plugins/test_b.py': 'from test.fixtures import X\n\ndef test_b():\n    assert X\n',
      },
    },
    {
      name: 'a script\'s own helper named like a declared dependency nothing else imports (geekcomputers: `backend.py` beside `frontend.py`, `backend` in requirements.txt)',
      tree: {
        'requirements.txt': 'backend==0.2.4.1\nCounter==1.0.0\n',
        'AutoComplete_App/frontend.py': script('import backend\n\nbackend.search("x")\n'),
        'AutoComplete_App/backend.py': 'def search(word):\n    return word\n',
        'file_handle/question.py': script('from counter import Counter\n\nCounter("a")\n'),
        'file_handle/counter.py': 'class Counter:\n    def __init__(self, text):\n        self.text = text\n',
        // A test that reaches another helper of that name through sys.path: not a use of the dependency.
        'BrowserHistory/backend.py': 'class BrowserHistory:\n    pass\n',
        'BrowserHistory/tests/test_browser_history.py': 'import os\nimport sys\nimport unittest\n\nsys.path.append(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))\nfrom backend import BrowserHistory\n\n\nclass TestBrowserHistory(unittest.TestCase):\n    def test_new(self):\n        BrowserHistory()\n',
      },
    },
    {
      name: 'pytest in importlib mode does not touch sys.path',
      tree: { 'pyproject.toml': '[tool.pytest.ini_options]\naddopts = "--import-mode=importlib"\n', 'tests/test_a.py': 'import sched\n\ndef test_a():\n    pass\n', 'tests/sched.py': '' },
    },
    { name: 'a namesake of a module the imported stdlib module does not load', tree: { 'tools/run.py': script('import json\n'), 'tools/tokenize.py': '' } },
    { name: 'a file without shebang, __main__ guard or PEP 723 block is not known to run by path', tree: { 'tools/lint.py': 'from subprocess import run\n', 'tools/types.py': '' } },
    { name: 'a dependency whose import name is not certain', tree: { 'pyproject.toml': '[project]\nname = "x"\ndependencies = ["zope.interface"]\n', 'tools/run.py': script('import zope\n'), 'tools/zope/__init__.py': '' } },
    { name: 'a file Alembic loads by path is not run as a script', tree: { 'alembic.ini': '[alembic]\nscript_location = migrations\n', 'migrations/env.py': 'import tokenize\nif __name__ == "__main__":\n    pass\n', 'migrations/tokenize.py': '' } },
  ],
  invalid: [
    {
      name: 'tokenize.py beside a script that imports tokenize',
      tree: { 'tools/run.py': script('import json\nimport tokenize\n'), 'tools/tokenize.py': '' },
      errors: [{ path: 'tools/run.py', line: 3, column: 1, messageId: 'script', message: '`import tokenize` loads `tools/tokenize.py`, not the standard library module `tokenize`' }],
    },
    {
      name: 'a package folder beside a script, imported with from',
      tree: { 'scripts/check.py': 'from email.utils import parseaddr\n\nif __name__ == "__main__":\n    parseaddr("a")\n', 'scripts/email/__init__.py': '' },
      errors: [{ path: 'scripts/check.py', line: 1, messageId: 'script', message: '`import email` loads `scripts/email/`, not the standard library module `email`' }],
    },
    {
      name: 'a script named like the stdlib module it imports imports itself',
      tree: { 'random.py': script('import random\nprint(random.random())\n') },
      errors: [{ path: 'random.py', line: 2, messageId: 'itself' }],
    },
    {
      name: 'only the versions requires-python admits are named, when not all',
      tree: { 'pyproject.toml': '[project]\nname = "x"\nrequires-python = ">=3.8"\n', 'tools/run.py': script('import tomllib\n'), 'tools/tomllib.py': '' },
      errors: [{ path: 'tools/run.py', message: 'standard library module `tomllib` on Python 3.11, 3.12, 3.13, 3.14' }],
    },
    {
      name: 'a declared dependency shadowed by a module beside a script, the package using the dependency',
      tree: { 'pyproject.toml': '[project]\nname = "x"\ndependencies = ["PyYAML>=6"]\n', 'x/__init__.py': 'import yaml\n', 'tools/run.py': script('import yaml\n'), 'tools/yaml.py': '' },
      errors: [{ path: 'tools/run.py', message: 'declared dependency `PyYAML` (import name `yaml`)' }],
    },
    {
      name: 'a declared dependency shadowed by a module beside a script that lacks the names imported from it',
      tree: { 'pyproject.toml': '[project]\nname = "x"\ndependencies = ["PyYAML>=6"]\n', 'tools/run.py': script('from yaml import safe_load\n'), 'tools/yaml.py': 'def helper():\n    pass\n' },
      errors: [{ path: 'tools/run.py', message: 'declared dependency `PyYAML` (import name `yaml`)' }],
    },
    {
      name: 'a script named like a declared dependency that it imports (geekcomputers\' qrcode.py)',
      tree: { 'requirements.txt': 'qrcode\n', 'tools/qrcode.py': script('import qrcode\n\nqr = qrcode.QRCode(version=1)\n') },
      errors: [{ path: 'tools/qrcode.py', messageId: 'itself', message: 'declared dependency `qrcode`' }],
    },
    {
      name: 'a stdlib module the script imports loads the namesake (subprocess imports types)',
      tree: { 'tools/lint.py': script('from subprocess import run\n'), 'tools/types.py': '' },
      errors: [{ path: 'tools/lint.py', line: 2, messageId: 'indirect', message: '`import subprocess` here imports `types` from `tools/types.py`, not the standard library module `types`' }],
    },
    {
      name: 'a script with a shebang in a namespace layout (find_namespace:) is still run by path',
      tree: {
        'setup.cfg': '[metadata]\nname = demo\n\n[options]\npackages = find_namespace:\npackage_dir =\n    =src\n',
        'src/demo/__init__.py': '',
        'scripts/train_model.py': script('import logging\nimport sys\n'),
        'scripts/logging.py': 'import logging\nimport logging.config\n',
      },
      errors: [{ path: 'scripts/train_model.py', line: 2, messageId: 'script', message: '`import logging` loads `scripts/logging.py`, not the standard library module `logging`' }],
    },
    {
      name: 'a test folder without __init__.py: pytest puts it first on sys.path',
      tree: { 'tests/test_a.py': 'import sched\n\ndef test_a():\n    pass\n', 'tests/sched.py': '' },
      errors: [{ path: 'tests/test_a.py', line: 1, messageId: 'test', message: 'pytest puts `tests/` first on sys.path: `import sched` loads `tests/sched.py`' }],
    },
  ],
};
export default cases;
