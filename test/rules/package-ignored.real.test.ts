/**
 * package-ignored's claim checked with git and CPython: the project is committed and cloned fresh;
 * the import that works in the original fails in the clone exactly where the rule reports.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cli, json } from '../helpers/cli';
import { git, makeTree, type Tree } from '../helpers/tree';

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
