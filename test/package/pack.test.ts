/**
 * The package as users get it: `npm pack` (its prepack builds, here in a copy of this repository),
 * the tarball installed with `--omit=dev` into an empty prefix, and an install from a git URL.
 * Nothing may come from this repository's node_modules at run time.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { git, makeTree } from '../helpers/tree';

const REPO = path.join(__dirname, '..', '..');
const EXAMPLES = path.join(REPO, 'examples');
const BUNDLE_FILES = ['cli.js', 'index.js', 'scan-worker.js'];
const commitAs = ['-c', 'user.name=t', '-c', 'user.email=t@example.com'];
// npm must not reach for the network: everything here is in the tarball, or (git install) in
// the cache `npm ci` filled.
const npmEnv = { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };

function npm(cwd: string, ...args: string[]): string {
  return execFileSync('npm', args, { cwd, encoding: 'utf8', env: npmEnv, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** This repository's tracked files as they are in the work tree, in a new git repository elsewhere. */
function copyOfRepository(): string {
  const dir = makeTree({});
  for (const f of git(REPO, 'ls-files', '-z').split('\0')) {
    if (!f || !fs.existsSync(path.join(REPO, f))) continue;
    fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    fs.copyFileSync(path.join(REPO, f), path.join(dir, f));
    fs.chmodSync(path.join(dir, f), fs.statSync(path.join(REPO, f)).mode);
  }
  git(dir, 'init', '-q');
  git(dir, 'add', '-A');
  git(dir, ...commitAs, 'commit', '-qm', 'copy');
  return dir;
}

