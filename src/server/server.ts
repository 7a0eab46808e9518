/**
 * `dunderlint server`: a language server over stdio. One Session per workspace folder (or, for a
 * file outside them, per project the file belongs to); open buffers overlay the disk. Diagnostics
 * are published for every file of the project that has findings (structure findings are about the
 * project, not only the open file), and cleared when they go away.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CodeActionKind,
  createConnection,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  MessageType,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeAction,
  type Connection,
  type Diagnostic as LspDiagnostic,
  type InitializeParams,
  type WorkspaceFolder,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { builtinRules } from '../../rules';
import { findConfigFile } from '../config/config';
import { applyPlan, planFixes } from '../fix/apply';
import { gitToplevel } from '../host/git';
import type { Rule } from '../engine/rule';
import type { Diagnostic } from '../types';
import { disableEdit, fileUri, fixEdit, lspDiagnostic, Texts, type EditSupport } from './convert';
import { Session } from './session';

/** The client applied an edit that created or renamed files: they are read again. */
export const FILES_CHANGED_COMMAND = 'dunderlint.filesChanged';
/** A fix no workspace edit can express (untracking), or for a client without resource operations: the server applies it. */
export const APPLY_FIX_COMMAND = 'dunderlint.applyFix';

const DEFAULT_DEBOUNCE_MS = 100;

interface Published {
  diagnostic: Diagnostic;
  lsp: LspDiagnostic;
}

interface Root {
  session: Session;
  timer: NodeJS.Timeout | null;
  running: boolean;
  /** When the last run started (ms since the epoch). */
  lastStart: number;
  dirty: boolean;
  /** What was last published, by URI. */
  published: Map<string, Published[]>;
  /** The last error shown, so that each keystroke does not show it again. */
  shownError: string | null;
}

export interface ServerOptions {
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
  rules?: readonly Rule[];
}

