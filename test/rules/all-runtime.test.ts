/**
 * The `__all__` rules read `__all__` the way CPython runs it: what each form really does at import
 * and at `from m import *` is checked by running python3 on the same module.
 */
import { execFileSync } from 'node:child_process';
import { builtinRules } from '../../rules';
import { lint } from '../../src/lint';
import type { Diagnostic } from '../../src/types';
import { needs, runs } from '../helpers/tools';
import { makeTree } from '../helpers/tree';

const ALL_RULES = builtinRules.filter((r) => r.id.startsWith('all-'));

const withPython = needs(runs('python3') ? null : 'python3 is not installed').it;

async function findings(source: string): Promise<Diagnostic[]> {
  const result = await lint({ cwd: makeTree({ 'm.py': source }), rules: ALL_RULES });
  return result.diagnostics;
}

function summary(ds: Diagnostic[]): string[] {
  return ds.map((d) => `${d.location.start.line}:${d.location.start.column} ${d.rule}`).sort();
}

/** The last line python3 prints for `from m import *` (empty when it works). */
function starImport(source: string): string {
  const dir = makeTree({ 'm.py': source });
  try {
    execFileSync('python3', ['-c', 'from m import *'], { cwd: dir, stdio: 'pipe' });
    return '';
  } catch (e) {
    const lines = String((e as { stderr: Buffer }).stderr).trim().split('\n');
    return lines[lines.length - 1]!;
  }
}

describe('names and attributes in __all__', () => {
  const source = 'from collections import deque\nx = "s"\ns = 1\n__all__ = [deque.__name__, x]\n';
  it('a name bound to a string or an attribute is an unsupported form (once per statement), not a non-string', async () => {
    const found = await findings(source);
    expect(summary(found)).toEqual(['4:12 all-unsupported-form']);
    expect(found[0]!.message).toContain('(and 1 more)');
  });
  withPython('CPython: that module star-imports cleanly', () => {
    expect(starImport(source)).toBe('');
  });
  it('a class or function in __all__ is still a non-string', async () => {
    expect(summary(await findings('class A: pass\ndef f(): pass\n__all__ = [A, f]\n'))).toEqual(['3:12 all-non-string', '3:15 all-non-string']);
  });
});

describe('list(...), tuple(...) and builtins.list(...) are unwrapped', () => {
  const cases: Array<[string, string, string[]]> = [
    ['list([...])', 'a = 1\n__all__ = list(["a", "zz", 1])\n', ['2:22 all-undefined', '2:28 all-non-string']],
    ['tuple((...))', 'a = 1\n__all__ = tuple(("a", "zz"))\n', ['2:23 all-undefined']],
    ['builtins.list(...)', 'import builtins\na = 1\n__all__ = builtins.list(["zz", "a"])\n', ['3:26 all-undefined']],
    ['list() of a list + a list', 'a = 1\n__all__ = list(["a"] + ["zz"])\n', ['2:25 all-undefined']],
  ];
  it.each(cases)('%s: undefined and non-string entries inside are found', async (_n, source, expected) => {
    const ds = (await findings(source)).filter((d) => d.rule !== 'all-unsupported-form');
    expect(summary(ds)).toEqual(expected);
  });
  withPython.each(cases)('CPython: %s fails at import *', (_n, source) => {
    expect(starImport(source)).not.toBe('');
  });
  it('a duplicate inside list([...]) is found', async () => {
    expect(summary(await findings('a = 1\n__all__ = list(["a", "a"])\n')).filter((s) => !s.endsWith('all-unsupported-form'))).toEqual(['2:22 all-duplicate']);
  });
});

describe('forms that fail at import or at import * are errors stating the failure', () => {
  // [name, the __all__ line, what the message must quote (CPython's own words)]
  const cases: Array<[string, string, string]> = [
    ['list of a string', '__all__ = list("CONST")', "has no attribute 'C'"],
    ['a list + a set', '__all__ = ["a"] + {"b"}', 'can only concatenate list (not "set") to list'],
    ['a list + a tuple', '__all__ = ["a"] + ("b",)', 'can only concatenate list (not "tuple") to list'],
    ['a tuple + a list', '__all__ = ("a",) + ["b"]', 'can only concatenate tuple (not "list") to tuple'],
    ['a generator', '__all__ = (n for n in ["a"])', "'generator' object does not support indexing"],
    ['a set comprehension', '__all__ = {n for n in ["a"]}', "'set' object does not support indexing"],
    ['None', '__all__ = None', "'NoneType' object does not support indexing"],
    ['a number', '__all__ = 1', "'int' object does not support indexing"],
  ];
  describe.each(cases)('%s', (_n, line, failure) => {
    const source = `a = b = 1\n${line}\n`;
    it('is one error that quotes the runtime failure, not a type-checker warning', async () => {
      const ds = await findings(source);
      expect(ds.map((d) => [d.rule, d.severity])).toEqual([['all-not-sequence', 'error']]);
      expect(ds[0]!.message).toContain(failure);
    });
    withPython('CPython fails that way', () => {
      expect(starImport(source)).toContain(failure);
    });
  });
  it('a list + a list, a list comprehension and list(...) of a set still work: no error', async () => {
    for (const line of ['__all__ = ["a"] + ["b"]', '__all__ = [n for n in ["a"]]', '__all__ = list({"a"})']) {
      const ds = await findings(`a = b = 1\n${line}\n`);
      expect(ds.map((d) => d.rule)).toEqual(['all-unsupported-form']);
    }
  });
});

