import type { RuleCases } from '../../src/rule-tester';

/** Each case's module is `pkg` when the tree has `pkg/__init__.py`, else `m` (the runtime test imports it). */
const cases: RuleCases = {
  valid: [
    {
      name: 'a module that puts another module in its place in sys.modules: import * reads that one\'s __all__ (lightning.data)',
      tree: { 'pkg/__init__.py': '', 'pkg/data/__init__.py': 'import sys\n\nimport litdata\n\nsys.modules["pkg.data"] = litdata\n__all__ = ["LightningDataset"]\n' },
    },
    { name: 'defined every way', tree: { 'm.py': 'import os\nimport os.path as osp\nfrom sys import argv\ndef f(): pass\nclass C: pass\na = 1\nb: int = 2\nfor c in []: pass\nwith open(__file__) as d: pass\ntry:\n    e = 1\nexcept Exception as exc:\n    pass\nif (g := 1): pass\n__all__ = ["os", "osp", "argv", "f", "C", "a", "b", "d", "e", "g"]\n' } },
    { name: 'submodules of a package', tree: { 'pkg/__init__.py': '__all__ = ["sub", "subpkg"]\n', 'pkg/sub.py': '', 'pkg/subpkg/__init__.py': '' } },
    { name: 'attributes every module has without binding them', tree: { 'm.py': '__all__ = ["__doc__", "__name__", "__file__", "__spec__", "__loader__", "__package__", "__builtins__", "__cached__"]\n' } },
    { name: "a package's __path__", tree: { 'pkg/__init__.py': '__all__ = ["__path__"]\n' } },
    { name: 'a module-level __getattr__ bound by assignment (PEP 562)', tree: { 'm.py': 'def _make(name):\n    def getattr_(attr):\n        if attr == "__version__":\n            return "1"\n        raise AttributeError(attr)\n    return getattr_\n__getattr__ = _make(__name__)\n__all__ = ["__version__"]\n' } },
    { name: 'names from a first-party star import', tree: { 'pkg/__init__.py': 'from .impl import *\n__all__ = ["x", "y"]\n', 'pkg/impl.py': 'x = 1\ny = 2\n' } },
    { name: 'through the other module\'s __all__', tree: { 'pkg/__init__.py': 'from .impl import *\n__all__ = ["x"]\n', 'pkg/impl.py': 'x = 1\n_y = 2\n__all__ = ["x"]\n' } },
    { name: 'PEP 562 __getattr__', tree: { 'm.py': '__all__ = ["lazy"]\ndef __getattr__(name):\n    if name == "lazy":\n        return 1\n    raise AttributeError(name)\n' } },
    { name: 'an unresolvable star import', tree: { 'm.py': 'from json import *\n__all__ = ["loads"]\n' } },
    { name: 'names made by a function with `global`', tree: { 'm.py': 'def _init():\n    global table\n    table = {}\n_init()\n__all__ = ["table"]\n' } },
    { name: 'extend, append and remove', tree: { 'm.py': 'a = b = 1\n__all__ = ["a"]\n__all__.extend(["b"])\n__all__.append("zz")\n__all__.remove("zz")\n' } },
  ],
  invalid: [
    { name: 'a name never bound', tree: { 'm.py': 'a = 1\n__all__ = ["a", "missing"]\n' }, errors: [{ path: 'm.py', line: 2, column: 17, messageId: 'undefined', message: '"missing" in `__all__`' }] },
    { name: 'a bare annotation binds nothing', tree: { 'm.py': 'x: int\n__all__ = ["x"]\n' }, errors: [{ path: 'm.py', line: 2 }] },
    { name: '__path__ outside a package', tree: { 'm.py': '__all__ = ["__path__"]\n' }, errors: [{ path: 'm.py', line: 1 }] },
    { name: 'added by .append', tree: { 'm.py': 'a = 1\n__all__ = ["a"]\n__all__.append("gone")\n' }, errors: [{ path: 'm.py', line: 3 }] },
    { name: 'a submodule name outside __init__.py is not an attribute', tree: { 'pkg/__init__.py': '', 'pkg/m.py': '__all__ = ["sibling"]\n', 'pkg/sibling.py': '' }, errors: [{ path: 'pkg/m.py' }] },
    { name: 'a builtin is not a module attribute', tree: { 'm.py': '__all__ = ["print"]\n' }, errors: [{ path: 'm.py' }] },
  ],
};
export default cases;
