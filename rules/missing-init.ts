import picomatch from 'picomatch';
import { omittedByFindPackages, wheelOmissionClause, wheelPackages } from '../src/project/backends/setuptools';
import type { Directory } from '../src/project/model';
import { isPythonSource } from '../src/project/project';
import { defineRule } from '../src/engine/rule';
import { layoutOf, MAX_EVIDENCE } from '../src/project/layout';
import { initFile } from '../src/project/resolve';
import { DEFAULT_IGNORE_NAMES, importTargets, underIgnoredName } from '../src/project/usage';
import { isIdentifier, isMisspelledInit } from '../src/python/names';
import type { Location } from '../src/types';

export default defineRule({
  id: 'missing-init',
  meta: {
    description: 'A folder the code imports as a package must have an `__init__.py`',
    defaultSeverity: 'error',
    fixable: 'safe',
    messages: {
      missing:
        '`{{name}}` has {{count}} but `{{dir}}/` lacks `__init__.py`{{consequence}}',
    },
    options: {
      'ignore-names': {
        type: 'string[]',
        default: DEFAULT_IGNORE_NAMES,
        description: 'Folder names (globs) that hold data or loose scripts, not packages; their subfolders too.',
      },
    },
  },
  create(context) {
    const { project } = context;
    const ignored = picomatch(context.options['ignore-names'] as string[], { dot: true });
    return {
      directory(dir) {
        if (initFile(dir) || dir === project.tree || dir.name === '__pycache__') return;
        const layout = layoutOf(project);
        const evidence = layout.packageUses.get(dir);
        if (!evidence || layout.isRoot(dir) || layout.isDeclaredNamespace(dir)) return;
        const py = layout.projectOf(dir);
        if (py.config.namespaces) return; // the metadata asks for namespace packages
        // Not the project's package to fix: the environment provides the name, or a namespace is shared.
        if (layout.sharedReason(dir) || layout.usage.isVendored(dir)) return;
        if (underIgnoredName(dir, py.dir, ignored)) return;
        // Beside a module of the same name (`api.py` and `api/`), the module is what the name
        // imports; an `__init__.py` would make the folder shadow it.
        if (dir.parent?.files.has(`${dir.name}.py`)) return;
        // A Go module or a Rust crate with a Python helper that a build hook imports (wandb's
        // `core/hatch.py` beside `go.mod`): another language's project, not a package.
        if (dir.files.has('go.mod') || dir.files.has('Cargo.toml')) return;
        // A folder of packages only, no module of its own, that the wheel ships as a namespace
        // package (setuptools' src-layout discovery finds PEP 420 packages): a namespace container,
        // shaped so on purpose (Zope's `Shared/DC/`, shared with other distributions).
        if (![...dir.files.keys()].some(isPythonSource) && [...(wheelPackages(py)?.packages.values() ?? [])].includes(dir)) return;
        // Only a folder every dotted name can spell is a package Python could import.
        if (!layout.importName(dir).split('.').every(isIdentifier)) return;
        if ([...dir.files.keys()].some(isMisspelledInit)) return; // misspelled-init reports it, with its fix
        // Stubs describe another package's layout; a folder of stubs is for type checkers to judge.
        const names = [...dir.files.keys()];
        if (names.some((n) => n.endsWith('.pyi')) && !names.some((n) => n.endsWith('.py'))) return;
        // A folder of scripts that tests or other scripts also import by name (`scripts/`,
        // `release/`): run by path, it is not meant as a package, and nothing shipped depends on it.
        if (!evidence.fromPackageCode && [...dir.files.values()].some((f) => layout.usage.of(f).role === 'script')) return;
        // Inside a package, a folder among several sibling folders of Python files, none of them a
        // package (ansible's `_util/target/`: folders of files copied to other hosts), is like its
        // siblings on purpose, unless the build leaves it out of the wheel.
        if (!omittedByFindPackages(py, dir) && dir.parent && initFile(dir.parent)) {
          const siblings = [...dir.parent.dirs.values()].filter((d) => d !== dir && [...d.files.keys()].some((f) => f.endsWith('.py')));
          if (siblings.length >= 2 && siblings.every((d) => !initFile(d))) return;
        }
        // Tests that import the folder's modules by bare name (`from conftest import X`) rely on
        // pytest putting the folder itself on sys.path, as it does for a folder without
        // `__init__.py`: one would break those imports (connexion's and pymongo's tests).
        if (!evidence.fromPackageCode && layout.importedByBareName(dir, 'tests')) return;
        // Under `--import-mode=importlib` pytest imports test modules by path and needs no
        // `__init__.py`: a test tree of namespace packages is what that mode is for (scikit-image).
        if (!evidence.fromPackageCode && layout.usage.inTestTree(dir) && layout.usage.pytest(dir).importMode === 'importlib') return;
        const { uses, count: n } = evidence;
        // Imports that go on through a nested project's folder (`from client.python.test import x`
        // where `client/python/` holds a pyproject.toml) use a path hack, not a package: an
        // `__init__.py` here is not the remedy.
        const projectDirs = layout.projects.map((p) => p.dir);
        if (uses.every((u) => importTargets(u.fact).some((target) => throughNestedProject(dir, target, projectDirs)))) return;
        // Tests that hand the folder (or an init-less folder above it) around as a directory
        // (`os.path.join(HERE, "dummy_plugins")`, `Path(...) / "projects"`) load what it holds by
        // path: a fixture tree (pelican's plugin trees), even where one test also imports from it.
        if (!evidence.fromPackageCode) {
          const named: string[] = [];
          for (let d: typeof dir | null = dir; d && d !== py.dir && !initFile(d); d = d.parent) named.push(d.name);
          const tests = uses.filter((u) => layout.usage.of(u.module.file).role === 'test');
          if (tests.some((u) => handsAroundFolder(project.readText(u.module.file.path) ?? '', named))) return;
        }
        // Code that sets or extends the folder's `__path__` (beets adds its plugin paths to
        // `beetsplug`) uses it as a namespace on purpose: an `__init__.py` would fix nothing.
        const last = uses[0]!.name.slice(uses[0]!.name.lastIndexOf('.') + 1);
        const extendsPath = new RegExp(`\\b${last}\\.__path__\\s*(=(?!=)|\\+=|\\.(append|extend|insert)\\()`);
        // Code that lists the modules on a `__path__` (`pkgutil.iter_modules(ns_pkg.__path__, …)`,
        // pelican's `pelican.plugins`) discovers plugins that other distributions install into the
        // namespace: the packaging guide's namespace-package plugin pattern.
        const discovers = /\b(iter_modules|walk_packages)\(\s*[\w.]*\.__path__/;
        const namespaceOnPurpose = (text: string): boolean => extendsPath.test(text) || discovers.test(text);
        if (uses.some((u) => namespaceOnPurpose(project.readText(u.module.file.path) ?? ''))) return;
        const at = (i: number): Location => ({
          path: uses[i]!.module.file.path,
          start: uses[i]!.fact.start,
          end: uses[i]!.fact.end,
        });
        context.report({
          messageId: 'missing',
          data: { name: uses[0]!.name, dir: dir.path, count: `${n} import${n === 1 ? '' : 's'}`, consequence: wheelOmissionClause(py, dir) },
          at: at(0),
          related: uses.slice(1, MAX_EVIDENCE).map((_, i) => ({ message: 'also imported here', location: at(i + 1) })),
          fix: {
            description: `Create ${dir.path}/__init__.py`,
            applicability: 'safe',
            operations: [{ kind: 'createFile', path: `${dir.path}/__init__.py`, content: '' }],
          },
        });
      },
    };
  },
});

/** Path-building code whose last part is one of `names`: the folder itself is used as a directory. */
function handsAroundFolder(text: string, names: readonly string[]): boolean {
  if (!text.includes('join') && !text.includes('/')) return false;
  return names.some((name) => {
    const q = `["']${name}["']`; // an identifier: every part of the dotted name was checked
    // `os.path.join(…, "name")` or `.joinpath("name")` with the name last (two levels of calls
    // inside the arguments), or a pathlib chain `… / "name"` that goes no further.
    const join = new RegExp(`\\bjoin(?:path)?\\((?:[^()]|\\((?:[^()]|\\([^()]*\\))*\\))*?${q}\\s*,?\\s*\\)`);
    const slash = new RegExp(`/\\s*${q}(?!\\s*/)`);
    return text.includes(name) && (join.test(text) || slash.test(text));
  });
}

/** The dotted name goes on from `dir` into the folder of another project (one of `projectDirs`). */
function throughNestedProject(dir: Directory, name: string, projectDirs: readonly Directory[]): boolean {
  const parts = name.split('.');
  const at = parts.indexOf(dir.name);
  let d: Directory | undefined = dir;
  for (const part of at < 0 ? [] : parts.slice(at + 1)) {
    d = d.dirs.get(part);
    if (!d) return false;
    if (projectDirs.includes(d)) return true;
  }
  return false;
}
