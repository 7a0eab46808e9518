/** CPython 3.14 as a judge through pyodide (see pyodide-reference.js), in the shape of the CPython ones. */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Normalized } from './compare';

const SCRIPT = path.join(__dirname, 'pyodide-reference.js');

function run(args: string[]): string {
  const r = spawnSync(process.execPath, [SCRIPT, ...args], { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`pyodide ${args[0]} failed: ${r.stderr}`);
  return r.stdout;
}

export function pyodideReferenceFacts(files: readonly string[]): Map<string, Normalized> {
  const out = new Map<string, Normalized>();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dunderlint-pyodide-'));
  const list = path.join(dir, 'paths.txt');
  fs.writeFileSync(list, files.join('\n'));
  let output: string;
  try {
    output = run(['facts', list]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  for (const line of output.split('\n')) {
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
