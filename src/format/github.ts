/**
 * GitHub Actions workflow commands (`::error file=…,line=…::message`), one per finding, laid out as
 * ruff does, with the escaping of actions/toolkit (ruff does not escape; oxlint does).
 */
import { visible } from './escape';
import type { Report } from './format';

/** Message data: `%`, CR and LF. */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/**
 * Property values: the same plus `:` and `,`, which delimit properties. CR and LF are encoded, so
 * `file=` names the real file; GitHub has no encoding for the other control characters, which are
 * shown as escapes.
 */
export function escapeProperty(s: string): string {
  const shown = s.replace(/[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, visible);
  return escapeData(shown).replace(/:/g, '%3A').replace(/,/g, '%2C');
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
      // The data is shown as text: control characters as escapes, so it stays one line.
      return `::${level} ${props.join(',')}::${escapeData(visible(`${path}:${start.line}:${start.column}: ${d.rule} ${d.message}`))}\n`;
    })
    .join('');
}
