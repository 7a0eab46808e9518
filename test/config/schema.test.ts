/** docs/dunderlint.schema.json: generated from the config keys and rule registry, true to the docs' examples. */
import Ajv, { type ValidateFunction } from 'ajv';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { builtinRules } from '../../rules';
import { ConfigError, loadConfig } from '../../src/config/config';
import { defineRule, type OptionSpec } from '../../src/engine/rule';
import { renderConfigSchema, SCHEMA_FILE } from '../../src/docs-index';
import { makeTree } from '../helpers/tree';

const root = path.join(__dirname, '..', '..');
const committed = fs.readFileSync(path.join(root, SCHEMA_FILE), 'utf8');

function validator(): ValidateFunction {
  // strict: an unknown keyword or a malformed schema is an error; markdownDescription is the one
  // non-standard keyword, which VS Code and taplo show on hover.
  const ajv = new Ajv({ strict: true, strictTuples: false, allErrors: true });
  ajv.addKeyword('markdownDescription');
  return ajv.compile(JSON.parse(committed));
}

/** Every fenced ```toml block of README.md and docs/**\/*.md that has a [tool.dunderlint] table. */
function docExamples(): Array<[string, Record<string, unknown>]> {
  const files = ['README.md', ...fs.readdirSync(path.join(root, 'docs'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.md'))
    .map((f) => path.join('docs', f))];
  const out: Array<[string, Record<string, unknown>]> = [];
  for (const file of files) {
    const text = fs.readFileSync(path.join(root, file), 'utf8');
    for (const m of text.matchAll(/^```toml\n([\s\S]*?)^```/gm)) {
      const doc = parseToml(m[1]!) as { tool?: { dunderlint?: Record<string, unknown> } };
      const line = text.slice(0, m.index).split('\n').length;
      if (doc.tool?.dunderlint) out.push([`${file}:${line}`, doc.tool.dunderlint]);
    }
  }
  return out;
}

/** What dunderlint itself says of a `[tool.dunderlint]` table: null when it accepts it. */
function loaderError(table: Record<string, unknown>): string | null {
  const dir = makeTree({ 'dunderlint.toml': '' });
  fs.writeFileSync(path.join(dir, 'dunderlint.toml'), tomlOf(table));
  try {
    // A plugin's rules are known once it loads; here each id the example names stands for one.
    const named = [table['rules'], ...Object.values((table['per-file-ignores'] ?? {}) as Record<string, string[]>)];
    const rules = [...new Set(named.flatMap((v) => (Array.isArray(v) ? v : Object.keys((v ?? {}) as object))).filter((id) => String(id).includes('/')))];
    const settings = (table['rules'] ?? {}) as Record<string, unknown>;
    const pluginRules = rules.map((id) => {
      // The options the example gives, with the types it gives them.
      const given = Array.isArray(settings[id]) ? ((settings[id] as unknown[])[1] ?? {}) as Record<string, unknown> : {};
      const options = Object.fromEntries(Object.entries(given).map(([name, v]) => [name, { type: (Array.isArray(v) ? 'string[]' : typeof v) as OptionSpec['type'], default: v, description: name }]));
      return defineRule({ id, meta: { description: id, defaultSeverity: 'warn', messages: {}, options }, create: () => ({}) });
    });
    loadConfig(path.join(dir, 'dunderlint.toml'), dir, [...builtinRules, ...pluginRules], dir);
    return null;
  } catch (e) {
    if (e instanceof ConfigError) return e.message;
    throw e;
  }
}

function tomlOf(table: Record<string, unknown>): string {
  // JSON values are TOML inline values for the strings, arrays and tables used here.
  return Object.entries(table)
    .map(([k, v]) => `"${k}" = ${JSON.stringify(v, null, 0).replace(/"([^"]+)":/g, '"$1" =')}`)
    .join('\n');
}

test('the committed schema is what `npm run docs` generates from the config keys and rules', () => {
  expect(committed).toBe(renderConfigSchema(builtinRules));
});

test('the schema is a standalone draft-07 tool schema, as SchemaStore takes for pyproject.toml sections', () => {
  const schema = JSON.parse(committed);
  expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
  expect(schema.$id).toMatch(/^https:\/\/.*\/docs\/dunderlint\.schema\.json$/);
  expect(schema).toMatchObject({ title: 'dunderlint', type: 'object', additionalProperties: false });
  for (const key of Object.values(schema.properties) as Array<Record<string, string>>) {
    expect(key.description).toBeTruthy();
    expect(key.markdownDescription).toContain('https://');
  }
  expect(Object.keys(schema.properties.rules.properties)).toEqual(builtinRules.map((r) => r.id));
  expect(schema.definitions.severity.enum).toEqual(['off', 'warn', 'error']);
});

test('every [tool.dunderlint] example in README.md and docs/ is valid under the schema and accepted by dunderlint', () => {
  const validate = validator();
  const examples = docExamples();
  expect(examples.length).toBeGreaterThanOrEqual(2);
  for (const [where, table] of examples) {
    expect({ where, valid: validate(table), errors: validate.errors ?? null }).toEqual({ where, valid: true, errors: null });
    expect({ where, error: loaderError(table) }).toEqual({ where, error: null });
  }
});

test.each<[string, Record<string, unknown>]>([
  ['a misspelled key', { 'namespace-package': ['acme/plugins'] }],
  ['an unknown rule', { rules: { 'missing-inti': 'error' } }],
  ['a bad severity', { rules: { 'missing-init': 'warning' } }],
  ['a bad severity with options', { rules: { 'bytecode-tracked': ['on', { allow: [] }] } }],
  ['an unknown rule option', { rules: { 'bytecode-tracked': ['error', { alow: ['vendor/**'] }] } }],
  ['an option of the wrong type', { rules: { 'bytecode-tracked': ['error', { allow: 'vendor/**' }] } }],
  ['a string where a list goes', { src: 'src' }],
  ['an unknown rule in per-file-ignores', { 'per-file-ignores': { 'tests/**': ['missing-inti'] } }],
  ['a bad severity for a plugin rule', { plugins: ['./rules.js'], rules: { 'acme/no-tests-in-wheel': 'warning' } }],
  ['an empty baseline path', { baseline: '' }],
])('the schema rejects %s, as dunderlint does', (_, table) => {
  const validate = validator();
  expect(validate(table)).toBe(false);
  expect(loaderError(table)).not.toBeNull();
});

test.each<[string, Record<string, unknown>]>([
  ['a severity alone in an array', { rules: { 'all-unsorted': ['warn'] } }],
  ['options of a rule that takes none left empty', { rules: { 'all-unsorted': ['warn', {}] } }],
  ['ALL in per-file-ignores', { 'per-file-ignores': { '!src/**': ['ALL'] } }],
  ['an empty table', {}],
  ['a plugin rule with a severity in an array', { plugins: ['./rules.js'], rules: { 'acme/no-tests-in-wheel': ['error'] } }],
  ['a plugin rule in per-file-ignores', { 'per-file-ignores': { 'tests/**': ['acme/no-tests-in-wheel'] } }],
  ['a baseline file', { baseline: 'dunderlint-baseline.json' }],
])('the schema accepts %s, as dunderlint does', (_, table) => {
  const validate = validator();
  expect(validate(table)).toBe(true);
  expect(loaderError(table)).toBeNull();
});
