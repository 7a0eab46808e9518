import picomatch from 'picomatch';
import { defineRule, fileStart } from '../src/engine/rule';
import { layoutOf, type PythonProject } from '../src/project/layout';
import { dirAt, fileAt, joinPath, type Directory, type ProjectFile } from '../src/project/model';
import { mypyModuleName, preCommitMypyHooks, readMypyConfig, type MypyConfig } from '../src/project/mypy-config';
import { isPythonSource, type Project } from '../src/project/project';
import { isIdentifier } from '../src/python/names';

export default defineRule({
  id: 'duplicate-module-name',
  meta: {
    description: 'Two files that mypy or pytest would import under the same module name (same basename, no `__init__.py` on the way)',
    defaultSeverity: 'error',
    messages: {
      pytest:
        'pytest imports this and `{{other}}` as one module `{{name}}`, and stops: `import file mismatch`',
      mypy:
        'mypy ({{how}}) stops: Duplicate module named "{{name}}" (here and `{{other}}`{{more}})',
    },
  },
  create(context) {
    return {
      'project:exit'(project) {
        const layout = layoutOf(project);
        // A finding names files of one module name, located at one and related to the others, so
        // a focused run (--staged) needs only the files that share a last name part with one in focus.
        const { focus } = context;
        let focusNames: Set<string> | null = null;
        if (focus) {
          focusNames = new Set();
          for (const f of project.files) if (isPythonSource(f.name) && focus(f.path)) focusNames.add(lastPart(f));
        }
        const mayMatter = (f: ProjectFile): boolean => focusNames === null || focusNames.has(lastPart(f));
        // pytest fails on every file after the first; mypy stops at the first duplicate, once per name.
        const report = (messageId: 'pytest' | 'mypy', groups: Map<string, ProjectFile[]>, data: Record<string, string>): void => {
          for (const [name, files] of groups) {
            if (files.length < 2) continue;
            files.sort((a, b) => (a.path < b.path ? -1 : 1));
            const also = (f: ProjectFile) => ({ message: `also module \`${name}\``, location: fileStart(f.path) });
            for (const file of messageId === 'pytest' ? files.slice(1) : [files[1]!]) {
              context.report({
                messageId,
                data: { ...data, name, other: files[0]!.path, more: files.length > 2 && messageId === 'mypy' ? ` (and ${files.length - 2} more)` : '' },
                at: fileStart(file.path),
                related: (messageId === 'pytest' ? [files[0]!] : files.filter((f) => f !== file)).map(also),
              });
            }
          }
        };

        // pytest, per Python project (its rootdir and settings): test modules named from the first
        // folder above them without __init__.py. conftest.py files are exempt: pytest drops the
        // previous `conftest` from sys.modules before importing the next one.
        const pytestGroups = new Map<PythonProject, Map<string, ProjectFile[]>>();
        for (const file of project.files) {
          if (file.name === 'conftest.py' || !file.name.endsWith('.py') || !mayMatter(file) || !layout.usage.importedByPytest(file)) continue;
          // A cookiecutter template's own tests run under pytest-cookies, by the template's author.
          if (layout.usage.inTemplate(file.dir)) continue;
          const py = layout.projectOf(file.dir);
          if (layout.usage.pytest(py.dir).importMode === 'importlib') continue;
          const name = pytestModuleName(file);
          let groups = pytestGroups.get(py);
          if (!groups) pytestGroups.set(py, (groups = new Map()));
          const list = groups.get(name);
          if (list) list.push(file);
          else groups.set(name, [file]);
        }
        for (const [py, groups] of pytestGroups) {
          if (![...groups.values()].some((files) => files.length > 1) || !runsPytest(project, layout, py)) continue;
          const scope = pytestScope(project, layout, py);
          // Test modules that import their folder's modules by bare name (`from codediff import …`,
          // `import train` in flax's examples) run only with that folder on sys.path, one folder per
          // pytest run: such a project runs them apart (flax's run_all_tests.sh, one example at a time).
          const apart = (files: ProjectFile[]): boolean => files.every((f) => layout.importedByBareName(f.dir, 'any'));
          // pytest-relaxed (invoke, fabric), active once installed, skips every path with a part
          // starting with `_`: `tests/_support/` is never collected.
          const relaxed = importsModule(project, layout, py, 'pytest_relaxed');
          const rel = (f: ProjectFile): string => (py.dir.path ? f.path.slice(py.dir.path.length + 1) : f.path);
          const inScope = new Map<string, ProjectFile[]>();
          for (const [name, files] of groups) {
            const kept = (scope ? files.filter((f) => f.path.startsWith(scope)) : files).filter((f) => !relaxed || !rel(f).split('/').some((part) => part.startsWith('_')));
            if (!apart(kept)) inScope.set(name, kept);
          }
          report('pytest', inScope, { mode: layout.usage.pytest(py.dir).importMode });
        }

        // mypy: the files its config names, per project; the files a pre-commit hook passes.
        const memos = new Map<boolean, Map<Directory, string | null>>([[true, new Map()], [false, new Map()]]);
        const byName = (files: Iterable<ProjectFile>, namespacePackages = true): Map<string, ProjectFile[]> => {
          const groups = new Map<string, ProjectFile[]>();
          for (const file of files) {
            if (!mayMatter(file)) continue;
            const name = mypyModuleName(file.dir, file.name.replace(/\.pyi?$/, ''), memos.get(namespacePackages)!, namespacePackages);
            if (!name) continue;
            const list = groups.get(name);
            // A stub and its source in one folder are one module (the stub wins).
            if (list?.some((f) => f.dir === file.dir)) continue;
            if (list) list.push(file);
            else groups.set(name, [file]);
          }
          return groups;
        };
        const configs = new Map<PythonProject, MypyConfig | null>();
        for (const py of layout.projects) {
          const config = mypyConfigOf(project, py);
          configs.set(py, config);
          if (!config?.files || config.customNaming || config.exclude === null) continue;
          const files = mypyFiles(project, py.dir, config.files, config.exclude);
          if (files) report('mypy', byName(files), { how: `\`files\` in ${joinPath(py.dir.path, config.file)}` });
        }
        const rootConfig = configs.get(layout.projectOf(project.tree)) ?? null;
        const hooksText = project.tree.files.has('.pre-commit-config.yaml') ? project.readText('.pre-commit-config.yaml') : null;
        const hooks = hooksText ? preCommitMypyHooks(hooksText) : null;
        if (hooks && !rootConfig?.customNaming) {
          // pre-commit passes tracked files only.
          const tracked = project.files.filter((f) => f.tracked && isPythonSource(f.name));
          for (const hook of hooks) {
            if (hook.customNaming) continue;
            report('mypy', byName(tracked.filter((f) => hook.selects(f.path)), hook.namespacePackages), { how: 'the pre-commit hook' });
          }
        }
      },
    };
  },
});

