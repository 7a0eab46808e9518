/** `path:line:col: rule-id message`, one line each: the shape editors' error parsers expect. */
import type { Report } from './format';

export function concise(report: Report): string {
  return report.diagnostics
    .map((d) => `${d.location.path}:${d.location.start.line}:${d.location.start.column}: ${d.rule} ${d.message}\n`)
    .join('');
}
