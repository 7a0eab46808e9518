#!/usr/bin/env node
/**
 * `npm run ecosystem -- [--update] [--markdown] [DIR…]`: lints real checkouts with the built CLI and
 * compares the findings with the judged baseline (test/ecosystem/baseline.json).
 *
 * Prints, per project and rule, the findings and how many the baseline judged true / false positive
 * (or not at all); the precision over judged findings; then the findings that are new (not in the
 * baseline) and those gone. A finding is keyed by project + rule + path + line + message; one whose
 * message alone changed keeps its verdict (listed as reworded).
 *
 * Exit 1 when any current finding is unjudged (new, or in the baseline as "unjudged"): a change that
 * adds findings must have them judged; and when a true positive listed in the baseline's `expected`
 * is no longer found. Exit 2 when a project cannot be linted.
 * `--update` writes the new findings into the baseline as "unjudged" and drops the gone ones (only
 * for the projects that were linted), keeping every verdict already given.
 *
 * With no DIR: the folders of $DUNDERLINT_ECOSYSTEM (default /work/eco), one checkout each.
 * The project name is the folder's name; see test/ecosystem/README.md for how to make the checkouts.
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const ROOT = path.resolve(__dirname, '..', '..');
const CLI = path.join(ROOT, 'bin', 'dunderlint.js');
// Tests point this at a baseline of their own.
const BASELINE = process.env.DUNDERLINT_ECOSYSTEM_BASELINE || path.join(__dirname, 'baseline.json');
const VERDICTS = new Set(['tp', 'fp', 'unjudged']);

function parseArgs(argv) {
  const opts = { update: false, markdown: false, dirs: [] };
  for (const arg of argv) {
    if (arg === '--update') opts.update = true;
    else if (arg === '--markdown') opts.markdown = true;
    else if (arg === '-h' || arg === '--help') {
      process.stdout.write('usage: npm run ecosystem -- [--update] [--markdown] [DIR…]\n');
      process.exit(0);
    } else if (arg.startsWith('-')) {
      process.stderr.write(`ecosystem: error: unknown option ${arg}\n`);
      process.exit(2);
    } else opts.dirs.push(path.resolve(arg));
  }
  if (opts.dirs.length === 0) {
    const base = process.env.DUNDERLINT_ECOSYSTEM || '/work/eco';
    if (!fs.existsSync(base)) {
      process.stderr.write(`ecosystem: error: no checkouts: ${base} does not exist (give DIRs or set DUNDERLINT_ECOSYSTEM)\n`);
      process.exit(2);
    }
    opts.dirs = fs
      .readdirSync(base, { withFileTypes: true })
      .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
      .map((e) => path.join(base, e.name))
      .sort();
  }
  return opts;
}

const keyOf = (f) => [f.project, f.rule, f.path, f.line, f.message].join('\0');

function loadBaseline() {
  if (!fs.existsSync(BASELINE)) return { projects: {}, findings: [] };
  const baseline = JSON.parse(fs.readFileSync(BASELINE, 'utf8'));
  for (const f of baseline.findings) {
    if (!VERDICTS.has(f.verdict)) throw new Error(`baseline: bad verdict ${JSON.stringify(f.verdict)} for ${f.project} ${f.path}:${f.line}`);
  }
  return baseline;
}

/** The snapshot's origin, from the checkout's commit subject "snapshot owner/name@sha" (README). */
function snapshotOrigin(dir) {
  const r = spawnSync('git', ['-C', dir, 'log', '-1', '--format=%s'], { encoding: 'utf8' });
  const m = /^snapshot (\S+?)@([0-9a-f]{40})/.exec(r.stdout || '');
  return m ? { repo: m[1], commit: m[2] } : undefined;
}

function lintProject(dir) {
  const r = spawnSync(process.execPath, [CLI, '--format', 'json', '--no-cache', '--exit-zero', '.'], {
    cwd: dir,
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
  });
  if (r.status !== 0) return { error: `exit ${r.status ?? r.signal}: ${(r.stderr || '').trim().split('\n').slice(0, 5).join(' | ')}` };
  const report = JSON.parse(r.stdout);
  return { diagnostics: report.diagnostics, stderr: (r.stderr || '').trim() };
}

