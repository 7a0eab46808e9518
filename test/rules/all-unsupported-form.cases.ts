import type { RuleCases } from '../../src/rule-tester';

const cases: RuleCases = {
  valid: [
    {
      name: 'every form the typing spec lists',
      tree: {
        'pkg/__init__.py': 'from . import sub\nfrom .sub import *\na = b = c = 1\n__all__ = ["a"]\n__all__ = ("a",)\n__all__: list[str] = ["a"]\n__all__ += ["b"]\n__all__ += sub.__all__\n__all__.extend(["c"])\n__all__.extend(sub.__all__)\n__all__.append("c")\n__all__.remove("c")\n',
        'pkg/sub.py': '__all__ = []\n',
      },
    },
    {
      name: 'a module with a stub beside it: type checkers read the stub (lazy_loader\'s attach_stub)',
      tree: {
        'pkg/__init__.py': 'import lazy_loader as lazy\n\n__getattr__, __dir__, __all__ = lazy.attach_stub(__name__, __file__)\n__all__ = list(set(__all__) - {"old"})\n',
        'pkg/__init__.pyi': 'from .core import run\n\n__all__ = ["run"]\n',
        'pkg/core.py': 'def run(): pass\n',
      },
    },
    { name: 'runtime errors are all-not-sequence\'s', tree: { 'm.py': '__all__ = "x"\n__all__ = {"x"}\n' } },
    {
      // pyright takes TYPE_CHECKING as true: the other branches are unreachable, and it reports nothing there.
      name: 'the branch type checkers never read: the else of `if TYPE_CHECKING:`, an elif after it, the body of `if not TYPE_CHECKING:` (openai-python)',
      tree: {
        'm.py': 'from typing import TYPE_CHECKING\nSYMBOLS = ["a"]\na = 1\nif TYPE_CHECKING:\n    __all__: list[str] = []\nelse:\n    __all__ = SYMBOLS\n',
        'n.py': 'import typing\nSYMBOLS = ["a"]\na = 1\nif typing.TYPE_CHECKING:\n    __all__ = ["a"]\nelif SYMBOLS:\n    __all__ = list(SYMBOLS)\nelse:\n    if a:\n        __all__ = SYMBOLS\n',
        'o.py': 'from typing import TYPE_CHECKING\nSYMBOLS = ["a"]\na = 1\n__all__ = ["a"]\nif not TYPE_CHECKING:\n    __all__ = SYMBOLS\n',
      },
    },
  ],
  invalid: [
    {
      name: 'the branch type checkers read: the body of `if TYPE_CHECKING:`, the else of `if not TYPE_CHECKING:`',
      tree: {
        'm.py': 'from typing import TYPE_CHECKING\nSYMBOLS = ["a"]\na = 1\nif TYPE_CHECKING:\n    __all__ = SYMBOLS\n',
        'n.py': 'from typing import TYPE_CHECKING\nSYMBOLS = ["a"]\na = 1\nif not TYPE_CHECKING:\n    __all__ = ["a"]\nelse:\n    __all__ = SYMBOLS\n',
      },
      errors: [{ path: 'm.py', line: 5, messageId: 'form' }, { path: 'n.py', line: 7, messageId: 'form' }],
    },
    {
      name: 'a name among the strings',
      tree: { 'm.py': 'a = 1\nNAME = "a"\n__all__ = ["a", NAME]\n' },
      errors: [{ path: 'm.py', line: 3, column: 17, messageId: 'element' }],
    },
    {
      name: 'several names among the strings: one finding per statement, as pyright warns once (kivy\'s 47 names)',
      tree: { 'm.py': 'a = b = c = 1\nA, B, C = "a", "b", "c"\n__all__ = ["a", A, B, C]\n' },
      errors: [{ path: 'm.py', line: 3, column: 17, messageId: 'element', message: 'not `A` (and 2 more)' }],
    },
    { name: 'a + b', tree: { 'm.py': 'import os\n__all__ = ["x"] + os.__all__\n' }, errors: [{ path: 'm.py', line: 2, messageId: 'form', message: 'with a `+` of values' }] },
    { name: 'a comprehension', tree: { 'm.py': '__all__ = [n for n in dir() if not n.startswith("_")]\n' }, errors: [{ path: 'm.py', messageId: 'form', message: 'a comprehension' }] },
    { name: 'a call', tree: { 'm.py': '__all__ = sorted(globals())\n' }, errors: [{ path: 'm.py', message: 'a call to `sorted()`' }] },
    { name: '+= a tuple, .extend a tuple', tree: { 'm.py': 'x = 1\n__all__ = []\n__all__ += ("x",)\n__all__.extend(("x",))\n' }, errors: [{ path: 'm.py', line: 3 }, { path: 'm.py', line: 4 }] },
    { name: 'a loop', tree: { 'm.py': '__all__ = []\nfor _n in ("a", "b"):\n    __all__.append(_n)\n' }, errors: [{ path: 'm.py', line: 3, messageId: 'loop' }] },
  ],
};
export default cases;
