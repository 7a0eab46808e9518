import type { RuleCases } from '../../src/rule-tester';

const cases: RuleCases = {
  valid: [{ name: 'commas everywhere', tree: { 'm.py': 'a = b = 1\n__all__ = [\n    "a",\n    "b",\n]\n' } }],
  invalid: [
    {
      name: 'a missing comma between lines',
      tree: { 'm.py': 'a = b = c = 1\n__all__ = [\n    "a"\n    "b",\n    "c",\n]\n' },
      errors: [{ path: 'm.py', line: 3, column: 5, messageId: 'concat', message: 'is one name, "ab"' }],
      output: { 'm.py': 'a = b = c = 1\n__all__ = [\n    "a",\n    "b",\n    "c",\n]\n' },
    },
    {
      name: 'three parts on one line',
      tree: { 'm.py': 'x = y = z = 1\n__all__ = ("x" "y" \'z\',)\n' },
      errors: [{ path: 'm.py', line: 2, column: 12 }],
      output: { 'm.py': 'x = y = z = 1\n__all__ = ("x", "y", \'z\',)\n' },
    },
    {
      name: 'in grouping parentheses, which close before each comma (a comma in them would make a tuple)',
      tree: { 'm.py': 'a = b = c = 1\n__all__ = [\n    "a",\n    ("b"  # two names\n     "c"),\n]\n' },
      errors: [{ path: 'm.py', line: 4, column: 6, messageId: 'concat' }],
      output: { 'm.py': 'a = b = c = 1\n__all__ = [\n    "a",\n    ("b"), (  # two names\n     "c"),\n]\n' },
    },
  ],
};
export default cases;
