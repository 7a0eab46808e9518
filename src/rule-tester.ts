/**
 * The RuleTester of dunderlint's own rules, for plugin authors too (`dunderlint/rule-tester`).
 * ESLint's shape over real trees on disk: each case is written to a temporary folder and linted with
 * only the rule under test; invalid cases list the expected findings and, for fixable rules, the
 * files after `--fix` (a second `--fix` must then change nothing, and leave the rule satisfied).
 *
 * No test framework is needed: as ESLint's RuleTester, it registers one test per case with the
 * `describe`/`it` it is given (`RuleTester.describe`, `RuleTester.it`) or finds as globals (jest,
 * mocha, vitest's globals); without them `run()` runs every case itself and its promise rejects
 * with the failures. Assertions are node:assert's.
 */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Rule } from './engine/rule';
import type { Diagnostic } from './types';
import { findConfigFile } from './config/config';
import { lint, subjects, touches } from './lint';
import { joinPath } from './project/model';

export { RULE_API_VERSION, defineRule, fileStart, type OptionSpec, type Report, type Rule, type RuleContext, type RuleMeta, type Visitors } from './engine/rule';
export type { Plugin, PluginRule } from './engine/plugins';
export type { Diagnostic, Fix, FixOperation, Location, Position, TextEdit } from './types';
export type { GitState, Project, PythonModule } from './project/project';
export type { Directory, ProjectFile, TrackedEntry } from './project/model';
export type { ImportedName, ImportFact, ModuleFacts, Pos, Scope } from './python/facts';

/** Files of a case: path → content. */
export type Tree = Record<string, string | Buffer>;

/** How a case's tree becomes a repository: not at all, `git init` only, `git add -A`, or `git add -A -f`. */
export type GitMode = 'none' | 'init' | 'add' | 'add-force';

export interface ValidCase {
  name: string;
  tree: Tree;
  git?: GitMode;
  /** Rule options, written to `.dunderlint.toml`. */
  options?: Record<string, unknown>;
}

export interface ExpectedError {
  path: string;
  line?: number;
  column?: number;
  messageId?: string;
  /** Substring (or pattern) the message must contain. */
  message?: string | RegExp;
}

export interface InvalidCase extends ValidCase {
  /** Every finding, in report order (by path, line, column). */
  errors: ExpectedError[];
  /** After `--fix --unsafe-fixes`: file → content, or null for "must not exist". */
  output?: Record<string, string | null>;
  /** After the fix, these must be out of the git index (and still on disk). */
  untracked?: string[];
  /** Findings the rule still reports after `--fix` (default 0: the fix repairs everything). */
  remainingAfterFix?: number;
}

export interface RuleCases {
  valid: ValidCase[];
  invalid: InvalidCase[];
}

type Describe = (name: string, body: () => void) => unknown;
type It = (name: string, body: () => Promise<void>) => unknown;

/** A rule as a plugin exports it may leave its id to the plugin's `rules` key. */
type TestedRule = Omit<Rule, 'id'> & { id?: string };

export class RuleTester {
  /** The framework's `describe`; defaults to the global one, if any. */
  static describe: Describe | undefined;
  /** The framework's `it` (or `test`); defaults to the global one, if any. */
  static it: It | undefined;

  /**
   * Registers a test per case under `describe(rule id)`, or, with no framework, runs them all and
   * rejects with the failures (await it then).
   */
  run(tested: TestedRule, cases: RuleCases): Promise<void> {
    const rule: Rule = { ...tested, id: tested.id ?? 'rule-under-test' };
    const globals = globalThis as { describe?: Describe; it?: It };
    const describe = RuleTester.describe ?? globals.describe;
    const it = RuleTester.it ?? globals.it;
    const all = [
      ...cases.valid.map((c) => ({ group: 'valid', name: c.name, body: () => checkValid(rule, c) })),
      ...cases.invalid.map((c) => ({ group: 'invalid', name: c.name, body: () => checkInvalid(rule, c) })),
    ];
    if (describe && it) {
      describe(rule.id, () => {
        for (const group of ['valid', 'invalid']) {
          describe(group, () => {
            for (const c of all) if (c.group === group) it(c.name, c.body);
          });
        }
      });
      return Promise.resolve();
    }
    return (async () => {
      const failures: string[] = [];
      for (const c of all) {
        try {
          await c.body();
        } catch (e) {
          failures.push(`${rule.id} › ${c.group} › ${c.name}: ${(e as Error).message}`);
        }
      }
      if (failures.length) throw new assert.AssertionError({ message: `${failures.length} of ${all.length} cases failed:\n${failures.join('\n')}` });
    })();
  }
}

