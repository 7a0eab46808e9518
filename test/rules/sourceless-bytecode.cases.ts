import type { RuleCases } from '../../src/rule-tester';
import { compiledBytecode } from '../helpers/bytecode';

const pyc = compiledBytecode();

const cases: RuleCases = {
  valid: [
    { name: 'a .pyc beside its source', tree: { 'pkg/__init__.py': '', 'pkg/m.py': '', 'pkg/m.pyc': pyc } },
    { name: 'bytecode inside __pycache__ is never imported without its source', git: 'add-force', tree: { 'pkg/__pycache__/gone.cpython-312.pyc': pyc } },
    { name: 'an extension module wins over the .pyc', tree: { 'fast.cpython-312-x86_64-linux-gnu.so': 'ELF', 'fast.pyc': pyc, 'win.pyd': 'MZ', 'win.pyc': pyc } },
    { name: 'a package of the same name wins', tree: { 'pkg/__init__.py': '', 'pkg.pyc': pyc } },
    { name: 'a name no import statement can spell', tree: { 'm.cpython-312.pyc': pyc, 'class.pyc': pyc, '2fast.pyc': pyc } },
    { name: 'allowed by option', options: { allow: ['dist_sourceless/**'] }, tree: { 'dist_sourceless/core.pyc': pyc } },
    { name: 'ignored by git: not read at all', git: 'add', tree: { '.gitignore': '*.pyc\n', 'old.pyc': pyc } },
  ],
  invalid: [
    {
      name: 'a .pyc whose source was deleted',
      tree: { 'pkg/__init__.py': '', 'pkg/old.pyc': pyc },
      errors: [{ path: 'pkg/old.pyc', line: 1, column: 1, messageId: 'sourceless', message: 'no `old.py`' }],
    },
    {
      name: 'a legacy __init__.pyc that makes a folder a package',
      git: 'add-force',
      tree: { 'pkg/__init__.pyc': pyc, 'pkg/m.py': '' },
      errors: [{ path: 'pkg/__init__.pyc', messageId: 'sourceless' }],
    },
    {
      name: 'a stub is not a source',
      tree: { 'm.pyi': '', 'm.pyc': pyc },
      errors: [{ path: 'm.pyc' }],
    },
  ],
};
export default cases;
