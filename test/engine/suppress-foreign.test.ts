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
    ['a noqa on another line does not count', '# noqa: F822\na = 1\n__all__ = ["a", "missing"]\n', ['all-undefined:3']],
    ['noqa inside a string is not a comment', 'a = 1\n__all__ = ["a", "missing"]; s = "# noqa"\n', ['all-undefined:2']],
  ])('%s', async (_name, source, expected) => {
    expect(await rulesFound(source)).toEqual(expected);
  });
});
