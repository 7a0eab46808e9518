/**
 * GitLab Code Quality (a CodeClimate subset). Fingerprints hash the rule, the path and the message,
 * never line numbers, so they survive edits; repeats get the previous fingerprint as salt, so every
 * fingerprint in a report is unique (GitLab shows one issue per fingerprint).
 */
import { createHash } from 'node:crypto';
import { asciiControls } from './escape';
import type { Report } from './format';

export function gitlab(report: Report): string {
  const seen = new Set<string>();
  const issues = report.diagnostics.map((d) => {
    let fingerprint = hash(`dunderlint\0${d.rule}\0${d.location.path}\0${d.message}`);
    while (seen.has(fingerprint)) fingerprint = hash(`${fingerprint}\0${d.rule}\0${d.location.path}`);
    seen.add(fingerprint);
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
