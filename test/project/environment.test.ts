/** The standard library tables and `requires-python` against the real CPythons and PEP 440. */
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { PYTHON_VERSIONS, pythonVersionsOf, stdlibShadowableIn } from '../../src/project/environment/environment';
import { STDLIB_MODULES, UNSHADOWABLE } from '../../src/project/environment/stdlib-modules';
import { installedCPythons } from '../conformance/compare';
import { makeTree } from '../helpers/tree';

const SCRIPT = path.join(__dirname, '..', '..', 'src', 'project', 'environment', 'stdlib-modules.py');
const cpythons = installedCPythons().filter((c) => c.executable !== 'python3');
if (cpythons.length === 0) console.log('environment: no pyenv CPython found, table checks skipped');
const withCPython = cpythons.length ? it : it.skip;
const minor = (version: string): string => version.split('.').slice(0, 2).join('.');

describe('standard library tables', () => {
  withCPython.each(cpythons.map((c) => [minor(c.version), c.executable] as const))('Python %s: the module list and the unshadowable names are what this CPython says', (version, executable) => {
    const names = execFileSync(executable, ['-S', SCRIPT], { encoding: 'utf8' }).trim().split('\n');
    expect(names.join(' ')).toBe(STDLIB_MODULES[version]);
    const site = makeTree({ 'probe.pth': '# nothing\n' });
    const stdlib = new Set(names);
    const unshadowable = execFileSync(executable, ['-S', SCRIPT, '--unshadowable', site], { encoding: 'utf8' }).trim().split('\n').filter((n) => stdlib.has(n));
    const table = new Set(UNSHADOWABLE[version]!.split(' '));
    expect(unshadowable.filter((n) => !table.has(n))).toEqual([]);
  });

  it('covers 3.8 to 3.14', () => {
    expect(PYTHON_VERSIONS).toEqual(['3.8', '3.9', '3.10', '3.11', '3.12', '3.13', '3.14']);
    expect(Object.keys(UNSHADOWABLE)).toEqual(PYTHON_VERSIONS);
  });

  it('tomllib is shadowable from 3.11 on, os never, sys never', () => {
    expect(stdlibShadowableIn('tomllib', PYTHON_VERSIONS)).toEqual(['3.11', '3.12', '3.13', '3.14']);
    expect(stdlibShadowableIn('os', PYTHON_VERSIONS)).toEqual([]);
    expect(stdlibShadowableIn('sys', PYTHON_VERSIONS)).toEqual([]);
    expect(stdlibShadowableIn('tokenize', PYTHON_VERSIONS)).toEqual(PYTHON_VERSIONS);
  });
});

describe('requires-python', () => {
  it.each([
    [null, PYTHON_VERSIONS],
    ['>=3.10', ['3.10', '3.11', '3.12', '3.13', '3.14']],
    ['>=3.8,<3.11', ['3.8', '3.9', '3.10']],
    ['>=3.9.2', ['3.9', '3.10', '3.11', '3.12', '3.13', '3.14']],
    ['~=3.12', ['3.12', '3.13', '3.14']],
    ['~=3.12.1', ['3.12']],
    ['==3.11.*', ['3.11']],
    ['>=3.8, !=3.9.*', ['3.8', '3.10', '3.11', '3.12', '3.13', '3.14']],
    ['>=3.8, !=3.9.1', PYTHON_VERSIONS],
    ['>3.12', ['3.12', '3.13', '3.14']],
    ['<=3.9', ['3.8', '3.9']],
    ['^3.8', PYTHON_VERSIONS],
  ])('%s', (spec, versions) => {
    expect(pythonVersionsOf(spec)).toEqual(versions);
  });
});
