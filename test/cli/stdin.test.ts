/**
 * `--stdin-filename` as editors use it: the buffer is linted as that file of its project, and the
 * output is about the buffer only (its findings, its syntax error), with nothing on stderr about
 * other files. The buffer's bytes are decoded as Python decodes a source file.
 */
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { commit } from '../helpers/run';
import { git, makeTree, type Tree } from '../helpers/tree';

const BIN = path.join(__dirname, '..', '..', 'bin', 'dunderlint.js');

/** The built binary with `input` (bytes) on stdin. */
function withStdin(cwd: string, input: string | Buffer, ...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, '--no-cache', ...args], { cwd, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '' }, timeout: 20_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function gitProject(tree: Tree): string {
  const dir = makeTree(tree, 'init');
  git(dir, 'add', '-A');
  commit(dir, '-m', 'base');
  return dir;
}

/** `app/routers/` lacks `__init__.py`; the finding is located in `app/main.py`, which imports it. */
const PROJECT: Tree = {
  '.gitignore': '__pycache__/\n',
  'app/__init__.py': '',
  'app/main.py': 'from app.routers import todos\n',
  'app/routers/todos.py': '',
};

describe('--stdin-filename', () => {
  it('reports only findings located in the buffer, not those in other files about its folder', () => {
    const dir = gitProject(PROJECT);
    // Named on the command line, the file gets the finding about its folder (located in app/main.py).
    expect(withStdin(dir, '', '-f', 'concise', 'app/routers/todos.py').stdout).toMatch(/^app\/main\.py:1:1: error missing-init /);
    const r = withStdin(dir, 'x = 1\n', '-f', 'concise', '--stdin-filename', 'app/routers/todos.py');
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
    const own = withStdin(dir, '__all__ = ["gone"]\n', '-f', 'concise', '--stdin-filename', 'app/routers/todos.py');
    expect(own.stdout.split('\n').filter(Boolean).map((l) => l.split(' ').slice(0, 3).join(' '))).toEqual(['app/routers/todos.py:1:12: error all-undefined']);
  });

  it("reports the buffer's syntax error as a finding at its place, and exits 1", () => {
    const dir = gitProject(PROJECT);
    const r = withStdin(dir, 'x = 1\ndef (\n', '-f', 'concise', '--stdin-filename', 'app/models.py');
    expect({ ...r, stdout: '' }).toEqual({ code: 1, stdout: '', stderr: '' });
    expect(r.stdout).toMatch(/^app\/models\.py:2:5: error syntax-error SyntaxError: [^\n]+\n$/);
    const asJson = JSON.parse(withStdin(dir, 'def (\n', '-f', 'json', '--stdin-filename', 'app/models.py').stdout);
    expect(asJson.diagnostics.map((d: { rule: string; severity: string; line: number }) => [d.rule, d.severity, d.line])).toEqual([['syntax-error', 'error', 1]]);
  });

  it("keeps stderr quiet about other files' syntax errors (--verbose still says)", () => {
    const dir = gitProject({ ...PROJECT, 'app/broken.py': 'def (\n' });
    expect(withStdin(dir, '', '-f', 'concise').stderr).toContain('app/broken.py:1:5: ');
    expect(withStdin(dir, 'x = 1\n', '-f', 'concise', '--stdin-filename', 'app/models.py')).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(withStdin(dir, 'x = 1\n', '-f', 'concise', '--verbose', '--stdin-filename', 'app/models.py').stderr).toContain('app/broken.py:1:5: ');
  });

  it('decodes the buffer as Python does: a UTF-8 BOM is dropped, a PEP 263 cookie is honoured', () => {
    const dir = gitProject(PROJECT);
    const bom = withStdin(dir, Buffer.from('\ufeff__all__ = "x"\n', 'utf8'), '-f', 'concise', '--stdin-filename', 'app/models.py');
    expect(bom.stdout).toMatch(/^app\/models\.py:1:11: error all-not-sequence /);
    const latin1 = Buffer.concat([Buffer.from('# -*- coding: latin-1 -*-\n__all__ = ["caf'), Buffer.from([0xe9]), Buffer.from('"]\n')]);
    const cookie = withStdin(dir, latin1, '-f', 'concise', '--stdin-filename', 'app/models.py');
    expect(cookie.stdout).toMatch(/^app\/models\.py:2:12: error all-undefined "café" in `__all__` is never defined/);
    // Without the cookie, CPython refuses the byte: so does the buffer's finding.
    const refused = withStdin(dir, latin1.subarray(latin1.indexOf('\n') + 1), '-f', 'concise', '--stdin-filename', 'app/models.py');
    expect(refused.stdout).toMatch(/^app\/models\.py:1:\d+: error syntax-error SyntaxError: \(unicode error\) 'utf-8' codec can't decode/);
  });
});
