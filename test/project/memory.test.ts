/**
 * Memory a run keeps per module. Facts are kept encoded (as the worker threads send them), not as
 * objects whose names are slices of the module's text: V8 keeps the whole text alive for a slice of
 * 13 characters or more, so plain facts hold every module's source for the run. A run with a few MB
 * to scan keeps them plain, and only while that source is a small part of the heap it may use.
 * Measured as a user hits it: a heap limit the run must fit in, far above what it needs.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const BIN = path.join(__dirname, '..', '..', 'bin', 'dunderlint.js');

const MODULES = 3000;
/** About 20 kB per module: 60 MB of source in all, twice the heap the runs below get. */
const FILLER = Array.from({ length: 200 }, (_, i) => `# line ${i} of a comment that makes the module about twenty kilobytes long, as large modules are`).join('\n');

let dir: string;
beforeAll(() => {
  dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'dunderlint-memory-')));
  for (let p = 0; p < MODULES / 10; p++) {
    const pkg = path.join(dir, 'src', 'app', `pkg${p}`);
    fs.mkdirSync(pkg, { recursive: true });
    fs.writeFileSync(path.join(pkg, '__init__.py'), '');
    for (let m = 0; m < 10; m++) {
      // Names of 13 characters or more, as the scanner slices them out of the text.
      const name = `exported_name_of_module_${p}_${m}`;
      const text = `"""Module ${m}."""\nfrom app.pkg${(p + 1) % (MODULES / 10)}.mod${m} import exported_name_of_module_${(p + 1) % (MODULES / 10)}_${m}\n__all__ = ["${name}"]\n${name} = 1\n${FILLER}\n`;
      fs.writeFileSync(path.join(pkg, `mod${m}.py`), text);
    }
  }
  fs.writeFileSync(path.join(dir, 'pyproject.toml'), '[project]\nname = "app"\n');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The CLI in one thread with a 32 MB old-generation heap (V8 aborts a run that needs more). */
function runInSmallHeap(...args: string[]) {
  const r = spawnSync(process.execPath, ['--max-old-space-size=32', BIN, '.', '-f', 'json', '--concurrency', 'off', ...args], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 120_000,
    maxBuffer: 64 << 20,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', DUNDERLINT_NO_CACHE: '' },
  });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

describe('a run in one thread keeps no module source in memory', () => {
  it.each([
    ['--no-cache', ['--no-cache']],
    ['with an empty cache (cold)', ['--cache-dir', 'CACHE']],
  ])('3,000 modules of 20 kB (60 MB) are linted in a 32 MB heap, %s', (_, args) => {
    const cacheDir = path.join(dir, '..', `${path.basename(dir)}-cache`);
    fs.rmSync(cacheDir, { recursive: true, force: true });
    try {
      const r = runInSmallHeap(...args.map((a) => (a === 'CACHE' ? cacheDir : a)));
      expect({ code: r.code, signal: r.signal, stderr: r.stderr.slice(0, 500) }).toEqual({ code: 0, signal: null, stderr: '' });
      expect(JSON.parse(r.stdout).summary).toMatchObject({ files: expect.any(Number) });
    } finally {
      fs.rmSync(cacheDir, { recursive: true, force: true });
    }
  }, 180_000);
});
