/**
 * What the project's code runs with besides its own files: the standard library and the
 * distributions it declares. CPython's import system decides with them: a namespace portion (a
 * folder without `__init__.py`) never wins over a regular package or module anywhere on `sys.path`,
 * so a folder named like an installed distribution is not what `import name` loads.
 */
import { parseToml } from '../../config/toml';
import { parseSetupCfg } from '../build-config';
import { STDLIB_IMPORTS } from './stdlib-imports';
import { STDLIB_MODULES, UNSHADOWABLE } from './stdlib-modules';

export type ExternalKind = 'stdlib' | 'dependency';

let stdlib: Set<string> | null = null;

/** Top-level standard library names of any supported Python (3.8–3.14). */
export function stdlibNames(): ReadonlySet<string> {
  if (!stdlib) stdlib = new Set(Object.values(STDLIB_MODULES).flatMap((list) => list.split(' ')));
  return stdlib;
}

/** The Python versions the lists cover, oldest first. */
export const PYTHON_VERSIONS: readonly string[] = Object.keys(STDLIB_MODULES);

const perVersion = (table: Readonly<Record<string, string>>): Map<string, ReadonlySet<string>> =>
  new Map(Object.entries(table).map(([v, list]) => [v, new Set(list.split(' '))]));
let stdlibByVersion: Map<string, ReadonlySet<string>> | null = null;
let unshadowableByVersion: Map<string, ReadonlySet<string>> | null = null;

/**
 * The versions (of `versions`) in which a module named `name` on `sys.path` ahead of the standard
 * library replaces the standard library's `name` for a script: `name` is in that version's standard
 * library, and is not built in, frozen or imported before the script starts.
 */
export function stdlibShadowableIn(name: string, versions: readonly string[]): string[] {
  stdlibByVersion ??= perVersion(STDLIB_MODULES);
  unshadowableByVersion ??= perVersion(UNSHADOWABLE);
  return versions.filter((v) => stdlibByVersion!.get(v)?.has(name) && !unshadowableByVersion!.get(v)!.has(name));
}

const importsByVersion = new Map<string, Map<string, readonly string[]>>();

/**
 * The standard library modules that `import name` (a standard library module) loads in a version,
 * as measured with that CPython, those already loaded at start-up left out; empty when unknown.
 */
export function stdlibImportsOf(name: string, version: string): readonly string[] {
  let table = importsByVersion.get(version);
  if (!table) {
    table = new Map();
    for (const entry of (STDLIB_IMPORTS[version] ?? '').split(' ')) {
      const colon = entry.indexOf(':');
      if (colon > 0) table.set(entry.slice(0, colon), entry.slice(colon + 1).split(','));
    }
    importsByVersion.set(version, table);
  }
  return table.get(name) ?? [];
}

/**
 * The minor versions of PYTHON_VERSIONS a `requires-python` specifier set admits (PEP 440
 * `>=3.9`, `>=3.8,<4`, `~=3.10`, `!=3.9.*`, `==3.11.*`), judged at each minor's first release and
 * its later ones alike: a clause on a patch release counts the minor in. An unreadable specifier
 * admits every version.
 */
