/** The CI formats through the built binary: shapes, escaping, and SARIF against the official schema. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv-draft-04';
import { cli } from '../helpers/cli';
import { makeTree } from '../helpers/tree';
import { escapeData, escapeProperty } from '../../src/format/github';

// Two errors and a warning, one of them in a folder whose name holds `%` and `,`.
const tree = {
  'pkg/__init__.py': '',
  'pkg/main.py': 'from pkg.sub import a\n',
  'pkg/sub/a.py': '',
  'pkg/we,ird%/_init_.py': '',
  'pkg/x,y%.py': '',
};

test('github: workflow commands with escaped properties and data', () => {
  const r = cli(makeTree(tree), '--format', 'github');
  expect(r.code).toBe(1);
  const lines = r.stdout.trim().split('\n');
  expect(lines).toHaveLength(3);
  expect(lines[0]).toMatch(/^::error title=dunderlint \(missing-init\),file=pkg\/main\.py,line=1,col=1,endLine=1,endColumn=22::pkg\/main\.py:1:1: missing-init `pkg\.sub` has \d+ imports? but /);
  expect(lines[1]).toMatch(/^::error title=dunderlint \(misspelled-init\),file=pkg\/we%2Cird%25\/_init_\.py,/);
  expect(lines[2]).toMatch(/^::warning title=dunderlint \(invalid-module-name\),file=pkg\/x%2Cy%25\.py,line=1,col=1,endLine=1,endColumn=1::pkg\/x,y%25\.py:1:1: invalid-module-name /);
  expect(escapeData('a%b\r\nc')).toBe('a%25b%0D%0Ac');
  expect(escapeProperty('a:b,c%')).toBe('a%3Ab%2Cc%25');
});

test('sarif validates against the official SARIF 2.1.0 schema', () => {
  const r = cli(makeTree(tree), '--format', 'sarif');
  expect(r.code).toBe(1);
  const log = JSON.parse(r.stdout);
  const schema = JSON.parse(fs.readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
  // The schema's `language` pattern is not valid with the u flag; it is meant for plain RegExp.
  const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false, unicodeRegExp: false });
  const validate = ajv.compile(schema);
  expect(validate(log) ? [] : validate.errors).toEqual([]);
  const run = log.runs[0];
  expect(run.tool.driver.rules.map((x: { id: string }) => x.id)).toEqual(['invalid-module-name', 'missing-init', 'misspelled-init']);
  expect(run.tool.driver.rules[1].helpUri).toBe('https://github.com/dunderlint/dunderlint/blob/main/docs/rules/missing-init.md');
  expect(run.results[0].locations[0].physicalLocation).toEqual({
    artifactLocation: { uri: 'pkg/main.py', uriBaseId: '%SRCROOT%' },
    region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 22 },
  });
  expect(run.results.every((x: { partialFingerprints: Record<string, string> }) => x.partialFingerprints['dunderlint/v1'])).toBe(true);
});

test('gitlab: code quality issues with unique, line-free fingerprints', () => {
  const dir = makeTree(tree);
  const issues = JSON.parse(cli(dir, '--format', 'gitlab').stdout);
  expect(issues[0]).toMatchObject({ check_name: 'missing-init', severity: 'major', location: { path: 'pkg/main.py', positions: { begin: { line: 1, column: 1 } } } });
  expect(issues[0].description.startsWith('missing-init: ')).toBe(true);
  expect(new Set(issues.map((i: { fingerprint: string }) => i.fingerprint)).size).toBe(issues.length);
  // Moving the finding down a line keeps its fingerprint.
  fs.writeFileSync(path.join(dir, 'pkg/main.py'), '\n\nfrom pkg.sub import a\n');
  expect(JSON.parse(cli(dir, '--format', 'gitlab').stdout)[0].fingerprint).toBe(issues[0].fingerprint);
});

test('junit: one suite per file, one failing case per finding; a clean run is one passing case', () => {
  const r = cli(makeTree(tree), '--format', 'junit');
  expect(r.stdout).toContain('<testsuites name="dunderlint" tests="3" failures="3" errors="0">');
  expect(r.stdout).toContain('<testsuite name="pkg/main.py" tests="1" disabled="0" errors="0" failures="1">');
  expect(r.stdout).toContain('<testcase name="dunderlint.missing-init" classname="pkg/main" line="1" column="1">');
  const clean = cli(makeTree({ 'pkg/__init__.py': '' }), '--format', 'junit');
  expect(clean.stdout).toContain('tests="1" failures="0"');
});

test('--output-file writes the report while the console shows stylish', () => {
  const dir = makeTree(tree);
  const r = cli(dir, '--format', 'sarif', '--output-file', 'report.sarif');
  expect(r.code).toBe(1);
  expect(r.stdout).toContain('✖ 3 problems (2 errors, 1 warning)');
  expect(JSON.parse(fs.readFileSync(path.join(dir, 'report.sarif'), 'utf8')).version).toBe('2.1.0');
  const bad = cli(dir, '-o', 'no/such/dir/report.json', '-f', 'json');
  expect(bad.code).toBe(2);
  expect(bad.stderr).toBe('dunderlint: error: --output-file no/such/dir/report.json: ENOENT\n');
});
