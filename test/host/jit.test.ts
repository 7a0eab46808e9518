/**
 * Which of V8's tiers a run uses (src/host/jit.ts). The launcher starts with TurboFan off; the
 * policy turns it on for runs with much to do. Observed as V8 sees it: a process started as the
 * launcher starts, asked with V8's own test natives whether a hot function got optimized code.
 */
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

const JIT = path.join(__dirname, '..', '..', 'dist', 'src', 'host', 'jit.js');

/** Runs `body` in a process started as bin/dunderlint.js starts (TurboFan off), with `jit` (src/host/jit.ts) and `optimized(f)` at hand. */
function asLauncher(body: string): string {
  const script = `
    require('node:v8').setFlagsFromString('--no-turbo-inlining');
    require('node:v8').setFlagsFromString('--no-turbofan');
    globalThis[Symbol.for('dunderlint.shortRun')] = true;
    const jit = require(${JSON.stringify(JIT)});
    // V8's OptimizationStatus: bit 4 is "optimized", bit 6 "TurboFanned".
    const optimized = (f) => (%GetOptimizationStatus(f) & (1 << 4 | 1 << 6)) !== 0;
    const heat = (f) => { %PrepareFunctionForOptimization(f); f(1); f(2); %OptimizeFunctionOnNextCall(f); f(3); };
    ${body}
  `;
  const r = spawnSync(process.execPath, ['--allow-natives-syntax', '-e', script], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  return r.stdout;
}

/** Whether TurboFan optimizes a hot function after `optimizeFor(work)`. */
function optimizedAfter(work: { modules: number; bytes: number }): boolean {
  return asLauncher(`jit.optimizeFor(${JSON.stringify(work)}); function hot(x) { return x * 2 + 1; } heat(hot); process.stdout.write(String(optimized(hot)));`) === 'true';
}

describe('TurboFan is used only by runs long enough to repay its compiling', () => {
  it('a run that scans a few files of a small project (a pre-commit hook) stays on the unoptimized tiers', () => {
    expect(optimizedAfter({ modules: 700, bytes: 20_000 })).toBe(false);
  });
  it('a run that scans 6 MB of Python gets optimized code', () => {
    expect(optimizedAfter({ modules: 600, bytes: 6e6 })).toBe(true);
  });
  it('from about 4 MB of Python to scan, TurboFan pays (sentry-python, 7 MB: 0.93x the CPU); below, it does not (rich, 1.7 MB: 1.18x; pip, 2.9 MB: 1.06x)', () => {
    expect(optimizedAfter({ modules: 500, bytes: 7e6 })).toBe(true);
    expect(optimizedAfter({ modules: 213, bytes: 1.7e6 })).toBe(false);
    expect(optimizedAfter({ modules: 433, bytes: 2.9e6 })).toBe(false);
  });
  it('after a scan of 6 MB in this thread, the rest of a run of a few hundred modules is not optimized; the scanner stays so', () => {
    const out = asLauncher(`
      function scanner(x) { return x * 2 + 1; }
      function rule(x) { return x * 3 + 1; }
      const forScan = jit.optimizeFor({ modules: 600, bytes: 6e6 });
      heat(scanner);
      jit.scanDone();
      heat(rule);
      process.stdout.write(JSON.stringify([forScan, optimized(scanner), optimized(rule)]));
    `);
    expect(JSON.parse(out)).toEqual([true, true, false]);
  });
  it('a run of 7,000 modules keeps TurboFan after its scan', () => {
    expect(asLauncher(`process.stdout.write(String(jit.optimizeFor({ modules: 7000, bytes: 6e6 })));`)).toBe('false');
  });
  it('a project of 7,000 cached modules gets optimized code for its project-wide phases', () => {
    expect(optimizedAfter({ modules: 7000, bytes: 0 })).toBe(true);
  });
});

describe('one loop over much data is optimized in a run that is not', () => {
  it('a function run through optimizing() gets TurboFan code; one run after it does not', () => {
    const out = asLauncher(`
      function inside(x) { return x * 2 + 1; }
      function after(x) { return x * 3 + 1; }
      jit.optimizing(() => heat(inside));
      heat(after);
      process.stdout.write(JSON.stringify([optimized(inside), optimized(after)]));
    `);
    expect(JSON.parse(out)).toEqual([true, false]);
  });
});
