/**
 * Every `__all__` form of the cross-tool matrix (research rules.md §2.2), with the findings written
 * by hand, checked against CPython: python3 runs `from m import *` on each module, and the rules
 * that claim a runtime failure must fire exactly on the modules where it really fails.
 */
import { execFileSync } from 'node:child_process';
import { builtinRules } from '../../rules';
import { lint } from '../../src/lint';
import { makeTree } from '../helpers/tree';

const ALL_RULES = builtinRules.filter((r) => r.id.startsWith('all-'));
/** Rules whose message says `from … import *` fails (all-not-sequence does for sets, dicts and most strings). */
const RUNTIME = new Set(['all-undefined', 'all-non-string', 'all-implicit-concat']);

const PRELUDE = 'import os\na = b = c = 1\nclass Foo: pass\nother = ["a"]\n';
const FORMS: Array<[string, string, string[], 'ok' | 'broken']> = [
  ['list', '__all__ = ["a"]', [], 'ok'],
  ['tuple', '__all__ = ("a",)', [], 'ok'],
  ['annotated', '__all__: list[str] = ["a"]', [], 'ok'],
  ['+= list', '__all__ = ["a"]\n__all__ += ["b"]', [], 'ok'],
  ['+= list inside if', '__all__ = ["a"]\nif True:\n    __all__ += ["b"]', [], 'ok'],
  ['+= tuple', '__all__ = ["a"]\n__all__ += ("b",)', ['all-unsupported-form'], 'ok'],
  ['+= set', '__all__ = ["a"]\n__all__ += {"b"}', ['all-not-sequence'], 'ok'],
  ['+= mod.__all__', 'from os import *\n__all__ = ["a"]\n__all__ += os.__all__', [], 'ok'],
  ['+= other list', '__all__ = ["b"]\n__all__ += other', ['all-unsupported-form'], 'ok'],
  ['+= string', '__all__ = ["a"]\n__all__ += "bc"', ['all-not-sequence'], 'ok'],
  ['.extend list', '__all__ = ["a"]\n__all__.extend(["b"])', [], 'ok'],
  ['.extend tuple', '__all__ = ["a"]\n__all__.extend(("b",))', ['all-unsupported-form'], 'ok'],
  ['.extend mod.__all__', 'from os import *\n__all__ = ["a"]\n__all__.extend(os.__all__)', [], 'ok'],
  ['.append / .remove', '__all__ = ["a"]\n__all__.append("b")\n__all__.remove("b")', [], 'ok'],
  ['a + b of lists', '__all__ = ["a"] + ["b"]', ['all-unsupported-form'], 'ok'],
  ['list([...])', '__all__ = list(["a"])', ['all-unsupported-form'], 'ok'],
  ['comprehension', '__all__ = [n for n in ["a"]]', ['all-unsupported-form'], 'ok'],
  ['bare string', '__all__ = "a"', ['all-not-sequence'], 'ok'],
  ['bare string of undefined letters', '__all__ = "xy"', ['all-not-sequence'], 'broken'],
  ['parenthesized string', '__all__ = ("a")', ['all-not-sequence'], 'ok'],
  ['set', '__all__ = {"a"}', ['all-not-sequence'], 'broken'],
  ['dict', '__all__ = {"a": 1}', ['all-not-sequence'], 'broken'],
  ['name', '__all__ = other', ['all-unsupported-form'], 'ok'],
  ['sorted(...)', '__all__ = sorted(["a"])', ['all-unsupported-form'], 'ok'],
  ['non-string int', '__all__ = ["a", 1]', ['all-non-string'], 'broken'],
  ['non-string None', '__all__ = [None]', ['all-non-string'], 'broken'],
  ['non-string class', '__all__ = [Foo]', ['all-non-string'], 'broken'],
  ['non-string bytes', '__all__ = [b"a"]', ['all-non-string'], 'broken'],
  ['implicit concat', '__all__ = ["a" "b"]', ['all-implicit-concat'], 'broken'],
  ['undefined name', '__all__ = ["a", "zz"]', ['all-undefined'], 'broken'],
  ['undefined via append', '__all__ = ["a"]\n__all__.append("zz")', ['all-undefined'], 'broken'],
  ['duplicate', '__all__ = ["a", "a"]', ['all-duplicate'], 'ok'],
  ['inside def', 'def f():\n    __all__ = [1]', [], 'ok'],
];

/** Each form as its own module `m<i>`, all star-imported by one python3 process (one start-up, not 33). */
const STAR_IMPORT_EACH = `
import sys
for name in sys.argv[1:]:
    try:
        exec('from %s import *' % name, {})
        print('ok')
    except BaseException:
        print('broken')
`;
let runtime: string[] = [];
beforeAll(() => {
  const tree = Object.fromEntries(FORMS.map(([, body], i) => [`m${i}.py`, `${PRELUDE}${body}\n`]));
  const dir = makeTree(tree);
  const out = execFileSync('python3', ['-B', '-c', STAR_IMPORT_EACH, ...FORMS.map((_, i) => `m${i}`)], { cwd: dir, encoding: 'utf8' });
  runtime = out.trim().split('\n');
});

describe.each(FORMS.map((form, i) => [...form, i] as const))('%s', (_name, body, expected, status, i) => {
  const source = `${PRELUDE}${body}\n`;
  it(`CPython: from m import * is ${status}`, () => {
    expect(runtime[i]).toBe(status);
  });
  it(`findings: ${expected.join(', ') || 'none'}`, async () => {
    const result = await lint({ cwd: makeTree({ 'm.py': source }), rules: ALL_RULES });
    const rules = [...new Set(result.diagnostics.map((d) => d.rule))].sort();
    expect(rules).toEqual([...expected].sort());
    // A rule that says `import *` fails fires only where CPython really fails.
    if (status === 'ok') expect(rules.filter((r) => RUNTIME.has(r))).toEqual([]);
  });
});
