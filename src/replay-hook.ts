/**
 * Where the parts of a run tell the recorder of src/replay.ts what they read and wrote. Its own
 * small module: git.ts and modules.ts (which the scan worker bundles) need only this, and the
 * recorder lives in the replay bundle, a module instance of its own: hence a global.
 */

/** How a git command's environment was made (see host/git-env.ts). */
export type GitEnvMode = 'inherit' | 'literal' | 'plain';

/** What the bundle tells the recorder (through a global: the bundle is a module instance of its own). */
export interface RunRecorder {
  git(call: { cwd: string; args: readonly string[]; env: GitEnvMode; input: Uint8Array | null; error: Error | undefined; stdout: Uint8Array | string; stderr: Uint8Array | string; status: number | null }): void;
  output(fd: 1 | 2, text: string): void;
  /** A file read whose content git's listing vouches for (tracked, unmodified): a replay reruns the listing instead of a stat. */
  vouched(abs: string): void;
  /** The run may be replayed; its facts cache files (their folders are not inputs). */
  replayable(cacheFiles: readonly string[]): void;
  /** It will not be (its options are those of a run never replayed, or its report could not be written): stop watching. */
  discard(): void;
  finish(code: number): void;
}

export const RECORDER = Symbol.for('dunderlint.run-recorder');

export function recorder(): RunRecorder | undefined {
  return (globalThis as Record<symbol, RunRecorder | undefined>)[RECORDER];
}
