/**
 * What people expect of a linter's output, as ruff and ESLint print it: a line on success, `[*]` on
 * fixable findings, `--statistics`, `--list-rules --format json`, and links to each rule's page on
 * the project's public repository.
 */
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { builtinRules } from '../../rules';
import { FORMATTERS } from '../../src/format/format';
import { cli } from '../helpers/cli';
import { makeTree } from '../helpers/tree';

const BIN = path.join(__dirname, '..', '..', 'bin', 'dunderlint.js');
const DOCS = 'https://github.com/dunderlint/dunderlint/blob/main/docs/rules/';

// A missing __init__.py (error, safe fix) and a name listed twice in __all__ (warning, safe fix),
// and a misspelled __init.py (error, unsafe fix).
const tree = {
  'main.py': 'from pkg.sub import m\n',
  'pkg/__init__.py': 'a = 1\n__all__ = ["a", "a"]\n',
  'pkg/sub/m.py': '',
  'q/__init.py': '',
  '.gitignore': '__pycache__/\n*.py[cod]\n',
};

/** The binary with exactly these terminal-related variables. */
function run(dir: string, env: Record<string, string>, ...args: string[]) {
  const base: NodeJS.ProcessEnv = { ...process.env };
  for (const k of ['NO_COLOR', 'FORCE_COLOR', 'NODE_DISABLE_COLORS', 'TERM', 'FORCE_HYPERLINK']) delete base[k];
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, env: { ...base, ...env }, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('stylish', () => {
  it('prints "All checks passed!" when there is nothing to report, and exits 0', () => {
    const r = cli(makeTree({ 'pkg/__init__.py': '', '.gitignore': '__pycache__/\n' }, 'add'));
    expect(r).toEqual({ code: 0, stdout: 'All checks passed!\n', stderr: '' });
  });

  it('machine formats print no such line on success', () => {
    const dir = makeTree({ 'pkg/__init__.py': '' });
    expect(cli(dir, '--format', 'concise').stdout).toBe('');
    expect(JSON.parse(cli(dir, '--format', 'json').stdout).diagnostics).toEqual([]);
  });

  it('marks findings --fix would fix with [*], and no others', () => {
    const r = cli(makeTree(tree));
    const line = (rule: string): string => r.stdout.split('\n').find((l) => l.endsWith(`  ${rule}`))!;
    expect(line('missing-init')).toMatch(/ error {2}\[\*\] `pkg\.sub` has \d+ imports? but /);
    expect(line('all-duplicate')).toMatch(/ warning {2}\[\*\] "a" is already in `__all__`/);
    // Unsafe: --fix alone does not fix it.
    expect(line('misspelled-init')).toMatch(/ error {2}`__init\.py` looks like/);
  });

  it('concise marks fixable findings after the rule id, as ruff does', () => {
    const r = cli(makeTree(tree), '--format', 'concise');
    expect(r.stdout).toMatch(/^main\.py:1:1: error missing-init \[\*\] `pkg\.sub`/m);
    expect(r.stdout).toMatch(/^q\/__init\.py:1:1: error misspelled-init `__init\.py`/m);
  });

  it('links each rule id to its docs page with OSC 8 when hyperlinks are on, and never otherwise', () => {
    const dir = makeTree(tree);
    const link = `\u001b]8;;${DOCS}missing-init.md\u001b\\missing-init\u001b]8;;\u001b\\`;
    expect(run(dir, { FORCE_HYPERLINK: '1' }, '--no-color').stdout).toContain(link);
    expect(run(dir, { FORCE_COLOR: '1' }).stdout).not.toContain('\u001b]8;;');
    expect(run(dir, { FORCE_COLOR: '1', FORCE_HYPERLINK: '0' }).stdout).not.toContain('\u001b]8;;');
    expect(run(dir, {}).stdout).not.toContain('\u001b]8;;');
  });
});

describe('links to the rule docs', () => {
  it('json: every finding has the https url of its rule page', () => {
    const r = cli(makeTree(tree), '--format', 'json');
    const diagnostics = JSON.parse(r.stdout).diagnostics as Array<{ rule: string; url: string }>;
    expect(diagnostics.length).toBeGreaterThan(0);
    for (const d of diagnostics) expect(d.url).toBe(`${DOCS}${d.rule}.md`);
  });

  it("a plugin's rule, whose page is not in dunderlint's docs, gets no link", () => {
    const at = { line: 1, column: 1 };
    const d = { rule: 'plugin-rule', severity: 'error' as const, message: 'm', location: { path: 'm.py', start: at, end: at }, fix: null, related: [] };
    const report = { diagnostics: [d], files: 1, color: false, links: true, hiddenUnsafeFixes: 0, cwd: '/' };
    expect(JSON.parse(FORMATTERS['json']!(report)).diagnostics[0].url).toBeUndefined();
    expect(JSON.parse(FORMATTERS['sarif']!(report)).runs[0].tool.driver.rules[0].helpUri).toBeUndefined();
    expect(FORMATTERS['stylish']!(report)).not.toContain('\u001b]8;;');
  });

  it('sarif: helpUri is the https page on the public repository, never a file:// path', () => {
    const r = cli(makeTree(tree), '--format', 'sarif');
    const rules = JSON.parse(r.stdout).runs[0].tool.driver.rules as Array<{ id: string; helpUri: string }>;
    expect(rules.length).toBeGreaterThan(0);
    for (const rule of rules) expect(rule.helpUri).toBe(`${DOCS}${rule.id}.md`);
    expect(r.stdout).not.toContain('"helpUri": "file:');
  });
});

describe('--statistics', () => {
  it('prints one line per rule: count, rule, [*] when fixable, description; most frequent first', () => {
    const dir = makeTree({ ...tree, 'pkg/sub2/m.py': '', 'main.py': 'from pkg.sub import m\nfrom pkg.sub2 import m\n' });
    const r = cli(dir, '--statistics');
    expect(r.code).toBe(1);
    const describe = (id: string): string => builtinRules.find((x) => x.id === id)!.meta.description;
    expect(r.stdout).toBe(
      [
        `2\tmissing-init\t[*]\t${describe('missing-init')}`,
        `1\tall-duplicate\t[*]\t${describe('all-duplicate')}`,
        `1\tmisspelled-init\t\t${describe('misspelled-init')}`,
        '',
      ].join('\n'),
    );
  });

  it('with --format json: an array of {rule, count, fixable, url}', () => {
    const r = cli(makeTree(tree), '--statistics', '--format', 'json');
    expect(JSON.parse(r.stdout)).toEqual([
      { rule: 'all-duplicate', count: 1, fixable: true, url: `${DOCS}all-duplicate.md` },
      { rule: 'missing-init', count: 1, fixable: true, url: `${DOCS}missing-init.md` },
      { rule: 'misspelled-init', count: 1, fixable: false, url: `${DOCS}misspelled-init.md` },
    ]);
  });

  it('on a clean project prints nothing and exits 0', () => {
    expect(cli(makeTree({ 'pkg/__init__.py': '' }), '--statistics')).toEqual({ code: 0, stdout: '', stderr: '' });
  });
});

describe('--list-rules', () => {
  it('with --format json: every rule with its severity, fix, description and docs url', () => {
    const r = cli(makeTree({}), '--list-rules', '--format', 'json');
    expect(r.code).toBe(0);
    const listed = JSON.parse(r.stdout) as Array<Record<string, unknown>>;
    expect(listed.map((x) => x['id'])).toEqual(builtinRules.map((x) => x.id));
    expect(listed.find((x) => x['id'] === 'missing-init')).toEqual({
      id: 'missing-init',
      severity: 'error',
      fixable: 'safe',
      description: builtinRules.find((x) => x.id === 'missing-init')!.meta.description,
      url: `${DOCS}missing-init.md`,
    });
    expect(listed.find((x) => x['id'] === 'all-undefined')!['fixable']).toBeNull();
  });

  it('without --format json keeps its table', () => {
    const r = cli(makeTree({}), '--list-rules');
    expect(r.stdout.split('\n')[0]).toMatch(/^all-duplicate +\S+ +/);
  });
});
