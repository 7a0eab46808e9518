/** What every formatter receives, and the registry the `--format` choices come from. */
import type { Diagnostic } from '../types';
import { builtinRules } from '../../rules';
import { concise } from './concise';
import { github } from './github';
import { gitlab } from './gitlab';
import { json } from './json';
import { junit } from './junit';
import { sarifFor } from './sarif';
import { stylish } from './stylish';

export interface Report {
  /** Paths are posix and relative to the working directory. */
  diagnostics: Diagnostic[];
  /** Number of files the run looked at. */
  files: number;
  color: boolean;
  /** Rule ids as OSC 8 hyperlinks to their docs (a terminal that shows them). */
  links?: boolean;
  /** Fixable findings whose fix is unsafe (needs `--unsafe-fixes`). */
  hiddenUnsafeFixes: number;
  /** The working directory the paths are relative to. */
  cwd: string;
}

export type Formatter = (report: Report) => string;

export const FORMATTERS: Record<string, Formatter> = {
  concise,
  github,
  gitlab,
  json,
  junit,
  sarif: sarifFor(new Map(builtinRules.map((r) => [r.id, r]))),
  stylish,
};

/** Whether `--fix` alone fixes the finding: ruff's `[*]`. */
export function fixable(d: Diagnostic): boolean {
  return d.fix?.applicability === 'safe';
}

export function summaryCounts(diagnostics: readonly Diagnostic[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const d of diagnostics) if (d.severity === 'error') errors++;
  return { errors, warnings: diagnostics.length - errors };
}
