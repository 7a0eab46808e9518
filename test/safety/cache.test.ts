/**
 * The cache folder is data a repository can commit, and a file anyone can damage: every byte of it
 * is untrusted. A bad cache costs a warning and the cache, never a hang, a crash, a wrong finding,
 * or a file written outside the project.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import { sealCacheFile } from '../../src/project/cache';
import { AS_NOBODY, nobodyBin } from '../helpers/run';
import { git, makeTree } from '../helpers/tree';

const BIN = path.join(__dirname, '..', '..', 'bin', 'dunderlint.js');
const CACHE = '.dunderlint_cache';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Killed after the bound: a hang. */
  timedOut: boolean;
}

/** The CLI, killed after a bound far above what these small projects take (hangs, GB loops). */
function run(cwd: string, args: string[], prefix: string[] = [], bin = BIN, nodeArgs: string[] = []): Run {
  const argv = [...prefix, process.execPath, ...nodeArgs, bin, ...args];
  const r = spawnSync(argv[0]!, argv.slice(1), { cwd, encoding: 'utf8', timeout: 20_000, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, timedOut: r.error !== undefined || r.signal !== null };
}

const lint = (dir: string, ...args: string[]): Run => run(dir, ['-f', 'json', '--rule', 'bytecode-not-ignored:off', ...args]);
const warnings = (r: Run): string[] => r.stderr.split('\n').filter((l) => l.startsWith('dunderlint: warning:'));
const cacheFile = (dir: string): string => path.join(dir, CACHE, fs.readdirSync(path.join(dir, CACHE)).find((f) => /^facts-.*\.bin$/.test(f))!);
const counts = (dir: string): string => /facts of (\d+ modules? from the cache, \d+ scanned)/.exec(lint(dir, '--verbose').stderr)?.[1] ?? '(no count)';

/** A small project with findings of several rules, whose records use every section of the format. */
function project(): Record<string, string> {
  const tree: Record<string, string> = { 'pkg/__init__.py': 'from .a import *\n__all__ = ["a", "gone"]\n', 'pkg/_init_.py': '' };
  for (let i = 0; i < 12; i++) {
    tree[`pkg/m${i}.py`] = [
      'import os, sys as system',
      `from pkg.m${(i + 1) % 12} import f${(i + 1) % 12} as g`,
      'import importlib',
      `mod = importlib.import_module(".m${i}", package="pkg")  # dunderlint: disable=all-duplicate`,
      `__all__ = ["f${i}", "K${i}", "missing${i}"${i % 3 ? '' : ', "f' + i + '"'}]`,
      `__all__ += ["C${i}"]`,
      `C${i} = ${i}`,
      `def f${i}():`,
      '    global counter',
      '    return os.sep',
      `class K${i}: ...`,
      'if __name__ == "__main__":\n    f0()',
      '',
    ].join('\n');
  }
  return tree;
}

describe('the cache folder: links and special files are never followed', () => {
  it('a committed .dunderlint_cache/.gitignore symlink does not make a lint run create its target outside the project', () => {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'dunderlint-outside-'));
    const target = path.join(outside, 'created-by-lint');
    const dir = makeTree(project());
    fs.mkdirSync(path.join(dir, CACHE));
    fs.symlinkSync(target, path.join(dir, CACHE, '.gitignore'));
    git(dir, 'init', '-q');
    git(dir, 'add', '-A', '-f');
    const expected = lint(dir, '--no-cache');
    const r = lint(dir);
    expect(fs.existsSync(target)).toBe(false);
    expect(fs.readdirSync(outside)).toEqual([]);
    expect(r.stdout).toBe(expected.stdout);
    expect(r.code).toBe(expected.code);
    expect(warnings(r)).toEqual([`dunderlint: warning: not using the cache in ${CACHE}: ${CACHE}/.gitignore is a symbolic link; delete ${CACHE}, or use --no-cache or --cache-dir`]);
    // A second run warns the same way and still leaves the outside alone.
    expect(warnings(lint(dir))).toHaveLength(1);
    expect(fs.readdirSync(outside)).toEqual([]);
    fs.rmSync(outside, { recursive: true, force: true });
  });

  it('a cache folder that is a symlink is neither read nor written through', () => {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'dunderlint-outside-'));
    const dir = makeTree(project());
    fs.symlinkSync(outside, path.join(dir, CACHE));
    const expected = lint(dir, '--no-cache');
    const r = lint(dir);
    expect(fs.readdirSync(outside)).toEqual([]);
    expect(fs.lstatSync(path.join(dir, CACHE)).isSymbolicLink()).toBe(true);
    expect({ code: r.code, stdout: r.stdout }).toEqual({ code: expected.code, stdout: expected.stdout });
    expect(warnings(r)).toEqual([`dunderlint: warning: not using the cache in ${CACHE}: ${CACHE} is a symbolic link; delete ${CACHE}, or use --no-cache or --cache-dir`]);
    fs.rmSync(outside, { recursive: true, force: true });
  });

  it('a facts file that is a symlink to another cache file is not read, and not replaced', () => {
    const tree = project();
    // A real cache file, filled from the same sources, that the link points at.
    const other = makeTree(tree);
    expect(counts(other)).toBe('0 modules from the cache, 14 scanned');
    const real = cacheFile(other);
    const realBytes = fs.readFileSync(real);
    const dir = makeTree(tree);
    lint(dir); // learns the facts file's name
    const link = cacheFile(dir);
    fs.rmSync(link);
    fs.symlinkSync(real, link);
    const r = lint(dir, '--verbose');
    expect(r.stderr).toContain('facts of 0 modules from the cache, 14 scanned');
    expect(warnings(r)).toEqual([`dunderlint: warning: not using the cache in ${CACHE}: ${path.relative(dir, link)} is a symbolic link; delete ${CACHE}, or use --no-cache or --cache-dir`]);
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
    expect(fs.readFileSync(real)).toEqual(realBytes);
  });

  it.each([
    ['a FIFO where the facts file should be', (p: string) => spawnSync('mkfifo', [p]), 'is not a regular file'],
    ['a folder where the facts file should be', (p: string) => fs.mkdirSync(p), 'is not a regular file'],
  ])('%s: the run does not hang, goes on without the cache, one warning', (_, make, why) => {
    const dir = makeTree(project());
    lint(dir);
    const file = cacheFile(dir);
    fs.rmSync(file);
    make(file);
    const expected = lint(dir, '--no-cache');
    const r = lint(dir);
    expect(r.timedOut).toBe(false);
    expect({ code: r.code, stdout: r.stdout }).toEqual({ code: expected.code, stdout: expected.stdout });
    expect(warnings(r)).toEqual([`dunderlint: warning: not using the cache in ${CACHE}: ${path.relative(dir, file)} ${why}; delete ${CACHE}, or use --no-cache or --cache-dir`]);
  });

  it('--diff, which writes no cache, still warns once about a linked cache folder', () => {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'dunderlint-outside-'));
    const dir = makeTree({ 'pkg/__init__.py': '', 'pkg/m.py': '__all__ = ["gone"]\n' });
    fs.symlinkSync(outside, path.join(dir, CACHE));
    const r = run(dir, ['--diff']);
    expect(warnings(r)).toEqual([`dunderlint: warning: not using the cache in ${CACHE}: ${CACHE} is a symbolic link; delete ${CACHE}, or use --no-cache or --cache-dir`]);
    expect(fs.readdirSync(outside)).toEqual([]);
    fs.rmSync(outside, { recursive: true, force: true });
  });

  it('a folder where .gitignore should be: one warning, the run goes on without the cache', () => {
    const dir = makeTree(project());
    fs.mkdirSync(path.join(dir, CACHE, '.gitignore'), { recursive: true });
    const r = lint(dir);
    expect(warnings(r)).toEqual([`dunderlint: warning: not using the cache in ${CACHE}: ${CACHE}/.gitignore is not a regular file; delete ${CACHE}, or use --no-cache or --cache-dir`]);
    expect(fs.readdirSync(path.join(dir, CACHE))).toEqual(['.gitignore']);
  });
});

