import type { RuleCases } from '../../src/rule-tester';

const cases: RuleCases = {
  valid: [
    { name: 'a flat project with tests/ and no config', tree: { 'pkg/__init__.py': '', 'pkg/core.py': '', 'tests/test_core.py': '' } },
    { name: 'data-like folders', tree: { 'pkg/__init__.py': '', 'pkg/fixtures/f.py': '', 'pkg/testdata/t.py': '', 'pkg/templates/t.py': '', 'pkg/migrations/m.py': '' } },
    { name: 'a name that is not an identifier', tree: { 'pkg/__init__.py': '', 'pkg/example-scripts/run.py': '' } },
    { name: 'declared namespace', tree: { 'dunderlint.toml': 'namespace-packages = ["pkg/plugins"]\n', 'pkg/__init__.py': '', 'pkg/plugins/p.py': '' } },
    { name: 'a folder without Python files', tree: { 'pkg/__init__.py': '', 'pkg/static/app.js': '' } },
    { name: 'ignore-names option', options: { 'ignore-names': ['sandbox'] }, tree: { 'pkg/__init__.py': '', 'pkg/sandbox/s.py': '' } },
    {
      name: 'demo apps nothing imports or runs in a package the wheel leaves out (gradio\'s demo/<app>/run.py)',
      tree: {
        'pyproject.toml': '[build-system]\nrequires = ["hatchling"]\nbuild-backend = "hatchling.build"\n\n[project]\nname = "app"\n\n[tool.hatch.build.targets.wheel]\npackages = ["app"]\n',
        'app/__init__.py': '',
        'demo/__init__.py': '',
        'demo/random_demos.py': 'import os\n',
        'demo/hello/run.py': 'import app\n\ndemo = app\ndemo.launch()\n',
      },
    },
    {
      name: 'a folder beside a module of the same name: an __init__.py would make the folder shadow the module (zarr\'s tests/test_api/ and tests/test_api.py)',
      tree: {
        'pkg/__init__.py': '',
        'pkg/api.py': 'X = 1\n',
        'pkg/api/helpers.py': 'X = 1\n',
      },
    },
    {
      name: 'a folder of page scripts whose names no import can spell (streamlit\'s pages/02_page2.py)',
      tree: { 'pkg/__init__.py': '', 'pkg/app.py': 'X = 1\n', 'pkg/pages/01_intro.py': 'print(1)\n', 'pkg/pages/02_page2.py': 'print(2)\n' },
    },
    {
      name: 'a test folder without __init__.py among packaged ones, under --import-mode=importlib: pytest names its modules by path',
      tree: {
        'pyproject.toml': '[project]\nname = "pkg"\n\n[tool.pytest.ini_options]\naddopts = "--import-mode=importlib"\n',
        'pkg/__init__.py': '',
        'tests/__init__.py': '',
        'tests/unit/__init__.py': '',
        'tests/unit/test_a.py': 'def test_a():\n    pass\n',
        'tests/integration/test_b.py': 'def test_b():\n    pass\n',
      },
    },
    {
      name: 'modules that import one another by bare name: scripts run from inside the folder (flax\'s examples/<ex>/)',
      tree: {
        'pyproject.toml': '[project]\nname = "pkg"\n',
        'pkg/__init__.py': '',
        'pkg/examples/__init__.py': '',
        'pkg/examples/lm1b/train.py': 'import models\n\n\ndef run():\n    return models.X\n',
        'pkg/examples/lm1b/models.py': 'X = 1\n',
      },
    },
    {
      name: 'tox runs pytest with --import-mode=importlib (napari): pytest names modules by path',
      tree: {
        'pyproject.toml': '[project]\nname = "pkg"\n\n[tool.pytest.ini_options]\naddopts = "-ra"\n',
        'tox.ini': '[testenv]\ncommands =\n    python -m pytest --color=yes \\\n        --import-mode=importlib {posargs}\n',
        'pkg/__init__.py': '',
        'tests/__init__.py': '',
        'tests/unit/__init__.py': '',
        'tests/unit/test_a.py': 'def test_a():\n    pass\n',
        'tests/integration/test_b.py': 'def test_b():\n    pass\n',
      },
    },
    {
      name: 'example scripts and modules nothing imports, in a package the wheel leaves out (instructor\'s examples/<topic>/)',
      tree: {
        'pyproject.toml': '[build-system]\nrequires = ["hatchling"]\nbuild-backend = "hatchling.build"\n\n[project]\nname = "app"\n\n[tool.hatch.build.targets.wheel]\npackages = ["app"]\n',
        'app/__init__.py': '',
        'examples/__init__.py': '',
        'examples/classification/run.py': 'import app\n\nif __name__ == "__main__":\n    print(app)\n',
        'examples/classification/classify.py': 'import app\n\nprediction = app\n',
      },
    },
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
