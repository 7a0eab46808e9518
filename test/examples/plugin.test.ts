/**
 * examples/plugin (dunderlint-plugin-example) and examples/plugin-demo, the project that uses it:
 * the plugin's cases through the public RuleTester, its own `node --test` suite, and the demo run
 * end to end with the plugin packed by `npm pack` and installed from the tarball.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Rule } from '../../src/engine/rule';
import { RuleTester, type RuleCases } from '../../src/rule-tester';
import { cli, json } from '../helpers/cli';
import { makeTree, readTree } from '../helpers/tree';

const ROOT = path.join(__dirname, '..', '..');
const PLUGIN = path.join(ROOT, 'examples', 'plugin');
const DEMO = path.join(ROOT, 'examples', 'plugin-demo');

// eslint-disable-next-line @typescript-eslint/no-require-imports
const plugin = require(PLUGIN) as { rules: Record<string, Omit<Rule, 'id'>> };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const cases = require(path.join(PLUGIN, 'test', 'cases.js')) as Record<string, RuleCases>;

describe('dunderlint-plugin-example through the public RuleTester', () => {
  it('has cases for each of its two rules', () => {
    expect(Object.keys(plugin.rules).sort()).toEqual(['no-parent-relative-import', 'py-typed']);
    expect(Object.keys(cases).sort()).toEqual(Object.keys(plugin.rules).sort());
  });
  for (const [id, rule] of Object.entries(plugin.rules)) void new RuleTester().run({ ...rule, id }, cases[id]!);
});

const hasNpm = spawnSync('npm', ['--version'], { encoding: 'utf8' }).status === 0;
const hasTar = spawnSync('tar', ['--version'], { encoding: 'utf8' }).status === 0;
const ready = hasNpm && hasTar;
if (!ready) {
  if (process.env['CI']) throw new Error('npm and tar are needed for the example plugin test');
  console.warn(`skipping the example plugin end to end: ${hasNpm ? '' : 'npm '}${hasTar ? '' : 'tar '}not found`);
}

(ready ? describe : describe.skip)('examples/plugin-demo with the packed plugin', () => {
  it('npm pack the plugin, install the tarball and a local rule file: both report through pyproject.toml and both fix', () => {
    const project = makeTree({});
    fs.cpSync(DEMO, project, { recursive: true, filter: (src) => !src.includes(`${path.sep}node_modules`) });
    const packDir = makeTree({});
    const pack = spawnSync('npm', ['pack', PLUGIN, '--pack-destination', packDir, '--json', '--offline'], { encoding: 'utf8' });
    expect(pack.status).toBe(0);
    const [{ filename, files }] = JSON.parse(pack.stdout) as Array<{ filename: string; files: Array<{ path: string }> }>;
    expect(files.map((f) => f.path).sort()).toEqual(['README.md', 'index.js', 'package.json', 'rules/no-parent-relative-import.js', 'rules/py-typed.js']);
    const installed = path.join(project, 'node_modules', 'dunderlint-plugin-example');
    fs.mkdirSync(installed, { recursive: true });
    const untar = spawnSync('tar', ['-xzf', path.join(packDir, path.basename(filename)), '-C', installed, '--strip-components=1'], { encoding: 'utf8' });
    expect(untar.status).toBe(0);

    const before = cli(project, '--format', 'json', '--no-cache');
    expect(before.stderr).toBe('');
    expect(before.code).toBe(1);
    expect(json(before).diagnostics.map((d) => `${d['path']}:${d['line']} ${d['severity']} ${d['rule']}`)).toEqual([
      'shop/__init__.py:1 error example/py-typed',
      'shop/orders/checkout.py:1 warning demo/future-annotations',
      'shop/orders/checkout.py:1 error example/no-parent-relative-import',
    ]);

    const fixed = cli(project, '--fix', '--unsafe-fixes', '--no-cache');
    expect(fixed.stderr).toBe('Fixed 2 problems.\n');
    const after = readTree(project);
    expect(after['shop/py.typed']).toBe('');
    expect(after['shop/orders/checkout.py']).toBe('from __future__ import annotations\nfrom ..cart import Cart\n\n\ndef checkout(cart: Cart) -> int:\n    return len(cart.items)\n');
    const left = cli(project, '--format', 'json', '--no-cache');
    expect(json(left).diagnostics.map((d) => `${d['path']}:${d['line']} ${d['rule']}`)).toEqual(['shop/orders/checkout.py:2 example/no-parent-relative-import']);
  });

  it("the plugin's own tests pass under node --test, with dunderlint/rule-tester from this package", () => {
    const modules = makeTree({});
    fs.symlinkSync(ROOT, path.join(modules, 'dunderlint'), 'dir');
    const r = spawnSync(process.execPath, ['--test', path.join(PLUGIN, 'test', 'rules.test.js')], { encoding: 'utf8', env: { ...process.env, NODE_PATH: modules } });
    expect({ code: r.status, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    expect(r.stdout).toMatch(/# pass 8\n# fail 0\n/);
  });
});
