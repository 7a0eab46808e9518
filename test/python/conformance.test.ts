/**
 * Differential test: our ModuleFacts must equal what CPython's `ast` says (test/conformance/
 * reference_facts.py) for every module of the Python standard library installed here, and for our
 * own fixtures. Files CPython rejects must give a syntax error. No file is excluded.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { difference, ourFacts, referenceFacts, stdlibFiles } from '../conformance/compare';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'python');

function compareAll(files: string[], root: string): void {
  const reference = referenceFacts(files);
  const mismatches: string[] = [];
  let rejected = 0;
  for (const file of files) {
    const ref = reference.get(file);
    if (!ref) {
      mismatches.push(`${path.relative(root, file)}: no reference output`);
      continue;
    }
    if (ref.syntaxError) rejected++;
    const d = difference(ourFacts(file), ref);
    if (d) mismatches.push(`${path.relative(root, file)}: ${d}`);
  }
  expect(mismatches.slice(0, 20)).toEqual([]);
  expect(mismatches).toHaveLength(0);
  return void rejected;
}

test('our fixtures agree with CPython', () => {
  const files = fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.py')).map((f) => path.join(FIXTURES, f));
  expect(files.length).toBeGreaterThan(5);
  compareAll(files, FIXTURES);
});

test('every module of the installed standard library agrees with CPython', () => {
  const { root, files } = stdlibFiles();
  expect(files.length).toBeGreaterThan(1000);
  compareAll(files, root);
}, 300_000);