/**
 * Whether a Python project shows that pytest runs its tests: pytest settings, a `conftest.py`, or a
 * module that imports pytest. Test modules alone say nothing: gevent's copies of CPython's
 * unittest suites (one folder per Python version) are run by its own runner, one folder at a time.
 */
function runsPytest(project: Project, layout: ReturnType<typeof layoutOf>, py: PythonProject): boolean {
  if (layout.usage.pytest(py.dir).file !== null) return true;
  const inside = (f: ProjectFile): boolean => layout.projectOf(f.dir) === py;
  if (project.files.some((f) => f.name === 'conftest.py' && inside(f))) return true;
  return importsModule(project, layout, py, 'pytest');
}

/** Some module of the Python project imports `name` (or a submodule of it). */
function importsModule(project: Project, layout: ReturnType<typeof layoutOf>, py: PythonProject, name: string): boolean {
  const is = (n: string | null): boolean => n === name || (n ?? '').startsWith(`${name}.`);
  return project.files.some((f) => f.name.endsWith('.py') && layout.projectOf(f.dir) === py && project.module(f).facts.imports.some((i) =>
    i.kind === 'import' ? i.names.some((n) => is(n.name)) : i.level === 0 && is(i.module)));
}

/**
 * Where a project without pytest settings runs pytest, as a path prefix, or null for its whole
 * folder: the folder that holds all its `conftest.py` files. With no `testpaths`, `pytest` run at
 * the root would collect everything; but a project whose conftest files all sit in `test/units/`
 * (ansible, whose `test/integration/targets/` hold Ansible plugins named `test_*.py`, run by its own
 * tool) runs pytest there, and a collision elsewhere is no error anyone meets.
 */
