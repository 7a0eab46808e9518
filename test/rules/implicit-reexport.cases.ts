import type { RuleCases } from '../helpers/rule-tester';

const cases: RuleCases = {
  valid: [
    { name: 'an untyped package', tree: { 'pkg/__init__.py': 'from .core import Client\n', 'pkg/core.py': 'class Client: pass\n' } },
    {
      name: 'every explicit form',
      tree: {
        'pkg/py.typed': '',
        'pkg/__init__.py': 'from .core import Client, Session as Session, _helper\nfrom .util import tool\n__all__ = ["Client"]\nDEFAULT = tool()\n',
        'pkg/core.py': 'class Client: pass\nclass Session: pass\ndef _helper(): pass\n',
        'pkg/util.py': 'def tool(): pass\n',
      },
    },
  ],
  invalid: [
    {
      name: 'py.typed and a name missing from __all__',
      tree: { 'pkg/py.typed': '', 'pkg/__init__.py': 'from .core import Client, Session\n__all__ = ["Client"]\n', 'pkg/core.py': 'class Client: pass\nclass Session: pass\n' },
      errors: [{ path: 'pkg/__init__.py', line: 1, column: 27, messageId: 'implicit', message: '`Session` is imported into `pkg` from `.core`' }],
      output: { 'pkg/__init__.py': 'from .core import Client, Session\n__all__ = ["Client", "Session"]\n' },
    },
    {
      name: 'mypy strict and no __all__',
      tree: { 'pyproject.toml': '[project]\nname = "pkg"\n\n[tool.mypy]\nstrict = true\n', 'pkg/__init__.py': 'from .core import Client\n', 'pkg/core.py': 'class Client: pass\n' },
      errors: [{ path: 'pkg/__init__.py', message: 'mypy no_implicit_reexport' }],
    },
  ],
};
export default cases;
