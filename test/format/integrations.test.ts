/**
 * The editor recipes of docs/integrations.md, each checked against real `--format concise` output:
 * the pattern is taken from the page (the fenced block after `<!-- recipe: NAME -->`), translated to
 * a JS RegExp where it is not one (Lua patterns, Vim's very magic, Emacs regexps: only the few
 * constructs the recipes use; anything else fails the translation), and must give each finding's
 * line, column, severity, rule id and message. Where Vim and Neovim are installed, their own
 * regexp engines (Vim's matchlist and errorformat, Neovim's Lua string.match) run the recipes too.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { cli, cliWithInput } from '../helpers/cli';
import { makeTree } from '../helpers/tree';

const DOC = fs.readFileSync(path.join(__dirname, '..', '..', 'docs', 'integrations.md'), 'utf8');

/** The fenced block after `<!-- recipe: name -->`. */
function recipe(name: string): string {
  const m = new RegExp(`<!-- recipe: ${name} -->\\n\`\`\`\\w*\\n([\\s\\S]*?)\\n\`\`\`\\n`).exec(DOC);
  if (!m) throw new Error(`docs/integrations.md has no recipe "${name}"`);
  return m[1]!;
}

function escapeLiteral(c: string): string {
  return /[\\^$.*+?()[\]{}|/-]/.test(c) ? `\\${c}` : c;
}

/** A Lua pattern as a RegExp: `%d %a %s %S %%`, `.-`, groups, anchors, `+ * ?`. */
export function luaToRegExp(pattern: string): RegExp {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '%') {
      const k = pattern[++i]!;
      const cls: Record<string, string> = { d: '\\d', a: '[A-Za-z]', s: '\\s', S: '\\S', w: '[A-Za-z0-9]' };
      if (cls[k]) out += cls[k];
      else if (/[^A-Za-z0-9]/.test(k)) out += escapeLiteral(k);
      else throw new Error(`Lua class %${k} is not translated`);
    } else if (c === '.' && pattern[i + 1] === '-') {
      out += '.*?';
      i++;
    } else if ('()^$.+*?'.includes(c)) out += c;
    else if (/[A-Za-z0-9 :_]/.test(c)) out += c;
    else throw new Error(`Lua pattern character ${c} is not translated`);
  }
  return new RegExp(out);
}

/** A Vim very-magic (`\v`) regexp as a RegExp: `\d \s \S`, `.{-}`, groups, `|`, anchors, `+ *`. */
export function vimToRegExp(pattern: string): RegExp {
  if (!pattern.startsWith('\\v')) throw new Error('the Vim pattern is expected to be very magic (\\v)');
  let out = '';
  for (let i = 2; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\') {
      const k = pattern[++i]!;
      if ('dsS'.includes(k)) out += `\\${k}`;
      else throw new Error(`Vim escape \\${k} is not translated`);
    } else if (pattern.startsWith('.{-}', i)) {
      out += '.*?';
      i += 3;
    } else if ('()|^$.+*'.includes(c)) out += c;
    else if (/[A-Za-z0-9 :_]/.test(c)) out += c;
    else throw new Error(`Vim pattern character ${c} is not translated`);
  }
  return new RegExp(out);
}

/** An Emacs regexp (already read from its string literal) as a RegExp: `\( \) \|`, bracket sets, `.*?`. */
export function emacsToRegExp(pattern: string): RegExp {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\') {
      const k = pattern[++i]!;
      if ('()|'.includes(k)) out += k;
      else throw new Error(`Emacs escape \\${k} is not translated`);
    } else if (c === '[') {
      const end = pattern.indexOf(']', i + 2);
      const set = pattern.slice(i, end + 1);
      if (!/^\[\^?[A-Za-z0-9 -]+\]$/.test(set)) throw new Error(`Emacs bracket set ${set} is not translated`);
      out += set;
      i = end;
    } else if ('^$.+*?'.includes(c)) out += c;
    else if (/[A-Za-z0-9 :_]/.test(c)) out += c;
    else out += escapeLiteral(c); // ( ) | { } are literal in an Emacs regexp
  }
  return new RegExp(out);
}

/** An Emacs Lisp string literal's content: `\\` and `\"` unescaped. */
function elispString(literal: string): string {
  return literal.replace(/\\(.)/g, (_, c: string) => {
    if (c === '\\' || c === '"') return c;
    throw new Error(`elisp string escape \\${c} is not handled`);
  });
}

interface Parsed {
  file?: string;
  line: number;
  column: number;
  severity: string;
  code: string;
  message: string;
}

