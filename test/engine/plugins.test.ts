/** Plugins named in `[tool.dunderlint] plugins`: local files and npm packages, CommonJS and ESM, through the built CLI. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pluginName } from '../../src/engine/plugins';
import { cli, json } from '../helpers/cli';
import { makeTree, readTree } from '../helpers/tree';

/** A CommonJS plugin: `tests.py` inside a package is reported, and the fix renames nothing but adds a marker file. */
const LOCAL_CJS = `
const at = (p) => ({ path: p, start: { line: 1, column: 1 }, end: { line: 1, column: 1 } });
module.exports = {
  meta: { name: 'local', version: '1.0.0' },
  rules: {
    'no-tests-module': {
      meta: {
        description: 'No tests.py inside a package',
        defaultSeverity: 'error',
        fixable: 'safe',
        docs: { url: 'https://example.com/local/no-tests-module' },
        messages: { found: '{{path}} ships tests in the package' },
      },
      create(context) {
        return {
          file(file) {
            if (file.name !== 'tests.py') return;
            const marker = file.path.replace(/tests\\.py$/, 'TESTS_SHIPPED');
            context.report({
              messageId: 'found', data: { path: file.path }, at: at(file.path),
              fix: { description: 'mark it', applicability: 'safe', operations: [{ kind: 'createFile', path: marker, content: 'yes\\n' }] },
            });
          },
        };
      },
    },
  },
};
`;

/** An ESM-only package (exports with an `import` condition only) whose rule reports modules named todo.py. */
const ESM_PACKAGE = {
  'node_modules/dunderlint-plugin-acme/package.json': JSON.stringify({ name: 'dunderlint-plugin-acme', version: '2.0.0', type: 'module', exports: { '.': { import: './index.js' } } }),
  'node_modules/dunderlint-plugin-acme/index.js': `
export const meta = { name: 'dunderlint-plugin-acme', version: '2.0.0' };
export const rules = {
  'no-todo-module': {
    meta: { description: 'No module named todo', defaultSeverity: 'warn', messages: { todo: 'a module named todo: {{name}}' } },
    create(context) {
      return {
        module(module) {
          if (module.file.name === 'todo.py') context.report({ messageId: 'todo', data: { name: module.file.path }, at: { path: module.file.path, start: { line: 1, column: 1 }, end: { line: 1, column: 1 } } });
        },
      };
    },
  },
};
`,
};

const PYPROJECT = (plugins: string[], rules = ''): string =>
  `[project]\nname = "demo"\n\n[tool.dunderlint]\nplugins = ${JSON.stringify(plugins)}\n${rules ? `\n[tool.dunderlint.rules]\n${rules}\n` : ''}`;

const PROJECT = { 'app/__init__.py': '', 'app/tests.py': '', 'app/todo.py': '' };

function findings(dir: string, ...args: string[]): { code: number; list: string[]; stderr: string } {
  const r = cli(dir, '--format', 'json', '--no-cache', ...args);
  return { code: r.code, list: r.stdout ? json(r).diagnostics.map((d) => `${d['path']}:${d['line']} ${d['severity']} ${d['rule']}: ${d['message']}`) : [], stderr: r.stderr };
}