async function checkValid(rule: Rule, c: ValidCase): Promise<void> {
  await withTree(rule, c, async (dir) => {
    const result = await lint({ cwd: dir, rules: [rule] });
    assert.deepEqual(result.crashes, [], 'the rule threw');
    assert.deepEqual(result.diagnostics.map((d) => `${d.location.path}: ${d.message}`), [], 'a valid case has no findings');
  });
}

async function checkInvalid(rule: Rule, c: InvalidCase): Promise<void> {
  await withTree(rule, c, async (dir) => {
    const result = await lint({ cwd: dir, rules: [rule] });
    assert.deepEqual(result.crashes, [], 'the rule threw');
    const actual = result.diagnostics.map((d) => ({
      path: d.location.path,
      line: d.location.start.line,
      column: d.location.start.column,
      messageId: messageIdOf(rule, d.message),
      message: d.message,
    }));
    const shown = actual.map((a) => `${a.path}:${a.line}:${a.column} ${a.message}`).join('\n  ');
    if (rule.meta.moduleLocal) await checkModuleLocal(rule, dir, result.diagnostics);
    else await checkFocus(rule, dir, result.diagnostics);
    assert.equal(actual.length, c.errors.length, `expected ${c.errors.length} findings, got ${actual.length}:\n  ${shown}`);
    c.errors.forEach((e, i) => {
      const a = actual[i]!;
      const which = `finding ${i + 1} (${a.path}:${a.line}:${a.column} ${a.message})`;
      assert.equal(a.path, e.path, `${which}: path`);
      if (e.line !== undefined) assert.equal(a.line, e.line, `${which}: line`);
      if (e.column !== undefined) assert.equal(a.column, e.column, `${which}: column`);
      if (e.messageId !== undefined) assert.equal(a.messageId, e.messageId, `${which}: messageId`);
      if (typeof e.message === 'string') assert.ok(a.message.includes(e.message), `${which}: message should contain ${JSON.stringify(e.message)}`);
      else if (e.message) assert.match(a.message, e.message, `${which}: message`);
    });
    if (!c.output && !c.untracked) return;
    const before = c.git && c.git !== 'none' ? trackedFiles(dir) : [];
    await lint({ cwd: dir, rules: [rule], fix: true, unsafeFixes: true });
    const after = readTree(dir);
    for (const [p, content] of Object.entries(c.output ?? {})) {
      if (content === null) assert.equal(after[p], undefined, `after --fix, ${p} must not exist`);
      else assert.equal(after[p], content, `after --fix, the content of ${p}`);
    }
    for (const p of c.untracked ?? []) {
      const under = (t: string): boolean => t === p || t.startsWith(`${p}/`);
      assert.ok(before.some(under), `${p} was tracked before --fix`);
      assert.deepEqual(trackedFiles(dir).filter(under), [], `after --fix, ${p} is untracked`);
      assert.ok(fs.existsSync(path.join(dir, p)), `untracking ${p} leaves it on disk`);
    }
    // Idempotent: a second --fix finds nothing left to fix and changes no file.
    const again = await lint({ cwd: dir, rules: [rule], fix: true, unsafeFixes: true });
    assert.deepEqual(again.fixed.map((d) => `${d.location.path}: ${d.message}`), [], 'a second --fix fixes nothing');
    assert.deepEqual(readTree(dir), after, 'a second --fix changes no file');
    // And the fix repaired what it was for: the rule is satisfied.
    const left = again.diagnostics.map((d) => `${d.location.path}: ${d.message}`);
    assert.equal(left.length, c.remainingAfterFix ?? 0, `findings left after --fix:\n  ${left.join('\n  ')}`);
  });
}

/**
 * `context.focus` is a promise too: a run that shows findings about some files only (a file named
 * on the command line, as `--staged` names the changed ones) finds exactly the findings of the whole
 * run that touch them, whatever work the rule skipped for the others.
 */
