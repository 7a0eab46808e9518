/** Exclusions the project already wrote for its other tools (ruff, pre-commit, pytest, mypy). */
import { execFileSync } from 'node:child_process';
import { pythonRegex } from '../../src/config/foreign';
import { cli, json } from '../helpers/cli';
import { makeTree, type GitMode, type Tree } from '../helpers/tree';

const BAD_ALL = '__all__ = ["nope"]\n';
/** A package whose `legacy` subpackage has a finding (an undefined name in `__all__`). */
const BASE: Tree = {
  'pyproject.toml': '[project]\nname = "x"\nversion = "0"\n',
  '.gitignore': '__pycache__/\n*.py[cod]\n',
  'pkg/__init__.py': '',
  'pkg/legacy/__init__.py': '',
  'pkg/legacy/old.py': BAD_ALL,
};

function findings(tree: Tree, mode: GitMode = 'none', ...args: string[]): string[] {
  const dir = makeTree(tree, mode);
  const r = cli(dir, '--format', 'json', ...args, '.');
  expect(r.stderr).not.toMatch(/error|Error/);
  return json(r).diagnostics.map((d) => String(d['file'] ?? d['path'] ?? d['filename']));
}

describe('exclusions written for other tools', () => {
  test('the folder has a finding when nothing excludes it', () => {
    expect(findings(BASE)).toHaveLength(1);
  });

  const cases: Array<[string, Tree]> = [
    ['pyproject.toml [tool.ruff] extend-exclude', { 'pyproject.toml': '[project]\nname = "x"\nversion = "0"\n[tool.ruff]\nextend-exclude = ["pkg/legacy"]\n' }],
    ['pyproject.toml [tool.ruff] exclude', { 'pyproject.toml': '[project]\nname = "x"\nversion = "0"\n[tool.ruff]\nexclude = ["legacy"]\n' }],
    ['ruff.toml extend-exclude', { 'ruff.toml': 'extend-exclude = ["pkg/leg*"]\n' }],
    ['.ruff.toml exclude', { '.ruff.toml': 'exclude = ["**/legacy/*.py"]\n' }],
    ['.pre-commit-config.yaml exclude', { '.pre-commit-config.yaml': 'exclude: ^pkg/legacy/\nrepos: []\n' }],
    ['pytest norecursedirs in pytest.ini', { 'pytest.ini': '[pytest]\nnorecursedirs = legacy\n' }],
    ['pytest norecursedirs in pyproject.toml', { 'pyproject.toml': '[project]\nname = "x"\nversion = "0"\n[tool.pytest.ini_options]\nnorecursedirs = ["pkg/legacy"]\n' }],
    ['conftest.py collect_ignore', { 'conftest.py': 'collect_ignore = ["pkg/legacy"]\n' }],
    ['mypy exclude in mypy.ini', { 'mypy.ini': '[mypy]\nexclude = pkg/legacy/\n' }],
    ['mypy exclude in .mypy.ini', { '.mypy.ini': '[mypy]\nexclude = ^pkg/legacy/old\\.py$\n' }],
    ['mypy exclude list in pyproject.toml [tool.mypy]', { 'pyproject.toml': '[project]\nname = "x"\nversion = "0"\n[tool.mypy]\nexclude = ["^docs/", "legacy/$"]\n' }],
    ['mypy exclude in setup.cfg [mypy]', { 'setup.cfg': '[mypy]\nexclude = (?i)PKG/LEGACY\n' }],
  ];
  for (const mode of ['none', 'add'] as const) {
    for (const [name, extra] of cases) {
      test(`${name} leaves the folder out (${mode === 'none' ? 'plain walk' : 'tracked files'})`, () => {
        expect(findings(BASE, mode)).toHaveLength(1);
        expect(findings({ ...BASE, ...extra }, mode)).toEqual([]);
      });
    }
  }

  test('pytest\'s default norecursedirs do not exclude anything by themselves', () => {
    const tree = { ...BASE, 'build/__init__.py': '', 'pytest.ini': '[pytest]\nnorecursedirs = build dist *.egg\n' };
    expect(findings(tree, 'add')).toHaveLength(1);
  });

  test('the repository\'s .pre-commit-config.yaml applies when a subfolder is linted', () => {
    const dir = makeTree({ ...BASE, '.pre-commit-config.yaml': 'exclude: ^pkg/legacy/\nrepos: []\n' }, 'add');
    const r = cli(dir, '--verbose', 'pkg');
    expect(r.stdout).not.toContain('old.py');
    expect(r.code).toBe(0);
    // The project is the work tree (no config in pkg/): the note is about the root.
    expect(r.stderr).toContain('.: .pre-commit-config.yaml exclude excluded 2 files');
    const without = makeTree(BASE, 'add');
    expect(cli(without, 'pkg').stdout).toContain('old.py');
  });

  test('an empty mypy exclude or pre-commit exclude excludes nothing', () => {
    const tree = { ...BASE, 'pyproject.toml': `${BASE['pyproject.toml']}[tool.mypy]\nexclude = [""]\n`, '.pre-commit-config.yaml': "exclude: ''\nrepos: []\n" };
    expect(findings(tree, 'add')).toHaveLength(1);
  });

  test('a (?x) verbose pre-commit regex with comments excludes what it describes', () => {
    const yaml = [
      'exclude: |',
      '  (?x)^(',
      '      docs/.*|      # the docs build',
      '      pkg/legacy/.*  # frozen code',
      '  )$',
      'repos: []',
      '',
    ].join('\n');
    expect(findings({ ...BASE, '.pre-commit-config.yaml': yaml }, 'add')).toEqual([]);
  });

  test('a pre-commit regex with a named group (?P<name>) is translated', () => {
    const yaml = 'exclude: ^(?P<top>pkg)/legacy/(?P=top)?\nrepos: []\n';
    expect(findings({ ...BASE, '.pre-commit-config.yaml': yaml }, 'add')).toEqual([]);
  });

  test('an untranslatable regex is skipped with a --verbose note, not a crash', () => {
    const dir = makeTree({ ...BASE, '.pre-commit-config.yaml': 'exclude: ^pkg/(?>legacy)/\nrepos: []\n', 'mypy.ini': '[mypy]\nexclude = ([unclosed\n' }, 'add');
    const r = cli(dir, '--verbose', '.');
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(/error:|at .*\.js/);
    expect(r.stderr).toMatch(/\.pre-commit-config\.yaml exclude: .*skipped/);
    expect(r.stderr).toMatch(/mypy\.ini \[mypy\] exclude: .*skipped/);
    expect(r.stdout).toContain('pkg/legacy/old.py');
  });

  test('a .pre-commit-config.yaml that is not YAML is skipped with a --verbose note', () => {
    const dir = makeTree({ ...BASE, '.pre-commit-config.yaml': 'exclude: [unclosed\n' }, 'add');
    const r = cli(dir, '--verbose', '.');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/\.pre-commit-config\.yaml: .*skipped/);
  });

  test('--verbose says how many files each source excluded', () => {
    const dir = makeTree({ ...BASE, 'ruff.toml': 'extend-exclude = ["pkg/legacy"]\n' }, 'add');
    const r = cli(dir, '--verbose', '.');
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('ruff.toml extend-exclude excluded 2 files');
  });

  test('--print-config lists every exclusion with its source', () => {
    const dir = makeTree({
      ...BASE,
      'pyproject.toml': '[project]\nname = "x"\nversion = "0"\n[tool.dunderlint]\nextend-exclude = ["gen"]\n[tool.ruff]\nextend-exclude = ["pkg/legacy"]\n[tool.mypy]\nexclude = "^scratch/"\n',
      '.pre-commit-config.yaml': 'exclude: ^third_party/\nrepos: []\n',
      'pytest.ini': '[pytest]\nnorecursedirs = .* build fixtures\n',
      'tests/conftest.py': 'collect_ignore = ["data"]\n',
    }, 'add');
    const r = cli(dir, '--print-config', '.');
    expect(r.code).toBe(0);
    const shown = JSON.parse(r.stdout) as { exclusions: Array<Record<string, string>> };
    expect(shown.exclusions).toEqual(expect.arrayContaining([
      { pattern: 'build', kind: 'glob', source: 'default' },
      { pattern: 'gen', kind: 'glob', source: 'pyproject.toml [tool.dunderlint] extend-exclude' },
      { pattern: 'pkg/legacy', kind: 'glob', source: 'pyproject.toml [tool.ruff] extend-exclude' },
      { pattern: '^scratch/', kind: 'regex', source: 'pyproject.toml [tool.mypy] exclude' },
      { pattern: '^third_party/', kind: 'regex', source: '.pre-commit-config.yaml exclude' },
      { pattern: 'fixtures', kind: 'glob', source: 'pytest.ini norecursedirs' },
      { pattern: 'tests/data', kind: 'glob', source: 'tests/conftest.py collect_ignore' },
    ]));
    expect(shown.exclusions.filter((e) => e.source === 'pytest.ini norecursedirs')).toHaveLength(1);
  });
});

