/**
 * The launcher keeps V8's code cache of the bundle in the user's cache folder (bin/code-cache.js).
 * Whatever is in that folder (nothing, another version's data, damaged bytes, someone else's file)
 * or whether it can be written at all, a run reports exactly what it reports without it.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vm from 'node:vm';
import { AS_NOBODY, NOBODY, nobodyBin } from '../helpers/run';
import { makeTree } from '../helpers/tree';

const ROOT = path.join(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'dunderlint.js');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(cwd: string, cacheHome: string, args: string[], opts: { env?: NodeJS.ProcessEnv; bin?: string; asNobody?: boolean } = {}): Run {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', DUNDERLINT_NO_CACHE: '', DUNDERLINT_CODE_CACHE: '', XDG_CACHE_HOME: cacheHome, ...opts.env };
  delete env['FORCE_COLOR'];
  const argv = [process.execPath, opts.bin ?? BIN, ...args];
  const r = opts.asNobody
    ? spawnSync('setpriv', [...AS_NOBODY, ...argv], { cwd, env, encoding: 'utf8', timeout: 30_000 })
    : spawnSync(argv[0]!, argv.slice(1), { cwd, env, encoding: 'utf8', timeout: 30_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const folderOf = (cacheHome: string): string => path.join(cacheHome, 'dunderlint', 'v8');
const cacheFiles = (cacheHome: string): string[] => (fs.existsSync(folderOf(cacheHome)) ? fs.readdirSync(folderOf(cacheHome)).map((f) => path.join(folderOf(cacheHome), f)) : []);
const onlyCacheFile = (cacheHome: string): string => {
  const files = cacheFiles(cacheHome);
  expect(files).toHaveLength(1);
  return files[0]!;
};

/** A project with findings, so the run goes through discovery, the scanner, rules and a formatter. */
const project = (): string => makeTree({ 'pkg/__init__.py': '__all__ = ["a", "gone"]\nfrom . import a\n', 'pkg/a.py': 'import os\n', 'loose/b.py': 'x = 1\n' }, 'add');
const ARGS = ['-f', 'json', '--no-cache'];

