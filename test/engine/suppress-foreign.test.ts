/** Suppression comments other tools already put on these lines are honoured for the same checks. */
import { lint } from '../../src/lint';
import { makeTree } from '../helpers/tree';

async function rulesFound(source: string): Promise<string[]> {
  const result = await lint({ cwd: makeTree({ 'm.py': source }) });
  return result.diagnostics.map((d) => `${d.rule}:${d.location.start.line}`);
}

describe('foreign suppression comments', () => {
  it.each([
    ['a bare # noqa silences every rule on its line', 'a = 1\n__all__ = ["a", "missing"]  # noqa\n', []],
    ['# noqa: F822 is all-undefined', 'a = 1\n__all__ = ["a", "missing"]  # noqa: F822\n', []],
    ['codes are case-insensitive, spaces optional, lists accepted', 'a = 1\n__all__ = ["a", "missing"]  # NOQA:E501,f822\n', []],
    ['an unrelated code silences nothing', 'a = 1\n__all__ = ["a", "missing"]  # noqa: E501\n', ['all-undefined:2']],
    ['# noqa: RUF068 is all-duplicate', 'a = 1\n__all__ = ["a", "a"]  # noqa: RUF068\n', []],
    ['# noqa: PLE0605 is all-not-sequence', 'a = 1\n__all__ = "a"  # noqa: PLE0605\n', []],
    ['# pyright: ignore covers the rule that reports what pyright would', 'x = ["a"]\n__all__ = x  # pyright: ignore[reportUnsupportedDunderAll]\n', []],
    ['# type: ignore, which pyright honours, covers the rule that reports what pyright would', 'x = ["a"]\n__all__ = x  # type: ignore[reportUnsupportedDunderAll]\n', []],
    ['a # type: ignore before any code exempts the file, as pyright reads it', '# type: ignore\nx = ["a"]\n__all__ = x\n', []],
    ['a # type: ignore after code is only for its line', 'y = 1\n# type: ignore\nx = ["a"]\n__all__ = x\n', ['all-unsupported-form:4']],
    ['a noqa on another line does not count', '# noqa: F822\na = 1\n__all__ = ["a", "missing"]\n', ['all-undefined:3']],
    ['noqa inside a string is not a comment', 'a = 1\n__all__ = ["a", "missing"]; s = "# noqa"\n', ['all-undefined:2']],
  ])('%s', async (_name, source, expected) => {
    expect(await rulesFound(source)).toEqual(expected);
  });
});

/** A typed package whose `__init__.py` imports names without re-exporting them (implicit-reexport). */
async function typedPackage(init: string): Promise<string[]> {
  const dir = makeTree({
    'pyproject.toml': '[project]\nname = "pkg"\n',
    'pkg/py.typed': '',
    'pkg/core.py': 'class A: ...\nclass B: ...\n',
    'pkg/__init__.py': init,
    'pkg/base.py': 'import os\nimport sys\nX = 1\n',
    'use.py': 'from pkg import A, B\n',
  });
  const result = await lint({ cwd: dir });
  return result.diagnostics.map((d) => `${d.rule}:${d.location.path}:${d.location.start.line}`);
}

describe('suppression comments as ruff reads them', () => {
  it('without a comment, each name of a parenthesized import is reported on its own line', async () => {
    expect(await typedPackage('from .core import (\n    A,\n    B,\n)\n')).toEqual(['implicit-reexport:pkg/__init__.py:2', 'implicit-reexport:pkg/__init__.py:3']);
  });
  it.each([
    ['a # noqa on the first line of a parenthesized from-import covers the whole statement', 'from .core import (  # noqa\n    A,\n    B,\n)\n'],
    ['and # dunderlint: disable= there', 'from .core import (  # dunderlint: disable=implicit-reexport\n    A,\n    B,\n)\n'],
    ['# ruff: noqa on its own line exempts the file', '# ruff: noqa\nfrom .core import (\n    A,\n    B,\n)\n'],
    ['# flake8: noqa, which ruff also reads, exempts the file', '# flake8: noqa\nfrom .core import A, B\n'],
    ['# ruff: noqa: F822 exempts the file from the rule that checks the same thing', '# ruff: noqa: F822\nfrom .core import A, B\n__all__ = ["A", "B", "missing"]\n'],
  ])('%s', async (_name, init) => {
    expect(await typedPackage(init)).toEqual([]);
  });
  it.each([
    ['a # noqa on a later line of the statement covers only that line', 'from .core import (\n    A,  # noqa\n    B,\n)\n', ['implicit-reexport:pkg/__init__.py:3']],
    ['# noqa: F401 (unused import) keeps a re-export the type checkers must still see', 'from .core import (  # noqa: F401\n    A,\n    B,\n)\n', ['implicit-reexport:pkg/__init__.py:2', 'implicit-reexport:pkg/__init__.py:3']],
    ['without it, that __all__ is reported', 'from .core import A, B\n__all__ = ["A", "B", "missing"]\n', ['all-undefined:pkg/__init__.py:2']],
    ['# ruff: noqa: F401 neither', '# ruff: noqa: F401\nfrom .core import A, B\n', ['implicit-reexport:pkg/__init__.py:2', 'implicit-reexport:pkg/__init__.py:2']],
    ['# ruff: noqa with an unrelated code exempts nothing', '# ruff: noqa: E501\nfrom .core import A, B\n', ['implicit-reexport:pkg/__init__.py:2', 'implicit-reexport:pkg/__init__.py:2']],
    ['a file-level comment after code on its line is not one', 'X = 1  # ruff: noqa\nfrom .core import A, B\n', ['implicit-reexport:pkg/__init__.py:2', 'implicit-reexport:pkg/__init__.py:2']],
  ])('%s', async (_name, init, expected) => {
    expect(await typedPackage(init)).toEqual(expected);
  });
});
