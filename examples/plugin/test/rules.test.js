// The plugin's tests: `npm test` (node --test). The RuleTester registers a test per case.
const { describe, it } = require('node:test');
const { RuleTester } = require('dunderlint/rule-tester');
const plugin = require('..');
const cases = require('./cases');

RuleTester.describe = describe;
RuleTester.it = it;

for (const [id, rule] of Object.entries(plugin.rules)) {
  new RuleTester().run({ ...rule, id }, cases[id]);
}
