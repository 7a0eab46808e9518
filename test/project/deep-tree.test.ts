/**
 * Deep folder trees: work per file must not grow with the depth (walks up to the import root
 * remembered per folder, no path normalising per file). The bound is generous (a run takes 2-5 s;
 * the machines are shared): it catches a blow-up, not slowness on a busy machine.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const BIN = path.join(__dirname, '..', '..', 'bin', 'dunderlint.js');
/** As deep as a path can go: 2,000 one-letter folders make paths of 4,000 characters (PATH_MAX is 4,096). */
const DEPTH = 2000;

let dir: string;
beforeAll(() => {
  dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'dunderlint-deep-')));
  fs.writeFileSync(path.join(dir, 'pyproject.toml'), '[project]\nname = "a"\n');
  let d = dir;
  for (let level = 1; level <= DEPTH; level++) {
    d = path.join(d, 'a');
    fs.mkdirSync(d);
    fs.writeFileSync(path.join(d, '__init__.py'), '');
    const imports = ['from . import m', `from ${level > 1 ? '..' : '.'} import m as up`, 'import a'];
    // From the bottom: up to the top package `a` is fine, one more dot climbs above it.
    if (level === DEPTH) imports.push(`from ${'.'.repeat(DEPTH)} import m as top`, `from ${'.'.repeat(DEPTH + 1)} import m as beyond`);
    fs.writeFileSync(path.join(d, 'm.py'), `${imports.join('\n')}\n__all__ = ["up"]\n`);
  }
});
// rm: Node's recursive rmSync overflows its stack 2,000 folders down.
afterAll(() => spawnSync('rm', ['-rf', dir]));

function lint(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, '.', '-f', 'json', ...args], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 60_000,
    killSignal: 'SIGKILL',
    maxBuffer: 256 << 20,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', DUNDERLINT_NO_CACHE: '' },
  });
  expect({ signal: r.signal, stderr: r.stderr }).toEqual({ signal: null, stderr: '' });
  const out = JSON.parse(r.stdout) as { diagnostics: Array<{ rule: string; path: string; message: string }> };
  const count = (rule: string) => out.diagnostics.filter((x) => x.rule === rule).length;
  return { code: r.status, selfImports: count('import-self'), beyond: out.diagnostics.filter((x) => x.rule === 'relative-beyond-top-level') };
}

describe('a 2,000-deep tree of packages', () => {
  it('is linted without cache, cold and warm, within 60 s a run, with the same findings at every depth', () => {
    const cacheDir = `${dir}-cache`;
    try {
      for (const args of [['--no-cache'], ['--cache-dir', cacheDir], ['--cache-dir', cacheDir]]) {
        const r = lint(...args);
        expect(r.code).toBe(1);
        // `from . import m` in every m.py, and `from . import m as up` at the top.
        expect(r.selfImports).toBe(DEPTH + 1);
        // Only the import with one dot more than the depth climbs above `a`.
        expect(r.beyond.map((x) => `${x.path.length} ${x.message.split(':')[0]}`)).toEqual([`${2 * DEPTH + 4} \`from <${DEPTH + 1} dots> import …\` climbs above the top-level package \`a\``]);
      }
    } finally {
      fs.rmSync(cacheDir, { recursive: true, force: true });
    }
  }, 240_000);
});
