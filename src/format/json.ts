/** The machine-readable report; `version` changes only when a field changes meaning or goes away. */
import { ruleDocsUrl } from '../package-info';
import { asciiControls } from './escape';
import type { Report } from './format';
import { summaryCounts } from './format';

export function json(report: Report): string {
  const diagnostics = report.diagnostics.map((d) => ({
    rule: d.rule,
    url: ruleDocsUrl(d.rule),
    severity: d.severity,
    message: d.message,
    path: d.location.path,
    line: d.location.start.line,
    column: d.location.start.column,
    endLine: d.location.end.line,
    endColumn: d.location.end.column,
    fix: d.fix,
    related: d.related.map((r) => ({
      message: r.message,
      path: r.location.path,
      line: r.location.start.line,
      column: r.location.start.column,
    })),
  }));
  const summary = { ...summaryCounts(report.diagnostics), files: report.files };
  return `${asciiControls(JSON.stringify({ version: 1, diagnostics, summary }, null, 2))}\n`;
}
