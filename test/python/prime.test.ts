/**
 * The sample a large run scans first to warm the scanner (src/python/prime.ts) must reach the
 * branches it is there for: it is valid Python, and the scanner reads it to the end without error.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { scanModule } from '../../src/python/facts';
import { SAMPLE } from '../../src/python/prime';
import { needs } from '../helpers/tools';

const PYTHON = '/root/.pyenv/versions/3.12.1/bin/python3';
const { it } = needs(fs.existsSync(PYTHON) ? null : `${PYTHON} is missing`);

it('the priming sample is Python 3.12 that CPython parses and the scanner reads without error', () => {
  const r = spawnSync(PYTHON, ['-c', 'import ast, sys; ast.parse(sys.stdin.read())'], { input: SAMPLE, encoding: 'utf8' });
  expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: '' });
  const facts = scanModule(SAMPLE);
  expect(facts.syntaxError).toBeNull();
  // It reaches the end: the PEP 723 block is its last lines.
  expect(facts.scriptBlock).not.toBeNull();
  expect(facts.dunderAll.length).toBeGreaterThan(3);
});
