/**
 * The built binary for tests of hostile trees: killed after 20 s (a run that blocks on a FIFO must
 * fail its test, not hang it), with its own environment, optionally as user nobody.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { git } from './tree';

const ROOT = path.join(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'dunderlint.js');
export const NOBODY = 65534;
/** `setpriv` arguments that run the rest of its command line as user nobody, without root's groups. */
export const AS_NOBODY = [`--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups'];

let binForNobody: string | undefined;

/**
 * The built CLI where user nobody can run it: this checkout's, or, when nobody cannot reach it (a
 * clone in a `mktemp -d` folder, mode 700), a copy of what the package ships in a folder all can read.
 */
export function nobodyBin(): string {
  if (binForNobody) return binForNobody;
  const reachable = spawnSync('setpriv', [...AS_NOBODY, process.execPath, '-e', `require('fs').accessSync(${JSON.stringify(BIN)}, require('fs').constants.R_OK)`]).status === 0;
  if (reachable) return (binForNobody = BIN);
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'dunderlint-nobody-'));
  fs.chmodSync(copy, 0o755);
  for (const part of ['package.json', 'bin', 'dist/bundle', 'docs']) fs.cpSync(path.join(ROOT, part), path.join(copy, part), { recursive: true });
  return (binForNobody = path.join(copy, 'bin', 'dunderlint.js'));
}

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
  const r = opts.asNobody
    ? spawnSync('setpriv', [...AS_NOBODY, process.execPath, nobodyBin(), ...args], { cwd, env, input: opts.input ?? '', encoding: 'utf8', timeout: 20_000 })
    : spawnSync(process.execPath, [BIN, ...args], { cwd, env, input: opts.input ?? '', encoding: 'utf8', timeout: 20_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The `dunderlint: warning: …` lines of stderr. */
export const warnings = (r: Run): string[] => r.stderr.split('\n').filter((l) => l.startsWith('dunderlint: warning: '));

/** `rule path` of each finding of a `--format json` run. */
export const findings = (r: Run): string[] =>
  (JSON.parse(r.stdout).diagnostics as Array<{ rule: string; path: string }>).map((d) => `${d.rule} ${d.path}`);

export const commit = (dir: string, ...args: string[]): string => git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', ...args);
