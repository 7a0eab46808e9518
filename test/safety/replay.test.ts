/**
 * A run whose inputs have not changed prints the last report without running again (src/replay.ts).
 * What matters to a user: the replayed report is byte for byte the real one, every change a run
 * could see makes the next run a real one, and a record nobody should trust is not used.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { git, makeTree } from '../helpers/tree';

const BIN = path.join(__dirname, '..', '..', 'bin', 'dunderlint.js');
let home: string;
beforeAll(() => {
  home = fs.mkdtempSync(path.join(os.tmpdir(), 'dunderlint-replay-'));
});
afterAll(() => fs.rmSync(home, { recursive: true, force: true }));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** The binary, with records in a folder of this test's own; DUNDERLINT_RACY_MS=0: nothing changes while a run is under way. */
function run(cwd: string, args: string[], env: Record<string, string> = {}): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', XDG_CACHE_HOME: home, DUNDERLINT_RACY_MS: '0', ...env },
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

const records = (): string[] => {
  const dir = path.join(home, 'dunderlint', 'runs');
  return fs.existsSync(dir) ? fs.readdirSync(dir).map((f) => path.join(dir, f)) : [];
};

/** The inode of every record: a real run writes its record anew, a replay leaves it alone. */
const identities = (): string => records().map((f) => `${f}:${fs.statSync(f).ino}`).sort().join('\n');

/** Runs twice; the second run must be a replay of the first, and both must say what a run without any cache says. */
function lintTwice(dir: string, args: string[] = ['-f', 'concise'], env: Record<string, string> = {}): Run {
  const first = run(dir, ['.', ...args], env);
  const before = identities();
  const second = run(dir, ['.', ...args], env);
  expect(identities()).toBe(before); // replayed: the record was not written again
  expect(second).toEqual(first);
  expect(run(dir, ['.', '--no-cache', ...args], env)).toEqual(first);
  return first;
}

const PROJECT = {
  'pyproject.toml': '[project]\nname = "app"\nversion = "1"\n',
  'app/__init__.py': '__all__ = ["run"]\n\ndef run(): pass\n',
  'app/routers/todos.py': 'X = 1\n',
  'main.py': 'from app.routers import todos\n',
};

