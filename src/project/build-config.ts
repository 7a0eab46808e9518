/**
 * What a Python project's packaging metadata says about its layout: the build backend, the
 * distribution name, where packages live (import roots) and which packages it ships, read from
 * pyproject.toml, setup.cfg and the literal keywords of setup.py. Nothing is executed.
 */
import { parseToml } from '../config/toml';

export type BackendName = 'setuptools' | 'hatchling' | 'flit' | 'poetry' | 'pdm' | 'uv' | 'maturin' | 'other';

/** Where a setting was read, for messages and anchors. */
export interface SettingSource {
  /** File name relative to the project folder. */
  file: string;
  line: number;
  /** How users write it: `find_packages()`, `packages = find:`, `[tool.setuptools.packages.find]` … */
  text: string;
}

export type SetuptoolsPackages =
  | { kind: 'find'; where: string[]; include: string[]; exclude: string[]; namespaces: boolean; source: SettingSource; also?: string[] }
  | { kind: 'list'; names: string[]; source: SettingSource }
  /** Computed by code we do not run (`packages=get_packages()`): the wheel is unknown. */
  | { kind: 'dynamic'; source: SettingSource }
  | { kind: 'auto' };

export interface BuildConfig {
  backend: BackendName;
  /** Distribution name (`[project] name`, `[tool.poetry] name`, `setup(name=…)`). */
  name: string | null;
  /** Folders (relative to the project folder) that the metadata names as import roots. */
  roots: string[];
  /** setuptools only: which packages go into the wheel. */
  setuptools: SetuptoolsPackages | null;
  /** The metadata declares namespace packages on purpose (find_namespace:, uv `namespace = true` …). */
  namespaces: boolean;
  /**
   * Whether the project builds a wheel at all: a `[build-system]` table, `[tool.setuptools]`, or a
   * setup.py / setup.cfg. A pyproject.toml with `[project]` alone (a uv workspace root, a `uv run`
   * helper) builds nothing.
   */
  builds: boolean;
  /**
   * setuptools only: every file git tracks under a shipped package goes into the wheel as package
   * data, subfolders' modules included: a VCS file finder (setuptools-scm …) is a build requirement
   * and include-package-data is on (the default for a pyproject `[project]`).
   */
  shipsTrackedFiles: boolean;
  /**
   * setuptools only: package data may put a folder's files in the wheel although no package lists
   * it: `package_data` is declared, or include-package-data is on (MANIFEST.in then says what).
   */
  packageData: { declared: boolean; included: boolean };
  /** Problems reading the files (broken TOML), as human-readable notes. */
  notes: string[];
}

/** setuptools plugins that list the files version control tracks (`setuptools.file_finders`). */
const FILE_FINDERS = /^(setuptools[-_.]scm|setuptools[-_.]git|setuptools[-_.]svn|setuptools[-_.]hg)\b/i;

export interface MetadataFiles {
  pyproject: string | null;
  setupCfg: string | null;
  setupPy: string | null;
}

const BACKENDS: Array<[string, BackendName]> = [
  ['setuptools', 'setuptools'],
  ['hatchling', 'hatchling'],
  ['flit_core', 'flit'],
  ['poetry', 'poetry'],
  ['pdm', 'pdm'],
  ['uv_build', 'uv'],
  ['maturin', 'maturin'],
];

type Table = Record<string, unknown>;
const isTable = (v: unknown): v is Table => typeof v === 'object' && v !== null && !Array.isArray(v);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : typeof v === 'string' ? [v] : []);
const get = (t: unknown, ...keys: string[]): unknown => keys.reduce<unknown>((o, k) => (isTable(o) ? o[k] : undefined), t);

