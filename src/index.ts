/** Public API: run the linter from code, or write rules of your own. */
export { lint, type LintOptions, type LintResult } from './lint';
export { defineRule, fileStart, type Rule, type RuleContext, type RuleMeta, type Visitors } from './engine/rule';
export { builtinRules } from '../rules';
export type { Diagnostic, Fix, FixOperation, Location, Severity } from './types';
export type { Project } from './project/project';
export type { Directory, ProjectFile, TrackedEntry } from './project/model';
