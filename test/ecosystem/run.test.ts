/** The ecosystem runner (`npm run ecosystem`) over small checkouts and a baseline of the test's own. */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { git, makeTree } from '../helpers/tree';

const RUNNER = path.join(__dirname, 'run.js');
const COMMIT = 'a'.repeat(40);

function run(baseline: string, ...args: string[]): { code: number; out: string; err: string } {
  const r = spawnSync(process.execPath, [RUNNER, ...args], {
    encoding: 'utf8',
    env: { ...process.env, DUNDERLINT_ECOSYSTEM_BASELINE: baseline, NO_COLOR: '1' },
  });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}

/** A checkout folder `<eco>/demo` like the README makes: one commit "snapshot owner/name@sha". */
function ecosystem(files: Record<string, string>): { eco: string; demo: string; baseline: string } {
  const eco = makeTree({ 'demo/.keep': '' });
  const demo = path.join(eco, 'demo');
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(demo, rel)), { recursive: true });
    fs.writeFileSync(path.join(demo, rel), text);
  }
  git(demo, 'init', '-q');
  git(demo, 'add', '-A');
  git(demo, '-c', 'user.name=t', '-c', 'user.email=t@localhost', 'commit', '-qm', `snapshot owner/demo@${COMMIT}`);
  return { eco, demo, baseline: path.join(makeTree({}), 'baseline.json') };
}

const UNDEFINED = { '.gitignore': '__pycache__/\n', 'pkg/__init__.py': '__all__ = ["missing"]\n' };

describe('ecosystem runner', () => {
  test('a finding not in the baseline is listed as new and unjudged, and the run exits 1', () => {
    const { demo, baseline } = ecosystem(UNDEFINED);
    const r = run(baseline, demo);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/demo\s+all-undefined\s+1\s+0\s+0\s+1/);
    expect(r.out).toContain('new findings (not in the baseline): 1');
    expect(r.out).toMatch(/demo all-undefined pkg\/__init__\.py:1 "missing" in `__all__` is never defined/);
    expect(fs.existsSync(baseline)).toBe(false);
  });

  test('--update writes new findings as unjudged with the pinned snapshot, and a judged baseline passes with its precision and false positives by cause', () => {
    const { demo, baseline } = ecosystem(UNDEFINED);
    expect(run(baseline, '--update', demo).code).toBe(1);
    const written = JSON.parse(fs.readFileSync(baseline, 'utf8'));
    expect(written.projects).toEqual({ demo: { repo: 'owner/demo', commit: COMMIT } });
    expect(written.findings).toEqual([
      expect.objectContaining({ project: 'demo', rule: 'all-undefined', severity: 'error', path: 'pkg/__init__.py', line: 1, verdict: 'unjudged' }),
    ]);

    written.findings[0].verdict = 'fp';
    written.findings[0].reason = 'for the test';
    written.findings[0].cause = 'test-data';
    fs.writeFileSync(baseline, JSON.stringify(written));
    const judged = run(baseline, demo);
    expect(judged.code).toBe(0);
    expect(judged.out).toContain('1 findings: 0 tp, 1 fp (1 of severity error), 0 unjudged; precision 0.0 %');
    expect(judged.out).toContain('new findings (not in the baseline): 0');
    expect(judged.out).toMatch(/false positives by cause:\n\s+1 {2}test-data \(1 of severity error\)/);
  });

  test('a judged finding the tool no longer reports is listed as gone, and --update drops it keeping the other verdicts', () => {
    const { demo, baseline } = ecosystem({ ...UNDEFINED, 'app/__init__.py': '__all__ = ["other"]\n' });
    run(baseline, '--update', demo);
    const b = JSON.parse(fs.readFileSync(baseline, 'utf8'));
    for (const f of b.findings) Object.assign(f, { verdict: 'tp', reason: 'r' });
    fs.writeFileSync(baseline, JSON.stringify(b));

    fs.writeFileSync(path.join(demo, 'pkg', '__init__.py'), '__all__ = []\n');
    const r = run(baseline, demo);
    expect(r.code).toBe(0);
    expect(r.out).toContain('findings gone (in the baseline, not found now): 1');
    expect(r.out).toMatch(/demo all-undefined pkg\/__init__\.py:1 .*\[was tp\]/);

    expect(run(baseline, '--update', demo).code).toBe(0);
    const after = JSON.parse(fs.readFileSync(baseline, 'utf8'));
    expect(after.findings).toEqual([expect.objectContaining({ path: 'app/__init__.py', verdict: 'tp', reason: 'r' })]);
  });

  test('a true positive listed as expected that the tool no longer finds makes the run exit 1 and is named', () => {
    const { demo, baseline } = ecosystem(UNDEFINED);
    run(baseline, '--update', demo);
    const b = JSON.parse(fs.readFileSync(baseline, 'utf8'));
    for (const f of b.findings) Object.assign(f, { verdict: 'tp', reason: 'r' });
    b.expected = [
      { project: 'demo', rule: 'all-undefined', match: '"missing"', reason: 'the undefined export' },
      { project: 'demo', rule: 'missing-init', match: '`sub/`', reason: 'a folder imported as a package' },
    ];
    fs.writeFileSync(baseline, JSON.stringify(b));
    const r = run(baseline, demo);
    expect(r.code).toBe(1);
    expect(r.out).toContain('expected true positives not found: 1 of 2');
    expect(r.out).toContain('  demo missing-init `sub/`: a folder imported as a package');
    expect(run(baseline, '--update', demo).code).toBe(1);
    expect(JSON.parse(fs.readFileSync(baseline, 'utf8')).expected).toHaveLength(2);
  });

  test('a project the CLI cannot lint makes the run exit 2 and says which', () => {
    const { demo, baseline } = ecosystem({ ...UNDEFINED, 'pyproject.toml': '[tool.dunderlint]\nbogus = 1\n' });
    const r = run(baseline, demo);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/ecosystem: error: demo: exit 2: dunderlint: error: pyproject\.toml: tool\.dunderlint\.bogus: unknown key/);
  });

  test('a checkout whose snapshot differs from the pinned commit is warned about', () => {
    const { demo, baseline } = ecosystem(UNDEFINED);
    fs.writeFileSync(baseline, JSON.stringify({ projects: { demo: { repo: 'owner/demo', commit: 'b'.repeat(40) } }, findings: [] }));
    const r = run(baseline, demo);
    expect(r.err).toContain(`ecosystem: warning: demo is owner/demo@${COMMIT}, the baseline pins owner/demo@${'b'.repeat(40)}`);
  });
});
