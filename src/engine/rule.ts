import type { Directory, ProjectFile, TrackedEntry } from '../project/model';
import type { ImportFact } from '../python/facts';
import type { Project, PythonModule } from '../project/project';
import type { Fix, Location, RuleLevel, Severity } from '../types';

export interface OptionSpec {
  type: 'string' | 'string[]' | 'boolean' | 'number';
  default: unknown;
  description: string;
}

/**
 * The version of the rule API (this file's types, the visitors and the project model they see). It
 * grows when a change would break a rule written for the previous one; a plugin may declare the
 * version it needs in `meta.apiVersion`, and a dunderlint with an older API refuses to load it.
 */
export const RULE_API_VERSION = 1;

export interface RuleMeta {
  description: string;
  /** For `--explain` and report links: a longer text (Markdown) and the web page of the rule. */
  docs?: { text?: string; url?: string };
  defaultSeverity: RuleLevel;
  fixable?: 'safe' | 'unsafe';
  /** `git`: the rule reads the git index or ignore rules, so it is skipped outside a work tree. */
  needs?: ReadonlyArray<'git'>;
  messages: Record<string, string>;
  options?: Record<string, OptionSpec>;
  /**
   * The rule's `module` and `import` visitors report only about the module they visit (located
   * there, related locations and fixes there too) and keep nothing for later. A run that reports
   * only about some files (`--staged`, a buffer, a subfolder) then skips them for other modules.
   */
  moduleLocal?: boolean;
}

export interface Report {
  messageId: string;
  data?: Record<string, string | number>;
  at: Location;
  related?: { message: string; location: Location }[];
  fix?: Fix;
}

export interface RuleContext {
  readonly project: Project;
  /** Options after defaults: every key of `meta.options` is present. */
  readonly options: Record<string, unknown>;
  /**
   * Set when the run shows only findings about some files (`--staged`, an editor buffer, paths on
   * the command line): whether a file is one of them. A finding is shown when its location, a
   * related location or a fix names such a file. A project rule may skip work whose findings could
   * name none; what it reports must not change.
   */
  readonly focus?: (path: string) => boolean;
  report(report: Report): void;
}

export interface Visitors {
  project?(project: Project): void;
  /** After every other visitor: the place for findings that need the whole project seen. */
  'project:exit'?(project: Project): void;
  directory?(dir: Directory): void;
  'directory:exit'?(dir: Directory): void;
  file?(file: ProjectFile): void;
  /** Every path in the git index, tracked files only; never called outside git. */
  trackedFile?(entry: TrackedEntry): void;
  /** Every Python source file (`.py`, `.pyi`), scanned. */
  module?(module: PythonModule): void;
  /** Every import statement of every Python source file, nested ones included. */
  import?(fact: ImportFact, module: PythonModule): void;
}

export interface Rule {
  id: string;
  meta: RuleMeta;
  /**
   * A built-in rule reads files only through the project model or node:fs's synchronous functions,
   * and runs git only through host/git.ts: the replay of a run (src/replay.ts) checks what they read.
   */
  create(context: RuleContext): Visitors;
}

export function defineRule(rule: Rule): Rule {
  return rule;
}

export interface ConfiguredRule {
  rule: Rule;
  severity: Severity;
  options: Record<string, unknown>;
}

/** `{{name}}` placeholders, as in ESLint's messages. */
export function formatMessage(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key: string) =>
    key in data ? String(data[key]) : whole,
  );
}

const EXCERPT_MAX = 60;

/**
 * Source quoted in a message: whitespace runs as one space, at most 60 characters (code points),
 * cut with `…`. Generated code can hold a 20,000-character expression, and a message quoting it
 * whole buries the finding.
 */
export function excerpt(source: string): string {
  const flat = source.replace(/\s+/g, ' ');
  if (flat.length <= EXCERPT_MAX) return flat;
  // Code points, so that no surrogate pair is cut; twice the units hold enough of them.
  const chars = Array.from(flat.slice(0, 2 * EXCERPT_MAX + 1));
  return chars.length <= EXCERPT_MAX ? flat : `${chars.slice(0, EXCERPT_MAX - 1).join('')}…`;
}

/** A file-level location: line 1, column 1, as ruff anchors file-level findings. */
export function fileStart(path: string): Location {
  return { path, start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
}
