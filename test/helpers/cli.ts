/** Runs the built `dunderlint` binary, as a user would. `npm test` builds it first. */
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

const BIN = path.join(__dirname, '..', '..', 'bin', 'dunderlint.js');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function cli(cwd: string, ...args: string[]): CliResult {
  return cliWithInput(cwd, '', ...args);
}

/** The binary with `input` on its stdin (for `--stdin-filename`). */
export function cliWithInput(cwd: string, input: string, ...args: string[]): CliResult {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '' },
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

export function json(r: CliResult): { diagnostics: Array<Record<string, any>>; summary: Record<string, number> } {
  return JSON.parse(r.stdout);
}
