/**
 * `[tool.dunderlint] baseline`: a file of known findings (GitLab fingerprints) that later runs hide,
 * so that only new findings are reported. `--add-noqa` records there what no comment can hide.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cli, json } from '../helpers/cli';
import { git, makeTree, readTree } from '../helpers/tree';

const hasGit = spawnSync('git', ['--version'], { stdio: 'ignore' }).status === 0;
if (!hasGit && !process.env['CI']) console.log('test/engine/baseline.test.ts skipped: git not installed');
const describeGit = hasGit || process.env['CI'] ? describe : describe.skip;

const CONFIG = '[project]\nname = "app"\n\n[tool.dunderlint]\nbaseline = "dunderlint-baseline.json"\n';

function findings(dir: string, ...args: string[]): { code: number; findings: string[] } {
  const r = cli(dir, '--no-cache', '--format', 'json', ...args);
  return { code: r.code, findings: json(r).diagnostics.map((d) => `${d['path']}:${d['line']}: ${d['rule']}`) };
}

/** A repository with findings in files no comment can go in: a `.gitignore`, tracked bytecode. */
function legacyRepo(extra: Record<string, string> = {}): string {
  const dir = makeTree({ 'pyproject.toml': CONFIG, '.gitignore': 'build/\n', 'app/__init__.py': '', 'app/core.py': 'x = 1\n', 'legacy/old.pyc': 'x', ...extra }, 'init');
  git(dir, 'add', '-A', '-f');
  return dir;
}

