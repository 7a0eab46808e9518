import picomatch from 'picomatch';
import { wheelOmissionClause, wheelPackages } from '../src/project/backends/setuptools';
import { defineRule, fileStart } from '../src/engine/rule';
import { layoutOf } from '../src/project/layout';
import { hasInit, type Directory } from '../src/project/model';
import { isPythonSource } from '../src/project/project';
import { DEFAULT_IGNORE_NAMES, underIgnoredName } from '../src/project/usage';
import { isModuleName, isMisspelledInit } from '../src/python/names';

export default defineRule({
  id: 'implicit-namespace-package',
  meta: {
    description: 'A folder of modules inside a regular package, without `__init__.py`, that nothing imports as a package',
    defaultSeverity: 'warn',
    fixable: 'safe',
    messages: {
      implicit:
        '`{{dir}}/` in a package has no `__init__.py`{{consequence}}',
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
        // `__pycache__/` holds what CPython compiled, never a package.
        if (!dir.parent || !hasInit(dir.parent) || hasInit(dir) || !isModuleName(dir.name) || dir.name === '__pycache__') return;
        const modules = [...dir.files.values()].filter((f) => isPythonSource(f.name)).sort((a, b) => (a.name < b.name ? -1 : 1));
        if (modules.length === 0 || [...dir.files.keys()].some(isMisspelledInit)) return;
        // Beside a module of the same name (`api.py` and `api/`), the module is what `pkg.api`
        // imports; an `__init__.py` would make the folder shadow it.
        if (dir.parent.files.has(`${dir.name}.py`)) return;
        // Files no import can name (`02_page2.py`, streamlit's pages) are run by path, not imported.
        if (modules.every((m) => !isModuleName(m.name.slice(0, m.name.lastIndexOf('.'))))) return;
        const layout = layoutOf(project);
        // Imported as a package: missing-init reports it. Declared or metadata-level namespaces are
        // intended; a nested project's folder or a stub root is a root, not a subpackage.
        if (layout.packageUses.has(dir) || layout.isRoot(dir) || layout.isRoot(dir.parent) || layout.isDeclaredNamespace(dir)) return;
        const py = layout.projectOf(dir);
        if (py.config.namespaces || layout.usage.isVendored(dir) || underIgnoredName(dir, py.dir, ignored)) return;
        if (!inPackageCode(layout, dir, modules)) return;
        // Its modules import one another by bare name (`import train`): a folder of scripts run
        // from inside it (flax's examples), which an `__init__.py` would break.
        if (layout.importedByBareName(dir, 'any')) return;
        context.report({
          messageId: 'implicit',
          data: { dir: dir.path, parent: dir.parent.path, consequence: wheelOmissionClause(py, dir) },
          at: fileStart(modules[0]!.path),
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

/**
 * The folder sits in code the project runs as packages: its parent package is live package code
 * (not test data), and its own modules are not scripts or tool-loaded files. In a test tree, a folder
 * of collected test modules beside packaged test folders counts: pytest names its modules by
 * basename alone.
 */
function inPackageCode(layout: ReturnType<typeof layoutOf>, dir: Directory, modules: readonly import('../src/project/model').ProjectFile[]): boolean {
  const parentInit = dir.parent!.files.get('__init__.py') ?? dir.parent!.files.get('__init__.pyi');
  if (!parentInit) return false;
  const parent = layout.usage.of(parentInit);
  if (modules.every((m) => layout.usage.of(m).role === 'script')) return false;
  // Scripts and modules nothing imports, collects or runs, in a package the wheel leaves out
  // (gradio's demo apps, each launched on its own; instructor's examples/).
  if (modules.every((m) => { const u = layout.usage.of(m); return !u.live || u.role === 'script'; })) {
    const wheel = wheelPackages(layout.projectOf(dir));
    if (wheel && ![...wheel.packages.values()].includes(dir.parent!)) return false;
  }
  if (modules.every((m) => m.name.endsWith('.pyi'))) return false; // stubs: type checkers' rules
  if (parent.role === 'package' && parent.live && !layout.usage.inTestTree(dir)) return true;
  // A test folder left without `__init__.py` while as many of its sibling folders of Python files
  // have one; where most have none, init-less test folders are the project's convention (sanic's
  // and pymongo's tests, with one packaged folder among many).
  let packaged = 0;
  let bare = 0;
  for (const d of dir.parent!.dirs.values()) {
    if (d.files.has('__init__.py')) packaged++;
    else if (d === dir || [...d.files.keys()].some(isPythonSource)) bare++;
  }
  if (!layout.usage.inTestTree(dir) || packaged < bare) return false;
  // Under `--import-mode=importlib` pytest names test modules by path, not by basename.
  if (layout.usage.pytest(dir).importMode === 'importlib') return false;
  // Its tests import its modules by bare name (`from operations import x`): an `__init__.py` would break them.
  return modules.some((m) => layout.usage.collected(m) && m.name !== 'conftest.py') && !layout.importedByBareName(dir, 'tests');
}

