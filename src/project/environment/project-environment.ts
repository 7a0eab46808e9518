/** The environment every Python project of the linted tree runs in: stdlib and declared distributions. */
import * as path from 'node:path';
import type { PythonProject } from '../layout';
import type { Directory } from '../model';
import type { Project } from '../project';
import { declaredDistributions, importNamesOf, isRequirementsFile, normalizeDistName, stdlibNames } from './environment';
import { readTextOrNull } from '../../host/read';

export interface ProjectEnvironment {
  stdlib: ReadonlySet<string>;
  /** Top-level import names of declared dependencies (the projects' own names left out). */
  dependencies: ReadonlySet<string>;
  /** Namespace roots shared by distributions (`zope` of `zope.interface`), with the distribution that shows it. */
  namespaces: ReadonlyMap<string, string>;
}

export function projectEnvironment(project: Project, projects: readonly PythonProject[]): ProjectEnvironment {
  const read = (dir: Directory, name: string): string | null => readTextOrNull(path.join(project.root, dir.path, name));
  const own = new Set<string>();
  const namespaces = new Map<string, string>();
  const dists: string[] = [];
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
    dists.push(
      ...declaredDistributions({
        pyproject: py.pyproject,
        setupCfg: py.dir.files.has('setup.cfg') ? read(py.dir, 'setup.cfg') : null,
        setupPy: py.dir.files.has('setup.py') ? read(py.dir, 'setup.py') : null,
        requirements,
      }),
    );
  }
  const dependencies = new Set<string>();
  for (const dist of dists) {
    for (const name of importNamesOf(dist)) if (!own.has(name)) dependencies.add(name);
  }
  return { stdlib: stdlibNames(), dependencies, namespaces };
}
