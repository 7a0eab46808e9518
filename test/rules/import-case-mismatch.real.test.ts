/**
 * import-case-mismatch against CPython on Linux: every import the rule reports fails
 * (ModuleNotFoundError, or ImportError for `from pkg import Name`), and the exact spelling imports. (CPython checks the case on macOS and
 * Windows too, PEP 235, unless PYTHONCASEOK is set: the rule does not claim it works there.)
 */
import rule from '../../rules/import-case-mismatch';
import { cpythonsFor, findingsOf, runPython } from '../helpers/import-check';
import { makeTree } from '../helpers/tree';

const pythons = cpythonsFor('import-case-mismatch.real');
const each = pythons.length ? describe.each(pythons.map((p) => [p.version, p] as const)) : describe.skip.each([['none', null]] as const);

const cases: Array<[string, Record<string, string>, string]> = [
  ['a module spelled with a capital', { 'app/__init__.py': '', 'app/models.py': 'x = 1\n', 'main.py': 'from app.Models import x\n' }, "ModuleNotFoundError: No module named 'app.Models'"],
  ['a package folder spelled in lower case', { 'App/__init__.py': '', 'App/core.py': '', 'main.py': 'import app.core\n' }, "ModuleNotFoundError: No module named 'app'"],
  ['a relative import of a submodule', { 'app/__init__.py': '', 'app/util.py': '', 'app/core.py': 'from .Util import f\n', 'main.py': 'import app.core\n' }, "ModuleNotFoundError: No module named 'app.Util'"],
  ['from a namespace folder, a submodule by another case', { 'ns/util.py': '', 'main.py': 'from ns import Util\n' }, "ImportError: cannot import name 'Util' from 'ns' (unknown location)"],
];

each('CPython %s', (_v, python) => {
  it.each(cases)('reported and an import error: %s', async (_n, tree, error) => {
    const dir = makeTree(tree);
    expect((await findingsOf(rule, dir)).length).toBeGreaterThan(0);
    expect(runPython(python!, dir, ['main.py']).error).toBe(error);
  });
  it('from a package a name its __init__.py binds, spelled like a submodule: silent, and imports', async () => {
    const dir = makeTree({ 'app/__init__.py': 'class Models:\n    pass\n', 'app/models.py': '', 'main.py': 'from app import Models\n' });
    expect(await findingsOf(rule, dir)).toEqual([]);
    expect(runPython(python!, dir, ['main.py'])).toMatchObject({ status: 0, error: '' });
  });
});
