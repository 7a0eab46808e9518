/**
 * The typing rules checked against the real pyright: typed packages installed in a venv's
 * site-packages, a consumer module outside it importing every name, one pyright run for the whole
 * matrix. Our findings must equal pyright's "is not exported" (reportPrivateImportUsage, py.typed
 * `.py`) and "is unknown import symbol" (stubs) diagnostics, except where the rule differs on
 * purpose (`deliberate` below).
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cli, json } from '../helpers/cli';
import { needs } from '../helpers/tools';
import { makeTree, type Tree } from '../helpers/tree';

const PYRIGHT = path.join(__dirname, '..', '..', 'node_modules', 'pyright', 'index.js');
const SITE = 'venv/lib/python3.11/site-packages';

/** Packages, each a set of files under site-packages. All ship py.typed. */
const packages: Tree = {
  // from . import x / from .. import x: pyright's binder treats these as externally visible.
  'p_rel/__init__.py': 'from .core import A\nfrom . import sub\n',
  'p_rel/core.py': 'class A: pass\n',
  'p_rel/sub.py': 'X = 1\n',
  // Redundant alias exports, a renaming alias does not.
  'p_alias/__init__.py': 'from .core import A as A\nfrom .core import B as C\n',
  'p_alias/core.py': 'class A: pass\nclass B: pass\n',
  'p_all/__init__.py': 'from .core import A, B, D\n__all__ = ["A"]\n__all__ += ["D"]\n',
  'p_all/core.py': 'class A: pass\nclass B: pass\nclass D: pass\n',
  'p_dunder/__init__.py': 'from ._version import __version__\n',
  'p_dunder/_version.py': '__version__ = "1"\n',
  'p_abs/__init__.py': 'from p_abs.core import A\n',
  'p_abs/core.py': 'class A: pass\n',
  'p_priv/__init__.py': 'from .core import _helper\n',
  'p_priv/core.py': 'def _helper(): pass\n',
  'p_used/__init__.py': 'from .util import tool\nDEFAULT = tool()\n',
  'p_used/util.py': 'def tool(): return 1\n',
  // A subpackage other code imports from is an API surface too.
  'p_sub/__init__.py': '',
  'p_sub/core.py': 'class Z: pass\n',
  'p_sub/api/__init__.py': 'from .. import core\nfrom ..core import Z\nfrom . import impl\nfrom .impl import W\n',
  'p_sub/api/impl.py': 'class W: pass\n',
  'p_user/__init__.py': 'from p_sub.api import W as W\n',
  // A star import of a .py module passes on what it imports; of a .pyi stub, only its public names.
  'p_star/__init__.py': 'from .impl import *\n',
  'p_star/impl.py': 'import os\nfrom typing import Any\nclass X: pass\n',
  'p_starall/__init__.py': 'from .impl import *\n',
  'p_starall/impl.py': 'import os\nclass X: pass\n__all__ = ["X"]\n',
  // A star import in a stub of a `.py` module (no stub of its own) passes on what the `.py` imports.
  'p_stubstar/__init__.py': 'from .impl import *\n',
  'p_stubstar/__init__.pyi': 'from .impl import *\n',
  'p_stubstar/impl.py': 'import os\nclass X: pass\n',
  'p_both/__init__.py': 'from .impl import *\n',
  'p_both/impl.py': 'import os\nclass X: pass\n',
  'p_both/impl.pyi': 'import os\nclass X: ...\n',
  // Stubs: an import without `as` is private; `from . import x` and redundant aliases are not.
  'p_stub/__init__.py': '',
  'p_stub/__init__.pyi': 'import json as json\nfrom .core import A\nfrom .core import B as B\nfrom . import sub\nfrom .impl import *\n',
  'p_stub/core.pyi': 'class A: pass\nclass B: pass\n',
  'p_stub/sub.pyi': 'X: int\n',
  'p_stub/impl.pyi': 'import os\nfrom typing import Any\nfrom typing import List as List\nclass Y: ...\n',
  // An `__all__` pyright cannot follow (`name + [...]`, even `[...] + [...]`): it reports the form
  // and exports every public name (scikit-image's `__init__.pyi`).
  'p_binop/__init__.py': 'from .core import A, B, C\n_names = ["A"]\n__all__ = _names + ["B"]\n',
  'p_binop/core.py': 'class A: pass\nclass B: pass\nclass C: pass\n',
  'p_binstub/__init__.py': '',
  'p_binstub/__init__.pyi': 'from .core import A, B, C\n_names = ["A"]\n__all__ = _names + ["B"]\n',
  'p_binstub/core.pyi': 'class A: ...\nclass B: ...\nclass C: ...\n',
  'p_binlit/__init__.py': 'from .core import A, B, C\n__all__ = ["A"] + ["B"]\n',
  'p_binlit/core.py': 'class A: pass\nclass B: pass\nclass C: pass\n',
  // A stub next to the module governs: the `.py` is not what importers see.
  'p_shadow/__init__.py': 'from .core import A\n',
  'p_shadow/__init__.pyi': 'from .core import A as A\nfrom .core import B\n',
  'p_shadow/core.py': 'class A: pass\nclass B: pass\n',
};

