import type { RuleCases } from '../../src/rule-tester';

const cases: RuleCases = {
  valid: [
    { name: 'the usual template lines', git: 'add', tree: { '.gitignore': '__pycache__/\n*.py[cod]\n', 'm.py': '' } },
    { name: 'ignored by *.pyc alone', git: 'add', tree: { '.gitignore': '*.pyc\n', 'm.py': '' } },
    { name: 'ignored by a bare `__pycache__` pattern', git: 'add', tree: { '.gitignore': '__pycache__\n', 'm.py': '' } },
    { name: 'a project with no Python source has no bytecode to commit', git: 'add', tree: { 'README.md': '# hi\n' } },
    { name: 'not a git work tree', tree: { 'm.py': '' } },
    {
      name: 'the Python lives in backend/, whose own .gitignore ignores bytecode',
      git: 'add',
      tree: { 'frontend/.gitignore': 'node_modules/\n', 'frontend/app.js': '', 'backend/.gitignore': '__pycache__/\n*.pyc\n', 'backend/app/__init__.py': '', 'backend/app/main.py': '' },
    },
  ],
  invalid: [
    {
      name: 'no .gitignore at all: one is created',
      git: 'add',
      tree: { 'app/__init__.py': '', 'app/main.py': 'print(1)\n' },
      errors: [{ path: 'app/__init__.py', line: 1, column: 1, messageId: 'notIgnored' }],
      output: { '.gitignore': '__pycache__/\n*.py[cod]\n' },
    },
    {
      name: '.gitignore without bytecode lines: anchored at its last line, lines appended',
      git: 'add',
      tree: { '.gitignore': 'node_modules/\n.venv/\n', 'm.py': '' },
      errors: [{ path: '.gitignore', line: 2, column: 1 }],
      output: { '.gitignore': 'node_modules/\n.venv/\n__pycache__/\n*.py[cod]\n' },
    },
    {
      name: 'a .gitignore without a final newline keeps its last line intact',
      git: 'add',
      tree: { '.gitignore': '*.log', 'm.py': '' },
      errors: [{ path: '.gitignore', line: 1 }],
      output: { '.gitignore': '*.log\n__pycache__/\n*.py[cod]\n' },
    },
    {
      name: 'a negation that re-includes bytecode',
      git: 'add',
      tree: { '.gitignore': '__pycache__/\n!x/__pycache__/\n', 'm.py': '', 'x/m.py': '' },
      errors: [{ path: '.gitignore', line: 2 }],
    },
  ],
};
export default cases;
