/**
 * Exclusions the project already wrote for its other tools: ruff's `exclude`/`extend-exclude`,
 * pre-commit's top-level `exclude`, pytest's `norecursedirs` and conftest `collect_ignore`, mypy's
 * `exclude`. Each is matched as its tool matches it, against the path relative to the folder that
 * tool resolves it from. Nothing here stops a run: a file or pattern we cannot read is a note.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseToml } from './toml';
import { mayHaveTopLevelKey, parseYaml } from './yaml';
import { readRegularText } from '../host/read';
import { parseSetupCfg } from '../project/build-config';
import { collectIgnores, PYTEST_DEFAULTS, pytestMatcher, readPytestConfig } from '../project/pytest-config';
import { excludeMatcher, folderMatcher } from './globs';

export interface Exclusion {
  pattern: string;
  kind: 'glob' | 'regex';
  /** Where it was written: `default`, or a file and the key, e.g. `ruff.toml extend-exclude`. */
  source: string;
}

/** The exclusions of one source and a test on project paths (relative to the lint root). */
export interface ForeignSource {
  source: string;
  exclusions: Exclusion[];
  excludes(projectPath: string): boolean;
}

type Table = Record<string, unknown>;
const isTable = (v: unknown): v is Table => typeof v === 'object' && v !== null && !Array.isArray(v);
const posix = (p: string): string => p.split(path.sep).join('/');

/**
 * Python's `re` syntax as a JavaScript RegExp: leading inline flags (`(?x)` verbose whitespace and
 * comments, `(?i)`, `(?s)`, `(?m)`), `(?P<name>…)`, `(?P=name)`, `\A`, `\Z`. What JavaScript still
 * refuses (atomic groups, possessive quantifiers …) is an Error naming the reason.
 */
export function pythonRegex(source: string): RegExp {
  let rest = source;
  let flags = '';
  let verbose = false;
  for (let m = /^\(\?([aiLmsux]+)\)/.exec(rest); m; m = /^\(\?([aiLmsux]+)\)/.exec(rest)) {
    for (const f of m[1]!) {
      if (f === 'x') verbose = true;
      else if ('ims'.includes(f) && !flags.includes(f)) flags += f;
    }
    rest = rest.slice(m[0].length);
    // Flags may follow whitespace in verbose mode.
    if (verbose) rest = rest.replace(/^\s+/, '');
  }
  let out = '';
  let inClass = false;
  for (let i = 0; i < rest.length; i++) {
    const c = rest[i]!;
    if (c === '\\') {
      const next = rest[i + 1] ?? '';
      i++;
      if (!inClass && next === 'A') out += '^';
      else if (!inClass && next === 'Z') out += '$(?![\\s\\S])';
      else out += c + next;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      out += c;
      continue;
    }
    if (c === '[') {
      inClass = true;
      out += c;
      // A `]` right after `[` or `[^` is a literal in Python.
      if (rest[i + 1] === '^') out += rest[++i];
      if (rest[i + 1] === ']') out += `\\${rest[++i]}`;
      continue;
    }
    if (verbose && /\s/.test(c)) continue;
    if (verbose && c === '#') {
      while (i < rest.length && rest[i] !== '\n') i++;
      continue;
    }
    if (rest.startsWith('(?P<', i)) {
      out += '(?<';
      i += 3;
      continue;
    }
    const backref = /^\(\?P=(\w+)\)/.exec(rest.slice(i));
    if (backref) {
      out += `\\k<${backref[1]}>`;
      i += backref[0].length - 1;
      continue;
    }
    out += c;
  }
  return new RegExp(out, flags);
}

function readText(file: string): string | null {
  try {
    if (!fs.statSync(file).isFile()) return null;
    return readRegularText(file);
  } catch {
    return null;
  }
}

/** `re.search` of each regex against a path and (as mypy does) its folders with a trailing `/`. */
function regexMatcher(regexes: readonly RegExp[], withFolders: boolean): (relPath: string) => boolean {
  const test = (p: string): boolean => regexes.some((re) => re.test(p));
  const above = folderMatcher((dir) => test(`${dir}/`));
  return (p) => (withFolders && above(p)) || test(p);
}

