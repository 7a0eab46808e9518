import type { RuleCases } from '../../src/rule-tester';

const cases: RuleCases = {
  valid: [
    { name: 'strings only (raw and escaped too)', tree: { 'm.py': 'a = b = 1\n__all__ = ["a", r"b"]\n' } },
    { name: 'starred parts are all-unsupported-form\'s business', tree: { 'm.py': 'import os\n__all__ = [*os.__all__]\n' } },
  ],
  invalid: [
    {
      name: 'names, numbers, None, bytes and f-strings',
      tree: { 'm.py': 'class A: pass\n__all__ = [A, 1, None, b"x", f"y", "ok"]\nok = 1\n' },
      errors: [
        { path: 'm.py', line: 2, column: 12, messageId: 'nonString', message: '`A` in `__all__` is not a string' },
        { path: 'm.py', line: 2, column: 15 },
        { path: 'm.py', line: 2, column: 18 },
        { path: 'm.py', line: 2, column: 24 },
        { path: 'm.py', line: 2, column: 30 },
      ],
    },
  ],
};
export default cases;
