/**
 * Public API: run the linter from code, or write rules of your own. The rule API (defineRule, the
 * visitors, the project model types) is versioned by RULE_API_VERSION; the RuleTester is
 * `dunderlint/rule-tester`.
 */
export { lint, type LintOptions, type LintResult } from './lint';
export { defineRule, fileStart, RULE_API_VERSION, type OptionSpec, type Report, type Rule, type RuleContext, type RuleMeta, type Visitors } from './engine/rule';
export type { Plugin, PluginRule } from './engine/plugins';
export { builtinRules } from '../rules';
export type { Diagnostic, Fix, FixOperation, Location, Position, Severity, TextEdit } from './types';
export type { GitState, Project, PythonModule } from './project/project';
export type { Directory, ProjectFile, TrackedEntry } from './project/model';
export type { ImportedName, ImportFact, ModuleFacts, Pos, Scope } from './python/facts';