/** A project whose `pkg/m.py` has an error (all-undefined) and a warning (all-duplicate, fixable). */
const SOURCE = 'a = 1\n__all__ = ["a", "gone", "a"]\n';
const dir = makeTree({ 'pkg/__init__.py': '', 'pkg/m.py': SOURCE });
const lintArgs = ['--no-cache', '--stdin-filename', 'pkg/m.py'];
const concise = cliWithInput(dir, SOURCE, ...lintArgs, '--format', 'concise');
const lines = concise.stdout.split('\n').filter(Boolean);
const expected: Parsed[] = (JSON.parse(cliWithInput(dir, SOURCE, ...lintArgs, '--format', 'json').stdout).diagnostics as Array<Record<string, any>>).map((d) => ({
  file: d['path'],
  line: d['line'],
  column: d['column'],
  severity: d['severity'],
  code: d['rule'],
  message: `${d['fix'] ? '[*] ' : ''}${d['message']}`,
}));
const withoutFile = expected.map(({ file: _file, ...rest }) => rest);

test('the fixture gives one error and one warning (a fixable one) in concise output', () => {
  expect(concise.code).toBe(1);
  expect(expected.map((d) => `${d.severity} ${d.code}`)).toEqual(['error all-undefined', 'warning all-duplicate']);
  expect(lines).toHaveLength(2);
  expect(lines[1]).toContain(' warning all-duplicate [*] ');
  // The project run (VS Code's task) prints the same lines.
  expect(cli(dir, '--no-cache', '--format', 'concise').stdout.split('\n').filter(Boolean)).toEqual(lines);
});

test("VS Code: the task's problem matcher regexp gives file, line, column, severity, code and message", () => {
  const task = JSON.parse(recipe('vscode')).tasks[0];
  expect(task.command).toBe('dunderlint --format concise');
  const p = task.problemMatcher.pattern;
  const re = new RegExp(p.regexp);
  const parsed = lines.map((l) => {
    const m = re.exec(l)!;
    return { file: m[p.file], line: Number(m[p.line]), column: Number(m[p.column]), severity: m[p.severity], code: m[p.code], message: m[p.message] };
  });
  expect(parsed).toEqual(expected);
});

test("Neovim (nvim-lint): the from_pattern Lua pattern and groups give line, column, severity, code and message", () => {
  const text = recipe('nvim-lint');
  expect(text).toContain("'--stdin-filename'");
  const m = /from_pattern\(\s*'([^'\\]*)',\s*\{([^}]*)\}/.exec(text)!;
  const groups = [...m[2]!.matchAll(/'(\w+)'/g)].map((g) => g[1]!);
  expect(groups).toEqual(['lnum', 'col', 'severity', 'code', 'message']);
  const severities = /\{ error = vim\.diagnostic\.severity\.ERROR, warning = vim\.diagnostic\.severity\.WARN \}/;
  expect(text).toMatch(severities);
  const re = luaToRegExp(m[1]!);
  const parsed = lines.map((l) => {
    const g = re.exec(l)!.slice(1);
    return { line: Number(g[0]), column: Number(g[1]), severity: g[2], code: g[3], message: g[4] };
  });
  expect(parsed).toEqual(withoutFile);
  const real = nvimLuaMatch(m[1]!, lines);
  if (real) expect(real).toEqual(lines.map((l) => re.exec(l)!.slice(1)));
});

test('Vim (ALE): the handler pattern gives line, column, type, code and text', () => {
  const text = recipe('ale');
  expect(text).toContain('--stdin-filename %s');
  const pattern = /let l:pattern = '((?:[^']|'')*)'/.exec(text)![1]!.replace(/''/g, "'");
  // The handler reads the groups by these indices.
  for (const [key, i] of [['lnum', 1], ['col', 2], ['type', 3], ['code', 4], ['text', 5]] as const) expect(text).toContain(`'${key}': l:match[${i}]`);
  const re = vimToRegExp(pattern);
  const parsed = lines.map((l) => {
    const g = re.exec(l)!;
    return { line: Number(g[1]), column: Number(g[2]), severity: g[3], code: g[4], message: g[5] };
  });
  expect(parsed).toEqual(withoutFile);
  const real = vimMatchlist(pattern, lines);
  if (real) expect(real.map((g) => g.slice(0, 6))).toEqual(lines.map((l) => [...re.exec(l)!]));
});

test("Vim (:make): the errorformat fills the quickfix list with file, line, column, type and text", () => {
  const entries = vimQuickfix(recipe('vim-make'), lines);
  if (!entries) return;
  expect(entries).toEqual(expected.map((d) => [d.file, d.line, d.column, d.severity[0], `${d.code} ${d.message}`]));
});

test('Emacs (flymake): the backend regexp gives line, column, severity, code and message', () => {
  const text = recipe('flymake');
  expect(text).toContain('"--stdin-filename"');
  const literal = /search-forward-regexp\s+"((?:[^"\\]|\\.)*)"/.exec(text)![1]!;
  const re = emacsToRegExp(elispString(literal));
  expect(text).toContain('(string-to-number (match-string 2))');
  expect(text).toContain('(string-to-number (match-string 3))');
  expect(text).toContain('(if (equal (match-string 4) "error") :error :warning)');
  expect(text).toContain('(format "%s %s" (match-string 5) (match-string 6))');
  const parsed = lines.map((l) => {
    const g = re.exec(l)!;
    return { file: g[1], line: Number(g[2]), column: Number(g[3]), severity: g[4], code: g[5], message: g[6] };
  });
  expect(parsed).toEqual(expected);
});

