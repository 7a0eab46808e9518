/** The built binary end to end: output formats, exit codes, fixes, flags and config errors. */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { builtinRules } from '../rules';
import { compiledBytecode } from './helpers/bytecode';
import { cli, cliWithInput, json } from './helpers/cli';
import { git, makeTree, readTree, trackedFiles } from './helpers/tree';

const pyc = compiledBytecode();

function hashTree(dir: string): string {
  const h = createHash('sha256');
  const tree = readTree(dir);
  for (const p of Object.keys(tree).sort()) h.update(`${p}\0${tree[p]}\0`);
  h.update(trackedFiles(dir).join('\0'));
  return h.digest('hex');
}

describe('a repository with committed bytecode', () => {
  it('exits 1 with one bytecode-tracked finding, --fix untracks and ignores it, a rerun exits 0', () => {
    const dir = makeTree({ 'x.py': 'x = 1\n', '__pycache__/x.cpython-312.pyc': pyc }, 'add-force');
    const first = cli(dir, '--format', 'json');
    expect(first.code).toBe(1);
    const report = json(first);
    const tracked = report.diagnostics.filter((d) => d.rule === 'bytecode-tracked');
    expect(tracked).toHaveLength(1);
    expect(tracked[0]).toMatchObject({
      severity: 'error',
      path: '__pycache__/x.cpython-312.pyc',
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: 1,
      related: [],
    });
    expect(tracked[0]!.fix.operations[0]).toEqual({ kind: 'untrack', paths: ['__pycache__'] });
    expect(report.summary).toEqual({ errors: 1, warnings: 1, files: 2 });

    const fixed = cli(dir, '--fix');
    expect(fixed.stderr).toContain('Fixed 2 problems.');
    expect(fixed.code).toBe(0);
    expect(trackedFiles(dir)).toEqual(['x.py']);
    expect(fs.readFileSync(path.join(dir, '__pycache__/x.cpython-312.pyc'))).toEqual(pyc);
    expect(fs.readFileSync(path.join(dir, '.gitignore'), 'utf8')).toBe('__pycache__/\n*.py[cod]\n');

    const rerun = cli(dir);
    expect(rerun).toEqual({ code: 0, stdout: 'All checks passed!\n', stderr: '' });
  });

  it('--diff prints the diff and the git command, changes nothing, and exits 1', () => {
    const dir = makeTree({ 'app/main.py': '', 'app/__pycache__/main.cpython-312.pyc': pyc }, 'add-force');
    const before = hashTree(dir);
    const r = cli(dir, '--diff');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('--- /dev/null\n+++ b/.gitignore\n@@ -0,0 +1,2 @@\n+__pycache__/\n+*.py[cod]\n');
    expect(r.stdout).toContain('git --literal-pathspecs rm -r --cached -- app/__pycache__\n');
    expect(r.stderr).toBe('Would fix 2 problems.\n');
    expect(hashTree(dir)).toBe(before);
  });

  it('--diff on a clean tree exits 0', () => {
    const dir = makeTree({ '.gitignore': '__pycache__/\n', 'm.py': '' }, 'add');
    expect(cli(dir, '--diff')).toEqual({ code: 0, stdout: '', stderr: 'No fixes available.\n' });
  });
});

