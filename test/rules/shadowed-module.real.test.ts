/**
 * `shadowed-module` against CPython's import system: for every standard library name of every
 * CPython on the machine, a namesake beside a script, and the real interpreter says which one
 * `import name` would load. Every finding must be a name CPython loads from the script's folder;
 * the names the rule leaves out must be the ones CPython does not, or a distribution's built-ins.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import shadowedModule from '../../rules/shadowed-module';
import { stdlibImportsOf } from '../../src/project/environment/environment';
import { STDLIB_MODULES, UNSHADOWABLE } from '../../src/project/environment/stdlib-modules';
import { lint } from '../../src/lint';
import { installedCPythons } from '../conformance/compare';
import { installedPytests, runPytest } from '../helpers/pytest';
import { makeTree } from '../helpers/tree';

const cpythons = installedCPythons().filter((c) => c.executable !== 'python3');
if (cpythons.length === 0 && process.env.CI) throw new Error('no pyenv CPython found: the shadowed-module checks need them');
if (cpythons.length === 0) console.log('shadowed-module.real: no pyenv CPython found, checks skipped');
const withCPython = cpythons.length ? it : it.skip;

const minor = (version: string): string => version.split('.').slice(0, 2).join('.');

/**
 * CPython's start-up, then its import system's answer for each name: `python -S where.py SITE TOOLS
 * names…` imports \`site\` and reads a site folder SITE holding one .pth file (as a start-up does,
 * without this machine's own .pth files), then puts the script folder TOOLS first on sys.path, as
 * CPython does after start-up for a script run by path. Nothing is imported: names already in
 * sys.modules are "preloaded", the others are looked up with the meta path finders in order, as
 * the import statement does.
 */
const WHERE = `
import sys, site
site.addsitedir(sys.argv[1])
pre = set(sys.modules)
here = sys.argv[2]
sys.path.insert(0, here)
out = []
for name in sys.argv[3:]:
    if name in pre:
        out.append(name + ' preloaded')
        continue
    origin = None
    for finder in sys.meta_path:
        spec = finder.find_spec(name, None)
        if spec is not None:
            origin = spec.origin or 'namespace'
            break
    local = isinstance(origin, str) and origin.startswith(here + '/')
    out.append(name + (' local' if local else ' stdlib'))
print('\\n'.join(out))
`;