test('the translations refuse what they do not know', () => {
  expect(() => luaToRegExp('%b()')).toThrow(/not translated/);
  expect(() => vimToRegExp('\\v\\<word')).toThrow(/not translated/);
  expect(() => emacsToRegExp('\\_<x')).toThrow(/not translated/);
  expect(luaToRegExp('^.-:(%d+)$').source).toBe('^.*?:(\\d+)$');
  expect(vimToRegExp('\\v^.{-}:(\\d+)$').source).toBe('^.*?:(\\d+)$');
  expect(emacsToRegExp('^\\(.*?\\):\\([0-9]+\\)$').source).toBe('^(.*?):([0-9]+)$');
});

/** Whether `tool` runs here; outside CI a missing one skips its check (saying so), in CI it fails. */
function available(tool: string): boolean {
  const r = spawnSync(tool, ['--version'], { stdio: 'ignore' });
  if (!r.error && r.status === 0) return true;
  if (process.env['CI']) throw new Error(`${tool} is needed in CI (.ci/run installs it)`);
  console.log(`skipped: ${tool} is not installed, so the recipe is checked with the translated pattern only`);
  return false;
}

function scratch(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'dunderlint-recipe-'));
}

/** Neovim's Lua `string.match(line, pattern)` of each line (null when nvim is missing). */
function nvimLuaMatch(pattern: string, input: string[]): string[][] | null {
  if (!available('nvim')) return null;
  const tmp = scratch();
  try {
    fs.writeFileSync(path.join(tmp, 'pattern'), `${pattern}\n`);
    fs.writeFileSync(path.join(tmp, 'in'), `${input.join('\n')}\n`);
    fs.writeFileSync(
      path.join(tmp, 'match.lua'),
      "local pat = io.open('pattern'):read('*l')\nlocal out = {}\nfor line in io.lines('in') do table.insert(out, vim.fn.json_encode({ string.match(line, pat) })) end\nlocal f = io.open('out', 'w')\nf:write(table.concat(out, '\\n'))\nf:close()\n",
    );
    const r = spawnSync('nvim', ['--headless', '-u', 'NONE', '-i', 'NONE', '-c', 'luafile match.lua', '-c', 'qa!'], { cwd: tmp, encoding: 'utf8', timeout: 20_000 });
    expect(r.status).toBe(0);
    return fs.readFileSync(path.join(tmp, 'out'), 'utf8').split('\n').map((l) => JSON.parse(l));
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/** Vim's `matchlist(line, pattern)` of each line (null when vim is missing). */
function vimMatchlist(pattern: string, input: string[]): string[][] | null {
  if (!available('vim')) return null;
  const tmp = scratch();
  try {
    fs.writeFileSync(path.join(tmp, 'pattern'), `${pattern}\n`);
    fs.writeFileSync(path.join(tmp, 'in'), `${input.join('\n')}\n`);
    fs.writeFileSync(path.join(tmp, 'match.vim'), "let pat = readfile('pattern')[0]\ncall writefile(map(readfile('in'), 'json_encode(matchlist(v:val, pat))'), 'out')\nqa!\n");
    const r = spawnSync('vim', ['-Nu', 'NONE', '-i', 'NONE', '-es', '-S', 'match.vim'], { cwd: tmp, encoding: 'utf8', timeout: 20_000 });
    expect(r.status).toBe(0);
    return fs.readFileSync(path.join(tmp, 'out'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/** The quickfix list Vim makes of `input` with the recipe's settings: [file, line, col, type, text] each. */
function vimQuickfix(settings: string, input: string[]): Array<[string, number, number, string, string]> | null {
  if (!available('vim')) return null;
  const tmp = scratch();
  try {
    fs.writeFileSync(path.join(tmp, 'recipe.vim'), `${settings}\n`);
    fs.writeFileSync(path.join(tmp, 'in'), `${input.join('\n')}\n`);
    fs.writeFileSync(
      path.join(tmp, 'qf.vim'),
      "source recipe.vim\ncgetfile in\ncall writefile(map(getqflist(), 'json_encode([bufname(v:val.bufnr), v:val.lnum, v:val.col, v:val.type, v:val.text])'), 'out')\nqa!\n",
    );
    const r = spawnSync('vim', ['-Nu', 'NONE', '-i', 'NONE', '-es', '-S', 'qf.vim'], { cwd: tmp, encoding: 'utf8', timeout: 20_000 });
    expect(r.status).toBe(0);
    return fs.readFileSync(path.join(tmp, 'out'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