/**
 * Every foreign source found in the lint root and the config file's folder. `gitToplevel` is
 * pre-commit's base for paths. Notes (for --verbose) say what could not be used.
 */
export function readForeignSources(root: string, configDir: string, gitToplevel: string | null, notes: string[]): ForeignSource[] {
  const sources: ForeignSource[] = [];
  const dirs = [...new Set([path.resolve(root), path.resolve(configDir)])];
  const shown = (file: string): string => posix(path.relative(root, file)) || path.basename(file);
  /** A project path as seen from `base` (a folder at or above the root, in practice). */
  const from = (base: string): ((p: string) => string) => {
    const prefix = posix(path.relative(base, root));
    return prefix ? (p) => `${prefix}/${p}` : (p) => p;
  };
  const addGlobs = (source: string, globs: unknown, base: string): void => {
    const list = Array.isArray(globs) ? globs.filter((g): g is string => typeof g === 'string' && g !== '') : [];
    if (!list.length) return;
    const match = excludeMatcher(list);
    const rel = from(base);
    sources.push({ source, exclusions: list.map((pattern) => ({ pattern, kind: 'glob', source })), excludes: (p) => match(rel(p)) });
  };
  const addRegexes = (source: string, patterns: string[], base: string, withFolders: boolean): void => {
    const regexes: RegExp[] = [];
    const kept: string[] = [];
    for (const pattern of patterns) {
      // An empty regex would match every path: surely not what an empty setting meant.
      if (pattern.trim() === '') continue;
      try {
        regexes.push(pythonRegex(pattern));
        kept.push(pattern);
      } catch (e) {
        notes.push(`${source}: cannot use the regular expression ${JSON.stringify(pattern)} (${(e as Error).message}); skipped`);
      }
    }
    if (!regexes.length) return;
    const match = regexMatcher(regexes, withFolders);
    const rel = from(base);
    sources.push({ source, exclusions: kept.map((pattern) => ({ pattern, kind: 'regex', source })), excludes: (p) => match(rel(p)) });
  };
  const toml = (file: string): Table | null => {
    const text = readText(file);
    if (text === null) return null;
    try {
      return parseToml(text) as Table;
    } catch {
      // Our own config reading reports a broken pyproject.toml; ruff.toml is ruff's business.
      notes.push(`${shown(file)}: not valid TOML; its exclusions are skipped`);
      return null;
    }
  };

  for (const dir of dirs) {
    const pyprojectFile = path.join(dir, 'pyproject.toml');
    const pyproject = toml(pyprojectFile);
    const tool = pyproject && isTable(pyproject['tool']) ? (pyproject['tool'] as Table) : {};

    // ruff: .ruff.toml, then ruff.toml, then pyproject.toml [tool.ruff], the first found.
    const ruffFile = ['.ruff.toml', 'ruff.toml'].map((n) => path.join(dir, n)).find((f) => readText(f) !== null);
    const ruff = ruffFile ? toml(ruffFile) : isTable(tool['ruff']) ? (tool['ruff'] as Table) : null;
    if (ruff) {
      const where = ruffFile ? shown(ruffFile) : `${shown(pyprojectFile)} [tool.ruff]`;
      addGlobs(`${where} exclude`, ruff['exclude'], dir);
      addGlobs(`${where} extend-exclude`, ruff['extend-exclude'], dir);
    }

    // pytest: only the norecursedirs the project chose; pytest's own defaults are not a choice.
    const ini = (name: string): string | null => readText(path.join(dir, name));
    const pytest = readPytestConfig({ pyproject: pyproject ? readText(pyprojectFile) : null, pytestIni: ini('pytest.ini'), toxIni: ini('tox.ini'), setupCfg: ini('setup.cfg') });
    const chosen = pytest.norecursedirs.filter((p) => !PYTEST_DEFAULTS.norecursedirs.includes(p));
    if (pytest.file && chosen.length) {
      const source = `${shown(path.join(dir, pytest.file))} norecursedirs`;
      const match = folderMatcher(pytestMatcher(chosen));
      const rel = from(dir);
      sources.push({ source, exclusions: chosen.map((pattern) => ({ pattern, kind: 'glob', source })), excludes: (p) => match(rel(p)) });
    }

    // mypy: mypy.ini, .mypy.ini, pyproject.toml [tool.mypy], setup.cfg [mypy], the first found.
    let mypy: { source: string; patterns: string[] } | null = null;
    for (const name of ['mypy.ini', '.mypy.ini']) {
      const text = ini(name);
      if (text === null) continue;
      const value = parseSetupCfg(text).get('mypy')?.get('exclude')?.value;
      mypy = { source: `${shown(path.join(dir, name))} [mypy] exclude`, patterns: value ? [value] : [] };
      break;
    }
    if (!mypy && isTable(tool['mypy'])) {
      const value = (tool['mypy'] as Table)['exclude'];
      const patterns = typeof value === 'string' ? [value] : Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
      mypy = { source: `${shown(pyprojectFile)} [tool.mypy] exclude`, patterns };
    }
    if (!mypy) {
      const text = ini('setup.cfg');
      const section = text === null ? undefined : parseSetupCfg(text).get('mypy');
      if (section) mypy = { source: `${shown(path.join(dir, 'setup.cfg'))} [mypy] exclude`, patterns: section.get('exclude')?.value ? [section.get('exclude')!.value] : [] };
    }
    if (mypy && mypy.patterns.length) addRegexes(mypy.source, mypy.patterns, dir, true);
  }
  // pre-commit: a Python regex searched in the path relative to the repository's top, where its
  // config lives (also when a subfolder is linted).
  for (const dir of new Set(gitToplevel ? [...dirs, path.resolve(gitToplevel)] : dirs)) {
    const preCommitFile = path.join(dir, '.pre-commit-config.yaml');
    const preCommit = readText(preCommitFile);
    // Without a top-level `exclude` there is nothing to read: not even a parse error to note.
    if (preCommit !== null && mayHaveTopLevelKey(preCommit, 'exclude')) {
      let doc: unknown;
      try {
        doc = parseYaml(preCommit);
      } catch (e) {
        notes.push(`${shown(preCommitFile)}: not valid YAML (${(e as Error).message.split('\n')[0]}); its exclude is skipped`);
      }
      const exclude = isTable(doc) ? doc['exclude'] : undefined;
      if (typeof exclude === 'string') addRegexes(`${shown(preCommitFile)} exclude`, [exclude], gitToplevel ?? dir, false);
    }
  }
  return sources;
}

