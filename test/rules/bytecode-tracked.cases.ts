import type { RuleCases } from '../../src/rule-tester';
import { compiledBytecode } from '../helpers/bytecode';

const pyc = compiledBytecode();
const ignore = '__pycache__/\n*.py[cod]\n';

const cases: RuleCases = {
  valid: [
    {
      name: 'bytecode on disk but ignored and untracked',
      git: 'add',
      tree: { '.gitignore': ignore, 'app/__init__.py': '', 'app/__pycache__/__init__.cpython-312.pyc': pyc },
    },
    {
      name: 'extension modules (.pyd, .so) are not bytecode',
      git: 'add',
      tree: { 'pkg/__init__.py': '', 'pkg/_speedups.pyd': 'MZ', 'pkg/_speedups.cpython-312-x86_64-linux-gnu.so': 'ELF' },
    },
    {
      name: 'not a git work tree: the rule has no index to read',
      tree: { 'app/__init__.py': '', 'app/__pycache__/__init__.cpython-312.pyc': pyc, 'old.pyc': pyc },
    },
    {
      name: 'allow option covers a sourceless distribution tree',
      git: 'add-force',
      options: { allow: ['vendor/**'] },
      tree: { 'vendor/lib.pyc': pyc, 'vendor/__pycache__/a.cpython-312.pyc': pyc },
    },
  ],
  invalid: [
    {
      name: 'one finding per __pycache__ folder, untracked by the fix and then ignored',
      git: 'add-force',
      tree: {
        'app/__init__.py': '',
        'app/main.py': 'x = 1\n',
        'app/__pycache__/__init__.cpython-312.pyc': pyc,
        'app/__pycache__/main.cpython-312.pyc': pyc,
        'app/__pycache__/main.cpython-311.pyc': pyc,
      },
      errors: [{ path: 'app/__pycache__/__init__.cpython-312.pyc', line: 1, column: 1, messageId: 'pycache', message: '3 bytecode files' }],
      untracked: ['app/__pycache__'],
      output: { '.gitignore': ignore, 'app/__pycache__/main.cpython-312.pyc': pyc.toString('latin1') },
    },
    {
      name: 'two __pycache__ folders are two findings; an existing .gitignore is extended, not replaced',
      git: 'add-force',
      tree: {
        '.gitignore': '.venv/',
        'a/__pycache__/x.cpython-312.pyc': pyc,
        'b/c/__pycache__/y.cpython-312.pyc': pyc,
      },
      errors: [
        { path: 'a/__pycache__/x.cpython-312.pyc', messageId: 'pycache' },
        { path: 'b/c/__pycache__/y.cpython-312.pyc', messageId: 'pycache' },
      ],
      untracked: ['a/__pycache__', 'b/c/__pycache__'],
      output: { '.gitignore': `.venv/\n${ignore}` },
    },
    {
      name: 'loose .pyc and .pyo files, grouped per folder',
      git: 'add-force',
      tree: { 'pkg/__init__.py': '', 'pkg/__init__.pyc': pyc, 'pkg/util.pyo': pyc, 'top.pyc': pyc },
      errors: [
        { path: 'pkg/__init__.pyc', messageId: 'loose', message: '2 bytecode files tracked by git in this folder' },
        { path: 'top.pyc', messageId: 'loose' },
      ],
      untracked: ['pkg/__init__.pyc', 'pkg/util.pyo', 'top.pyc'],
    },
    {
      name: 'already ignored: the fix only untracks, .gitignore is left as it is',
      git: 'add-force',
      tree: { '.gitignore': '**/__pycache__\n*.pyc\n', 'm/__pycache__/m.cpython-312.pyc': pyc },
      errors: [{ path: 'm/__pycache__/m.cpython-312.pyc' }],
      output: { '.gitignore': '**/__pycache__\n*.pyc\n' },
    },
  ],
};
export default cases;
