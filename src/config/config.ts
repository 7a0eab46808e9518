/**
 * Finds and validates `[tool.dunderlint]` in pyproject.toml, or dunderlint.toml / .dunderlint.toml.
 * Every mistake becomes a ConfigError whose message is one line naming the file and the key.
 */
import { isUtf8 } from 'node:buffer';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TomlError } from 'smol-toml';
import { parseToml } from './toml';
import type { OptionSpec, Rule } from '../engine/rule';
import { readRegularFile, ReadError } from '../host/read';
import type { RuleLevel } from '../types';
import { globProblem } from './globs';

export class ConfigError extends Error {}

export interface RuleSetting {
  level: RuleLevel;
  options: Record<string, unknown>;
}

export interface ResolvedConfig {
  /** Absolute path of the file read, or null when none was found. */
  file: string | null;
  /** Directory that relative globs and paths in the config are resolved against. */
  baseDir: string;
  rules: Map<string, RuleSetting>;
  exclude: string[];
  /** The part of `exclude` the config wrote (`exclude`, `extend-exclude`), without the default list. */
  userExclude: string[];
  /** The config's own lists as written: `exclude` (null when the defaults stand) and `extend-exclude`. */
  written: { exclude: string[] | null; extendExclude: string[] };
  perFileIgnores: Array<{ pattern: string; rules: string[] }>;
  src: string[];
  namespacePackages: string[];
  /** `plugins` as written: local files and npm packages that add rules. */
  plugins: string[];
  /** Every rule this config can name: the built-in (or given) rules and its plugins' rules. */
  ruleSet: readonly Rule[];
  /** Absolute path of the baseline file of known findings, or null. */
  baseline: string | null;
}

/** Directories nobody wants linted; replaced by `exclude`, extended by `extend-exclude` (ruff's list). */
export const DEFAULT_EXCLUDE = [
  '.bzr', '.direnv', '.eggs', '.git', '.git-rewrite', '.hg', '.mypy_cache', '.nox', '.pants.d',
  '.pytype', '.ruff_cache', '.dunderlint_cache', '.svn', '.tox', '.venv', '__pypackages__', '_build',
  'buck-out', 'build', 'dist', 'node_modules', 'site-packages', 'venv',
];

const CONFIG_NAMES = ['.dunderlint.toml', 'dunderlint.toml', 'pyproject.toml'] as const;
export interface ConfigKeySpec {
  /** `rules` and `per-file-ignores` are tables checked against the rule registry; the rest are lists. */
  type: 'rules' | 'string[]' | 'glob[]' | 'per-file-ignores' | 'path';
  /** One sentence; the JSON Schema carries it (docs/configuration.md has the full text). */
  description: string;
}

/**
 * Every key of `[tool.dunderlint]`: validation accepts these, and docs/dunderlint.schema.json is
 * generated from them (docs/configuration.md documents each).
 */
export const CONFIG_KEY_SPECS: Readonly<Record<string, ConfigKeySpec>> = {
  rules: {
    type: 'rules',
    description: 'Rule id = severity ("off", "warn", "error"), or [severity, { options }] for rules that take options.',
  },
  exclude: {
    type: 'glob[]',
    description: 'Globs of files and folders never to read; replaces the default list (.git, .venv, build, dist, …).',
  },
  'extend-exclude': { type: 'glob[]', description: 'Globs added to `exclude` (to the default list, or to yours).' },
  'per-file-ignores': {
    type: 'per-file-ignores',
    description: 'Glob = list of rule ids ("ALL" for every rule) not reported in matching files; a glob starting with `!` applies to the files it does not match.',
  },
  src: {
    type: 'string[]',
    description: 'Folders that are import roots (on sys.path), relative to the config file\'s folder, tried before the roots read from packaging metadata.',
  },
  'namespace-packages': {
    type: 'string[]',
    description: 'Folders (relative to the config file\'s folder, or dotted module names) that are namespace packages on purpose (PEP 420).',
  },
  plugins: {
    type: 'string[]',
    description: 'Rules of your own: local JavaScript files (relative to the config file\'s folder) and npm packages; their rules are named `<plugin>/<rule>`.',
  },
  baseline: {
    type: 'path',
    description: 'A baseline file of known findings (relative to the config file\'s folder), written by `--add-noqa`: runs do not report them.',
  },
};
export const CONFIG_KEYS = Object.keys(CONFIG_KEY_SPECS);
export const RULE_LEVELS: readonly RuleLevel[] = ['off', 'warn', 'error'];

/** Walks up from `start` to `stopAt` (inclusive; the git root) looking for a config file. */
export function findConfigFile(start: string, stopAt: string | null, displayBase: string): string | null {
  let dir = path.resolve(start);
  for (;;) {
    for (const name of CONFIG_NAMES) {
      const candidate = path.join(dir, name);
      if (!isFile(candidate)) continue;
      if (name !== 'pyproject.toml' || pyprojectHasTable(candidate, displayBase)) return candidate;
    }
    const parent = path.dirname(dir);
    if (dir === stopAt || parent === dir) return null;
    dir = parent;
  }
}