export function readBuildConfig(files: MetadataFiles): BuildConfig {
  const config: BuildConfig = { backend: 'setuptools', name: null, roots: [], setuptools: null, namespaces: false, builds: false, shipsTrackedFiles: false, packageData: { declared: false, included: false }, notes: [] };
  let py: Table = {};
  if (files.pyproject !== null) {
    try {
      py = parseToml(files.pyproject) as Table;
    } catch (e) {
      config.notes.push(`pyproject.toml: invalid TOML: ${(e as Error).message.split('\n')[0]}`);
    }
  }
  // Without [build-system], pip builds with setuptools, but a `[project]`-only file is a uv
  // workspace root or a `uv run` helper, which nothing builds; `[tool.setuptools]` says it is built.
  config.builds = get(py, 'build-system') !== undefined || get(py, 'tool', 'setuptools') !== undefined || files.setupPy !== null || files.setupCfg !== null;
  const backendName = get(py, 'build-system', 'build-backend');
  if (typeof backendName === 'string') {
    config.backend = BACKENDS.find(([prefix]) => backendName.startsWith(prefix))?.[1] ?? 'other';
  }
  const projectName = get(py, 'project', 'name') ?? get(py, 'tool', 'poetry', 'name');
  if (typeof projectName === 'string') config.name = projectName;

  const cfg = files.setupCfg !== null ? parseSetupCfg(files.setupCfg) : null;
  const setupPy = files.setupPy;
  if (!config.name) config.name = cfg?.get('metadata')?.get('name')?.value ?? (setupPy ? literalKeyword(setupPy, 'name') : null);

  switch (config.backend) {
    case 'setuptools':
      readSetuptools(config, py, files, cfg, setupPy);
      break;
    case 'hatchling': {
      const wheel = get(py, 'tool', 'hatch', 'build', 'targets', 'wheel');
      for (const p of strings(get(wheel, 'packages'))) config.roots.push(parentOf(p));
      const sources = get(wheel, 'sources') ?? get(py, 'tool', 'hatch', 'build', 'sources');
      for (const s of Array.isArray(sources) ? strings(sources) : isTable(sources) ? Object.keys(sources) : []) config.roots.push(s);
      break;
    }
    case 'flit': {
      const module = get(py, 'tool', 'flit', 'module', 'name');
      if (typeof module === 'string' && module.includes('.')) config.namespaces = true;
      break;
    }
    case 'poetry':
      for (const p of Array.isArray(get(py, 'tool', 'poetry', 'packages')) ? (get(py, 'tool', 'poetry', 'packages') as unknown[]) : []) {
        const from = get(p, 'from');
        if (typeof from === 'string') config.roots.push(from);
      }
      break;
    case 'pdm': {
      const dir = get(py, 'tool', 'pdm', 'build', 'package-dir');
      if (typeof dir === 'string') config.roots.push(dir);
      break;
    }
    case 'maturin': {
      // Mixed Rust/Python projects keep their Python package under `python-source`.
      const source = get(py, 'tool', 'maturin', 'python-source');
      if (typeof source === 'string') config.roots.push(source);
      break;
    }
    case 'uv': {
      const backend = get(py, 'tool', 'uv', 'build-backend');
      const root = get(backend, 'module-root');
      config.roots.push(typeof root === 'string' ? root : 'src');
      const module = get(backend, 'module-name');
      if (get(backend, 'namespace') === true || (typeof module === 'string' && module.includes('.'))) config.namespaces = true;
      break;
    }
  }
  config.roots = [...new Set(config.roots.map(normalizeDir))];
  return config;
}

