/**
 * Backends that select top-level packages and then ship their whole folder (painpoints §1.2):
 * hatchling, flit_core, poetry-core, pdm-backend and uv_build. Folders without `__init__.py` below a
 * selected package are shipped too, so these never drop a subpackage; what matters is which
 * top-level folders they select.
 */
import { dirAt, type Directory } from '../model';
import type { PythonProject } from '../layout';
import type { ShippedPackages } from './setuptools';
import { parse as parseToml } from 'smol-toml';

/** PEP 503-style normalization backends use to find the package from the project name. */
function normalized(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '_');
}

function addTree(packages: Map<string, Directory>, dir: Directory, dotted: string): void {
  packages.set(dotted, dir);
  for (const [name, child] of dir.dirs) {
    if (name === '__pycache__' || name.includes('.')) continue;
    addTree(packages, child, `${dotted}.${name}`);
  }
}

export function wholeTreePackages(project: PythonProject, pyproject: string | null): ShippedPackages | null {
  const { config } = project;
  const packages = new Map<string, Directory>();
  const explicit = new Set<string>();
  const roots: Directory[] = project.roots;
  let doc: Record<string, any> = {};
  try {
    doc = pyproject ? (parseToml(pyproject) as Record<string, any>) : {};
  } catch {
    return null;
  }
  const name = config.name ? normalized(config.name) : null;
  const lookIn = (root: Directory, pkg: string): Directory | null => root.dirs.get(pkg) ?? null;
  const selectByName = (): void => {
    if (!name) return;
    for (const root of [project.dir, project.dir.dirs.get('src')].filter((d): d is Directory => Boolean(d))) {
      const dir = lookIn(root, name);
      if (dir) {
        addTree(packages, dir, name);
        return;
      }
    }
  };
  /** A package named by path (`lib/core`, or `from` + `include`): shipped whole, under its folder name. */
  const addListed = (relPath: string): void => {
    const dir = dirAt(project.dir, relPath);
    if (dir) {
      explicit.add(dir.name);
      addTree(packages, dir, dir.name);
    }
  };
  let setting = `${config.backend} default package selection`;
  switch (config.backend) {
    case 'hatchling': {
      const listed: string[] = doc.tool?.hatch?.build?.targets?.wheel?.packages ?? [];
      if (listed.length) {
        setting = 'packages = [...]';
        listed.forEach(addListed);
      } else selectByName();
      break;
    }
    case 'flit': {
      const module: string | undefined = doc.tool?.flit?.module?.name;
      const top = (module ?? name ?? '').split('.')[0];
      for (const root of [project.dir, project.dir.dirs.get('src')]) {
        const dir = top && root ? lookIn(root, top) : null;
        if (dir) {
          addTree(packages, dir, top!);
          break;
        }
      }
      break;
    }
    case 'poetry': {
      const listed: Array<{ include?: string; from?: string }> = doc.tool?.poetry?.packages ?? [];
      if (listed.length) {
        setting = 'packages = [...]';
        for (const p of listed) if (p.include && !p.include.includes('*')) addListed(`${p.from ?? ''}/${p.include}`);
      } else selectByName();
      break;
    }
    case 'pdm': {
      const base = roots[0] ?? project.dir;
      setting = 'top-level packages with __init__.py';
      // `source-includes` go to the sdist only; pdm-backend's default keeps `tests` out of wheels.
      const sdistOnly: string[] = doc.tool?.pdm?.build?.['source-includes'] ?? ['tests'];
      const skipped = new Set(sdistOnly.map((p) => p.replace(/^\.?\/+|\/+$/g, '')));
      for (const [n, dir] of base.dirs) if (dir.files.has('__init__.py') && !skipped.has(dir.path)) addTree(packages, dir, n);
      break;
    }
    case 'uv': {
      const moduleName: string | undefined = doc.tool?.['uv']?.['build-backend']?.['module-name'];
      const top = (moduleName ?? name ?? '').split('.')[0];
      const root = roots[0];
      const dir = top && root ? lookIn(root, top) : null;
      if (dir) addTree(packages, dir, top!);
      break;
    }
    default:
      return null;
  }
  return {
    setting,
    source: null,
    packages,
    roots,
    explicit,
    whyOmitted: () => `it is outside the packages ${config.backend} selects`,
  };
}
