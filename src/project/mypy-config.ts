/**
 * Which files mypy checks, and by which module names, as the project configures it: the `files`
 * setting of its config file (`mypy.ini`, `.mypy.ini`, `[tool.mypy]` in pyproject.toml, `[mypy]` in
 * setup.cfg: the first that has a section, as mypy looks), or a pre-commit `mypy` hook, which passes
 * every tracked Python file its `files`/`exclude` patterns select. Nothing is run.
 */
import { parseToml } from '../config/toml';
import { parseYaml } from '../config/yaml';
import { isIdentifier } from '../python/names';
import { parseSetupCfg } from './build-config';
import type { Directory } from './model';

export interface MypyConfig {
  /** Where the settings were read. */
  file: string;
  /** The `files` setting (paths or globs, relative to the project folder), or null. */
  files: string[] | null;
  /** The `exclude` regexes, or null when one cannot be read as a JavaScript regex. */
  exclude: RegExp[] | null;
  /**
   * Settings that change how mypy names modules: `explicit_package_bases` (with `mypy_path`),
   * `namespace_packages = false`. (`mypy_path` alone does not: mypy's `crawl_up` reads it only for
   * explicit package bases.)
   */
  customNaming: boolean;
}

export interface MypySources {
  mypyIni: string | null;
  dotMypyIni: string | null;
  pyproject: string | null;
  setupCfg: string | null;
}

type Table = Record<string, unknown>;
const isTable = (v: unknown): v is Table => typeof v === 'object' && v !== null && !Array.isArray(v);
const truthy = (v: unknown): boolean => v === true || (typeof v === 'string' && /^(1|true|yes|on)$/i.test(v.trim()));
const falsy = (v: unknown): boolean => v === false || (typeof v === 'string' && /^(0|false|no|off)$/i.test(v.trim()));

/** The project's mypy settings, or null when it has none. */
export function readMypyConfig(sources: MypySources): MypyConfig | null {
  const ini = (text: string | null, section: string, file: string): MypyConfig | null => {
    const s = text === null ? undefined : parseSetupCfg(text).get(section);
    if (!s) return null;
    const get = (k: string): string | undefined => s.get(k)?.value;
    const files = get('files');
    const exclude = get('exclude');
    return {
      file,
      files: files === undefined ? null : files.split(/[,\n]/).map((f) => f.trim()).filter(Boolean),
      exclude: exclude === undefined ? [] : regexes([exclude]),
      customNaming: truthy(get('explicit_package_bases')) || falsy(get('namespace_packages')),
    };
  };
  const fromMypyIni = ini(sources.mypyIni, 'mypy', 'mypy.ini') ?? ini(sources.dotMypyIni, 'mypy', '.mypy.ini');
  if (fromMypyIni) return fromMypyIni;
  if (sources.pyproject !== null) {
    try {
      const doc = parseToml(sources.pyproject) as Table;
      const tool = doc['tool'];
      const mypy = isTable(tool) ? tool['mypy'] : undefined;
      if (isTable(mypy)) {
        const list = (v: unknown): string[] | null => (typeof v === 'string' ? v.split(',').map((x) => x.trim()).filter(Boolean) : Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : null);
        const exclude = mypy['exclude'];
        return {
          file: 'pyproject.toml',
          files: list(mypy['files']),
          exclude: exclude === undefined ? [] : regexes(typeof exclude === 'string' ? [exclude] : list(exclude) ?? []),
          customNaming: truthy(mypy['explicit_package_bases']) || falsy(mypy['namespace_packages']),
        };
      }
    } catch {
      // An unreadable pyproject.toml is reported elsewhere.
    }
  }
  return ini(sources.setupCfg, 'mypy', 'setup.cfg');
}

/**
 * Python regexes as JavaScript ones: `(?x)` verbose patterns lose their whitespace and comments.
 * Null when one does not compile (a construct JavaScript lacks): what mypy leaves out is then unknown.
 */