function readSetuptools(config: BuildConfig, py: Table, files: MetadataFiles, cfg: SetupCfg | null, setupPy: string | null): void {
  const tool = get(py, 'tool', 'setuptools');
  const finder = strings(get(py, 'build-system', 'requires')).some((r) => FILE_FINDERS.test(r.trim()));
  const includeData = get(tool, 'include-package-data') ?? (get(py, 'project') !== undefined ? true : undefined);
  const cfgData = cfg?.get('options')?.get('include_package_data')?.value;
  const included = includeData === true || (includeData === undefined && (/^(true|1|yes|on)$/i.test(cfgData ?? '') || (setupPy !== null && /\binclude_package_data\s*=\s*True\b/.test(setupPy))));
  config.shipsTrackedFiles = finder && included;
  config.packageData = {
    declared: get(tool, 'package-data') !== undefined || cfg?.get('options.package_data') !== undefined || (setupPy !== null && /\bpackage_data\s*=/.test(setupPy)),
    included,
  };
  const packageDir = get(tool, 'package-dir');
  if (isTable(packageDir) && typeof packageDir[''] === 'string') config.roots.push(packageDir['']);
  const packages = get(tool, 'packages');
  if (files.pyproject !== null && Array.isArray(packages)) {
    config.setuptools = { kind: 'list', names: strings(packages), source: tomlSource(files.pyproject, /^\s*packages\s*=/m, 'packages = [...]') };
    return;
  }
  const find = get(packages, 'find');
  if (files.pyproject !== null && isTable(find)) {
    const where = strings(find['where']);
    const namespaces = find['namespaces'] !== false;
    config.roots.push(...where);
    config.setuptools = {
      kind: 'find',
      where: where.length ? where : ['.'],
      include: strings(find['include']).length ? strings(find['include']) : ['*'],
      exclude: strings(find['exclude']),
      namespaces,
      source: tomlSource(files.pyproject, /^\s*\[tool\.setuptools\.packages\.find\]|^\s*packages\s*=\s*\{/m, namespaces ? '[tool.setuptools.packages.find]' : 'find = {namespaces = false}'),
    };
    if (namespaces && find['namespaces'] === true) config.namespaces = true;
    return;
  }
  if (cfg) {
    const options = cfg.get('options');
    const dir = options?.get('package_dir');
    const rootDir = dir ? /(?:^|\n)\s*=\s*(\S+)/.exec(`\n${dir.value}`)?.[1] : undefined;
    if (rootDir) config.roots.push(rootDir);
    const pk = options?.get('packages');
    if (pk) {
      const value = pk.value.trim();
      const source: SettingSource = { file: 'setup.cfg', line: pk.line, text: `packages = ${value.split('\n')[0]}` };
      if (value === 'find:' || value === 'find_namespace:') {
        const findSection = cfg.get('options.packages.find');
        const list = (key: string) => (findSection?.get(key)?.value ?? '').split(/[\s,]+/).filter(Boolean);
        const where = list('where');
        config.roots.push(...where);
        const namespaces = value === 'find_namespace:';
        if (namespaces) config.namespaces = true;
        config.setuptools = {
          kind: 'find',
          where: where.length ? where : [rootDir ?? '.'],
          include: list('include').length ? list('include') : ['*'],
          exclude: list('exclude'),
          namespaces,
          source,
        };
      } else {
        config.setuptools = { kind: 'list', names: value.split(/[\s,]+/).filter(Boolean), source };
      }
      return;
    }
  }
  if (setupPy) {
    const dirMatch = /package_dir\s*=\s*\{\s*(['"])\1\s*:\s*['"]([^'"]+)['"]/.exec(setupPy);
    if (dirMatch) config.roots.push(dirMatch[2]!);
    const read = setupPyPackages(setupPy);
    if (read) {
      if (read.kind === 'find') {
        if (read.namespaces) config.namespaces = true;
        config.roots.push(...read.where.filter((w) => w !== '.'));
      }
      config.setuptools = read;
      return;
    }
  }
  // setuptools discovers packages only when neither `packages` nor `py_modules` is given: a
  // single-module distribution (pycodestyle's `py_modules = pycodestyle`) ships no package.
  const pyModules =
    (files.pyproject !== null && get(tool, 'py-modules') !== undefined && tomlSource(files.pyproject, /^\s*py-modules\s*=/m, 'py-modules = [...]')) ||
    (cfg?.get('options')?.get('py_modules') && { file: 'setup.cfg', line: cfg.get('options')!.get('py_modules')!.line, text: 'py_modules = ...' }) ||
    (setupPy !== null && /\bpy_modules\s*=/.test(setupPy) && { file: 'setup.py', line: lineOf(setupPy, setupPy.search(/\bpy_modules\s*=/)), text: 'py_modules=[...]' });
  if (pyModules) {
    config.setuptools = { kind: 'list', names: [], source: pyModules };
    return;
  }
  config.setuptools = { kind: 'auto' };
}

function tomlSource(text: string, pattern: RegExp, shown: string): SettingSource {
  const m = pattern.exec(text);
  return { file: 'pyproject.toml', line: m ? lineOf(text, m.index + (m[0].length - m[0].trimStart().length)) : 1, text: shown };
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** The text between `(` (already consumed, at `start`) and its matching `)`. */
function balancedArgs(text: string, start: number): string {
  let depth = 1;
  for (let i = start; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return text.slice(start, i);
  }
  return text.slice(start);
}

/**
 * `packages=` of the `setup(...)` call in setup.py, read as setuptools would evaluate it as long as
 * it is made of literals: string lists, names bound once in the file to such lists, one
 * `find_packages(...)` / `find_namespace_packages(...)` with literal arguments, joined by `+`.
 * Anything else is computed by code we do not run: `dynamic`. Null when setup() has no `packages`.
 */
function setupPyPackages(text: string): SetuptoolsPackages | null {
  // The call that names `packages` (`setup()` may also appear in a docstring or a comment first).
  let call: RegExpExecArray | null = null;
  let args: Array<{ text: string; start: number }> = [];
  let kw: { text: string; start: number } | undefined;
  for (const m of text.matchAll(/\bsetup\s*\(/g)) {
    const found = splitTop(balancedArgs(text, m.index! + m[0].length), ',');
    if (!call || found.some((a) => /^(packages\s*=|\*\*)/.test(a.text))) [call, args] = [m as RegExpExecArray, found];
    kw = args.find((a) => /^packages\s*=/.test(a.text));
    if (kw) break;
  }
  if (!call) return null;
  if (!kw) {
    // `setup(**options)` may carry packages we cannot see.
    return args.some((a) => a.text.startsWith('**')) ? { kind: 'dynamic', source: { file: 'setup.py', line: lineOf(text, call.index), text: 'setup(**...)' } } : null;
  }
  const offset = call.index + call[0].length + kw.start;
  const expression = kw.text.replace(/^packages\s*=\s*/, '');
  const source = (shown: string): SettingSource => ({ file: 'setup.py', line: lineOf(text, offset), text: shown });
  const names: string[] = [];
  let find: Extract<SetuptoolsPackages, { kind: 'find' }> | null = null;
  const evaluate = (expr: string, depth: number): boolean => {
    for (const { text: term } of splitTop(expr, '+')) {
      const list = literalStrings(term);
      if (list) {
        names.push(...list);
        continue;
      }
      const f = /^(?:setuptools\s*\.\s*)?(find_packages|find_namespace_packages)\s*\(([\s\S]*)\)$/.exec(term);
      if (f && !find) {
        const fargs = splitTop(f[2]!, ',');
        const value = (key: string, position: number): string | undefined => {
          const named = fargs.find((a) => new RegExp(`^${key}\\s*=`).test(a.text));
          if (named) return named.text.replace(/^\w+\s*=\s*/, '');
          const positional = fargs[position];
          return positional && !/^\w+\s*=/.test(positional.text) ? positional.text : undefined;
        };
        const where = value('where', 0);
        const exclude = value('exclude', 1);
        const include = value('include', 2);
        // find_packages() searches '.' whatever package_dir says.
        const whereValue = where === undefined ? ['.'] : literalStrings(`[${where}]`);
        const excludeValue = exclude === undefined ? [] : literalStrings(exclude);
        const includeValue = include === undefined ? ['*'] : literalStrings(include);
        if (!whereValue || whereValue.length !== 1 || !excludeValue || !includeValue) return false;
        find = { kind: 'find', where: whereValue, include: includeValue, exclude: excludeValue, namespaces: f[1] === 'find_namespace_packages', source: source(`${f[1]}()`) };
        continue;
      }
      // A name bound once, at the top level of setup.py, to a literal value.
      if (/^[A-Za-z_]\w*$/.test(term) && depth < 5) {
        const bindings = [...text.matchAll(new RegExp(`^${term}\\s*(\\+?=|\\.\\s*(?:append|extend|insert)\\b)`, 'gm'))];
        if (bindings.length === 1 && bindings[0]![1] === '=') {
          const start = bindings[0]!.index! + bindings[0]![0].length;
          if (evaluate(statementAt(text, start), depth + 1)) continue;
        }
      }
      return false;
    }
    return true;
  };
  if (!evaluate(expression, 0)) return { kind: 'dynamic', source: source(`packages=${expression.split('\n')[0]}`) };
  const found = find as Extract<SetuptoolsPackages, { kind: 'find' }> | null;
  if (found) return names.length ? { ...found, also: names } : found;
  return { kind: 'list', names, source: source('packages=[...]') };
}

/** A list or tuple of string literals (`['a', "b",]`, `('a',)`), or a lone string; else null. */
function literalStrings(expr: string): string[] | null {
  const t = expr.trim();
  if (/^(['"])[^'"\\]*\1$/.test(t)) return [t.slice(1, -1)];
  if (!/^[[(][\s\S]*[\])]$/.test(t)) return null;
  const items = splitTop(t.slice(1, -1), ',').map((a) => a.text);
  const out: string[] = [];
  for (const item of items) {
    const m = /^(['"])([^'"\\]*)\1$/.exec(item);
    if (!m) return null;
    out.push(m[2]!);
  }
  return out;
}

/** The expression from `start` to the end of its statement (a newline outside brackets). */
function statementAt(text: string, start: number): string {
  let end = start;
  let depth = 0;
  for (; end < text.length; end++) {
    const c = text[end]!;
    if (c === '#') while (end < text.length && text[end] !== '\n') end++;
    if (c === '"' || c === "'") end = skipString(text, end);
    else if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) depth--;
    if (depth <= 0 && (text[end] === '\n' || text[end] === ';')) break;
  }
  return text.slice(start, end).trim();
}

function skipString(text: string, i: number): number {
  const q = text[i]!;
  const triple = text.startsWith(q.repeat(3), i);
  const close = triple ? q.repeat(3) : q;
  for (let j = i + close.length; j < text.length; j++) {
    if (text[j] === '\\') j++;
    else if (text.startsWith(close, j)) return j + close.length - 1;
    else if (!triple && text[j] === '\n') return j - 1;
  }
  return text.length;
}

/** Splits at `sep` outside brackets, strings and comments; each part trimmed, comments dropped, with its offset. */
function splitTop(text: string, sep: string): Array<{ text: string; start: number }> {
  const parts: Array<{ text: string; start: number }> = [];
  let depth = 0;
  let start = 0;
  let current = '';
  const push = (end: number) => {
    const lead = current.length - current.trimStart().length;
    if (current.trim()) parts.push({ text: current.trim(), start: start + lead });
    current = '';
    start = end + 1;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '#') {
      while (i < text.length && text[i] !== '\n') i++;
      current += ' ';
      continue;
    }
    if (c === '"' || c === "'") {
      const end = skipString(text, i);
      current += text.slice(i, end + 1);
      i = end;
      continue;
    }
    if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) depth--;
    if (depth === 0 && c === sep) push(i);
    else current += c;
  }
  push(text.length);
  return parts;
}

/** A keyword argument of `setup()` given as a string literal (`name='x'`), or null. */
export function literalKeyword(setupPy: string, key: string): string | null {
  return new RegExp(`\\b${key}\\s*=\\s*(['"])([^'"]+)\\1`).exec(setupPy)?.[2] ?? null;
}

function parentOf(p: string): string {
  const norm = normalizeDir(p);
  const i = norm.lastIndexOf('/');
  return i === -1 ? '.' : norm.slice(0, i);
}

export function normalizeDir(p: string): string {
  const parts = p.replace(/\\/g, '/').split('/').filter((x) => x && x !== '.');
  return parts.length ? parts.join('/') : '.';
}

type SetupCfg = Map<string, Map<string, { value: string; line: number }>>;

/**
 * setup.cfg as configparser reads it: `[section]`, `key = value` or `key: value`, values continued on
 * indented lines, `#`/`;` comment lines. Written here because the npm INI parsers do not join
 * continuation lines the way configparser does, and setuptools relies on that for lists.
 */
export function parseSetupCfg(text: string): SetupCfg {
  const out: SetupCfg = new Map();
  let section: Map<string, { value: string; line: number }> | null = null;
  let last: { value: string; line: number } | null = null;
  text.split(/\r\n|\r|\n/).forEach((raw, i) => {
    if (/^\s*[#;]/.test(raw) || raw.trim() === '') return;
    if (/^\s/.test(raw) && last) {
      last.value += `\n${raw.trim()}`;
      return;
    }
    const header = /^\[([^\]]+)\]/.exec(raw);
    if (header) {
      section = new Map();
      out.set(header[1]!.trim(), section);
      last = null;
      return;
    }
    const kv = /^([^=:]+)[=:](.*)$/.exec(raw);
    if (kv && section) {
      last = { value: kv[2]!.trim(), line: i + 1 };
      section.set(kv[1]!.trim().replace(/-/g, '_'), last);
    }
  });
  return out;
}