describe('Python regular expressions of pre-commit and mypy', () => {
  const cases: Array<[string, string]> = [
    ['(?x)^(\n  docs/.*|  # docs\n  a\\ b/.*   # an escaped space\n)$', 'a b/c.py'],
    ['(?x)^(\n  docs/.*|  # docs\n  a\\ b/.*   # an escaped space\n)$', 'ab/c.py'],
    ['(?x) [#] x', '#x'],
    ['(?x) [ ]x', ' x'],
    ['(?i)^PKG/', 'pkg/a.py'],
    ['^(?P<top>[a-z]+)/(?P=top)\\.py$', 'abc/abc.py'],
    ['^(?P<top>[a-z]+)/(?P=top)\\.py$', 'abc/abd.py'],
    ['\\Apkg/.*\\.py\\Z', 'pkg/a.py'],
    ['[]a]', ']'],
    ['migrations/', 'app/migrations/0001.py'],
  ];
  test('match as Python\'s re.search does', () => {
    let python: boolean[];
    try {
      const script = 'import json,re,sys\nprint(json.dumps([bool(re.search(p, s)) for p, s in json.load(sys.stdin)]))';
      python = JSON.parse(execFileSync('python3', ['-c', script], { input: JSON.stringify(cases), encoding: 'utf8' })) as boolean[];
    } catch (e) {
      if (process.env['CI']) throw e;
      console.log(`skipped: python3 is not available (${(e as Error).message})`);
      return;
    }
    expect(cases.map(([p, s]) => pythonRegex(p).test(s))).toEqual(python);
  });

  test('a regex JavaScript cannot express is an error, not a wrong answer', () => {
    expect(() => pythonRegex('(?>a)')).toThrow();
    expect(() => pythonRegex('a*+')).toThrow();
  });
});
