import type { RuleCases } from '../../src/rule-tester';

const cases: RuleCases = {
  valid: [
    {
      name: 'a setup.cfg of other tools\' settings only, in the top-level package (kubernetes/setup.cfg: [flake8])',
      tree: {
        'setup.py': 'from setuptools import setup\nsetup(name="kubernetes", packages=["kubernetes", "kubernetes.utils"])\n',
        'kubernetes/__init__.py': 'from . import utils\n',
        'kubernetes/setup.cfg': '[flake8]\nmax-line-length=99\n',
        'kubernetes/utils/__init__.py': '',
      },
    },
    {
      name: 'cookiecutter placeholders in a template folder name (`{{cookiecutter.project_slug}}`)',
      tree: { 'pyproject.toml': '[project]\nname = "x"\n', 'templates/app/cookiecutter.json': '{}\n', 'templates/app/{{cookiecutter.project_slug}}/__init__.py': '' },
    },
    { name: 'packages below the project root', tree: { 'pyproject.toml': '', 'pkg/__init__.py': '' } },
    { name: 'a src layout', tree: { 'pyproject.toml': '', 'src/pkg/__init__.py': '' } },
    { name: 'a setup.py that is a module of a package', tree: { 'pkg/__init__.py': '', 'pkg/tests/__init__.py': '', 'pkg/tests/setup.py': '' } },
    { name: 'a package named src with no packages below it', tree: { 'pyproject.toml': '', 'src/__init__.py': '', 'src/core.py': '' } },
  ],
  invalid: [
    { name: 'beside pyproject.toml', tree: { 'pyproject.toml': '', '__init__.py': '', 'pkg/__init__.py': '' }, errors: [{ path: '__init__.py', line: 1, messageId: 'projectRoot' }] },
    { name: 'beside setup.py in a nested project', tree: { 'libs/a/setup.py': '', 'libs/a/__init__.py': '' }, errors: [{ path: 'libs/a/__init__.py', messageId: 'projectRoot' }] },
    { name: 'src/ of a src layout', tree: { 'pyproject.toml': '', 'src/__init__.py': '', 'src/pkg/__init__.py': '' }, errors: [{ path: 'src/__init__.py', messageId: 'srcLayout' }] },
    { name: 'a folder whose name is not an identifier', tree: { 'my-package/__init__.py': '', 'my-package/core.py': '' }, errors: [{ path: 'my-package/__init__.py', messageId: 'badName', message: '`my-package/` cannot be imported' }] },
  ],
};
export default cases;
