/**
 * Which files pytest collects, as its configuration says: `testpaths`, `python_files`,
 * `norecursedirs` (from `[tool.pytest.ini_options]`, `pytest.ini`, `tox.ini` `[pytest]` or
 * `setup.cfg` `[tool:pytest]`, the first that has a section, as pytest looks for its rootdir) and the
 * literal `collect_ignore` / `collect_ignore_glob` lists of `conftest.py` files. Nothing is run.
 */
import { anyGlob } from '../config/globs';
import { parseToml } from '../config/toml';
import { parseSetupCfg } from './build-config';

export interface PytestConfig {
  /** Where the settings were read (`pyproject.toml`, `pytest.ini` …), or null for pytest's defaults. */
  file: string | null;
  /** Folders (relative to the rootdir) that collection starts from; empty: the rootdir itself. */
  testpaths: string[];
  /** Basename patterns of test modules. */
  pythonFiles: string[];
  /** Folder patterns collection does not descend into (basenames, or paths when they hold a `/`). */
  norecursedirs: string[];
  /** `--import-mode` from `addopts` (pytest's default: `prepend`). */
  importMode: string;
}

export const PYTEST_DEFAULTS: Omit<PytestConfig, 'file'> = {
  testpaths: [],
  pythonFiles: ['test_*.py', '*_test.py'],
  norecursedirs: ['*.egg', '.*', '_darcs', 'build', 'CVS', 'dist', 'node_modules', 'venv', '{arch}'],
  importMode: 'prepend',
};

type Table = Record<string, unknown>;
const isTable = (v: unknown): v is Table => typeof v === 'object' && v !== null && !Array.isArray(v);

/** An ini value or a TOML value as pytest reads a list: whitespace-separated words, or a list. */
function words(v: unknown): string[] | null {
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string');
  if (typeof v === 'string') return v.split(/\s+/).filter(Boolean);
  return null;
}

export interface PytestSources {
  pyproject: string | null;
  pytestIni: string | null;
  toxIni: string | null;
  setupCfg: string | null;
}

export function readPytestConfig(files: PytestSources): PytestConfig {
  let section: Table | null = null;
  let file: string | null = null;
  if (files.pytestIni !== null) {
    // pytest.ini counts even without a [pytest] section.
    section = iniSection(files.pytestIni, 'pytest') ?? {};
    file = 'pytest.ini';
  }
  if (!section && files.pyproject !== null) {
    try {
      const doc = parseToml(files.pyproject) as Table;
      const tool = doc['tool'];
      const ini = isTable(tool) && isTable(tool['pytest']) ? (tool['pytest'] as Table)['ini_options'] ?? tool['pytest'] : undefined;
      if (isTable(ini)) {
        section = ini;
        file = 'pyproject.toml';
      }
    } catch {
      // An unreadable pyproject.toml is reported elsewhere.
    }
  }
  if (!section && files.toxIni !== null) {
    section = iniSection(files.toxIni, 'pytest');
    if (section) file = 'tox.ini';
  }
  if (!section && files.setupCfg !== null) {
    section = iniSection(files.setupCfg, 'tool:pytest');
    if (section) file = 'setup.cfg';
  }
  const s = section ?? {};
  return {
    file,
    testpaths: (words(s['testpaths']) ?? PYTEST_DEFAULTS.testpaths).map((p) => p.replace(/^\.\/|\/+$/g, '')).filter((p) => p && p !== '.'),
    pythonFiles: words(s['python_files']) ?? PYTEST_DEFAULTS.pythonFiles,
    norecursedirs: words(s['norecursedirs']) ?? PYTEST_DEFAULTS.norecursedirs,
    // Else the mode tox's commands pass to pytest (napari runs `pytest --import-mode=importlib` there).
    importMode:
      /--import-mode[=\s]+(\w+)/.exec((words(s['addopts']) ?? []).join(' '))?.[1] ??
      (files.toxIni !== null ? /^[ \t]*(?:commands\s*=)?[^\n#]*\bpytest\b[^\n#]*--import-mode[=\s]+(\w+)/m.exec(files.toxIni.replace(/\\\r?\n/g, ' '))?.[1] : undefined) ??
      PYTEST_DEFAULTS.importMode,
  };
}

function iniSection(text: string, name: string): Table | null {
  const section = parseSetupCfg(text).get(name);
  if (!section) return null;
  return Object.fromEntries([...section].map(([k, v]) => [k, v.value]));
}

/** pytest's `fnmatch_ex`: a pattern without `/` matches the basename, one with `/` the path's end. */
export function pytestMatcher(patterns: readonly string[]): (relPath: string) => boolean {
  const base = patterns.filter((p) => !p.includes('/'));
  const pathPatterns = patterns.filter((p) => p.includes('/')).map((p) => p.replace(/^\.\//, '').replace(/\/+$/, ''));
  const byName = anyGlob(base, { dot: true, nobrace: true, noextglob: true });
  const byPath = anyGlob(pathPatterns.map((p) => (p.startsWith('/') ? p.slice(1) : `**/${p}`)), { dot: true, nobrace: true });
  // By name, once per name: most projects repeat a few names (`__init__.py`, `utils.py`) in many folders.
  const named = new Map<string, boolean>();
  return (relPath) => {
    const name = relPath.slice(relPath.lastIndexOf('/') + 1);
    let v = named.get(name);
    if (v === undefined) named.set(name, (v = byName(name)));
    return v || byPath(relPath);
  };
}

/** Literal `collect_ignore = [...]` / `collect_ignore_glob = [...]` entries of a conftest.py. */
export function collectIgnores(conftest: string): { paths: string[]; globs: string[] } {
  const out = { paths: [] as string[], globs: [] as string[] };
  const assign = /^\s*(collect_ignore(?:_glob)?)\s*(?:\+?=|\.extend\()\s*\[([^\]]*)\]/gm;
  for (const m of conftest.matchAll(assign)) {
    const list = [...m[2]!.matchAll(/(['"])([^'"\n]+)\1/g)].map((s) => s[2]!);
    (m[1] === 'collect_ignore' ? out.paths : out.globs).push(...list);
  }
  const append = /^\s*(collect_ignore(?:_glob)?)\.append\(\s*(['"])([^'"\n]+)\2\s*\)/gm;
  for (const m of conftest.matchAll(append)) (m[1] === 'collect_ignore' ? out.paths : out.globs).push(m[3]!);
  return out;
}
