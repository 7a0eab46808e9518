/**
 * Which of V8's tiers a run uses (src/host/jit.ts). The launcher starts with TurboFan off; the
 * policy turns it on for runs with much to do. Observed as V8 sees it: a process started as the
 * launcher starts, asked with V8's own test natives whether a hot function got optimized code.
 */
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

const JIT = path.join(__dirname, '..', '..', 'dist', 'src', 'host', 'jit.js');

/** Whether TurboFan optimizes a hot function after `optimizeFor(work)` in a process started as bin/dunderlint.js starts. */
function optimizedAfter(work: { modules: number; bytes: number }): boolean {
  const script = `
    require('node:v8').setFlagsFromString('--no-turbo-inlining');
    require('node:v8').setFlagsFromString('--no-turbofan');
    require(${JSON.stringify(JIT)}).optimizeFor(${JSON.stringify(work)});
    function hot(x) { return x * 2 + 1; }
    %PrepareFunctionForOptimization(hot); hot(1); hot(2); %OptimizeFunctionOnNextCall(hot); hot(3);
    // V8's OptimizationStatus: bit 4 is "optimized", bit 6 "TurboFanned".
    process.stdout.write(String((%GetOptimizationStatus(hot) & (1 << 4 | 1 << 6)) !== 0));
  `;
  const r = spawnSync(process.execPath, ['--allow-natives-syntax', '-e', script], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  return r.stdout === 'true';
}

describe('TurboFan is used only by runs long enough to repay its compiling', () => {
  it('a run that scans a few files of a small project (a pre-commit hook) stays on the unoptimized tiers', () => {
    expect(optimizedAfter({ modules: 700, bytes: 20_000 })).toBe(false);
  });
  it('a run that scans 3 MB of Python gets optimized code', () => {
    expect(optimizedAfter({ modules: 300, bytes: 3e6 })).toBe(true);
  });
  it('a project of 7,000 cached modules gets optimized code for its project-wide phases', () => {
    expect(optimizedAfter({ modules: 7000, bytes: 0 })).toBe(true);
  });
});
