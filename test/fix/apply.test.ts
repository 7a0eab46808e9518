/** The fix loop: fixes that overlap wait for the next pass, and no fix that breaks a module is written. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { defineRule } from '../../src/engine/rule';
import { lint } from '../../src/lint';
import { cli } from '../helpers/cli';
import { judge } from '../helpers/python';
import { fixedModule } from '../helpers/fix';
import { makeTree } from '../helpers/tree';

const sortOn = { 'dunderlint.toml': '[rules]\nall-unsorted = "warn"\n' };

const fixed = fixedModule;

describe('overlapping fixes', () => {
  it('a name listed three times is listed once after one --fix', async () => {
    expect((await fixed('a = 1\n__all__ = ["a", "a", "a"]\n')).text).toBe('a = 1\n__all__ = ["a"]\n');
  });

  it('a repeat and an unsorted list in the same call both get fixed, no name lost', async () => {
    const { text } = await fixed('a = b = c = 1\n__all__ = ["a"]\n__all__.extend(["c", "a", "b"])\n', sortOn);
    expect(text).toBe('a = b = c = 1\n__all__ = ["a"]\n__all__.extend(["b", "c"])\n');
  });
});

describe('fixes fine alone but not together', () => {
  it('wait for the next pass: two repeats out of a tuple of three leave a tuple, not a string', async () => {
    // Alone, each removal is right; together they would leave `("b")`.
    const { text, warnings } = await fixed('a = b = 1\n__all__ = ("a",) + ("a", "b", "a")\n');
    expect(text).toBe('a = b = 1\n__all__ = ("a",) + ("b",)\n');
    expect(warnings).toEqual([]);
  });
});

describe('--diff', () => {
  it('shows the end result of all passes and writes nothing', async () => {
    const source = 'a = b = c = 1\n__all__ = ["a"]\n__all__.extend(["c", "a", "b"])\n';
    const dir = makeTree({ ...sortOn, 'm.py': source });
    const r = await lint({ cwd: dir, diff: true });
    expect(fs.readFileSync(path.join(dir, 'm.py'), 'utf8')).toBe(source);
    expect(r.diff).toContain('-__all__.extend(["c", "a", "b"])\n+__all__.extend(["b", "c"])\n');
    expect(r.fixed.map((d) => d.rule).sort()).toEqual(['all-duplicate', 'all-unsorted']);
  });
});

describe('a fix that would break a module', () => {
  // A plugin rule whose fix deletes a closing bracket: it must never reach the disk.
  const breaker = defineRule({
    id: 'plugin-breaker',
    meta: { description: 'test rule', defaultSeverity: 'error', fixable: 'safe', messages: { m: 'broken' } },
    create(context) {
      return {
        module(module) {
          const op = module.facts.dunderAll[0];
          if (!op) return;
          context.report({
            messageId: 'm',
            at: { path: module.file.path, start: op.valueStart, end: op.valueEnd },
            fix: {
              description: 'break it',
              applicability: 'safe',
              operations: [{ kind: 'edit', path: module.file.path, edits: [{ start: op.valueEndOffset - 1, end: op.valueEndOffset, text: '' }] }],
            },
          });
        },
      };
    },
  });

  it('is dropped with a warning and the file is left as it was', async () => {
    const source = 'a = 1\n__all__ = ["a"]\n';
    const dir = makeTree({ 'm.py': source });
    const r = await lint({ cwd: dir, fix: true, rules: [breaker] });
    expect(fs.readFileSync(path.join(dir, 'm.py'), 'utf8')).toBe(source);
    expect(r.fixed).toEqual([]);
    expect(r.warnings).toEqual([expect.stringMatching(/^m\.py:2:11: fix for plugin-breaker dropped: .*does not compile/)]);
    expect(r.diagnostics.map((d) => d.rule)).toEqual(['plugin-breaker']);
  });

  it('--diff shows nothing for it', async () => {
    const dir = makeTree({ 'm.py': 'a = 1\n__all__ = ["a"]\n' });
    const r = await lint({ cwd: dir, diff: true, rules: [breaker] });
    expect(r.diff).toBe('');
    expect(r.warnings).toHaveLength(1);
  });
});


describe('a built-in fix that would break a module', () => {
  // implicit-reexport adds the name before the closing bracket: in `()` that makes the string `("thing")`.
  it('is reported on stderr as a dropped fix and the module is not written', () => {
    const init = 'from .mod import thing\n__all__ = ()\n';
    const dir = makeTree({ 'pkg/__init__.py': init, 'pkg/mod.py': 'thing = 1\n', 'pkg/py.typed': '' });
    const r = cli(dir, '--fix');
    expect(r.stderr).toContain(
      'dunderlint: warning: pkg/__init__.py:1:18: fix for implicit-reexport dropped: the edited __all__ would no longer be a list of names\n',
    );
    expect(r.stderr).not.toMatch(/Fixed/);
    expect(fs.readFileSync(path.join(dir, 'pkg/__init__.py'), 'utf8')).toBe(init);
  });
});

describe('fixes that insert at the same place', () => {
  it('take one pass each, and one --fix adds every name', async () => {
    const init = 'from .mod import one, two, three\n__all__ = ["mod"]\n';
    const dir = makeTree({ 'pkg/__init__.py': init, 'pkg/mod.py': 'one = two = three = 1\n', 'pkg/py.typed': '' });
    const first = await lint({ cwd: dir, fix: true });
    expect(first.warnings).toEqual([]);
    expect(first.fixed.map((d) => d.rule)).toEqual(['implicit-reexport', 'implicit-reexport', 'implicit-reexport']);
    const text = fs.readFileSync(path.join(dir, 'pkg/__init__.py'), 'utf8');
    expect(text).toMatch(/^__all__ = \["mod", "\w+", "\w+", "\w+"\]$/m);
    expect(judge([path.join(dir, 'pkg/__init__.py')], { run: false })[0]!.error).toBeNull();
    const second = await lint({ cwd: dir, fix: true });
    expect(second.fixed).toEqual([]);
    expect(fs.readFileSync(path.join(dir, 'pkg/__init__.py'), 'utf8')).toBe(text);
  });
});
