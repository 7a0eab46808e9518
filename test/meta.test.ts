/** The rule set is whole: registry = files, and every rule has docs and fixtures both ways. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { builtinRules } from '../rules';
import { CONFIG_KEYS } from '../src/config/config';
import { GENERATED_BLOCKS, withGeneratedBlock } from '../src/docs-index';
import type { RuleCases } from '../src/rule-tester';

const root = path.join(__dirname, '..');
const ruleFiles = fs
  .readdirSync(path.join(root, 'rules'))
  .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
  .map((f) => f.slice(0, -3))
  .sort();
const docPages = fs
  .readdirSync(path.join(root, 'docs', 'rules'))
  .filter((f) => f.endsWith('.md') && f !== 'README.md')
  .map((f) => f.slice(0, -3))
  .sort();

test('rules/index.ts lists exactly the files in rules/, sorted by id', () => {
  const ids = builtinRules.map((r) => r.id);
  expect(ids).toEqual([...ids].sort());
  expect(ids).toEqual(ruleFiles);
});

test('every docs page belongs to a rule', () => {
  expect(docPages).toEqual(builtinRules.map((r) => r.id));
});

describe.each(builtinRules.map((r) => [r.id, r] as const))('%s', (id, rule) => {
  const page = path.join(root, 'docs', 'rules', `${id}.md`);

  test('has a docs page that starts with its id and documents every option', () => {
    expect(fs.existsSync(page)).toBe(true);
    const text = fs.readFileSync(page, 'utf8');
    expect(text.startsWith(`# ${id}\n`)).toBe(true);
    for (const option of Object.keys(rule.meta.options ?? {})) expect(text).toContain(`\`${option}\``);
    expect(text).toContain(rule.meta.fixable ? `**Fix:** ${rule.meta.fixable}` : '**Fix:** none');
  });

  test('has valid and invalid fixtures', () => {
    const file = path.join(__dirname, 'rules', `${id}.cases.ts`);
    expect(fs.existsSync(file)).toBe(true);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const cases = (require(file) as { default: RuleCases }).default;
    expect(cases.valid.length).toBeGreaterThan(0);
    expect(cases.invalid.length).toBeGreaterThan(0);
    if (rule.meta.fixable) expect(cases.invalid.some((c) => c.output || c.untracked)).toBe(true);
  });

  test('has a message that states a consequence, and a description', () => {
    expect(rule.meta.description.length).toBeGreaterThan(10);
    for (const m of Object.values(rule.meta.messages)) expect(m.length).toBeGreaterThan(40);
  });
});

test.each(GENERATED_BLOCKS.map((b) => [b.name, b.file, b] as const))('the %s block in %s is generated from rule metadata (npm run docs)', (_, file, block) => {
  const text = fs.readFileSync(path.join(root, file), 'utf8');
  expect(text).toBe(withGeneratedBlock(text, block, builtinRules));
});

test('docs/configuration.md documents every config key', () => {
  const text = fs.readFileSync(path.join(root, 'docs', 'configuration.md'), 'utf8');
  for (const key of CONFIG_KEYS) expect(text).toContain(`### \`${key}\``);
});
