/** `--fix` of all-duplicate: the repeat goes, whatever parentheses, comments and commas surround it. */
import * as path from 'node:path';
import { judge } from '../helpers/python';
import { fixedModule } from '../helpers/fix';
import { makeTree } from '../helpers/tree';

const fixed = fixedModule;

describe('all-duplicate --fix', () => {
  it('removing a repeat before a parenthesized name keeps the parentheses balanced', async () => {
    expect((await fixed('a = b = 1\n__all__ = ["a", "a", ("b")]\n')).text).toBe('a = b = 1\n__all__ = ["a", ("b")]\n');
  });

  it('a parenthesized repeat is removed with its parentheses', async () => {
    expect((await fixed('a = b = 1\n__all__ = ["a", ("a"), "b"]\n')).text).toBe('a = b = 1\n__all__ = ["a", "b"]\n');
  });

  it('a parenthesized repeat with a comment inside is removed whole', async () => {
    expect((await fixed('a = b = 1\n__all__ = [\n    "a",\n    (  # again\n        "a"\n    ),\n    "b",\n]\n')).text).toBe(
      'a = b = 1\n__all__ = [\n    "a",\n    "b",\n]\n',
    );
  });

  it('a repeat on a line of its own goes with its line and its comment; the comments of the others stay', async () => {
    const source = 'a = b = 1\n__all__ = [\n    "a",  # main\n    "b",\n    "a",  # old alias\n]\n';
    expect((await fixed(source)).text).toBe('a = b = 1\n__all__ = [\n    "a",  # main\n    "b",\n]\n');
    expect((await fixed(source.replace(/\n/g, '\r'))).text).toBe('a = b = 1\n__all__ = [\n    "a",  # main\n    "b",\n]\n'.replace(/\n/g, '\r'));
  });

  it('a two-element tuple keeps its comma (it does not become a string)', async () => {
    expect((await fixed('a = 1\n__all__ = ("a", "a")\n')).text).toBe('a = 1\n__all__ = ("a",)\n');
    expect((await fixed('a = 1\n__all__ = "a", "a"\n')).text).toBe('a = 1\n__all__ = "a",\n');
  });

  it('a repeat before an implicit concatenation leaves the concatenation as it was', async () => {
    const { text } = await fixed('a = bc = 1\n__all__ = ["a", "a",\n    "b" "c"]\n');
    expect(judge([writeTemp(text)])[0]!.all).toEqual(['a', 'bc']);
  });
});

function writeTemp(text: string): string {
  const dir = makeTree({ 'x.py': text });
  return path.join(dir, 'x.py');
}
