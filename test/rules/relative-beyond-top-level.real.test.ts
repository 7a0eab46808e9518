/**
 * relative-beyond-top-level against CPython: every finding is an ImportError when the module is
 * imported the way its layout says (its import root on sys.path), and every silent case imports.
 */
import rule from '../../rules/relative-beyond-top-level';
import { cpythonsFor, findingsOf, importModule, runPython } from '../helpers/import-check';
import { makeTree, type Tree } from '../helpers/tree';

const pythons = cpythonsFor('relative-beyond-top-level.real');
const each = pythons.length ? describe.each(pythons.map((p) => [p.version, p] as const)) : describe.skip.each([['none', null]] as const);

interface Case {
  name: string;
  tree: Tree;
  /** The import root, relative to the tree. */
  root: string;
  /** The module to import, by its dotted name from the root. */
  module: string;
}

const invalid: Array<Case & { error: string }> = [
  {
    name: 'two dots in a top-level package',
    tree: { 'pkg/__init__.py': '', 'pkg/mod.py': 'from .. import sibling\n', 'sibling.py': '' },
    root: '',
    module: 'pkg.mod',
    error: 'ImportError: attempted relative import beyond top-level package',
  },
  {
    name: 'three dots from a subpackage of a src layout',
    tree: { 'pyproject.toml': '[project]\nname = "app"\n', 'src/app/__init__.py': '', 'src/app/core/__init__.py': 'from ...util import helper\n', 'src/util.py': 'helper = 1\n' },
    root: 'src',
    module: 'app.core',
    error: 'ImportError: attempted relative import beyond top-level package',
  },
  {
    name: 'a relative import in a top-level module',
    tree: { 'pkg/__init__.py': 'x = 1\n', 'main.py': 'from .pkg import x\n' },
    root: '',
    module: 'main',
    error: 'ImportError: attempted relative import with no known parent package',
  },
];

const valid: Case[] = [
  {
    name: 'relative imports that stay inside the package',
    tree: { 'pkg/__init__.py': 'from . import a\n', 'pkg/a.py': 'from .sub import b\n', 'pkg/sub/__init__.py': '', 'pkg/sub/b.py': 'from .. import a\nfrom ..a import __name__ as n\n' },
    root: '',
    module: 'pkg.sub.b',
  },
  {
    name: 'two dots from a subpackage of a src layout',
    tree: { 'pyproject.toml': '[project]\nname = "app"\n', 'src/app/__init__.py': 'x = 1\n', 'src/app/core/__init__.py': 'from .. import x\n' },
    root: 'src',
    module: 'app.core',
  },
];

each('CPython %s', (_v, python) => {
  it.each(invalid.map((c) => [c.name, c] as const))('reported and an ImportError: %s', async (_n, c) => {
    const dir = makeTree(c.tree);
    expect(await findingsOf(rule, dir)).toHaveLength(1);
    // Python 3.8 raised ValueError for this one; 3.9 made it an ImportError (bpo-37444).
    const error = python!.version.startsWith('3.8.') ? c.error.replace(/^ImportError(?=: attempted relative import beyond)/, 'ValueError') : c.error;
    expect(importModule(python!, `${dir}/${c.root}`, c.module).error).toBe(error);
  });
  it.each(valid.map((c) => [c.name, c] as const))('silent and imports: %s', async (_n, c) => {
    const dir = makeTree(c.tree);
    expect(await findingsOf(rule, dir)).toEqual([]);
    expect(importModule(python!, `${dir}/${c.root}`, c.module)).toMatchObject({ status: 0, error: '' });
  });
  it('a script run by path fails, but run with -m from its package it imports: silent', async () => {
    const dir = makeTree({ 'tools/__init__.py': '', 'tools/run.py': 'from . import helpers\nif __name__ == "__main__":\n    print("ok")\n', 'tools/helpers.py': '' });
    expect(await findingsOf(rule, dir)).toEqual([]);
    expect(runPython(python!, dir, ['-m', 'tools.run']).stdout).toBe('ok\n');
  });
});