describe('plugins from the config', () => {
  it('a local CommonJS file and an ESM-only npm package both report, and the local rule fixes', () => {
    const dir = makeTree({ ...PROJECT, ...ESM_PACKAGE, 'tools/rules.js': LOCAL_CJS, 'pyproject.toml': PYPROJECT(['./tools/rules.js', 'dunderlint-plugin-acme']) });
    expect(findings(dir)).toEqual({
      code: 1,
      list: ['app/tests.py:1 error local/no-tests-module: app/tests.py ships tests in the package', 'app/todo.py:1 warning acme/no-todo-module: a module named todo: app/todo.py'],
      stderr: '',
    });
    const fixed = cli(dir, '--fix', '--no-cache');
    expect(fixed.stderr).toBe('Fixed 1 problem.\n');
    expect(readTree(dir)['app/TESTS_SHIPPED']).toBe('yes\n');
  });

  it('a local ESM file (.mjs) with a default export loads', () => {
    const dir = makeTree({
      ...PROJECT,
      'tools/rules.mjs': `export default { meta: { name: 'mine' }, rules: { 'no-todo': { meta: { description: 'x', defaultSeverity: 'error', messages: { m: 'todo here' } }, create: (c) => ({ file(f) { if (f.name === 'todo.py') c.report({ messageId: 'm', at: { path: f.path, start: { line: 1, column: 1 }, end: { line: 1, column: 1 } } }); } }) } } };\n`,
      'pyproject.toml': PYPROJECT(['./tools/rules.mjs']),
    });
    expect(findings(dir).list).toEqual(['app/todo.py:1 error mine/no-todo: todo here']);
  });

  it('plugin rules take severities and options from the config and --rule, and suppression comments with their ids', () => {
    const files = { ...PROJECT, ...ESM_PACKAGE, 'tools/rules.js': LOCAL_CJS };
    const warned = makeTree({ ...files, 'pyproject.toml': PYPROJECT(['./tools/rules.js', 'dunderlint-plugin-acme'], '"local/no-tests-module" = "warn"\n"acme/no-todo-module" = "off"') });
    expect(findings(warned).list).toEqual(['app/tests.py:1 warning local/no-tests-module: app/tests.py ships tests in the package']);
    expect(findings(warned, '--rule', 'local/no-tests-module:off').list).toEqual([]);
    const suppressed = makeTree({
      ...files,
      'app/tests.py': '# dunderlint: disable-file=local/no-tests-module\n',
      'app/todo.py': 'x = 1  # dunderlint: disable=acme/no-todo-module\n',
      'pyproject.toml': PYPROJECT(['./tools/rules.js', 'dunderlint-plugin-acme']),
    });
    expect(findings(suppressed)).toEqual({ code: 0, list: [], stderr: '' });
    const ignored = makeTree({ ...files, 'pyproject.toml': `${PYPROJECT(['./tools/rules.js', 'dunderlint-plugin-acme'])}\n[tool.dunderlint.per-file-ignores]\n"app/*" = ["acme/no-todo-module"]\n` });
    expect(findings(ignored).list).toEqual(['app/tests.py:1 error local/no-tests-module: app/tests.py ships tests in the package']);
  });

  it('an unknown plugin rule in the rules table is a config error with a suggestion', () => {
    const dir = makeTree({ ...PROJECT, 'tools/rules.js': LOCAL_CJS, 'pyproject.toml': PYPROJECT(['./tools/rules.js'], '"local/no-test-module" = "warn"') });
    const r = cli(dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('dunderlint: error: pyproject.toml: tool.dunderlint.rules.local/no-test-module: unknown rule (did you mean "local/no-tests-module"?)\n');
  });

  it('--list-rules (text and JSON) and --explain show plugin rules like built-ins', () => {
    const dir = makeTree({ ...PROJECT, ...ESM_PACKAGE, 'tools/rules.js': LOCAL_CJS, 'pyproject.toml': PYPROJECT(['./tools/rules.js', 'dunderlint-plugin-acme']) });
    const text = cli(dir, '--list-rules');
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^local\/no-tests-module\s+error\s+fix:safe\s+No tests.py inside a package$/m);
    expect(text.stdout).toMatch(/^acme\/no-todo-module\s+warn\s+No module named todo$/m);
    const listed = JSON.parse(cli(dir, '--list-rules', '--format', 'json').stdout) as Array<Record<string, unknown>>;
    expect(listed.find((r) => r['id'] === 'acme/no-todo-module')).toMatchObject({ severity: 'warn', fixable: null, description: 'No module named todo' });
    expect(listed.find((r) => r['id'] === 'local/no-tests-module')).toMatchObject({ fixable: 'safe', url: 'https://example.com/local/no-tests-module' });
    const explained = cli(dir, '--explain', 'local/no-tests-module');
    expect(explained.code).toBe(0);
    expect(explained.stdout).toContain('# local/no-tests-module\n\nNo tests.py inside a package\n');
    expect(explained.stdout).toContain('More: https://example.com/local/no-tests-module\n');
    expect(cli(dir, '--explain', 'local/nope').stderr).toBe('dunderlint: error: --explain local/nope: unknown rule\n');
  });

  it('a missing local plugin, a missing package and a plugin that throws on load exit 2 with one line naming the plugin', () => {
    const missingFile = makeTree({ ...PROJECT, 'pyproject.toml': PYPROJECT(['./tools/none.js']) });
    const r1 = cli(missingFile);
    expect(r1.code).toBe(2);
    expect(r1.stderr).toBe(`dunderlint: error: pyproject.toml: plugin "./tools/none.js": no such file: ${path.join(missingFile, 'tools/none.js')}\n`);

    const missingPackage = makeTree({ ...PROJECT, 'pyproject.toml': PYPROJECT(['dunderlint-plugin-absent']) });
    const r2 = cli(missingPackage);
    expect(r2.code).toBe(2);
    expect(r2.stderr).toBe(`dunderlint: error: pyproject.toml: plugin "dunderlint-plugin-absent": cannot find package "dunderlint-plugin-absent" from ${missingPackage} (install it there: npm install --save-dev dunderlint-plugin-absent)\n`);

    const throwing = makeTree({ ...PROJECT, 'tools/bad.js': 'throw new TypeError("no config for acme");\n', 'pyproject.toml': PYPROJECT(['./tools/bad.js']) });
    const r3 = cli(throwing);
    expect(r3.code).toBe(2);
    expect(r3.stderr).toBe('dunderlint: error: pyproject.toml: plugin "./tools/bad.js": failed to load: no config for acme\n');

    const syntax = makeTree({ ...PROJECT, 'tools/bad.mjs': 'export const = 1;\n', 'pyproject.toml': PYPROJECT(['./tools/bad.mjs']) });
    const r4 = cli(syntax);
    expect(r4.code).toBe(2);
    expect(r4.stderr).toMatch(/^dunderlint: error: pyproject\.toml: plugin "\.\/tools\/bad\.mjs": failed to load: .+\n$/);
  });

  it('a plugin without a name, a malformed rule, a newer rule API, two plugins of the same name: exit 2 with one line naming the plugin (both, for a clash)', () => {
    const nameless = makeTree({ ...PROJECT, 'tools/a.js': 'module.exports = { rules: {} };\n', 'pyproject.toml': PYPROJECT(['./tools/a.js']) });
    expect(cli(nameless).stderr).toBe('dunderlint: error: pyproject.toml: plugin "./tools/a.js": a local plugin must declare meta.name (its rules are named <name>/<rule>)\n');
    const malformed = makeTree({ ...PROJECT, 'tools/a.js': "module.exports = { meta: { name: 'a' }, rules: { r: { meta: { description: 'x', defaultSeverity: 'error', messages: {} } } } };\n", 'pyproject.toml': PYPROJECT(['./tools/a.js']) });
    expect(cli(malformed).stderr).toBe('dunderlint: error: pyproject.toml: plugin "./tools/a.js": rule "r": create must be a function\n');
    const future = makeTree({ ...PROJECT, 'tools/a.js': "module.exports = { meta: { name: 'a', apiVersion: 99 }, rules: {} };\n", 'pyproject.toml': PYPROJECT(['./tools/a.js']) });
    expect(cli(future).stderr).toBe('dunderlint: error: pyproject.toml: plugin "./tools/a.js": needs rule API version 99; this dunderlint has version 1\n');
    const twins = makeTree({
      ...PROJECT,
      'tools/a.js': LOCAL_CJS,
      'tools/b.js': LOCAL_CJS,
      'pyproject.toml': PYPROJECT(['./tools/a.js', './tools/b.js']),
    });
    const r = cli(twins);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('dunderlint: error: pyproject.toml: plugin "./tools/b.js": its name "local" is also the name of plugin "./tools/a.js"\n');
  });

  it('a plugin rule that throws: the other rules report, the report has one internal-error naming plugin and rule, exit 2, the stack only with --verbose', () => {
    const dir = makeTree({
      ...PROJECT,
      'pkg/_init_.py': '',
      'tools/rules.js': `module.exports = { meta: { name: 'buggy' }, rules: { crash: { meta: { description: 'x', defaultSeverity: 'error', messages: { m: 'm' } }, create: () => ({ module(m) { if (m.file.name === 'todo.py') throw new RangeError('index 7 out of range'); } }) } } };\n`,
      'pyproject.toml': PYPROJECT(['./tools/rules.js']),
    });
    const r = findings(dir);
    expect(r.code).toBe(2);
    expect(r.list[0]).toBe('app/todo.py:1 error internal-error: rule buggy/crash (plugin "./tools/rules.js") crashed on app/todo.py: index 7 out of range; the findings of this rule are missing from the report');
    expect(r.list.slice(1).map((l) => l.split(' ')[2])).toEqual(['misspelled-init:']);
    expect(r.stderr).toBe('dunderlint: error: rule buggy/crash (plugin "./tools/rules.js") crashed on app/todo.py: index 7 out of range\n');
    const verbose = cli(dir, '--verbose', '--no-cache');
    expect(verbose.code).toBe(2);
    expect(verbose.stderr).toMatch(/dunderlint: {3}RangeError: index 7 out of range\ndunderlint: {3} {4}at /);
  });

  it('a rule that throws in create() is reported at the config file that loads it', () => {
    const dir = makeTree({
      ...PROJECT,
      'tools/rules.js': `module.exports = { meta: { name: 'buggy' }, rules: { early: { meta: { description: 'x', defaultSeverity: 'error', messages: { m: 'm' } }, create() { throw new Error('needs options'); } } } };\n`,
      'pyproject.toml': PYPROJECT(['./tools/rules.js']),
    });
    const r = findings(dir);
    expect(r.code).toBe(2);
    expect(r.list).toEqual(['pyproject.toml:1 error internal-error: rule buggy/early (plugin "./tools/rules.js") crashed on create: needs options; the findings of this rule are missing from the report']);
  });

  it('plugins are resolved against the config file, wherever dunderlint runs from', () => {
    const dir = makeTree({ 'proj/app/__init__.py': '', 'proj/app/tests.py': '', 'proj/tools/rules.js': LOCAL_CJS, 'proj/pyproject.toml': PYPROJECT(['./tools/rules.js']) });
    expect(findings(dir, 'proj').list).toEqual(['proj/app/tests.py:1 error local/no-tests-module: app/tests.py ships tests in the package']);
    fs.mkdirSync(path.join(dir, 'elsewhere'));
    expect(findings(path.join(dir, 'elsewhere'), '../proj').list).toEqual(['../proj/app/tests.py:1 error local/no-tests-module: app/tests.py ships tests in the package']);
  });

  it('--print-config lists the plugins and their rules\' settings', () => {
    const dir = makeTree({ ...PROJECT, 'tools/rules.js': LOCAL_CJS, 'pyproject.toml': PYPROJECT(['./tools/rules.js'], '"local/no-tests-module" = "warn"') });
    const r = cli(dir, '--print-config');
    expect(r.code).toBe(0);
    const shown = JSON.parse(r.stdout) as { plugins: string[]; rules: Record<string, unknown> };
    expect(shown.plugins).toEqual(['./tools/rules.js']);
    expect(shown.rules['local/no-tests-module']).toBe('warn');
  });

  it.each([
    ['dunderlint-plugin-acme', 'acme'],
    ['@corp/dunderlint-plugin-rules', '@corp/rules'],
    ['@corp/dunderlint-plugin', '@corp'],
    ['mine', 'mine'],
  ])('plugin name %s → rule prefix %s', (declared, name) => {
    expect(pluginName(declared)).toBe(name);
  });
});
