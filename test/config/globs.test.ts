/** `exclude` and `per-file-ignores` matching: the same answers however many globs there are. */
import * as fc from 'fast-check';
import picomatch from 'picomatch';
import { anyGlob, excludeMatcher } from '../../src/config/globs';
import { cli, json } from '../helpers/cli';
import { makeTree } from '../helpers/tree';

/** What a glob list means (ruff's rule): a glob matches the path, or its basename, or a folder above it. */
function reference(patterns: readonly string[]): (p: string) => boolean {
  const res = patterns.filter(Boolean).map((g) => picomatch.makeRe(g, { dot: true }));
  const one = (p: string) => res.some((re) => re.test(p) || re.test(p.slice(p.lastIndexOf('/') + 1)));
  return (p) => {
    const parts = p.split('/');
    return parts.some((_, i) => one(parts.slice(0, i + 1).join('/')));
  };
}

test('20,000 exclude globs: the excluded folders are skipped, everything else is linted', () => {
  const globs = Array.from({ length: 20_000 }, (_, i) => `**/dir_${i}/*.py`);
  const names = Array.from({ length: 20_000 }, (_, i) => `name_${i}`);
  const dir = makeTree({
    'dunderlint.toml': `exclude = ${JSON.stringify([...globs, ...names, 'gen_*'])}\n`,
    'a/dir_7/x.py': '__all__ = "x"\n',
    'name_19999/_init_.py': '',
    'gen_1/_init_.py': '',
    'pkg/_init_.py': '',
    'm.py': '__all__ = "x"\n',
  });
  // No clock here (machines are shared): a per-path blow-up over 20,000 globs runs into jest's
  // timeout. The run takes about 3 s alone; a CI run on a busy machine once took 38 s.
  const r = cli(dir, '-f', 'json', '--rule', 'missing-init:off');
  // Nearly every entry matches nothing: 20 warnings, then a count.
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(21);
  expect(lines[0]).toBe('dunderlint: warning: dunderlint.toml: exclude: "**/dir_0/*.py" matches no file or folder');
  expect(lines[20]).toMatch(/^dunderlint: warning: dunderlint\.toml: at least \d+ more entries match nothing$/);
  expect(r.code).toBe(1);
  expect(json(r).diagnostics.map((d) => `${d.rule} ${d.path}`)).toEqual(['all-not-sequence m.py', 'misspelled-init pkg/_init_.py']);
});

test('the matcher agrees with matching each glob on its own', () => {
  const segment = fc.stringMatching(/^[a-c.*?_[\]!{},|+@()^$ ]{1,4}$/);
  const glob = fc.oneof(
    fc.array(segment, { minLength: 1, maxLength: 3 }).map((s) => s.join('/')),
    fc.constantFrom('**/a', 'a/**', '*.py', '.*', 'b', 'a.b', './a', 'a/', '[ab]', '{a,b}', '!a', 'a\\*'),
  );
  const pathArb = fc.array(fc.stringMatching(/^[a-c._*!$^+@(){},|]{1,3}$/).filter((s) => s !== '.' && s !== '..'), { minLength: 1, maxLength: 4 }).map((s) => s.join('/'));
  fc.assert(
    fc.property(fc.array(glob, { maxLength: 8 }), fc.array(pathArb, { minLength: 1, maxLength: 10 }), (globs, paths) => {
      const expected = reference(globs);
      const actual = excludeMatcher(globs);
      for (const p of paths) expect([p, actual(p)]).toEqual([p, expected(p)]);
    }),
    { numRuns: 500 },
  );
});

test('many non-literal globs agree too', () => {
  const globs = Array.from({ length: 3_000 }, (_, i) => `**/d${i}/*.py`);
  const m = excludeMatcher(globs);
  expect(m('x/d2999/m.py')).toBe(true);
  expect(m('d0/m.py')).toBe(true);
  expect(m('x/d3000/m.py')).toBe(false);
  expect(m('x/d1/sub/m.py')).toBe(false);
});

test("anyGlob answers as picomatch's own matcher for the list, under the options pytest's matching uses", () => {
  const segment = fc.stringMatching(/^[a-c.*?_[\]!{},|+@()^$ ]{1,4}$/);
  const glob = fc.oneof(
    fc.array(segment, { minLength: 1, maxLength: 3 }).map((s) => s.join('/')),
    fc.constantFrom('*.egg', '.*', '_darcs', 'build', 'CVS', 'dist', 'node_modules', 'venv', '{arch}', 'test_*.py', '*_test.py', '**/a', 'a[b]', 'a\\*', '+(a)'),
  );
  const name = fc.oneof(fc.stringMatching(/^[a-c._*!$^+@(){},|[\]]{1,4}$/), fc.constantFrom('{arch}', 'a[b]', 'x.egg', '.git', 'test_a.py', 'a_test.py'));
  const options = [{ dot: true, nobrace: true, noextglob: true }, { dot: true, nobrace: true }];
  fc.assert(
    fc.property(fc.array(glob, { minLength: 1, maxLength: 10 }), fc.array(name, { minLength: 1, maxLength: 10 }), fc.constantFrom(...options), (globs, names, opts) => {
      const expected = picomatch(globs, opts);
      const actual = anyGlob(globs, opts);
      for (const n of names) expect([n, actual(n)]).toEqual([n, Boolean(expected(n))]);
    }),
    { numRuns: 1000 },
  );
});
