/**
 * import-self against CPython: what a module-level self-import really does. In package code it gets
 * the half-run module (names below it missing); in a script run by path it runs the file again.
 */
import rule from '../../rules/import-self';
import { cpythonsFor, findingsOf, importModule, runPython } from '../helpers/import-check';
import { makeTree } from '../helpers/tree';

const pythons = cpythonsFor('import-self.real');
const each = pythons.length ? describe.each(pythons.map((p) => [p.version, p] as const)) : describe.skip.each([['none', null]] as const);

each('CPython %s', (_v, python) => {
  it('from . import mod inside pkg/mod.py is reported, and gives the module itself, half run', async () => {
    const dir = makeTree({
      'pkg/__init__.py': '',
      'pkg/mod.py': 'import sys\nfrom . import mod\nprint(mod is sys.modules[__name__], hasattr(mod, "LATER"))\nLATER = 1\n',
    });
    expect(await findingsOf(rule, dir)).toEqual([expect.objectContaining({ path: 'pkg/mod.py', line: 2 })]);
    expect(importModule(python!, dir, 'pkg.mod')).toMatchObject({ status: 0, stdout: 'True False\n' });
  });
  it('from pkg import NAME above NAME in pkg/__init__.py is reported, and an ImportError', async () => {
    const dir = makeTree({ 'pkg/__init__.py': 'from pkg import VERSION\nVERSION = "1"\n' });
    expect(await findingsOf(rule, dir)).toEqual([expect.objectContaining({ path: 'pkg/__init__.py', line: 1 })]);
    expect(importModule(python!, dir, 'pkg').error).toMatch(/^ImportError: cannot import name 'VERSION' from (partially initialized module )?'pkg'/);
  });
  it('a script that imports itself is reported, and its top level runs twice', async () => {
    const dir = makeTree({ 'tools/report.py': 'import report\nprint("top level of", __name__)\nif __name__ == "__main__":\n    pass\n' });
    expect(await findingsOf(rule, dir)).toEqual([expect.objectContaining({ path: 'tools/report.py', line: 1 })]);
    expect(runPython(python!, dir, ['tools/report.py'])).toMatchObject({ status: 0, stdout: 'top level of report\ntop level of __main__\n' });
  });
  it('a package __init__.py importing a submodule is silent, and imports once', async () => {
    const dir = makeTree({ 'pkg/__init__.py': 'from pkg import mod\nfrom pkg.mod import x\n', 'pkg/mod.py': 'print("mod runs")\nx = 1\n' });
    expect(await findingsOf(rule, dir)).toEqual([]);
    expect(importModule(python!, dir, 'pkg')).toMatchObject({ status: 0, stdout: 'mod runs\n' });
  });
});