export function loadConfig(
  file: string | null,
  projectRoot: string,
  rules: readonly Rule[],
  displayBase: string,
): ResolvedConfig {
  const resolved: ResolvedConfig = {
    file,
    baseDir: file ? path.dirname(file) : projectRoot,
    rules: new Map(rules.map((r) => [r.id, { level: r.meta.defaultSeverity, options: defaults(r) }])),
    exclude: [...DEFAULT_EXCLUDE],
    userExclude: [],
    written: { exclude: null, extendExclude: [] },
    perFileIgnores: [],
    src: [],
    namespacePackages: [],
    plugins: [],
    ruleSet: rules,
    baseline: null,
  };
  if (!file) return resolved;
  const { table, where } = readTable(file, displayBase);
  // An explicit --config pyproject.toml without our table is simply an empty config.
  if (table === undefined) return resolved;

  for (const key of Object.keys(table)) {
    if (!CONFIG_KEYS.includes(key)) {
      throw new ConfigError(`${where(key)}: unknown key${suggest(key, CONFIG_KEYS)} (expected one of: ${CONFIG_KEYS.join(', ')})`);
    }
  }
  const byId = new Map(rules.map((r) => [r.id, r]));
  const rulesTable = table['rules'];
  if (rulesTable !== undefined) {
    if (!isTable(rulesTable)) throw new ConfigError(`${where('rules')}: expected a table of rule id = severity`);
    for (const [id, value] of Object.entries(rulesTable)) {
      const rule = byId.get(id);
      if (!rule) throw new ConfigError(`${where(`rules.${id}`)}: unknown rule${suggest(id, [...byId.keys()])}`);
      resolved.rules.set(id, parseRuleSetting(value, rule, where(`rules.${id}`)));
    }
  }
  const exclude = globList(table['exclude'], where('exclude'));
  if (exclude) resolved.exclude = exclude;
  const extend = globList(table['extend-exclude'], where('extend-exclude')) ?? [];
  resolved.exclude.push(...extend);
  resolved.userExclude = [...(exclude ?? []), ...extend];
  resolved.written = { exclude: exclude ?? null, extendExclude: extend };
  resolved.src = stringList(table['src'], where('src')) ?? [];
  resolved.namespacePackages = stringList(table['namespace-packages'], where('namespace-packages')) ?? [];
  resolved.plugins = stringList(table['plugins'], where('plugins')) ?? [];
  const baseline = table['baseline'];
  if (baseline !== undefined) {
    if (typeof baseline !== 'string' || baseline.trim() === '') throw new ConfigError(`${where('baseline')}: expected the path of a file, got ${show(baseline)}`);
    resolved.baseline = path.resolve(resolved.baseDir, baseline);
  }

  const pfi = table['per-file-ignores'];
  if (pfi !== undefined) {
    if (!isTable(pfi)) throw new ConfigError(`${where('per-file-ignores')}: expected a table of glob = [rule ids]`);
    for (const [pattern, ids] of Object.entries(pfi)) {
      const key = `per-file-ignores."${pattern}"`;
      const problem = globProblem(pattern);
      if (problem) throw new ConfigError(`${where(key)}: ${problem}`);
      const list = stringList(ids, where(key))!;
      for (const id of list) {
        if (id !== 'ALL' && !byId.has(id)) {
          throw new ConfigError(`${where(key)}: unknown rule "${id}"${suggest(id, [...byId.keys()])}`);
        }
      }
      resolved.perFileIgnores.push({ pattern, rules: list });
    }
  }
  return resolved;
}

/** `[tool.dunderlint]` (or the whole dunderlint.toml), undefined when a pyproject.toml has none. */
function readTable(file: string, displayBase: string): { table: Record<string, unknown> | undefined; where: (key: string) => string } {
  const shown = path.relative(displayBase, file) || path.basename(file);
  const isPyproject = path.basename(file) === 'pyproject.toml';
  const doc = readToml(file, shown);
  let table: unknown = doc;
  if (isPyproject) {
    const tool = doc['tool'];
    table = isTable(tool) ? tool['dunderlint'] : undefined;
  }
  const prefix = isPyproject ? 'tool.dunderlint' : '';
  const where = (key: string): string => `${shown}: ${[prefix, key].filter(Boolean).join('.')}`;
  if (table !== undefined && !isTable(table)) throw new ConfigError(`${where('')}: expected a table`);
  return { table, where };
}

/** The `plugins` list of a config file: read before the rest, whose rule settings may name their rules. */
export function configuredPlugins(file: string, displayBase: string): string[] {
  const { table, where } = readTable(file, displayBase);
  return stringList(table?.['plugins'], where('plugins')) ?? [];
}

