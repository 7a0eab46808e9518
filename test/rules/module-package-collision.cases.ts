import type { RuleCases } from '../../src/rule-tester';

const cases: RuleCases = {
  valid: [
    { name: 'a stub beside its module', tree: { 'pkg/__init__.py': '', 'pkg/utils.py': '', 'pkg/utils.pyi': '' } },
    { name: 'a data folder named like a module', tree: { 'pkg/__init__.py': '', 'pkg/schema.py': '', 'pkg/schema/v1.json': '{}' } },
    {
      name: 'a script beside a folder of scripts and unused files nobody imports (geekcomputers/Python)',
      tree: {
        'CliYoutubeDownloader.py': 'import sys\n\nprint(sys.argv)\n',
        'CliYoutubeDownloader/CliYoutubeDownloader.py': 'import sys\n\n\ndef main():\n    print(sys.argv)\n\n\nif __name__ == "__main__":\n    main()\n',
        'simple_calculator.py': 'print(1 + 1)\n',
        'simple_calculator/simple_calculator.py': 'def add(x, y):\n    return x + y\n',
      },
    },
  ],
  invalid: [
    { name: 'the package wins', tree: { 'pkg/__init__.py': '', 'pkg/utils.py': '', 'pkg/utils/__init__.py': '', 'pkg/utils/text.py': '' }, errors: [{ path: 'pkg/utils.py', line: 1, messageId: 'moduleDead' }] },
    { name: 'the module hides an init-less folder', tree: { 'app.py': '', 'app/routes.py': '', 'main.py': 'from app.routes import index\n' }, errors: [{ path: 'app.py', messageId: 'folderDead' }] },
  ],
};
export default cases;
