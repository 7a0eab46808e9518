/**
 * `--fix` on disk: it changes only the bytes it means to (encodings, line endings), keeps owner and
 * mode, never writes through a symlink or outside the project, hands git literal paths, recovers
 * from an interrupted run and says what it did when it fails half way.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { defineRule, fileStart, type Rule } from '../../src/engine/rule';
import { lint } from '../../src/lint';
import type { FixOperation } from '../../src/types';
import { compiledBytecode } from '../helpers/bytecode';
import { cli, type CliResult } from '../helpers/cli';
import { AS_NOBODY, NOBODY, nobodyBin } from '../helpers/run';
import { git, makeTree, trackedFiles } from '../helpers/tree';

const pyc = compiledBytecode();
const BIN = path.join(__dirname, '..', '..', 'bin', 'dunderlint.js');
const latin1 = (s: string): Buffer => Buffer.from(s, 'latin1');
const read = (dir: string, rel: string): Buffer => fs.readFileSync(path.join(dir, rel));
/** all-unsorted (off by default) has an edit fix. */
const SORT = ['--rule', 'all-unsorted:error'];

/** A rule that always reports one finding on `file`, whose fix is `operations`. */
function ruleWithFix(file: string, operations: FixOperation[]): Rule {
  return defineRule({
    id: 'test-fix',
    meta: { description: 'test', defaultSeverity: 'error', fixable: 'safe', messages: { m: 'test' } },
    create: (context) => ({
      project() {
        context.report({ messageId: 'm', at: fileStart(file), fix: { description: 'test', applicability: 'safe', operations } });
      },
    }),
  });
}

function fixWith(dir: string, rule: Rule) {
  return lint({ cwd: dir, fix: true, rules: [rule] });
}

