/**
 * Sizes no hand-written module has but generated ones do: very long lines and very deep nesting,
 * run through the built CLI as a user would. Bounds are generous (they catch quadratic blow-ups
 * and stack overflows, not slowness on a busy machine).
 */
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { excerpt } from '../../src/engine/rule';
import { LineMap } from '../../src/python/scanner';
import { makeTree } from '../helpers/tree';

const BIN = path.join(__dirname, '..', '..', 'bin', 'dunderlint.js');

/** The CLI, killed after `limitMs`: a test of a hang fails instead of hanging. */
function run(cwd: string, limitMs: number, ...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, '--no-cache', '--format', 'json', ...args], {
    cwd,
    encoding: 'utf8',
    timeout: limitMs,
    killSignal: 'SIGKILL',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '' },
  });
  return { code: r.status, timedOut: r.signal === 'SIGKILL', stdout: r.stdout, stderr: r.stderr };
}

/**
 * A quadratic blow-up on these inputs takes minutes; a normal run takes a few seconds alone and has
 * taken over 20 s on a machine loaded four times over, so the bound only tells a hang from a run.
 */
const HANG_MS = 50_000;

const names = (n: number) => Array.from({ length: n }, (_, i) => `a${i}`);

describe('time is linear in the length of a line', () => {
  it('a 200,000-name one-line __all__ and from-import list finish (a hang is killed after 50 s)', () => {
    const all = names(200_000);
    const dir = makeTree({
      'pkg/__init__.py': '',
      'pkg/exports.py': `__all__ = [${all.map((n) => `"${n}"`).join(', ')}, "missing"]\n${all.map((n) => `${n} = 1`).join('\n')}\n`,
      'pkg/imports.py': `from pkg.exports import (${all.join(', ')})\nimport ${all.slice(0, 50_000).join(', ')}\n`,
    });
    const r = run(dir, HANG_MS);
    expect(r.timedOut).toBe(false);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { diagnostics: Array<{ rule: string; message: string; range?: unknown }> };
    // The one undefined name is found, at the end of the 1.5 MB line.
    expect(out.diagnostics.map((d) => d.rule)).toEqual(['all-undefined']);
    expect(out.diagnostics[0]!.message).toContain('missing');
  }, 60_000);

  it('100,000 __all__ operations on one line (`__all__ += [...]; __all__.append(...); …`) finish (a hang is killed after 50 s)', () => {
    const all = names(100_000);
    const ops = all.map((n, i) => (i % 2 ? `__all__ += ["${n}"]` : `__all__.append("${n}")`)).join('; ');
    const dir = makeTree({
      'pkg/__init__.py': '',
      'pkg/exports.py': `__all__ = []; ${ops}; __all__.append("missing")\n${all.map((n) => `${n} = 1`).join('\n')}\n`,
    });
    const r = run(dir, HANG_MS);
    expect(r.timedOut).toBe(false);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { diagnostics: Array<{ rule: string; message: string }> };
    expect(out.diagnostics.map((d) => [d.rule, d.message.slice(0, 9)])).toEqual([['all-undefined', '"missing"']]);
  }, 60_000);
});

describe('columns far into a long line', () => {
  it('still count code points, not UTF-16 units, before and after astral characters', () => {
    const line = `${'x'.repeat(300)}😀${'y'.repeat(300)}😀z`;
    const text = `😀\n${line}\n${line}`;
    const lines = new LineMap(text);
    for (const [lineNo, base] of [[2, 3], [3, 3 + line.length + 1]] as const) {
      for (const i of [0, 299, 300, 302, 500, 602, 604]) {
        expect(lines.position(base + i)).toEqual({ line: lineNo, column: [...line.slice(0, i)].length + 1 });
      }
    }
  });
});

