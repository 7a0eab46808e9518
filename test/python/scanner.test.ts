import { execFileSync } from 'node:child_process';
/**
 * Hand-written expectations for what the CPython 3.11 here cannot check (PEP 701 f-strings, PEP 695
 * `type`, t-strings), positions, and the scanner's promises on garbage (fast-check).
 */
import fc from 'fast-check';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { scanModule, type ModuleFacts } from '../../src/python/facts';
import { LineMap } from '../../src/python/scanner';
import { decodeSource } from '../../src/python/source';
import { decodeStringLiteral } from '../../src/python/strings';

const importsOf = (f: ModuleFacts) => f.imports.map((i) => (i.kind === 'from' ? `from ${'.'.repeat(i.level)}${i.module ?? ''} import ${i.names.map((n) => n.name).join(',')}` : `import ${i.names.map((n) => n.name).join(',')}`));

describe('PEP 701 f-strings hide nothing and swallow nothing', () => {
  it.each([
    ['nested same quotes', 'x = f"{d["key"]} import hidden"\nimport after\n'],
    ['nested f-string', "x = f'{f'{a}' + f\"{b!r:>{w}}\"}'\nimport after\n"],
    ['format spec with fields', 'x = f"{value:{width}.{precision}f}"\nimport after\n'],
    ['triple-quoted with comment and newline in a field', 'x = f"""{\n  a  # import hidden\n  + b\n}"""\nimport after\n'],
    ['backslashes and escaped braces', 'x = f"\\{{literal}} \\N{BULLET} {a}"\nimport after\n'],
    ['raw f-string with a backslash before a field', 'x = rf"C:\\path\\{name}"\nimport after\n'],
    ['t-string', 'x = t"{a} import hidden"\nimport after\n'],
    ['dict and slice inside a field', 'x = f"{ {"a": 1}["a"] } {xs[1:2]} {a if b else c}"\nimport after\n'],
  ])('%s', (_name, source) => {
    const facts = scanModule(source);
    expect(facts.syntaxError).toBeNull();
    expect(importsOf(facts)).toEqual(['import after']);
    expect(facts.imports[0]!.start).toEqual({ line: source.split('\n').length - 1, column: 1 });
  });

  it('an unterminated f-string is a syntax error, not a hang', () => {
    expect(scanModule('x = f"{a\nimport y\n').syntaxError).not.toBeNull();
    expect(scanModule('x = f"abc}"\n').syntaxError?.message).toBe("f-string: single '}' is not allowed");
  });
});

describe('a statement that starts with an operator', () => {
  // Each snippet as CPython judges it: compile() in one python3 process.
  const snippets = [
    '<<<<<<< HEAD\nx = 1\n=======\nx = 2\n>>>>>>> other\n', '=======\n', '>>>>>>> other\n', 'x = 1; == 2\n', '| x\n', '** x\n',
    ':= x\n', '+= 1\n', '-> x\n', '% x\n', '-x\n', '+x\n', '~x\n', '*a, b = 1, 2\n', '...\n', '(a) = 1\n', '[a] = [1]\n', '{1}\n',
    '@dec\ndef f(): pass\n', 'if x:\n    == 1\n',
  ];
  const cpython: boolean[] = JSON.parse(
    execFileSync('python3', ['-c', 'import json,sys\nout=[]\nfor s in json.load(sys.stdin):\n  try: compile(s, "m", "exec"); out.append(False)\n  except SyntaxError: out.append(True)\nprint(json.dumps(out))'], {
      input: JSON.stringify(snippets),
      encoding: 'utf8',
    }),
  );
  it.each(snippets.map((s, i) => [JSON.stringify(s), s, cpython[i]!]))('%s: a syntax error exactly when CPython says so', (_name, source, rejected) => {
    expect(scanModule(source as string).syntaxError !== null).toBe(rejected);
  });
  it('conflict markers are reported at the first one', () => {
    expect(scanModule('import os\n<<<<<<< HEAD\nx = 1\n').syntaxError).toEqual({ message: 'invalid syntax', line: 2, column: 1 });
  });
});

