/** Shared vocabulary of every stage: severities, locations, fixes and diagnostics. */

export type Severity = 'error' | 'warning';
/** How a rule is configured: `off` disables it. */
export type RuleLevel = 'off' | 'warn' | 'error';

/** 1-based line and column, as editors and every CI format expect. */
export interface Position {
  line: number;
  column: number;
}

export interface Location {
  /** Posix path relative to the project root. */
  path: string;
  start: Position;
  end: Position;
}

/** A file operation, kept as data so `--diff` can show it and `--fix` can apply it atomically. */
export type FixOperation =
  | { kind: 'createFile'; path: string; content: string }
  /** `git rm -r --cached`: leaves the working copy on disk. */
  | { kind: 'untrack'; paths: string[] }
  /** Append each line the file does not already contain (creates the file if missing). */
  | { kind: 'appendLines'; path: string; lines: string[] }
  /** Never overwrites: skipped when `to` already exists. */
  | { kind: 'rename'; from: string; to: string }
  | { kind: 'edit'; path: string; edits: TextEdit[]; exports?: ExportsChange };

/**
 * What an edit of a Python module does to the names its `__all__` lists (without it: nothing).
 * `--fix` re-scans the edited module and drops the fix unless it compiles and lists exactly these.
 */
export interface ExportsChange {
  remove?: string[];
  add?: string[];
}

export interface TextEdit {
  /** 0-based offsets into the file's text. */
  start: number;
  end: number;
  text: string;
}

export interface Fix {
  description: string;
  /** `unsafe` fixes may change behaviour; they need `--unsafe-fixes`. */
  applicability: 'safe' | 'unsafe';
  operations: FixOperation[];
}

export interface RelatedLocation {
  message: string;
  location: Location;
}

export interface Diagnostic {
  rule: string;
  severity: Severity;
  message: string;
  location: Location;
  fix: Fix | null;
  related: RelatedLocation[];
}