describe('every branch of __all__ is checked', () => {
  const tryExcept = 'a = 1\ntry:\n    __all__ = ["a", "zz"]\nexcept ImportError:\n    __all__ = ["a", "yy"]\n';
  const ifElse = 'import sys\na = 1\nif sys.version_info >= (3, 8):\n    __all__ = ["zz"]\nelse:\n    __all__ = ["yy"]\n';
  it('try/except: undefined names in the try and in the except branch', async () => {
    expect(summary(await findings(tryExcept))).toEqual(['3:21 all-undefined', '5:21 all-undefined']);
  });
  it('if/else: undefined names in both branches', async () => {
    expect(summary(await findings(ifElse))).toEqual(['4:16 all-undefined', '6:16 all-undefined']);
  });
  withPython('CPython: the try branch runs, and fails at import *', () => {
    expect(starImport(tryExcept)).toContain("no attribute 'zz'");
  });
  it('an assignment at the top level still replaces what came before', async () => {
    expect(summary(await findings('a = 1\nif a:\n    __all__ = ["zz"]\n__all__ = ["a"]\n'))).toEqual([]);
  });
});

describe('duplicates in every assignment', () => {
  // ruff's RUF068 fixture (crates/ruff_linter/resources/test/fixtures/ruff/RUF068.py): 12 findings.
  const RUF068 = [
    'import typing', '', '', 'class A: ...', '', '', 'class B: ...', '', '', '# Good',
    '__all__ = "A" + "B"', '__all__: list[str] = ["A", "B"]', '__all__: typing.Any = ("A", "B")', '__all__ = ["A", "B"]',
    '__all__ = [A, "B", "B"]', '__all__ += ["A", "B"]', '__all__.extend(["A", "B"])', '', '# Bad',
    '__all__: list[str] = ["A", "B", "A"]', '__all__: typing.Any = ("A", "B", "B")', '__all__ = ["A", "B", "A"]',
    '__all__ = ["A", "A", "B", "B"]', '__all__ = [', '    "A",', '    "A",', '    "B",', '    "B"', ']',
    '__all__ += ["B", "B"]', '__all__.extend(["B", "B"])', '', '# Bad, unsafe', '__all__ = [', '    "A",', '    "A",',
    '    "B",', '    # Comment', '    "B",  # 2', '    # 3', ']', '',
  ].join('\n');
  it('finds the 12 repeats ruff finds in its RUF068 fixture, and those +=/.extend add to what __all__ holds', async () => {
    const ds = (await findings(RUF068)).filter((d) => d.rule === 'all-duplicate');
    const at = ds.map((d) => `${d.location.start.line}:${d.location.start.column}`);
    const ruff = ['15:20', '20:33', '21:34', '22:22', '23:17', '23:27', '26:5', '28:5', '30:18', '31:22', '36:5', '39:5'];
    // At runtime line 16 adds "B" again to line 15's list, line 17 "A" and "B", lines 30 and 31 "B" to lines 24-29's.
    const acrossStatements = ['16:18', '17:17', '17:22', '30:13', '31:17'];
    expect([...at].sort()).toEqual([...ruff, ...acrossStatements].sort());
  });
  it('a name added again by +=, .extend or .append is a duplicate', async () => {
    const source = 'a = b = 1\n__all__ = ["a"]\n__all__ += ["a"]\n__all__.extend(["b", "a"])\n__all__.append("b")\n';
    expect(summary((await findings(source)).filter((d) => d.rule === 'all-duplicate'))).toEqual(['3:13 all-duplicate', '4:22 all-duplicate', '5:16 all-duplicate']);
  });
  it('the same name in the try and except branches is not a duplicate', async () => {
    expect(await findings('a = 1\ntry:\n    __all__ = ["a"]\nexcept ImportError:\n    __all__ = ["a"]\n')).toEqual([]);
  });
});

describe('one finding per problem', () => {
  it('__all__ = __all__ = [...] reports each problem once', async () => {
    const ds = await findings('a = 1\n__all__ = __all__ = ["a", 1, "a", "zz"]\n');
    expect(summary(ds)).toEqual(['2:27 all-non-string', '2:30 all-duplicate', '2:35 all-undefined']);
  });
});
