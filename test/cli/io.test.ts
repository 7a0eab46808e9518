/** How the process ends when its output cannot be written, or when it cannot even start. */
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { makeTree } from '../helpers/tree';

const REPO = path.join(__dirname, '..', '..');
const BIN = path.join(REPO, 'bin', 'dunderlint.js');
const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '' };
// One error finding: exit 1 when the report gets out.
const tree = { 'pkg/_init_.py': '' };

describe('writing the report', () => {
  it('a full disk on stdout (/dev/full) exits 2 with one line on stderr', () => {
    const dir = makeTree(tree);
    const full = fs.openSync('/dev/full', 'w');
    try {
      const r = spawnSync(process.execPath, [BIN], { cwd: dir, env, encoding: 'utf8', stdio: ['ignore', full, 'pipe'] });
      expect(r.stderr).toBe('dunderlint: error: cannot write to stdout: ENOSPC\n');
      expect(r.status).toBe(2);
    } finally {
      fs.closeSync(full);
    }
  });

  it('a stdout that cannot be written (opened read-only: EBADF) exits 2 with one line on stderr', () => {
    const dir = makeTree(tree);
    const readOnly = fs.openSync('/dev/null', 'r');
    try {
      const r = spawnSync(process.execPath, [BIN, '-f', 'json'], { cwd: dir, env, encoding: 'utf8', stdio: ['ignore', readOnly, 'pipe'] });
      expect(r.stderr).toBe('dunderlint: error: cannot write to stdout: EBADF\n');
      expect(r.status).toBe(2);
    } finally {
      fs.closeSync(readOnly);
    }
  });

  it('a reader that stops early (EPIPE, as `| head -1`) is no error: quiet, and the exit code says what was found', async () => {
    const dir = makeTree(tree);
    const child = spawn(process.execPath, [BIN, '-f', 'concise'], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
    // Closed before the child has started, so its first write fails.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(1);
  });
});

describe('an unbuilt checkout', () => {
  it('without dist/, bin/dunderlint.js exits 2 with one line saying to run npm run build', () => {
    const dir = makeTree({});
    fs.mkdirSync(path.join(dir, 'bin'));
    fs.copyFileSync(BIN, path.join(dir, 'bin', 'dunderlint.js'));
    const r = spawnSync(process.execPath, [path.join(dir, 'bin', 'dunderlint.js'), '.'], { cwd: dir, env, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^dunderlint: error: .*dist\/bundle\/cli\.js.*run npm run build.*\n$/);
    expect(r.stderr.split('\n')).toHaveLength(2);
  });

  it('with a bundle from an older build, bin/dunderlint.js exits 2 with one line saying to run npm run build', () => {
    const dir = makeTree({ 'dist/bundle/cli.js': 'exports.main = async () => 0;\n' });
    fs.mkdirSync(path.join(dir, 'bin'));
    fs.copyFileSync(BIN, path.join(dir, 'bin', 'dunderlint.js'));
    const r = spawnSync(process.execPath, [path.join(dir, 'bin', 'dunderlint.js'), '.'], { cwd: dir, env, encoding: 'utf8' });
    expect(r.stderr).toMatch(/^dunderlint: error: .*dist\/bundle\/cli\.js is out of date: run npm run build\n$/);
    expect(r.status).toBe(2);
  });
});

describe('.npmrc', () => {
  const withNpmrc = () => {
    const dir = makeTree({
      'package.json': JSON.stringify({
        name: 'x',
        version: '1.0.0',
        scripts: { prepare: 'echo PREPARE-OUTPUT', prepack: 'echo PREPACK-OUTPUT' },
      }),
    });
    fs.copyFileSync(path.join(REPO, '.npmrc'), path.join(dir, '.npmrc'));
    return dir;
  };
  const npm = (cwd: string, ...args: string[]) => spawnSync('npm', args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_loglevel: '' } });

  it('npm pack prints only the tarball name on stdout (pre-commit reads it), scripts and banners included', () => {
    const r = npm(withNpmrc(), 'pack');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('x-1.0.0.tgz\n');
  });

  it('a failing npm ci is visible on stderr', () => {
    const r = npm(withNpmrc(), 'ci');
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('npm error');
  });
});