function pad(cells, widths) {
  return cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
}

function printTable(rows, markdown) {
  const head = ['project', 'rule', 'findings', 'tp', 'fp', 'unjudged'];
  if (markdown) {
    console.log(`| ${head.join(' | ')} |`);
    console.log(`|${head.map((_, i) => (i < 2 ? ' --- ' : ' ---: ')).join('|')}|`);
    for (const r of rows) console.log(`| ${r.join(' | ')} |`);
    return;
  }
  const first = rows.map((r) => `${r[0]}  ${r[1]}`);
  const widths = [Math.max(14, ...first.map((s) => s.length)), 8, 5, 5, 8];
  console.log(pad([`${head[0]}  ${head[1]}`, ...head.slice(2)], widths));
  rows.forEach((r, i) => console.log(pad([first[i], ...r.slice(2)], widths)));
}

function main() {
  const opts = parseArgs(process.argv.slice(2));
  const baseline = loadBaseline();
  const judged = new Map(baseline.findings.map((f) => [keyOf(f), f]));
  const current = [];
  const linted = new Set();
  let failed = false;

  for (const dir of opts.dirs) {
    const project = path.basename(dir);
    const pin = baseline.projects[project];
    const origin = snapshotOrigin(dir);
    if (pin && origin && (pin.repo !== origin.repo || pin.commit !== origin.commit)) {
      console.error(`ecosystem: warning: ${project} is ${origin.repo}@${origin.commit}, the baseline pins ${pin.repo}@${pin.commit}`);
    }
    const result = lintProject(dir);
    if (result.error) {
      console.error(`ecosystem: error: ${project}: ${result.error}`);
      failed = true;
      continue;
    }
    if (result.stderr) console.error(`${project}: ${result.stderr.split('\n').join(`\n${project}: `)}`);
    linted.add(project);
    if (!pin && opts.update && origin) baseline.projects[project] = origin;
    for (const d of result.diagnostics) {
      current.push({ project, rule: d.rule, severity: d.severity, path: d.path, line: d.line, message: d.message });
    }
  }

  // A finding whose wording changed is the same finding: same project, rule, path and line as one
  // in the baseline that is not found as such any more. Its verdict carries over.
  const currentKeySet = new Set(current.map(keyOf));
  const place = (f) => [f.project, f.rule, f.path, f.line].join('\0');
  const orphans = new Map();
  for (const f of baseline.findings) {
    if (currentKeySet.has(keyOf(f))) continue;
    const list = orphans.get(place(f)) ?? [];
    list.push(f);
    orphans.set(place(f), list);
  }
  const reworded = [];
  for (const f of current) {
    if (judged.has(keyOf(f))) continue;
    const old = orphans.get(place(f))?.shift();
    if (!old) continue;
    const carried = { ...old, message: f.message, severity: f.severity };
    judged.set(keyOf(f), carried);
    reworded.push({ old, now: carried });
  }

  // Table per project and rule.
  const cells = new Map();
  const totals = { findings: 0, tp: 0, fp: 0, unjudged: 0, errorFp: 0 };
  for (const f of current) {
    const verdict = judged.get(keyOf(f))?.verdict ?? 'unjudged';
    const k = `${f.project}\0${f.rule}`;
    const cell = cells.get(k) ?? { findings: 0, tp: 0, fp: 0, unjudged: 0 };
    cell.findings++;
    cell[verdict]++;
    cells.set(k, cell);
    totals.findings++;
    totals[verdict]++;
    if (verdict === 'fp' && f.severity === 'error') totals.errorFp++;
  }
  const rows = [...cells.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, c]) => [...k.split('\0'), c.findings, c.tp, c.fp, c.unjudged]);
  for (const project of linted) {
    if (!current.some((f) => f.project === project)) rows.push([project, '(none)', 0, 0, 0, 0]);
  }
  rows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  printTable(rows, opts.markdown);
  const judgedCount = totals.tp + totals.fp;
  const precision = judgedCount ? ((100 * totals.tp) / judgedCount).toFixed(1) : 'n/a';
  console.log(
    `\n${linted.size} projects, ${totals.findings} findings: ${totals.tp} tp, ${totals.fp} fp (${totals.errorFp} of severity error), ` +
      `${totals.unjudged} unjudged; precision ${precision} % (tp / judged)`,
  );

  // False positives by cause: what to fix in the model first.
  const causes = new Map();
  for (const f of current) {
    const j = judged.get(keyOf(f));
    if (j?.verdict !== 'fp') continue;
    const c = causes.get(j.cause || '(no cause)') ?? { count: 0, errors: 0 };
    c.count++;
    if (f.severity === 'error') c.errors++;
    causes.set(j.cause || '(no cause)', c);
  }
  if (causes.size) {
    console.log('\nfalse positives by cause:');
    for (const [cause, c] of [...causes].sort((a, b) => b[1].count - a[1].count)) {
      console.log(`  ${String(c.count).padStart(5)}  ${cause}${c.errors ? ` (${c.errors} of severity error)` : ''}`);
    }
  }

  // Diff against the baseline, for the projects linted now.
  const currentKeys = new Set(current.map(keyOf));
  const rewordedOld = new Set(reworded.map((r) => r.old));
  const added = current.filter((f) => !judged.has(keyOf(f)));
  const gone = baseline.findings.filter((f) => linted.has(f.project) && !currentKeys.has(keyOf(f)) && !rewordedOld.has(f));
  const show = (f) => `  ${f.project} ${f.rule} ${f.path}:${f.line} ${f.message}`;
  console.log(`\nnew findings (not in the baseline): ${added.length}`);
  for (const f of added) console.log(show(f));
  console.log(`findings gone (in the baseline, not found now): ${gone.length}`);
  for (const f of gone) console.log(`${show(f)}  [was ${f.verdict}]`);
  console.log(`findings reworded (verdict kept): ${reworded.length}`);
  for (const { old: o, now } of reworded) console.log(`${show(now)}  [${now.verdict}; was: ${o.message}]`);

  // True positives the tool must keep finding, whatever their line or wording: each names a
  // project, a rule and a part of the message (the folder or name the finding is about).
  const expected = (baseline.expected ?? []).filter((e) => linted.has(e.project));
  const missing = expected.filter((e) => !current.some((f) => f.project === e.project && f.rule === e.rule && f.message.includes(e.match)));
  console.log(`expected true positives not found: ${missing.length} of ${expected.length}`);
  for (const e of missing) console.log(`  ${e.project} ${e.rule} ${e.match}: ${e.reason}`);

  if (opts.update) {
    const goneKeys = new Set(gone.map(keyOf));
    const kept = baseline.findings.filter((f) => !goneKeys.has(keyOf(f)) && !rewordedOld.has(f));
    for (const { now } of reworded) kept.push(now);
    for (const f of added) kept.push({ ...f, verdict: 'unjudged', reason: '', cause: '' });
    const order = (f) => [f.project, f.path, String(f.line).padStart(8, '0'), f.rule, f.message].join('\0');
    kept.sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
    const projects = Object.fromEntries(Object.entries(baseline.projects).sort(([a], [b]) => (a < b ? -1 : 1)));
    const out = { projects, ...(baseline.expected ? { expected: baseline.expected } : {}), findings: kept };
    fs.writeFileSync(BASELINE, `${JSON.stringify(out, null, 2)}\n`);
    console.log(`\nwrote ${path.relative(process.cwd(), BASELINE)}: ${added.length} added as unjudged, ${gone.length} dropped`);
  }

  if (failed) process.exit(2);
  if (totals.unjudged > 0) {
    console.log(`\n${totals.unjudged} findings are unjudged: judge them in test/ecosystem/baseline.json (verdict, reason, cause)`);
  }
  if (totals.unjudged > 0 || missing.length > 0) process.exit(1);
}

main();
