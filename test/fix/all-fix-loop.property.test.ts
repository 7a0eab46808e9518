/**
 * The fix loop over generated `__all__` forms (repeats, parentheses, comments, implicit
 * concatenation, CR and CRLF line ends): after `--fix` every module still compiles under CPython,
 * exports each name it exported exactly once, and a second `--fix` changes nothing.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { lint } from '../../src/lint';
import { judge } from '../helpers/python';
import { makeTree, readTree } from '../helpers/tree';

const NAMES = ['a', 'b', 'bc', 'c', 'X', 'Y_Z', 'item2', 'item10'];

const space = fc.constantFrom(' ', '', '  ', '\n    ', ' # note\n    ', '  # , "x"\n');
const quote = fc.constantFrom('"', "'");

/** A string element: maybe split into adjacent literals, maybe in parentheses (with comments inside). */
const element = fc
  .record({
    name: fc.constantFrom(...NAMES),
    quote,
    split: fc.boolean(),
    parens: fc.integer({ min: 0, max: 2 }),
    inner: space,
  })
  .map(({ name, quote: q, split, parens, inner }) => {
    let text = split && name.length > 1 ? `${q}${name.slice(0, 1)}${q}${inner === '' ? ' ' : inner}${q}${name.slice(1)}${q}` : `${q}${name}${q}`;
    for (let i = 0; i < parens; i++) text = `(${inner}${text}${i % 2 ? ' ' : ''})`;
    return { name, text };
  });

/** A list or tuple literal of elements, separators with spaces, line breaks and comments. */
const sequence = (kinds: Array<'list' | 'tuple'>) => fc
  .record({
    items: fc.array(fc.record({ e: element, before: space, after: space }), { minLength: 1, maxLength: 5 }),
    kind: fc.constantFrom(...kinds),
    trailing: fc.boolean(),
    open: space,
  })
  .map(({ items, kind, trailing, open }) => {
    const body = items.map((i) => `${i.before}${i.e.text}${i.after}`).join(',');
    const comma = trailing || (kind === 'tuple' && items.length === 1) ? ',' : '';
    const [l, r] = kind === 'list' ? ['[', ']'] : ['(', ')'];
    return { names: items.map((i) => i.e.name), text: `${l}${open}${body}${comma}\n${r}` };
  });

/** What may follow: a tuple only grows by `+=` a tuple; a list by `+=` or `.extend` with either. */
const operation = (first: 'list' | 'tuple') =>
  first === 'tuple'
    ? fc.record({ how: fc.constant('+='), seq: sequence(['tuple']) })
    : fc.record({ how: fc.constantFrom('+=', 'extend'), seq: sequence(['list', 'tuple']) });

const moduleSource = fc
  .constantFrom<'list' | 'tuple'>('list', 'tuple')
  .chain((kind) =>
    fc.record({
      first: sequence([kind]),
      rest: fc.array(operation(kind), { maxLength: 2 }),
      eol: fc.constantFrom('\n', '\r\n', '\r'),
    }),
  )
  .map(({ first, rest, eol }) => {
    const lines = [`${NAMES.join(' = ')} = 1`, `__all__ = ${first.text}`];
    for (const { how, seq } of rest) lines.push(how === '+=' ? `__all__ += ${seq.text}` : `__all__.extend(${seq.text})`);
    return `${lines.join('\n')}\n`.replace(/\n/g, eol);
  });

const counts = (names: readonly string[]): Record<string, number> => {
  const out: Record<string, number> = {};
  for (const n of names) out[n] = (out[n] ?? 0) + 1;
  return out;
};

describe('the --fix loop over generated __all__ forms', () => {
  for (const sorted of [false, true]) {
    it(`keeps every module compiling with each exported name exactly once, and a second --fix changes nothing${sorted ? ' (all-unsorted on)' : ''}`, async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(moduleSource, { minLength: 1, maxLength: 20 }), async (sources) => {
          const tree: Record<string, string> = {};
          sources.forEach((s, i) => (tree[`m${i}.py`] = s));
          if (sorted) tree['dunderlint.toml'] = '[rules]\nall-unsorted = "warn"\n';
          const dir = makeTree(tree);
          const files = sources.map((_, i) => path.join(dir, `m${i}.py`));
          const before = judge(files);
          for (const v of before) expect(v.error).toBeNull(); // the generator writes valid modules

          const first = await lint({ cwd: dir, fix: true, cacheDir: false });
          expect(first.crashes).toEqual([]);
          expect(first.warnings).toEqual([]);
          const after = judge(files);
          sources.forEach((source, i) => {
            const was = before[i]!.all!;
            const now = after[i]!;
            const context = `${source}\n→\n${fs.readFileSync(files[i]!, 'latin1')}`;
            expect({ context, error: now.error }).toEqual({ context, error: null });
            expect({ context, names: counts(now.all!) }).toEqual({ context, names: counts([...new Set(was)]) });
          });

          const snapshot = readTree(dir);
          const second = await lint({ cwd: dir, fix: true, cacheDir: false });
          expect(second.fixed).toEqual([]);
          expect(readTree(dir)).toEqual(snapshot);
        }),
        { seed: 20261130, numRuns: 20, endOnFailure: true },
      );
    });
  }
});
