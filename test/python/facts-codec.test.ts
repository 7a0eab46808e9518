/**
 * The cache's compact form of ModuleFacts must round-trip exactly: every module of the installed
 * standard library (and of our fixtures) decodes to the facts the scanner produced, through JSON
 * and through a rebuilt string table, as the cache stores them.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { scanModule } from '../../src/python/facts';
import { decodeFacts, encodeFacts, importLevels, plainFacts, Reinterner, StringTable, validRecord } from '../../src/python/facts-codec';
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
  // Levels and flags read from a record without decoding its imports are those of the scanned imports.
  const levelsOf = (f: (typeof facts)[number]) => ({ levels: f.imports.map((i) => i.level), unsure: f.imports.map((i) => (i.guarded || i.typeChecking ? 1 : 0)) });
  const wrongLevels = files.filter((_, i) => !isDeepStrictEqual(importLevels(decodeFacts(data, starts[i]!, strings)), levelsOf(facts[i]!)));
  expect(wrongLevels.map((f) => path.basename(f))).toEqual([]);
  expect(facts.some((f) => f.imports.some((i) => i.level > 0)) && facts.some((f) => f.imports.some((i) => i.guarded)) && facts.some((f) => f.imports.some((i) => i.typeChecking))).toBe(true);
  // The cache checks every record it loads: each one the scanner produced passes.
  const invalid = files.filter((_, i) => !validRecord(data, starts[i]!, records[i]!.length, strings.length));
  expect(invalid.map((f) => path.basename(f))).toEqual([]);
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

test('a record with any one integer damaged is rejected by validRecord, or decodes to well-typed facts without reading outside itself', () => {
  const text = [
    '#!/usr/bin/env python3',
    'import os, sys as system  # dunderlint: disable=all-undefined',
    'from .pkg import a, b as c',
    'm = __import__("x")',
    'def f():',
    '    global g',
    '__all__ = ["a" "b", *x, 1]',
    '__all__ += ["c"]',
    'class K: ...',
    'x = (',
  ].join('\n');
  const table = new StringTable();
  const record = encodeFacts(scanModule(text), table);
  // Poison around the record: a decoder that strays past it reads these and yields non-integers.
  const pad = 64;
  const bad = [0x7fffffff, -0x80000000, -1, -0x7fffffff, -table.strings.length - 1, 1 << 20, 255, 3, 2, 1, 0];
  /** Every leaf of decoded facts is a string, a boolean, null, or a non-negative integer. */
  const wellTyped = (v: unknown): boolean =>
    v === null || typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isInteger(v) && v >= 0) ||
    (typeof v === 'object' && Object.values(v as object).every(wellTyped));
  let rejected = 0;
  for (let i = 0; i < record.length; i++) {
    for (const value of bad) {
      const data: number[] = [...Array<number>(pad).fill(NaN), ...record, ...Array<number>(pad).fill(NaN)];
      data[pad + i] = value;
      if (!validRecord(data, pad, record.length, table.strings.length)) {
        rejected++;
        continue;
      }
      expect(wellTyped(plainFacts(decodeFacts(data, pad, table.strings)))).toBe(true);
    }
  }
  expect(rejected).toBeGreaterThan(record.length);
  // Bounds: a record that claims more than the data holds, or less than its sections.
  const data = Int32Array.from(record);
  expect(validRecord(data, 0, record.length, table.strings.length)).toBe(true);
  expect(validRecord(data, 0, record.length + 1, table.strings.length)).toBe(false);
  expect(validRecord(data, 0, record.length - 1, table.strings.length)).toBe(false);
  expect(validRecord(data, -1, record.length, table.strings.length)).toBe(false);
  expect(validRecord(data, 0, record.length, table.strings.length - 1)).toBe(false);
});
