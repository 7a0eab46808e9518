/**
 * Backends that select top-level packages and then ship their whole folder (painpoints §1.2):
 * hatchling, flit_core, poetry-core, pdm-backend and uv_build. Folders without `__init__.py` below a
 * selected package are shipped too, so these never drop a subpackage; what matters is which
 * top-level folders they select.
 */
import { normalizeDir } from '../build-config';
import { dirAt, type Directory } from '../model';
import type { PythonProject } from '../layout';
import type { ShippedPackages } from './setuptools';
import { parseToml } from '../../config/toml';

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
  /** A folder shipped at `wheelPath` (`ns/app`), with the folders above it as namespace parents. */
  const addAt = (wheelPath: string, dir: Directory): boolean => {
    const parts = wheelPath.split('/').filter(Boolean);
    // A stub-only package (PEP 561) is a top-level `<name>-stubs` folder.
    if (!parts.length || !parts.every((p, i) => /^[A-Za-z_]\w*$/.test(p) || (i === 0 && /^[A-Za-z_]\w*-stubs$/.test(p)))) return false;
    let up: Directory | null = dir.parent;
    for (let i = parts.length - 1; i > 0 && up; i--, up = up.parent) if (!packages.has(parts.slice(0, i).join('.'))) packages.set(parts.slice(0, i).join('.'), up);
    addTree(packages, dir, parts.join('.'));
    return true;
  };
  const hasGlob = (p: string) => /[*?[\]!]/.test(p);
  let setting = `${config.backend} default package selection`;
  switch (config.backend) {
    case 'hatchling': {
      const build = doc.tool?.hatch?.build ?? {};
      const wheel = build.targets?.wheel ?? {};
      const pick = (key: string): unknown => wheel[key] ?? build[key];
      // Glob filters and build hooks decide file by file: not modelled.
      if (pick('include') !== undefined || pick('exclude') !== undefined || pick('hooks') !== undefined) return null;
      const packagesList: unknown = pick('packages');
      const onlyInclude: unknown = pick('only-include');
      const sourcesValue: unknown = pick('sources');
      // `sources` rewrites path prefixes: a list strips them, a table replaces them.
      const rewrites: Array<[string, string]> = Array.isArray(sourcesValue)
        ? sourcesValue.map((p: string) => [normalizeDir(p), ''])
        : sourcesValue && typeof sourcesValue === 'object' ? Object.entries(sourcesValue as Record<string, string>).map(([k, v]) => [normalizeDir(k), normalizeDir(v)]) : [];
      const selected: string[] = [];
      if (Array.isArray(packagesList)) {
        setting = 'packages = [...]';
        // Each package's parent folder becomes a source that is stripped.
        for (const p of packagesList as string[]) {
          const parent = normalizeDir(p).split('/').slice(0, -1).join('/');
          // hatchling lets these win over `sources`.
          if (parent) rewrites.unshift([parent, '']);
          selected.push(normalizeDir(p));
        }
      }
      if (Array.isArray(onlyInclude)) {
        setting = 'only-include = [...]';
        selected.push(...(onlyInclude as string[]).map(normalizeDir));
      }
      const inWheel = (p: string): string => {
        for (const [from, to] of rewrites) {
          if (from === '.' || p === from || p.startsWith(`${from}/`)) {
            const rest = from === '.' ? p : p.slice(from.length).replace(/^\//, '');
            return to && to !== '.' ? `${to}/${rest}` : rest;
          }
        }
        return p;
      };
      if (selected.length) {
        for (const p of selected) {
          if (hasGlob(p)) return null;
          const dir = dirAt(project.dir, p);
          if (dir) {
            explicit.add(dir.name);
            if (!addAt(inWheel(p), dir)) return null;
          }
        }
      } else {
        selectByName();
        if (!packages.size) return null; // hatchling's own heuristics beyond the name: not modelled
      }
      const forced: unknown = pick('force-include');
      if (forced && typeof forced === 'object') {
        for (const [from, to] of Object.entries(forced as Record<string, string>)) {
          const dir = dirAt(project.dir, normalizeDir(from));
          if (dir && !addAt(normalizeDir(to), dir)) return null;
        }
      }
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
      // Neither a package nor a module of that name: flit_core fails to build.
      if (!packages.size && !project.dir.files.has(`${top}.py`) && !project.dir.dirs.get('src')?.files.has(`${top}.py`)) return null;
      break;
    }
    case 'poetry': {
      const listed: Array<{ include?: string; from?: string; format?: string | string[] }> = doc.tool?.poetry?.packages ?? [];
      if (listed.length) {
        setting = 'packages = [...]';
        for (const p of listed) {
          const formats = p.format === undefined ? ['wheel'] : Array.isArray(p.format) ? p.format : [p.format];
          if (!formats.includes('wheel') || !p.include) continue;
          if (hasGlob(p.include)) return null;
          const rel = normalizeDir(p.include);
          const dir = dirAt(project.dir, normalizeDir(`${p.from ?? ''}/${rel}`));
          if (!dir) continue; // a module file (`include = "app.py"`): not a folder
          explicit.add(rel.replace(/\//g, '.'));
          if (!addAt(rel, dir)) return null;
        }
      } else {
        selectByName();
        if (!packages.size) return null; // poetry-core fails: no package found for the name
      }
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
      // uv_build ships exactly `module-root`/`module-name` (dots are folders: `ns.pkg` ships ns/pkg only);
      // `module-name` may also be a list of such names, each shipped.
      const backend = doc.tool?.['uv']?.['build-backend'] ?? {};
      const names: unknown = backend['module-name'] ?? name;
      const moduleNames = Array.isArray(names) ? names : [names];
      const root = dirAt(project.dir, normalizeDir(backend['module-root'] ?? 'src'));
      for (const moduleName of moduleNames) {
        const rel = typeof moduleName === 'string' ? moduleName.replace(/\./g, '/') : '';
        const dir = root && rel ? dirAt(root, rel) : null;
        if (!dir || !addAt(rel, dir)) return null; // uv_build fails without it
      }
      break;
    }
    case 'maturin': {
      // The Python package sits in `python-source` (default: the project folder), named by the
      // first part of `module-name` (default: the project name).
      const maturin = doc.tool?.maturin ?? {};
      const source = dirAt(project.dir, normalizeDir(maturin['python-source'] ?? '.'));
      const top = ((maturin['module-name'] as string | undefined) ?? name ?? '').split('.')[0];
      const dir = source && top ? lookIn(source, top) : null;
      if (!dir) return null; // a pure Rust extension module: no Python folder
      addTree(packages, dir, top!);
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
    whyOmitted: () => `outside the packages ${config.backend} selects`,
  };
}