function pytestScope(project: Project, layout: ReturnType<typeof layoutOf>, py: PythonProject): string | null {
  if (layout.usage.pytest(py.dir).file !== null) return null;
  let common: Directory | null = null;
  for (const f of project.files) {
    if (f.name !== 'conftest.py' || layout.projectOf(f.dir) !== py) continue;
    if (!common) common = f.dir;
    else while (common !== py.dir && !(f.dir.path === common.path || f.dir.path.startsWith(`${common.path}/`))) common = common.parent!;
  }
  return !common || common === py.dir ? null : `${common.path}/`;
}

/** The last part of the module name pytest or mypy gives a file: its stem, or its folder's name for an `__init__` (a `-stubs` folder's without the suffix). */
function lastPart(file: ProjectFile): string {
  const stem = file.name.slice(0, file.name.endsWith('.pyi') ? -4 : -3);
  if (stem !== '__init__') return stem;
  const name = file.dir.name;
  return name.endsWith('-stubs') ? name.slice(0, -6) : name;
}

/** pytest's module name in `prepend`/`append` mode: the file's name after the packages above it (up to a folder name that is no identifier). */
function pytestModuleName(file: ProjectFile): string {
  const parts = [file.name.slice(0, -3)];
  for (let d: Directory | null = file.dir; d && d.parent && d.files.has('__init__.py'); d = d.parent) {
    if (!isIdentifier(d.name)) break;
    parts.unshift(d.name);
  }
  return parts.join('.');
}

function mypyConfigOf(project: Project, py: PythonProject): MypyConfig | null {
  const read = (name: string): string | null => (py.dir.files.has(name) ? project.readText(joinPath(py.dir.path, name)) : null);
  return readMypyConfig({ mypyIni: read('mypy.ini'), dotMypyIni: read('.mypy.ini'), pyproject: py.pyproject, setupCfg: read('setup.cfg') });
}

/**
 * The files mypy checks for a `files` setting, run from `base`: each entry a file, a folder (searched
 * as mypy's `find_sources_in_dir` does: no `__pycache__`, `site-packages`, `node_modules` or dot
 * folders, nothing `exclude` matches, a folder `foo/` with sources hides `foo.py`, `foo.pyi` hides
 * `foo.py`) or a glob. Null when an entry names nothing (mypy then stops with its own error).
 */
function mypyFiles(project: Project, base: Directory, entries: readonly string[], exclude: readonly RegExp[]): ProjectFile[] | null {
  const out = new Set<ProjectFile>();
  const rel = (p: string): string => (base.path ? p.slice(base.path.length + 1) : p);
  const excluded = (p: string): boolean => exclude.some((r) => r.test(p));
  const walk = (dir: Directory): boolean => {
    let any = false;
    const seen = new Set<string>();
    for (const sub of [...dir.dirs.values()].sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (['__pycache__', 'site-packages', 'node_modules'].includes(sub.name) || sub.name.startsWith('.') || excluded(`${rel(sub.path)}/`)) continue;
      if (walk(sub)) {
        seen.add(sub.name);
        any = true;
      }
    }
    const files = [...dir.files.values()].filter((f) => isPythonSource(f.name) && !f.name.startsWith('.'));
    // `.pyi` before `.py`, as mypy sorts them.
    files.sort((a, b) => (a.name.endsWith('.pyi') === b.name.endsWith('.pyi') ? (a.name < b.name ? -1 : 1) : a.name.endsWith('.pyi') ? -1 : 1));
    for (const f of files) {
      const stem = f.name.replace(/\.pyi?$/, '');
      if (seen.has(stem) || excluded(rel(f.path))) continue;
      seen.add(stem);
      out.add(f);
      any = true;
    }
    return any;
  };
  for (const entry of entries) {
    const clean = entry.replace(/^\.\//, '').replace(/\/+$/, '');
    if (/[*?[]/.test(clean)) {
      const match = picomatch(clean, { dot: false });
      for (const f of project.files) if (isPythonSource(f.name) && f.path.startsWith(base.path) && match(rel(f.path))) out.add(f);
      continue;
    }
    const dir = clean === '' || clean === '.' ? base : dirAt(base, clean);
    if (dir) {
      if (!walk(dir)) return null;
      continue;
    }
    const file = fileAt(base, clean);
    if (!file) return null;
    out.add(file);
  }
  return [...out];
}
