/**
 * The built binary for tests of hostile trees: killed after 20 s (a run that blocks on a FIFO must
 * fail its test, not hang it), with its own environment, optionally as user nobody.
 */
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { git } from './tree';

const BIN = path.join(__dirname, '..', '..', 'bin', 'dunderlint.js');
export const NOBODY = 65534;

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  input?: string;
  /** Added to (and overriding) this process's environment. */
  env?: NodeJS.ProcessEnv;
  /** Run as user nobody: we are root here, and root reads every folder. */
  asNobody?: boolean;
}

export function dunderlint(cwd: string, args: string[], opts: RunOptions = {}): Run {
  const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', DUNDERLINT_NO_CACHE: '', ...opts.env };
  const argv = [BIN, ...args];
  const r = opts.asNobody
    ? spawnSync('setpriv', [`--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups', process.execPath, ...argv], { cwd, env, input: opts.input ?? '', encoding: 'utf8', timeout: 20_000 })
    : spawnSync(process.execPath, argv, { cwd, env, input: opts.input ?? '', encoding: 'utf8', timeout: 20_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The `dunderlint: warning: …` lines of stderr. */
export const warnings = (r: Run): string[] => r.stderr.split('\n').filter((l) => l.startsWith('dunderlint: warning: '));

/** `rule path` of each finding of a `--format json` run. */
export const findings = (r: Run): string[] =>
  (JSON.parse(r.stdout).diagnostics as Array<{ rule: string; path: string }>).map((d) => `${d.rule} ${d.path}`);

export const commit = (dir: string, ...args: string[]): string => git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', ...args);