export function pythonVersionsOf(spec: string | null): string[] {
  if (!spec) return [...PYTHON_VERSIONS];
  const clauses = spec.split(',').map((c) => c.trim()).filter(Boolean);
  const parsed = clauses.map((c) => /^(~=|===|==|!=|<=|>=|<|>)\s*v?(\d+(?:\.\d+)*)(\.\*)?$/.exec(c));
  if (parsed.some((m) => !m)) return [...PYTHON_VERSIONS];
  const cmp = (a: number[], b: number[]): number => {
    for (let i = 0; i < Math.max(a.length, b.length); i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) - (b[i] ?? 0);
    return 0;
  };
  const matchesPrefix = (minor: number[], prefix: number[]): boolean => cmp(minor.slice(0, prefix.length), prefix) === 0;
  // A minor is in when some of its releases (x.y.0 … x.y.99) satisfy every clause.
  const admits = (minor: number[], m: RegExpExecArray): boolean => {
    const [, op, ver, star] = m;
    const v = ver!.split('.').map(Number);
    const lo = [...minor, 0];
    const hi = [...minor, 999];
    switch (op) {
      case '>=':
        return cmp(hi, v) >= 0;
      case '>':
        return cmp(hi, v) > 0;
      case '<=':
        return cmp(lo, v) <= 0;
      case '<':
        return cmp(lo, v) < 0;
      case '==':
      case '===':
        // `==3.10.*` and `==3.10.4` both pin the minor; `==3.*` the major.
        return star ? matchesPrefix(minor, v) : cmp(minor, v.slice(0, 2)) === 0;
      case '!=':
        // Only a wildcard excludes a whole minor (`!=3.9.*`); `!=3.9.1` leaves 3.9's other releases.
        return !(star && v.length <= 2 && matchesPrefix(minor, v));
      case '~=': {
        // ~=3.10 means >=3.10,==3.*; ~=3.10.2 means >=3.10.2,==3.10.*
        if (cmp(hi, v) < 0) return false;
        return matchesPrefix(minor, v.slice(0, Math.max(1, v.length - 1)));
      }
      default:
        return true;
    }
  };
  return PYTHON_VERSIONS.filter((version) => {
    const minor = version.split('.').map(Number);
    return parsed.every((m) => admits(minor, m!));
  });
}

/**
 * Distributions whose import name differs from the normalised distribution name. Only names that
 * are common in real requirements are listed: a miss makes a folder look first-party, which the
 * rules then judge by other evidence.
 */
const IMPORT_NAMES: Record<string, string[]> = {
  attrs: ['attr', 'attrs'],
  beautifulsoup4: ['bs4'],
  'django-rest-framework': ['rest_framework'],
  djangorestframework: ['rest_framework'],
  'google-api-python-client': ['googleapiclient'],
  'msgpack-python': ['msgpack'],
  'opencv-contrib-python': ['cv2'],
  'opencv-python': ['cv2'],
  'opencv-python-headless': ['cv2'],
  pillow: ['PIL'],
  protobuf: ['google'],
  'psycopg2-binary': ['psycopg2'],
  pycryptodome: ['Crypto'],
  pycryptodomex: ['Cryptodome'],
  pyjwt: ['jwt'],
  pyopenssl: ['OpenSSL'],
  pyserial: ['serial'],
  'python-dateutil': ['dateutil'],
  'python-dotenv': ['dotenv'],
  'python-multipart': ['multipart', 'python_multipart'],
  'python-jose': ['jose'],
  pyyaml: ['yaml'],
  'scikit-image': ['skimage'],
  'scikit-learn': ['sklearn'],
  setuptools: ['setuptools', 'pkg_resources', '_distutils_hack'],
  'typing-extensions': ['typing_extensions'],
  pywin32: ['win32api', 'win32con', 'pywintypes', 'win32com'],
};

/** Families of distributions that share a namespace package by a prefix written with a dash. */
const DASHED_NAMESPACES = new Set(['azure', 'backports', 'google', 'jaraco', 'oslo', 'plone', 'ruamel', 'sphinxcontrib', 'zope', 'flufl', 'collective']);

/** PEP 503 normalisation, then the form an import name takes. */
export function normalizeDistName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

/** The top-level import names a distribution provides, as far as its name tells. */
export function importNamesOf(dist: string): string[] {
  const norm = normalizeDistName(dist);
  const names = new Set(IMPORT_NAMES[norm] ?? [norm.replace(/-/g, '_')]);
  // `zope.interface`, `jaraco.functools`, `backports-zoneinfo`: the first part is a namespace.
  const dotted = /^([A-Za-z_][A-Za-z0-9_]*)\./.exec(dist);
  if (dotted) names.add(dotted[1]!);
  const dashed = /^([a-z][a-z0-9]*)-/.exec(norm);
  if (dashed && DASHED_NAMESPACES.has(dashed[1]!)) names.add(dashed[1]!);
  return [...names];
}

/**
 * The one top-level import name a distribution certainly provides: a known mapping with a single
 * name, or the normalised distribution name when it is an identifier. Namespace families
 * (`zope.interface`, `backports-zoneinfo`) give none.
 */