type Verdict = 'hidden' | 'exported';
/** Every name the consumer imports, with pyright's verdict. */
const matrix: Array<{ module: string; name: string; pyright: Verdict; why: string }> = [
  { module: 'p_rel', name: 'A', pyright: 'hidden', why: 'relative import' },
  { module: 'p_rel', name: 'sub', pyright: 'exported', why: 'from . import sub' },
  { module: 'p_alias', name: 'A', pyright: 'exported', why: 'redundant alias' },
  { module: 'p_alias', name: 'C', pyright: 'hidden', why: 'renaming alias' },
  { module: 'p_all', name: 'A', pyright: 'exported', why: 'in __all__' },
  { module: 'p_all', name: 'B', pyright: 'hidden', why: 'missing from __all__' },
  { module: 'p_all', name: 'D', pyright: 'exported', why: 'in __all__ +=' },
  { module: 'p_dunder', name: '__version__', pyright: 'hidden', why: 'dunder' },
  { module: 'p_abs', name: 'A', pyright: 'hidden', why: 'absolute self-import' },
  { module: 'p_priv', name: '_helper', pyright: 'hidden', why: 'private name' },
  { module: 'p_used', name: 'tool', pyright: 'hidden', why: 'used inside the __init__.py' },
  { module: 'p_sub.api', name: 'core', pyright: 'exported', why: 'from .. import core' },
  { module: 'p_sub.api', name: 'Z', pyright: 'hidden', why: 'from ..core import Z' },
  { module: 'p_sub.api', name: 'impl', pyright: 'exported', why: 'from . import impl (subpackage)' },
  { module: 'p_sub.api', name: 'W', pyright: 'hidden', why: 'relative import (subpackage)' },
  { module: 'p_star', name: 'X', pyright: 'exported', why: 'star import of a .py: its class' },
  { module: 'p_star', name: 'os', pyright: 'exported', why: 'star import of a .py: its `import os` leaks' },
  { module: 'p_star', name: 'Any', pyright: 'exported', why: 'star import of a .py: its `from typing import Any` leaks' },
  { module: 'p_starall', name: 'X', pyright: 'exported', why: 'star import of a .py with __all__: a name in it' },
  { module: 'p_starall', name: 'os', pyright: 'hidden', why: 'star import of a .py with __all__: `import os` stays behind' },
  { module: 'p_stubstar', name: 'X', pyright: 'exported', why: 'star import in a stub of a .py: its class' },
  { module: 'p_stubstar', name: 'os', pyright: 'exported', why: 'star import in a stub of a .py: its `import os` leaks' },
  { module: 'p_both', name: 'X', pyright: 'exported', why: 'star import of a module with a .pyi: its class' },
  { module: 'p_both', name: 'os', pyright: 'hidden', why: 'star import of a module with a .pyi: the stub hides `import os`' },
  { module: 'p_stub', name: 'json', pyright: 'exported', why: 'stub: import json as json' },
  { module: 'p_stub', name: 'A', pyright: 'hidden', why: 'stub: from .core import A' },
  { module: 'p_stub', name: 'B', pyright: 'exported', why: 'stub: from .core import B as B' },
  { module: 'p_stub', name: 'sub', pyright: 'exported', why: 'stub: from . import sub' },
  { module: 'p_stub', name: 'Y', pyright: 'exported', why: 'stub: star import of a stub, its class' },
  { module: 'p_stub', name: 'List', pyright: 'exported', why: 'stub: star import of a stub, its `List as List`' },
  { module: 'p_stub', name: 'os', pyright: 'hidden', why: 'stub: star import of a stub, its `import os`' },
  { module: 'p_stub', name: 'Any', pyright: 'hidden', why: 'stub: star import of a stub, its `from typing import Any`' },
  { module: 'p_binop', name: 'A', pyright: 'exported', why: '__all__ = name + [...]: unsupported, every public name' },
  { module: 'p_binop', name: 'C', pyright: 'exported', why: '__all__ = name + [...]: unsupported, every public name' },
  { module: 'p_binstub', name: 'C', pyright: 'exported', why: 'stub, __all__ = name + [...]: unsupported, every public name' },
  { module: 'p_binlit', name: 'C', pyright: 'exported', why: '__all__ = [...] + [...]: unsupported too, every public name' },
  { module: 'p_shadow', name: 'A', pyright: 'exported', why: '__init__.pyi governs: A as A' },
  { module: 'p_shadow', name: 'B', pyright: 'hidden', why: '__init__.pyi governs: from .core import B' },
];

/**
 * Where the rules differ from pyright on purpose: pyright hides the name, we do not report it.
 * - a name used inside the `__init__.py` is imported for the module's own use; reporting those
 *   produced hundreds of findings maintainers rejected.
 * - a private name (`_helper`) is not API: "add it to __all__" would be the wrong advice.
 * - in a subpackage, a name no code of the project takes from it (`p_sub.api.Z`; `W` is taken):
 *   what a subpackage imports only for itself (rq.cli's commands, imported to register them) is
 *   not its API.
 */