describe('soft keywords', () => {
  it('type aliases (PEP 695) bind; type() calls and assignments to `type` do not confuse', () => {
    const facts = scanModule('type Point = tuple[float, float]\ntype Pair[T] = tuple[T, T]\ntype(x)\ntype = 1\n');
    expect(facts.syntaxError).toBeNull();
    expect(facts.bindings.map((b) => `${b.name}:${b.kind}`)).toEqual(['Point:type', 'Pair:type', 'type:assign']);
  });
});

describe('positions', () => {
  it('columns count code points, as CPython does, not UTF-16 units', () => {
    const facts = scanModule('x = "😀😀"; import y\n');
    expect(facts.imports[0]!.start).toEqual({ line: 1, column: 11 });
  });

  it('CR, CRLF and LF line ends all start a line', () => {
    const map = new LineMap('a\rb\r\nc\nd');
    expect([0, 2, 5, 7].map((o) => map.position(o))).toEqual([1, 2, 3, 4].map((line) => ({ line, column: 1 })));
  });

  it('__all__ elements are located at the element, and parentheses are not part of it', () => {
    const facts = scanModule('__all__ = [\n    "a",\n    ("b"),\n    "c" "d",\n]\n');
    expect(facts.dunderAll[0]!.elements.map((e) => [e.value, e.start.line, e.start.column, e.implicitConcat])).toEqual([
      ['a', 2, 5, false],
      ['b', 3, 6, false],
      ['cd', 4, 5, true],
    ]);
  });
});

describe('comments the engine reads', () => {
  it('directives, shebang and a PEP 723 script block', () => {
    const source = [
      '#!/usr/bin/env python3',
      '# /// script',
      '# dependencies = ["requests"]',
      '# ///',
      'import requests  # dunderlint: disable=rule-a, rule-b',
      's = "# dunderlint: disable-file=not-a-comment"',
      '# dunderlint: disable-file=rule-c',
      '',
    ].join('\n');
    const facts = scanModule(source);
    expect(facts.shebang).toBe(true);
    expect(facts.scriptBlock).toEqual({ start: 2, end: 4 });
    expect(facts.directives).toEqual([
      { kind: 'disable', rules: ['rule-a', 'rule-b'], line: 5 },
      { kind: 'disable-file', rules: ['rule-c'], line: 7 },
    ]);
  });
});

