/**
 * Our findings and fixes in the Language Server Protocol's terms. Our columns count code points
 * (1-based); LSP positions count UTF-16 code units (0-based), the one encoding every client speaks.
 */
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type {
  CreateFile,
  Diagnostic as LspDiagnostic,
  Position,
  Range,
  RenameFile,
  TextDocumentEdit,
  WorkspaceEdit,
} from 'vscode-languageserver/node';
import { DiagnosticSeverity } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { newContent, readContent, type FileContent } from '../fix/files';
import { planFixes } from '../fix/apply';
import { ruleDocsUrl } from '../package-info';
import type { Diagnostic, Location } from '../types';

export function fileUri(abs: string): string {
  return pathToFileURL(abs).href;
}

/** A project's files as the editor has them: open buffers first, else the disk. */
export class Texts {
  constructor(
    readonly root: string,
    private readonly buffers: ReadonlyMap<string, string>,
    /** The file's text on disk (decoded as Python decodes it), or null. */
    private readonly disk: (projectPath: string) => string | null = (p) => readContent(path.join(root, p))?.text ?? null,
  ) {}

  private readonly split = new Map<string, string[]>();

  text(projectPath: string): string | null {
    return this.buffers.get(projectPath) ?? this.disk(projectPath);
  }

  /** The file's lines (none when it cannot be read), split once: a file may have many findings. */
  lines(projectPath: string): string[] {
    let lines = this.split.get(projectPath);
    if (!lines) {
      const text = this.text(projectPath);
      this.split.set(projectPath, (lines = text === null ? [] : text.split(LINE_BREAK)));
    }
    return lines;
  }

  /** What a fix starts from: the buffer's text, or null to let the fix read the disk. */
  contents(): Map<string, FileContent> {
    return new Map([...this.buffers].map(([p, t]) => [p, newContent(t)]));
  }
}

const LINE_BREAK = /\r\n|\r|\n/;

/** The UTF-16 offset in `line` of the 1-based code point column (clamped to the line). */
function utf16Column(line: string, column: number): number {
  let units = 0;
  for (let points = 1; points < column && units < line.length; points++) {
    const c = line.charCodeAt(units);
    units += c >= 0xd800 && c <= 0xdbff && units + 1 < line.length ? 2 : 1;
  }
  return units;
}

export function lspRange(location: Location, texts: Texts): Range {
  const lines = texts.lines(location.path);
  const position = (p: { line: number; column: number }): Position => {
    const line = lines[p.line - 1];
    // Without the text (a binary file), columns of ASCII lines are what they say.
    return { line: p.line - 1, character: line === undefined ? Math.max(0, p.column - 1) : utf16Column(line, p.column) };
  };
  const start = position(location.start);
  const end = position(location.end);
  return { start, end: end.line < start.line || (end.line === start.line && end.character < start.character) ? start : end };
}

export function lspDiagnostic(d: Diagnostic, texts: Texts): LspDiagnostic {
  const href = ruleDocsUrl(d.rule);
  return {
    range: lspRange(d.location, texts),
    severity: d.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    code: d.rule,
    ...(href ? { codeDescription: { href } } : {}),
    source: 'dunderlint',
    message: d.message,
    ...(d.related.length
      ? {
          relatedInformation: d.related.map((r) => ({
            message: r.message,
            location: { uri: fileUri(path.join(texts.root, r.location.path)), range: lspRange(r.location, texts) },
          })),
        }
      : {}),
  };
}

export interface EditSupport {
  /** `documentChanges` with create and rename operations. */
  resourceOperations: { create: boolean; rename: boolean };
  documentChanges: boolean;
}

/**
 * The fix as a workspace edit, planned as `--fix` plans it (checked the same way), from the
 * buffers' text; null when the client cannot apply it (untracking is no edit; creating a file
 * needs resource operations) or the fix would be dropped.
 */
export function fixEdit(d: Diagnostic, texts: Texts, versions: ReadonlyMap<string, number>, support: EditSupport): WorkspaceEdit | null {
  const plan = planFixes(texts.root, [d], true, texts.contents());
  if (plan.fixed.length === 0 || plan.untrack.length || plan.finishRenames.length || plan.remove.length) return null;
  if (!support.documentChanges) return null;
  const changes: Array<TextDocumentEdit | CreateFile | RenameFile> = [];
  const uri = (p: string): string => fileUri(path.join(texts.root, p));
  for (const { from, to } of plan.renames) {
    if (!support.resourceOperations.rename) return null;
    changes.push({ kind: 'rename', oldUri: uri(from), newUri: uri(to), options: { ignoreIfExists: true } });
  }
  for (const [p, { before, after }] of plan.text) {
    if (before === null) {
      if (!support.resourceOperations.create) return null;
      // No `ignoreIfExists`: the fix is there because the file is not; a client that honours
      // the option (Neovim 0.7) would otherwise open a buffer and write nothing.
      changes.push({ kind: 'create', uri: uri(p) });
    }
    const old = before?.text ?? '';
    if (old === after.text) continue;
    changes.push({ textDocument: { uri: uri(p), version: versions.get(p) ?? null }, edits: [minimalEdit(old, after.text)] });
  }
  return { documentChanges: changes };
}

/** One edit that turns `before` into `after`: what lies between their common prefix and suffix. */
function minimalEdit(before: string, after: string): { range: Range; newText: string } {
  let start = 0;
  const shorter = Math.min(before.length, after.length);
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = 0;
  while (end < shorter - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
  // Never split a surrogate pair or a CRLF.
  const low = (s: string, i: number): boolean => /[\uDC00-\uDFFF\n]/.test(s.charAt(i));
  while (start > 0 && low(before, start)) start--;
  while (end > 0 && low(before, before.length - end)) end--;
  const doc = TextDocument.create('file:///', 'python', 0, before);
  return { range: { start: doc.positionAt(start), end: doc.positionAt(before.length - end) }, newText: after.slice(start, after.length - end) };
}

const DIRECTIVE = /#\s*dunderlint:\s*disable\s*=\s*[A-Za-z0-9_-]+(?:\s*,\s*[A-Za-z0-9_-]+)*/;

/** An edit that adds `# dunderlint: disable=RULE` to the finding's line, or null where a comment cannot go. */
export function disableEdit(d: Diagnostic, texts: Texts, versions: ReadonlyMap<string, number>, support: EditSupport): WorkspaceEdit | null {
  if (!/\.pyi?$/.test(d.location.path)) return null;
  const line = texts.lines(d.location.path)[d.location.start.line - 1];
  // After a backslash continuation a comment would end the statement.
  if (line === undefined || line.trimEnd().endsWith('\\')) return null;
  const existing = DIRECTIVE.exec(line);
  const at = existing ? existing.index + existing[0].length : line.length;
  const insert = existing ? `,${d.rule}` : `  # dunderlint: disable=${d.rule}`;
  const position = { line: d.location.start.line - 1, character: at };
  const edit = { range: { start: position, end: position }, newText: insert };
  const uri = fileUri(path.join(texts.root, d.location.path));
  if (!support.documentChanges) return { changes: { [uri]: [edit] } };
  return { documentChanges: [{ textDocument: { uri, version: versions.get(d.location.path) ?? null }, edits: [edit] }] };
}