export function regexes(patterns: readonly string[]): RegExp[] | null {
  const out: RegExp[] = [];
  for (let p of patterns) {
    if (/^\(\?x\)/.test(p)) p = p.slice(4).replace(/\\#/g, '\u0000').replace(/#[^\n]*/g, '').replace(/\s+/g, '').replace(/\u0000/g, '\\#');
    try {
      out.push(new RegExp(p));
    } catch {
      return null;
    }
  }
  return out;
}

export interface PreCommitMypy {
  /** Selects a path (relative to the repository root) the hook passes to mypy. */
  selects(path: string): boolean;
  /** The hook's args change how mypy names modules. */
  customNaming: boolean;
  /**
   * Folders without `__init__.py` inside a package are namespace packages: mypy's default since
   * 0.991; a mirrors-mypy hook pinned to an older `rev` (or given `--no-namespace-packages`) names
   * a module from the first folder without `__init__.py` instead.
   */
  namespacePackages: boolean;
}

/**
 * The mypy hooks of a `.pre-commit-config.yaml` that pass file names (the default): `id: mypy`, from
 * mirrors-mypy or a local hook. Null when none, or when the file cannot be read.
 */
export function preCommitMypyHooks(text: string): PreCommitMypy[] | null {
  let doc: unknown;
  try {
    doc = parseYaml(text);
  } catch {
    return null;
  }
  if (!isTable(doc) || !Array.isArray(doc['repos'])) return null;
  const top = { files: doc['files'], exclude: doc['exclude'] };
  const out: PreCommitMypy[] = [];
  for (const repo of doc['repos']) {
    if (!isTable(repo) || !Array.isArray(repo['hooks'])) continue;
    for (const hook of repo['hooks']) {
      if (!isTable(hook) || hook['id'] !== 'mypy' || hook['pass_filenames'] === false) continue;
      // A local hook may run anything under that id; only `entry: mypy …` is mypy for sure.
      if (repo['repo'] === 'local' && !(typeof hook['entry'] === 'string' && /^mypy\b/.test(hook['entry']))) continue;
      if (hook['stages'] !== undefined && Array.isArray(hook['stages']) && !hook['stages'].some((s) => ['pre-commit', 'commit'].includes(String(s)))) continue;
      const patterns = [top.files, top.exclude, hook['files'], hook['exclude']].map((p) => (typeof p === 'string' ? regexes([p]) : p === undefined ? [] : null));
      if (patterns.some((p) => p === null)) continue;
      const [topFiles, topExclude, files, exclude] = patterns.map((p) => p![0]);
      const args = Array.isArray(hook['args']) ? hook['args'].map(String) : [];
      const types = [hook['types'], hook['types_or']].flatMap((t) => (Array.isArray(t) ? t.map(String) : []));
      const pyi = types.length === 0 || types.includes('pyi');
      out.push({
        selects: (p) =>
          (p.endsWith('.py') || (pyi && p.endsWith('.pyi'))) &&
          (!topFiles || topFiles.test(p)) &&
          !topExclude?.test(p) &&
          (!files || files.test(p)) &&
          !exclude?.test(p),
        customNaming: args.some((a) => /^--(explicit-package-bases|config-file)\b/.test(a)),
        namespacePackages: !args.includes('--no-namespace-packages') && !(typeof repo['repo'] === 'string' && repo['repo'].includes('mirrors-mypy') && olderThan(String(repo['rev'] ?? ''), [0, 991])),
      });
    }
  }
  return out.length ? out : null;
}

/** Whether a version tag (`v0.790`, `1.8.0`) is older than `than`; false when it is not a version. */
function olderThan(tag: string, than: number[]): boolean {
  const m = /^v?(\d+)\.(\d+)/.exec(tag);
  if (!m) return false;
  const [major, minor] = [Number(m[1]), Number(m[2])];
  return major < than[0]! || (major === than[0] && minor < than[1]!);
}

/**
 * The module name mypy gives a file (its `crawl_up`): the folders above it with `__init__.py[i]`
 * and, with namespace packages (mypy's default), folders without one below such a package; the
 * first folder above that has neither is the base. `memo` must be kept per `namespacePackages`.
 */
export function mypyModuleName(dir: Directory, stem: string, memo: Map<Directory, string | null>, namespacePackages = true): string | null {
  const prefix = crawlUp(dir, memo, namespacePackages);
  if (stem === '__init__') return prefix;
  return prefix ? `${prefix}.${stem}` : stem;
}

function crawlUp(dir: Directory, memo: Map<Directory, string | null>, namespacePackages: boolean): string | null {
  if (memo.has(dir)) return memo.get(dir)!;
  let v: string | null = null;
  const name = dir.name.endsWith('-stubs') ? dir.name.slice(0, -6) : dir.name;
  if (dir.parent && (dir.files.has('__init__.py') || dir.files.has('__init__.pyi'))) {
    const up = crawlUp(dir.parent, memo, namespacePackages);
    v = up ? `${up}.${name}` : name;
  } else if (namespacePackages && dir.parent && isIdentifier(name)) {
    const up = crawlUp(dir.parent, memo, namespacePackages);
    v = up ? `${up}.${name}` : null;
  }
  memo.set(dir, v);
  return v;
}
