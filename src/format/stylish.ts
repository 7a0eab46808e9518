/** ESLint's stylish layout: findings grouped under their file, then a one-line tally. */
import { visible } from './escape';
import type { Report } from './format';
import { summaryCounts } from './format';

/**
 * SGR codes to turn a style on and off. Written here rather than with util.styleText, which
 * second-guesses the caller: it drops colour when stdout is not a terminal (`--color` asked for it)
 * and makes Node print a warning when NO_COLOR and FORCE_COLOR are both set.
 */
const STYLES = { red: [31, 39], yellow: [33, 39], dim: [2, 22], underline: [4, 24] } as const;

export function stylish(report: Report): string {
  const paint = (style: keyof typeof STYLES, s: string): string =>
    report.color ? `\u001b[${STYLES[style][0]}m${s}\u001b[${STYLES[style][1]}m` : s;
  const byFile = new Map<string, Report['diagnostics']>();
  for (const d of report.diagnostics) {
    const list = byFile.get(d.location.path) ?? [];
    list.push(d);
    byFile.set(d.location.path, list);
  }
  let out = '';
  for (const [file, list] of byFile) {
    out += `\n${paint('underline', visible(file))}\n`;
    const rows = list.map((d) => ({
      pos: `${d.location.start.line}:${d.location.start.column}`,
      sev: d.severity,
      msg: visible(d.message),
      rule: visible(d.rule),
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
