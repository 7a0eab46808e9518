/** The real pytest installations on the machine: Debian's (`python3-pytest`) and any pyenv CPython's. */
import { spawnSync } from 'node:child_process';
import { installedCPythons } from '../conformance/compare';

export interface Pytest {
  version: string;
  python: string;
}

let found: Pytest[] | null = null;

export function installedPytests(): Pytest[] {
  if (found) return found;
  const pythons = ['/usr/bin/python3', ...installedCPythons().map((c) => c.executable)];
  found = [];
  const seen = new Set<string>();
  for (const python of pythons) {
    const r = spawnSync(python, ['-c', 'import pytest; print(pytest.__version__)'], { encoding: 'utf8' });
    const version = r.status === 0 ? r.stdout.trim() : '';
    if (version && !seen.has(version)) {
      seen.add(version);
      found.push({ version, python });
    }
  }
  return found;
}

/** `python -m pytest` in `cwd`, without the cache plugin (nothing is written to the tree) and plugin autoload. */
export function runPytest(p: Pytest, cwd: string, ...args: string[]): { code: number | null; output: string } {
  const r = spawnSync(p.python, ['-m', 'pytest', '-p', 'no:cacheprovider', ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, PYTEST_DISABLE_PLUGIN_AUTOLOAD: '1', PYTHONDONTWRITEBYTECODE: '1' },
    timeout: 60_000,
  });
  return { code: r.status, output: `${r.stdout}${r.stderr}` };
}
