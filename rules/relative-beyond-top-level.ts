import { defineRule, type Report } from '../src/engine/rule';
import { layoutOf } from '../src/project/layout';
import type { Directory, ProjectFile } from '../src/project/model';
import { isPythonSource } from '../src/project/project';
import { dottedParts, importTargets, moduleImports } from '../src/project/usage';

/** A folder's import root (null: none above it), its depth below the root, and the folder at depth 1. */
interface Package {
  root: Directory | null;
  depth: number;
  top: Directory | null;
}

export default defineRule({
  id: 'relative-beyond-top-level',
  meta: {
    description: 'A relative import that climbs above the top-level package, or out of a module that has no package',
    defaultSeverity: 'error',
    moduleLocal: true,
    messages: {
      beyond:
        '`{{statement}}` climbs above the top-level package `{{top}}`: ImportError, beyond top-level package',
      noParent:
        '`{{statement}}` in a top-level module, which has no package: ImportError, no known parent package',
    },
  },
  create(context) {
    const { project } = context;
    const layout = layoutOf(project);
    const pending: Array<{ root: Directory; report: Report; unshipped: { file: ProjectFile; name: string } | null }> = [];
    const packages = new Map<Directory, Package>();
    return {
      import(fact, module) {
        if (fact.level === 0) return;
        if (fact.guarded || fact.typeChecking || fact.conditional) return;
        // Stubs are read by type checkers, never imported at run time.
        if (module.file.name.endsWith('.pyi')) return;
        // Only package code has a certain `__package__`: a script run by path, a test module under
        // pytest's rootdir insertion or a data file may run under another name, or never.
        const usage = layout.usage.of(module.file);
        if (usage.role !== 'package' || !usage.live) return;
        // The module's package, from its import root: the folders between the root and the module.
        const { root: dir, depth, top } = packageOf(module.file.dir);
        if (!dir) return;
        // A root that is itself a package is imported from above it too: its top is not certain.
        if (dir.files.has('__init__.py')) return;
        // Shown as written, but a count for a length no source has (a damaged cache can hold any number).
        const dots = fact.level <= 40 ? '.'.repeat(fact.level) : `<${fact.level} dots>`;
        const statement = `from ${dots}${fact.module ?? ''} import …`;
        const at = { path: module.file.path, start: fact.start, end: fact.end };
        if (depth !== 0 && fact.level <= depth) return;
        // A distribution's module not known to be in its wheel (a project's `devscripts/`, or a wheel
        // not modelled) has only the project's own code to import it: a file nothing imports may be
        // a template read as text, right where it is copied (yt-dlp's lazy_load_template.py).
        const stem = module.file.name.slice(0, -3);
        const name = [...folderNames(module.file.dir, dir), ...(stem === '__init__' ? [] : [stem])].join('.');
        const py = layout.projectOf(module.file.dir);
        const unshipped = !usage.why.startsWith('shipped') && py.metadataFile && py.config.builds ? { file: module.file, name } : null;
        if (depth === 0) pending.push({ root: dir, report: { messageId: 'noParent', data: { statement }, at }, unshipped });
        else pending.push({ root: dir, report: { messageId: 'beyond', data: { statement, top: top!.name }, at }, unshipped });
      },
      'project:exit'() {
        let topNames: Set<string> | null = null;
        for (const { root, report, unshipped } of pending) {
          if ((topNames ??= importedTopNames()).has(root.name) && layout.insideAnotherRoot(root)) continue;
          if (unshipped && !importedInProject(unshipped.file, unshipped.name)) continue;
          context.report(report);
        }
      },
    };

    /**
     * Top-level names the code imports absolutely: a root inside another root (`src/` in the
     * project folder) is a namespace package of the outer one, and code that imports `src.app`
     * runs `app` as `src.app`, where one more dot is still inside. Read from the modules the
     * `import` visitor is asked about in a whole run (live or stubs, not vendored), only when there
     * is a finding to weigh: so each module's findings stay its own, and a run that reports on some
     * modules (`--staged`) skips the others' imports.
     */
    function importedTopNames(): Set<string> {
      const names = new Set<string>();
      for (const file of project.files) {
        if (!isPythonSource(file.name)) continue;
        const usage = layout.usage.of(file);
        if (usage.role === 'vendored' || (!usage.live && !file.name.endsWith('.pyi'))) continue;
        const { targets, levels } = moduleImports(project.module(file).facts);
        for (let i = 0; i < targets.length; i++) if (levels[i] === 0) for (const target of targets[i]!) names.add(dottedParts(target)[0]!);
      }
      return names;
    }

    /** Whether some live module of the project imports `file` (dotted `name`): rare, so searched only when asked. */
    function importedInProject(file: ProjectFile, name: string): boolean {
      const last = name.slice(name.lastIndexOf('.') + 1);
      for (const other of project.files) {
        if (other === file || !other.name.endsWith('.py') || !layout.usage.of(other).live) continue;
        const module = project.module(other);
        if (module.facts.dynamicImports.some((d) => d.module === name)) return true;
        for (const fact of module.facts.imports) {
          for (const target of importTargets(fact)) {
            if (!target.split('.').includes(last)) continue;
            if (layout.resolveImport(module, fact, target).some((r) => r.file === file.path)) return true;
          }
        }
      }
      return false;
    }

    /**
     * The import root above a folder, how many folders below it the folder is, and the topmost of
     * them; remembered per folder (a walk per import made deep trees quadratic).
     */
    function packageOf(dir: Directory): Package {
      let known = packages.get(dir);
      if (!known) {
        if (layout.isRoot(dir)) known = { root: dir, depth: 0, top: null };
        else if (!dir.parent) known = { root: null, depth: 0, top: null };
        else {
          const up = packageOf(dir.parent);
          known = { root: up.root, depth: up.depth + 1, top: up.top ?? dir };
        }
        packages.set(dir, known);
      }
      return known;
    }

    /** The folders from below `root` down to `dir`, as a dotted name's parts (for the rare finding only). */
    function folderNames(dir: Directory, root: Directory): string[] {
      const parts: string[] = [];
      for (let d: Directory | null = dir; d && d !== root; d = d.parent) parts.unshift(d.name);
      return parts;
    }

  },
});
