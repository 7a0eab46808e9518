/** The public RuleTester (src/rule-tester.ts), under the name older tests use. */
import type { Rule } from '../../src/engine/rule';
import { RuleTester, type RuleCases } from '../../src/rule-tester';

export type { ExpectedError, InvalidCase, RuleCases, ValidCase } from '../../src/rule-tester';

export function runRuleTester(rule: Rule, cases: RuleCases): void {
  void new RuleTester().run(rule, cases);
}