describe('output formats', () => {
  const tree = { 'pkg/__init.py': '', 'pkg/m.py': '' };

  it('concise is path:line:col: severity rule message, one line each', () => {
    const r = cli(makeTree(tree), '--format', 'concise');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^pkg\/__init\.py:1:1: error misspelled-init `__init\.py` looks like a misspelled `__init__\.py`; [^\n]+\n$/);
    const warned = cli(makeTree(tree), '--format', 'concise', '--rule', 'misspelled-init:warn');
    expect(warned.code).toBe(0);
    expect(warned.stdout).toMatch(/^pkg\/__init\.py:1:1: warning misspelled-init `__init\.py` [^\n]+\n$/);
  });

  it('stylish groups by file and ends with a tally', () => {
    const r = cli(makeTree(tree));
    expect(r.stdout).toContain('\npkg/__init.py\n  1:1  error  `__init.py` looks like');
    expect(r.stdout).toContain('misspelled-init\n\n✖ 1 problem (1 error, 0 warnings)\n');
    expect(r.stdout).toContain('1 more problem is fixable with `--fix --unsafe-fixes`.');
  });

  it('paths are relative to the working directory, not the linted folder', () => {
    const dir = makeTree({ 'proj/pkg/__init.py': '' });
    const r = cli(dir, 'proj', '-f', 'concise');
    expect(r.stdout).toMatch(/^proj\/pkg\/__init\.py:1:1: error misspelled-init/);
  });

  it('a clean run says all checks passed and exits 0', () => {
    expect(cli(makeTree({ 'pkg/__init__.py': '' }))).toEqual({ code: 0, stdout: 'All checks passed!\n', stderr: '' });
  });

  it('colour only when asked (or on a terminal)', () => {
    const dir = makeTree(tree);
    expect(cli(dir).stdout).not.toContain('\u001b[');
    expect(cli(dir, '--color').stdout).toContain('\u001b[');
  });
});

describe('exit codes and severity flags', () => {
  // A git repo with no .gitignore: one bytecode-not-ignored warning, nothing else.
  const warnOnly = () => makeTree({ 'm.py': '' }, 'add');

  it('warnings alone exit 0; --max-warnings 0 makes them fail; --quiet hides them', () => {
    const dir = warnOnly();
    const r = cli(dir, '-f', 'concise');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('bytecode-not-ignored');
    const strict = cli(dir, '--max-warnings', '0');
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain('dunderlint found too many warnings (maximum: 0).');
    expect(cli(dir, '--quiet')).toEqual({ code: 0, stdout: 'All checks passed!\n', stderr: '' });
  });

  it('--exit-zero turns 1 into 0 but never hides 2', () => {
    const dir = makeTree({ 'pkg/_init_.py': '' });
    expect(cli(dir, '--exit-zero').code).toBe(0);
    expect(cli(dir, '--exit-zero', '--rule', 'nope:error').code).toBe(2);
  });

  it('--rule overrides the configured severity', () => {
    const dir = makeTree({ 'pkg/_init_.py': '' });
    expect(cli(dir, '--rule', 'misspelled-init:off')).toEqual({ code: 0, stdout: 'All checks passed!\n', stderr: '' });
    const warned = cli(dir, '--rule', 'misspelled-init:warn', '-f', 'json');
    expect(warned.code).toBe(0);
    expect(json(warned).diagnostics[0]!.severity).toBe('warning');
  });

  it.each([
    [['--rule', 'misspeled-init:off'], 'dunderlint: error: --rule misspeled-init:off: unknown rule "misspeled-init" (did you mean "misspelled-init"?)\n'],
    [['--rule', 'misspelled-init:fatal'], 'dunderlint: error: --rule misspelled-init:fatal: expected severity "off", "warn" or "error", got "fatal"\n'],
    [['--bogus'], 'dunderlint: error: Unknown argument: bogus (see dunderlint --help)\n'],
    [['--format', 'xml'], /^dunderlint: error: Invalid values:.*xml.*\(see dunderlint --help\)\n$/],
    [['--fix', '--diff'], 'dunderlint: error: --fix and --diff cannot be used together (see dunderlint --help)\n'],
    [['does-not-exist'], 'dunderlint: error: does-not-exist: no such file or directory\n'],
    [['--explain', 'bytecode'], /^dunderlint: error: --explain bytecode: unknown rule\n$/],
  ])('bad usage %j exits 2 with one line', (args, message) => {
    const r = cli(makeTree({ 'm.py': '' }), ...(args as string[]));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')).toHaveLength(2);
    if (typeof message === 'string') expect(r.stderr).toBe(message);
    else expect(r.stderr).toMatch(message);
  });
});