export function startServer({ input = process.stdin, output = process.stdout, rules = builtinRules }: ServerOptions = {}): Connection {
  const connection = createConnection(input, output);
  // stdout carries the protocol: anything printed goes to the client's log instead.
  console.log = (...args: unknown[]) => connection.console.log(args.map(String).join(' '));
  console.warn = console.error = (...args: unknown[]) => connection.console.warn(args.map(String).join(' '));

  // A promise that fails (a message the client did not take) must not end the server.
  process.on('unhandledRejection', (e) => connection.console.error(`dunderlint: ${(e as Error)?.stack ?? String(e)}`));
  /** A notification, not `window/showMessageRequest`: nothing to wait for, and every client shows it. */
  const show = (type: MessageType, message: string): void => void connection.sendNotification(ShowMessageNotification.type, { type, message });

  const documents = new TextDocuments(TextDocument);
  const roots = new Map<string, Root>();
  let support: EditSupport = { documentChanges: false, resourceOperations: { create: false, rename: false } };
  let debounceMs = DEFAULT_DEBOUNCE_MS;
  let watchedByClient = false;
  let foldersByClient = false;

  const addRoot = (dir: string): Root => {
    const existing = roots.get(dir);
    if (existing) return existing;
    const root: Root = { session: new Session(dir, rules), timer: null, running: false, lastStart: 0, dirty: false, published: new Map(), shownError: null };
    roots.set(dir, root);
    return root;
  };
  /** The deepest root holding the file, if any. */
  const holding = (abs: string): Root | null => {
    let best: Root | null = null;
    for (const r of roots.values()) {
      if (r.session.projectPath(abs) !== null && (!best || r.session.root.length > best.session.root.length)) best = r;
    }
    return best;
  };
  /** The root of an open document: a file outside every root gets its own project's root. */
  const rootOf = (abs: string): Root => {
    const best = holding(abs);
    if (best) return best;
    const dir = path.dirname(abs);
    const toplevel = gitToplevel(dir);
    const config = findConfigFile(dir, toplevel, dir);
    return addRoot(config ? path.dirname(config) : (toplevel ?? dir));
  };
  const pathOf = (uri: string): string | null => (uri.startsWith('file:') ? fileURLToPath(uri) : null);

  /**
   * A change after a quiet spell is linted at once (after the messages already queued); while
   * changes keep coming, a run starts at most every `debounceMs`, and never while one is going.
   */
  const schedule = (root: Root): void => {
    root.dirty = true;
    if (root.running || root.timer) return; // run() schedules again when it ends
    const wait = Math.max(0, root.lastStart + debounceMs - Date.now());
    root.timer = setTimeout(() => void run(root), wait);
  };

  const run = async (root: Root): Promise<void> => {
    root.timer = null;
    root.lastStart = Date.now();
    root.running = true;
    root.dirty = false;
    try {
      const result = await root.session.run();
      if (!roots.has(root.session.root)) return; // the folder was removed meanwhile
      const problem = result.error ? `dunderlint: error: ${result.error}` : result.crashes.length ? `dunderlint: internal error: ${result.crashes.join('; ')}` : null;
      if (problem && problem !== root.shownError) show(MessageType.Error, problem);
      root.shownError = problem;
      publish(root, result.error ? [] : result.diagnostics);
    } catch (e) {
      const problem = `dunderlint: internal error: ${(e as Error)?.stack ?? String(e)}`;
      if (problem !== root.shownError) show(MessageType.Error, problem);
      root.shownError = problem;
    } finally {
      root.running = false;
      if (root.dirty) schedule(root);
    }
  };

  const publish = (root: Root, diagnostics: readonly Diagnostic[]): void => {
    const { session } = root;
    const texts = new Texts(session.root, session.overlays, (p) => session.diskText(p));
    const next = new Map<string, Published[]>();
    for (const d of diagnostics) {
      const abs = path.join(session.root, d.location.path);
      // A file in a nested workspace folder is that folder's: one publisher per URI.
      if (roots.size > 1 && holding(abs) !== root) continue;
      const uri = fileUri(abs);
      const list = next.get(uri) ?? [];
      list.push({ diagnostic: d, lsp: lspDiagnostic(d, texts) });
      next.set(uri, list);
    }
    // Open documents always get an answer, an empty one included.
    for (const p of session.overlays.keys()) {
      const uri = fileUri(path.join(session.root, p));
      if (!next.has(uri)) next.set(uri, []);
    }
    const before = root.published;
    for (const [uri, list] of next) {
      const old = before.get(uri);
      const version = documents.get(uri)?.version;
      if (old && JSON.stringify(old.map((x) => x.lsp)) === JSON.stringify(list.map((x) => x.lsp)) && version === undefined) continue;
      void connection.sendDiagnostics({ uri, ...(version !== undefined ? { version } : {}), diagnostics: list.map((x) => x.lsp) });
    }
    for (const uri of before.keys()) if (!next.has(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
    root.published = next;
  };

  const clearRoot = (root: Root): void => {
    if (root.timer) clearTimeout(root.timer);
    for (const uri of root.published.keys()) void connection.sendDiagnostics({ uri, diagnostics: [] });
    roots.delete(root.session.root);
  };

  const versions = (root: Root): Map<string, number> => {
    const out = new Map<string, number>();
    for (const doc of documents.all()) {
      const abs = pathOf(doc.uri);
      const p = abs === null ? null : root.session.projectPath(abs);
      if (p !== null) out.set(p, doc.version);
    }
    return out;
  };

  connection.onInitialize((params: InitializeParams) => {
    const edit = params.capabilities.workspace?.workspaceEdit;
    const ops = edit?.resourceOperations ?? [];
    support = { documentChanges: Boolean(edit?.documentChanges), resourceOperations: { create: ops.includes('create'), rename: ops.includes('rename') } };
    // Neovim 0.7 applies `documentChanges` without saying it does.
    if (ops.length) support.documentChanges = true;
    watchedByClient = Boolean(params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration);
    foldersByClient = Boolean(params.capabilities.workspace?.workspaceFolders);
    const options = params.initializationOptions as { debounceMs?: unknown } | undefined;
    if (typeof options?.debounceMs === 'number' && options.debounceMs >= 0) debounceMs = options.debounceMs;
    const folders: WorkspaceFolder[] = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: '' }] : params.rootPath ? [{ uri: fileUri(params.rootPath), name: '' }] : []);
    for (const f of folders) {
      const dir = pathOf(f.uri);
      if (dir) addRoot(dir);
    }
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        executeCommandProvider: { commands: [FILES_CHANGED_COMMAND, APPLY_FIX_COMMAND] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'dunderlint' },
    };
  });

  connection.onInitialized(() => {
    if (watchedByClient) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*' }] });
    }
    // Only a client that said it sends folder changes may be asked for them.
    if (foldersByClient) {
      connection.workspace.onDidChangeWorkspaceFolders((e) => {
        for (const f of e.removed) {
          const dir = pathOf(f.uri);
          const root = dir ? roots.get(dir) : undefined;
          if (root) clearRoot(root);
        }
        for (const f of e.added) {
          const dir = pathOf(f.uri);
          if (dir) schedule(addRoot(dir));
        }
      });
    }
    // Workspace diagnostics from the start: structure findings are rarely in the file one opens.
    for (const root of roots.values()) schedule(root);
  });

  const bufferChanged = (doc: TextDocument): void => {
    const abs = pathOf(doc.uri);
    if (!abs) return;
    const root = rootOf(abs);
    root.session.overlays.set(root.session.projectPath(abs)!, doc.getText());
    schedule(root);
  };
  documents.onDidOpen((e) => bufferChanged(e.document));
  documents.onDidChangeContent((e) => bufferChanged(e.document));
  documents.onDidSave((e) => {
    const abs = pathOf(e.document.uri);
    if (!abs) return;
    const root = rootOf(abs);
    root.session.filesChanged([root.session.projectPath(abs)!]);
    schedule(root);
  });
  documents.onDidClose((e) => {
    const abs = pathOf(e.document.uri);
    if (!abs) return;
    const root = rootOf(abs);
    root.session.closeBuffer(root.session.projectPath(abs)!, fs.existsSync(abs));
    schedule(root);
  });

  /** Files changed on disk: ones inside .git say nothing about the project's files. */
  const filesChanged = (changes: ReadonlyArray<{ abs: string; created: boolean }>): void => {
    const touched = new Set<Root>();
    for (const { abs, created } of changes) {
      const root = holding(abs);
      if (!root) continue;
      const p = root.session.projectPath(abs)!;
      // `git add` and `git rm --cached` rewrite the index: what is tracked changed.
      if (p === '.git/index') root.session.filesChanged([p]);
      else if (p === '.git' || p.startsWith('.git/') || p.includes('/.git/')) continue;
      else root.session.filesChanged([p], created);
      touched.add(root);
    }
    for (const root of touched) schedule(root);
  };
  connection.onDidChangeWatchedFiles((params) => {
    filesChanged(
      params.changes.flatMap((c) => {
        const abs = pathOf(c.uri);
        return abs ? [{ abs, created: c.type !== FileChangeType.Changed }] : [];
      }),
    );
  });

  connection.onCodeAction((params) => {
    const abs = pathOf(params.textDocument.uri);
    if (!abs) return [];
    const root = rootOf(abs);
    const found = root.published.get(fileUri(abs)) ?? [];
    const { start, end } = params.range;
    const hit = found.filter(({ lsp: { range: r } }) => r.start.line <= end.line && r.end.line >= start.line);
    const texts = new Texts(root.session.root, root.session.overlays, (p) => root.session.diskText(p));
    const docVersions = versions(root);
    const actions: CodeAction[] = [];
    for (const { diagnostic: d, lsp } of hit) {
      if (d.fix) {
        const title = d.fix.applicability === 'unsafe' ? `${d.fix.description} (unsafe fix)` : d.fix.description;
        const edit = fixEdit(d, texts, docVersions, support);
        const operations = d.fix.operations.filter((op) => op.kind !== 'edit');
        if (edit) {
          const action: CodeAction = { title, kind: CodeActionKind.QuickFix, diagnostics: [lsp], isPreferred: d.fix.applicability === 'safe', edit };
          // A client applies the edit, then runs the command: the server learns of the files it
          // created even when the client does not watch files (Neovim before 0.9).
          if (operations.length) {
            const paths = operations.flatMap((op) => (op.kind === 'rename' ? [op.from, op.to] : op.kind === 'untrack' ? op.paths : [op.path]));
            action.command = { title: 'Files changed', command: FILES_CHANGED_COMMAND, arguments: [{ paths: paths.map((p) => fileUri(path.join(root.session.root, p))) }] };
          }
          actions.push(action);
        } else {
          const key = { root: root.session.root, rule: d.rule, path: d.location.path, line: d.location.start.line, column: d.location.start.column, description: d.fix.description };
          actions.push({ title, kind: CodeActionKind.QuickFix, diagnostics: [lsp], command: { title, command: APPLY_FIX_COMMAND, arguments: [key] } });
        }
      }
      const disable = disableEdit(d, texts, docVersions, support);
      if (disable) actions.push({ title: `Disable ${d.rule} for this line`, kind: CodeActionKind.QuickFix, diagnostics: [lsp], edit: disable });
    }
    return actions;
  });

  connection.onExecuteCommand(async (params) => {
    const arg = params.arguments?.[0] as Record<string, unknown> | undefined;
    if (params.command === FILES_CHANGED_COMMAND) {
      const uris = Array.isArray(arg?.paths) ? (arg.paths as unknown[]).filter((u): u is string => typeof u === 'string') : [];
      filesChanged(uris.flatMap((u) => (pathOf(u) ? [{ abs: pathOf(u)!, created: true }] : [])));
      return null;
    }
    if (params.command === APPLY_FIX_COMMAND && arg && typeof arg.root === 'string') {
      const root = roots.get(arg.root);
      const target = root && [...root.published.values()].flat().find(({ diagnostic: d }) =>
        d.rule === arg.rule && d.location.path === arg.path && d.location.start.line === arg.line && d.location.start.column === arg.column && d.fix?.description === arg.description);
      if (!root || !target) {
        show(MessageType.Warning, 'dunderlint: that finding is gone; nothing was changed');
        return null;
      }
      const plan = planFixes(root.session.root, [target.diagnostic], true);
      const report = await applyPlan(root.session.root, plan);
      for (const message of [...report.errors, ...plan.dropped.map((x) => x.reason)]) show(MessageType.Error, `dunderlint: fix not applied: ${message}`);
      for (const message of [...report.warnings, ...plan.warnings.map((w) => `${w.path}: ${w.message}`)]) show(MessageType.Warning, `dunderlint: ${message}`);
      const ops = target.diagnostic.fix!.operations;
      const paths = ops.flatMap((op) => (op.kind === 'rename' ? [op.from, op.to] : op.kind === 'untrack' ? op.paths : [op.path]));
      root.session.filesChanged(paths, true);
      schedule(root);
    }
    return null;
  });

  documents.listen(connection);
  connection.listen();
  return connection;
}