/** The literal `collect_ignore` paths of conftest.py files, each relative to its conftest's folder. */
export function conftestSources(projectPaths: readonly string[], readFile: (projectPath: string) => string | null): ForeignSource[] {
  const sources: ForeignSource[] = [];
  for (const file of projectPaths) {
    if (file !== 'conftest.py' && !file.endsWith('/conftest.py')) continue;
    const text = readFile(file);
    if (!text || !text.includes('collect_ignore')) continue;
    const dir = file.slice(0, file.lastIndexOf('/') + 1);
    const targets = collectIgnores(text).paths
      .map((p) => path.posix.normalize(`${dir}${p.replace(/^\.\//, '')}`).replace(/\/+$/, ''))
      .filter((p) => p && !p.startsWith('..'));
    if (!targets.length) continue;
    const source = `${file} collect_ignore`;
    const set = new Set(targets);
    const excludes = (p: string): boolean => {
      if (set.has(p)) return true;
      for (let i = p.indexOf('/'); i !== -1; i = p.indexOf('/', i + 1)) if (set.has(p.slice(0, i))) return true;
      return false;
    };
    sources.push({ source, exclusions: targets.map((pattern) => ({ pattern, kind: 'glob', source })), excludes });
  }
  return sources;
}

/** The files no source excludes, and how many each source left out (the first that matched). */
export function applyForeign<T extends { path: string }>(files: T[], sources: readonly ForeignSource[]): { kept: T[]; counts: Map<string, number> } {
  const counts = new Map<string, number>();
  if (!sources.length) return { kept: files, counts };
  const kept = files.filter((f) => {
    const hit = sources.find((s) => s.excludes(f.path));
    if (hit) counts.set(hit.source, (counts.get(hit.source) ?? 0) + 1);
    return !hit;
  });
  return { kept, counts };
}
