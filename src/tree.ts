/**
 * `dunderlint tree [path]`: the folders of a project as Python sees them (import root, regular
 * package, namespace package, not importable), whether the configured backend ships them, and the
 * findings about each folder, inline.
 */
import * as path from 'node:path';
import { visible } from './format/escape';
import { lint, loadProjectAt, type LintOptions } from './lint';
import { wheelPackages } from './project/backends/setuptools';
import { layoutOf } from './project/layout';
import type { Directory } from './project/model';
import { isPythonSource } from './project/project';
import { initFile } from './project/resolve';
import { isModuleName } from './python/names';

/** `options`: the command line's config file, rule overrides, cache and concurrency settings. */
export async function renderTree(cwd: string, target: string, options: LintOptions = {}): Promise<string> {
  // The project is the one lint would read for this folder; the tree shows the way down to it.
  const { root, rel, loaded: { project } } = await loadProjectAt(cwd, path.resolve(cwd, target), true, options);
  const subfolder = rel.split(path.sep).join('/');
  const layout = layoutOf(project);
  // The config file is named relative to the working directory, and lint runs from the tree's root.
  const configFile = options.configFile === undefined ? {} : { configFile: path.resolve(cwd, options.configFile) };
  const result = await lint({ ...options, ...configFile, cwd: root, paths: ['.'] });

  // Findings about a folder: the folder a fix would create a file in, else the reported file's folder.
  const findings = new Map<string, string[]>();
  for (const d of result.diagnostics) {
    const created = d.fix?.operations.find((o) => o.kind === 'createFile');
    const file = created && created.kind === 'createFile' ? created.path : d.location.path;
    const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '';
    const list = findings.get(dir) ?? [];
    if (!list.includes(d.rule)) list.push(d.rule);
    findings.set(dir, list);
  }

  const wheels = new Map(layout.projects.map((p) => [p, wheelPackages(p)]));
  const describe = (dir: Directory): string => {
    const project = layout.projectOf(dir);
    const parts: string[] = [];
    if (layout.projects.some((p) => p.dir === dir)) {
      const p = layout.projects.find((x) => x.dir === dir)!;
      parts.push(`project (${p.config.backend}${p.config.name ? ` "${p.config.name}"` : ''}; roots: ${p.roots.map((r) => `${r.path || '.'}/`).join(', ')})`);
      // Settings computed by code, or a layout the backend refuses: we do not guess the wheel.
      if (p.config.builds && p.metadataFile && !wheels.get(p)) parts.push('wheel contents unknown');
    } else if (layout.isRoot(dir)) parts.push('import root');
    else if (!isModuleName(dir.name)) parts.push('not importable');
    else if (initFile(dir)) parts.push('regular package');
    else parts.push(layout.isDeclaredNamespace(dir) ? 'namespace package (declared)' : 'namespace package');
    const wheel = wheels.get(project);
    if (wheel && !layout.projects.some((p) => p.dir === dir) && !layout.isRoot(dir)) {
      parts.push([...wheel.packages.values()].includes(dir) ? `in the wheel (${wheel.setting})` : 'not in the wheel');
    }
    const roles = roleSummary(dir);
    if (roles) parts.push(roles);
    const f = findings.get(dir.path);
    if (f) parts.push(`✖ ${f.join(', ')}`);
    return parts.join(' · ');
  };

  /** How the project uses the folder's own modules, with the evidence for roles that are not obvious. */
  const roleSummary = (dir: Directory): string => {
    const counts = new Map<string, { n: number; why: string }>();
    for (const file of dir.files.values()) {
      if (!isPythonSource(file.name)) continue;
      const u = layout.usage.of(file);
      const key = u.role === 'data' && u.live ? 'imported data' : u.role;
      const entry = counts.get(key) ?? { n: 0, why: u.why };
      entry.n++;
      counts.set(key, entry);
    }
    if (counts.size === 0) return '';
    const shown = [...counts].map(([role, { n, why }]) => (role === 'package' ? `${n} ${role}` : `${n} ${role} (${why})`));
    return `modules: ${shown.join(', ')}`;
  };

  const hasPython = (dir: Directory): boolean =>
    [...dir.files.keys()].some(isPythonSource) || [...dir.dirs.values()].some(hasPython);

  // Folder names are the project's: control characters in them are shown as escapes.
  const lines: string[] = [`${visible(displayPath(cwd, root)) || '.'}/  ${describe(project.tree)}`];
  // A subfolder: the folders down to it, each the only child shown, and the subfolder marked.
  let prefix = '';
  let shownDir: Directory | null = project.tree;
  if (subfolder) {
    const names = subfolder.split('/');
    const abs = path.resolve(cwd, target);
    for (const [i, name] of names.entries()) {
      shownDir = shownDir?.dirs.get(name) ?? null;
      const here = i === names.length - 1 ? `  ← ${abs === cwd ? 'you are here' : `${visible(displayPath(cwd, abs))}/`}` : '';
      lines.push(`${prefix}└── ${visible(name)}/  ${shownDir ? describe(shownDir) : 'no file of the project (ignored, excluded or empty)'}${here}`);
      prefix += '    ';
    }
  }
  const walk = (dir: Directory, prefix: string): void => {
    const children = [...dir.dirs.values()].filter((d) => d.name !== '__pycache__' && hasPython(d)).sort((a, b) => (a.name < b.name ? -1 : 1));
    children.forEach((child, i) => {
      const last = i === children.length - 1;
      lines.push(`${prefix}${last ? '└── ' : '├── '}${visible(child.name)}/  ${describe(child)}`);
      walk(child, `${prefix}${last ? '    ' : '│   '}`);
    });
  };
  if (shownDir) walk(shownDir, prefix);
  return `${lines.join('\n')}\n`;
}

function displayPath(cwd: string, abs: string): string {
  return path.relative(cwd, abs).split(path.sep).join('/');
}
