import type { RuleCases } from '../../src/rule-tester';

const cases: RuleCases = {
  valid: [
    { name: 'list and tuple', tree: { 'm.py': 'a = b = 1\n__all__ = ["a"]\n__all__ = ("a", "b")\n__all__ += ["b"]\n' } },
    { name: 'list() of characters the module all defines works at runtime', tree: { 'm.py': 'a = b = 1\n__all__ = list("ab")\n' } },
    { name: 'forms for all-unsupported-form, not runtime errors', tree: { 'm.py': 'import os\n__all__ = sorted(["a"])\n__all__ = os.__all__\n__all__ = [n for n in dir()]\n' } },
  ],
  invalid: [
    {
      name: 'extended with a set',
      tree: { 'm.py': 'a = b = 1\n__all__ = ["a"]\n__all__ += {"b"}\n' },
      errors: [{ path: 'm.py', line: 3, column: 12, messageId: 'setAdded' }],
    },
    { name: 'a bare string', tree: { 'm.py': 'x = 1\n__all__ = "x"\n' }, errors: [{ path: 'm.py', line: 2, column: 11, messageId: 'string' }], output: { 'm.py': 'x = 1\n__all__ = ("x",)\n' } },
    { name: 'a parenthesized string', tree: { 'm.py': 'x = 1\n__all__ = ("x")\n' }, errors: [{ path: 'm.py', line: 2, messageId: 'string' }], output: { 'm.py': 'x = 1\n__all__ = ("x",)\n' } },
    { name: '+= and .extend with a string: the fix writes a list, the form type checkers follow', tree: { 'm.py': 'x = y = 1\n__all__ = []\n__all__ += "x"\n__all__.extend("y")\n' }, errors: [{ path: 'm.py', line: 3, messageId: 'string', message: 'write `["x"]`' }, { path: 'm.py', line: 4, messageId: 'string' }], output: { 'm.py': 'x = y = 1\n__all__ = []\n__all__ += ["x"]\n__all__.extend(["y"])\n' } },
    { name: 'a set', tree: { 'm.py': 'a = b = 1\n__all__ = {"a", "b"}\n' }, errors: [{ path: 'm.py', messageId: 'set' }], output: { 'm.py': 'a = b = 1\n__all__ = ("a", "b")\n' } },
    { name: 'a dict', tree: { 'm.py': '__all__ = {"a": 1}\n' }, errors: [{ path: 'm.py', messageId: 'dict' }] },
    { name: 'bytes', tree: { 'm.py': '__all__ = b"a"\n' }, errors: [{ path: 'm.py', messageId: 'constant' }] },
    {
      name: 'list of a string: the fix writes the string as the one name of a list',
      tree: { 'm.py': 'C = 1\nCONST = 2\n__all__ = list("CONST")\n' },
      errors: [{ path: 'm.py', line: 3, column: 11, messageId: 'characters', message: 'has no attribute \'O\'' }],
      output: { 'm.py': 'C = 1\nCONST = 2\n__all__ = ["CONST"]\n' },
    },
    { name: 'a list + a tuple', tree: { 'm.py': 'a = b = 1\n__all__ = ["a"] + ("b",)\n' }, errors: [{ path: 'm.py', messageId: 'concat' }] },
    { name: 'None and a generator', tree: { 'm.py': '__all__ = None\n__all__ = (n for n in [])\n' }, errors: [{ path: 'm.py', line: 1, messageId: 'notIndexable' }, { path: 'm.py', line: 2, messageId: 'notIndexable' }] },
  ],
};
export default cases;
