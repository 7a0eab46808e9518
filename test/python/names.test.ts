/** Our identifier test must agree with CPython's `str.isidentifier()` and `keyword.iskeyword()`. */
import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { isIdentifier, isModuleName } from '../../src/python/names';

/** [isidentifier, importable, every character known to python3's Unicode database]. */
function askPython(names: string[]): Array<[boolean, boolean, boolean]> {
  const script = [
    'import json,sys,keyword,unicodedata as u',
    'names=json.load(sys.stdin)',
    'print(json.dumps([[n.isidentifier(), n.isidentifier() and not keyword.iskeyword(n) and u.normalize("NFKC", n) == n,',
    '  all(u.category(c) != "Cn" for c in n)] for n in names]))',
  ].join('\n');
  return JSON.parse(execFileSync('python3', ['-c', script], { input: JSON.stringify(names), encoding: 'utf8' }));
}

test('agrees with CPython on hand-picked and random names', () => {
  const picked = [
    'app', '_private', '__init__', 'class', 'match', 'type', 'True', 'my-module', '2fast', 'café', 'naïve_mod',
    'π', '变量', 'x.y', '', ' ', 'a b', 'ﬁle', 'Ⅸ', '℘', '·x', 'x·', '\u0300x', 'x\u0300', 'ℌ',
    'cpython-312', 'm.cpython-312', 'None', 'async', '_',
  ];
  const random = fc.sample(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 }), { numRuns: 400, seed: 7 });
  const names = [...picked, ...random];
  const expected = askPython(names);
  // Node's Unicode tables are newer than python3's: characters python3 does not know yet (and
  // U+200C/U+200D, which joined XID_Continue in Unicode 15.1) are compared only where both agree.
  const mismatches = names.filter(
    (n, i) => expected[i]![2] && !/[\u200c\u200d]/.test(n) && (isIdentifier(n) !== expected[i]![0] || isModuleName(n) !== expected[i]![1]),
  );
  expect(names.filter((_, i) => expected[i]![2]).length).toBeGreaterThan(300);
  expect(mismatches).toEqual([]);
});
