/**
 * The cache's tool fingerprint: a scanner change drops the cache even while the version stands
 * still, and the bundle knows its scanner's hash from the build instead of hashing itself each run.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { SCANNER_MODULES, scannerSourceHash, sealCacheFile } from '../../src/project/cache';
import { makeTree } from '../helpers/tree';

const ROOT = path.join(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'dunderlint.js');

/** A copy of the scanner's sources in a folder of its own. */
function scannerCopy(): string {
  const dir = makeTree({});
  for (const name of SCANNER_MODULES) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.copyFileSync(path.join(ROOT, 'src', 'python', `${name}.ts`), path.join(dir, `${name}.ts`));
  }
  return dir;
}

function run(cwd: string, ...args: string[]): { code: number | null; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, '-f', 'json', '--cache-dir', '.cache', ...args], { cwd, encoding: 'utf8', timeout: 20_000, env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stderr: r.stderr };
}
const counts = (r: { stderr: string }): string => /facts of (\d+ modules? from the cache, \d+ scanned)/.exec(r.stderr)?.[1] ?? r.stderr;

describe('the tool fingerprint', () => {
  it('a change to any scanner module changes the scanner hash; the same sources in another folder do not', () => {
    const a = scannerCopy();
    const b = scannerCopy();
    expect(scannerSourceHash(b, '.ts')).toBe(scannerSourceHash(a, '.ts'));
    const seen = new Set([scannerSourceHash(a, '.ts')]);
    for (const name of SCANNER_MODULES) {
      fs.appendFileSync(path.join(b, `${name}.ts`), '\n');
      seen.add(scannerSourceHash(b, '.ts'));
    }
    expect(seen.size).toBe(SCANNER_MODULES.length + 1);
  });

  it('the bundle carries the hash of the scanner code it was built from', () => {
    const built = scannerSourceHash(path.join(ROOT, 'dist', 'src', 'python'), '.js');
    for (const bundle of ['cli.js', 'index.js']) expect(fs.readFileSync(path.join(ROOT, 'dist', 'bundle', bundle), 'utf8')).toContain(JSON.stringify(built));
  });

  it('a cache written by another fingerprint is dropped without a word and written afresh', () => {
    const dir = makeTree({ 'pkg/__init__.py': '', 'pkg/a.py': '__all__ = ["x"]\nx = 1\n', 'pkg/b.py': 'from pkg.a import x\n' });
    expect(counts(run(dir, '--verbose'))).toBe('0 modules from the cache, 3 scanned');
    expect(counts(run(dir, '--verbose'))).toBe('3 modules from the cache, 0 scanned');
    const file = path.join(dir, '.cache', fs.readdirSync(path.join(dir, '.cache')).find((f) => f.endsWith('.bin'))!);
    const bytes = fs.readFileSync(file);
    const text = bytes.toString('latin1');
    const tool = /"tool":"([0-9a-f]{16})"/.exec(text)!;
    // Another fingerprint of the same length: the header keeps its size, the checksum is made right.
    const other = tool[1]!.replace(/./g, (c) => (c === '0' ? '1' : '0'));
    bytes.write(other, tool.index + '"tool":"'.length, 'latin1');
    fs.writeFileSync(file, sealCacheFile(bytes));
    const dropped = run(dir, '--verbose');
    expect(dropped.code).toBe(0);
    expect(dropped.stderr).not.toContain('warning');
    expect(counts(dropped)).toBe('0 modules from the cache, 3 scanned');
    expect(fs.readFileSync(file, 'latin1')).toContain(`"tool":"${tool[1]}"`);
    expect(counts(run(dir, '--verbose'))).toBe('3 modules from the cache, 0 scanned');
  });
});
