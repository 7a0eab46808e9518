/**
 * Suppression comments read as ruff reads them, checked against ruff itself (its WebAssembly build):
 * for an `__init__.py` that imports names it does not export, the lines where ruff still reports
 * F401 (unused import) under each comment are the lines where implicit-reexport still reports.
 */
import ruff from '@astral-sh/ruff-wasm-nodejs';
import { lint } from '../../src/lint';
import { makeTree } from '../helpers/tree';

const workspace = new ruff.Workspace({ lint: { select: ['F401'] } }, ruff.PositionEncoding.Utf16);

async function ours(init: string): Promise<number[]> {
  const dir = makeTree({ 'pyproject.toml': '[project]\nname = "pkg"\n', 'pkg/py.typed': '', 'pkg/core.py': 'class A: ...\nclass B: ...\n', 'pkg/__init__.py': init, 'use.py': 'from pkg import A, B\n' });
  const result = await lint({ cwd: dir, cacheDir: false });
  return result.diagnostics.filter((d) => d.rule === 'implicit-reexport').map((d) => d.location.start.line).sort();
}

const theirs = (init: string): number[] =>
  (workspace.check(init) as Array<{ code: string; start_location: { row: number } }>).filter((d) => d.code === 'F401').map((d) => d.start_location.row).sort();

it.each([
  ['no comment', 'from .core import (\n    A,\n    B,\n)\n'],
  ['a bare # noqa on the first line of a multi-line from-import', 'from .core import (  # noqa\n    A,\n    B,\n)\n'],
  ['a bare # noqa on one name\'s line', 'from .core import (\n    A,  # noqa\n    B,\n)\n'],
  ['# ruff: noqa alone on a line', '# ruff: noqa\nfrom .core import A, B\n'],
  ['# flake8: noqa alone on a line', '# flake8: noqa\nfrom .core import A, B\n'],
])('%s: the same lines stay reported', async (_name, init) => {
  expect(await ours(init)).toEqual(theirs(init));
});

it('without a comment both report each name on its own line', async () => {
  const init = 'from .core import (\n    A,\n    B,\n)\n';
  expect(theirs(init)).toEqual([2, 3]);
  expect(await ours(init)).toEqual([2, 3]);
});
