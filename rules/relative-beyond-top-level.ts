import { defineRule, type Report } from '../src/engine/rule';
import { layoutOf } from '../src/project/layout';
import type { Directory } from '../src/project/model';

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
    messages: {
      beyond:
        '`{{statement}}` climbs above the top-level package `{{top}}`: ImportError, relative import beyond top-level package',
      noParent:
        '`{{statement}}` in a top-level module, which has no package: ImportError, no known parent package',
    },
  },
  create(context) {
    const { project } = context;
    const layout = layoutOf(project);
    // Top-level names the code imports absolutely: a root inside another root (`src/` in the
    // project folder) is a namespace package of the outer one, and code that imports `src.app`
    // runs `app` as `src.app`, where one more dot is still inside.
    const topNames = new Set<string>();
    const pending: Array<{ root: Directory; report: Report }> = [];
    const packages = new Map<Directory, Package>();
    return {
      import(fact, module) {
        if (fact.level === 0) {
          const name = fact.kind === 'from' ? fact.module! : fact.names[0]?.name ?? '';
          const dot = name.indexOf('.');
          topNames.add(dot === -1 ? name : name.slice(0, dot));
          if (fact.kind === 'import') for (const n of fact.names.slice(1)) topNames.add(n.name.split('.')[0]!);
          return;
        }
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
        if (depth === 0) pending.push({ root: dir, report: { messageId: 'noParent', data: { statement }, at } });
        else if (fact.level > depth) pending.push({ root: dir, report: { messageId: 'beyond', data: { statement, top: top!.name }, at } });
      },
      'project:exit'() {
        for (const { root, report } of pending) {
          if (topNames.has(root.name) && insideAnotherRoot(root)) continue;
          context.report(report);
        }
      },
    };

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

    function insideAnotherRoot(root: Directory): boolean {
      for (let d = root.parent; d; d = d.parent) if (layout.isRoot(d)) return true;
      return false;
    }
  },
});
