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
/** Outside brackets a line break ends the statement. */
const flatSpace = fc.constantFrom(' ', '', '  ');
const quote = fc.constantFrom('"', "'");

/** A string element: maybe split into adjacent literals, maybe in parentheses (with comments inside). */
const element = (gap: fc.Arbitrary<string>) =>
  fc
    .record({ name: fc.constantFrom(...NAMES), quote, split: fc.boolean(), parens: fc.integer({ min: 0, max: 2 }), inner: gap })
    .map(({ name, quote: q, split, parens, inner }) => {
      const parts = split && name.length > 1 ? [name.slice(0, 1), name.slice(1)] : [name];
      let text = parts.map((p) => `${q}${p}${q}`).join(inner === '' ? ' ' : inner);
      for (let i = 0; i < parens; i++) text = `(${inner}${text}${i % 2 ? ' ' : ''})`;
      return { parts, text };
    });

type Kind = 'list' | 'tuple' | 'bare';

/** A list or tuple literal (`bare`: a tuple without parentheses), separators with spaces, line breaks and comments. */
const sequence = (kind: Kind) => {
  const gap = kind === 'bare' ? flatSpace : space;
  return fc
    .record({
      items: fc.array(fc.record({ e: element(gap), before: gap, after: gap }), { minLength: kind === 'bare' ? 2 : 1, maxLength: 5 }),
      trailing: fc.boolean(),
      open: gap,
    })
    .map(({ items, trailing, open }) => {
      const body = items.map((i) => `${i.before}${i.e.text}${i.after}`).join(',');
      const comma = trailing || (kind === 'tuple' && items.length === 1) ? ',' : '';
      const text = kind === 'bare' ? `${body}${comma}` : kind === 'list' ? `[${open}${body}${comma}\n]` : `(${open}${body}${comma}\n)`;
      return { parts: items.flatMap((i) => i.e.parts), text };
    });
};

/** The first assignment: a sequence, or the sum of two. */
const first = fc.constantFrom<Kind | 'list+' | 'tuple+'>('list', 'tuple', 'bare', 'list+', 'tuple+').chain((kind) => {
  if (kind === 'list+' || kind === 'tuple+') {
    const part = sequence(kind === 'list+' ? 'list' : 'tuple');
    return fc.tuple(part, part).map(([x, y]) => ({ list: kind === 'list+', parts: [...x.parts, ...y.parts], text: `${x.text} + ${y.text}` }));
  }
  return sequence(kind).map((x) => ({ list: kind === 'list', ...x }));
});

/** What may follow: a tuple only grows by `+=` a tuple; a list by `+=` or `.extend` with either. */
const operation = (list: boolean) =>
  fc.record({ how: list ? fc.constantFrom('+=', 'extend') : fc.constant('+='), seq: list ? fc.oneof(sequence('list'), sequence('tuple')) : sequence('tuple') });

const moduleSource = first
  .chain((head) => fc.record({ head: fc.constant(head), rest: fc.array(operation(head.list), { maxLength: 2 }), eol: fc.constantFrom('\n', '\r\n', '\r') }))
  .map(({ head, rest, eol }) => {
    const lines = [`${NAMES.join(' = ')} = 1`, `__all__ = ${head.text}`];
    for (const { how, seq } of rest) lines.push(how === '+=' ? `__all__ += ${seq.text}` : `__all__.extend(${seq.text})`);
    return { text: `${lines.join('\n')}\n`.replace(/\n/g, eol), parts: [...head.parts, ...rest.flatMap((r) => r.seq.parts)] };
  });

const counts = (names: readonly string[]): Record<string, number> => {
  const out: Record<string, number> = {};
  for (const n of names) out[n] = (out[n] ?? 0) + 1;
  return out;
};

const modes = [
  { name: 'safe fixes', config: null, unsafeFixes: false },
  { name: 'safe fixes with all-unsorted on', config: '[rules]\nall-unsorted = "warn"\n', unsafeFixes: false },
  // all-implicit-concat's fix splits "b" "c" into two names: the names change, so the check is weaker.
  { name: 'unsafe fixes too, all-unsorted on', config: '[rules]\nall-unsorted = "warn"\n', unsafeFixes: true },
];

describe('the --fix loop over generated __all__ forms', () => {
  for (const mode of modes) {
    it(`${mode.name}: every module compiles, exports each of its names exactly once, and a second --fix changes nothing`, async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(moduleSource, { minLength: 1, maxLength: 12 }), async (modules) => {
          const tree: Record<string, string> = {};
          modules.forEach((m, i) => (tree[`m${i}.py`] = m.text));
          if (mode.config) tree['dunderlint.toml'] = mode.config;
          const dir = makeTree(tree);
          const files = modules.map((_, i) => path.join(dir, `m${i}.py`));
          const before = judge(files);
          for (const v of before) expect(v.error).toBeNull(); // the generator writes valid modules

          const options = { cwd: dir, fix: true, unsafeFixes: mode.unsafeFixes, cacheDir: false as const };
          const first = await lint(options);
          expect(first.crashes).toEqual([]);
          // No fix is dropped: on failure, show the modules a warning names.
          const named = modules.filter((_, i) => first.warnings.some((w) => w.startsWith(`m${i}.py:`))).map((m) => m.text);
          expect({ warnings: first.warnings, named }).toEqual({ warnings: [], named: [] });
          const after = judge(files);
          modules.forEach((m, i) => {
            const was = before[i]!.all!;
            const now = after[i]!.all;
            const context = `${m.text}\n→\n${fs.readFileSync(files[i]!, 'latin1')}`;
            expect({ context, error: after[i]!.error }).toEqual({ context, error: null });
            if (!mode.unsafeFixes) {
              // The multiset of names: what it was, minus exact repeats. A name two parts may form
              // (`"b" "c"`, a missing comma) is all-implicit-concat's, whose fix is unsafe: all-duplicate
              // leaves its repeats alone, so it keeps from one to all of its occurrences.
              const formed = new Set(m.parts.flatMap((p) => m.parts.map((q) => p + q)));
              const expected = counts([...new Set(was)]);
              const got = counts(now!);
              for (const n of Object.keys(got)) {
                if (formed.has(n) && got[n]! >= 1 && got[n]! <= counts(was)[n]!) expected[n] = got[n]!;
              }
              expect({ context, names: got }).toEqual({ context, names: expected });
            } else {
              // Split concatenations may add names (or drop one a repeat of the plain name replaced): still each once.
              const allowed = new Set([...was, ...m.parts]);
              expect({ context, repeated: now!.filter((n, j) => now!.indexOf(n) !== j), unknown: now!.filter((n) => !allowed.has(n)) })
                .toEqual({ context, repeated: [], unknown: [] });
            }
          });

          const snapshot = readTree(dir);
          const second = await lint(options);
          expect(second.fixed).toEqual([]);
          expect(readTree(dir)).toEqual(snapshot);
        }),
        { seed: 20261130, numRuns: 10, endOnFailure: true },
      );
    });
  }
});
