/**
 * `path:line:col: severity rule-id message`, one line each: the shape editors' error parsers expect,
 * with the severity word (`error`/`warning`) they read to tell errors from warnings (as gcc prints it).
 */
import { visible } from './escape';
import { fixable, type Report } from './format';

export function concise(report: Report): string {
  return report.diagnostics
    .map((d) => `${visible(d.location.path)}:${d.location.start.line}:${d.location.start.column}: ${d.severity} ${visible(d.rule)} ${fixable(d) ? '[*] ' : ''}${visible(d.message)}\n`)
    .join('');
}
