import * as fs from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch';
import { defineRule, fileStart } from '../src/engine/rule';
import { ignoreMatches, type IgnoreMatch } from '../src/host/git';
import { byPlace, layoutOf, MAX_EVIDENCE, relativeBase, type PackageUse } from '../src/project/layout';
import { joinPath, type Directory, type ProjectFile } from '../src/project/model';
import { dottedParts, moduleImportTargets } from '../src/project/usage';
import type { Location } from '../src/types';

export default defineRule({
  id: 'package-ignored',
  meta: {
    description: 'A package that tracked code imports is ignored by git: it exists here and in no clone',
    defaultSeverity: 'error',
    needs: ['git'],
    messages: {
      // A missing folder (`lib/`) or a module file in a tracked folder that a bare pattern ignores.
      ignoredImport: 'git ignores `{{target}}` (`{{pattern}}` in {{source}}), needed by `{{statement}}`: {{error}} in every clone',
      ignoredInit:
        'git ignores `{{file}}` (`{{pattern}}` in {{source}}): in a clone it never runs and `{{dir}}/` is a namespace package',
    },
  },
  create(context) {
    const { project } = context;
    return {
      'project:exit'() {
        const layout = layoutOf(project);
        const environment = layout.environment;
        const { usage } = layout;
        /**
         * Candidate module path → what check-ignore is asked about, or null: a `.py` file in the
         * folder of that name, or else the module file itself (a new module in a tracked `lib/`).
         */
        const onDisk = new Map<string, string | null>();
        // Each folder listed once, not one lstat per name asked: a repository of many projects asks
        // for every dependency's name in every import root (most are not there).
        const listings = new Map<string, Map<string, fs.Dirent>>();
        const listing = (base: string): Map<string, fs.Dirent> => {
          let entries = listings.get(base);
          if (!entries) listings.set(base, (entries = new Map(readDir(path.join(project.root, base)).map((e) => [e.name, e]))));
          return entries;
        };
        const probeOf = (base: string, name: string): string | null => {
          const rel = joinPath(base, name);
          let probe = onDisk.get(rel);
          if (probe === undefined) {
            probe = null;
            const entries = listing(base);
            let folder = false;
            // A symlinked folder is left out of discovery on purpose, and git cannot look past one
            // (a listing's entry types are lstat's).
            if (entries.get(name)?.isDirectory()) {
              try {
                const names = fs.readdirSync(path.join(project.root, rel));
                folder = true;
                const py = names.includes('__init__.py') ? '__init__.py' : names.find((n) => n.endsWith('.py'));
                if (py) probe = `${rel}/${py}`;
              } catch {
                // unreadable: looked at as no folder
              }
            }
            if (!folder && entries.get(`${name}.py`)?.isFile()) probe = `${rel}.py`;
            onDisk.set(rel, probe);
          }
          return probe;
        };
        /**
         * The import roots, then the folders in them that a script may put on sys.path at run time
         * (`sys.path.insert(0, …/lib)`, Detectron's `_init_paths.py`): no import root we know of.
         * Only folders wholly left out of the project (ignored) are candidates. A folder pip
         * installs into (`pip install -t lib`: `.dist-info` in it) holds dependencies, and a
         * package folder is no sys.path entry.
         */
        const searches = new Map<readonly Directory[], string[]>();
        const topSearch = (roots: readonly Directory[]): string[] => {
          let search = searches.get(roots);
          if (!search) {
            search = roots.map((d) => d.path);
            for (const root of roots) {
              for (const entry of listing(root.path).values()) {
                if (!entry.isDirectory() || root.dirs.has(entry.name) || entry.name.startsWith('.') || entry.name === '__pycache__' || entry.name === 'node_modules') continue;
                const rel = joinPath(root.path, entry.name);
                const names = readDir(path.join(project.root, rel)).map((e) => e.name);
                if (!names.some((n) => n === '__init__.py' || n.endsWith('.dist-info') || n.endsWith('.egg-info'))) search.push(rel);
              }
            }
            searches.set(roots, search);
          }
          return search;
        };
        const uses = new Map<string, PackageUse[]>();
        const collect = (file: ProjectFile): void => {
          if (!file.tracked || !file.name.endsWith('.py')) return;
          const role = usage.of(file);
          if (!role.live || role.role === 'vendored') return;
          const module = project.module(file);
          const targets = moduleImportTargets(module.facts);
          module.facts.imports.forEach((fact, i) => {
            // An import that may fail on purpose, or that never runs, needs nothing.
            if (fact.guarded || fact.typeChecking) return;
            for (const name of targets[i]!) {
              const parts = dottedParts(name);
              const chain = layout.resolveImport(module, fact, name);
              if (chain.length >= parts.length) continue;
              // Folders (paths from the project root) where Python looks for the missing part, in order.
              let search: readonly string[];
              if (chain.length > 0) {
                const last = chain[chain.length - 1]!;
                if (last.kind !== 'package' && last.kind !== 'namespace') continue;
                search = last.dirs.map((d) => d.path);
              } else if (fact.level > 0) {
                const base = relativeBase(file.dir, fact.level);
                if (!base) continue;
                search = [base.path];
              } else {
                // A standard library or dependency name is found elsewhere in a clone too.
                if (environment.stdlib.has(parts[0]!) || environment.dependencies.has(parts[0]!)) continue;
                search = topSearch(layout.projectOf(file.dir).roots);
              }
              const missing = parts[chain.length]!;
              for (const base of search) {
                if (!probeOf(base, missing)) continue;
                const rel = joinPath(base, missing);
                const list = uses.get(rel) ?? [];
                if (list.length === 0 || list[list.length - 1]!.fact !== fact) list.push({ module, fact, name });
                uses.set(rel, list);
                break; // the first root that has it is the one Python imports here
              }
            }
          });
        };
        // A finding here is shown only if one of its imports is in a focused module (`--staged`:
        // the changed ones), so those are looked at first: resolving every import of a large
        // project is most of this rule's time, and a commit seldom imports an ignored folder.
        const { focus } = context;
        const focused = focus ? project.files.filter((f) => focus(f.path)) : project.files;
        for (const file of focused) collect(file);
        if (focus && uses.size > 0) {
          uses.clear();
          for (const file of project.files) collect(file);
        }
        // Folders of tracked package code whose `__init__.py` is on disk but not in the project.
        const inits: Directory[] = [];
        const visit = (dir: Directory): void => {
          if (dir.parent && !dir.files.has('__init__.py') && hasTrackedCode(dir) && fs.existsSync(path.join(project.root, dir.path, '__init__.py'))) inits.push(dir);
          for (const child of dir.dirs.values()) visit(child);
        };
        const hasTrackedCode = (dir: Directory): boolean => {
          for (const f of dir.files.values()) {
            if (!f.tracked || !f.name.endsWith('.py')) continue;
            const u = usage.of(f);
            if (u.role !== 'vendored' && (u.live || !usage.inTestTree(dir))) return true;
          }
          return false;
        };
        visit(project.tree);

        const probes = [...[...uses.keys()].map((rel) => onDisk.get(rel)!), ...inits.map((d) => `${d.path}/__init__.py`)];
        if (probes.length === 0) return;
        // One check-ignore for every candidate. A pattern that spells out a path (`/lib/`,
        // `src/app/gen/`) ignores that very folder on purpose (generated code); the template's bare
        // names (`lib/`, `build/`, `*.py`) catch packages by accident.
        const matches = ignoreMatches(project.root, probes);
        const accidental = (probe: string): IgnoreMatch | null => {
          const m = matches.get(probe);
          return m && !m.pattern.replace(/\/+$/, '').replace(/^\*\*\//, '').includes('/') ? m : null;
        };
        for (const [rel, list] of [...uses].sort(([a], [b]) => (a < b ? -1 : 1))) {
          const probe = onDisk.get(rel)!;
          const match = accidental(probe);
          if (!match) continue;
          const isModule = probe === `${rel}.py`;
          // A pattern that names the file itself (`local_settings.py`, `*.py`) leaves it out on
          // purpose; one that ignores a folder on the way (`lib/`) takes new modules by accident.
          if (isModule && picomatch.isMatch(path.posix.basename(probe), match.pattern.replace(/^\*\*\//, ''), { dot: true })) continue;
          list.sort(byPlace);
          const at = (u: PackageUse): Location => ({ path: u.module.file.path, start: u.fact.start, end: u.fact.end });
          const first = list[0]!;
          context.report({
            messageId: 'ignoredImport',
            data: {
              target: isModule ? probe : `${rel}/`,
              pattern: match.pattern,
              source: match.source,
              statement: statementText(first),
              error: importsAName(first, rel) ? 'ImportError' : 'ModuleNotFoundError',
            },
            at: at(first),
            related: list.slice(1, MAX_EVIDENCE).map((u) => ({ message: 'also imported here', location: at(u) })),
          });
        }
        for (const dir of inits) {
          const file = `${dir.path}/__init__.py`;
          const match = accidental(file);
          if (!match) continue;
          const first = [...dir.files.values()].filter((f) => f.tracked && f.name.endsWith('.py')).sort((a, b) => (a.name < b.name ? -1 : 1))[0]!;
          context.report({ messageId: 'ignoredInit', data: { file, dir: dir.path, pattern: match.pattern, source: match.source }, at: fileStart(first.path) });
        }
      },
    };
  },
});

function readDir(abs: string): fs.Dirent[] {
  try {
    return fs.readdirSync(abs, { withFileTypes: true });
  } catch {
    return [];
  }
}

/** `from pkg import mod` with `pkg/mod` missing fails with "cannot import name" (an ImportError), not ModuleNotFoundError. */
function importsAName(u: PackageUse, rel: string): boolean {
  const missing = path.posix.basename(rel);
  return u.fact.kind !== 'import' && u.fact.names.some((n) => n.name === missing) && !dottedParts(u.fact.module ?? '').includes(missing);
}

function statementText(u: PackageUse): string {
  const f = u.fact;
  if (f.kind === 'import') return `import ${f.names.map((n) => n.name).join(', ')}`;
  return `from ${'.'.repeat(f.level)}${f.module ?? ''} import ${f.names.map((n) => n.name).join(', ')}`;
}
