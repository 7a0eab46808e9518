import type { RuleCases } from '../../src/rule-tester';

const cases: RuleCases = {
  valid: [
    { name: 'a real __init__.py', tree: { 'pkg/__init__.py': '', 'pkg/m.py': '' } },
    { name: 'a stub-only package', tree: { 'pkg/__init__.pyi': '', 'pkg/_init_.py': '' } },
    { name: 'a typo beside a real __init__.py is somebody else\'s problem', tree: { 'pkg/__init__.py': '', 'pkg/__init.py': '' } },
    {
      name: 'real private modules and dunder files',
      tree: {
        'pkg/_int.py': '', 'pkg/_ini.py': '', 'pkg/_internal.py': '', 'pkg/__main__.py': '', 'pkg/__about__.py': '',
        'pkg/__exit__.py': '', 'pkg/init.py': '', 'pkg/_io.py': '', 'pkg/__version__.py': '', 'pkg/_inst.py': '',
      },
    },
    { name: 'bytecode of __init__ is not a misspelling', tree: { 'pkg/__init__.pyc': 'x', 'pkg/m.py': '' } },
  ],
  invalid: [
    ...[
      '_init_.py', '__init.py', '__init__py', '__int__.py', '__inti__.py', '__init__.py.py', '__Init__.py', '__init__',
      '__intit__.py', '__ini__.py', '__init.py__', '_init.py', '__INIT__.PY',
    ].map((name) => ({
      name: `pkg/${name}`,
      tree: { [`pkg/${name}`]: '# package\n', 'pkg/m.py': '' },
      errors: [{ path: `pkg/${name}`, line: 1, column: 1, messageId: 'misspelled' }],
      output: { 'pkg/__init__.py': '# package\n', [`pkg/${name}`]: null },
    })),
    {
      name: 'two typos in one folder: both reported, the fix renames one and never overwrites',
      tree: { 'pkg/_init_.py': 'a\n', 'pkg/__init.py': 'b\n' },
      errors: [{ path: 'pkg/__init.py' }, { path: 'pkg/_init_.py' }],
      output: { 'pkg/__init__.py': 'b\n', 'pkg/_init_.py': 'a\n' },
    },
  ],
};
export default cases;