describe('replaying the report of an unchanged project', () => {
  it('a second run with nothing changed prints the same report, byte for byte, with the same exit code, without running again', () => {
    const dir = makeTree(PROJECT, 'add');
    const r = lintTwice(dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('error missing-init');
    // every format a CI job reads
    for (const format of ['json', 'sarif', 'github', 'gitlab', 'junit']) lintTwice(dir, ['-f', format]);
  });

  it('a replayed report that cannot be written (a full disk) fails as a real run does: exit 2, one line on stderr', () => {
    const dir = makeTree(PROJECT, 'add');
    lintTwice(dir);
    const full = fs.openSync('/dev/full', 'w');
    try {
      const r = spawnSync(process.execPath, [BIN, '.', '-f', 'concise'], { cwd: dir, stdio: ['ignore', full, 'pipe'], encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', XDG_CACHE_HOME: home, DUNDERLINT_RACY_MS: '0' } });
      expect(r.status).toBe(2);
      expect(r.stderr).toBe('dunderlint: error: cannot write to stdout: ENOSPC\n');
    } finally {
      fs.closeSync(full);
    }
  });

  it('a run whose report could not be written (a full disk) is not recorded: the next run prints the report', () => {
    const dir = makeTree(PROJECT, 'add');
    const full = fs.openSync('/dev/full', 'w');
    try {
      const r = spawnSync(process.execPath, [BIN, '.', '-f', 'concise'], { cwd: dir, stdio: ['ignore', full, 'pipe'], encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', XDG_CACHE_HOME: home, DUNDERLINT_RACY_MS: '0' } });
      expect(r.status).toBe(2);
    } finally {
      fs.closeSync(full);
    }
    const next = run(dir, ['.', '-f', 'concise']);
    expect(next.code).toBe(1);
    expect(next.stderr).toBe('');
    expect(next.stdout).toContain('missing-init');
  });

  it('warnings on stderr are replayed too, in their order with the report', () => {
    const dir = makeTree(PROJECT, 'init');
    // A name that is not UTF-8: discovery skips it with a warning.
    fs.writeFileSync(Buffer.concat([Buffer.from(`${dir}/bad`), Buffer.from([0xff]), Buffer.from('.py')]), 'x = 1\n');
    const r = lintTwice(dir);
    expect(r.stdout).toContain('missing-init');
    expect(r.stderr).toContain('not UTF-8');
  });

  const changes: Array<[string, (dir: string) => void, (r: Run) => void]> = [
    ['a tracked module edited (not staged)', (d) => fs.writeFileSync(path.join(d, 'app/__init__.py'), '__all__ = ["run", "gone"]\n\ndef run(): pass\n'), (r) => expect(r.stdout).toContain('gone')],
    ['an untracked module added', (d) => fs.writeFileSync(path.join(d, 'app/routers/__init__.py'), ''), (r) => expect(r.stdout).not.toContain('missing-init')],
    ['a module deleted', (d) => fs.rmSync(path.join(d, 'main.py')), (r) => expect(r.stdout).not.toContain('missing-init')],
    ['a folder renamed', (d) => fs.renameSync(path.join(d, 'app/routers'), path.join(d, 'app/views')), (r) => expect(r.stdout).not.toContain('app/routers')],
    ['the config changed', (d) => fs.appendFileSync(path.join(d, 'pyproject.toml'), '\n[tool.dunderlint]\nnamespace-packages = ["app/routers"]\n'), (r) => expect(r.stdout).not.toContain('missing-init')],
    ['a .gitignore added', (d) => fs.writeFileSync(path.join(d, '.gitignore'), 'main.py\n'), () => {}],
    ['bytecode committed', (d) => {
      fs.mkdirSync(path.join(d, 'app/__pycache__'));
      fs.writeFileSync(path.join(d, 'app/__pycache__/x.cpython-311.pyc'), 'x');
      git(d, 'add', '-f', 'app/__pycache__/x.cpython-311.pyc');
    }, (r) => expect(r.stdout).toContain('bytecode')],
    ['the repository removed (.git deleted)', (d) => fs.rmSync(path.join(d, '.git'), { recursive: true }), (r) => expect(r.stdout).not.toContain('bytecode-not-ignored')],
    ['the work tree moved elsewhere (core.worktree)', (d) => git(d, 'config', 'core.worktree', path.join(d, 'app')), () => {}],
    ['the index changed (git rm --cached)', (d) => git(d, 'rm', '-q', '--cached', 'main.py'), () => {}],
    ['a tracked module made executable (git tracks that bit)', (d) => fs.chmodSync(path.join(d, 'app/routers/todos.py'), 0o755), () => {}],
  ];
  it.each(changes)('after %s, the next run is a real one and says what a run without a cache says', (_name, change, check) => {
    const dir = makeTree(PROJECT, 'add');
    lintTwice(dir);
    change(dir);
    const before = identities();
    const after = run(dir, ['.', '-f', 'concise']);
    expect(identities()).not.toBe(before);
    expect(after).toEqual(run(dir, ['.', '--no-cache', '-f', 'concise']));
    check(after);
    lintTwice(dir);
  });

  it('an untracked module rewritten (git lists the same files): the change is seen', () => {
    const dir = makeTree(PROJECT, 'init'); // nothing tracked: git vouches for no content
    lintTwice(dir);
    expect(run(dir, ['.', '-f', 'concise']).stdout).toContain('missing-init');
    fs.writeFileSync(path.join(dir, 'main.py'), 'X = 1\n');
    const after = run(dir, ['.', '-f', 'concise']);
    expect(after.stdout).not.toContain('missing-init');
    expect(after).toEqual(run(dir, ['.', '--no-cache', '-f', 'concise']));
    lintTwice(dir);
  });

  it('a vendored module read as text (not scanned), edited and the edit undone, replays; an edit kept is seen', () => {
    const vendored = 'from . import moves\n';
    const dir = makeTree({ 'setup.py': 'from setuptools import setup, find_packages\nsetup(name="app", packages=find_packages())\n', 'app/__init__.py': 'from app import _vendor\n', 'app/_vendor/__init__.py': '', 'app/_vendor/six.py': vendored, 'app/_vendor/lib/__init__.py': '', 'app/_vendor/lib/c/x.py': '' }, 'add');
    lintTwice(dir);
    const six = path.join(dir, 'app', '_vendor', 'six.py');
    fs.writeFileSync(six, `${vendored}import os\n`);
    git(dir, 'add', 'app/_vendor/six.py');
    fs.writeFileSync(six, vendored);
    git(dir, 'add', 'app/_vendor/six.py');
    const before = identities();
    expect(run(dir, ['.', '-f', 'concise']).code).toBe(0);
    expect(identities()).toBe(before);
    fs.writeFileSync(six, `${vendored}from app._vendor.lib.c import x\n`);
    git(dir, 'add', 'app/_vendor/six.py');
    const after = run(dir, ['.', '-f', 'concise']);
    expect(after.stdout).toContain('dist-omits-package');
    expect(after).toEqual(run(dir, ['.', '--no-cache', '-f', 'concise']));
  });

  it('a folder without git: a module added is seen', () => {
    const dir = makeTree(PROJECT);
    lintTwice(dir);
    fs.writeFileSync(path.join(dir, 'app/routers/__init__.py'), '');
    const after = run(dir, ['.', '-f', 'concise']);
    expect(after.stdout).not.toContain('missing-init');
    expect(after).toEqual(run(dir, ['.', '--no-cache', '-f', 'concise']));
  });

  it('the environment is part of the command: colours on, and the report is not the colourless one', () => {
    const dir = makeTree(PROJECT, 'add');
    const plain = lintTwice(dir, []);
    const coloured = run(dir, ['.'], { NO_COLOR: '', FORCE_COLOR: '1' });
    expect(coloured.stdout).not.toBe(plain.stdout);
    expect(coloured.stdout).toContain('\u001b[');
  });

  it('deleting the facts cache makes the next run a real (cold) one', () => {
    const dir = makeTree(PROJECT, 'add');
    lintTwice(dir);
    fs.rmSync(path.join(dir, '.dunderlint_cache'), { recursive: true });
    const before = identities();
    run(dir, ['.', '-f', 'concise']);
    expect(identities()).not.toBe(before);
    expect(fs.existsSync(path.join(dir, '.dunderlint_cache'))).toBe(true);
  });

  it('nothing is recorded with --no-cache, DUNDERLINT_NO_CACHE, --fix, --stdin-filename or --output-file', () => {
    const dir = makeTree(PROJECT, 'add');
    const count = records().length;
    run(dir, ['.', '--no-cache']);
    run(dir, ['.'], { DUNDERLINT_NO_CACHE: '1' });
    run(dir, ['.', '--fix']);
    spawnSync(process.execPath, [BIN, '--stdin-filename', 'main.py'], { cwd: dir, input: 'import os\n', env: { ...process.env, XDG_CACHE_HOME: home, DUNDERLINT_RACY_MS: '0' } });
    run(dir, ['.', '--output-file', path.join(home, 'report.json'), '-f', 'json']);
    expect(records().length).toBe(count);
  });

  it('a language server started by the launcher does not watch what it reads (it would keep every path for its whole life)', () => {
    // Asked as the server ends (stdin closed): whether node:fs's openSync is still the recorder's wrapper.
    const peek = path.join(home, 'peek.js');
    fs.writeFileSync(peek, "process.on('exit', () => process.stderr.write(`openSync: ${require('node:fs').openSync.name}\\n`));\n");
    const r = spawnSync(process.execPath, ['-r', peek, BIN, 'server', '--stdio'], { input: '', encoding: 'utf8', env: { ...process.env, XDG_CACHE_HOME: home } });
    expect(r.stderr).toContain('openSync: openSync\n');
  });

  it('a run right after its files changed is not recorded (their stat data could hide a second change)', () => {
    const dir = makeTree(PROJECT, 'add');
    const count = records().length;
    run(dir, ['.'], { DUNDERLINT_RACY_MS: '' });
    expect(records().length).toBe(count);
  });
});

describe('records nobody should trust', () => {
  /** A project whose run was recorded, and its record. */
  function recorded(): { dir: string; file: string } {
    const dir = makeTree(PROJECT, 'add');
    const before = new Set(records());
    run(dir, ['.', '-f', 'concise']);
    const file = records().find((f) => !before.has(f))!;
    expect(file).toBeDefined();
    return { dir, file };
  }

  /** Rewrites the record's JSON (with a valid digest: as an attacker who can write the file would). */
  function rewrite(file: string, change: (record: any) => void): void {
    const bytes = fs.readFileSync(file);
    const record = JSON.parse(bytes.subarray(32).toString('utf8'));
    change(record);
    const data = Buffer.from(JSON.stringify(record));
    fs.writeFileSync(file, Buffer.concat([createHash('sha256').update(data).digest(), data]));
  }

  it('a record whose report was altered but whose digest was not updated is not used', () => {
    const { dir, file } = recorded();
    const bytes = fs.readFileSync(file);
    const i = bytes.indexOf('missing-init');
    bytes.write('MISSING-INIT', i);
    fs.writeFileSync(file, bytes);
    expect(run(dir, ['.', '-f', 'concise']).stdout).toContain('missing-init');
  });

  it('a record that asks for a git command our runs never use is not used, and the command does not run', () => {
    const { dir, file } = recorded();
    const marker = path.join(home, 'pwned');
    rewrite(file, (r) => {
      r.git.unshift({ cwd: dir, args: ['-c', `alias.x=!touch ${marker}`, 'x'], env: 'inherit', input: null, out: '', err: '', status: 0 });
      r.out = [[1, 'All checks passed!\n']];
      r.code = 0;
    });
    const after = run(dir, ['.', '-f', 'concise']);
    expect(after.code).toBe(1);
    expect(after.stdout).toContain('missing-init');
    expect(fs.existsSync(marker)).toBe(false);
  });

  it('a record other users can write, or that is a symbolic link, is not used', () => {
    const { dir, file } = recorded();
    rewrite(file, (r) => {
      r.out = [[1, 'forged\n']];
    });
    fs.chmodSync(file, 0o666);
    expect(run(dir, ['.', '-f', 'concise']).stdout).not.toContain('forged');
    const again = recorded();
    const elsewhere = path.join(home, 'elsewhere.bin');
    fs.renameSync(again.file, elsewhere);
    fs.symlinkSync(elsewhere, again.file);
    rewrite(elsewhere, (r) => {
      r.out = [[1, 'forged\n']];
    });
    expect(run(again.dir, ['.', '-f', 'concise']).stdout).not.toContain('forged');
  });

  it('a record that is not JSON, or not a record, is not used', () => {
    const { dir, file } = recorded();
    const data = Buffer.from('{"v":1,"fs":"x"}');
    fs.writeFileSync(file, Buffer.concat([createHash('sha256').update(data).digest(), data]), { mode: 0o600 });
    expect(run(dir, ['.', '-f', 'concise']).stdout).toContain('missing-init');
  });
});