describe('a namesake of every standard library module beside a script', () => {
  withCPython.each(cpythons.map((c) => [minor(c.version), c.executable] as const))('Python %s: every finding is a module CPython loads from the script folder', async (version, executable) => {
    const names = STDLIB_MODULES[version]!.split(' ').filter((n) => n !== '__future__');
    const tree: Record<string, string> = {
      'pyproject.toml': `[project]\nname = "probe"\nrequires-python = "==${version}.*"\n`,
      'probe/where.py': WHERE,
      'probe/site/probe.pth': '# nothing\n',
      'tools/run.py': `#!/usr/bin/env python3\n${names.map((n) => `import ${n}`).join('\n')}\n`,
    };
    for (const n of names) tree[`tools/${n}.py`] = '';
    const dir = makeTree(tree);
    const lines = execFileSync(executable, ['-S', path.join(dir, 'probe', 'where.py'), path.join(dir, 'probe', 'site'), path.join(dir, 'tools'), ...names], { cwd: dir, encoding: 'utf8' }).trim().split('\n');
    const local = new Set(lines.filter((l) => l.endsWith(' local')).map((l) => l.split(' ')[0]!));

    const result = await lint({ cwd: dir, rules: [shadowedModule] });
    const reported = new Set(result.diagnostics.map((d) => /standard library module `([^`]+)`/.exec(d.message)![1]!));
    // Precision: every finding is real.
    expect([...reported].filter((n) => !local.has(n))).toEqual([]);
    // Recall: what the rule leaves out is what some CPython build loads before the script (the
    // table), never a name this CPython loads from the folder and no build pre-empts.
    const unshadowable = new Set(UNSHADOWABLE[version]!.split(' '));
    expect([...local].filter((n) => !reported.has(n) && !unshadowable.has(n))).toEqual([]);
    // The cases of the docs page.
    expect(reported.has('tokenize')).toBe(true);
    expect(local.has('os') || local.has('sys')).toBe(false);
    fs.rmSync(dir, { recursive: true, force: true });
  }, 60_000);
});

/**
 * `python -S probe.py SITE FOLDER X T`: start-up as above, FOLDER first on sys.path, then `import X`
 * (whatever it raises once a namesake breaks it); prints the file the module T came from.
 */
const LOADED = `
import sys, site
site.addsitedir(sys.argv[1])
sys.path.insert(0, sys.argv[2])
try:
    __import__(sys.argv[3])
except BaseException:
    pass
print(getattr(sys.modules.get(sys.argv[4]), '__file__', None))
`;

describe('what a standard library module imports in turn (the table of indirect imports)', () => {
  const SAMPLE = ['subprocess', 'logging', 'inspect'];
  withCPython.each(cpythons.map((c) => [minor(c.version), c.executable] as const))('Python %s: a namesake beside the script is what the stdlib module loads', (version, executable) => {
    const pairs = SAMPLE.flatMap((x) => stdlibImportsOf(x, version).map((t) => [x, t] as const));
    expect(pairs.length).toBeGreaterThan(20);
    const tree: Record<string, string> = { 'probe/loaded.py': LOADED, 'probe/site/probe.pth': '# nothing\n' };
    for (const [, t] of pairs) tree[`shadow/${t}/${t}.py`] = '';
    const dir = makeTree(tree);
    const wrong = pairs.filter(([x, t]) => {
      const folder = path.join(dir, 'shadow', t);
      const file = execFileSync(executable, ['-S', path.join(dir, 'probe', 'loaded.py'), path.join(dir, 'probe', 'site'), folder, x, t], { encoding: 'utf8' }).trim();
      return file !== path.join(folder, `${t}.py`);
    });
    expect(wrong).toEqual([]);
    fs.rmSync(dir, { recursive: true, force: true });
  }, 120_000);
});

describe('the import really loads the namesake', () => {
  withCPython.each(cpythons.map((c) => [c.version, c.executable] as const))('Python %s: types.py beside a script that imports subprocess breaks it, as the rule says', async (version, executable) => {
    const tree = { 'tools/lint.py': '#!/usr/bin/env python3\nfrom subprocess import run\n', 'tools/types.py': 'from subprocess import run\n' };
    const dir = makeTree(tree);
    // -S: this machine's own .pth files import more at start-up than an environment has.
    const r = spawnSync(executable, ['-S', path.join(dir, 'tools', 'lint.py')], { cwd: dir, encoding: 'utf8' });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain(path.join(dir, 'tools', 'types.py'));
    const result = await lint({ cwd: makeTree({ ...tree, 'pyproject.toml': `[project]\nname = "x"\nrequires-python = "==${minor(version)}.*"\n` }), rules: [shadowedModule] });
    expect(result.diagnostics.map((d) => d.message)).toEqual([expect.stringContaining('`import subprocess` here imports `types` from `tools/types.py`')]);
  });

  withCPython.each(cpythons.map((c) => [c.version, c.executable] as const))('Python %s: tokenize.py beside run.py is what `import tokenize` loads, os.py is not', (_, executable) => {
    const dir = makeTree({
      'tools/run.py': 'import os\nimport tokenize\nprint(tokenize.__file__)\nprint(os.__file__)\n',
      'tools/tokenize.py': '',
      'tools/os.py': 'raise SystemExit("local os.py was imported")\n',
    });
    const [tokenizeFile, osFile] = execFileSync(executable, [path.join(dir, 'tools', 'run.py')], { cwd: dir, encoding: 'utf8' }).trim().split('\n');
    expect(tokenizeFile).toBe(path.join(dir, 'tools', 'tokenize.py'));
    expect(osFile!.startsWith(dir)).toBe(false);
  });
});

describe('under pytest (prepend import mode)', () => {
  const pytests = installedPytests();
  if (pytests.length === 0 && process.env.CI) throw new Error('pytest is missing: apt-get install python3-pytest');
  if (pytests.length === 0) console.log('shadowed-module.real: no pytest found, pytest checks skipped');
  const withPytest = pytests.length ? it : it.skip;

  withPytest.each(pytests.map((p) => [p.version, p] as const))('pytest %s: a test folder module shadows what the rule reports, and not what pytest imported first', async (_, p) => {
    const tree = {
      'tests/test_a.py': 'import sched\nimport logging\n\ndef test_a():\n    assert sched.__file__.endswith("tests/sched.py")\n    assert not logging.__file__.endswith("tests/logging.py")\n',
      'tests/sched.py': '',
      'tests/logging.py': '',
    };
    const dir = makeTree(tree);
    const run = runPytest(p, dir, '-q');
    expect(run.output).toContain('1 passed');
    const result = await lint({ cwd: makeTree(tree), rules: [shadowedModule] });
    expect(result.diagnostics.map((d) => `${d.location.path}:${d.location.start.line} ${/module `(\w+)`/.exec(d.message)?.[1]}`)).toEqual(['tests/test_a.py:1 sched']);
  }, 60_000);
});
