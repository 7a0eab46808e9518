/** ESLint's stylish layout: findings grouped under their file, then a one-line tally. */
import { styleText } from 'node:util';
import type { Report } from './format';
import { summaryCounts } from './format';

export function stylish(report: Report): string {
  const paint = (style: Parameters<typeof styleText>[0], s: string): string =>
    report.color ? styleText(style, s) : s;
  const byFile = new Map<string, Report['diagnostics']>();
  for (const d of report.diagnostics) {
    const list = byFile.get(d.location.path) ?? [];
    list.push(d);
    byFile.set(d.location.path, list);
  }
  let out = '';
  for (const [file, list] of byFile) {
    out += `\n${paint('underline', file)}\n`;
    const rows = list.map((d) => ({
      pos: `${d.location.start.line}:${d.location.start.column}`,
      sev: d.severity,
      msg: d.message,
      rule: d.rule,
    }));
    const posW = Math.max(...rows.map((r) => r.pos.length));
    const sevW = Math.max(...rows.map((r) => r.sev.length));
    for (const r of rows) {
      const sev = paint(r.sev === 'error' ? 'red' : 'yellow', r.sev.padEnd(sevW));
      out += `  ${paint('dim', r.pos.padEnd(posW))}  ${sev}  ${r.msg}  ${paint('dim', r.rule)}\n`;
    }
  }
  const total = report.diagnostics.length;
  if (total === 0) return out;
  const { errors, warnings } = summaryCounts(report.diagnostics);
  const plural = (n: number, w: string): string => `${n} ${w}${n === 1 ? '' : 's'}`;
  out += `\n${paint(errors ? 'red' : 'yellow', `✖ ${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`)}\n`;
  const fixable = report.diagnostics.filter((d) => d.fix?.applicability === 'safe').length;
  if (fixable) out += `  ${plural(fixable, 'problem')} fixable with the \`--fix\` option.\n`;
  if (report.hiddenUnsafeFixes) {
    const n = report.hiddenUnsafeFixes;
    out += `  ${n} more ${n === 1 ? 'problem is' : 'problems are'} fixable with \`--fix --unsafe-fixes\`.\n`;
  }
  return out;
}