/** The CLI as user nobody (root ignores permissions), in a tree nobody owns. */
function cliAsNobody(dir: string, ...args: string[]): CliResult {
  const r = spawnSync('setpriv', [...AS_NOBODY, process.execPath, nobodyBin(), ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', HOME: dir },
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

function deadPid(): number {
  const r = spawnSync('true');
  return r.pid!;
}

describe('git gets literal paths', () => {
  it('--fix untracks a bytecode file named `:!x.pyc` and nothing else', () => {
    const dir = makeTree({ 'x.py': 'x = 1\n', 'y.py': '', 'pkg/__init__.py': '', ':!x.pyc': pyc }, 'add-force');
    const r = cli(dir, '--fix');
    expect(r.stderr).not.toContain('internal error');
    expect(trackedFiles(dir)).toEqual(['pkg/__init__.py', 'x.py', 'y.py']);
    expect(read(dir, ':!x.pyc')).toEqual(pyc);
  });

  it('--fix untracks bytecode files whose names look like pathspec magic or globs, each exactly', () => {
    const dir = makeTree({ 'a.py': '', '*.pyc': pyc, ':(glob)b.pyc': pyc, 'keep[1].pyc.txt': '' }, 'add-force');
    cli(dir, '--fix');
    expect(trackedFiles(dir)).toEqual(['a.py', 'keep[1].pyc.txt']);
  });

  it('--diff prints a literal, copy-pastable git rm command', () => {
    const dir = makeTree({ 'x.py': '', 'y.py': '', ':!x.pyc': pyc }, 'add-force');
    const r = cli(dir, '--diff');
    const line = r.stdout.split('\n').find((l) => l.startsWith('# git '))!.slice(2);
    expect(line).toBe("git --literal-pathspecs rm -r --cached -- ':!x.pyc'");
    spawnSync('sh', ['-c', line], { cwd: dir });
    expect(trackedFiles(dir)).toEqual(['x.py', 'y.py']);
  });
});

describe('encodings and line endings', () => {
  it('--fix keeps a PEP 263 latin-1 module in latin-1, changing only the edited bytes', () => {
    const before = latin1('# -*- coding: latin-1 -*-\n__all__ = ["z\xe9", "a"]\nz\xe9 = 1\na = 2\ns = "caf\xe9"\n');
    const dir = makeTree({ 'pkg/__init__.py': before });
    const r = cli(dir, '--fix', ...SORT);
    expect(r.code).toBe(0);
    expect(read(dir, 'pkg/__init__.py')).toEqual(latin1('# -*- coding: latin-1 -*-\n__all__ = ["a", "z\xe9"]\nz\xe9 = 1\na = 2\ns = "caf\xe9"\n'));
    expect(cli(dir, '--fix', ...SORT)).toEqual({ code: 0, stdout: 'All checks passed!\n', stderr: '' });
  });

  it('--fix keeps a shift_jis module in shift_jis, multi-byte characters before and inside the edits', () => {
    const sjis = (s: string): Buffer => Buffer.concat(s.split(/(日本)/).map((part) => (part === '日本' ? Buffer.of(0x93, 0xfa, 0x96, 0x7b) : Buffer.from(part))));
    const dir = makeTree({ 'm.py': sjis('# -*- coding: shift_jis -*-\n# 日本\n__all__ = ["日本", "a"]\n日本 = a = 1\n') });
    expect(cli(dir, '--fix', ...SORT).code).toBe(0);
    expect(read(dir, 'm.py')).toEqual(sjis('# -*- coding: shift_jis -*-\n# 日本\n__all__ = ["a", "日本"]\n日本 = a = 1\n'));
  });

  it('--fix edits a UTF-8 module with a BOM and CRLF lines at the right offsets, keeping BOM and CRLF', () => {
    const before = Buffer.from('\ufeff# \u00e9t\u00e9\r\n__all__ = ["b", "a"]\r\na = b = 1\r\n', 'utf8');
    const dir = makeTree({ 'pkg/__init__.py': before });
    expect(cli(dir, '--fix', ...SORT).code).toBe(0);
    expect(read(dir, 'pkg/__init__.py')).toEqual(Buffer.from('\ufeff# \u00e9t\u00e9\r\n__all__ = ["a", "b"]\r\na = b = 1\r\n', 'utf8'));
  });

  it('--fix drops, with a warning, an edit whose text the file\'s encoding cannot hold', async () => {
    const before = latin1('# coding: latin-1\nx = "\xe9"\n');
    const dir = makeTree({ 'm.py': before });
    const r = await fixWith(dir, ruleWithFix('m.py', [{ kind: 'edit', path: 'm.py', edits: [{ start: 18, end: 18, text: '\u03c0 = 1\n' }] }]));
    expect(read(dir, 'm.py')).toEqual(before);
    expect(r.warnings.join('\n')).toMatch(/m\.py: .*cannot be written in the file's encoding \(latin-1\)/);
    expect(r.fixed).toEqual([]);
  });

  it('--fix writes an edit with a non-ASCII character the latin-1 file can hold as its latin-1 byte', async () => {
    const dir = makeTree({ 'm.py': latin1('# coding: latin-1\nx = 1\n') });
    await fixWith(dir, ruleWithFix('m.py', [{ kind: 'edit', path: 'm.py', edits: [{ start: 22, end: 23, text: '"\xfc"' }] }]));
    expect(read(dir, 'm.py')).toEqual(latin1('# coding: latin-1\nx = "\xfc"\n'));
  });

  it('--fix appends to a latin-1 .gitignore without touching its bytes', () => {
    const gitignore = latin1('# caf\xe9\n*.log');
    const dir = makeTree({ 'm.py': '', '__pycache__/m.cpython-312.pyc': pyc, '.gitignore': gitignore }, 'init');
    expect(cli(dir, '--fix').code).toBe(0);
    expect(read(dir, '.gitignore')).toEqual(latin1('# caf\xe9\n*.log\n__pycache__/\n*.py[cod]\n'));
  });

  it('--fix appends CRLF lines to a CRLF .gitignore, and a second --fix changes nothing', () => {
    const dir = makeTree({ 'm.py': '', '__pycache__/m.cpython-312.pyc': pyc, '.gitignore': '*.log\r\n' }, 'add-force');
    expect(cli(dir, '--fix').code).toBe(0);
    expect(read(dir, '.gitignore').toString('latin1')).toBe('*.log\r\n__pycache__/\r\n*.py[cod]\r\n');
    expect(trackedFiles(dir)).toEqual(['.gitignore', 'm.py']);
    expect(cli(dir, '--fix')).toEqual({ code: 0, stdout: 'All checks passed!\n', stderr: '' });
    expect(read(dir, '.gitignore').toString('latin1')).toBe('*.log\r\n__pycache__/\r\n*.py[cod]\r\n');
  });
});

describe('owner and mode', () => {
  const unsorted = '__all__ = ["b", "a"]\na = b = 1\n';

  it('--fix run as root keeps the owner, group and mode of the file it rewrites', () => {
    const dir = makeTree({ 'pkg/__init__.py': unsorted });
    const file = path.join(dir, 'pkg/__init__.py');
    fs.chownSync(file, NOBODY, NOBODY);
    fs.chmodSync(file, 0o640);
    expect(cli(dir, '--fix', ...SORT).code).toBe(0);
    const st = fs.statSync(file);
    expect(fs.readFileSync(file, 'utf8')).toBe('__all__ = ["a", "b"]\na = b = 1\n');
    expect({ uid: st.uid, gid: st.gid, mode: st.mode & 0o7777 }).toEqual({ uid: NOBODY, gid: NOBODY, mode: 0o640 });
  });

  it('--fix refuses to rewrite a read-only file and says so', () => {
    const dir = makeTree({ 'pkg/__init__.py': unsorted });
    const file = path.join(dir, 'pkg/__init__.py');
    fs.chmodSync(file, 0o444);
    const r = cli(dir, '--fix', ...SORT);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^dunderlint: warning: pkg\/__init__\.py: .*read-only/m);
    expect(fs.readFileSync(file, 'utf8')).toBe(unsorted);
    expect(fs.statSync(file).mode & 0o7777).toBe(0o444);
  });
});

describe('an interrupted --fix', () => {
  it('the next --fix finishes a rename interrupted between link and unlink', () => {
    const dir = makeTree({ 'pkg/__init.py': 'x = 1\n', 'pkg/m.py': '' });
    fs.linkSync(path.join(dir, 'pkg/__init.py'), path.join(dir, 'pkg/__init__.py'));
    const r = cli(dir, '--fix');
    expect(r.code).toBe(0);
    expect(fs.readdirSync(path.join(dir, 'pkg')).sort()).toEqual(['__init__.py', 'm.py']);
    expect(read(dir, 'pkg/__init__.py').toString()).toBe('x = 1\n');
    expect(cli(dir, '--fix')).toEqual({ code: 0, stdout: 'All checks passed!\n', stderr: '' });
  });

  it('the next --fix finishes a half rename and edits the file under its new name', () => {
    const dir = makeTree({ 'pkg/__init.py': '__all__ = ["b", "a"]\na = b = 1\n' });
    fs.linkSync(path.join(dir, 'pkg/__init.py'), path.join(dir, 'pkg/__init__.py'));
    expect(cli(dir, '--fix', ...SORT)).toMatchObject({ code: 0, stderr: 'Fixed 1 problem.\n' });
    expect(fs.readdirSync(path.join(dir, 'pkg'))).toEqual(['__init__.py']);
    expect(read(dir, 'pkg/__init__.py').toString()).toBe('__all__ = ["a", "b"]\na = b = 1\n');
  });

  it('--fix leaves a misspelled init that is a separate file beside a real __init__.py alone', () => {
    const dir = makeTree({ 'pkg/__init.py': 'x = 1\n', 'pkg/__init__.py': 'x = 1\n' });
    cli(dir, '--fix', '--unsafe-fixes');
    expect(fs.readdirSync(path.join(dir, 'pkg')).sort()).toEqual(['__init.py', '__init__.py']);
  });

  it('the next --fix removes temp files a killed run left behind', () => {
    const pid = deadPid();
    const dir = makeTree(
      {
        'pkg/__init__.py': '__all__ = ["b", "a"]\na = b = 1\n',
        [`pkg/.__init__.py.dunderlint-${pid}.tmp`]: '__all__ = ["a", ',
        'other/__init__.py': '',
        [`other/.__init__.py.dunderlint-${pid}-0a1b2c3d.tmp`]: 'half',
      },
      'init',
    );
    expect(cli(dir, '--fix', ...SORT).code).toBe(0);
    expect(fs.readdirSync(path.join(dir, 'pkg'))).toEqual(['__init__.py']);
    expect(fs.readdirSync(path.join(dir, 'other'))).toEqual(['__init__.py']);
    expect(read(dir, 'pkg/__init__.py').toString()).toBe('__all__ = ["a", "b"]\na = b = 1\n');
  });

  it('the next --fix removes the temp file of a file it rewrites, though .gitignore ignores *.tmp', () => {
    const pid = deadPid();
    const dir = makeTree(
      {
        '.gitignore': '*.tmp\n',
        'pkg/__init__.py': '__all__ = ["b", "a"]\na = b = 1\n',
        [`pkg/.__init__.py.dunderlint-${pid}-12345678.tmp`]: '__all__ = ["a", ',
      },
      'init',
    );
    expect(cli(dir, '--fix', ...SORT).code).toBe(0);
    expect(fs.readdirSync(path.join(dir, 'pkg'))).toEqual(['__init__.py']);
  });
});

describe('a --fix that fails half way', () => {
  it('reports what it applied and what it did not, exits 2, and prints no stack trace (as non-root)', () => {
    const dir = makeTree({
      'app/__init__.py': '',
      'app/main.py': 'from app.models import user\nfrom app.routers import todos\n',
      'app/models/user.py': '',
      'app/routers/todos.py': '',
    });
    spawnSync('chown', ['-R', `${NOBODY}:${NOBODY}`, dir]);
    fs.chmodSync(path.join(dir, 'app/routers'), 0o555);
    const r = cliAsNobody(dir, '--fix');
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
    expect(r.stderr).toMatch(/^dunderlint: error: .*app\/routers\/__init__\.py.*permission denied/im);
    expect(r.stderr).toMatch(/^dunderlint: error: .*applied.*app\/models\/__init__\.py/m);
    expect(fs.existsSync(path.join(dir, 'app/models/__init__.py'))).toBe(true);
    expect(fs.existsSync(path.join(dir, 'app/routers/__init__.py'))).toBe(false);
    expect(fs.readdirSync(path.join(dir, 'app/routers'))).toEqual(['todos.py']);
  });

  it('reports a git index it cannot lock as not untracked, after writing .gitignore, and exits 2', () => {
    const dir = makeTree({ 'm.py': '', '__pycache__/m.cpython-312.pyc': pyc }, 'add-force');
    fs.writeFileSync(path.join(dir, '.git/index.lock'), '');
    const r = cli(dir, '--fix');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^dunderlint: error: --fix failed to untrack __pycache__: git rm failed: .*index\.lock.*\ndunderlint: error: --fix applied/);
    expect(r.stderr).toMatch(/^dunderlint: error: --fix applied 1 of 2 changes \(create \.gitignore\); not applied: untrack __pycache__$/m);
    expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
    expect(trackedFiles(dir)).toEqual(['__pycache__/m.cpython-312.pyc', 'm.py']);
  });
});

describe('symlinks and the project boundary', () => {
  it('--fix does not write through a pre-existing symlink named like its temp file', async () => {
    const outside = makeTree({ 'victim.txt': 'precious\n' });
    const dir = makeTree({ 'pkg/__init__.py': '__all__ = ["b", "a"]\na = b = 1\n' });
    fs.symlinkSync(path.join(outside, 'victim.txt'), path.join(dir, `pkg/.__init__.py.dunderlint-${process.pid}.tmp`));
    await lint({ cwd: dir, fix: true, ruleOverrides: ['all-unsorted:error'] });
    expect(read(outside, 'victim.txt').toString()).toBe('precious\n');
    expect(fs.lstatSync(path.join(dir, 'pkg/__init__.py')).isFile()).toBe(true);
    expect(read(dir, 'pkg/__init__.py').toString()).toBe('__all__ = ["a", "b"]\na = b = 1\n');
  });

  it('--fix refuses to edit a tracked .gitignore that is a symlink, and says so', () => {
    const outside = makeTree({ 'notes.txt': 'my notes\n' });
    const dir = makeTree({ 'm.py': '', '__pycache__/m.cpython-312.pyc': pyc });
    fs.symlinkSync(path.join(outside, 'notes.txt'), path.join(dir, '.gitignore'));
    git(dir, 'init', '-q');
    git(dir, 'add', '-A', '-f');
    const r = cli(dir, '--fix');
    expect(r.stderr).toMatch(/^dunderlint: warning: \.gitignore: .*symbolic link/m);
    expect(r.stderr).not.toContain('internal error');
    expect(fs.lstatSync(path.join(dir, '.gitignore')).isSymbolicLink()).toBe(true);
    expect(read(outside, 'notes.txt').toString()).toBe('my notes\n');
  });

  it('--fix skips, with a warning, a file it would create in a symlinked folder', async () => {
    const outside = makeTree({ 'lib/x.py': '' });
    const dir = makeTree({ 'm.py': '' });
    fs.symlinkSync(path.join(outside, 'lib'), path.join(dir, 'lib'));
    const r = await fixWith(dir, ruleWithFix('m.py', [{ kind: 'createFile', path: 'lib/__init__.py', content: '' }]));
    expect(fs.readdirSync(path.join(outside, 'lib'))).toEqual(['x.py']);
    expect(r.warnings.join('\n')).toMatch(/lib\/__init__\.py: .*lib is a symbolic link/);
  });

  it('--fix skips, with a warning, a file outside the project', async () => {
    const parent = makeTree({ 'project/m.py': '' });
    const dir = path.join(parent, 'project');
    const r = await fixWith(dir, ruleWithFix('m.py', [{ kind: 'createFile', path: '../escape.py', content: 'x\n' }]));
    expect(fs.existsSync(path.join(parent, 'escape.py'))).toBe(false);
    expect(r.warnings.join('\n')).toMatch(/escape\.py: .*outside the project/);
  });
});

describe('a file both edited and untracked by one --fix', () => {
  it('is untracked first, so git does not refuse, and __pycache__/ is never made a package', () => {
    const dir = makeTree({ 'pkg/__init__.py': '', 'pkg/__pycache__/m.py': '__all__ = ["a", "a"]\na = 1\n', 'pkg/__pycache__/m.cpython-312.pyc': 'xx' }, 'add-force');
    // Named on the command line, the module in __pycache__/ is linted: all-duplicate edits it while
    // bytecode-tracked untracks its folder, in a repository with no commit yet.
    const r = cli(dir, '--fix', 'pkg/__pycache__/m.py', 'pkg/__pycache__/m.cpython-312.pyc');
    expect(r.stderr).not.toContain('error');
    expect(r.code).toBe(0);
    expect(fs.readFileSync(path.join(dir, 'pkg/__pycache__/m.py'), 'utf8')).toBe('__all__ = ["a"]\na = 1\n');
    expect(trackedFiles(dir)).toEqual(['pkg/__init__.py']);
    expect(fs.existsSync(path.join(dir, 'pkg/__pycache__/__init__.py'))).toBe(false);
  });
});