describe('config', () => {
  it.each([
    ['pyproject.toml', '[tool.dunderlint\nrules = {}\n', 'dunderlint: error: pyproject.toml:1:2: invalid TOML: '],
    ['pyproject.toml', '[project]\nname = "x"\nversion = \n', 'dunderlint: error: pyproject.toml:3:11: invalid TOML: '],
    ['pyproject.toml', '[tool.dunderlint]\nexlude = ["x"]\n', 'dunderlint: error: pyproject.toml: tool.dunderlint.exlude: unknown key (did you mean "exclude"?) (expected one of: rules, exclude, extend-exclude, per-file-ignores, src, namespace-packages, plugins, baseline)\n'],
    ['pyproject.toml', '[tool.dunderlint.rules]\nbytecode-trackd = "off"\n', 'dunderlint: error: pyproject.toml: tool.dunderlint.rules.bytecode-trackd: unknown rule (did you mean "bytecode-tracked"?)\n'],
    ['dunderlint.toml', 'exclude = "build"\n', 'dunderlint: error: dunderlint.toml: exclude: expected a list of strings, got "build"\n'],
    ['.dunderlint.toml', '[rules]\nmisspelled-init = "fatal"\n', 'dunderlint: error: .dunderlint.toml: rules.misspelled-init: expected "off", "warn", "error" or [severity, {options}], got "fatal"\n'],
    ['dunderlint.toml', '[rules]\nsourceless-bytecode = ["error", { allow = "x" }]\n', 'dunderlint: error: dunderlint.toml: rules.sourceless-bytecode.allow: expected string[], got "x"\n'],
    ['dunderlint.toml', '[rules]\nmisspelled-init = ["error", { strict = true }]\n', 'dunderlint: error: dunderlint.toml: rules.misspelled-init: rule has no option "strict"\n'],
    ['dunderlint.toml', '[per-file-ignores]\n"tests/*" = ["misspeled-init"]\n', 'dunderlint: error: dunderlint.toml: per-file-ignores."tests/*": unknown rule "misspeled-init" (did you mean "misspelled-init"?)\n'],
  ])('%s with %j exits 2 with one line naming the file and key', (name, content, message) => {
    const r = cli(makeTree({ [name]: content, 'm.py': '' }));
    expect(r.code).toBe(2);
    expect(r.stderr.startsWith(message)).toBe(true);
    expect(r.stderr.split('\n')).toHaveLength(2);
  });

  it('is found from a subfolder upward, and stops at the git root', () => {
    const dir = makeTree(
      { 'pyproject.toml': '[tool.dunderlint.rules]\nmisspelled-init = "off"\n', 'sub/pkg/_init_.py': '' },
      'add',
    );
    expect(cli(path.join(dir, 'sub')).code).toBe(0);
    const nested = makeTree({ 'dunderlint.toml': '[rules]\nmisspelled-init = "off"\n' });
    fs.mkdirSync(path.join(nested, 'repo/pkg'), { recursive: true });
    fs.writeFileSync(path.join(nested, 'repo/pkg/_init_.py'), '');
    git(path.join(nested, 'repo'), 'init', '-q');
    expect(cli(path.join(nested, 'repo'), '--rule', 'bytecode-not-ignored:off').code).toBe(1);
  });

  it('a pyproject.toml without [tool.dunderlint] is passed over; .dunderlint.toml wins over pyproject.toml', () => {
    const dir = makeTree({
      'pyproject.toml': '[project]\nname = "x"\n',
      'pkg/_init_.py': '',
    });
    expect(cli(dir).code).toBe(1);
    const both = makeTree({
      'pyproject.toml': '[tool.dunderlint.rules]\nmisspelled-init = "error"\n',
      '.dunderlint.toml': '[rules]\nmisspelled-init = "off"\n',
      'pkg/_init_.py': '',
    });
    expect(cli(both).code).toBe(0);
  });

  it('exclude, extend-exclude and per-file-ignores (with negation)', () => {
    const base = { 'a/_init_.py': '', 'b/_init_.py': '', 'build/_init_.py': '' };
    const paths = (dir: string, ...args: string[]) => json(cli(dir, '-f', 'json', ...args)).diagnostics.map((d) => d.path);
    expect(paths(makeTree(base))).toEqual(['a/_init_.py', 'b/_init_.py']);
    expect(paths(makeTree({ ...base, 'dunderlint.toml': 'exclude = ["a"]\n' }))).toEqual(['b/_init_.py', 'build/_init_.py']);
    expect(paths(makeTree({ ...base, 'dunderlint.toml': 'extend-exclude = ["b/**"]\n' }))).toEqual(['a/_init_.py']);
    expect(paths(makeTree({ ...base, 'dunderlint.toml': '[per-file-ignores]\n"a/*" = ["misspelled-init"]\n' }))).toEqual(['b/_init_.py']);
    expect(paths(makeTree({ ...base, 'dunderlint.toml': '[per-file-ignores]\n"!a/*" = ["ALL"]\n' }))).toEqual(['a/_init_.py']);
  });

  it('--config uses the named file; --print-config shows the result', () => {
    const dir = makeTree({ 'conf/lint.toml': '[rules]\nmisspelled-init = "warn"\n', 'pkg/_init_.py': '' });
    expect(cli(dir, '--config', 'conf/lint.toml').code).toBe(0);
    const printed = JSON.parse(cli(dir, '--config', 'conf/lint.toml', '--print-config').stdout);
    expect(printed.file).toBe('conf/lint.toml');
    expect(printed.rules['misspelled-init']).toBe('warn');
    expect(printed.rules['bytecode-tracked']).toEqual(['error', { allow: [] }]);
    expect(printed.exclude).toContain('.venv');
  });
});

