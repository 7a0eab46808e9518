#!/usr/bin/env node
/**
 * CPython 3.14 through pyodide (CPython compiled to WebAssembly, loaded offline from node_modules),
 * run in its own process because pyodide's loader needs real dynamic imports (not jest's VM).
 *   node pyodide-reference.js facts LIST  paths in the file LIST, one per line; one reference_facts.py JSON line each out
 *   node pyodide-reference.js extract DIR  prints the Python version, then copies the stdlib's .py
 *                                          files under DIR and prints their paths
 * Host files are read through a NODEFS mount of `/` at /host.
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { loadPyodide } = require('pyodide');

const HOST = '/host';

async function main() {
  const [mode, arg] = process.argv.slice(2);
  const py = await loadPyodide({ stdout: () => {}, stderr: (s) => process.stderr.write(s + '\n') });
  py.FS.mkdir(HOST);
  py.FS.mount(py.FS.filesystems.NODEFS, { root: '/' }, HOST);
  py.FS.writeFile('/reference_facts.py', fs.readFileSync(path.join(__dirname, 'reference_facts.py'), 'utf8'));
  py.runPython('import sys, json, platform, zipfile; sys.path.insert(0, "/"); import reference_facts');
  if (mode === 'facts') {
    // From a file, not stdin: pyodide's loader leaves fd 0 non-blocking, and a read then fails with EAGAIN.
    const paths = fs.readFileSync(arg, 'utf8').split('\n').filter(Boolean);
    py.globals.set('_paths', JSON.stringify(paths.map((p) => HOST + path.resolve(p))));
    const out = JSON.parse(py.runPython('json.dumps([reference_facts.facts_of(p) for p in json.loads(_paths)], ensure_ascii=False)'));
    for (const n of out) {
      n.path = n.path.slice(HOST.length);
      process.stdout.write(JSON.stringify(n) + '\n');
    }
  } else if (mode === 'extract') {
    process.stdout.write(py.runPython('platform.python_version()') + '\n');
    py.globals.set('_dir', HOST + path.resolve(arg));
    const names = JSON.parse(
      py.runPython(`
_zip = next(p for p in sys.path if p.endswith('.zip'))
with zipfile.ZipFile(_zip) as z:
    _names = [n for n in z.namelist() if n.endswith('.py')]
    for n in _names:
        z.extract(n, _dir)
json.dumps(_names)
`),
    );
    for (const n of names) process.stdout.write(path.join(path.resolve(arg), n) + '\n');
  } else {
    throw new Error(`unknown mode ${mode}`);
  }
}

main().catch((e) => {
  process.stderr.write(String(e && e.stack ? e.stack : e) + '\n');
  process.exit(2);
});
