/**
 * package-ignored's claim checked with git and CPython: the project is committed and cloned fresh;
 * the import that works in the original fails in the clone exactly where the rule reports.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cli, json } from '../helpers/cli';
import { git, makeTree, trackedFiles, type Tree } from '../helpers/tree';

const PYTHON = '/root/.pyenv/versions/3.12.1/bin/python3';
if (!fs.existsSync(PYTHON) && process.env.CI) throw new Error(`${PYTHON} is missing`);
if (!fs.existsSync(PYTHON)) console.warn(`skipping the package-ignored clone checks: ${PYTHON} is missing`);
const describeIf = fs.existsSync(PYTHON) ? describe : describe.skip;

const TEMPLATE = 'build/\ndist/\ndownloads/\neggs/\nlib/\nlib64/\nparts/\nvar/\n__pycache__/\n';

/** The tree committed, and a fresh clone of it beside. */
function committedAndCloned(tree: Tree): { original: string; clone: string } {
  const original = makeTree(tree, 'add');
  git(original, '-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'init');
  const clone = makeTree({});
  git(clone, 'clone', '-q', original, 'c');
  return { original, clone: path.join(clone, 'c') };
}

function python(cwd: string, code: string): { code: number | null; stderr: string; stdout: string } {
  const r = spawnSync(PYTHON, ['-B', '-c', code], { cwd, encoding: 'utf8' });
  return { code: r.status, stderr: r.stderr, stdout: r.stdout };
}

function script(cwd: string, file: string): { code: number | null; stderr: string; stdout: string } {
  const r = spawnSync(PYTHON, ['-B', file], { cwd, encoding: 'utf8' });
  return { code: r.status, stderr: r.stderr, stdout: r.stdout };
}

function findings(cwd: string): Array<Record<string, any>> {
  return json(cli(cwd, '--format', 'json', '.')).diagnostics.filter((d) => d.rule === 'package-ignored');
}

describeIf('package-ignored against a fresh clone', () => {
  it('a package named lib works in the original and fails with ModuleNotFoundError in a fresh clone', () => {
    const { original, clone } = committedAndCloned({ '.gitignore': TEMPLATE, 'lib/__init__.py': '', 'lib/helpers.py': 'X = 1\n', 'app.py': 'from lib.helpers import X\nprint(X)\n' });
    expect(python(original, 'import app').stdout).toBe('1\n');
    const run = python(clone, 'import app');
    expect(run.stderr).toContain("ModuleNotFoundError: No module named 'lib'");
    expect(findings(original).map((d) => `${d.path}:${d.line}`)).toEqual(['app.py:1']);
    // The clone has no folder to find, and no finding: the error is CPython's, at run time.
    expect(findings(clone)).toEqual([]);
  });

  it("an ignored __init__.py: the clone's package is a namespace package whose __init__ code never ran", () => {
    const { original, clone } = committedAndCloned({ '.gitignore': '__init__.py\n', 'pkg/__init__.py': 'READY = True\n', 'pkg/m.py': 'def f(): pass\n' });
    const code = 'import pkg, pkg.m; print(pkg.__file__, getattr(pkg, "READY", False))';
    expect(python(original, code).stdout).toBe(`${path.join(original, 'pkg', '__init__.py')} True\n`);
    expect(python(clone, code).stdout).toBe('None False\n');
    expect(findings(original).map((d) => `${d.path}:${d.message}`)).toEqual(['pkg/m.py:git ignores `pkg/__init__.py` (`__init__.py` in .gitignore): in a clone it never runs and `pkg/` is a namespace package']);
  });

  it('a tracked package gives the same result in the original and the clone, and no finding', () => {
    const { original, clone } = committedAndCloned({ '.gitignore': TEMPLATE, 'tools/__init__.py': '', 'app.py': 'import tools\n' });
    expect(python(original, 'import app').code).toBe(0);
    expect(python(clone, 'import app').code).toBe(0);
    expect(findings(original)).toEqual([]);
  });

});

/**
 * The shapes of real projects that were bitten (or feared to be) by the template's `lib/` line,
 * rebuilt with their paths, ignore lines and import statements and our own minimal contents.
 * Each first commits the code that was tracked before the ignore line took effect, then adds
 * the `.gitignore` and the files the author had on disk.
 */
describeIf('package-ignored on the shapes of real projects', () => {
  function commit(dir: string, message: string): void {
    git(dir, '-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', message);
  }
  function cloneOf(dir: string): string {
    const parent = makeTree({});
    git(parent, 'clone', '-q', dir, 'c');
    return path.join(parent, 'c');
  }
  function write(dir: string, files: Record<string, string>): void {
    for (const [rel, content] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      fs.writeFileSync(path.join(dir, rel), content);
    }
  }

  // aerleon/aerleon PR #134 "Fixup: lib folder should not be gitignored" (1b3c5524, on the branch
  // 7a76a893 whose parent is 9baf0dcd): `aerleon/lib/` was tracked, but the template's `lib/` kept
  // every new module in it out of git. The next commit on that branch, a1c4a8eb, adds
  // aerleon/lib/yaml_loader.py, imported by the tracked naming.py and yaml.py.
  it('a new module in a tracked lib/ package, ignored by the template, is reported where tracked code imports it (aerleon PR #134)', () => {
    const dir = makeTree(
      {
        'aerleon/__init__.py': '',
        'aerleon/lib/__init__.py': '',
        'aerleon/lib/naming.py': 'from aerleon.lib.yaml_loader import SpanSafeYamlLoader\n',
        'aerleon/lib/yaml.py': 'import pathlib\nfrom aerleon.lib.yaml_loader import SpanSafeYamlLoader\n',
      },
      'add',
    );
    commit(dir, 'tracked before the ignore line');
    write(dir, { '.gitignore': TEMPLATE, 'aerleon/lib/yaml_loader.py': 'class SpanSafeYamlLoader: pass\n' });
    git(dir, 'add', '.gitignore');
    commit(dir, 'the template .gitignore');
    expect(git(dir, 'status', '--short', '--ignored')).toContain('!! aerleon/lib/yaml_loader.py');

    expect(python(dir, 'import aerleon.lib.naming').code).toBe(0);
    expect(python(cloneOf(dir), 'import aerleon.lib.naming').stderr).toContain("ModuleNotFoundError: No module named 'aerleon.lib.yaml_loader'");
    const found = findings(dir);
    expect(found.map((d) => `${d.path}:${d.line}: ${d.message}`)).toEqual([
      'aerleon/lib/naming.py:1: git ignores `aerleon/lib/yaml_loader.py` (`lib/` in .gitignore), needed by `from aerleon.lib.yaml_loader import SpanSafeYamlLoader`: ModuleNotFoundError in every clone',
    ]);
    expect(found[0]!.related.map((r: any) => `${r.path}:${r.line}: ${r.message}`)).toEqual(['aerleon/lib/yaml.py:2: also imported here']);
  });

  it('`from pkg import module` with the module ignored fails in a clone with ImportError, as the message says', () => {
    const dir = makeTree({ 'aerleon/__init__.py': '', 'aerleon/lib/__init__.py': '', 'app.py': 'from aerleon.lib import yaml_loader\n' }, 'add');
    commit(dir, 'tracked');
    write(dir, { '.gitignore': TEMPLATE, 'aerleon/lib/yaml_loader.py': '' });
    git(dir, 'add', '.gitignore');
    commit(dir, 'ignore');
    expect(python(dir, 'import app').code).toBe(0);
    expect(python(cloneOf(dir), 'import app').stderr).toContain("ImportError: cannot import name 'yaml_loader' from 'aerleon.lib'");
    expect(findings(dir).map((d) => d.message)).toEqual([
      'git ignores `aerleon/lib/yaml_loader.py` (`lib/` in .gitignore), needed by `from aerleon.lib import yaml_loader`: ImportError in every clone',
    ]);
  });

  // mercadolibre/python-sdk PR #25 "Remove the rule that ignores lib folder." (730a07bf, parent
  // be62e9c8): lib/meli.py, lib/ssl_helper.py were tracked, the template's `lib/` ignored only files
  // not yet created. Nothing ignored existed, so nothing can be found: the fix was preventive.
  it('a tracked lib/ under the template line with no ignored module in it is not reported (mercadolibre/python-sdk PR #25)', () => {
    const dir = makeTree({ 'lib/__init__.py': '', 'lib/meli.py': 'from ssl_helper import SSLAdapter\n', 'lib/ssl_helper.py': 'class SSLAdapter: pass\n', 'examples/get.py': 'import sys\nfrom meli import Meli\n' }, 'add');
    commit(dir, 'tracked');
    write(dir, { '.gitignore': TEMPLATE });
    git(dir, 'add', '.gitignore');
    commit(dir, 'the template .gitignore');
    expect(findings(dir)).toEqual([]);
  });

  // sinaptik-ai/panda-agi PR #31 "fix: add lib folder and remove from gitignore" (653a0061 / c8373359,
  // parent b4799510): the ignored folder was examples/ui/frontend/src/lib/, TypeScript only. Not this
  // rule's business: no Python imports it.
  it('an ignored lib/ of TypeScript beside Python code is not reported (panda-agi PR #31)', () => {
    const dir = makeTree({ '.gitignore': TEMPLATE, 'panda_agi/__init__.py': 'import os\n', 'examples/ui/frontend/src/lib/utils.ts': 'export const x = 1;\n', 'examples/ui/frontend/src/app.ts': "import { x } from './lib/utils';\n" }, 'add');
    commit(dir, 'init');
    expect(git(dir, 'status', '--short', '--ignored')).toContain('!! examples/ui/frontend/src/lib/');
    expect(findings(dir)).toEqual([]);
  });

  it('a module ignored by its own name (a local settings file) is left out on purpose and not reported', () => {
    const dir = makeTree({ '.gitignore': 'local_settings.py\n', 'app/__init__.py': '', 'app/settings.py': 'from app.local_settings import DEBUG\n', 'app/local_settings.py': 'DEBUG = True\n' }, 'add');
    expect(findings(dir)).toEqual([]);
  });

  // ppengtang/pcl.pytorch issue #1 "lib/ is missing" (because of .gitignore), fixed by add96c7a
  // "add lib dir" (parent 5feaccf0): the scripts in tools/ import `_init_paths`, which puts the
  // ignored lib/ on sys.path at run time, then import its packages by their own names (the layout of
  // Detectron and its many descendants).
  it('a package in an ignored lib/ that a script puts on sys.path at run time is reported at the import (pcl.pytorch issue #1)', () => {
    const initPaths = "import os.path as osp\nimport sys\nthis_dir = osp.abspath(osp.dirname(osp.dirname(__file__)))\nsys.path.insert(0, osp.join(this_dir, 'lib'))\n";
    const dir = makeTree(
      {
        '.gitignore': TEMPLATE,
        'tools/_init_paths.py': initPaths,
        'tools/test_net.py': "import _init_paths\nfrom core.config import cfg\n\nif __name__ == '__main__':\n    print(cfg)\n",
        'lib/core/__init__.py': '',
        'lib/core/config.py': 'cfg = 1\n',
      },
      'add',
    );
    commit(dir, 'init');
    expect(git(dir, 'status', '--short', '--ignored')).toContain('!! lib/');
    expect(script(dir, 'tools/test_net.py').stdout).toBe('1\n');
    expect(script(cloneOf(dir), 'tools/test_net.py').stderr).toContain("ModuleNotFoundError: No module named 'core'");
    expect(findings(dir).map((d) => `${d.path}:${d.line}: ${d.message}`)).toEqual([
      'tools/test_net.py:2: git ignores `lib/core/` (`lib/` in .gitignore), needed by `from core.config import cfg`: ModuleNotFoundError in every clone',
    ]);
  });

  it('an ignored symlink to a package is not reported: discovery leaves symlinked folders out on purpose', () => {
    const dir = makeTree({ '.gitignore': 'lib\n', 'pkgsrc/__init__.py': 'X = 1\n', 'app.py': 'from lib import X\nprint(X)\n' }, 'add');
    fs.symlinkSync('pkgsrc', path.join(dir, 'lib'));
    expect(python(dir, 'import app').stdout).toBe('1\n');
    expect(git(dir, 'status', '--short', '--ignored')).toContain('!! lib');
    expect(findings(dir)).toEqual([]);
    // The same folder as a real one is reported.
    fs.unlinkSync(path.join(dir, 'lib'));
    fs.cpSync(path.join(dir, 'pkgsrc'), path.join(dir, 'lib'), { recursive: true });
    expect(findings(dir).map((d) => `${d.path}:${d.line}`)).toEqual(['app.py:1']);
  });

  it('an ignored folder that pip installs dependencies into (a target with .dist-info) is not reported', () => {
    const dir = makeTree(
      {
        '.gitignore': TEMPLATE,
        'appengine_config.py': "from google.appengine.ext import vendor\nvendor.add('lib')\n",
        'main.py': 'import bottle\n',
        'lib/bottle.py': '',
        'lib/bottle-0.12.25.dist-info/METADATA': 'Name: bottle\n',
      },
      'add',
    );
    expect(findings(dir)).toEqual([]);
  });

  // wooey/Wooey issue #2 "missing tools.lib package", fixed by 4ab3ed02 "Lib folder was missing due
  // to .gitignore, renamed" (parent e006a736): the template's bare `lib` line kept wooey/lib/ out of
  // git, and manage.py imports it.
  it('a subpackage wooey/lib/ ignored by a bare `lib` line is reported at the import in manage.py (Wooey issue #2)', () => {
    const dir = makeTree(
      {
        '.gitignore': 'build\neggs\nlib\nlib64\n',
        'wooey/__init__.py': "__version__ = '0.0.1'\n",
        'wooey/lib/__init__.py': '',
        'wooey/lib/utils.py': 'def find_files(): return 1\n',
        'wooey/lib/python.py': 'def collect_argparses(): return 2\n',
        'manage.py': "from wooey.lib.utils import find_files\nfrom wooey.lib.python import collect_argparses\n\nif __name__ == '__main__':\n    print(find_files(), collect_argparses())\n",
      },
      'add',
    );
    commit(dir, 'init');
    expect(git(dir, 'status', '--short', '--ignored')).toContain('!! wooey/lib/');
    expect(script(dir, 'manage.py').stdout).toBe('1 2\n');
    expect(script(cloneOf(dir), 'manage.py').stderr).toContain("ModuleNotFoundError: No module named 'wooey.lib'");
    const found = findings(dir);
    expect(found.map((d) => `${d.path}:${d.line}: ${d.message}`)).toEqual([
      'manage.py:1: git ignores `wooey/lib/` (`lib` in .gitignore), needed by `from wooey.lib.utils import find_files`: ModuleNotFoundError in every clone',
    ]);
    expect(found[0]!.related.map((r: any) => `${r.path}:${r.line}`)).toEqual(['manage.py:2']);
  });

  // Netflix/consoleme PR #1 "Add lib directory, fix gitignore" (58ee71a6, parent fa2d7f9d): the
  // template's `lib/` kept consoleme/lib/ out of the first public commit; the package's own modules
  // (its `__main__` among them) import it. The fix anchored the line: `/lib/`.
  it('a package lib/ inside the project package, imported by its __main__, is reported; the anchored `/lib/` of the fix is not (consoleme PR #1)', () => {
    const tree = {
      '.gitignore': TEMPLATE,
      'setup.py': "from setuptools import setup, find_packages\nsetup(name='consoleme', packages=find_packages())\n",
      'consoleme/__init__.py': '',
      'consoleme/__main__.py': 'from consoleme.lib.plugins import get_plugin_by_name\nprint(get_plugin_by_name())\n',
      'consoleme/celery/__init__.py': '',
      'consoleme/celery/celery_tasks.py': 'from consoleme.lib.plugins import get_plugin_by_name\n',
      'consoleme/lib/__init__.py': '"""Libraries."""\n',
      'consoleme/lib/plugins.py': "def get_plugin_by_name(): return 'p'\n",
    };
    const dir = makeTree(tree, 'add');
    commit(dir, 'init');
    expect(python(dir, 'import runpy; runpy.run_module("consoleme", run_name="__main__")').stdout).toBe('p\n');
    expect(python(cloneOf(dir), 'import consoleme.__main__').stderr).toContain("ModuleNotFoundError: No module named 'consoleme.lib'");
    const found = findings(dir);
    expect(found.map((d) => `${d.path}:${d.line}: ${d.message}`)).toEqual([
      'consoleme/__main__.py:1: git ignores `consoleme/lib/` (`lib/` in .gitignore), needed by `from consoleme.lib.plugins import get_plugin_by_name`: ModuleNotFoundError in every clone',
    ]);
    expect(found[0]!.related.map((r: any) => `${r.path}:${r.line}`)).toEqual(['consoleme/celery/celery_tasks.py:1']);

    const fixed = makeTree({ ...tree, '.gitignore': TEMPLATE.replace('\nlib/\n', '\n/lib/\n') }, 'add');
    expect(trackedFiles(fixed)).toContain('consoleme/lib/plugins.py');
    expect(findings(fixed)).toEqual([]);
  });
});