export function certainImportName(dist: string): string | null {
  const norm = normalizeDistName(dist);
  const known = IMPORT_NAMES[norm];
  if (known) return known.length === 1 ? known[0]! : null;
  if (dist.includes('.') || norm.includes('-')) return null;
  return /^[a-z_][a-z0-9_]*$/.test(norm) ? norm : null;
}

/** The name at the start of a PEP 508 requirement (`requests[socks]>=2; python_version<"3.8"`). */
export function requirementName(spec: string): string | null {
  const m = /^\s*([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)/.exec(spec);
  return m ? m[1]! : null;
}

type Table = Record<string, unknown>;
const isTable = (v: unknown): v is Table => typeof v === 'object' && v !== null && !Array.isArray(v);
const get = (t: unknown, ...keys: string[]): unknown => keys.reduce<unknown>((o, k) => (isTable(o) ? o[k] : undefined), t);
const stringsIn = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

export interface DependencySources {
  pyproject: string | null;
  setupCfg: string | null;
  setupPy: string | null;
  /** Texts of requirements files (`requirements*.txt`, `requirements/*.txt`). */
  requirements: string[];
}

/** Distribution names a project declares anywhere: runtime, optional, development, build. */
export function declaredDistributions(files: DependencySources): string[] {
  const out: string[] = [];
  const addSpec = (spec: string): void => {
    const name = requirementName(spec);
    if (name) out.push(name);
  };
  if (files.pyproject !== null) {
    let py: Table = {};
    try {
      py = parseToml(files.pyproject) as Table;
    } catch {
      // Reported by the build-config reader; nothing to add here.
    }
    stringsIn(get(py, 'project', 'dependencies')).forEach(addSpec);
    stringsIn(get(py, 'build-system', 'requires')).forEach(addSpec);
    const tables = [get(py, 'project', 'optional-dependencies'), get(py, 'dependency-groups'), get(py, 'tool', 'pdm', 'dev-dependencies')];
    for (const t of tables) if (isTable(t)) for (const list of Object.values(t)) stringsIn(list).forEach(addSpec);
    stringsIn(get(py, 'tool', 'uv', 'dev-dependencies')).forEach(addSpec);
    const poetry = get(py, 'tool', 'poetry');
    const poetryTables = [get(poetry, 'dependencies'), get(poetry, 'dev-dependencies')];
    const groups = get(poetry, 'group');
    if (isTable(groups)) for (const g of Object.values(groups)) poetryTables.push(get(g, 'dependencies'));
    for (const t of poetryTables) if (isTable(t)) out.push(...Object.keys(t).filter((k) => k !== 'python'));
  }
  if (files.setupCfg !== null) {
    const cfg = parseSetupCfg(files.setupCfg);
    for (const key of ['install_requires', 'tests_require', 'setup_requires']) {
      for (const line of (cfg.get('options')?.get(key)?.value ?? '').split('\n')) addSpec(line);
    }
    for (const { value } of cfg.get('options.extras_require')?.values() ?? []) for (const line of value.split('\n')) addSpec(line);
  }
  if (files.setupPy !== null) {
    // Literal lists under a requirements keyword or a variable named for them; nothing is run.
    const lists = /(?:\b\w*requires?\w*|\b\w*deps\w*|\b\w*requirements\w*)\s*=\s*[[({]([^\])}]*)[\])}]/gi;
    for (const m of files.setupPy.matchAll(lists)) {
      for (const s of m[1]!.matchAll(/(['"])([^'"\n]+)\1/g)) addSpec(s[2]!);
    }
  }
  for (const text of files.requirements) {
    for (const raw of text.split(/\r?\n/)) {
      const line = raw.replace(/(^|\s)#.*$/, '').trim();
      if (line && !line.startsWith('-')) addSpec(line);
    }
  }
  return out;
}

/** Whether a requirements file name is one pip users write (`requirements-dev.txt`, `test-requirements.txt`). */
export function isRequirementsFile(name: string): boolean {
  return /requirements[\w.-]*\.(txt|in)$/i.test(name);
}
