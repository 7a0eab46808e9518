/**
 * Plugins named in the config: `plugins = ["./tools/rules.js", "dunderlint-plugin-acme"]`. A local
 * file is resolved against the config file's folder, a package from the project's folder (its
 * node_modules), as ESLint and Node would. A plugin exports `{ meta: { name, version }, rules }`;
 * its rules are named `<plugin>/<rule>`. Every failure is a ConfigError of one line naming the
 * config file and the plugin.
 */
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ConfigError } from '../config/config';
import { RULE_API_VERSION, type Rule } from './rule';

/** A rule as a plugin exports it: its id is the key it has in `rules`. */
export type PluginRule = Omit<Rule, 'id'> & { id?: string };

export interface Plugin {
  meta?: { name?: string; version?: string; apiVersion?: number };
  rules: Record<string, PluginRule>;
}

/** Which plugin (as the config names it) each loaded rule comes from, for error messages. */
const origin = new WeakMap<Rule, string>();

export function pluginOf(rule: Rule): string | undefined {
  return origin.get(rule);
}

// A real import(), which the CommonJS bundle keeps as is: esbuild would turn `import()` into require().
// The launcher lends its own (bin/code-cache.js): on Node 20, a Function made by code V8 read from
// a code cache has no loader for import().
type Importer = (specifier: string) => Promise<Record<string, unknown>>;
const importModule = ((globalThis as Record<symbol, unknown>)[Symbol.for('dunderlint.import')] as Importer | undefined) ?? (new Function('specifier', 'return import(specifier)') as Importer);

/** The rules of every plugin the config names, in order; `shown` is the config file as the user sees it. */
export async function loadPlugins(specs: readonly string[], configFile: string, shown: string): Promise<Rule[]> {
  const dir = path.dirname(configFile);
  const byName = new Map<string, string>();
  const rules: Rule[] = [];
  for (const spec of specs) {
    const fail = (message: string): ConfigError => new ConfigError(`${shown}: plugin "${spec}": ${message}`);
    const local = isLocal(spec);
    const { file, packageName } = local ? resolveLocal(spec, dir, fail) : resolvePackage(spec, dir, fail);
    let exported: unknown;
    try {
      exported = await load(file);
    } catch (e) {
      throw fail(`failed to load: ${firstLine(e)}`);
    }
    const plugin = unwrap(exported);
    if (!isObject(plugin) || !isObject(plugin['rules'])) throw fail('expected an export { meta: { name, version }, rules: { id: rule } }');
    const meta = isObject(plugin['meta']) ? plugin['meta'] : {};
    const declared = typeof meta['name'] === 'string' ? meta['name'] : packageName;
    if (!declared) throw fail('a local plugin must declare meta.name (its rules are named <name>/<rule>)');
    const name = pluginName(declared);
    if (!/^(@[\w-]+\/)?[\w-]+$|^@[\w-]+$/.test(name)) throw fail(`invalid name "${name}": letters, digits, - and _ (or @scope/name)`);
    const apiVersion = meta['apiVersion'];
    if (apiVersion !== undefined && (typeof apiVersion !== 'number' || apiVersion > RULE_API_VERSION)) {
      throw fail(`needs rule API version ${String(apiVersion)}; this dunderlint has version ${RULE_API_VERSION}`);
    }
    const other = byName.get(name);
    if (other !== undefined) throw fail(`its name "${name}" is also the name of plugin "${other}"`);
    byName.set(name, spec);
    for (const [key, value] of Object.entries(plugin['rules'] as Record<string, unknown>)) {
      const problem = ruleProblem(key, value);
      if (problem) throw fail(`rule "${key}": ${problem}`);
      const rule: Rule = { ...(value as PluginRule), id: `${name}/${key}` };
      origin.set(rule, spec);
      rules.push(rule);
    }
  }
  return rules;
}

/** Rule ids must be unique across the built-in rules, the API's extra rules and every plugin. */
export function checkUniqueIds(rules: readonly Rule[], shown: string): void {
  const seen = new Map<string, Rule>();
  for (const rule of rules) {
    const first = seen.get(rule.id);
    if (first) {
      const from = (r: Rule): string => (pluginOf(r) ? `plugin "${pluginOf(r)}"` : 'a rule given to lint()');
      throw new ConfigError(`${shown}: rule id "${rule.id}" of ${from(rule)} clashes with the one of ${from(first)}`);
    }
    seen.set(rule.id, rule);
  }
}

