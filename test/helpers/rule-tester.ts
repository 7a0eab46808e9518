/**
 * ESLint's RuleTester shape over real trees on disk: each case is linted with only the rule under
 * test; invalid cases list the expected findings and, for fixable rules, the tree after `--fix`
 * (a second `--fix` must then change nothing).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Rule } from '../../src/engine/rule';
import { lint } from '../../src/lint';
import { makeTree, readTree, trackedFiles, type GitMode, type Tree } from './tree';

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

function setUp(rule: Rule, c: ValidCase): string {
  const tree: Tree = { ...c.tree };
  if (c.options) tree['.dunderlint.toml'] = `[rules]\n"${rule.id}" = ["error", ${toToml(c.options)}]\n`;
  return makeTree(tree, c.git ?? 'none');
}

function toToml(options: Record<string, unknown>): string {
  return `{ ${Object.entries(options).map(([k, v]) => `${k} = ${JSON.stringify(v)}`).join(', ')} }`;
}

function messageIdOf(rule: Rule, message: string): string | undefined {
  return Object.entries(rule.meta.messages).find(([, t]) => {
    const pattern = t.split(/\{\{\s*\w+\s*\}\}/).map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[\\s\\S]*');
    return new RegExp(`^${pattern}$`).test(message);
  })?.[0];
}

export function runRuleTester(rule: Rule, cases: RuleCases): void {
  describe(rule.id, () => {
    describe('valid', () => {
      for (const c of cases.valid) {
        it(c.name, async () => {
          const dir = setUp(rule, c);
          const result = await lint({ cwd: dir, rules: [rule] });
          expect(result.crashes).toEqual([]);
          expect(result.diagnostics.map((d) => `${d.location.path}: ${d.message}`)).toEqual([]);
        });
      }
    });
    describe('invalid', () => {
      for (const c of cases.invalid) {
        it(c.name, async () => {
          const dir = setUp(rule, c);
          const result = await lint({ cwd: dir, rules: [rule] });
          expect(result.crashes).toEqual([]);
          const actual = result.diagnostics.map((d) => ({
            path: d.location.path,
            line: d.location.start.line,
            column: d.location.start.column,
            messageId: messageIdOf(rule, d.message),
            message: d.message,
          }));
          expect(actual).toHaveLength(c.errors.length);
          c.errors.forEach((e, i) => {
            const a = actual[i]!;
            expect(a.path).toBe(e.path);
            if (e.line !== undefined) expect(a.line).toBe(e.line);
            if (e.column !== undefined) expect(a.column).toBe(e.column);
            if (e.messageId !== undefined) expect(a.messageId).toBe(e.messageId);
            if (e.message !== undefined) expect(a.message).toMatch(e.message);
          });
          if (c.output || c.untracked) {
            const before = c.git && c.git !== 'none' ? trackedFiles(dir) : [];
            await lint({ cwd: dir, rules: [rule], fix: true, unsafeFixes: true });
            const after = readTree(dir);
            for (const [p, content] of Object.entries(c.output ?? {})) {
              if (content === null) expect(after[p]).toBeUndefined();
              else expect(after[p]).toBe(content);
            }
            for (const p of c.untracked ?? []) {
              expect(before.some((t) => t === p || t.startsWith(`${p}/`))).toBe(true);
              expect(trackedFiles(dir).filter((t) => t === p || t.startsWith(`${p}/`))).toEqual([]);
              expect(fs.existsSync(path.join(dir, p))).toBe(true); // untracking never deletes
            }
            // Idempotent: a second --fix finds nothing left to fix and changes no file.
            const again = await lint({ cwd: dir, rules: [rule], fix: true, unsafeFixes: true });
            expect(again.fixed).toEqual([]);
            expect(readTree(dir)).toEqual(after);
            // And the fix repaired what it was for: the rule is satisfied.
            expect(again.diagnostics.map((d) => `${d.location.path}: ${d.message}`)).toHaveLength(c.remainingAfterFix ?? 0);
          }
        });
      }
    });
  });
}