describe('damaged cache files', () => {
  /** One damage of a few kinds at a position (fast-check picks kind, position and value from a fixed seed). */
  const mutate = (bytes: Buffer, kind: number, at: number, value: number): Buffer => {
    const out = Buffer.from(bytes);
    const i = at % out.length;
    switch (kind) {
      case 0: // flip one bit
        out[i]! ^= 1 << (value & 7);
        return out;
      case 1: // cut short
        return out.subarray(0, i);
      case 2: // one aligned integer set to a large count, a negative one, or a stray string reference
        out.writeInt32LE([0x7fffffff, -1, -0x7ffffff0, 1 << 20, value][value % 5]! | 0, Math.max(0, Math.min(i & ~3, out.length - 4)));
        return out;
      default: // a run of bytes overwritten
        for (let k = 0; k < 16 && i + k < out.length; k++) out[i + k] = (value * (k + 7)) & 0xff;
        return out;
    }
  };

  it('a cache file damaged anywhere (flipped, cut short, overwritten) gives the findings of a run without cache, quickly, with at most one warning', () => {
    const dir = makeTree(project());
    const expected = lint(dir, '--no-cache');
    expect(JSON.parse(expected.stdout).diagnostics.length).toBeGreaterThan(10);
    expect(lint(dir).stdout).toBe(expected.stdout);
    const file = cacheFile(dir);
    const good = fs.readFileSync(file);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3 }), fc.nat(), fc.nat(), (kind, at, value) => {
        fs.writeFileSync(file, mutate(good, kind, at, value));
        const r = lint(dir);
        expect(r.timedOut).toBe(false);
        expect(r.stderr).not.toMatch(/\n\s+at |internal error|crashed/);
        expect(r.code).toBe(expected.code);
        expect(r.stdout).toBe(expected.stdout);
        expect(r.stderr.split('\n').filter(Boolean).length).toBeLessThanOrEqual(1);
      }),
      { seed: 20261130, numRuns: 20, endOnFailure: true },
    );
  });

  it('a damaged cache file is discarded with one warning naming it, and written afresh', () => {
    const dir = makeTree(project());
    lint(dir);
    const file = cacheFile(dir);
    const bytes = fs.readFileSync(file);
    bytes[bytes.length - 9]! ^= 0x40;
    fs.writeFileSync(file, bytes);
    const r = lint(dir, '--verbose');
    expect(r.stderr).toContain('facts of 0 modules from the cache, 14 scanned');
    expect(warnings(r)).toEqual([`dunderlint: warning: discarded the damaged cache file ${path.relative(dir, file)} (checksum mismatch); it is written afresh`]);
    expect(counts(dir)).toBe('14 modules from the cache, 0 scanned');
  });

  it('a file the run wrote is read back, whatever the padding after its header (0 to 7 bytes)', () => {
    // Module names of 8 lengths give headers of 8 lengths modulo 8.
    const paddings = new Set<number>();
    for (let k = 1; k <= 8; k++) {
      const dir = makeTree({ [`${'m'.repeat(k)}.py`]: '' }, 'add');
      lint(dir);
      const bytes = fs.readFileSync(cacheFile(dir));
      paddings.add((8 - ((32 + bytes.readUInt32LE(8)) % 8)) % 8);
      const r = lint(dir, '--verbose');
      expect(warnings(r)).toEqual([]);
      expect(r.stderr).toContain('facts of 1 module from the cache, 0 scanned');
    }
    expect([...paddings].sort()).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it('its checksum is a CRC-32 where Node has zlib.crc32 (20.15+), else SHA-1 under another magic; a file of the other kind is dropped without a word', () => {
    const dir = makeTree(project());
    // As on a Node before 20.15: no zlib.crc32.
    const noCrc = path.join(makeTree({ 'no-crc32.js': "require('node:zlib').crc32 = undefined;\n" }), 'no-crc32.js');
    const oldNode = (...args: string[]): Run => run(dir, ['-f', 'json', '--rule', 'bytecode-not-ignored:off', ...args], [], BIN, ['-r', noCrc]);
    expect(oldNode().code).toBe(1);
    expect(fs.readFileSync(cacheFile(dir)).subarray(0, 8).toString()).toBe('dlcache4');
    expect(oldNode('--verbose').stderr).toContain('facts of 14 modules from the cache, 0 scanned');
    const r = lint(dir, '--verbose');
    expect(r.stderr).toContain('facts of 0 modules from the cache, 14 scanned');
    expect(warnings(r)).toEqual([]);
    expect(fs.readFileSync(cacheFile(dir)).subarray(0, 8).toString()).toBe('dlcache5');
    expect(counts(dir)).toBe('14 modules from the cache, 0 scanned');
    // A flipped byte is caught by the CRC-32 as by the SHA-1.
    const bytes = fs.readFileSync(cacheFile(dir));
    bytes[bytes.length - 9]! ^= 0x40;
    fs.writeFileSync(cacheFile(dir), bytes);
    expect(warnings(lint(dir))).toEqual([expect.stringContaining('(checksum mismatch)')]);
  });

  it('a crafted cache file with a valid checksum never hangs or crashes the run: at most one warning', () => {
    const dir = makeTree(project());
    lint(dir);
    const file = cacheFile(dir);
    const good = fs.readFileSync(file);
    // Integers of the back three quarters, where the records are: counts, lengths, string references.
    const values = [0x7fffffff, -1, -0x7ffffff0, 1 << 20, 7, 0];
    fc.assert(
      fc.property(fc.nat(), fc.nat({ max: values.length - 1 }), (at, v) => {
        const bytes = Buffer.from(good);
        const ints = good.length >> 2;
        bytes.writeInt32LE(values[v]!, 4 * ((ints >> 2) + (at % (ints - (ints >> 2)))));
        fs.writeFileSync(file, sealCacheFile(bytes));
        const r = lint(dir);
        expect(r.timedOut).toBe(false);
        expect(r.stderr).not.toMatch(/\n\s+at |internal error|crashed|error:/);
        expect([0, 1]).toContain(r.code);
        expect(warnings(r).length).toBeLessThanOrEqual(1);
      }),
      { seed: 4242, numRuns: 20, endOnFailure: true },
    );
  });
});

