/**
 * The cache's compact form of ModuleFacts must round-trip exactly: every module of the installed
 * standard library (and of our fixtures) decodes to the facts the scanner produced, through JSON
 * and through a rebuilt string table, as the cache stores them.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { scanModule } from '../../src/python/facts';
import { decodeFacts, encodeFacts, plainFacts, Reinterner, StringTable } from '../../src/python/facts-codec';
import { decodeSource } from '../../src/python/source';
import { stdlibFiles } from '../conformance/compare';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'python');

test('every standard library module and fixture round-trips through the cache form', () => {
  const files = [
    ...stdlibFiles().files,
    ...fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.py')).map((f) => path.join(FIXTURES, f)),
  ];
  const table = new StringTable();
  const facts = files.map((f) => {
    const decoded = decodeSource(fs.readFileSync(f));
    return decoded.error ? scanModule('x = (\n') : scanModule(decoded.text);
  });
  const records = facts.map((f) => encodeFacts(f, table));
  // What a later run reads: one Int32Array, and a table holding only the strings these records use.
  const compact = new StringTable();
  const reinterner = new Reinterner(compact);
  const data = new Int32Array(records.reduce((n, r) => n + r.length, 0));
  const starts: number[] = [];
  for (const r of records) {
    const at = starts.length ? starts[starts.length - 1]! + records[starts.length - 1]!.length : 0;
    reinterner.copy(r, 0, r.length, table.strings, data, at);
    starts.push(at);
  }
  const strings = JSON.parse(JSON.stringify(compact.strings)) as string[];
  const mismatches = files.filter((_, i) => !isDeepStrictEqual(plainFacts(decodeFacts(data, starts[i]!, strings)), facts[i]));
  expect(mismatches.map((f) => path.basename(f))).toEqual([]);
  expect(files.length).toBeGreaterThan(1000);
  // The form is worth having: much smaller than the facts' plain JSON.
  expect(data.byteLength + JSON.stringify(strings).length).toBeLessThan(JSON.stringify(facts).length / 3);
});

test('a syntax error, a script block, directives and dynamic imports survive', () => {
  const text = [
    '#!/usr/bin/env python3',
    '# /// script',
    '# dependencies = []',
    '# ///',
    'import importlib  # dunderlint: disable=all-undefined,all-duplicate',
    'm = importlib.import_module(".x", package="p")',
    'def f():',
    '    global g',
    'if __name__ == "__main__":',
    '    pass',
    '__all__ = ["a" "b", *x, 1]',
    'def __getattr__(name): ...',
    'x = (',
  ].join('\n');
  const facts = scanModule(text);
  expect(facts.syntaxError).not.toBeNull();
  expect(facts.scriptBlock && facts.directives.length && facts.dynamicImports.length && facts.functionGlobals.length).toBeTruthy();
  expect(facts.dunderAll[0]!.elements.map((e) => e.kind)).toEqual(['string', 'starred', 'nonstring']);
  const table = new StringTable();
  const record = encodeFacts(facts, table);
  expect(plainFacts(decodeFacts(Int32Array.from(record), 0, table.strings))).toEqual(facts);
  // Lists are built once, on first use.
  const decoded = decodeFacts(record, 0, table.strings);
  expect(decoded.imports).toBe(decoded.imports);
});
