/**
 * The replay of a run (src/replay.ts) never shows a stale report. For random sequences of edits to
 * a small project (test/helpers/edits.ts), after every edit the command run twice (the first run
 * records, the second may replay) prints exactly what a run without any cache prints, for the work
 * tree and for the index (`--staged`).
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import { apply, edit, PYPROJECTS } from '../helpers/edits';
import { makeTree } from '../helpers/tree';

const BIN = path.join(__dirname, '..', '..', 'bin', 'dunderlint.js');
let home: string;
beforeAll(() => {
  home = fs.mkdtempSync(path.join(os.tmpdir(), 'dunderlint-replay-'));
});
afterAll(() => fs.rmSync(home, { recursive: true, force: true }));

function run(cwd: string, ...args: string[]): string {
  const r = spawnSync(process.execPath, [BIN, '.', '-f', 'concise', ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', XDG_CACHE_HOME: home, DUNDERLINT_RACY_MS: '0' },
  });
  return `exit ${r.status}\n${r.stdout}\n${r.stderr}`;
}

test('after every edit, a run that may replay the last report prints what a run without a cache prints', () => {
  fc.assert(
    fc.property(fc.array(edit, { minLength: 2, maxLength: 6 }), fc.array(edit, { minLength: 1, maxLength: 4 }), (setup, edits) => {
      const dir = makeTree({ 'pyproject.toml': PYPROJECTS[0]!, '.gitignore': '.dunderlint_cache/\n' }, 'init');
      for (const e of setup) apply(dir, e);
      run(dir);
      run(dir, '--staged');
      for (const e of edits) {
        apply(dir, e);
        for (const mode of [[], ['--staged']]) {
          const fresh = run(dir, '--no-cache', ...mode);
          expect({ edit: e, mode, report: run(dir, ...mode) }).toEqual({ edit: e, mode, report: fresh });
          expect({ edit: e, mode, again: run(dir, ...mode) }).toEqual({ edit: e, mode, again: fresh });
        }
      }
    }),
    { numRuns: Number(process.env.REPLAY_RUNS ?? 8) },
  );
}, 600_000);