describe('staleness outside git: size and mtime are not enough', () => {
  const sleep = (ms: number): void => void spawnSync('sleep', [String(ms / 1000)]);

  /** A project whose file was last changed (mtime and ctime) long enough ago to be trusted by its stat data. */
  function settled(): { dir: string; file: string } {
    const dir = makeTree({ 'a.py': '__all__ = ["x"]\nx = 1\n' });
    const file = path.join(dir, 'a.py');
    const old = new Date(Date.now() - 3_600_000);
    fs.utimesSync(file, old, old);
    sleep(2_500); // the ctime, which utimes just set, ages past the racy window too
    expect(lint(dir).code).toBe(0);
    return { dir, file };
  }

  it('a same-size edit with its mtime restored (cp -p, rsync -t, touch -d) is seen', () => {
    const { dir, file } = settled();
    const { atime, mtime } = fs.statSync(file);
    fs.writeFileSync(file, '__all__ = ["z"]\nx = 1\n');
    fs.utimesSync(file, atime, mtime);
    const r = lint(dir);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).diagnostics.map((d: { rule: string }) => d.rule)).toEqual(['all-undefined']);
  });

  it('a file replaced by another of the same size and mtime (tar, rsync) is seen', () => {
    const { dir, file } = settled();
    const { atime, mtime } = fs.statSync(file);
    const other = path.join(dir, 'unpacked.tmp');
    fs.writeFileSync(other, '__all__ = ["z"]\nx = 1\n');
    fs.utimesSync(other, atime, mtime);
    fs.renameSync(other, file);
    expect(lint(dir).code).toBe(1);
  });
});