describe('noqa comments', () => {
  it('a comment is a suppression exactly when it starts with noqa in any case, as a word (any text, any case)', () => {
    const comment = fc.array(fc.constantFrom('n', 'N', 'o', 'O', 'q', 'Q', 'a', 'A', '_', '1', ':', ' ', 'x', 'é', 'F822'), { maxLength: 12 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(comment, (text) => {
        const facts = scanModule(`x = 1  # ${text}\n`);
        expect({ text, suppressed: facts.directives.length > 0 }).toEqual({ text, suppressed: /#\s*noqa\b/i.test(`# ${text}`) });
      }),
      { numRuns: 2000 },
    );
  });
});

describe('imports that run only in special cases', () => {
  it('under the `__main__` guard (not its else branch) and in an except clause', () => {
    const facts = scanModule('import a\nif __name__ == "__main__":\n    import b\n    if x:\n        import c\nelse:\n    import d\ntry:\n    import e\nexcept ImportError:\n    import f\nelse:\n    import g\ndef h():\n    if __name__ == "__main__":\n        import i\n');
    expect(facts.imports.map((i) => [i.names[0]!.name, i.mainGuarded, i.inHandler])).toEqual([
      ['a', false, false], ['b', true, false], ['c', true, false], ['d', false, false],
      ['e', false, false], ['f', false, true], ['g', false, false], ['i', false, false],
    ]);
    expect(facts.mainGuard).toBe(true);
  });
});

describe('dynamic imports', () => {
  it('importlib.import_module and __import__ with literal names', () => {
    const facts = scanModule('import importlib\nm = importlib.import_module("pkg.mod")\nn = __import__("x" "y")\nimport_module(".rel", "pkg")\nimportlib.import_module(name)\n');
    expect(facts.dynamicImports.map((d) => [d.callee, d.module, d.package, d.start.line])).toEqual([
      ['importlib.import_module', 'pkg.mod', null, 2],
      ['__import__', 'xy', null, 3],
      ['import_module', '.rel', 'pkg', 4],
    ]);
  });
});

describe('string values', () => {
  it.each([
    ['"plain"', 'plain'],
    ["r'\\n'", '\\n'],
    ['"\\x41\\u00e9\\U0001F600\\101\\n\\q"', 'Aé😀A\n\\q'],
    ['"""a\\\nb"""', 'ab'],
    ["u'x'", 'x'],
    ['b"x"', null],
    ['f"x"', null],
    ['"\\N{BULLET}"', null],
  ])('%s', (token, value) => {
    expect(decodeStringLiteral(token)).toBe(value);
  });
});

describe('the scanner never throws, never hangs, and stays inside the text', () => {
  const stdlibSample = (() => {
    const dir = path.join(__dirname, '..', 'fixtures', 'python');
    return fs.readdirSync(dir).filter((f) => f.endsWith('.py')).map((f) => decodeSource(fs.readFileSync(path.join(dir, f))).text).filter(Boolean);
  })();
  const pythonish = fc.string({
    unit: fc.constantFrom('import ', 'from ', ' . ', 'x', '__all__', ' = ', '[', ']', '(', ')', '{', '}', '"', "'", '"""', "f'", 'rb"',
      '\\', '\n', '\r\n', '\r', '\t', '    ', '#', ':', ';', ',', '*', 'if ', 'try:', 'except ImportError:', 'def f():', 'class C:',
      'match x:', 'case ', 'lambda', ':=', '0777', '1.5e3j', 'é', '😀', '\f', '\u00a0', '{{', '}}', '!r', 'type ', '\0'),
    maxLength: 80,
  });

  function checkInside(text: string, facts: ModuleFacts): void {
    const lines = text.split(/\r\n|\r|\n/);
    const inside = (p: { line: number; column: number }) => {
      expect(p.line).toBeGreaterThanOrEqual(1);
      expect(p.line).toBeLessThanOrEqual(lines.length);
      expect(p.column).toBeGreaterThanOrEqual(1);
      expect(p.column).toBeLessThanOrEqual([...lines[p.line - 1]!].length + 1);
    };
    for (const i of facts.imports) [i.start, i.end, ...i.names.flatMap((n) => [n.start, n.end])].forEach(inside);
    for (const b of facts.bindings) inside(b);
    for (const o of facts.dunderAll) [o.start, o.valueStart, o.valueEnd, ...o.elements.flatMap((e) => [e.start, e.end])].forEach(inside);
    for (const d of facts.dynamicImports) inside(d.start);
    if (facts.syntaxError) inside(facts.syntaxError);
  }

  it('on random Python-like text', () => {
    fc.assert(fc.property(pythonish, (text) => checkInside(text, scanModule(text))), { numRuns: 3000, seed: 42 });
  });

  it('on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => checkInside(text, scanModule(text))), { numRuns: 2000, seed: 7 });
  });

  it('on real modules with random cuts and insertions', () => {
    const mutated = fc.tuple(fc.constantFrom(...stdlibSample), fc.nat(), fc.nat(), pythonish).map(([src, a, b, insert]) => {
      const i = a % (src.length + 1);
      const j = i + (b % 40);
      return src.slice(0, i) + insert + src.slice(j);
    });
    fc.assert(fc.property(mutated, (text) => checkInside(text, scanModule(text))), { numRuns: 1500, seed: 3 });
  });
});
