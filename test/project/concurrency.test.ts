/** How many worker threads `--concurrency auto` starts for an amount of work on a number of CPUs. */
import * as fc from 'fast-check';
import { autoWorkers } from '../../src/project/modules';

// The median module of the standard library is 6.5 kB.
const files = (n: number) => ({ files: n, bytes: n * 6500 });

describe('--concurrency auto', () => {
  it('on 2 CPUs scans in one thread up to about 60,000 median files (5,500 and 20,000 files were slower with workers), in 2 workers above', () => {
    for (const n of [1, 400, 1800, 5500, 20_000, 50_000, 60_000]) expect(autoWorkers(files(n), 2)).toBe(0);
    for (const n of [65_000, 100_000, 200_000]) expect(autoWorkers(files(n), 2)).toBe(2);
  });

  it('on 1 CPU never starts workers, however much there is to scan', () => {
    for (const n of [0, 5500, 200_000, 10_000_000]) expect(autoWorkers(files(n), 1)).toBe(0);
  });

  it('with more CPUs starts earlier (a worker repays its start-up sooner) and uses all of them', () => {
    expect(autoWorkers(files(20_000), 8)).toBe(0);
    expect(autoWorkers(files(40_000), 8)).toBe(8);
    expect(autoWorkers(files(40_000), 2)).toBe(0);
    expect(autoWorkers(files(100_000), 64)).toBe(64);
  });

  it('counts bytes, not files: few huge files give no more workers than there are jobs of 200 files', () => {
    expect(autoWorkers({ files: 30_000, bytes: 30_000 * 400 }, 2)).toBe(0); // many tiny files
    expect(autoWorkers({ files: 10, bytes: 10 * 100e6 }, 4)).toBe(0); // one job: one thread
    expect(autoWorkers({ files: 600, bytes: 600 * 1e6 }, 8)).toBe(3);
  });

  it('more work never means fewer workers, nor more workers than CPUs', () => {
    fc.assert(
      fc.property(fc.nat(500_000), fc.nat(500_000), fc.integer({ min: 1, max: 20_000 }), fc.integer({ min: 1, max: 128 }), (n, extra, size, cpus) => {
        const less = autoWorkers({ files: n, bytes: n * size }, cpus);
        const more = autoWorkers({ files: n + extra, bytes: (n + extra) * size }, cpus);
        expect(more).toBeGreaterThanOrEqual(less);
        expect(more).toBeLessThanOrEqual(cpus);
        expect(more === 0 || more >= 2).toBe(true);
      }),
    );
  });
});
