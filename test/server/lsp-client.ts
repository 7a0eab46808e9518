/** A plain JSON-RPC client of the built `dunderlint server --stdio`, as an editor talks to it. */
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';

export const BIN = path.join(__dirname, '..', '..', 'bin', 'dunderlint.js');

export interface LspDiagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity: number;
  code: string;
  codeDescription?: { href: string };
  source: string;
  message: string;
}

export function uri(abs: string): string {
  return pathToFileURL(abs).href;
}

export class Client {
  readonly connection: MessageConnection;
  readonly process: ChildProcess;
  /** The last diagnostics published for each URI. */
  readonly diagnostics = new Map<string, LspDiagnostic[]>();
  readonly messages: Array<{ type: number; message: string }> = [];
  readonly exited: Promise<number | null>;
  stderr = '';
  private versions = new Map<string, number>();
  private waiters: Array<() => void> = [];

  constructor(cwd: string) {
    this.process = spawn(process.execPath, [BIN, 'server', '--stdio'], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    this.process.stderr!.on('data', (b: Buffer) => (this.stderr += b.toString()));
    this.exited = new Promise((resolve) => this.process.on('exit', (code) => resolve(code)));
    this.connection = createMessageConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: LspDiagnostic[] }) => {
      this.diagnostics.set(p.uri, p.diagnostics);
      this.wake();
    });
    this.connection.onNotification('window/showMessage', (p: { type: number; message: string }) => {
      this.messages.push(p);
      this.wake();
    });
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.listen();
  }

  private wake(): void {
    for (const w of this.waiters.splice(0)) w();
  }

  /** Resolves once `test` holds (checked after each notification); rejects after `ms`. */
  async until(what: string, test: () => boolean, ms = 40000): Promise<void> {
    const deadline = Date.now() + ms;
    while (!test()) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out waiting for ${what}; published: ${JSON.stringify([...this.diagnostics])}; stderr: ${this.stderr}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, 200));
        this.waiters.push(() => (clearTimeout(timer), resolve()));
      });
    }
  }

  async initialize(folders: string[], capabilities: Record<string, unknown> = DEFAULT_CAPABILITIES): Promise<any> {
    const result = await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: folders.length ? uri(folders[0]!) : null,
      workspaceFolders: folders.map((f) => ({ uri: uri(f), name: path.basename(f) })),
      capabilities,
      initializationOptions: { debounceMs: 20 },
    });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  open(abs: string, text = fs.readFileSync(abs, 'utf8')): void {
    this.versions.set(uri(abs), 1);
    void this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: uri(abs), languageId: 'python', version: 1, text } });
  }

  change(abs: string, text: string): void {
    const version = (this.versions.get(uri(abs)) ?? 1) + 1;
    this.versions.set(uri(abs), version);
    void this.connection.sendNotification('textDocument/didChange', { textDocument: { uri: uri(abs), version }, contentChanges: [{ text }] });
  }

  async shutdown(): Promise<number | null> {
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
    return this.exited;
  }

  kill(): void {
    this.connection.dispose();
    if (this.process.exitCode === null) this.process.kill();
  }
}

export const DEFAULT_CAPABILITIES = {
  workspace: {
    workspaceEdit: { documentChanges: true, resourceOperations: ['create', 'rename', 'delete'] },
    didChangeWatchedFiles: { dynamicRegistration: true },
    workspaceFolders: true,
  },
  textDocument: { publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true } },
};

/** Applies a workspace edit to the disk as an editor would on save: creates, renames, text edits. */
export function applyToDisk(edit: any): void {
  for (const change of edit.documentChanges ?? []) {
    if (change.kind === 'create') {
      const file = new URL(change.uri).pathname;
      fs.mkdirSync(path.dirname(file), { recursive: true });
      if (!fs.existsSync(file)) fs.writeFileSync(file, '');
    } else if (change.kind === 'rename') {
      fs.renameSync(new URL(change.oldUri).pathname, new URL(change.newUri).pathname);
    } else if (!change.kind) {
      const file = decodeURIComponent(new URL(change.textDocument.uri).pathname);
      let text = fs.readFileSync(file, 'utf8');
      const offset = (p: { line: number; character: number }): number => {
        const lines = text.split('\n');
        return lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
      };
      // Edits of one document do not overlap: apply from the last.
      const edits = [...change.edits].sort((a: any, b: any) => offset(b.range.start) - offset(a.range.start));
      for (const e of edits) text = text.slice(0, offset(e.range.start)) + e.newText + text.slice(offset(e.range.end));
      fs.writeFileSync(file, text);
    }
  }
}
