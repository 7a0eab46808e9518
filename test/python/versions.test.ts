/**
 * Syntax that some supported CPython (3.8 … 3.14) accepts must not be reported as a syntax error,
 * and must give the same facts CPython's `ast` gives. Each snippet says which versions accept it
 * (checked with CPython 3.8–3.13 here; 3.14 with pyodide, see conformance-versions.test.ts).
 */
import { lint } from '../../src/lint';
import { scanModule } from '../../src/python/facts';
import { makeTree } from '../helpers/tree';

async function warningsOf(source: string, requiresPython = '>=3.8'): Promise<string[]> {
  const dir = makeTree({
    'pyproject.toml': `[project]\nname = "app"\nversion = "1"\nrequires-python = "${requiresPython}"\n`,
    'app/__init__.py': '',
    'app/main.py': source,
  });
  const result = await lint({ cwd: dir, cacheDir: '.dunderlint_cache' });
  return result.warnings;
}

describe('PEP 758: except without parentheses (3.14)', () => {
  const source = ['try:', '    from app import fast', 'except ValueError, ImportError:', '    fast = None', ''].join('\n');

  test('a project requiring Python 3.14 that writes `except A, B:` gets no syntax-error warning', async () => {
    expect(await warningsOf(source, '>=3.14')).toEqual([]);
  });

  test('`except A, B:` catches ImportError: the import in its try is guarded', () => {
    const facts = scanModule(source);
    expect(facts.syntaxError).toBeNull();
    expect(facts.imports.map((i) => i.guarded)).toEqual([true]);
  });

  test('`except* A, B:` is accepted too', () => {
    expect(scanModule('try:\n    pass\nexcept* ValueError, TypeError:\n    pass\n').syntaxError).toBeNull();
  });

  test("`except A, B as e:` is still a syntax error, with CPython 3.14's message", () => {
    const facts = scanModule('try:\n    pass\nexcept ValueError, TypeError as e:\n    pass\n');
    expect(facts.syntaxError).toMatchObject({ message: "multiple exception types must be parenthesized when using 'as'", line: 3 });
  });
});

describe('replacement fields spanning lines in single-quoted f-strings and t-strings (3.12+, 3.14)', () => {
  test('a PEP 701 f-string whose replacement field spans lines gives no warning, and later lines are still read', async () => {
    const source = 'x = f"a {\n  1 +\n  2\n} b"\nfrom app import y\n';
    expect(await warningsOf(source, '>=3.12')).toEqual([]);
    const facts = scanModule(source);
    expect(facts.syntaxError).toBeNull();
    expect(facts.imports.map((i) => [i.module, i.start.line])).toEqual([['app', 5]]);
  });

  test('a PEP 750 t-string whose replacement field spans lines gives no warning', async () => {
    const source = "name = 'x'\ntemplate = t'hello {\n    name!r\n}'\nimport app\n";
    expect(await warningsOf(source, '>=3.14')).toEqual([]);
    expect(scanModule(source).bindings.map((b) => [b.name, b.line])).toEqual([['name', 1], ['template', 2], ['app', 5]]);
  });

  test('a comment inside a multi-line replacement field ends at the line break, not the string', () => {
    expect(scanModule('x = f"{1 # one\n}"\ny = 2\n').syntaxError).toBeNull();
  });

  test('a format spec still cannot span lines in a single-quoted f-string', () => {
    expect(scanModule('x = f"{1:\n>10}"\n').syntaxError).not.toBeNull();
  });
});

describe('a backslash continuation line directly before an indented block (3.10+)', () => {
  test.each([
    ['backslash at column 0, block indented on the next line', 'if x:\n\\\n    pass\n'],
    ['indented backslash line, then the block', 'if x:\n    \\\n    pass\n'],
    ['the backslash line sets the indentation', 'if x:\n        \\\n  pass\n'],
    ['backslash line, blank line, then the block', 'if x:\n    \\\n\n    pass\n'],
    ['two backslash lines', 'def f():\n  \\\n  \\\n      return 1\n'],
  ])('%s: no syntax error', async (_name, source) => {
    expect(scanModule(source).syntaxError).toBeNull();
    expect(await warningsOf(source)).toEqual([]);
  });

  test('the statement after such a block is still at module level', () => {
    const facts = scanModule('if x:\n    \\\n    import a\nimport b\n');
    expect(facts.syntaxError).toBeNull();
    expect(facts.imports.map((i) => [i.module ?? i.names[0]!.name, i.conditional, i.start.line])).toEqual([['a', false, 3], ['b', false, 4]]);
  });
});
