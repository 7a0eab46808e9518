/**
 * No fix contradicts another rule: for every invalid case of every fixable rule, applying the
 * rule's fixes and then running every rule finds nothing that was not found before.
 */
import * as path from 'node:path';
import { builtinRules } from '../../rules';
import { lint } from '../../src/lint';
import type { Diagnostic } from '../../src/types';
import type { RuleCases } from '../../src/rule-tester';
import { makeTree } from '../helpers/tree';

const key = (d: Diagnostic): string => `${d.rule} ${d.location.path}: ${d.message}`;

for (const rule of builtinRules.filter((r) => r.meta.fixable)) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const cases = (require(path.join(__dirname, `${rule.id}.cases.ts`)) as { default: RuleCases }).default;
  describe(`${rule.id}: its fixes create no finding of any rule`, () => {
    for (const c of cases.invalid.filter((x) => x.output || x.untracked)) {
      it(c.name, async () => {
        const dir = makeTree(c.tree, c.git ?? 'none');
        const all = builtinRules.map((r) => `${r.id}:error`);
        const before = new Set((await lint({ cwd: dir, ruleOverrides: all })).diagnostics.map(key));
        await lint({ cwd: dir, rules: [rule], fix: true, unsafeFixes: true });
        const after = (await lint({ cwd: dir, ruleOverrides: all })).diagnostics.map(key);
        expect(after.filter((k) => !before.has(k))).toEqual([]);
      });
    }
  });
}
