/** CPython's import system as the judge of import rules: run code in a tree, keep the outcome. */
import { spawnSync } from 'node:child_process';
import { installedCPythons, type CPython } from '../conformance/compare';
import type { Rule } from '../../src/engine/rule';
import { lint } from '../../src/lint';

export interface Outcome {
  status: number | null;
  stdout: string;
  /** The last line of stderr: the exception a traceback ends with (empty when none). */
  error: string;
}

/** Runs `python3 args…` in `cwd` (without the user's site folder and PYTHON* variables). */
export function runPython(python: CPython, cwd: string, args: string[]): Outcome {
  const r = spawnSync(python.executable, ['-E', '-s', ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
  const lines = r.stderr.trim().split('\n');
  return { status: r.status, stdout: r.stdout, error: lines[lines.length - 1] ?? '' };
}

/** `import <name>` with `root` as sys.path[0], as an import root is on sys.path. */
export function importModule(python: CPython, root: string, name: string): Outcome {
  return runPython(python, root, ['-c', `import sys; sys.path.insert(0, '.'); import ${name}`]);
}

/** The CPythons to check with; outside CI the caller skips (with the printed reason) when there is none. */
export function cpythonsFor(what: string): CPython[] {
  const found = installedCPythons();
  if (found.length === 0 && process.env.CI) throw new Error(`${what}: python3 is required in CI`);
  if (found.length === 0) console.log(`${what}: no CPython found, checks against the import system skipped`);
  // The oldest and the newest: the import system's messages are the same in between.
  return found.length > 2 ? [found[0]!, found[found.length - 1]!] : found;
}

/** Each finding of one rule as `path:line messageId-ish message`. */
export async function findingsOf(rule: Rule, cwd: string): Promise<Array<{ path: string; line: number; message: string }>> {
  const result = await lint({ cwd, rules: [rule] });
  expect(result.crashes).toEqual([]);
  return result.diagnostics.map((d) => ({ path: d.location.path, line: d.location.start.line, message: d.message }));
}
