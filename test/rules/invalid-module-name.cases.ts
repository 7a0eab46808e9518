import type { RuleCases } from '../../src/rule-tester';

const cases: RuleCases = {
  valid: [
    {
      name: 'a PyInstaller hook, which PyInstaller names hook-<module>.py and loads by path (aws-sam-cli\'s installer/pyinstaller/)',
      tree: { 'pyproject.toml': '[project]\nname = "app"\n', 'app/__init__.py': '', 'app/installer/__init__.py': '', 'app/installer/hook-app.py': 'hiddenimports = ["app.cli"]\n', 'app/main.py': 'from app import installer\n' },
    },
    { name: 'scripts outside packages may have any name', tree: { 'scripts/build-docs.py': '', 'my-tool.py': '' } },
    { name: 'a script with a shebang', tree: { 'pkg/__init__.py': '', 'pkg/run-me.py': '#!/usr/bin/env python3\n' } },
    { name: 'a script with a __main__ guard', tree: { 'pkg/__init__.py': '', 'pkg/update-data.py': 'if __name__ == "__main__":\n    main()\n' } },
    { name: 'a PEP 723 script', tree: { 'pkg/__init__.py': '', 'pkg/fetch-data.py': '# /// script\n# dependencies = []\n# ///\n' } },
    { name: 'migrations with leading digits', tree: { 'app/__init__.py': '', 'app/migrations/__init__.py': '', 'app/migrations/0001_initial.py': '', 'db/__init__.py': '', 'db/versions/__init__.py': '', 'db/versions/3f2a_add_users.py': '' } },
  ],
  invalid: [
    { name: 'a dash in a module name', tree: { 'pkg/__init__.py': '', 'pkg/my-module.py': '' }, errors: [{ path: 'pkg/my-module.py', line: 1, messageId: 'module' }] },
    {
      name: 'a keyword, a leading digit, a dot: one finding for the folder',
      tree: { 'pkg/__init__.py': '', 'pkg/class.py': '', 'pkg/2fa.py': '', 'pkg/v1.2.py': '' },
      errors: [{ path: 'pkg/2fa.py', message: '3 modules (`2fa.py`, `class.py`, `v1.2.py`) in `pkg/` cannot be imported' }],
    },
  ],
};
export default cases;