async function checkFocus(rule: Rule, dir: string, all: readonly Diagnostic[]): Promise<void> {
  if (findConfigFile(dir, dir, dir) === null && !fs.existsSync(path.join(dir, '.git'))) return; // see checkModuleLocal
  const key = (d: Diagnostic): string => `${d.location.path}:${d.location.start.line}:${d.location.start.column} ${d.message}`;
  const files = new Set(all.flatMap((d) => subjects(d)).filter((p) => fs.statSync(path.join(dir, p), { throwIfNoEntry: false })?.isFile()));
  for (const file of files) {
    const focused = await lint({ cwd: dir, rules: [rule], paths: [file] });
    assert.deepEqual(focused.diagnostics.map(key), all.filter((d) => touches(d, new Set([file]))).map(key), `focus: linting ${file} alone`);
  }
}

/**
 * `meta.moduleLocal` is a promise: each finding is about one module only (its location, related
 * locations and fix), and linting that module alone (the file named on the command line) finds
 * exactly the findings about it that the whole run found.
 */
async function checkModuleLocal(rule: Rule, dir: string, all: readonly Diagnostic[]): Promise<void> {
  for (const d of all) {
    const elsewhere = subjects(d).filter((p) => p !== d.location.path && p !== path.posix.dirname(d.location.path));
    assert.deepEqual(elsewhere, [], `moduleLocal: a finding in ${d.location.path} names other paths`);
  }
  const key = (d: Diagnostic): string => `${d.location.path}:${d.location.start.line}:${d.location.start.column} ${d.message}`;
  // A file named alone belongs to the project of the nearest config or git work tree: without
  // either, an empty config keeps the case's folder the project (for both runs).
  const configured = findConfigFile(dir, dir, dir) !== null || fs.existsSync(path.join(dir, '.git'));
  const marker = path.join(dir, '.dunderlint.toml');
  if (!configured) fs.writeFileSync(marker, '');
  try {
    const whole = configured ? all : (await lint({ cwd: dir, rules: [rule] })).diagnostics;
    for (const file of new Set(whole.map((d) => d.location.path))) {
      const alone = await lint({ cwd: dir, rules: [rule], paths: [file] });
      assert.deepEqual(alone.diagnostics.map(key), whole.filter((d) => d.location.path === file).map(key), `moduleLocal: linting ${file} alone`);
    }
  } finally {
    if (!configured) fs.rmSync(marker);
  }
}


async function withTree(rule: Rule, c: ValidCase, body: (dir: string) => Promise<void>): Promise<void> {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'dunderlint-rule-tester-')));
  try {
    const tree: Tree = { ...c.tree };
    if (c.options) tree['.dunderlint.toml'] = `[rules]\n"${rule.id}" = ["error", ${toToml(c.options)}]\n`;
    for (const [rel, content] of Object.entries(tree)) {
      const file = path.join(dir, rel);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, content);
    }
    const mode = c.git ?? 'none';
    if (mode !== 'none') {
      git(dir, 'init', '-q');
      if (mode === 'add') git(dir, 'add', '-A');
      if (mode === 'add-force') git(dir, 'add', '-A', '-f');
    }
    await body(dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function toToml(options: Record<string, unknown>): string {
  return `{ ${Object.entries(options).map(([k, v]) => `${k} = ${JSON.stringify(v)}`).join(', ')} }`;
}

/** The messageId whose template, its `{{placeholders}}` filled in any way, gives this message. */
function messageIdOf(rule: Rule, message: string): string | undefined {
  return Object.entries(rule.meta.messages).find(([, t]) => {
    const pattern = t.split(/\{\{\s*\w+\s*\}\}/).map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[\\s\\S]*');
    return new RegExp(`^${pattern}$`).test(message);
  })?.[0];
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function trackedFiles(dir: string): string[] {
  return git(dir, 'ls-files', '-z').split('\0').filter(Boolean).sort();
}

/** Every file under `dir` except `.git/`, as latin1 text (every byte kept). */
function readTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const visit = (abs: string, rel: string): void => {
    for (const e of fs.readdirSync(abs, { withFileTypes: true })) {
      if (e.name === '.git') continue;
      const r = joinPath(rel, e.name);
      if (e.isDirectory()) visit(path.join(abs, e.name), r);
      else out[r] = fs.readFileSync(path.join(abs, e.name), 'latin1');
    }
  };
  visit(dir, '');
  return out;
}
