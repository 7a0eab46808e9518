/**
 * GitHub Actions workflow commands (`::error file=…,line=…::message`), one per finding, laid out as
 * ruff does, with the escaping of actions/toolkit (ruff does not escape; oxlint does).
 */
import type { Report } from './format';

/** Message data: `%`, CR and LF. */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Property values: the same plus `:` and `,`, which delimit properties. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function github(report: Report): string {
  return report.diagnostics
    .map((d) => {
      const { path, start, end } = d.location;
      const props = [`title=${escapeProperty(`dunderlint (${d.rule})`)}`, `file=${escapeProperty(path)}`, `line=${start.line}`];
      // GitHub rejects a column when the range spans lines.
      if (start.line === end.line) props.push(`col=${start.column}`, `endLine=${end.line}`, `endColumn=${end.column}`);
      else props.push(`endLine=${end.line}`);
      const level = d.severity === 'error' ? 'error' : 'warning';
      // The data repeats the location: properties feed the annotation, the log shows only the data.
      return `::${level} ${props.join(',')}::${escapeData(`${path}:${start.line}:${start.column}: ${d.rule} ${d.message}`)}\n`;
    })
    .join('');
}