/** `--rule id:severity` from the command line, applied over the file's settings. */
export function applyRuleOverride(config: ResolvedConfig, spec: string, rules: readonly Rule[]): void {
  const m = /^([^:=\s]+)\s*[:=]\s*(\S+)$/.exec(spec);
  if (!m) throw new ConfigError(`--rule ${spec}: expected id:severity, e.g. --rule bytecode-tracked:warn`);
  const [, id, level] = m as unknown as [string, string, string];
  const ids = rules.map((r) => r.id);
  if (!ids.includes(id)) throw new ConfigError(`--rule ${spec}: unknown rule "${id}"${suggest(id, ids)}`);
  if (!RULE_LEVELS.includes(level as RuleLevel)) {
    throw new ConfigError(`--rule ${spec}: expected severity "off", "warn" or "error", got "${level}"`);
  }
  config.rules.get(id)!.level = level as RuleLevel;
}

function parseRuleSetting(value: unknown, rule: Rule, where: string): RuleSetting {
  const levelError = `${where}: expected "off", "warn", "error" or [severity, {options}], got ${show(value)}`;
  let level: unknown = value;
  let options: unknown = {};
  if (Array.isArray(value)) {
    if (value.length < 1 || value.length > 2) throw new ConfigError(levelError);
    [level, options = {}] = value;
  }
  if (typeof level !== 'string' || !RULE_LEVELS.includes(level as RuleLevel)) throw new ConfigError(levelError);
  if (!isTable(options)) throw new ConfigError(`${where}: options must be a table, got ${show(options)}`);
  const specs = rule.meta.options ?? {};
  const merged = defaults(rule);
  for (const [name, optionValue] of Object.entries(options)) {
    const spec = specs[name];
    if (!spec) {
      const known = Object.keys(specs);
      throw new ConfigError(
        `${where}: rule has no option "${name}"${known.length ? ` (options: ${known.join(', ')})` : ''}`,
      );
    }
    if (!matchesType(optionValue, spec)) {
      throw new ConfigError(`${where}.${name}: expected ${spec.type}, got ${show(optionValue)}`);
    }
    merged[name] = optionValue;
  }
  return { level: level as RuleLevel, options: merged };
}

function defaults(rule: Rule): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(rule.meta.options ?? {})) out[name] = spec.default;
  return out;
}

function matchesType(value: unknown, spec: OptionSpec): boolean {
  switch (spec.type) {
    case 'string[]':
      return Array.isArray(value) && value.every((v) => typeof v === 'string');
    default:
      return typeof value === spec.type;
  }
}

function readToml(file: string, shown: string): Record<string, unknown> {
  let bytes: Buffer;
  try {
    bytes = readRegularFile(file);
  } catch (e) {
    throw new ConfigError(`${shown}: cannot read config: ${e instanceof ReadError ? e.reason : (e as Error).message}`);
  }
  const text = bytes.toString('utf8');
  // TOML is UTF-8; decoding would silently turn other bytes into U+FFFD.
  if (!isUtf8(bytes)) {
    const line = text.slice(0, text.indexOf('\uFFFD')).split('\n').length;
    throw new ConfigError(`${shown}:${line}: invalid TOML: not UTF-8`);
  }
  try {
    return parseToml(text) as Record<string, unknown>;
  } catch (e) {
    if (e instanceof TomlError) {
      const reason = e.message.split('\n')[0]!.replace(/^Invalid TOML document: /, '');
      throw new ConfigError(`${shown}:${e.line}:${e.column}: invalid TOML: ${reason}`);
    }
    throw e;
  }
}

function pyprojectHasTable(file: string, displayBase: string): boolean {
  // A pyproject.toml that does not parse stops the run: we cannot tell whether it configures us.
  const doc = readToml(file, path.relative(displayBase, file) || file);
  const tool = doc['tool'];
  return isTable(tool) && tool['dunderlint'] !== undefined;
}

function stringList(value: unknown, where: string): string[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) {
    throw new ConfigError(`${where}: expected a list of strings, got ${show(value)}`);
  }
  return [...(value as string[])]; // a copy: the parsed TOML is shared (config/toml.ts)
}

function globList(value: unknown, where: string): string[] | undefined {
  const list = stringList(value, where);
  for (const glob of list ?? []) {
    const problem = globProblem(glob);
    if (problem) throw new ConfigError(`${where}: ${problem}`);
  }
  return list;
}

function isTable(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
}

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

function show(v: unknown): string {
  if (Array.isArray(v)) return 'an array';
  if (isTable(v)) return 'a table';
  return JSON.stringify(v) ?? String(v);
}

/** ` (did you mean "x"?)` when a known name is one or two edits away. */
export function suggest(name: string, known: readonly string[]): string {
  let best: string | null = null;
  let bestDistance = 3;
  for (const k of known) {
    const d = editDistance(name, k);
    if (d < bestDistance) [best, bestDistance] = [k, d];
  }
  return best ? ` (did you mean "${best}"?)` : '';
}

/** Optimal string alignment distance: Levenshtein plus adjacent transpositions. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}
