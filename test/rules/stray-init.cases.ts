import type { RuleCases } from '../../src/rule-tester';

const cases: RuleCases = {
  valid: [
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
