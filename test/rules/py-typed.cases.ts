import type { RuleCases } from '../../src/rule-tester';

const HATCH = '[build-system]\nrequires = ["hatchling"]\nbuild-backend = "hatchling.build"\n';
const project = (extra = ''): string => `${HATCH}[project]\nname = "app"\nversion = "1"\n${extra}`;
const STUBS = `${HATCH}[project]\nname = "foo-stubs"\nversion = "1"\n[tool.hatch.build.targets.wheel]\npackages = ["foo-stubs"]\n`;
const TYPED = 'classifiers = [\n  "Programming Language :: Python :: 3",\n  "Typing :: Typed",\n]\n';

const cases: RuleCases = {
  valid: [
    { name: 'py.typed in the top-level package, with the classifier', tree: { 'pyproject.toml': project(TYPED), 'app/__init__.py': '', 'app/py.typed': '', 'app/sub/__init__.py': '' } },
    { name: 'py.typed in the top package and a subpackage', tree: { 'pyproject.toml': project(), 'app/__init__.py': '', 'app/py.typed': '', 'app/sub/__init__.py': '', 'app/sub/py.typed': '' } },
    {
      name: 'a namespace package: the marker is in its regular subpackage (PEP 561)',
      tree: { 'pyproject.toml': `${project()}[tool.hatch.build.targets.wheel]\npackages = ["ns"]\n`, 'ns/app/__init__.py': '', 'ns/app/py.typed': '' },
    },
    { name: 'no packaging metadata: no wheel to judge', tree: { 'py.typed': '', 'app/__init__.py': '' } },
    { name: 'a marker in test data', tree: { 'pyproject.toml': project(), 'app/__init__.py': '', 'app/py.typed': '', 'tests/fixtures/lib/py.typed': '', 'tests/fixtures/lib/__init__.py': '' } },
    { name: 'a stub-only distribution with a partial marker', tree: { 'pyproject.toml': `${HATCH}[project]\nname = "foo-stubs"\nversion = "1"\n[tool.hatch.build.targets.wheel]\npackages = ["foo-stubs"]\n`, 'foo-stubs/__init__.pyi': '', 'foo-stubs/py.typed': 'partial\n' } },
    { name: 'a complete stub-only distribution: an empty py.typed', tree: { 'pyproject.toml': STUBS, 'foo-stubs/__init__.pyi': '', 'foo-stubs/py.typed': '' } },
    { name: 'a partial marker with a CRLF line break: both checkers read it as partial', tree: { 'pyproject.toml': STUBS, 'foo-stubs/__init__.pyi': '', 'foo-stubs/py.typed': 'partial\r\n' } },
    { name: 'a marker in a test fixture of a stub package', tree: { 'pyproject.toml': project(), 'app/__init__.py': '', 'app/py.typed': '', 'tests/data/foo-stubs/py.typed': 'partial', 'tests/data/foo-stubs/__init__.pyi': '' } },
    {
      name: 'partial in a stub-only folder that setuptools installs as a -stubs package (package-dir)',
      tree: {
        'pyproject.toml': '[build-system]\nrequires = ["setuptools"]\nbuild-backend = "setuptools.build_meta"\n[project]\nname = "stubs"\nversion = "0"\n[tool.setuptools.package-dir]\n"foo-stubs" = "stubs/foo"\n',
        'stubs/foo/__init__.pyi': '',
        'stubs/foo/py.typed': 'partial\n',
      },
    },
    { name: 'a stray py.typed in the project folder beside the shipped one in the package', tree: { 'pyproject.toml': project(TYPED), 'py.typed': '', 'app/__init__.py': '', 'app/py.typed': '' } },
    { name: 'the classifier elsewhere than [project]', tree: { 'pyproject.toml': `${project()}[tool.other]\nclassifiers = ["Typing :: Typed"]\n`, 'app/__init__.py': '' } },
    { name: 'a marker in an example folder the wheel does not ship', tree: { 'pyproject.toml': project(), 'app/__init__.py': '', 'app/py.typed': '', 'examples/demo/py.typed': '', 'examples/demo/run.py': '' } },
  ],
  invalid: [
    {
      name: 'py.typed in the project folder, not in the package',
      tree: { 'pyproject.toml': project(), 'py.typed': '', 'app/__init__.py': '' },
      errors: [{ path: 'py.typed', line: 1, messageId: 'notShipped', message: '`py.typed` is outside every package the wheel ships (hatchling): no installed copy has it, nothing is marked typed' }],
    },
    {
      name: 'py.typed in src/ of a src layout',
      tree: { 'pyproject.toml': project(), 'src/py.typed': '', 'src/app/__init__.py': '' },
      errors: [{ path: 'src/py.typed', messageId: 'notShipped' }],
    },
    {
      name: 'py.typed only in a subpackage of a regular package',
      tree: { 'pyproject.toml': project(), 'app/__init__.py': '', 'app/core/__init__.py': '', 'app/core/py.typed': '' },
      errors: [{ path: 'app/core/py.typed', line: 1, messageId: 'belowTop' }],
    },
    {
      name: 'Typing :: Typed without a py.typed',
      tree: { 'pyproject.toml': project(TYPED), 'app/__init__.py': '' },
      errors: [{ path: 'pyproject.toml', line: 9, messageId: 'classifierWithoutMarker' }],
    },
    {
      name: 'a stub package marker saying partial without a line break: pyright reads it as complete',
      tree: { 'pyproject.toml': STUBS, 'foo-stubs/__init__.pyi': '', 'foo-stubs/py.typed': 'partial' },
      errors: [{ path: 'foo-stubs/py.typed', line: 1, messageId: 'partialMypyOnly', message: '`foo-stubs/py.typed` needs a line break right after `partial`: mypy reads these stubs as partial, pyright as complete' }],
    },
    {
      name: 'a stub package marker with more than partial: mypy reads it as complete',
      tree: { 'pyproject.toml': STUBS, 'foo-stubs/__init__.pyi': '', 'foo-stubs/py.typed': 'partial\n# PEP 561\n' },
      errors: [{ path: 'foo-stubs/py.typed', line: 1, messageId: 'partialPyrightOnly', message: '`foo-stubs/py.typed` must hold only `partial`: pyright reads these stubs as partial, mypy as complete' }],
    },
    {
      name: 'a stub package marker starting with a byte order mark: mypy does not strip it and reads the stubs as complete',
      tree: { 'pyproject.toml': STUBS, 'foo-stubs/__init__.pyi': '', 'foo-stubs/py.typed': '\ufeffpartial\n' },
      errors: [{ path: 'foo-stubs/py.typed', line: 1, messageId: 'partialPyrightOnly' }],
    },
    {
      name: 'partial in the marker of a package with inline types, which only stub packages can be',
      tree: { 'pyproject.toml': project(), 'app/__init__.py': '', 'app/py.typed': 'partial\n' },
      errors: [{ path: 'app/py.typed', line: 1, messageId: 'partialInline', message: '`app/py.typed` says `partial`, which only a `-stubs` package can be (PEP 561): mypy and pyright ignore it' }],
    },
  ],
};
export default cases;
