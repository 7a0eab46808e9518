#!/usr/bin/env node
/**
 * `npm run compare:ruff [folder]`: runs ruff's WebAssembly build (PLE0604, PLE0605, F822, RUF022,
 * RUF068) and dunderlint's matching rules over the same Python files (default: the installed
 * standard library) and prints the agreements and every disagreement with a one-word reason.
 * Findings are matched by file, rule family and line.
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { stdlibRoot, pythonFiles } = require('../../bench/stdlib');
const ruff = require('@astral-sh/ruff-wasm-nodejs');
const { lint } = require('../../dist/src/lint');
const { decodeSource } = require('../../dist/src/python/source');
const { scanModule } = require('../../dist/src/python/facts');

const FAMILIES = {
  'invalid-all-object': 'non-string', // PLE0604
  'invalid-all-format': 'format', // PLE0605
  'undefined-export': 'undefined', // F822
  'unsorted-dunder-all': 'unsorted', // RUF022
  'duplicate-entry-in-dunder-all': 'duplicate', // RUF068
};
const OURS = {
  'all-non-string': 'non-string',
  'all-not-sequence': 'format',
  'all-undefined': 'undefined',
  'all-unsorted': 'unsorted',
  'all-duplicate': 'duplicate',
};

async function main() {
  const root = path.resolve(process.argv[2] ?? stdlibRoot());
  const ruleSettings = Object.keys(OURS).map((id) => `${id}:error`);
  const ours = await lint({ cwd: root, paths: ['.'], ruleOverrides: ruleSettings, rules: require('../../dist/rules').builtinRules.filter((r) => r.id in OURS) });
  const all = pythonFiles(root);
  const workspace = new ruff.Workspace({ preview: true, lint: { select: ['PLE0604', 'PLE0605', 'F822', 'RUF022', 'RUF068'] } }, ruff.PositionEncoding.Utf16);
  const theirs = [];
  const factsByFile = new Map();
  for (const file of all) {
    const rel = path.relative(root, file).split(path.sep).join('/');
    const decoded = decodeSource(fs.readFileSync(file));
    if (decoded.error) continue;
    factsByFile.set(rel, scanModule(decoded.text));
    for (const d of workspace.check(decoded.text)) {
      const family = FAMILIES[d.code];
      if (family) theirs.push({ file: rel, family, line: d.start_location.row, message: d.message });
    }
  }
  const oursList = ours.diagnostics.filter((d) => OURS[d.rule]).map((d) => ({ file: d.location.path, family: OURS[d.rule], line: d.location.start.line, message: d.message }));
  // Match on file + family + statement: both tools' lines are mapped to the line of the __all__ statement.
  const stmtLine = (file, line) => {
    const facts = factsByFile.get(file);
    if (!facts) return line;
    for (const op of facts.dunderAll) if (line >= op.start.line && line <= op.valueEnd.line) return op.start.line;
    return line;
  };
  const key = (x) => `${x.file}\0${x.family}\0${stmtLine(x.file, x.line)}`;
  const ourKeys = new Map(oursList.map((x) => [key(x), x]));
  const theirKeys = new Map(theirs.map((x) => [key(x), x]));
  let agree = 0;
  const disagreements = [];
  for (const [k, x] of theirKeys) (ourKeys.has(k) ? agree++ : disagreements.push({ side: 'ruff only', ...x, reason: reason('ruff', x, factsByFile.get(x.file)) }));
  for (const [k, x] of ourKeys) if (!theirKeys.has(k)) disagreements.push({ side: 'dunderlint only', ...x, reason: reason('ours', x, factsByFile.get(x.file)) });
  console.log(`${all.length} files under ${root}`);
  console.log(`agreements: ${agree} (findings both tools report on the same __all__ statement)`);
  console.log(`disagreements: ${disagreements.length}`);
  const byReason = {};
  for (const d of disagreements) byReason[d.reason] = (byReason[d.reason] ?? 0) + 1;
  console.log(`by reason: ${JSON.stringify(byReason)}`);
  for (const d of disagreements.sort((a, b) => (a.file < b.file ? -1 : 1))) {
    console.log(`  ${d.reason.padEnd(20)} ${d.side.padEnd(15)} ${d.family.padEnd(10)} ${d.file}:${d.line}  ${d.message.slice(0, 90)}`);
  }
}

/** Why the tools differ, in one word; `unexplained` marks a difference nobody has looked at yet. */
function reason(side, x, facts) {
  const ops = facts?.dunderAll ?? [];
  const op = ops.find((o) => x.line >= o.start.line && x.line <= o.valueEnd.line);
  if (x.family === 'undefined') {
    if (side === 'ours' && /__init__\.py$/.test(x.file)) return '__init__-checked';
    if (side === 'ours' && op && op.op !== '=' && op.op !== '+=') return 'extend-tracked';
    // ruff's wasm build checks text without a path, so it cannot know a file is an __init__.py
    // whose submodules are valid exports (the ruff CLI skips F822 in __init__.py altogether).
    if (side === 'ruff' && /__init__\.py$/.test(x.file)) return '__init__-submodule';
    if (side === 'ruff' && (facts?.dynamicGlobals || facts?.functionGlobals.length)) return 'dynamic-globals';
    if (side === 'ruff' && facts?.getattrLine !== null) return 'module-getattr';
    if (side === 'ruff' && facts?.imports.some((i) => i.names.some((n) => n.name === '*'))) return 'star-import';
    if (side === 'ruff') return 'ruff-false-positive';
  }
  if (x.family === 'format') {
    if (side === 'ruff' && op && ['name', 'attribute', 'call', 'binop', 'comprehension', 'other', 'tuple'].includes(op.form)) return 'unsupported-form';
  }
  if (x.family === 'duplicate' && side === 'ruff' && op?.inBlock) return 'exclusive-branches';
  if (x.family === 'unsorted') return 'sort-order';
  return 'unexplained';
}

main().catch((e) => {
  console.error(e);
  process.exit(2);
});
