/**
 * The full collection a large run makes before the cache's save (src/host/heap.ts), observed in a
 * process started as bin/dunderlint.js starts: the garbage goes, `gc` is not left to code run later,
 * and V8 still accepts code cache data made under the launcher's flags.
 */
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

const HEAP = path.join(__dirname, '..', '..', 'dist', 'src', 'host', 'heap.js');

function asLauncher(body: string): string {
  const script = `
    require('node:v8').setFlagsFromString('--no-turbo-inlining');
    require('node:v8').setFlagsFromString('--no-turbofan');
    const vm = require('node:vm');
    const heap = require(${JSON.stringify(HEAP)});
    ${body}
  `;
  const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  return r.stdout;
}

describe('the collection before a large save', () => {
  it('collects what nothing refers to, leaves no gc function behind, and keeps the code cache valid', () => {
    const out = asLauncher(`
      const source = 'function f(x) { return x + 1; } f(1);';
      const data = new vm.Script(source).createCachedData();
      let ref = new WeakRef({ garbage: true });
      // A WeakRef keeps its target for the rest of the job that made it: look in a later one.
      setImmediate(() => {
        heap.collectGarbageIfLarge(0);
        const collected = ref.deref() === undefined;
        const gcLeft = vm.runInNewContext('typeof gc');
        const rejected = new vm.Script(source, { cachedData: data }).cachedDataRejected;
        process.stdout.write(JSON.stringify({ collected, gcLeft, rejected }));
      });
    `);
    expect(JSON.parse(out)).toEqual({ collected: true, gcLeft: 'undefined', rejected: false });
  });

  it('a heap under the threshold is left to V8: nothing is collected', () => {
    const out = asLauncher(`
      let ref = new WeakRef({ garbage: true });
      setImmediate(() => {
        heap.collectGarbageIfLarge(1e12);
        process.stdout.write(String(ref.deref() !== undefined));
      });
    `);
    expect(out).toBe('true');
  });
});