const deliberate = new Set(['p_used.tool', 'p_priv._helper', 'p_sub.api.Z']);

/** Names a star import copies from another library (what star-import-leak is about). */
const starLeaks = new Set(['p_star.os', 'p_star.Any', 'p_starall.os', 'p_stubstar.os', 'p_both.os', 'p_stub.os', 'p_stub.Any']);

const describeIf = needs(fs.existsSync(PYRIGHT) ? null : `pyright is missing (${PYRIGHT}): run npm ci`).describe;

describeIf('typing rules agree with pyright', () => {
  let root: string;
  let pyrightHidden: Set<string>;
  let ours: Array<Record<string, any>>;

  beforeAll(() => {
    const tree: Tree = {
      'pyrightconfig.json': JSON.stringify({ venvPath: '.', venv: 'venv', include: ['consumer.py'], pythonVersion: '3.11' }),
      // One import per line, so a diagnostic's line names the row it belongs to.
      'consumer.py': matrix.map((r, i) => `from ${r.module} import ${r.name} as n${i}\n`).join(''),
    };
    for (const top of new Set(Object.keys(packages).map((f) => f.split('/')[0]))) tree[`${SITE}/${top}/py.typed`] = '';
    for (const [rel, text] of Object.entries(packages)) tree[`${SITE}/${rel}`] = text;
    root = makeTree(tree);

    const run = spawnSync(process.execPath, [PYRIGHT, '--outputjson'], { cwd: root, encoding: 'utf8', timeout: 120_000 });
    // pyright exits 1 when it reports errors (it does here); anything else means it did not run.
    if (run.status !== 0 && run.status !== 1) throw new Error(`pyright failed (${run.status}): ${run.error?.message ?? run.stderr}`);
    const out = JSON.parse(run.stdout) as { generalDiagnostics: Array<{ rule?: string; message: string; range: { start: { line: number } } }> };
    pyrightHidden = new Set();
    for (const d of out.generalDiagnostics) {
      // "X" is not exported from module "m" (py.typed .py), "X" is unknown import symbol (stubs).
      if (!/is not exported from module|is unknown import symbol/.test(d.message)) continue;
      const row = matrix[d.range.start.line]!;
      expect(d.message).toContain(`"${row.name}"`);
      pyrightHidden.add(`${row.module}.${row.name}`);
    }

    const lint = cli(path.join(root, SITE), '--format', 'json', '.');
    ours = json(lint).diagnostics;
  }, 180_000);

  const keys = (verdict: Verdict, filter: (key: string) => boolean) =>
    matrix.filter((r) => r.pyright === verdict).map((r) => `${r.module}.${r.name}`).filter(filter).sort();

  it('pyright sees the installed packages as the matrix expects', () => {
    expect([...pyrightHidden].sort()).toEqual(keys('hidden', () => true));
  });

  it('implicit-reexport reports exactly the names pyright hides from importers, except names used in the module and private names', () => {
    const reported = ours
      .filter((d) => d.rule === 'implicit-reexport')
      .map((d) => {
        // "`name` is imported into `pkg` but …" (py.typed .py), "`pkg` stub imports `name` …" (stubs).
        const m = /^`([^`]+)` is imported into `([^`]+)`/.exec(d.message as string);
        const [, pkg, name] = m ? [m[0], m[2], m[1]] : /^`([^`]+)` stub imports `([^`]+)`/.exec(d.message as string)!;
        return `${pkg}.${name}`;
      })
      .sort();
    const expected = [...pyrightHidden].filter((k) => !deliberate.has(k) && !starLeaks.has(k)).sort();
    expect(reported).toEqual(expected);
    // The deliberate differences: pyright reports these, we do not.
    for (const k of deliberate) {
      expect(pyrightHidden).toContain(k);
      expect(reported).not.toContain(k);
    }
  });

  it('star-import-leak reports a star import exactly when pyright lets the imported names through', () => {
    const leaked = new Set<string>();
    for (const d of ours.filter((d) => d.rule === 'star-import-leak')) {
      const pkg = (d.path as string).split('/').slice(0, -1).join('.');
      // The names come in the first parentheses: "… copies what `.impl` imports (`os`, `Any`) …".
      const names = /\(([^)]*)\)/.exec(d.message as string)![1]!;
      for (const [, name] of names.matchAll(/`([^`]+)`/g)) leaked.add(`${pkg}.${name}`);
    }
    const throughPyright = [...starLeaks].filter((k) => !pyrightHidden.has(k)).sort();
    expect([...leaked].sort()).toEqual(throughPyright);
  });

  it('in a stub, a name pyright hides is reported with pyright\'s stub diagnostic in the message', () => {
    const stub = ours.find((d) => d.rule === 'implicit-reexport' && d.path === 'p_stub/__init__.pyi');
    expect(stub?.message).toContain('is unknown import symbol');
  });
});
