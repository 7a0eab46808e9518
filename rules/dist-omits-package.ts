import { defineRule } from '../src/engine/rule';
import { packageDataMayShip, wheelPackages } from '../src/project/backends/setuptools';
import { byPlace, layoutOf, MAX_EVIDENCE, relativeBase, type PackageUse } from '../src/project/layout';
import { moduleImports, namesAny } from '../src/project/usage';
import type { ImportFact } from '../src/python/facts';
import type { Location } from '../src/types';
import { inVendoredTree, joinPath, type Directory, type ProjectFile } from '../src/project/model';

export default defineRule({
  id: 'dist-omits-package',
  meta: {
    description: 'The build backend leaves out of the wheel a folder that shipped code imports',
    defaultSeverity: 'error',
    messages: {
      omitted:
        '`{{setting}}` leaves `{{dir}}/` out of the wheel ({{why}}): importing it fails after `pip install`',
    },
  },
  create(context) {
    const { project } = context;
    return {
      'project:exit'() {
        const layout = layoutOf(project);
        for (const py of layout.projects) {
          // A folder without packaging metadata builds no wheel.
          if (!py.metadataFile) continue;
          // Package data ships a left-out folder's files anyway: a VCS file finder (every tracked
          // file below a shipped package), or MANIFEST.in with include-package-data. Decided once
          // per folder, however many imports reach it.
          const asData = new Map<Directory, boolean>();
          const shipsAsData = (dir: Directory): boolean => {
            let v = asData.get(dir);
            if (v === undefined) {
              const manifest = py.dir.files.has('MANIFEST.in') ? project.readText(joinPath(py.dir.path, 'MANIFEST.in')) : null;
              asData.set(dir, (v = packageDataMayShip(py, dir, manifest)));
            }
            return v;
          };
          const wheel = wheelPackages(py);
          if (!wheel || wheel.packages.size === 0) continue;
          const shipped = new Set(wheel.packages.values());
          // A chain that starts inside the wheel only descends, so it can reach a left-out folder only
          // through one directly below a shipped folder, and only by naming it. Imports that name
          // none of those are not resolved again: that is most of them, and most of this rule's cost.
          const gapNames = new Set<string>();
          for (const d of shipped) for (const c of d.dirs.values()) if (!shipped.has(c) && !wheel.roots.includes(c)) gapNames.add(c.name);
          const found = new Map<Directory, PackageUse[]>();
          // Vendored code ships and runs too, but is scanned (when its facts are not at hand) only if
          // its text could hold such an import: one naming a gap folder, or a relative one climbing
          // out of its folder (one dot stays in a shipped folder). Scanning pip's `_vendor/` for this
          // alone cost an eighth of its --no-cache run.
          const mayReachGap = (file: ProjectFile): boolean => {
            const text = project.readText(file.path);
            if (text === null || /\bfrom[\s\\]*\.[\s\\]*\./.test(text)) return true;
            for (const name of gapNames) if (text.includes(name)) return true;
            return false;
          };
          for (const [, dir] of wheel.packages) {
            for (const file of dir.files.values()) {
              if (!file.name.endsWith('.py')) continue;
              const module = project.moduleAtHand(file) ?? (inVendoredTree(file.dir) && !mayReachGap(file) ? null : project.module(file));
              if (!module) continue;
              const { targets, levels, unsure } = moduleImports(module.facts);
              let imports: ImportFact[] | null = null;
              for (let i = 0; i < targets.length; i++) {
                // Under `if TYPE_CHECKING:` it never runs; `try: … except ImportError` expects the
                // package may be absent (an optional compiled part).
                if (unsure[i]) continue;
                const inside = levels[i] === 0 || shipped.has(relativeBase(module.file.dir, levels[i]!)!);
                // The names below are these targets or their first parts: none naming a gap folder, none does.
                if (inside && !targets[i]!.some((t) => namesAny(t, gapNames))) continue;
                const fact = (imports ??= module.facts.imports)[i]!;
                const names = fact.kind === 'import' ? fact.names.map((n) => n.name) : [fact.module ? fact.module : ''];
                for (const name of names) {
                  if (inside && !name.split('.').some((part) => gapNames.has(part))) continue;
                  const chain = fact.level === 0 || name ? layout.resolveImport(module, fact, name) : [];
                  const dirs = chain.flatMap((r) => (r.kind === 'package' || r.kind === 'namespace' ? r.dirs : []));
                  if (fact.level === 0 && !(dirs[0] && shipped.has(dirs[0]))) continue; // not our wheel's package
                  if (fact.level > 0 && !shipped.has(module.file.dir)) continue;
                  const missing = dirs.find((d) => !shipped.has(d) && wheel.roots.every((r) => r !== d));
                  if (!missing) continue;
                  if (shipsAsData(missing)) continue;
                  const list = found.get(missing) ?? [];
                  list.push({ module, fact, name });
                  found.set(missing, list);
                }
              }
            }
          }
          for (const [dir, uses] of [...found].sort(([a], [b]) => (a.path < b.path ? -1 : 1))) {
            uses.sort(byPlace);
            const at = (u: PackageUse): Location => ({ path: u.module.file.path, start: u.fact.start, end: u.fact.end });
            const first = uses[0]!;
            const config: Location[] = wheel.source && py.metadataFile
              ? [{ path: joinDir(py.dir.path, wheel.source.file), start: { line: wheel.source.line, column: 1 }, end: { line: wheel.source.line, column: 1 } }]
              : [];
            context.report({
              messageId: 'omitted',
              data: { backend: py.config.backend, setting: wheel.setting, dir: dir.path, why: wheel.whyOmitted(dir), statement: statementText(first) },
              at: at(first),
              related: [
                ...config.map((location) => ({ message: 'configured here', location })),
                ...uses.slice(1, MAX_EVIDENCE).map((u) => ({ message: 'also imported here', location: at(u) })),
              ],
            });
          }
        }
      },
    };
  },
});

function joinDir(dir: string, file: string): string {
  return joinPath(dir, file);
}

function statementText(u: PackageUse): string {
  const f = u.fact;
  if (f.kind === 'import') return `import ${f.names.map((n) => n.name).join(', ')}`;
  return `from ${'.'.repeat(f.level)}${f.module ?? ''} import ${f.names.map((n) => n.name).join(', ')}`;
}
