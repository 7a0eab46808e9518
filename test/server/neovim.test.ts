/**
 * `dunderlint server` under a real client: headless Neovim (0.7, Debian's) with the init.lua recipe
 * of docs/integrations.md, taken from the doc itself so that the two cannot drift apart.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { makeTree } from '../helpers/tree';
import { BIN } from './lsp-client';

const DOC = path.join(__dirname, '..', '..', 'docs', 'integrations.md');
const nvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
const hasNvim = nvim.status === 0;
if (!hasNvim && !process.env.CI) console.log('skipping the Neovim tests: nvim is not installed (apt-get install -y neovim)');
const itNvim = hasNvim || process.env.CI ? it : it.skip;

/** The Neovim 0.7-0.9 recipe: the first lua block of the doc's "Language server" section. */
function recipe(): string {
  const doc = fs.readFileSync(DOC, 'utf8');
  const section = doc.slice(doc.indexOf('## Language server'));
  const block = /```lua\n([\s\S]*?)```/.exec(section);
  if (!block) throw new Error('docs/integrations.md: no lua block in "Language server"');
  return block[1]!;
}

/** Opens app/main.py, waits for diagnostics, applies the fix titled `fix`, waits for them to clear. */
const DRIVER = (out: string, fix: string) => `
local out = ${JSON.stringify(out)}
local function dump(name, bufnr)
  local f = io.open(out .. '/' .. name, 'w')
  f:write(vim.fn.json_encode(vim.diagnostic.get(bufnr)))
  f:close()
end
local function done(message)
  local f = io.open(out .. '/done', 'w')
  f:write(message)
  f:close()
  vim.cmd('qall!')
end
-- nested: the FileType autocommand of the recipe must fire for the buffer opened here.
vim.api.nvim_create_autocmd('VimEnter', {
  nested = true,
  callback = function()
    vim.cmd('edit app/main.py')
    local bufnr = vim.api.nvim_get_current_buf()
    if not vim.wait(30000, function() return #vim.diagnostic.get(bufnr) > 0 end, 50) then return done('no diagnostics') end
    dump('before.json', bufnr)
    local found = vim.diagnostic.get(bufnr)[1]
    vim.api.nvim_win_set_cursor(0, { found.lnum + 1, found.col })
    local client = vim.lsp.get_active_clients()[1]
    local params = vim.lsp.util.make_range_params()
    params.context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics(bufnr) }
    local response = client.request_sync('textDocument/codeAction', params, 30000, bufnr)
    local applied = false
    local titles = {}
    for _, action in ipairs(response and response.result or {}) do
      table.insert(titles, action.title)
      if action.title == ${JSON.stringify(fix)} then
        vim.lsp.util.apply_workspace_edit(action.edit, client.offset_encoding)
        -- As vim.lsp.buf.code_action() does: the edit, then the action's command.
        if action.command then client.request_sync('workspace/executeCommand', action.command, 30000, bufnr) end
        applied = true
      end
    end
    if not applied then return done('no code action titled ' .. ${JSON.stringify(fix)} .. ' among: ' .. table.concat(titles, '; ')) end
    if not vim.wait(30000, function() return #vim.diagnostic.get(bufnr) == 0 end, 50) then return done('diagnostics not cleared') end
    dump('after.json', bufnr)
    done('ok')
  end,
})
`;

describe('dunderlint server in headless Neovim', () => {
  itNvim('shows missing-init on the importing line of the open buffer, and clears it once the fix code action is applied', () => {
    const dir = makeTree(
      {
        'pyproject.toml': '[project]\nname = "app"\nversion = "1"\n',
        'app/__init__.py': '',
        'app/main.py': 'import os\nfrom app.routers import todos\n',
        'app/routers/todos.py': 'X = 1\n',
      },
      'add',
    );
    const out = makeTree({});
    const cmd = `{ ${[process.execPath, BIN, 'server', '--stdio'].map((s) => JSON.stringify(s)).join(', ')} }`;
    const lua = recipe();
    expect(lua).toContain("{ 'dunderlint', 'server', '--stdio' }");
    const init = path.join(out, 'init.lua');
    fs.writeFileSync(init, lua.replace("{ 'dunderlint', 'server', '--stdio' }", cmd) + DRIVER(out, 'Create app/routers/__init__.py'));
    const r = spawnSync('nvim', ['--headless', '-n', '-i', 'NONE', '-u', init], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 100000,
      // Neovim's own state (log, shada) stays in the temp folder.
      env: { ...process.env, XDG_STATE_HOME: out, XDG_DATA_HOME: out, XDG_CONFIG_HOME: out, XDG_CACHE_HOME: out },
    });
    const done = fs.existsSync(path.join(out, 'done')) ? fs.readFileSync(path.join(out, 'done'), 'utf8') : `nvim ended: ${r.status} ${r.signal} ${r.stderr}`;
    expect(done).toBe('ok');
    const before = JSON.parse(fs.readFileSync(path.join(out, 'before.json'), 'utf8'));
    expect(before).toEqual([
      expect.objectContaining({ code: 'missing-init', source: 'dunderlint', lnum: 1, col: 0, severity: 1, message: expect.stringContaining('app/routers') }),
    ]);
    const after = JSON.parse(fs.readFileSync(path.join(out, 'after.json'), 'utf8'));
    expect(after).toEqual([]);
    expect(fs.readFileSync(path.join(dir, 'app/routers/__init__.py'), 'utf8')).toBe('');
  }, 150000);
});
