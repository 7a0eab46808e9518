/**
 * GitLab Code Quality (a CodeClimate subset). Fingerprints hash the rule, the path and the message,
 * never line numbers, so they survive edits; repeats get the previous fingerprint as salt, so every
 * fingerprint in a report is unique (GitLab shows one issue per fingerprint).
 */
import { createHash } from 'node:crypto';
import { asciiControls } from './escape';
import type { Diagnostic } from '../types';
import type { Report } from './format';

/**
 * The fingerprint of each finding, in order: a hash of its rule, `pathOf` its location and its
 * message; a repeat is salted with the fingerprint before it. The baseline file uses the same ones.
 */
export function fingerprints(diagnostics: readonly Diagnostic[], pathOf: (d: Diagnostic) => string = (d) => d.location.path): string[] {
  const seen = new Set<string>();
  return diagnostics.map((d) => {
    const p = pathOf(d);
    let fingerprint = hash(`dunderlint\0${d.rule}\0${p}\0${d.message}`);
    while (seen.has(fingerprint)) fingerprint = hash(`${fingerprint}\0${d.rule}\0${p}`);
    seen.add(fingerprint);
    return fingerprint;
  });
}

export function gitlab(report: Report): string {
  const prints = fingerprints(report.diagnostics);
  const issues = report.diagnostics.map((d, i) => {
    const fingerprint = prints[i]!;
    return {
      // GitLab does not show check_name, so the rule goes in front of the description.
      description: `${d.rule}: ${d.message}`,
      check_name: d.rule,
      fingerprint,
      severity: d.severity === 'error' ? 'major' : 'minor',
      location: {
        path: d.location.path,
        positions: {
          begin: { line: d.location.start.line, column: d.location.start.column },
          end: { line: d.location.end.line, column: d.location.end.column },
        },
      },
    };
  });
  return `${asciiControls(JSON.stringify(issues, null, 2))}\n`;
}

function hash(s: string): string {
  return createHash('sha256').update(s).digest('hex').slice(0, 32);
}
