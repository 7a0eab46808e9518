import * as fs from 'node:fs';
import * as path from 'node:path';
import { defineRule, fileStart } from '../src/engine/rule';
import { layoutOf } from '../src/project/layout';
import { isPythonSource } from '../src/project/project';
import { dottedParts, moduleImportTargets } from '../src/project/usage';
import { joinPath, type Directory, type ProjectFile } from '../src/project/model';
import { initFile } from '../src/project/resolve';

export default defineRule({
  id: 'stub-without-source',
  meta: {
    description: 'A stub that type checkers read differently from what Python imports',
    defaultSeverity: 'warn',
    messages: {
      initStubOnly:
        '`{{file}}` has no `__init__.py`: Python sees a namespace package without its names, type checkers a regular one',
      stubBesidePackage:
        '`{{file}}` is never read: Python, pyright and mypy resolve `{{name}}` to the package `{{name}}/` beside it',
      stubHidesFolder:
        '`{{file}}` hides the folder `{{name}}/` from pyright: its submodules (`{{name}}.{{sub}}`) cannot be resolved',
    },
  },
  create(context) {
    const { project } = context;
    const layout = layoutOf(project);
    /** A live module of the project's own (not vendored) among a folder's `.py` files. */
    const liveModule = (dir: Directory): ProjectFile | null => {
      for (const f of dir.files.values()) {
        if (!f.name.endsWith('.py')) continue;
        const u = layout.usage.of(f);
        if (u.live && u.role !== 'vendored') return f;
      }
      return null;
    };
    // An empty `__init__.pyi` is a known way to give mypy a package (unique module names) where
    // Python must see none (pytest's example trees): only a stub that declares names misleads.
    const declaresSomething = (stub: ProjectFile): boolean => {
      const { facts } = project.module(stub);
      return facts.bindings.length > 0 || facts.imports.length > 0;
    };
    /**
     * Whether a build makes `<name>` something other than the stub says is missing: a Cython or C
     * source of it in the folder (`__init__.pyx`), or a file the project does not list but the
     * disk holds (a built `__init__.cpython-311-x86_64-linux-gnu.so`, a generated `__init__.py`,
     * both usually ignored by git).
     */
    const builtElsewhere = (dir: Directory, name: string): boolean => {
      const other = (n: string): boolean => n.startsWith(`${name}.`) && n !== `${name}.pyi`;
      for (const n of dir.files.keys()) if (other(n)) return true;
      try {
        return fs.readdirSync(path.join(project.root, dir.path)).some(other);
      } catch {
        return false;
      }
    };
    /** Stubs that live code imports a submodule through (`import bar.m` with `bar.pyi`): found once, when first asked. */
    let importedThrough: Set<string> | null = null;
    const importsThrough = (stub: string): boolean => {
      if (!importedThrough) {
        importedThrough = new Set();
        for (const file of project.files) {
          if (!isPythonSource(file.name) || !layout.usage.of(file).live) continue;
          const module = project.module(file);
          const targets = moduleImportTargets(module.facts);
          module.facts.imports.forEach((fact, i) => {
            for (const name of targets[i]!) {
              const chain = layout.resolveImport(module, fact, name);
              const last = chain[chain.length - 1];
              if (last?.kind === 'stub' && last.file && chain.length < dottedParts(name).length) importedThrough!.add(last.file);
            }
          });
        }
      }
      return importedThrough.has(stub);
    };
    return {
      directory(dir) {
        // Stub-only distributions (`foo-stubs/`, typeshed's trees) have stubs and no sources by design: there only
        // a stub that no type checker reads is reported.
        const stubTree = inStubDistribution(dir);
        const initStub = dir.files.get('__init__.pyi');
        if (!stubTree && initStub && !initFile(dir, 'runtime') && liveModule(dir) && declaresSomething(initStub) && !builtElsewhere(dir, '__init__')) {
          const file = initStub.path;
          context.report({ messageId: 'initStubOnly', data: { file }, at: fileStart(file) });
        }
        for (const [name, sub] of dir.dirs) {
          if (!dir.files.has(`${name}.pyi`) || dir.files.has(`${name}.py`)) continue; // module-package-collision's case
          const file = joinPath(dir.path, `${name}.pyi`);
          const stub = layout.usage.of(dir.files.get(`${name}.pyi`)!);
          if (initFile(sub, 'static')) {
            // pyright and mypy prefer the package whatever runs, so a stub of the project's own is dead even beside a
            // stub package (pandas-stubs deleted such a core/indexers.pyi in #1462).
            if (liveModule(sub) || (stub.live && stub.role !== 'vendored')) {
              context.report({ messageId: 'stubBesidePackage', data: { file, name }, at: fileStart(file) });
            }
            continue;
          }
          if (stubTree) continue;
          // The stub is what imports of `name` reach (so the folder's modules are never seen live):
          // the stub's liveness is the evidence.
          const module = [...sub.files.values()].find((f) => f.name.endsWith('.py') && layout.usage.of(f).role !== 'vendored');
          if (!stub.live || stub.role === 'vendored' || !module) continue;
          // The folder matters only to code that imports its modules through the stub's name; an
          // extension module's stub beside a folder of its sources and scripts hides nothing (numpy).
          if (builtElsewhere(dir, name) || !importsThrough(file)) continue;
          context.report({ messageId: 'stubHidesFolder', data: { file, name, sub: module.name.slice(0, -3) }, at: fileStart(file) });
        }
      },
    };
  },
});

function inStubDistribution(dir: Directory): boolean {
  for (let d: Directory | null = dir; d; d = d.parent) if (d.name.endsWith('-stubs')) return true;
  return false;
}