describe('suppression comments', () => {
  it('disable-file anywhere in the file, disable on the reported line', () => {
    expect(cli(makeTree({ 'pkg/_init_.py': 'x = 1\n# dunderlint: disable-file=misspelled-init\n' })).code).toBe(0);
    expect(cli(makeTree({ 'pkg/_init_.py': '"""doc"""  # dunderlint: disable=bytecode-tracked, misspelled-init\n' })).code).toBe(0);
    expect(cli(makeTree({ 'pkg/_init_.py': '\n# dunderlint: disable=misspelled-init\n' })).code).toBe(1);
    expect(cli(makeTree({ 'pkg/_init_.py': '# dunderlint: disable=sourceless-bytecode\n' })).code).toBe(1);
  });
});

describe('information commands', () => {
  it('--version, --help, --list-rules, --explain exit 0', () => {
    const dir = makeTree({});
    const version = cli(dir, '--version');
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toBe(require('../package.json').version);
    const help = cli(dir, '--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--max-warnings');
    const list = cli(dir, '--list-rules');
    expect(list.stdout.split('\n').filter(Boolean).map((l) => l.split(/\s+/)[0])).toEqual(builtinRules.map((r) => r.id));
    const explain = cli(dir, '--explain', 'misspelled-init');
    expect(explain.code).toBe(0);
    expect(explain.stdout.startsWith('# misspelled-init\n')).toBe(true);
  });
});

describe('named files', () => {
  it('lints the whole project but reports only the named files', () => {
    const dir = makeTree({ 'a/_init_.py': '', 'b/_init_.py': '' });
    const r = cli(dir, 'b/_init_.py', '-f', 'concise');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^b\/_init_\.py:1:1: error misspelled-init/);
    expect(r.stdout.split('\n')).toHaveLength(2);
  });
});

describe('the bundled example', () => {
  it('reports the layout bugs it was built to show', () => {
    const r = cli(path.join(__dirname, '..'), 'examples', '-f', 'json');
    expect(r.code).toBe(1);
    expect(json(r).diagnostics.map((d) => `${d.rule} ${d.path}`)).toEqual([
      'bytecode-tracked examples/app/__pycache__/__init__.cpython-311.pyc',
      'bytecode-tracked examples/app/legacy_auth.pyc',
      'sourceless-bytecode examples/app/legacy_auth.pyc',
      'missing-init examples/app/main.py',
      'misspelled-init examples/app/models/__init.py',
    ]);
  });
});

