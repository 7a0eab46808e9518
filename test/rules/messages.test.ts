/**
 * Rule messages stay short: at most 120 characters, the consequence in the message and the long
 * explanation in the rule's docs page (`--explain`). Every message shape of every rule is rendered
 * through the rule's fixtures (test/rules/<id>.cases.ts), with the data the rule really reports.
 *
 * What is measured: the message with each value taken from the user's project (a name, a path, a
 * code excerpt, and what a clause the rule words quotes in backticks) cut to 20 characters, since a
 * project's own long names are no fault of the message; the rest of a value the rule words itself
 * (a consequence, a reason, a count) is measured whole. So a message may exceed 120 characters by
 * what its project names have beyond 20 characters each.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { builtinRules } from '../../rules';
import type { Report, Rule } from '../../src/engine/rule';
import { lint } from '../../src/lint';
import type { RuleCases } from '../helpers/rule-tester';
import { makeTree } from '../helpers/tree';

const MAX_LENGTH = 120;
const NAME_ALLOWANCE = 20;
/** Data keys whose values come from the linted project: names, paths, source excerpts. */
const PROJECT_VALUES = new Set(['name', 'names', 'text', 'pkg', 'dir', 'target', 'module', 'suggestion', 'statement', 'source', 'setting', 'file', 'value', 'parent', 'first', 'type', 'left', 'right']);

/** The message with project values cut to NAME_ALLOWANCE characters. */
function measured(template: string, data: Report['data'] = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key: string) => {
    if (!(key in data)) return whole;
    const value = String(data[key]);
    if (PROJECT_VALUES.has(key)) return cut(value);
    // A clause the rule words may quote the project in backticks (`find_packages()`).
    return value.replace(/`([^`]*)`/g, (_, quoted: string) => `\`${cut(quoted)}\``);
  });
}

function cut(value: string): string {
  return Array.from(value).slice(0, NAME_ALLOWANCE).join('');
}

/** The rule with every report it makes recorded. */
function recording(rule: Rule, reports: Report[]): Rule {
  return {
    ...rule,
    create(context) {
      return rule.create({
        project: context.project,
        options: context.options,
        report(r) {
          reports.push(r);
          context.report(r);
        },
      });
    },
  };
}

function casesOf(rule: Rule): RuleCases {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require(path.join(__dirname, `${rule.id}.cases.ts`)) as { default: RuleCases }).default;
}

describe.each(builtinRules.map((r) => [r.id, r] as const))('%s', (_id, rule) => {
  it(`every message shape, rendered through the fixtures, is at most ${MAX_LENGTH} characters (project names counted up to ${NAME_ALLOWANCE})`, async () => {
    const reports: Report[] = [];
    for (const c of casesOf(rule).invalid) {
      const tree = { ...c.tree };
      if (c.options) tree['.dunderlint.toml'] = `[rules]\n"${rule.id}" = ["error", { ${Object.entries(c.options).map(([k, v]) => `${k} = ${JSON.stringify(v)}`).join(', ')} }]\n`;
      await lint({ cwd: makeTree(tree, c.git ?? 'none'), rules: [recording(rule, reports)] });
    }
    const shown = new Set(reports.map((r) => r.messageId));
    expect(Object.keys(rule.meta.messages).filter((id) => !shown.has(id))).toEqual([]);
    const tooLong = reports
      .map((r) => measured(rule.meta.messages[r.messageId]!, r.data))
      .filter((m) => m.length > MAX_LENGTH)
      .map((m) => `${m.length}: ${m}`);
    expect([...new Set(tooLong)]).toEqual([]);
  });

  it('has a docs page that --explain prints', () => {
    expect(fs.existsSync(path.join(__dirname, '..', '..', 'docs', 'rules', `${rule.id}.md`))).toBe(true);
  });
});

describe('a missing comma in __all__ is reported once, by all-implicit-concat', () => {
  it.each([
    ['two undefined names', 'x = 1\n__all__ = ["x", "a" "b"]\n'],
    ['the concatenation equal to a listed name', 'ab = 1\n__all__ = ["a" "b", "ab"]\n'],
    ['a listed name equal to the concatenation', 'ab = 1\n__all__ = ["ab", "a" "b"]\n'],
    ['across lines', 'a = b = 1\n__all__ = [\n    "a"\n    "b",\n]\n'],
  ])('%s', async (_name, source) => {
    const result = await lint({ cwd: makeTree({ 'm.py': source }) });
    expect(result.diagnostics.map((d) => d.rule)).toEqual(['all-implicit-concat']);
  });
});

it('the messages of the judged findings on real projects (test/ecosystem/baseline.json) keep the same bound', () => {
  const baseline = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'ecosystem', 'baseline.json'), 'utf8')) as { findings: Array<{ message: string }> };
  // What a message quotes (in backticks or double quotes) is the project's: counted up to 20 characters.
  const quoted = (m: string): string => m.replace(/(`[^`]*`|"[^"]*")/g, (q) => `${q[0]}${cut(q.slice(1, -1))}${q[0]}`);
  const tooLong = baseline.findings.map((f) => quoted(f.message)).filter((m) => m.length > MAX_LENGTH);
  expect(tooLong).toEqual([]);
});