function runDunderlint(bin: string, ...args: string[]) {
  const r = spawnSync(bin, args, { cwd: EXAMPLES, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', NODE_PATH: '' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const EXPECTED_RULES = ['bytecode-tracked', 'missing-init', 'misspelled-init', 'sourceless-bytecode'];

describe('npm pack', () => {
  let source: string;
  let tarball: string;
  let packed: string[];
  beforeAll(() => {
    source = copyOfRepository();
    // The build tools, without copying 150 MB: hard links where the file system allows them.
    const modules = path.join(source, 'node_modules');
    if (spawnSync('cp', ['-al', path.join(REPO, 'node_modules'), modules]).status !== 0) {
      fs.rmSync(modules, { recursive: true, force: true });
      execFileSync('cp', ['-a', path.join(REPO, 'node_modules'), modules]);
    }
    fs.rmSync(path.join(source, 'dist'), { recursive: true, force: true });
    const out = makeTree({});
    const name = npm(source, 'pack', '--pack-destination', out).trim().split('\n').pop()!;
    tarball = path.join(out, name);
    packed = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).trim().split('\n').map((f) => f.replace(/^package\//, ''));
  }, 300_000);

  it('prepack builds the bundle, byte for byte the committed one (a build is reproducible in another folder)', () => {
    for (const f of BUNDLE_FILES) {
      expect(fs.readFileSync(path.join(source, 'dist', 'bundle', f)).equals(fs.readFileSync(path.join(REPO, 'dist', 'bundle', f)))).toBe(true);
    }
  });

  it('the tarball holds the bundle, bin, docs, LICENSE, README and type declarations, and no sources or tests', () => {
    for (const f of ['package.json', 'LICENSE', 'README.md', 'bin/dunderlint.js', 'docs/pre-commit.md', 'docs/rules/missing-init.md', 'dist/src/index.d.ts', 'dist/rules/index.d.ts']) {
      expect(packed).toContain(f);
    }
    for (const f of BUNDLE_FILES) expect(packed).toContain(`dist/bundle/${f}`);
    expect(packed.filter((f) => /^(src|test|rules|examples|node_modules|bench)\//.test(f) || /\.(ts|map)$/.test(f) && !f.endsWith('.d.ts'))).toEqual([]);
    const manifest = JSON.parse(execFileSync('tar', ['-xzOf', tarball, 'package/package.json'], { encoding: 'utf8' }));
    expect(manifest.dependencies ?? {}).toEqual({});
    expect(manifest.license).toBe('MIT');
    expect(manifest.repository.url).toMatch(/^git\+https:\/\//);
    expect(manifest.homepage).toMatch(/^https:\/\//);
    expect(manifest.bugs.url).toMatch(/^https:\/\//);
  });

  describe('installed with --omit=dev into an empty prefix', () => {
    let prefix: string;
    let installed: string;
    beforeAll(() => {
      prefix = makeTree({});
      npm(prefix, 'install', '--global', '--omit=dev', '--offline', '--prefix', prefix, tarball);
      installed = path.join(prefix, 'lib', 'node_modules', 'dunderlint');
    }, 120_000);

    it('needs no dependencies: nothing but the package is installed', () => {
      expect(fs.readdirSync(path.join(prefix, 'lib', 'node_modules'))).toEqual(['dunderlint']);
      expect(fs.existsSync(path.join(installed, 'node_modules'))).toBe(false);
    });

    it('the dunderlint command lints the example: its findings, exit 1', () => {
      const bin = path.join(prefix, 'bin', 'dunderlint');
      // Worker threads too: the scan worker is a file of its own in the bundle.
      for (const concurrency of ['off', '2']) {
        const r = runDunderlint(bin, '--no-cache', '--concurrency', concurrency, '-f', 'json');
        expect(r.stderr).toBe('');
        const rules = [...new Set(JSON.parse(r.stdout).diagnostics.map((d: { rule: string }) => d.rule))].sort();
        expect(rules).toEqual(EXPECTED_RULES);
        expect(r.code).toBe(1);
      }
      expect(runDunderlint(bin, '--version')).toEqual({ code: 0, stdout: `${JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')).version}\n`, stderr: '' });
      const explained = runDunderlint(bin, '--explain', 'missing-init');
      expect(explained.stdout).toMatch(/^# missing-init/);
    });

    it('require("dunderlint") runs the Node API from the bundle', () => {
      const script = `require(${JSON.stringify(installed)}).lint({ cwd: ${JSON.stringify(EXAMPLES)}, cacheDir: false })
        .then((r) => console.log(JSON.stringify([...new Set(r.diagnostics.map((d) => d.rule))].sort())))`;
      const r = spawnSync(process.execPath, ['-e', script], { cwd: prefix, encoding: 'utf8', env: { ...process.env, NODE_PATH: '' } });
      expect(r.stderr).toBe('');
      expect(JSON.parse(r.stdout)).toEqual(EXPECTED_RULES);
    });

    it('its type declarations compile a strict TypeScript consumer (exports map, node16 resolution)', () => {
      const consumer = makeTree({
        'consumer.ts': [
          "import { lint, defineRule, type Diagnostic } from 'dunderlint';",
          'export async function count(cwd: string): Promise<number> {',
          '  const r = await lint({ cwd, cacheDir: false });',
          '  const ds: Diagnostic[] = r.diagnostics;',
          '  return ds.length;',
          '}',
          'export const rule = defineRule;',
          '',
        ].join('\n'),
      });
      fs.mkdirSync(path.join(consumer, 'node_modules'));
      fs.symlinkSync(installed, path.join(consumer, 'node_modules', 'dunderlint'));
      const tsc = path.join(REPO, 'node_modules', 'typescript', 'bin', 'tsc');
      const r = spawnSync(
        process.execPath,
        [tsc, '--noEmit', '--strict', '--module', 'node16', '--moduleResolution', 'node16', '--types', 'node', '--typeRoots', path.join(REPO, 'node_modules', '@types'), 'consumer.ts'],
        { cwd: consumer, encoding: 'utf8' },
      );
      expect(r.stdout + r.stderr).toBe('');
      expect(r.status).toBe(0);
    }, 60_000);
  });

  it('npm install -g --install-links git+file://… installs a working command (a copy, not a link)', () => {
    const prefix = makeTree({});
    // --install-links: without it npm links a global git install to a temporary folder it then
    // deletes, whenever the package has a build or prepack script (npm/cli#6984).
    npm(prefix, 'install', '--global', '--install-links', '--prefer-offline', '--prefix', prefix, `git+file://${source}`);
    const installed = path.join(prefix, 'lib', 'node_modules', 'dunderlint');
    expect(fs.lstatSync(installed).isDirectory()).toBe(true);
    const r = runDunderlint(path.join(prefix, 'bin', 'dunderlint'), '--no-cache', '-f', 'json');
    expect(r.stderr).toBe('');
    expect([...new Set(JSON.parse(r.stdout).diagnostics.map((d: { rule: string }) => d.rule))].sort()).toEqual(EXPECTED_RULES);
    expect(r.code).toBe(1);
  }, 300_000);
});