describe('the installed Python standard library', () => {
  it('a whole run finishes without an internal error', () => {
    const stdlib = require('node:child_process').execFileSync('python3', ['-c', "import sysconfig; print(sysconfig.get_paths()['stdlib'])"], { encoding: 'utf8' }).trim();
    const r = cli(makeTree({}), stdlib, '-f', 'json');
    expect(r.stderr).not.toContain('internal error');
    expect(r.stderr).not.toContain('crashed');
    expect([0, 1]).toContain(r.code);
    expect(json(r).summary.files).toBeGreaterThan(1000);
  });
});

describe('--stdin-filename (editors)', () => {
  const tree = { 'pkg/__init__.py': '', 'pkg/m.py': 'a = 1\n__all__ = ["a"]\n', 'pkg/_init_.py': '' };

  it('lints the buffer as that file of the project, and reports only that file', () => {
    const dir = makeTree(tree);
    const r = cliWithInput(dir, 'a = 1\n__all__ = ["a", "gone"]\n', '--stdin-filename', 'pkg/m.py', '-f', 'concise');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('pkg/m.py:2:17: error all-undefined "gone" in `__all__` is never defined or imported: `from pkg.m import *` raises AttributeError\n');
    expect(fs.readFileSync(path.join(dir, 'pkg/m.py'), 'utf8')).toBe(tree['pkg/m.py']);
  });

  it('works for a file not saved yet, and a clean buffer exits 0', () => {
    const dir = makeTree(tree);
    expect(cliWithInput(dir, '__all__ = "x"\n', '--stdin-filename', 'pkg/new.py', '-f', 'concise').stdout).toMatch(/^pkg\/new\.py:1:11: error all-not-sequence /);
    expect(cliWithInput(dir, 'x = 1\n', '--stdin-filename', 'pkg/new.py')).toEqual({ code: 0, stdout: 'All checks passed!\n', stderr: '' });
  });

  it('refuses --fix', () => {
    expect(cliWithInput(makeTree(tree), '', '--stdin-filename', 'pkg/m.py', '--fix').code).toBe(2);
  });
});

