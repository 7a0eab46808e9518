import type { RuleCases } from '../../src/rule-tester';

const setupPy = (args: string) => `from setuptools import setup, find_packages\nsetup(\n    name="app",\n    packages=${args},\n)\n`;

const cases: RuleCases = {
  valid: [
    { name: 'tests excluded with their subpackages', tree: { 'setup.py': setupPy('find_packages(exclude=["tests", "tests.*"])'), 'app/__init__.py': '', 'tests/__init__.py': '', 'tests/unit/__init__.py': '' } },
    { name: 'a src layout ships only src/', tree: { 'pyproject.toml': '[project]\nname = "app"\n', 'src/app/__init__.py': '', 'tests/__init__.py': '' } },
    { name: 'flat-layout auto-discovery skips reserved names', tree: { 'pyproject.toml': '[project]\nname = "app"\n', 'app/__init__.py': '', 'tests/__init__.py': '', 'docs/conf.py': '' } },
    { name: 'listed explicitly on purpose', tree: { 'setup.py': setupPy('["app", "utils"]'), 'app/__init__.py': '', 'utils/__init__.py': '' } },
    {
      name: 'packages.find lists a folder of non-Python files as a namespace package: nothing of it is installed',
      tree: { 'pyproject.toml': '[project]\nname = "app"\n\n[tool.setuptools.packages.find]\nwhere = ["."]\n', 'app/__init__.py': '', 'examples/Pipfile': '[packages]\n' },
    },
    { name: 'the distribution is named like that', tree: { 'setup.py': 'from setuptools import setup, find_packages\nsetup(name="config", packages=find_packages())\n', 'config/__init__.py': '' } },
  ],
  invalid: [
    {
      name: 'find_packages() ships tests/',
      tree: { 'setup.py': setupPy('find_packages()'), 'app/__init__.py': '', 'tests/__init__.py': '' },
      errors: [{ path: 'setup.py', line: 4, messageId: 'generic', message: 'installs a top-level `tests` package' }],
    },
    {
      name: 'exclude=["tests"] without "tests.*" still ships tests.unit',
      tree: { 'setup.py': setupPy('find_packages(exclude=["tests"])'), 'app/__init__.py': '', 'tests/__init__.py': '', 'tests/unit/__init__.py': '' },
      errors: [{ path: 'setup.py', message: '`tests`' }],
    },
    {
      name: 'pyproject find includes docs/ as a namespace package',
      tree: { 'pyproject.toml': '[project]\nname = "app"\n\n[tool.setuptools.packages.find]\nwhere = ["."]\n', 'app/__init__.py': '', 'docs/conf.py': '' },
      errors: [{ path: 'pyproject.toml', line: 4, message: '`docs`' }],
    },
  ],
};
export default cases;
