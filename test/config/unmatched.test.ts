/** Config entries that match no folder or file: one warning each, with the nearest existing path, and the run goes on. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cli } from '../helpers/cli';
import { makeTree, type GitMode, type Tree } from '../helpers/tree';

/** A src layout: `acme` is a regular package; `acme/plugins` has modules but no `__init__.py`. */
const SRC_LAYOUT: Tree = {
  'src/acme/__init__.py': '',
  'src/acme/core.py': 'x = 1\n',
  'src/acme/plugins/extra.py': 'y = 2\n',
  'legacy/old.py': 'z = 3\n',
  'tests/test_core.py': 'import acme.core\n',
};

function run(config: Record<string, string>, mode: GitMode = 'add', extra: Tree = {}) {
  const dir = makeTree({ ...SRC_LAYOUT, ...config, ...extra }, mode);
  return cli(dir, '-f', 'concise', '--no-cache');
}

const warnings = (stderr: string): string[] => stderr.split('\n').filter((l) => l.startsWith('dunderlint: warning:'));

describe('namespace-packages', () => {
  it('a dotted name with a typo gets one warning naming the folder it probably meant, and the run goes on', () => {
    const r = run({ 'pyproject.toml': '[tool.dunderlint]\nnamespace-packages = ["acme.plugin"]\n' });
    expect(warnings(r.stderr)).toEqual([
      'dunderlint: warning: pyproject.toml: [tool.dunderlint] namespace-packages: "acme.plugin" matches no folder; did you mean "src/acme/plugins"?',
    ]);
    // Not declared, so the folder without __init__.py is still reported.
    expect(r.stdout).toContain('implicit-namespace-package');
    expect(r.code).toBe(0);
  });

  it('a folder path under the wrong parent gets the existing folder with the same tail as suggestion', () => {
    const r = run({ 'dunderlint.toml': 'namespace-packages = ["acme/plugins"]\n' });
    expect(warnings(r.stderr)).toEqual([
      'dunderlint: warning: dunderlint.toml: namespace-packages: "acme/plugins" matches no folder; did you mean "src/acme/plugins"?',
    ]);
  });

  it.each([['src/acme/plugins'], ['src/acme/plugins/'], ['acme.plugins']])(
    'the folder path and the dotted module name (resolved against the import roots) both declare it: %j',
    (entry) => {
      const r = run({ 'pyproject.toml': `[tool.dunderlint]\nnamespace-packages = ["${entry}"]\n` });
      expect(r.stderr).toBe('');
      expect(r.stdout).not.toContain('implicit-namespace-package');
      expect(r.code).toBe(0);
    },
  );

  it('without any folder near the name, the warning has no suggestion', () => {
    const r = run({ 'dunderlint.toml': 'namespace-packages = ["zzz.qqq"]\n' });
    expect(warnings(r.stderr)).toEqual(['dunderlint: warning: dunderlint.toml: namespace-packages: "zzz.qqq" matches no folder']);
  });
});

describe('src', () => {
  it('a misspelled import root gets one warning with the folder it probably meant', () => {
    const r = run({ 'dunderlint.toml': 'src = ["scr"]\nnamespace-packages = ["src/acme/plugins"]\n' });
    expect(warnings(r.stderr)).toEqual(['dunderlint: warning: dunderlint.toml: src: "scr" matches no folder; did you mean "src"?']);
    expect(r.code).toBe(0);
  });

  it('an import root that exists gets no warning, in git and outside it', () => {
    for (const mode of ['add', 'none'] as const) {
      const r = run({ 'dunderlint.toml': 'src = ["src", "./tests"]\nnamespace-packages = ["acme.plugins"]\n' }, mode);
      expect(r.stderr).toBe('');
    }
  });
});

describe('exclude, extend-exclude and per-file-ignores', () => {
  it('a glob whose folder is misspelled gets one warning per entry with the corrected glob', () => {
    const r = run({
      'dunderlint.toml': [
        'extend-exclude = ["legcy/**", "legacy/**"]',
        'namespace-packages = ["acme.plugins"]',
        '[per-file-ignores]',
        '"tset/**" = ["ALL"]',
        '"tests/**" = ["ALL"]',
        '',
      ].join('\n'),
    });
    expect(warnings(r.stderr)).toEqual([
      'dunderlint: warning: dunderlint.toml: extend-exclude: "legcy/**" matches no file or folder; did you mean "legacy/**"?',
      'dunderlint: warning: dunderlint.toml: per-file-ignores: "tset/**" matches no file or folder; did you mean "tests/**"?',
    ]);
    expect(r.code).toBe(0);
  });

  it('an `exclude` that matches a file name somewhere, or a folder it prunes, gets no warning, outside git too', () => {
    for (const mode of ['add', 'none'] as const) {
      const r = run(
        { 'pyproject.toml': '[tool.dunderlint]\nexclude = ["*_pb2.py", "legacy", "src/acme/gen/**"]\nnamespace-packages = ["acme.plugins"]\n' },
        mode,
        { 'src/acme/api_pb2.py': '', 'src/acme/gen/a.py': '' },
      );
      expect(r.stderr).toBe('');
    }
  });

  it('the default list copied into `exclude` gets no warning for the names that do not exist', () => {
    const r = run({ 'dunderlint.toml': 'exclude = [".venv", "build", "dist", "node_modules", "legacy"]\nnamespace-packages = ["acme.plugins"]\n' });
    expect(r.stderr).toBe('');
  });

  it('an `exclude` matching only files git ignores or does not track counts as matching', () => {
    const r = run(
      { 'dunderlint.toml': 'extend-exclude = ["generated", "*.bak"]\nnamespace-packages = ["acme.plugins"]\n' },
      'add',
      { '.gitignore': 'generated/\n*.bak\n', 'generated/deep/a.py': '', 'notes.bak': '' },
    );
    expect(r.stderr).toBe('');
    // Added after `git add -A`: untracked, not ignored.
    const dir = makeTree({ ...SRC_LAYOUT, 'dunderlint.toml': 'extend-exclude = ["scratch/**"]\nnamespace-packages = ["acme.plugins"]\n' }, 'add');
    fs.mkdirSync(path.join(dir, 'scratch'));
    fs.writeFileSync(path.join(dir, 'scratch', 's.py'), '');
    expect(cli(dir, '--no-cache').stderr).toBe('');
  });

  it('a negated per-file-ignores glob is checked by the part after `!`', () => {
    const ok = run({ 'dunderlint.toml': 'namespace-packages = ["acme.plugins"]\n[per-file-ignores]\n"!src/**" = ["ALL"]\n' });
    expect(ok.stderr).toBe('');
    const typo = run({ 'dunderlint.toml': 'namespace-packages = ["acme.plugins"]\n[per-file-ignores]\n"!scr/**" = ["ALL"]\n' });
    expect(warnings(typo.stderr)).toEqual([
      'dunderlint: warning: dunderlint.toml: per-file-ignores: "!scr/**" matches no file or folder; did you mean "!src/**"?',
    ]);
  });
});
