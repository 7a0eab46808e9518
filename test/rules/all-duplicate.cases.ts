import type { RuleCases } from '../../src/rule-tester';

const cases: RuleCases = {
  valid: [
    // Two names missing a comma, not a second "ab": all-implicit-concat's finding alone.
    { name: 'an implicit concatenation equal to a listed name', tree: { 'm.py': 'ab = 1\n__all__ = [\n    "a"\n    "b",\n    "ab",\n]\n' } },
    { name: 'a listed name equal to a later implicit concatenation', tree: { 'm.py': 'ab = 1\n__all__ = ["ab", "a" "b"]\n' } },
    { name: 'each once', tree: { 'm.py': 'a = b = 1\n__all__ = ["a", "b"]\n' } },
    {
      name: 'the same name in exclusive branches',
      tree: { 'm.py': 'import sys\nx = 1\n__all__ = []\nif sys.platform == "win32":\n    __all__.append("x")\nelse:\n    __all__.append("x")\n' },
    },
    { name: 'reassigned, not repeated', tree: { 'm.py': 'a = 1\n__all__ = ["a"]\n__all__ = ["a"]\n' } },
  ],
  invalid: [
    {
      name: 'twice in one list',
      tree: { 'm.py': 'a = b = 1\n__all__ = ["a", "b", "a"]\n' },
      errors: [{ path: 'm.py', line: 2, column: 22, messageId: 'duplicate', message: '"a" is already in `__all__` (line 2)' }],
      output: { 'm.py': 'a = b = 1\n__all__ = ["a", "b"]\n' },
    },
    {
      name: 'a repeat in a list a later assignment replaces: reported, and left alone by --fix (the fix must not change the final __all__)',
      tree: { 'm.py': 'a = 1\n__all__ = ["a", "a"]\n__all__ = ["a"]\n' },
      errors: [{ path: 'm.py', line: 2, column: 17 }],
      output: { 'm.py': 'a = 1\n__all__ = ["a", "a"]\n__all__ = ["a"]\n' },
      remainingAfterFix: 1,
    },
    {
      name: 'added again by +=',
      tree: { 'm.py': 'a = b = 1\n__all__ = ["a"]\n__all__ += ["b", "a"]\n' },
      errors: [{ path: 'm.py', line: 3, column: 18 }],
      output: { 'm.py': 'a = b = 1\n__all__ = ["a"]\n__all__ += ["b"]\n' },
    },
  ],
};
export default cases;
