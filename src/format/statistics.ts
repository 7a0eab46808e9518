/** `--statistics` (ruff's flag) and `--list-rules`: tables for people, JSON for tools. */
import type { Rule } from '../engine/rule';
import { ruleDocsUrl } from '../package-info';
import type { Diagnostic } from '../types';
import { visible } from './escape';
import { fixable } from './format';

/** Findings per rule, most frequent first: `count<TAB>rule<TAB>[*]<TAB>description` (ruff's columns). */
export function statistics(diagnostics: readonly Diagnostic[], rules: readonly Rule[], asJson: boolean): string {
  const byRule = new Map<string, { count: number; fixable: boolean }>();
  for (const d of diagnostics) {
    const entry = byRule.get(d.rule) ?? { count: 0, fixable: false };
    entry.count++;
    entry.fixable ||= fixable(d);
    byRule.set(d.rule, entry);
  }
  const rows = [...byRule].map(([rule, e]) => ({ rule, ...e }));
  if (asJson) {
    rows.sort((a, b) => (a.rule < b.rule ? -1 : 1));
    return `${JSON.stringify(rows.map((r) => ({ rule: r.rule, count: r.count, fixable: r.fixable, url: ruleDocsUrl(r.rule) })), null, 2)}\n`;
  }
  rows.sort((a, b) => b.count - a.count || (a.rule < b.rule ? -1 : 1));
  const description = new Map(rules.map((r) => [r.id, r.meta.description]));
  return rows.map((r) => `${r.count}\t${visible(r.rule)}\t${r.fixable ? '[*]' : ''}\t${visible(description.get(r.rule) ?? '')}\n`).join('');
}

/** `--list-rules`: id, default severity, fix, description; as JSON with each rule's docs URL. */
export function ruleList(rules: readonly Rule[], asJson: boolean): string {
  if (asJson) {
    const list = rules.map((r) => ({
      id: r.id,
      severity: r.meta.defaultSeverity,
      fixable: r.meta.fixable ?? null,
      description: r.meta.description,
      url: r.meta.docs?.url ?? ruleDocsUrl(r.id),
    }));
    return `${JSON.stringify(list, null, 2)}\n`;
  }
  const w = Math.max(...rules.map((r) => r.id.length));
  return rules
    .map((r) => {
      const fix = r.meta.fixable ? `fix:${r.meta.fixable}` : '';
      return `${r.id.padEnd(w)}  ${r.meta.defaultSeverity.padEnd(5)}  ${fix.padEnd(10)}  ${r.meta.description}\n`;
    })
    .join('');
}