/** ESLint's convention: `dunderlint-plugin-acme` → `acme`, `@scope/dunderlint-plugin-x` → `@scope/x`, `@scope/dunderlint-plugin` → `@scope`. */
export function pluginName(declared: string): string {
  const m = /^(@[^/]+)\/(.*)$/.exec(declared);
  if (m) {
    const [, scope, rest] = m as unknown as [string, string, string];
    if (rest === 'dunderlint-plugin') return scope;
    return `${scope}/${rest.replace(/^dunderlint-plugin-/, '')}`;
  }
  return declared.replace(/^dunderlint-plugin-/, '');
}

function isLocal(spec: string): boolean {
  return spec.startsWith('./') || spec.startsWith('../') || path.isAbsolute(spec);
}

function resolveLocal(spec: string, dir: string, fail: (m: string) => ConfigError): { file: string; packageName?: string } {
  const file = path.resolve(dir, spec);
  if (!fs.existsSync(file) || fs.statSync(file).isDirectory()) throw fail(`no such file: ${file}`);
  return { file };
}

/**
 * A package from the project's node_modules. `require.resolve` knows `main` and the `require` and
 * `default` conditions of `exports`; a package whose exports only have `import` is read by hand.
 */
function resolvePackage(spec: string, dir: string, fail: (m: string) => ConfigError): { file: string; packageName: string } {
  const req = createRequire(path.join(dir, 'noop.js'));
  const packageName = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!;
  try {
    return { file: req.resolve(spec), packageName };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'ERR_PACKAGE_PATH_NOT_EXPORTED') {
      throw fail(`cannot find package "${spec}" from ${dir} (install it there: npm install --save-dev ${packageName})`);
    }
  }
  for (const base of req.resolve.paths(spec) ?? []) {
    const root = path.join(base, spec);
    const manifest = path.join(root, 'package.json');
    if (!fs.existsSync(manifest)) continue;
    const entry = importEntry(JSON.parse(fs.readFileSync(manifest, 'utf8')).exports);
    if (entry) return { file: path.resolve(root, entry), packageName };
  }
  throw fail(`package "${spec}" exports no entry for require or import`);
}

/** `exports` → the path under `.` for `import`, else `default` (a string, or nested conditions). */
function importEntry(exports: unknown): string | undefined {
  if (typeof exports === 'string') return exports;
  if (!isObject(exports)) return undefined;
  const dot = Object.keys(exports).some((k) => k.startsWith('.')) ? exports['.'] : exports;
  if (typeof dot === 'string') return dot;
  if (!isObject(dot)) return undefined;
  for (const condition of ['import', 'node', 'default']) {
    const found = importEntry(dot[condition]);
    if (found) return found;
  }
  return undefined;
}

/** ESM (`.mjs`, or `.js` in a `"type": "module"` package) through import(), CommonJS through require. */
async function load(file: string): Promise<unknown> {
  if (isEsm(file)) return importModule(pathToFileURL(file).href);
  return createRequire(file)(file);
}

function isEsm(file: string): boolean {
  if (file.endsWith('.mjs')) return true;
  if (!file.endsWith('.js')) return false;
  for (let dir = path.dirname(file); ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest)) {
      try {
        return JSON.parse(fs.readFileSync(manifest, 'utf8')).type === 'module';
      } catch {
        return false;
      }
    }
    if (path.dirname(dir) === dir) return false;
  }
}

/** A module's plugin object: ESM's default export, CommonJS's module.exports, or TypeScript's `exports.default`. */
function unwrap(exported: unknown): unknown {
  if (isObject(exported) && !('rules' in exported) && isObject(exported['default'])) return exported['default'];
  return exported;
}

function ruleProblem(key: string, value: unknown): string | null {
  if (!/^[\w-]+$/.test(key)) return 'a rule id is letters, digits, - and _';
  if (!isObject(value)) return 'expected a rule object { meta, create }';
  if (typeof value['create'] !== 'function') return 'create must be a function';
  const meta = value['meta'];
  if (!isObject(meta)) return 'meta is missing';
  if (typeof meta['description'] !== 'string') return 'meta.description must be a string';
  if (!['off', 'warn', 'error'].includes(meta['defaultSeverity'] as string)) return 'meta.defaultSeverity must be "off", "warn" or "error"';
  if (!isObject(meta['messages'])) return 'meta.messages must be an object of messageId: text';
  if (meta['fixable'] !== undefined && meta['fixable'] !== 'safe' && meta['fixable'] !== 'unsafe') return 'meta.fixable must be "safe" or "unsafe"';
  return null;
}

function firstLine(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  return message.split('\n')[0]!;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