describeGit('baseline', () => {
  it('--add-noqa records findings outside Python lines in the baseline file, sorted, with rule, path and message', () => {
    const dir = legacyRepo({ 'pyproject.toml': '[project]\nname = "app"\n' });
    expect(findings(dir)).toEqual({ code: 1, findings: ['.gitignore:1: bytecode-not-ignored', 'legacy/old.pyc:1: bytecode-tracked', 'legacy/old.pyc:1: sourceless-bytecode'] });
    fs.writeFileSync(path.join(dir, 'pyproject.toml'), CONFIG);
    const r = cli(dir, '--no-cache', '--add-noqa');
    expect(r).toEqual({ code: 0, stdout: '', stderr: 'Added 0 noqa directives.\nAdded 3 findings to the baseline file.\n' });
    const written = JSON.parse(fs.readFileSync(path.join(dir, 'dunderlint-baseline.json'), 'utf8'));
    expect(written).toEqual({
      version: 1,
      findings: [
        { fingerprint: expect.stringMatching(/^[0-9a-f]{32}$/), rule: 'bytecode-not-ignored', path: '.gitignore', message: expect.stringContaining('git does not ignore') },
        { fingerprint: expect.stringMatching(/^[0-9a-f]{32}$/), rule: 'bytecode-tracked', path: 'legacy/old.pyc', message: expect.stringContaining('1 bytecode file tracked') },
        { fingerprint: expect.stringMatching(/^[0-9a-f]{32}$/), rule: 'sourceless-bytecode', path: 'legacy/old.pyc', message: expect.stringContaining('`old.pyc` has no `old.py`') },
      ],
    });
    expect(findings(dir)).toEqual({ code: 0, findings: [] });
    // Idempotent: the file is not rewritten, nothing else changes.
    const once = readTree(dir);
    expect(cli(dir, '--no-cache', '--add-noqa')).toEqual({ code: 0, stdout: '', stderr: 'Added 0 noqa directives.\n' });
    expect(readTree(dir)).toEqual(once);
  });

  it('hides the known finding and reports a new finding of the same rule in another file', () => {
    const dir = legacyRepo();
    cli(dir, '--no-cache', '--add-noqa');
    fs.mkdirSync(path.join(dir, 'tools'));
    fs.writeFileSync(path.join(dir, 'tools/stale.pyc'), 'y');
    git(dir, 'add', '-f', 'tools/stale.pyc');
    expect(findings(dir)).toEqual({ code: 1, findings: ['tools/stale.pyc:1: bytecode-tracked', 'tools/stale.pyc:1: sourceless-bytecode'] });
  });

  it('uses the fingerprints of --format gitlab, and an entry hides exactly one finding: an identical second finding is reported', () => {
    const dir = makeTree({ 'pyproject.toml': CONFIG, '.gitignore': '__pycache__/\n*.py[cod]\n', 'app/__init__.py': 'a = 1\n__all__ = ["a", "a", "a"]\n', 'dunderlint-baseline.json': '{"version": 1, "findings": []}' }, 'add');
    const issues = JSON.parse(cli(dir, '--no-cache', '--format', 'gitlab').stdout) as Array<{ fingerprint: string; check_name: string; description: string }>;
    // Two findings with the same rule, path and message: GitLab's fingerprints tell them apart.
    expect(issues.map((i) => i.check_name)).toEqual(['all-duplicate', 'all-duplicate']);
    const first = issues[0]!;
    const entry = { fingerprint: first.fingerprint, rule: 'all-duplicate', path: 'app/__init__.py', message: first.description.replace(/^all-duplicate: /, '') };
    fs.writeFileSync(path.join(dir, 'dunderlint-baseline.json'), JSON.stringify({ version: 1, findings: [entry] }));
    expect(findings(dir).findings).toEqual(['app/__init__.py:2: all-duplicate']);
    fs.writeFileSync(path.join(dir, 'dunderlint-baseline.json'), JSON.stringify({ version: 1, findings: [entry, { ...entry, fingerprint: issues[1]!.fingerprint }] }));
    expect(findings(dir).findings).toEqual([]);
  });

  it('keeps hiding a finding that moved to another line', () => {
    const dir = legacyRepo();
    cli(dir, '--no-cache', '--add-noqa');
    // bytecode-not-ignored points at the last line of .gitignore.
    fs.appendFileSync(path.join(dir, '.gitignore'), 'dist/\n*.egg-info/\n');
    expect(findings(dir)).toEqual({ code: 0, findings: [] });
  });

  it('reads paths relative to the config file, from any working directory', () => {
    const dir = legacyRepo();
    cli(dir, '--no-cache', '--add-noqa');
    fs.mkdirSync(path.join(dir, 'tools'));
    fs.writeFileSync(path.join(dir, 'tools/stale.pyc'), 'y');
    git(dir, 'add', '-f', 'tools/stale.pyc');
    expect(findings(path.join(dir, 'app'), '..')).toEqual({ code: 1, findings: ['../tools/stale.pyc:1: bytecode-tracked', '../tools/stale.pyc:1: sourceless-bytecode'] });
    expect(findings(path.join(dir, 'legacy'), '--config', '../pyproject.toml', '..')).toEqual({ code: 1, findings: ['../tools/stale.pyc:1: bytecode-tracked', '../tools/stale.pyc:1: sourceless-bytecode'] });
  });

  it('names an entry that matches no finding anymore in --verbose, and --add-noqa removes it', () => {
    const dir = legacyRepo();
    cli(dir, '--no-cache', '--add-noqa');
    git(dir, 'rm', '-q', '--cached', 'legacy/old.pyc');
    fs.rmSync(path.join(dir, 'legacy/old.pyc'));
    const r = cli(dir, '--no-cache', '--verbose');
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(
      'dunderlint: dunderlint-baseline.json: an entry matches no finding anymore (dunderlint --add-noqa removes it): sourceless-bytecode legacy/old.pyc: `old.pyc` has no `old.py`',
    );
    // Without --verbose, the run stays quiet about it.
    expect(cli(dir, '--no-cache').stderr).toBe('');
    expect(cli(dir, '--no-cache', '--add-noqa').code).toBe(0);
    const left = JSON.parse(fs.readFileSync(path.join(dir, 'dunderlint-baseline.json'), 'utf8'));
    expect(left.findings.map((f: { rule: string }) => f.rule)).toEqual(['bytecode-not-ignored']);
    expect(cli(dir, '--no-cache', '--verbose').stderr).not.toContain('matches no finding');
  });

  it('a run over one folder neither calls entries of other folders stale nor drops them, and --add-noqa on named files keeps every entry', () => {
    const dir = legacyRepo({ 'tools/stale.pyc': 'y' });
    expect(cli(dir, '--no-cache', '--add-noqa', 'legacy').stderr).toBe('Added 0 noqa directives.\nAdded 2 findings to the baseline file.\n');
    expect(cli(dir, '--no-cache', '--add-noqa', 'tools').stderr).toBe('Added 0 noqa directives.\nAdded 2 findings to the baseline file.\n');
    expect(cli(dir, '--no-cache', '--add-noqa', '.gitignore').stderr).toBe('Added 0 noqa directives.\nAdded 1 finding to the baseline file.\n');
    const rules = (): string[] => JSON.parse(fs.readFileSync(path.join(dir, 'dunderlint-baseline.json'), 'utf8')).findings.map((f: { path: string; rule: string }) => `${f.path} ${f.rule}`);
    expect(rules()).toEqual([
      '.gitignore bytecode-not-ignored',
      'legacy/old.pyc bytecode-tracked',
      'legacy/old.pyc sourceless-bytecode',
      'tools/stale.pyc bytecode-tracked',
      'tools/stale.pyc sourceless-bytecode',
    ]);
    expect(findings(dir)).toEqual({ code: 0, findings: [] });
    for (const args of [['legacy'], ['tools/stale.pyc'], ['.']]) {
      const r = cli(dir, '--no-cache', '--verbose', ...args);
      expect({ args, code: r.code, stale: r.stderr.includes('matches no finding') }).toEqual({ args, code: 0, stale: false });
    }
    // The whole project again: nothing is stale, nothing changes.
    const before = readTree(dir);
    expect(cli(dir, '--no-cache', '--add-noqa').stderr).toBe('Added 0 noqa directives.\n');
    expect(readTree(dir)).toEqual(before);
  });

  it('--add-noqa does not write a baseline outside the config file\'s folder, nor through a symlink: exit 2 and it says why', () => {
    const dir = legacyRepo({ 'pyproject.toml': CONFIG.replace('"dunderlint-baseline.json"', '"../outside.json"') });
    const r = cli(dir, '--no-cache', '--add-noqa');
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'Added 0 noqa directives.\ndunderlint: error: --add-noqa failed to write the baseline ../outside.json: it is outside the project\n' });
    expect(fs.existsSync(path.join(dir, '../outside.json'))).toBe(false);
    const linked = legacyRepo({ 'elsewhere.json': '{"version": 1, "findings": []}' });
    fs.symlinkSync('elsewhere.json', path.join(linked, 'dunderlint-baseline.json'));
    const viaLink = cli(linked, '--no-cache', '--add-noqa');
    expect(viaLink.code).toBe(2);
    expect(viaLink.stderr).toContain('dunderlint: error: --add-noqa failed to write the baseline dunderlint-baseline.json: it is a symbolic link\n');
    expect(fs.readFileSync(path.join(linked, 'elsewhere.json'), 'utf8')).toBe('{"version": 1, "findings": []}');
  });

  it('a missing baseline file is a config error: exit 2 and one line', () => {
    const dir = legacyRepo();
    const r = cli(dir, '--no-cache');
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'dunderlint: error: baseline dunderlint-baseline.json: no such file (dunderlint --add-noqa creates it)\n' });
  });

  it.each([
    ['not JSON', '{"version": 1, "findings": [', /^dunderlint: error: baseline dunderlint-baseline\.json: invalid JSON: .*\n$/],
    ['another shape', '[]', /^dunderlint: error: baseline dunderlint-baseline\.json: expected a JSON object with "version" and "findings"\n$/],
    ['an unknown version', '{"version": 2, "findings": []}', /^dunderlint: error: baseline dunderlint-baseline\.json: "version": expected 1, got 2\n$/],
    ['a bad fingerprint', '{"version": 1, "findings": [{"fingerprint": "../x", "rule": "r", "path": "p", "message": "m"}]}', /^dunderlint: error: baseline dunderlint-baseline\.json: "findings"\[0\]\.fingerprint: expected 32 lowercase hex digits\n$/],
    ['an entry without its rule', '{"version": 1, "findings": [{"fingerprint": "0123456789abcdef0123456789abcdef", "path": "p", "message": "m"}]}', /^dunderlint: error: baseline dunderlint-baseline\.json: "findings"\[0\]\.rule: expected a string\n$/],
  ])('a baseline file that is %s is a config error: exit 2 and one line', (_what, content, expected) => {
    const dir = legacyRepo({ 'dunderlint-baseline.json': content });
    const r = cli(dir, '--no-cache');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(expected);
  });

  it('a baseline key that is not a path is a config error', () => {
    const dir = makeTree({ 'pyproject.toml': '[tool.dunderlint]\nbaseline = 3\n', 'app/__init__.py': '' });
    expect(cli(dir, '--no-cache')).toEqual({ code: 2, stdout: '', stderr: 'dunderlint: error: pyproject.toml: tool.dunderlint.baseline: expected the path of a file, got 3\n' });
  });
});
