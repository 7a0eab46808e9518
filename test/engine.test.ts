/** The engine through the public API: crashing rules, plugins, git detection. */
import { defineRule, fileStart, lint } from '../src';
import { cli } from './helpers/cli';
import { makeTree } from './helpers/tree';

const throwing = defineRule({
  id: 'always-throws',
  meta: { description: 'A rule with a bug', defaultSeverity: 'error', messages: { never: 'never reported, by design' } },
  create: () => ({
    file() {
      throw new Error('boom');
    },
  }),
});

const perFolder = defineRule({
  id: 'one-per-folder',
  meta: { description: 'Reports every folder that holds a file', defaultSeverity: 'warn', messages: { here: 'folder {{dir}} has {{n}} files' } },
  create: (context) => ({
    directory(dir) {
      const first = [...dir.files.values()][0];
      if (first) context.report({ messageId: 'here', data: { dir: dir.path || '.', n: dir.files.size }, at: fileStart(first.path) });
    },
  }),
});

describe('engine', () => {
  it('a rule that throws is reported once, naming the rule, and the other rules still run', async () => {
    const dir = makeTree({ 'pkg/_init_.py': '', 'pkg/a.py': '', 'b.py': '' });
    const result = await lint({ cwd: dir, extraRules: [throwing] });
    expect(result.crashes).toHaveLength(1);
    expect(result.crashes[0]!.rule).toBe('always-throws');
    expect(result.crashes[0]!.message).toContain('boom');
    expect(result.diagnostics.map((d) => d.rule)).toEqual(['misspelled-init']);
  });

  it('plugin rules get severities, message data and locations', async () => {
    const dir = makeTree({ 'a/x.py': '', 'a/y.py': '', 'b/z.py': '' });
    const result = await lint({ cwd: dir, rules: [perFolder] });
    expect(result.diagnostics.map((d) => [d.location.path, d.severity, d.message])).toEqual([
      ['a/x.py', 'warning', 'folder a has 2 files'],
      ['b/z.py', 'warning', 'folder b has 1 files'],
    ]);
  });

  it('outside git the git rules are skipped silently, and --verbose says so once', async () => {
    const dir = makeTree({ 'm.py': '' });
    const result = await lint({ cwd: dir });
    expect(result.diagnostics).toEqual([]);
    expect(result.notes.filter((n) => n.includes('not a git work tree'))).toEqual([
      '.: not a git work tree; skipped bytecode-not-ignored, bytecode-tracked, package-ignored',
    ]);
    const r = cli(dir, '--verbose');
    expect(r.code).toBe(0);
    expect(r.stderr.match(/not a git work tree/g)).toHaveLength(1);
  });
});

const importCounter = defineRule({
  id: 'import-counter',
  meta: { description: 'Reports every module-level import of os', defaultSeverity: 'error', messages: { os: 'imports os ({{scope}})' } },
  create: (context) => ({
    import(fact, module) {
      if (fact.names.some((n) => n.name === 'os')) {
        context.report({ messageId: 'os', data: { scope: fact.scope }, at: { path: module.file.path, start: fact.start, end: fact.end } });
      }
    },
  }),
});

describe('module and import visitors', () => {
  it('see every Python file, with nested imports; files that do not parse are named in a warning and the run goes on', async () => {
    const dir = makeTree({
      'a.py': 'import os\n',
      'pkg/__init__.py': '',
      'pkg/b.py': 'def f():\n    import os, sys\n',
      'pkg/broken.py': 'print "python 2"\nimport os\n',
      'pkg/binary.py': Buffer.from([0x00, 0x01, 0xff, 0x00]),
      'pkg/latin.py': Buffer.from('x = "caf\xe9"\n', 'latin1'),
      'notes.txt': 'import os\n',
    });
    const result = await lint({ cwd: dir, rules: [importCounter] });
    expect(result.crashes).toEqual([]);
    expect(result.diagnostics.map((d) => `${d.location.path}:${d.location.start.line} ${d.message}`)).toEqual([
      'a.py:1 imports os (module)',
      'pkg/b.py:2 imports os (function)',
      'pkg/broken.py:2 imports os (module)',
    ]);
    expect(result.warnings).toEqual([
      'pkg/binary.py:1:1: source code cannot contain null bytes (what dunderlint knows of this file is incomplete)',
      'pkg/broken.py:1:7: invalid syntax (what dunderlint knows of this file is incomplete)',
      "pkg/latin.py:1:9: (unicode error) 'utf-8' codec can't decode the file (what dunderlint knows of this file is incomplete)",
    ]);
  });

  it('suppression comments are real comments: a directive inside a string does not count', async () => {
    const inString = makeTree({ 'pkg/_init_.py': 's = "# dunderlint: disable-file=misspelled-init"\n' });
    expect((await lint({ cwd: inString })).diagnostics.map((d) => d.rule)).toEqual(['misspelled-init']);
    const inComment = makeTree({ 'pkg/_init_.py': 's = 1  # dunderlint: disable-file=misspelled-init\n' });
    expect((await lint({ cwd: inComment })).diagnostics).toEqual([]);
  });
});
