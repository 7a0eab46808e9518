import type { RuleCases } from '../../src/rule-tester';

const cases: RuleCases = {
  valid: [
    { name: 'a stub beside its module', tree: { 'pkg/__init__.py': '', 'pkg/utils.py': '', 'pkg/utils.pyi': '' } },
    { name: 'a data folder named like a module', tree: { 'pkg/__init__.py': '', 'pkg/schema.py': '', 'pkg/schema/v1.json': '{}' } },
  ],
  invalid: [
    { name: 'the package wins', tree: { 'pkg/__init__.py': '', 'pkg/utils.py': '', 'pkg/utils/__init__.py': '', 'pkg/utils/text.py': '' }, errors: [{ path: 'pkg/utils.py', line: 1, messageId: 'moduleDead' }] },
    { name: 'the module hides an init-less folder', tree: { 'app.py': '', 'app/routes.py': '' }, errors: [{ path: 'app.py', messageId: 'folderDead' }] },
  ],
};
export default cases;