describe('the code cache of the bundle', () => {
  const dir = project();
  const reference = run(dir, makeTree({}), ARGS, { env: { DUNDERLINT_CODE_CACHE: '0' } });

  it('is written on the first run and read, not rewritten, on the next, which reports the same', () => {
    expect(reference.code).toBe(1);
    const home = makeTree({});
    expect(run(dir, home, ARGS)).toEqual(reference);
    const file = onlyCacheFile(home);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(fs.statSync(folderOf(home)).mode & 0o777).toBe(0o700);
    const bytes = fs.readFileSync(file);
    const { ino, mtimeMs } = fs.statSync(file);
    expect(run(dir, home, ARGS)).toEqual(reference);
    // Rewritten only when missing or rejected by V8: the same file means V8 took it.
    expect(fs.statSync(file)).toMatchObject({ ino, mtimeMs });
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  });

  it('writing a new cache file deletes files of other versions not rewritten for 30 days, and keeps newer ones', () => {
    const home = makeTree({ 'dunderlint/v8/cli-old.bin': 'old', 'dunderlint/v8/cli-recent.bin': 'recent' });
    const old = path.join(folderOf(home), 'cli-old.bin');
    const longAgo = new Date(Date.now() - 40 * 24 * 3600 * 1000);
    fs.utimesSync(old, longAgo, longAgo);
    expect(run(dir, home, ARGS)).toEqual(reference);
    const names = fs.readdirSync(folderOf(home));
    expect(names).not.toContain('cli-old.bin');
    expect(names).toContain('cli-recent.bin');
    expect(names).toHaveLength(2);
  });

  it('DUNDERLINT_CODE_CACHE=0 writes none', () => {
    const home = makeTree({});
    expect(run(dir, home, ARGS, { env: { DUNDERLINT_CODE_CACHE: '0' } })).toEqual(reference);
    expect(cacheFiles(home)).toEqual([]);
  });

  it('a damaged cache file (flipped byte, truncated, empty, garbage, V8 data of another script) changes nothing in the run and is replaced by a good one', () => {
    const home = makeTree({});
    run(dir, home, ARGS);
    const file = onlyCacheFile(home);
    const good = fs.readFileSync(file);
    const flipped = Buffer.from(good);
    flipped[flipped.length >> 1]! ^= 0x40;
    // Well-formed for our checksum, but made by V8 for another source: V8 itself must reject it.
    const other = new vm.Script('module.exports = 1;').createCachedData();
    const foreign = Buffer.concat([require('node:crypto').createHash('sha256').update(other).digest(), other]);
    const damaged: Record<string, Buffer> = {
      flipped,
      truncated: good.subarray(0, good.length >> 1),
      'header only': good.subarray(0, 40),
      empty: Buffer.alloc(0),
      garbage: Buffer.alloc(good.length, 0xa5),
      foreign,
    };
    for (const [what, bytes] of Object.entries(damaged)) {
      fs.writeFileSync(file, bytes);
      expect({ what, run: run(dir, home, ARGS) }).toEqual({ what, run: reference });
      expect({ what, replaced: !fs.readFileSync(file).equals(bytes) }).toEqual({ what, replaced: true });
      // The replacement is taken as it is by the next run.
      const { mtimeMs } = fs.statSync(file);
      expect(run(dir, home, ARGS)).toEqual(reference);
      expect(fs.statSync(file).mtimeMs).toBe(mtimeMs);
    }
  });

  it('a cache file owned by another user, or writable by others, is not used but replaced', () => {
    const home = makeTree({});
    run(dir, home, ARGS);
    const file = onlyCacheFile(home);
    fs.chownSync(file, NOBODY, NOBODY);
    expect(run(dir, home, ARGS)).toEqual(reference);
    expect(fs.statSync(file).uid).toBe(process.getuid!());
    fs.chmodSync(file, 0o666);
    expect(run(dir, home, ARGS)).toEqual(reference);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
  });

  it('a cache folder that cannot be made or written leaves the run as it was, with nothing on stderr (a file in its place; as non-root, a folder of root)', () => {
    const blocked = makeTree({ 'dunderlint': 'a file where the folder goes' });
    expect(run(dir, blocked, ARGS)).toEqual(reference);
    expect(fs.readFileSync(path.join(blocked, 'dunderlint'), 'utf8')).toBe('a file where the folder goes');

    const rootOnly = makeTree({});
    fs.chmodSync(rootOnly, 0o700);
    const nobodyDir = makeTree({ 'pkg/__init__.py': '__all__ = ["gone"]\n' });
    fs.chmodSync(nobodyDir, 0o755);
    const nobodyReference = run(nobodyDir, rootOnly, ARGS, { bin: nobodyBin(), asNobody: true, env: { DUNDERLINT_CODE_CACHE: '0' } });
    expect(nobodyReference.code).toBe(1);
    expect(run(nobodyDir, rootOnly, ARGS, { bin: nobodyBin(), asNobody: true })).toEqual(nobodyReference);
    expect(fs.readdirSync(rootOnly)).toEqual([]);
  });

  it('a user id with no home (no HOME, no passwd entry, as in containers) runs without a code cache', () => {
    const anyone = makeTree({ 'pkg/__init__.py': '__all__ = ["gone"]\n' });
    fs.chmodSync(anyone, 0o755);
    const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', DUNDERLINT_NO_CACHE: '' };
    for (const k of ['HOME', 'XDG_CACHE_HOME', 'FORCE_COLOR', 'DUNDERLINT_CODE_CACHE']) delete env[k];
    const r = spawnSync('setpriv', ['--reuid=54321', '--regid=54321', '--clear-groups', process.execPath, nobodyBin(), ...ARGS], { cwd: anyone, env, encoding: 'utf8', timeout: 30_000 });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).diagnostics.map((d: { rule: string }) => d.rule)).toContain('all-undefined');
  });

  it('ESM and CommonJS plugins load on the run that writes the cache and on the one that reads it', () => {
    const rule = (name: string) =>
      `{ meta: { name: '${name}' }, rules: { 'no-todo': { meta: { description: 'x', defaultSeverity: 'error', messages: { m: 'todo in ${name}' } }, create: (c) => ({ file(f) { if (f.name === 'todo.py') c.report({ messageId: 'm', at: { path: f.path, start: { line: 1, column: 1 }, end: { line: 1, column: 1 } } }); } }) } } }`;
    const plugins = makeTree(
      {
        'todo.py': '',
        'tools/esm.mjs': `export default ${rule('esm')};\n`,
        'tools/cjs.js': `module.exports = ${rule('cjs')};\n`,
        'pyproject.toml': '[tool.dunderlint]\nplugins = ["./tools/esm.mjs", "./tools/cjs.js"]\n',
      },
      'add',
    );
    const home = makeTree({});
    const messages = (r: Run) => (JSON.parse(r.stdout).diagnostics as Array<{ message: string }>).map((d) => d.message).sort();
    const first = run(plugins, home, ARGS);
    expect(first.stderr).toBe('');
    expect(messages(first).filter((m) => m.startsWith('todo'))).toEqual(['todo in cjs', 'todo in esm']);
    expect(cacheFiles(home)).toHaveLength(1);
    const second = run(plugins, home, ARGS);
    expect(second).toEqual(first);
  });

  it('a bundle changed in place to another text of the same length does not run the old code', () => {
    // V8 checks a code cache against its source by length only.
    const pkg = makeTree({});
    for (const part of ['package.json', 'bin', 'dist/bundle']) fs.cpSync(path.join(ROOT, part), path.join(pkg, part), { recursive: true });
    const bundle = path.join(pkg, 'dist', 'bundle', 'cli.js');
    const original = fs.readFileSync(bundle, 'utf8');
    const home = makeTree({});
    const bin = path.join(pkg, 'bin', 'dunderlint.js');
    fs.writeFileSync(bundle, `process.stdout.write("A\\n");\n${original}`);
    expect(run(dir, home, ['--version'], { bin }).stdout).toMatch(/^A\n/);
    expect(cacheFiles(home)).toHaveLength(1);
    fs.writeFileSync(bundle, `process.stdout.write("B\\n");\n${original}`);
    expect(run(dir, home, ['--version'], { bin }).stdout).toMatch(/^B\n/);
  });

  it('reads the bundles, all ASCII, as Latin-1, and a bundle with other characters as UTF-8', () => {
    // Decoding 1.7 MB as UTF-8 cost 3-4 ms of every run; as Latin-1 it is a copy.
    for (const name of fs.readdirSync(path.join(ROOT, 'dist', 'bundle')).filter((f) => f.endsWith('.js'))) {
      const text = fs.readFileSync(path.join(ROOT, 'dist', 'bundle', name), 'utf8');
      const at = text.search(/[^\x00-\x7f]/);
      // Where a source's non-ASCII character reached the bundle: write it as an escape or in ASCII.
      expect(at === -1 ? null : `${name}:${text.slice(0, at).split('\n').length}: ${text.slice(at - 40, at + 20)}`).toBeNull();
    }
    const pkg = makeTree({});
    for (const part of ['package.json', 'bin', 'dist/bundle']) fs.cpSync(path.join(ROOT, part), path.join(pkg, part), { recursive: true });
    const bundle = path.join(pkg, 'dist', 'bundle', 'cli.js');
    fs.writeFileSync(bundle, `process.stdout.write("\u00e9\u2026\\n");\n${fs.readFileSync(bundle, 'utf8')}`);
    const home = makeTree({});
    const bin = path.join(pkg, 'bin', 'dunderlint.js');
    for (let i = 0; i < 2; i++) expect(run(dir, home, ['--version'], { bin }).stdout).toMatch(/^\u00e9\u2026\n/);
    expect(cacheFiles(home)).toHaveLength(1);
  });

  it('a cache written by --version is written again by the first lint, which used more of the bundle, and not by the lints after it', () => {
    // The data holds what the writing run compiled: --version's left every lint compiling the rest.
    const home = makeTree({});
    expect(run(dir, home, ['--version']).code).toBe(0);
    const file = onlyCacheFile(home);
    const small = fs.statSync(file).size;
    expect(run(dir, home, ARGS)).toEqual(reference);
    const { ino, mtimeMs, size } = fs.statSync(onlyCacheFile(home));
    expect(size).toBeGreaterThan(small * 1.5);
    expect(run(dir, home, ARGS)).toEqual(reference);
    expect(run(dir, home, ['--version']).code).toBe(0);
    expect(fs.statSync(onlyCacheFile(home))).toMatchObject({ ino, mtimeMs, size });
  });

  it('a cache written by a run that turned TurboFan on (over 6,000 modules) is taken by the runs after it, not rewritten by each', () => {
    // V8 stamps the data with the flags in force when it is made: it must be those a run compiles with.
    const tree: Record<string, string> = { 'pkg/__init__.py': '' };
    for (let m = 0; m < 6100; m++) tree[`pkg/m${m}.py`] = `x${m} = ${m}\n`;
    const big = makeTree(tree);
    const home = makeTree({});
    const args = ['-f', 'json', '--cache-dir', path.join(makeTree({}), 'facts')];
    const first = run(big, home, args);
    expect(first.code).toBe(0);
    const { ino, mtimeMs } = fs.statSync(onlyCacheFile(home));
    // Different runs: an edit between them, so neither is a replay of the one before.
    fs.writeFileSync(path.join(big, 'pkg', 'm0.py'), 'x0 = 1\n');
    expect(run(big, home, args).code).toBe(0);
    fs.writeFileSync(path.join(big, 'pkg', 'm1.py'), 'x1 = 2\n');
    expect(run(big, home, args).code).toBe(0);
    expect(fs.statSync(onlyCacheFile(home))).toMatchObject({ ino, mtimeMs });
  }, 60_000);
});
