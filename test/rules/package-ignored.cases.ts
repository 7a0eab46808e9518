import type { RuleCases } from '../../src/rule-tester';

/** The folder lines of the widely copied Python .gitignore template. */
const TEMPLATE = 'build/\ndevelop-eggs/\ndist/\ndownloads/\neggs/\n.eggs/\nlib/\nlib64/\nparts/\nsdist/\nvar/\nwheels/\n__pycache__/\n';

const cases: RuleCases = {
  valid: [
    { name: 'the imported folder is tracked', git: 'add', tree: { 'lib/__init__.py': '', 'app.py': 'import lib\n' } },
    { name: 'an ignored folder nothing imports', git: 'add', tree: { '.gitignore': TEMPLATE, 'lib/__init__.py': '', 'app.py': 'import os\n' } },
    { name: 'an import that may fail on purpose', git: 'add', tree: { '.gitignore': TEMPLATE, 'lib/__init__.py': '', 'app.py': 'try:\n    import lib\nexcept ImportError:\n    lib = None\n' } },
    { name: 'an import under TYPE_CHECKING', git: 'add', tree: { '.gitignore': TEMPLATE, 'lib/__init__.py': '', 'app.py': 'from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    import lib\n' } },
    {
      name: 'an ignored folder named like a declared dependency',
      git: 'add',
      tree: { '.gitignore': TEMPLATE, 'pyproject.toml': '[project]\nname = "app"\ndependencies = ["build"]\n', 'build/__init__.py': '', 'app.py': 'import build\n' },
    },
    { name: 'an ignored folder named like a standard library module', git: 'add', tree: { '.gitignore': 'json/\n', 'json/__init__.py': '', 'app.py': 'import json\n' } },
    { name: 'an ignored folder with no Python in it', git: 'add', tree: { '.gitignore': TEMPLATE, 'var/data.txt': '', 'app.py': 'import var\n' } },
    { name: 'the importer is itself ignored', git: 'add', tree: { '.gitignore': TEMPLATE, 'lib/__init__.py': '', 'lib/b.py': 'import lib\n' } },
    { name: 'not a git work tree', tree: { '.gitignore': TEMPLATE, 'lib/__init__.py': '', 'app.py': 'import lib\n' } },
    {
      name: 'a pattern that spells out the folder ignores generated code on purpose',
      git: 'add',
      tree: { '.gitignore': '/app/gen/\n', 'app/__init__.py': 'from .gen import api\n', 'app/gen/__init__.py': '', 'app/gen/api.py': '' },
    },
    {
      name: 'a negation re-includes the package',
      git: 'add',
      tree: { '.gitignore': 'lib/\n!app/lib/\n', 'app/__init__.py': 'from .lib import x\n', 'app/lib/__init__.py': '', 'app/lib/x.py': '' },
    },
    { name: 'a tracked __init__.py', git: 'add', tree: { 'pkg/__init__.py': '', 'pkg/m.py': '' } },
  ],
  invalid: [
    {
      name: 'a package named lib, ignored by the template',
      git: 'add',
      tree: { '.gitignore': TEMPLATE, 'lib/__init__.py': '', 'lib/helpers.py': 'X = 1\n', 'app.py': 'import os\nfrom lib.helpers import X\nimport lib\n' },
      errors: [{ path: 'app.py', line: 2, column: 1, messageId: 'ignoredImport', message: 'git ignores `lib/` (`lib/` in .gitignore), needed by `from lib.helpers import X`: ModuleNotFoundError in every clone' }],
    },
    {
      name: 'a subpackage named parts, imported relatively',
      git: 'add',
      tree: { '.gitignore': TEMPLATE, 'app/__init__.py': 'from .parts import engine\n', 'app/parts/__init__.py': '', 'app/parts/engine.py': '' },
      errors: [{ path: 'app/__init__.py', line: 1, messageId: 'ignoredImport' }],
    },
    {
      name: 'a src layout package under an ignored name',
      git: 'add',
      tree: { '.gitignore': TEMPLATE, 'pyproject.toml': '[project]\nname = "x"\n', 'src/x/__init__.py': 'from x.eggs import spam\n', 'src/x/eggs/__init__.py': 'spam = 1\n' },
      errors: [{ path: 'src/x/__init__.py', line: 1, messageId: 'ignoredImport' }],
    },
    {
      name: "a tracked package whose __init__.py is ignored",
      git: 'add',
      tree: { '.gitignore': '__init__.py\n', 'pkg/__init__.py': 'from .m import f\n', 'pkg/m.py': 'def f(): pass\n' },
      errors: [{ path: 'pkg/m.py', line: 1, messageId: 'ignoredInit', message: 'git ignores `pkg/__init__.py` (`__init__.py` in .gitignore): in a clone it never runs and `pkg/` is a namespace package' }],
    },
  ],
};
export default cases;
