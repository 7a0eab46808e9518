/** What every formatter receives, and the registry the `--format` choices come from. */
import type { Diagnostic } from '../types';
import { concise } from './concise';
import { json } from './json';
import { stylish } from './stylish';

export interface Report {
  /** Paths are posix and relative to the working directory. */
  diagnostics: Diagnostic[];
  /** Number of files the run looked at. */
  files: number;
  color: boolean;
  /** Fixable findings whose fix is unsafe (needs `--unsafe-fixes`). */
  hiddenUnsafeFixes: number;
}

export type Formatter = (report: Report) => string;

export const FORMATTERS: Record<string, Formatter> = { concise, json, stylish };

export function summaryCounts(diagnostics: readonly Diagnostic[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const d of diagnostics) if (d.severity === 'error') errors++;
  return { errors, warnings: diagnostics.length - errors };
}
