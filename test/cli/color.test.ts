/**
 * Colour follows --color/--no-color, then FORCE_COLOR, then NO_COLOR (and NODE_DISABLE_COLORS),
 * then whether stdout is a terminal.
 */
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { needs, runs } from '../helpers/tools';
import { makeTree } from '../helpers/tree';

const BIN = path.join(__dirname, '..', '..', 'bin', 'dunderlint.js');
const ESC = '\u001b[';

/** The binary with stdout a pipe (not a terminal) and exactly the colour variables given. */
function run(colorEnv: Record<string, string>, ...args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const k of ['NO_COLOR', 'FORCE_COLOR', 'NODE_DISABLE_COLORS', 'TERM']) delete env[k];
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, env: { ...env, ...colorEnv }, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let dir: string;
beforeAll(() => {
  dir = makeTree({ 'pkg/_init_.py': '' });
});

it.each([
  [{}, [], false],
  [{}, ['--color'], true],
  [{ NO_COLOR: '1' }, ['--color'], true],
  [{ FORCE_COLOR: '1' }, [], true],
  [{ FORCE_COLOR: '3' }, [], true],
  [{ FORCE_COLOR: 'true' }, [], true],
  [{ FORCE_COLOR: '0' }, [], false],
  [{ FORCE_COLOR: 'false' }, [], false],
  [{ FORCE_COLOR: '' }, [], false],
  [{ FORCE_COLOR: '1' }, ['--no-color'], false],
  [{ FORCE_COLOR: '0' }, ['--color'], true],
  [{ NO_COLOR: '1', FORCE_COLOR: '1' }, [], true],
  [{ NO_COLOR: '1', FORCE_COLOR: '' }, ['--color'], true],
  [{ NO_COLOR: '', FORCE_COLOR: '1' }, [], true],
  [{ NODE_DISABLE_COLORS: '1', FORCE_COLOR: '1' }, [], true],
])('env %j, flags %j: colour %s, and no Node warning on stderr', (colorEnv, flags, coloured) => {
  const r = run(colorEnv as Record<string, string>, ...(flags as string[]));
  expect(r.code).toBe(1);
  expect(r.stderr).toBe('');
  expect(r.stdout.includes(ESC)).toBe(coloured);
  expect(r.stdout).toContain('misspelled-init');
});

describe('on a terminal (script(1) gives stdout a pseudo-terminal)', () => {
  const onTerminal = (colorEnv: Record<string, string>, ...args: string[]) => {
    const env: NodeJS.ProcessEnv = { ...process.env, TERM: 'xterm' };
    for (const k of ['NO_COLOR', 'FORCE_COLOR', 'NODE_DISABLE_COLORS']) delete env[k];
    const command = [process.execPath, BIN, ...args].join(' ');
    const r = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: dir, env: { ...env, ...colorEnv }, encoding: 'utf8' });
    return { code: r.status, stdout: r.stdout };
  };
  const withScript = needs(runs('script') ? null : 'script(1) is not installed (util-linux)');

  withScript.it.each([
    [{}, [], true],
    [{ NO_COLOR: '1' }, [], false],
    [{ NO_COLOR: '' }, [], true],
    [{ TERM: 'dumb' }, [], false],
    [{ FORCE_COLOR: '0' }, [], false],
    [{}, ['--no-color'], false],
  ])('env %j, flags %j: colour %s', (colorEnv, flags, coloured) => {
    const r = onTerminal(colorEnv as Record<string, string>, ...(flags as string[]));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('misspelled-init');
    expect(r.stdout.includes(ESC)).toBe(coloured);
  });
});
