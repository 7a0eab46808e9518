import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** A real CPython bytecode file for `source`, compiled by python3 (for fixtures that need one). */
export function compiledBytecode(source = 'x = 1\n'): Buffer {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dunderlint-pyc-'));
  try {
    fs.writeFileSync(path.join(dir, 'm.py'), source);
    execFileSync('python3', ['-c', 'import py_compile,sys; py_compile.compile(sys.argv[1], cfile=sys.argv[2], doraise=True)', path.join(dir, 'm.py'), path.join(dir, 'm.pyc')]);
    return fs.readFileSync(path.join(dir, 'm.pyc'));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
