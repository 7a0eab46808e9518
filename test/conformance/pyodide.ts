/** CPython 3.14 as a judge through pyodide (see pyodide-reference.js), in the shape of the CPython ones. */
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import type { Normalized } from './compare';

const SCRIPT = path.join(__dirname, 'pyodide-reference.js');

function run(args: string[], input = ''): string {
  const r = spawnSync(process.execPath, [SCRIPT, ...args], { input, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`pyodide ${args[0]} failed: ${r.stderr}`);
  return r.stdout;
}

export function pyodideReferenceFacts(files: readonly string[]): Map<string, Normalized> {
  const out = new Map<string, Normalized>();
  for (const line of run(['facts'], files.join('\n')).split('\n')) {
    if (!line) continue;
    const n = JSON.parse(line) as Normalized;
    out.set(n.path, n);
  }
  return out;
}

/** pyodide's Python version, and the `.py` files of its standard library (its `python3XX.zip`) copied under `dir`. */
export function extractPyodideStdlib(dir: string): { version: string; files: string[] } {
  const [version, ...files] = run(['extract', dir]).split('\n').filter(Boolean);
  return { version: version!, files: files.sort() };
}
