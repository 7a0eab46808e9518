import type { RuleCases } from '../../src/rule-tester';

const on = { 'dunderlint.toml': '[rules]\nall-unsorted = "warn"\n' };

const cases: RuleCases = {
  valid: [
    { name: 'off by default', tree: { 'm.py': 'b = a = 1\n__all__ = ["b", "a"]\n' } },
    { name: 'constants, classes, then the rest, naturally ordered', tree: { ...on, 'm.py': '__all__ = ["MAX_SIZE", "TIMEOUT", "Client", "Session", "connect", "item2", "item10"]\n' } },
  ],
  invalid: [
    {
      name: 'plain order, with separators and comments kept in place',
      tree: { ...on, 'm.py': '__all__ = [\n    "load",  # reading\n    "dump",\n    "Loader",\n]\n' },
      errors: [{ path: 'm.py', line: 1, column: 11, messageId: 'unsorted' }],
      output: { 'm.py': '__all__ = [\n    "Loader",  # reading\n    "dump",\n    "load",\n]\n' },
    },
  ],
};
export default cases;