describe('the facts cache', () => {
  it('is written on the first run, reused on the second, and follows edits', () => {
    const dir = makeTree({ 'm.py': 'a = 1\n__all__ = ["a"]\n' }, 'add');
    expect(cli(dir, '--rule', 'bytecode-not-ignored:off').code).toBe(0);
    const cacheDir = path.join(dir, '.dunderlint_cache');
    const [file] = fs.readdirSync(cacheDir).filter((f) => f.endsWith('.bin'));
    expect(file).toMatch(/^facts-/);
    expect(fs.readFileSync(path.join(cacheDir, '.gitignore'), 'utf8')).toContain('*');
    // The cache never shows up as a project file, in git or outside it.
    expect(json(cli(dir, '-f', 'json', '--rule', 'bytecode-not-ignored:off')).summary.files).toBe(1);
    // An edit changes size or mtime: the file is scanned again.
    fs.writeFileSync(path.join(dir, 'm.py'), 'a = 1\n__all__ = ["a", "gone"]\n');
    expect(cli(dir, '--rule', 'bytecode-not-ignored:off').code).toBe(1);
  });

  const counts = (dir: string): string => {
    const r = cli(dir, '--verbose', '--rule', 'bytecode-not-ignored:off');
    return /facts of (\d+ modules? from the cache, \d+ scanned)/.exec(r.stderr)![1]!;
  };

  it('in git, trusts the index for unmodified files and sees a same-size edit at once', () => {
    const dir = makeTree({ 'a.py': '__all__ = ["x"]\nx = 1\n', 'b.py': 'y = 2\n' }, 'add');
    expect(counts(dir)).toBe('0 modules from the cache, 2 scanned');
    expect(counts(dir)).toBe('2 modules from the cache, 0 scanned');
    // Same size, same second: only the content tells.
    fs.writeFileSync(path.join(dir, 'a.py'), '__all__ = ["z"]\nx = 1\n');
    const r = cli(dir, '-f', 'concise', '--rule', 'bytecode-not-ignored:off');
    expect(r.stdout).toMatch(/^a\.py:1:12: error all-undefined /);
    // A run that changed a few entries leaves the cache as it was (cache.ts, save): a.py is scanned again.
    expect(counts(dir)).toBe('1 module from the cache, 1 scanned');
  });

  it('outside git, a touched but unchanged file is not scanned again, a renamed one neither', () => {
    const dir = makeTree({ 'a.py': 'x = 1\n', 'b.py': 'y = 2\n' });
    const old = new Date(Date.now() - 60_000);
    for (const f of ['a.py', 'b.py']) fs.utimesSync(path.join(dir, f), old, old);
    expect(counts(dir)).toBe('0 modules from the cache, 2 scanned');
    fs.utimesSync(path.join(dir, 'a.py'), new Date(), new Date());
    fs.renameSync(path.join(dir, 'b.py'), path.join(dir, 'c.py'));
    expect(counts(dir)).toBe('2 modules from the cache, 0 scanned');
  });

  it('outside git, a same-size edit right after a run is seen (recent files are not trusted by their stat data)', () => {
    const dir = makeTree({ 'a.py': '__all__ = ["x"]\nx = 1\n' });
    expect(cli(dir, '--rule', 'bytecode-not-ignored:off').code).toBe(0);
    const file = path.join(dir, 'a.py');
    const { mtime } = fs.statSync(file);
    fs.writeFileSync(file, '__all__ = ["z"]\nx = 1\n');
    fs.utimesSync(file, mtime, mtime); // even with the very same mtime
    expect(cli(dir, '--rule', 'bytecode-not-ignored:off').code).toBe(1);
  });

  it('a damaged cache file is replaced, not trusted', () => {
    const dir = makeTree({ 'a.py': '__all__ = ["x"]\n' });
    expect(cli(dir, '--rule', 'bytecode-not-ignored:off').code).toBe(1);
    const cacheDir = path.join(dir, '.dunderlint_cache');
    const [file] = fs.readdirSync(cacheDir).filter((f) => f.endsWith('.bin'));
    fs.writeFileSync(path.join(cacheDir, file!), 'garbage');
    expect(counts(dir)).toBe('0 modules from the cache, 1 scanned');
    expect(counts(dir)).toBe('1 module from the cache, 0 scanned');
  });

  it('a cache file cut short after its header is replaced, not trusted', () => {
    const tree: Record<string, string> = {};
    for (let i = 0; i < 30; i++) tree[`m${i}.py`] = `__all__ = ["x${i}"]\nx${i} = ${i}\n`;
    const dir = makeTree(tree, 'add');
    expect(counts(dir)).toBe('0 modules from the cache, 30 scanned');
    const cacheDir = path.join(dir, '.dunderlint_cache');
    const file = path.join(cacheDir, fs.readdirSync(cacheDir).find((f) => f.endsWith('.bin'))!);
    fs.truncateSync(file, fs.statSync(file).size - 64);
    expect(counts(dir)).toBe('0 modules from the cache, 30 scanned');
    expect(counts(dir)).toBe('30 modules from the cache, 0 scanned');
  });

  it('finds every file when the listing order changes (files added, removed, renamed)', () => {
    const tree: Record<string, string> = {};
    for (let i = 10; i < 40; i++) tree[`pkg/m${i}.py`] = `__all__ = ["x"]\nx = ${i}\n`;
    const dir = makeTree(tree, 'add');
    expect(counts(dir)).toBe('0 modules from the cache, 30 scanned');
    fs.writeFileSync(path.join(dir, 'pkg/a0.py'), 'y = 0\n'); // new, listed first (untracked: after the tracked ones in git)
    git(dir, 'rm', '-qf', 'pkg/m20.py');
    git(dir, 'mv', 'pkg/m30.py', 'pkg/z30.py');
    expect(counts(dir)).toBe('29 modules from the cache, 1 scanned');
    // Three changes leave the cache as it was (cache.ts, save): the same again.
    expect(counts(dir)).toBe('29 modules from the cache, 1 scanned');
  });

  it('--fix counts each module once, though it analyses the fixed project again', () => {
    const dir = makeTree({ 'app/__init__.py': '', 'app/main.py': 'from app.routers import todos\n', 'app/routers/todos.py': 'x = 1\n' }, 'add');
    expect(counts(dir)).toBe('0 modules from the cache, 3 scanned');
    const r = cli(dir, '--verbose', '--fix', '--rule', 'bytecode-not-ignored:off');
    expect(r.stderr).toContain('facts of 3 modules from the cache, 0 scanned');
    expect(fs.existsSync(path.join(dir, 'app/routers/__init__.py'))).toBe(true);
  });

  it('worker threads give the same findings as one thread, with and without the cache', () => {
    // Enough modules to start workers when asked to (modules.ts: EXPLICIT_FROM); some with findings, one not UTF-8.
    const tree: Record<string, string | Buffer> = { 'pyproject.toml': '[project]\nname = "big"\n', 'big/__init__.py': '' };
    for (let p = 0; p < 20; p++) {
      tree[`big/p${p}/__init__.py`] = p % 3 ? '' : `from .m0 import *\n__all__ = ["m0", "missing${p}"]\n`;
      for (let m = 0; m < 25; m++) tree[`big/p${p}/m${m}.py`] = `import os\nfrom big.p${(p + 1) % 20} import m${m}\n__all__ = ["f${m}"${m % 7 ? '' : ', "f"'}]\ndef f${m}(): ...\n`;
    }
    tree['big/p0/latin.py'] = Buffer.from([0x78, 0x20, 0x3d, 0x20, 0x27, 0xe9, 0x27, 0x0a]);
    const dir = makeTree(tree);
    const run = (...args: string[]) => {
      const r = cli(dir, '-f', 'json', ...args);
      return { code: r.code, stderr: r.stderr, diagnostics: json(r).diagnostics };
    };
    const one = run('--no-cache', '--concurrency', 'off');
    expect(one.diagnostics.length).toBeGreaterThan(20);
    expect(one.stderr).toContain('latin.py:1:6:');
    expect(run('--no-cache', '--concurrency', '2')).toEqual(one);
    expect(cli(dir, '--no-cache', '--concurrency', '2', '--verbose').stderr).toContain('scanned 522 modules in 2 worker threads');
    expect(run('--concurrency', '2')).toEqual(one); // fills the cache from the workers' records
    expect(run('--concurrency', '2')).toEqual(one); // reads it back
    expect(cli(dir, '--concurrency', 'many').code).toBe(2);
  });

  it('--no-cache and --cache-dir', () => {
    const dir = makeTree({ 'm.py': '' });
    cli(dir, '--no-cache');
    expect(fs.existsSync(path.join(dir, '.dunderlint_cache'))).toBe(false);
    cli(dir, '--cache-dir', 'elsewhere');
    expect(fs.readdirSync(path.join(dir, 'elsewhere')).some((f) => f.startsWith('facts-'))).toBe(true);
  });

  it('an unwritable cache folder is a warning, not a failure', () => {
    const dir = makeTree({ 'm.py': '', 'blocker': 'a file where the cache folder would go' });
    const r = cli(dir, '--cache-dir', 'blocker/cache');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('dunderlint: warning: cannot write the cache in blocker/cache: not a directory (ENOTDIR); use --no-cache or --cache-dir\n');
  });
});
