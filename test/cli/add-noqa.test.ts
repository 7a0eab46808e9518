/** `--add-noqa` suppresses every current finding with a comment on its line, as ruff's does. */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cli, json } from '../helpers/cli';
import { makeTree, readTree } from '../helpers/tree';

const hasGit = spawnSync('git', ['--version'], { stdio: 'ignore' }).status === 0;
if (!hasGit && !process.env['CI']) console.log('test/cli/add-noqa.test.ts skipped: git not installed');
const describeGit = hasGit || process.env['CI'] ? describe : describe.skip;

const GITIGNORE = '__pycache__/\n*.py[cod]\n';
const CONFIG = '[project]\nname = "app"\n\n[tool.dunderlint.rules]\nall-duplicate = "error"\n';

function lintJson(dir: string): { code: number; findings: string[] } {
  const r = cli(dir, '--no-cache', '--format', 'json');
  return { code: r.code, findings: json(r).diagnostics.map((d) => `${d['path']}:${d['line']}: ${d['rule']}`) };
}

describeGit('--add-noqa', () => {
  it('writes a disable comment on each finding line, after an existing # noqa, and a normal run then exits 0', () => {
    const dir = makeTree(
      {
        '.gitignore': GITIGNORE,
        'pyproject.toml': CONFIG,
        'app/__init__.py': 'from .core import helper  # noqa: F401\n__all__ = ["helper", "missing", "helper"]\n',
        'app/core.py': 'def helper(): pass\n',
        'app/api.py': 'from app.routers import users  # type: ignore[attr-defined]\n',
        'app/routers/users.py': 'x = 1\n',
      },
      'add',
    );
    expect(lintJson(dir)).toEqual({
      code: 1,
      findings: ['app/__init__.py:2: all-undefined', 'app/__init__.py:2: all-duplicate', 'app/api.py:1: missing-init'],
    });
    const r = cli(dir, '--no-cache', '--add-noqa');
    expect(r).toEqual({ code: 0, stdout: '', stderr: 'Added 2 noqa directives.\n' });
    expect(fs.readFileSync(path.join(dir, 'app/__init__.py'), 'utf8')).toBe(
      'from .core import helper  # noqa: F401\n__all__ = ["helper", "missing", "helper"]  # dunderlint: disable=all-duplicate,all-undefined\n',
    );
    // mypy reads `# type: ignore` only at the start of the comment: it stays first.
    expect(fs.readFileSync(path.join(dir, 'app/api.py'), 'utf8')).toBe(
      'from app.routers import users  # type: ignore[attr-defined]  # dunderlint: disable=missing-init\n',
    );
    expect(lintJson(dir)).toEqual({ code: 0, findings: [] });
  });

  it('is idempotent: a second run adds 0 directives and changes no byte', () => {
    const dir = makeTree(
      {
        '.gitignore': GITIGNORE,
        'pyproject.toml': CONFIG,
        'app/__init__.py': 'a = 1\n__all__ = ["a", "a", "b"]\n',
      },
      'add',
    );
    expect(cli(dir, '--no-cache', '--add-noqa').stderr).toBe('Added 1 noqa directive.\n');
    const once = readTree(dir);
    const again = cli(dir, '--no-cache', '--add-noqa');
    expect(again).toEqual({ code: 0, stdout: '', stderr: 'Added 0 noqa directives.\n' });
    expect(readTree(dir)).toEqual(once);
  });

  it('adds the rule to the line\'s own "# dunderlint: disable=" comment rather than writing a second one', () => {
    const dir = makeTree(
      {
        '.gitignore': GITIGNORE,
        'pyproject.toml': CONFIG,
        'app/__init__.py': 'a = 1\n__all__ = ["a", "a"]  # dunderlint: disable=all-unsorted  # noqa: E501\n',
      },
      'add',
    );
    expect(cli(dir, '--no-cache', '--add-noqa').stderr).toBe('Added 1 noqa directive.\n');
    expect(fs.readFileSync(path.join(dir, 'app/__init__.py'), 'utf8')).toBe(
      'a = 1\n__all__ = ["a", "a"]  # dunderlint: disable=all-unsorted,all-duplicate  # noqa: E501\n',
    );
    expect(lintJson(dir)).toEqual({ code: 0, findings: [] });
  });

  it('keeps CRLF line endings and a latin-1 file\'s bytes: only the comment is added', () => {
    const latin1 = Buffer.from('# -*- coding: latin-1 -*-\r\n# caf\xe9\r\nx = 1\r\n__all__ = ["x", "x"]\r\ny = "\xe9"\r\n', 'latin1');
    const dir = makeTree({ '.gitignore': GITIGNORE, 'pyproject.toml': CONFIG, 'app/__init__.py': latin1 }, 'add');
    fs.chmodSync(path.join(dir, 'app/__init__.py'), 0o640);
    expect(cli(dir, '--no-cache', '--add-noqa')).toMatchObject({ code: 0, stderr: 'Added 1 noqa directive.\n' });
    const after = fs.readFileSync(path.join(dir, 'app/__init__.py'));
    expect(after.toString('latin1')).toBe(
      '# -*- coding: latin-1 -*-\r\n# caf\xe9\r\nx = 1\r\n__all__ = ["x", "x"]  # dunderlint: disable=all-duplicate\r\ny = "\xe9"\r\n',
    );
    expect(fs.statSync(path.join(dir, 'app/__init__.py')).mode & 0o777).toBe(0o640);
    expect(lintJson(dir)).toEqual({ code: 0, findings: [] });
  });

  it('leaves a line that cannot carry a comment (inside a triple-quoted string, before a backslash continuation) as it is, and says so', () => {
    const source = 'a = b = 1\n__all__ = ["a", """\nb""", "a", \\\n  "b", "b"]\n';
    const dir = makeTree({ '.gitignore': GITIGNORE, 'pyproject.toml': CONFIG, 'app/__init__.py': source }, 'add');
    expect(lintJson(dir).findings).toEqual(['app/__init__.py:2: all-undefined', 'app/__init__.py:3: all-duplicate', 'app/__init__.py:4: all-duplicate']);
    const r = cli(dir, '--no-cache', '--add-noqa');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      'dunderlint: warning: 2 findings cannot carry a comment (not on a line of a Python source that can hold one); set [tool.dunderlint] baseline = "dunderlint-baseline.json" to record them\n' +
        'Added 1 noqa directive.\n',
    );
    expect(fs.readFileSync(path.join(dir, 'app/__init__.py'), 'utf8')).toBe(
      'a = b = 1\n__all__ = ["a", """\nb""", "a", \\\n  "b", "b"]  # dunderlint: disable=all-duplicate\n',
    );
    expect(lintJson(dir)).toEqual({ code: 1, findings: ['app/__init__.py:2: all-undefined', 'app/__init__.py:3: all-duplicate'] });
  });

  it('leaves a #! line alone: the kernel would pass the comment to the interpreter', () => {
    const dir = makeTree({ '.gitignore': GITIGNORE, 'app/__init__.py': '', 'app/sub/helpers.py': '#!/usr/bin/env python3\nx = 1\n', 'app/sub/plain.py': 'x = 1\n' }, 'add');
    expect(lintJson(dir).findings).toEqual(['app/sub/helpers.py:1: implicit-namespace-package']);
    const before = readTree(dir);
    const r = cli(dir, '--no-cache', '--add-noqa');
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^dunderlint: warning: 1 finding cannot carry a comment .*\nAdded 0 noqa directives\.\n$/);
    expect(readTree(dir)).toEqual(before);
  });

  it('does not write through a symbolic link: the finding stays', () => {
    const dir = makeTree({ '.gitignore': GITIGNORE, 'pyproject.toml': CONFIG, 'shared/mod.py': 'a = 1\n__all__ = ["a", "a"]\n', 'app/__init__.py': '' }, 'init');
    fs.symlinkSync('../shared/mod.py', path.join(dir, 'app/mod.py'));
    const before = readTree(dir);
    const r = cli(dir, '--no-cache', '--add-noqa');
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^dunderlint: warning: 1 finding cannot carry a comment .*\nAdded 0 noqa directives\.\n$/);
    expect(readTree(dir)).toEqual(before);
  });

  it('does not write a read-only module: the finding stays', () => {
    const dir = makeTree({ '.gitignore': GITIGNORE, 'pyproject.toml': CONFIG, 'app/__init__.py': 'a = 1\n__all__ = ["a", "a"]\n' }, 'add');
    fs.chmodSync(path.join(dir, 'app/__init__.py'), 0o444);
    const before = readTree(dir);
    const r = cli(dir, '--no-cache', '--add-noqa');
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^dunderlint: warning: 1 finding cannot carry a comment .*\nAdded 0 noqa directives\.\n$/);
    expect(readTree(dir)).toEqual(before);
    expect(lintJson(dir)).toEqual({ code: 1, findings: ['app/__init__.py:2: all-duplicate'] });
  });

  it('cannot be combined with --fix, --diff, --staged or --stdin-filename', () => {
    const dir = makeTree({ 'app/__init__.py': '' });
    for (const other of [['--fix'], ['--diff'], ['--staged'], ['--stdin-filename', 'app/__init__.py']]) {
      const r = cli(dir, '--no-cache', '--add-noqa', ...other);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe('dunderlint: error: --add-noqa cannot be used with --fix, --diff, --staged or --stdin-filename (see dunderlint --help)\n');
    }
  });
});
