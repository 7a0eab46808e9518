import type { RuleCases } from '../../src/rule-tester';

const cases: RuleCases = {
  valid: [
    { name: 'a flat project with tests/ and no config', tree: { 'pkg/__init__.py': '', 'pkg/core.py': '', 'tests/test_core.py': '' } },
    { name: 'data-like folders', tree: { 'pkg/__init__.py': '', 'pkg/fixtures/f.py': '', 'pkg/testdata/t.py': '', 'pkg/templates/t.py': '', 'pkg/migrations/m.py': '' } },
    { name: 'a name that is not an identifier', tree: { 'pkg/__init__.py': '', 'pkg/example-scripts/run.py': '' } },
    { name: 'declared namespace', tree: { 'dunderlint.toml': 'namespace-packages = ["pkg/plugins"]\n', 'pkg/__init__.py': '', 'pkg/plugins/p.py': '' } },
    { name: 'a folder without Python files', tree: { 'pkg/__init__.py': '', 'pkg/static/app.js': '' } },
    { name: 'ignore-names option', options: { 'ignore-names': ['sandbox'] }, tree: { 'pkg/__init__.py': '', 'pkg/sandbox/s.py': '' } },
  ],
  invalid: [
    {
      name: 'a folder of modules inside a package',
      tree: { 'pkg/__init__.py': '', 'pkg/sansio/request.py': '', 'pkg/sansio/app.py': '' },
      errors: [{ path: 'pkg/sansio/app.py', line: 1, messageId: 'implicit', message: '`pkg/sansio/` in a package has no `__init__.py`' }],
      output: { 'pkg/sansio/__init__.py': '' },
    },
  ],
};
export default cases;
