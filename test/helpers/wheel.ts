/** Wheels built by the real setuptools (Debian's python3), for the tests that check what ships. */
import { spawnSync } from 'node:child_process';
import { runs } from './tools';

export const SETUPTOOLS_PYTHON = '/usr/bin/python3';

/** Whether SETUPTOOLS_PYTHON can import every module named (`setuptools`, `wheel`, `setuptools_scm`). */
export function canImport(...modules: string[]): boolean {
  return runs(SETUPTOOLS_PYTHON, '-c', `import ${modules.join(', ')}`);
}

/** The paths in the wheel setuptools' PEP 517 `build_wheel` builds for the project in `dir`, dist-info left out. */
export function wheelFiles(dir: string): string[] {
  const script = [
    'import contextlib, os, sys, zipfile',
    'from setuptools import build_meta',
    // build_wheel rewrites sys.argv for setup()
    'root = sys.argv[1]',
    'os.chdir(root)',
    'with contextlib.redirect_stdout(sys.stderr):',
    '    name = build_meta.build_wheel(os.path.join(root, "dist"))',
    'print("\\n".join(sorted(n for n in zipfile.ZipFile(os.path.join(root, "dist", name)).namelist() if ".dist-info/" not in n)))',
  ].join('\n');
  const r = spawnSync(SETUPTOOLS_PYTHON, ['-c', script, dir], { encoding: 'utf8' });
  expect({ status: r.status, stderr: r.status === 0 ? '' : r.stderr.slice(-800) }).toEqual({ status: 0, stderr: '' });
  return r.stdout.trim().split('\n');
}
