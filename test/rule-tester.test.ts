/** The public RuleTester (dunderlint/rule-tester) outside jest: plain node, and node --test. */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { makeTree } from './helpers/tree';

const ROOT = path.join(__dirname, '..');

/** A project with dunderlint installed (this checkout) and `script` as run.js. */
function runScript(script: string, ...nodeArgs: string[]) {
  const dir = makeTree({ 'run.js': script });
  fs.mkdirSync(path.join(dir, 'node_modules'));
  fs.symlinkSync(ROOT, path.join(dir, 'node_modules', 'dunderlint'), 'dir');
  return spawnSync(process.execPath, [...nodeArgs, 'run.js'], { cwd: dir, encoding: 'utf8' });
}

const RULE = `
const rule = {
  meta: { description: 'no bad.py', defaultSeverity: 'error', fixable: 'safe', messages: { bad: '{{path}} is bad' } },
  create: (context) => ({
    file(file) {
      if (file.name !== 'bad.py') return;
      context.report({
        messageId: 'bad', data: { path: file.path }, at: { path: file.path, start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
        fix: { description: 'mark', applicability: 'safe', operations: [{ kind: 'appendLines', path: 'NOTES', lines: ['bad.py is bad'] }] },
      });
    },
  }),
};
`;

describe('RuleTester without a test framework', () => {
  it('run() runs every case itself and resolves when all pass', () => {
    const r = runScript(`${RULE}
const { RuleTester } = require('dunderlint/rule-tester');
new RuleTester().run(rule, {
  valid: [{ name: 'fine', tree: { 'good.py': '' } }],
  invalid: [{ name: 'bad', tree: { 'bad.py': '' }, errors: [{ path: 'bad.py', line: 1, messageId: 'bad' }], output: { NOTES: 'bad.py is bad\\n' }, remainingAfterFix: 1 }],
}).then(() => console.log('all passed'));
`);
    expect({ code: r.status, stdout: r.stdout, stderr: r.stderr }).toEqual({ code: 0, stdout: 'all passed\n', stderr: '' });
  });

  it('run() rejects with an assertion error naming each failed case and what differed', () => {
    const r = runScript(`${RULE}
const { RuleTester } = require('dunderlint/rule-tester');
new RuleTester().run(rule, {
  valid: [{ name: 'not valid at all', tree: { 'bad.py': '' } }],
  invalid: [
    { name: 'wrong line', tree: { 'bad.py': '' }, errors: [{ path: 'bad.py', line: 3 }] },
    { name: 'wrong output', tree: { 'bad.py': '' }, errors: [{ path: 'bad.py' }], output: { NOTES: 'other\\n' } },
  ],
}).catch((e) => { console.log(e.name + '\\n' + e.message); });
`);
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('AssertionError');
    expect(lines[1]).toBe('3 of 3 cases failed:');
    expect(r.stdout).toContain('rule-under-test › valid › not valid at all: a valid case has no findings');
    expect(r.stdout).toContain('rule-under-test › invalid › wrong line: finding 1 (bad.py:1:1 bad.py is bad): line');
    expect(r.stdout).toContain('rule-under-test › invalid › wrong output: after --fix, the content of NOTES');
  });

  it('under node --test with RuleTester.describe and RuleTester.it, a failing case fails the run', () => {
    const r = runScript(`${RULE}
const { describe, it } = require('node:test');
const { RuleTester } = require('dunderlint/rule-tester');
RuleTester.describe = describe;
RuleTester.it = it;
new RuleTester().run({ ...rule, id: 'no-bad' }, {
  valid: [{ name: 'fine', tree: { 'good.py': '' } }],
  invalid: [{ name: 'expects nothing', tree: { 'bad.py': '' }, errors: [] }],
});
`, '--test');
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/ok 1 - fine/);
    expect(r.stdout).toMatch(/not ok 1 - expects nothing/);
    expect(r.stdout).toMatch(/# pass 1\n# fail 1\n/);
  });
});
