/** ESLint's stylish layout: findings grouped under their file, then a one-line tally. */
import { visible } from './escape';
import { ruleDocsUrl } from '../package-info';
import type { Report } from './format';
import { fixable, summaryCounts } from './format';

/**
 * SGR codes to turn a style on and off. Written here rather than with util.styleText, which
 * second-guesses the caller: it drops colour when stdout is not a terminal (`--color` asked for it)
 * and makes Node print a warning when NO_COLOR and FORCE_COLOR are both set.
 */
const STYLES = { red: [31, 39], yellow: [33, 39], dim: [2, 22], underline: [4, 24] } as const;

export function stylish(report: Report): string {
  const paint = (style: keyof typeof STYLES, s: string): string =>
    report.color ? `\u001b[${STYLES[style][0]}m${s}\u001b[${STYLES[style][1]}m` : s;
  // OSC 8: the terminal shows the text and opens the URL on a click.
  const link = (id: string, text: string): string => {
    const url = report.links ? ruleDocsUrl(id) : undefined;
    return url ? `\u001b]8;;${url}\u001b\\${text}\u001b]8;;\u001b\\` : text;
  };
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
      msg: `${fixable(d) ? '[*] ' : ''}${visible(d.message)}`,
      rule: link(d.rule, visible(d.rule)),
    }));
    const posW = Math.max(...rows.map((r) => r.pos.length));
    const sevW = Math.max(...rows.map((r) => r.sev.length));
    for (const r of rows) {
      const sev = paint(r.sev === 'error' ? 'red' : 'yellow', r.sev.padEnd(sevW));
      out += `  ${paint('dim', r.pos.padEnd(posW))}  ${sev}  ${r.msg}  ${paint('dim', r.rule)}\n`;
    }
  }
  const total = report.diagnostics.length;
  // As ruff says it: silence would leave a reader unsure the run happened.
  if (total === 0) return 'All checks passed!\n';
  const { errors, warnings } = summaryCounts(report.diagnostics);
  const plural = (n: number, w: string): string => `${n} ${w}${n === 1 ? '' : 's'}`;
  out += `\n${paint(errors ? 'red' : 'yellow', `✖ ${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`)}\n`;
  const fixes = report.diagnostics.filter(fixable).length;
  if (fixes) out += `  ${plural(fixes, 'problem')} fixable with the \`--fix\` option.\n`;
  if (report.hiddenUnsafeFixes) {
    const n = report.hiddenUnsafeFixes;
    out += `  ${n} more ${n === 1 ? 'problem is' : 'problems are'} fixable with \`--fix --unsafe-fixes\`.\n`;
  }
  return out;
}
