/** The git processes a run starts: each costs a fork and git's own start-up, on every run. */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lint } from '../../src';
import { compiledBytecode } from '../helpers/bytecode';
import { dunderlint } from '../helpers/run';
import { git, makeTree } from '../helpers/tree';

/** A `git` first on PATH that logs its arguments and runs the real one. */
function loggingGit(): { env: NodeJS.ProcessEnv; calls: () => string[] } {
  const real = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
  const bin = makeTree({});
  const log = path.join(bin, 'log');
  fs.writeFileSync(path.join(bin, 'git'), `#!/bin/sh\nprintf '%s\\n' "$*" >> '${log}'\nexec '${real}' "$@"\n`, { mode: 0o755 });
  return {
    env: { PATH: `${bin}${path.delimiter}${process.env['PATH'] ?? ''}` },
    // The subcommand of each call (after `-c name=value` options).
    calls: () => (fs.existsSync(log) ? fs.readFileSync(log, 'utf8').split('\n').filter(Boolean).map((l) => l.replace(/^(-c \S+ )+/, '').split(' ')[0]!) : []),
  };
}

describe('git processes per run', () => {
  const runs: Array<[string, string[]]> = [
    ['a warm run on the top of a work tree', ['.']],
    ['a warm run on a subfolder of a work tree', ['app']],
    ['--print-config', ['--print-config']],
  ];
  for (const [name, args] of runs) {
    it(`${name} asks git for the top once and lists the files in one process`, () => {
      const dir = makeTree({ 'app/__init__.py': '', 'app/m.py': 'import app\n', 'new.py': '' }, 'init');
      execFileSync('git', ['add', 'app'], { cwd: dir });
      const { env, calls } = loggingGit();
      expect(dunderlint(dir, [...args, '--cache-dir', '.cache']).code).toBe(0); // fills the cache
      const r = dunderlint(dir, [...args, '--cache-dir', '.cache'], { env });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const started = calls();
      expect(started.filter((c) => c === 'rev-parse')).toHaveLength(1);
      expect(started.filter((c) => c === 'ls-files')).toHaveLength(1);
    });
  }

  it('a repository made between two runs in one process is seen by the second (nothing is remembered from run to run)', async () => {
    const dir = makeTree({ '.gitignore': '', 'pkg/__init__.py': '', 'pkg/__pycache__/m.cpython-312.pyc': compiledBytecode() });
    const rules = async (): Promise<string[]> => (await lint({ cwd: dir })).diagnostics.map((d) => d.rule).sort();
    expect(await rules()).toEqual([]); // a walk skips __pycache__/
    git(dir, 'init', '-q');
    git(dir, 'add', '-A', '-f');
    expect(await rules()).toEqual(['bytecode-not-ignored', 'bytecode-tracked']);
    fs.rmSync(path.join(dir, '.git'), { recursive: true });
    expect(await rules()).toEqual([]);
  });
});
