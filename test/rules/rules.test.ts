/** Runs every rule's cases (`test/rules/<id>.cases.ts`) through the public RuleTester. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { builtinRules } from '../../rules';
import { RuleTester, type RuleCases } from '../../src/rule-tester';

for (const rule of builtinRules) {
  const file = path.join(__dirname, `${rule.id}.cases.ts`);
  if (!fs.existsSync(file)) {
    it(`${rule.id} has fixtures`, () => expect(`${file} missing`).toBe('present'));
    continue;
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const cases = (require(file) as { default: RuleCases }).default;
  void new RuleTester().run(rule, cases);
}
