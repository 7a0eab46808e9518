/**
 * Suites that need a tool from outside the project (pre-commit, python3, pyright, the build
 * backends, patch, script(1), …). Without it their tests are skipped and one line on stderr says
 * which file and why, so a short run is not mistaken for a full one; in CI (`CI` set), where
 * .ci/run installs them all, a missing tool fails the file instead.
 */
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

/** Whether `command args` runs and exits 0 (`--version` by default). */
export function runs(command: string, ...args: string[]): boolean {
  return spawnSync(command, args.length ? args : ['--version'], { stdio: 'ignore' }).status === 0;
}

/**
 * `describe` and `it`, or their `.skip` after saying why when `missing` is a reason (e.g.
 * "pre-commit is not installed (.ci/run installs it)").
 */
export function needs(missing: string | null): { describe: jest.Describe; it: jest.It } {
  if (!missing) return { describe, it };
  if (process.env['CI']) throw new Error(`${missing}; CI must run every test`);
  const file = path.relative(process.cwd(), expect.getState().testPath ?? 'this file');
  process.stderr.write(`skipping tests in ${file}: ${missing}\n`);
  return { describe: describe.skip, it: it.skip };
}
