/** FIFOs, devices and huge files where project input is expected: reported, never waited on. */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readRegularFile } from '../../src/host/read';
import { dunderlint, warnings } from '../helpers/run';
import { makeTree } from '../helpers/tree';

const mkfifo = (p: string) => {
  fs.rmSync(p, { force: true });
  execFileSync('mkfifo', [p]);
};

describe('files that are not regular, or too large', () => {
  it('a FIFO in place of a tracked module or pyproject.toml is reported, not waited on', () => {
    const dir = makeTree({ 'app/__init__.py': '', 'app/m.py': 'x = 1\n', 'pyproject.toml': '[project]\nname = "app"\n' }, 'add');
    mkfifo(path.join(dir, 'app/m.py'));
    mkfifo(path.join(dir, 'pyproject.toml'));
    const r = dunderlint(dir, ['--no-cache']);
    expect(r.code).toBe(0);
    expect(warnings(r)).toEqual([
      'dunderlint: warning: app/m.py:1:1: cannot read the file (not a regular file) (what dunderlint knows of this file is incomplete)',
    ]);
  });

  it('a FIFO in place of a .gitignore gets a warning; as --config, an error', () => {
    const dir = makeTree({ 'a.py': '' });
    mkfifo(path.join(dir, '.gitignore'));
    mkfifo(path.join(dir, 'conf.toml'));
    const walked = dunderlint(dir, ['--no-cache']);
    expect(walked.code).toBe(0);
    expect(warnings(walked)).toEqual(['dunderlint: warning: cannot read .gitignore: not a regular file']);
    const config = dunderlint(dir, ['--no-cache', '--config', 'conf.toml']);
    expect(config.code).toBe(2);
    expect(config.stderr).toBe('dunderlint: error: conf.toml: cannot read config: not a regular file\n');
  });

  it('a module larger than 10 MB gets one warning and is not read', () => {
    const dir = makeTree({ 'big.py': Buffer.alloc(10 * 1024 * 1024 + 1, 0x20), 'ok.py': '' });
    const r = dunderlint(dir, ['--no-cache']);
    expect(r.code).toBe(0);
    expect(warnings(r)).toEqual(['dunderlint: warning: big.py:1:1: cannot read the file (larger than 10 MB) (what dunderlint knows of this file is incomplete)']);
  });

  it('readRegularFile reads a file of exactly the cap, and refuses /dev/zero at once', () => {
    const dir = makeTree({ 'a.py': 'x = 1\n', 'empty.py': '' });
    expect(readRegularFile(path.join(dir, 'a.py'), 6).toString()).toBe('x = 1\n');
    expect(readRegularFile(path.join(dir, 'empty.py')).length).toBe(0);
    expect(() => readRegularFile(path.join(dir, 'a.py'), 5)).toThrow('larger than 5 bytes');
    expect(() => readRegularFile('/dev/zero')).toThrow('not a regular file');
    expect(() => readRegularFile(path.join(dir, 'gone.py'))).toThrow(expect.objectContaining({ reason: 'ENOENT' }));
  });
});
