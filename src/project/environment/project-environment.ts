/** The environment every Python project of the linted tree runs in: stdlib and declared distributions. */
import type { PythonProject } from '../layout';
import { joinPath, type Directory } from '../model';
import type { Project } from '../project';
import { parseToml } from '../../config/toml';
import { literalKeyword, parseSetupCfg } from '../build-config';
import { certainImportName, declaredDistributions, importNamesOf, isRequirementsFile, normalizeDistName, pythonVersionsOf, stdlibNames } from './environment';

export interface ProjectEnvironment {
  stdlib: ReadonlySet<string>;
  /** Top-level import names of declared dependencies (the projects' own names left out). */
  dependencies: ReadonlySet<string>;
  /** Namespace roots shared by distributions (`zope` of `zope.interface`), with the distribution that shows it. */
  namespaces: ReadonlyMap<string, string>;
  /**
   * The dependencies a project itself declares (not its nested projects, such as test fixtures)
   * whose top-level import name is certain (the normalised distribution name, or a known mapping
   * such as pyyaml → `yaml`), by import name → distribution name.
   */
  certainDependencies(py: PythonProject): ReadonlyMap<string, string>;
  /** The minor Python versions a project supports (its `requires-python`), oldest first. */
  pythonVersions(py: PythonProject): readonly string[];
}

export function projectEnvironment(project: Project, projects: readonly PythonProject[]): ProjectEnvironment {
  const read = (dir: Directory, name: string): string | null => project.readText(joinPath(dir.path, name));
  const own = new Set<string>();
  const namespaces = new Map<string, string>();
  const dists: string[] = [];
  const distsOf = new Map<PythonProject, string[]>();
  for (const py of projects) {
    if (py.config.name) {
      own.add(normalizeDistName(py.config.name).replace(/-/g, '_'));
      // `company-product` shipping `company/product/`: `company` is a namespace by design.
      const parts = py.config.name.split(/[-.]/);
      if (parts.length > 1 && parts[0]) namespaces.set(parts[0], `the project \`${py.config.name}\``);
    }
    const requirements: string[] = [];
    const addRequirements = (dir: Directory): void => {
      for (const name of dir.files.keys()) {
        if (!isRequirementsFile(name)) continue;
        const text = read(dir, name);
        if (text !== null) requirements.push(text);
      }
    };
    addRequirements(py.dir);
    const reqDir = py.dir.dirs.get('requirements');
    if (reqDir) addRequirements(reqDir);
    const declared = declaredDistributions({
      pyproject: py.pyproject,
      setupCfg: py.dir.files.has('setup.cfg') ? read(py.dir, 'setup.cfg') : null,
      setupPy: py.dir.files.has('setup.py') ? read(py.dir, 'setup.py') : null,
      requirements,
    });
    dists.push(...declared);
    distsOf.set(py, declared);
  }
  const dependencies = new Set<string>();
  for (const dist of dists) {
    for (const name of importNamesOf(dist)) if (!own.has(name)) dependencies.add(name);
  }
  const certain = new Map<PythonProject, Map<string, string>>();
  const certainDependencies = (py: PythonProject): ReadonlyMap<string, string> => {
    let map = certain.get(py);
    if (!map) {
      map = new Map();
      for (const dist of distsOf.get(py) ?? []) {
        const name = certainImportName(dist);
        if (name && !own.has(name) && !namespaces.has(name)) map.set(name, dist);
      }
      certain.set(py, map);
    }
    return map;
  };
  const versions = new Map<PythonProject, readonly string[]>();
  const pythonVersions = (py: PythonProject): readonly string[] => {
    let v = versions.get(py);
    if (!v) {
      v = pythonVersionsOf(requiresPython(py.pyproject, py.dir.files.has('setup.cfg') ? read(py.dir, 'setup.cfg') : null, py.dir.files.has('setup.py') ? read(py.dir, 'setup.py') : null));
      versions.set(py, v);
    }
    return v;
  };
  return { stdlib: stdlibNames(), dependencies, namespaces, certainDependencies, pythonVersions };
}

/** `[project] requires-python`, else setup.cfg's `python_requires`, else setup.py's literal one, or null. */
function requiresPython(pyproject: string | null, setupCfg: string | null, setupPy: string | null): string | null {
  if (pyproject !== null) {
    try {
      const doc = parseToml(pyproject) as { project?: { 'requires-python'?: unknown } };
      const spec = doc.project?.['requires-python'];
      if (typeof spec === 'string') return spec;
    } catch {
      // Reported by the build-config reader.
    }
  }
  const fromCfg = setupCfg === null ? null : parseSetupCfg(setupCfg).get('options')?.get('python_requires')?.value.trim() || null;
  return fromCfg ?? (setupPy === null ? null : literalKeyword(setupPy, 'python_requires'));
}