describe('deep nesting does not overflow the stack', () => {
  const deep = 10_000;
  const open = (s: string) => s.repeat(deep);
  it.each([
    ['parentheses around an __all__ string', `__all__ = ${open('(')}"a"${open(')')}\na = 1\n`],
    ['nested lists in __all__', `__all__ = ${open('[')}"a"${open(']')}\n`],
    ['a parenthesised + chain in __all__', `__all__ = ${open('(')}["a"]${' + ["b"])'.repeat(deep)}\n`],
    ['a list element in parentheses', `__all__ = [${open('(')}"a"${open(')')}]\n`],
    ['nested calls in __all__', `__all__ = ${open('f(')}1${open(')')}\n`],
    ['a nested assignment target', `[${open('(')}a${open(')')}] = [1]\n`],
    ['a parenthesised expression statement', `x = ${open('(')}1${open(')')}\n`],
    ['nested f-strings', `x = ${open('f"{')}1${open('}"')}\n`],
    ['nested f-string format specs', `x = f"{x${open(':{x')}${open('}')}}"\n`],
  ])('%s: a syntax error as CPython reports it, no crash', (_name, source) => {
    const dir = makeTree({ 'pkg/__init__.py': '', 'pkg/deep.py': source, 'pkg/after.py': 'import pkg.nothing_here\n' });
    const r = run(dir, 30_000);
    expect(r.timedOut).toBe(false);
    expect(r.stderr).not.toMatch(/internal error|RangeError|\n\s+at /);
    expect([0, 1]).toContain(r.code);
    // CPython refuses more than 200 nested brackets (or 150 nested f-strings) in one line.
    expect(r.stderr).toMatch(/^dunderlint: warning: pkg\/deep\.py:1:\d+: (too many nested parentheses|f-string: expressions nested too deeply)/m);
    JSON.parse(r.stdout);
  }, 60_000);
});

describe('messages quote at most a short excerpt of the source', () => {
  it('an excerpt is the source with whitespace runs as one space, cut at 60 code points with …', () => {
    expect(excerpt('a\n   b')).toBe('a b');
    expect(excerpt('x'.repeat(60))).toBe('x'.repeat(60));
    expect(excerpt('x'.repeat(61))).toBe(`${'x'.repeat(59)}…`);
    expect(excerpt('😀'.repeat(60))).toBe('😀'.repeat(60));
    expect(excerpt('😀'.repeat(61))).toBe(`${'😀'.repeat(59)}…`);
  });

  it('a 10,000-deep __all__ element is quoted in under 100 characters, ending in …', () => {
    const element = `${'['.repeat(10_000)}"a"${']'.repeat(10_000)}`;
    const dir = makeTree({
      'pkg/__init__.py': '',
      'pkg/m.py': `__all__ = [${element}, ${'x.'.repeat(5_000)}y, "b" ${'"c" '.repeat(5_000)}]\n__all__ = ${'a.'.repeat(10_000)}b\n__all__ = ${'q.'.repeat(10_000)}f()\n__all__ = b"${'x'.repeat(20_000)}"\n__all__ = "${'y'.repeat(20_000)}"\n`,
    });
    const r = run(dir, 30_000);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { diagnostics: Array<{ rule: string; message: string; fix?: { description: string } }> };
    const rules = out.diagnostics.map((d) => d.rule).sort();
    expect(rules).toEqual(expect.arrayContaining(['all-implicit-concat', 'all-non-string', 'all-not-sequence', 'all-unsupported-form']));
    for (const d of out.diagnostics) {
      // Each message is its template plus at most ~60 characters of source per quote.
      expect({ rule: d.rule, length: d.message.length < 400 }).toEqual({ rule: d.rule, length: true });
      if (d.fix) expect(d.fix.description.length).toBeLessThan(100);
    }
    expect(out.diagnostics.find((d) => d.rule === 'all-non-string' && d.message.startsWith('`[[['))!.message).toMatch(/^`\[{59}…` in `__all__`/);
  }, 60_000);
});
