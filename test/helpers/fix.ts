/** `--fix` on a one-module project, checked the way every fix test needs. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lint } from '../../src/lint';
import { judge } from './python';
import { makeTree } from './tree';

/** `m.py` after `--fix` (default rules unless a config is given), after checking a second run changes nothing and CPython compiles it. */
export async function fixedModule(source: string, extra: Record<string, string> = {}): Promise<{ text: string; warnings: string[] }> {
  const dir = makeTree({ ...extra, 'm.py': source });
  const first = await lint({ cwd: dir, fix: true });
  expect(first.crashes).toEqual([]);
  const text = fs.readFileSync(path.join(dir, 'm.py'), 'utf8');
  const second = await lint({ cwd: dir, fix: true });
  expect(second.fixed.map((d) => d.message)).toEqual([]);
  expect(fs.readFileSync(path.join(dir, 'm.py'), 'utf8')).toBe(text);
  const [verdict] = judge([path.join(dir, 'm.py')]);
  expect(verdict!.error).toBeNull();
  return { text, warnings: first.warnings };
}