describe('staleness in git: tracked symlinks', () => {
  it('an edit to the target of a tracked symlink module is seen', () => {
    const dir = makeTree({ 'shared/impl.txt': '__all__ = ["x"]\nx = 1\n', 'pkg/__init__.py': '' }, 'init');
    fs.symlinkSync('../shared/impl.txt', path.join(dir, 'pkg/m.py'));
    git(dir, 'add', '-A');
    expect(lint(dir).code).toBe(0);
    expect(lint(dir).code).toBe(0);
    fs.writeFileSync(path.join(dir, 'shared/impl.txt'), '__all__ = ["z"]\nx = 1\n');
    const r = lint(dir);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).diagnostics.map((d: { rule: string; path: string }) => `${d.rule} ${d.path}`)).toEqual(['all-undefined pkg/m.py']);
  });
});

describe('an unwritable cache folder: the warning names the real cause', () => {
  const nobody = ['setpriv', ...AS_NOBODY];

  it('as non-root in a read-only folder (chmod 555): "permission denied (EACCES)", naming the folder as given', () => {
    const dir = makeTree({ 'proj/m.py': '', 'proj/pkg/__init__.py': '' });
    fs.chmodSync(dir, 0o755);
    fs.chmodSync(path.join(dir, 'proj'), 0o555);
    fs.chmodSync(path.join(dir, 'proj/pkg'), 0o555);
    const r = run(dir, ['proj'], nobody, nobodyBin());
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('dunderlint: warning: cannot write the cache in proj/.dunderlint_cache: permission denied (EACCES); use --no-cache or --cache-dir\n');
    const nested = run(path.join(dir, 'proj'), ['--cache-dir', 'pkg/deep/cache'], nobody, nobodyBin());
    expect(nested.stderr).toBe('dunderlint: warning: cannot write the cache in pkg/deep/cache: permission denied (EACCES); use --no-cache or --cache-dir\n');
    fs.chmodSync(path.join(dir, 'proj/pkg'), 0o755);
    fs.chmodSync(path.join(dir, 'proj'), 0o755);
  });

  // A read-only mount needs a mount namespace of our own (root, or unprivileged user namespaces).
  const canMount = spawnSync('unshare', ['-m', 'sh', '-c', 'mount -t tmpfs -o ro tmpfs /mnt'], { stdio: 'ignore' }).status === 0;
  (canMount ? it : it.skip)('on a read-only file system: "read-only file system (EROFS)", not ENOENT', () => {
    const dir = makeTree({ 'm.py': '', 'pkg/__init__.py': '' });
    const script = 'd=$1; shift; mount --bind "$d" "$d" && mount -o remount,bind,ro "$d" && cd "$d" && exec "$@"';
    for (const extra of [[], ['--cache-dir', 'a/b/c']]) {
      const r = spawnSync('unshare', ['-m', 'sh', '-c', script, 'sh', dir, process.execPath, BIN, ...extra], { encoding: 'utf8', timeout: 20_000 });
      const shown = extra.length ? 'a/b/c' : CACHE;
      expect(r.stderr).toBe(`dunderlint: warning: cannot write the cache in ${shown}: read-only file system (EROFS); use --no-cache or --cache-dir\n`);
      expect(r.status).toBe(0);
    }
  });
});
