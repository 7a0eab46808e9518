/**
 * `dunderlint server` driven over stdio by a plain JSON-RPC client, as editors drive it: real
 * projects in temporary folders, real git, the built binary.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cli } from '../helpers/cli';
import { makeTree, trackedFiles } from '../helpers/tree';
import { applyToDisk, Client, uri } from './lsp-client';

const APP = {
  'pyproject.toml': '[project]\nname = "app"\nversion = "1"\n',
  'app/__init__.py': '',
  'app/main.py': 'from app.routers import todos\n',
  'app/routers/todos.py': 'X = 1\n',
};

const clients: Client[] = [];
function start(cwd: string): Client {
  const c = new Client(cwd);
  clients.push(c);
  return c;
}
afterEach(() => {
  for (const c of clients.splice(0)) c.kill();
});

const missingInit = (c: Client, file: string) => (c.diagnostics.get(uri(file)) ?? []).filter((d) => d.code === 'missing-init');

describe('dunderlint server', () => {
  it('publishes missing-init on the importing line of an open buffer, with rule id, docs link and source', async () => {
    const dir = makeTree(APP, 'add');
    const main = path.join(dir, 'app/main.py');
    const c = start(dir);
    const init = await c.initialize([dir]);
    expect(init.capabilities.codeActionProvider).toBeTruthy();
    c.open(main);
    await c.until('missing-init', () => missingInit(c, main).length === 1);
    const [d] = missingInit(c, main);
    expect(d!.range.start).toEqual({ line: 0, character: 0 });
    expect(d!.range.end.line).toBe(0);
    expect(d!.severity).toBe(1);
    expect(d!.source).toBe('dunderlint');
    expect(d!.codeDescription?.href).toMatch(/docs\/rules\/missing-init\.md$/);
    expect(d!.message).toContain('app/routers');
  });

  it('follows unsaved buffer changes: adding the import reports, removing it clears', async () => {
    const dir = makeTree({ ...APP, 'app/main.py': 'import os\n' }, 'add');
    const main = path.join(dir, 'app/main.py');
    const c = start(dir);
    await c.initialize([dir]);
    c.open(main);
    await c.until('the first answer', () => c.diagnostics.has(uri(main)));
    expect(missingInit(c, main)).toEqual([]);
    c.change(main, 'import os\nfrom app.routers import todos\n');
    await c.until('missing-init after the change', () => missingInit(c, main).length === 1);
    expect(missingInit(c, main)[0]!.range.start.line).toBe(1);
    c.change(main, 'import os\n');
    await c.until('cleared', () => missingInit(c, main).length === 0);
    // Nothing was written: the buffers overlay the disk.
    expect(fs.readFileSync(main, 'utf8')).toBe('import os\n');
  });

  it('ranges count UTF-16 code units: a non-BMP character before the import on its line', async () => {
    const dir = makeTree(APP, 'add');
    const main = path.join(dir, 'app/main.py');
    const line = 'x = "\u{1F600}\u{1F600}"; from app.routers import todos';
    fs.writeFileSync(main, `${line}\n`);
    const c = start(dir);
    await c.initialize([dir]);
    c.open(main);
    await c.until('missing-init', () => missingInit(c, main).length === 1);
    const { range } = missingInit(c, main)[0]!;
    expect(range.start).toEqual({ line: 0, character: line.indexOf('from') });
    expect(range.end.character).toBe(line.length);
  });

  it('reads a file saved on disk again on didSave', async () => {
    const dir = makeTree({ ...APP, 'app/main.py': 'import os\n' }, 'add');
    const main = path.join(dir, 'app/main.py');
    const other = path.join(dir, 'app/other.py');
    fs.writeFileSync(other, 'import os\n');
    const c = start(dir);
    await c.initialize([dir]);
    c.open(main);
    await c.until('the first answer', () => c.diagnostics.has(uri(main)));
    // Another file of the project is saved (opened, changed, saved: its buffer then closed).
    c.open(other);
    fs.writeFileSync(other, 'from app.routers import todos\n');
    void c.connection.sendNotification('textDocument/didSave', { textDocument: { uri: uri(other) } });
    void c.connection.sendNotification('textDocument/didClose', { textDocument: { uri: uri(other) } });
    await c.until('missing-init in the saved file', () => missingInit(c, other).length === 1);
  });

  it('updates the project on workspace/didChangeWatchedFiles: the __init__.py created on disk clears the finding', async () => {
    const dir = makeTree(APP, 'add');
    const main = path.join(dir, 'app/main.py');
    const c = start(dir);
    await c.initialize([dir]);
    c.open(main);
    await c.until('missing-init', () => missingInit(c, main).length === 1);
    fs.writeFileSync(path.join(dir, 'app/routers/__init__.py'), '');
    void c.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri(path.join(dir, 'app/routers/__init__.py')), type: 1 }] });
    await c.until('cleared', () => missingInit(c, main).length === 0);
    // And deleted again: back.
    fs.rmSync(path.join(dir, 'app/routers/__init__.py'));
    void c.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri(path.join(dir, 'app/routers/__init__.py')), type: 3 }] });
    await c.until('reported again', () => missingInit(c, main).length === 1);
  });

  it('offers the fix as a code action whose workspace edit, applied, clears the finding', async () => {
    const dir = makeTree(APP, 'add');
    const main = path.join(dir, 'app/main.py');
    const c = start(dir);
    await c.initialize([dir]);
    c.open(main);
    await c.until('missing-init', () => missingInit(c, main).length === 1);
    const [d] = missingInit(c, main);
    const actions: any[] = await c.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: uri(main) }, range: d!.range, context: { diagnostics: [d] } });
    const titles = actions.map((a) => a.title);
    expect(titles).toContain('Create app/routers/__init__.py');
    expect(titles).toContain('Disable missing-init for this line');
    const create = actions.find((a) => a.title === 'Create app/routers/__init__.py');
    expect(create.kind).toBe('quickfix');
    expect(create.edit.documentChanges).toEqual([{ kind: 'create', uri: uri(path.join(dir, 'app/routers/__init__.py')) }]);
    applyToDisk(create.edit);
    // The client runs the action's command after its edit: that tells the server what changed.
    await c.connection.sendRequest('workspace/executeCommand', create.command);
    await c.until('cleared', () => missingInit(c, main).length === 0);
    expect(fs.readFileSync(path.join(dir, 'app/routers/__init__.py'), 'utf8')).toBe('');
  });

  it('the disable action adds a directive to the line that silences the finding', async () => {
    const dir = makeTree(APP, 'add');
    const main = path.join(dir, 'app/main.py');
    const c = start(dir);
    await c.initialize([dir]);
    c.open(main);
    await c.until('missing-init', () => missingInit(c, main).length === 1);
    const [d] = missingInit(c, main);
    const actions: any[] = await c.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: uri(main) }, range: d!.range, context: { diagnostics: [d] } });
    const disable = actions.find((a) => a.title === 'Disable missing-init for this line');
    applyToDisk(disable.edit);
    expect(fs.readFileSync(main, 'utf8')).toBe('from app.routers import todos  # dunderlint: disable=missing-init\n');
    c.change(main, fs.readFileSync(main, 'utf8'));
    await c.until('silenced', () => missingInit(c, main).length === 0);
  });

  it('the disable action extends a directive already on the line', async () => {
    const dir = makeTree({ ...APP, 'app/main.py': 'from app.routers import todos  # dunderlint: disable=all-undefined\n' }, 'add');
    const main = path.join(dir, 'app/main.py');
    const c = start(dir);
    await c.initialize([dir]);
    c.open(main);
    await c.until('missing-init', () => missingInit(c, main).length === 1);
    const [d] = missingInit(c, main);
    const actions: any[] = await c.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: uri(main) }, range: d!.range, context: { diagnostics: [d] } });
    applyToDisk(actions.find((a) => a.title === 'Disable missing-init for this line').edit);
    expect(fs.readFileSync(main, 'utf8')).toBe('from app.routers import todos  # dunderlint: disable=all-undefined,missing-init\n');
  });

  it('a client without resource operations gets the fix as a command that the server applies', async () => {
    const dir = makeTree(APP, 'add');
    const main = path.join(dir, 'app/main.py');
    const c = start(dir);
    await c.initialize([dir], { workspace: { workspaceFolders: true } });
    c.open(main);
    await c.until('missing-init', () => missingInit(c, main).length === 1);
    const [d] = missingInit(c, main);
    const actions: any[] = await c.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: uri(main) }, range: d!.range, context: { diagnostics: [d] } });
    const create = actions.find((a) => a.title === 'Create app/routers/__init__.py');
    expect(create.edit).toBeUndefined();
    expect(create.command.command).toBe('dunderlint.applyFix');
    await c.connection.sendRequest('workspace/executeCommand', create.command);
    await c.until('cleared', () => missingInit(c, main).length === 0);
    expect(fs.existsSync(path.join(dir, 'app/routers/__init__.py'))).toBe(true);
  });

  it('publishes findings of files not open, and untracks tracked bytecode through the applyFix command (no workspace edit can untrack)', async () => {
    const dir = makeTree({ ...APP, 'app/routers/__init__.py': '', 'app/__pycache__/main.cpython-311.pyc': Buffer.from([0x6f, 0x0d, 0x0d, 0x0a, 0, 0, 0, 0]) }, 'add-force');
    const pyc = path.join(dir, 'app/__pycache__/main.cpython-311.pyc');
    const c = start(dir);
    await c.initialize([dir]);
    const tracked = () => (c.diagnostics.get(uri(pyc)) ?? []).filter((d) => d.code === 'bytecode-tracked');
    await c.until('bytecode-tracked on the .pyc', () => tracked().length === 1);
    const actions: any[] = await c.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: uri(pyc) }, range: tracked()[0]!.range, context: { diagnostics: tracked() } });
    const untrack = actions.find((a) => a.title.startsWith('Untrack app/__pycache__'));
    expect(untrack.edit).toBeUndefined();
    expect(untrack.command.command).toBe('dunderlint.applyFix');
    await c.connection.sendRequest('workspace/executeCommand', untrack.command);
    await c.until('cleared', () => tracked().length === 0);
    expect(trackedFiles(dir)).not.toContain('app/__pycache__/main.cpython-311.pyc');
    expect(fs.existsSync(pyc)).toBe(true);
    expect(fs.readFileSync(path.join(dir, '.gitignore'), 'utf8')).toContain('__pycache__/');
  });

  it('multi-root: one project per folder, each with its own config, no cross-talk', async () => {
    const a = makeTree(APP, 'add');
    const b = makeTree({ ...APP, 'pyproject.toml': '[project]\nname = "app"\nversion = "1"\n[tool.dunderlint.rules]\nmissing-init = "off"\n' }, 'add');
    const c = start(a);
    await c.initialize([a, b]);
    c.open(path.join(a, 'app/main.py'));
    c.open(path.join(b, 'app/main.py'));
    await c.until('both answered', () => c.diagnostics.has(uri(path.join(a, 'app/main.py'))) && c.diagnostics.has(uri(path.join(b, 'app/main.py'))));
    await c.until('missing-init in a', () => missingInit(c, path.join(a, 'app/main.py')).length === 1);
    expect(missingInit(c, path.join(b, 'app/main.py'))).toEqual([]);
    for (const u of c.diagnostics.keys()) expect(u.startsWith(uri(a)) || u.startsWith(uri(b))).toBe(true);
    // A change in b is linted in b only.
    c.change(path.join(b, 'app/main.py'), 'from app.routers import todos\nfrom app import nothing_here\n');
    c.change(path.join(a, 'app/main.py'), 'import os\n');
    await c.until('a cleared', () => missingInit(c, path.join(a, 'app/main.py')).length === 0);
    expect(missingInit(c, path.join(b, 'app/main.py'))).toEqual([]);
  });

  it('a broken pyproject.toml is shown as an error message; the server lives on and recovers when it is fixed', async () => {
    const dir = makeTree({ ...APP, 'pyproject.toml': '[tool.dunderlint\nrules = 1\n' }, 'add');
    const main = path.join(dir, 'app/main.py');
    const c = start(dir);
    await c.initialize([dir]);
    c.open(main);
    await c.until('an error message', () => c.messages.some((m) => m.type === 1));
    expect(c.messages.find((m) => m.type === 1)!.message).toMatch(/^dunderlint: error: .*pyproject\.toml/);
    fs.writeFileSync(path.join(dir, 'pyproject.toml'), APP['pyproject.toml']);
    void c.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri(path.join(dir, 'pyproject.toml')), type: 2 }] });
    await c.until('missing-init once the config reads', () => missingInit(c, main).length === 1);
    expect(c.process.exitCode).toBeNull();
  });

  it('a client that declares no capabilities (rootUri only) gets the workspace linted from the start', async () => {
    const dir = makeTree(APP, 'add');
    const c = start(dir);
    await c.connection.sendRequest('initialize', { processId: process.pid, rootUri: uri(dir), capabilities: {} });
    await c.connection.sendNotification('initialized', {});
    await c.until('missing-init in app/main.py, not open', () => missingInit(c, path.join(dir, 'app/main.py')).length === 1);
  });

  it('exits 0 after shutdown and exit', async () => {
    const dir = makeTree(APP, 'add');
    const c = start(dir);
    await c.initialize([dir]);
    expect(await c.shutdown()).toBe(0);
    expect(c.stderr).toBe('');
  });

  it('is inlined in the CLI bundle: no vscode-languageserver module is loaded from node_modules at run time', () => {
    const bundle = fs.readFileSync(path.join(__dirname, '..', '..', 'dist', 'bundle', 'cli.js'), 'utf8');
    expect(bundle).toContain('textDocument/publishDiagnostics');
    expect(bundle).not.toMatch(/require\(["']vscode-/);
  });

  it('--stdio without the server subcommand is a usage error', () => {
    const r = cli(makeTree(APP), '--stdio', '.');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('dunderlint: error: --stdio is an option of dunderlint server (see dunderlint --help)\n');
  });
});
