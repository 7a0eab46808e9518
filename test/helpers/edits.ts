/**
 * Random edits to a small project, for the property tests of what is kept between runs (the cache,
 * a language server's memory, the replay of a run): modules added, rewritten, deleted and renamed,
 * folders deleted, imports, `__all__`, tests, scripts, the `src` layout and the config changing,
 * files staged, and edits that leave a module's imports as they were.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { git } from './tree';

const DIRS = ['app', 'app/sub', 'app/sub/deep', 'lib', 'tests', 'tests/unit', 'scripts', 'src', 'src/pkg'];
const NAMES = ['__init__', 'a', 'b', 'util', 'deep', 'conftest', 'test_a', 'setup', 'os'];
const LINES = [
  'import os',
  'import app',
  'import app.sub.a',
  'from app import b',
  'from app.sub import deep',
  'from app.sub.deep import util',
  'from . import a',
  'from .sub import util',
  'from .. import b',
  'from ... import a',
  'from lib import util',
  'from lib.a import X',
  'import pkg.a',
  'from pkg import util',
  'import tests.unit.a',
  'import a',
  'from util import *',
  'from app.sub.deep import *',
  'from app.b import *',
  'import App.sub',
  'try:\n    import lib.b\nexcept ImportError:\n    pass',
  'X = 1',
  'Y: int = 2',
  'def util(): pass',
  'def test_x(): pass',
  'class TestY: pass',
  '__all__ = ["X", "Y", "a"]',
  '__all__ = ("X", "X", "missing")',
  '__all__ = "X"',
  '__all__ += ["util"]',
  'if __name__ == "__main__":\n    pass',
  '',
];
export const PYPROJECTS = [
  '[project]\nname = "app"\nversion = "1"\n',
  '[project]\nname = "app"\nversion = "1"\n\n[tool.dunderlint]\nnamespace-packages = ["lib"]\n',
  '[project]\nname = "app"\nversion = "1"\n\n[tool.dunderlint]\nsrc = ["src"]\n',
  '[build-system]\nrequires = ["setuptools"]\nbuild-backend = "setuptools.build_meta"\n\n[project]\nname = "app"\nversion = "1"\n\n[tool.setuptools.packages.find]\ninclude = ["app*"]\n',
  '[tool.pytest.ini_options]\ntestpaths = ["tests"]\n',
];

const filePath = fc.tuple(fc.constantFrom(...DIRS, ''), fc.constantFrom(...NAMES), fc.constantFrom('.py', '.py', '.py', '.pyi')).map(([d, n, ext]) => (d ? `${d}/${n}${ext}` : `${n}${ext}`));
const moduleText = fc
  .record({ shebang: fc.boolean(), blank: fc.integer({ min: 0, max: 2 }), lines: fc.array(fc.constantFrom(...LINES), { maxLength: 6 }) })
  .map(({ shebang, blank, lines }) => `${shebang ? '#!/usr/bin/env python3\n' : ''}${'\n'.repeat(blank)}${lines.join('\n')}\n`);

export type Edit =
  | { kind: 'write'; path: string; text: string }
  | { kind: 'delete'; pick: number }
  | { kind: 'rename'; pick: number; to: string }
  | { kind: 'deleteDir'; dir: string }
  | { kind: 'pyproject'; text: string }
  | { kind: 'stage' }
  | { kind: 'body'; pick: number; lines: number; top: boolean }
  | { kind: 'imports'; pick: number; line: number; remove: boolean };

export const edit: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('write' as const), path: filePath, text: moduleText }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('rename' as const), pick: fc.nat(), to: filePath }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('deleteDir' as const), dir: fc.constantFrom(...DIRS) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('pyproject' as const), text: fc.constantFrom(...PYPROJECTS) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('stage' as const) }) },
  // An edit that leaves a module's imports as they were (what most commits are): a function added
  // at the end, or lines at the top that move every statement below.
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('body' as const), pick: fc.nat(), lines: fc.integer({ min: 1, max: 3 }), top: fc.boolean() }) },
  // An edit of one module's imports alone (the other commit the hook sees most): an import added
  // at the end, or the first import statement's line removed.
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('imports' as const), pick: fc.nat(), line: fc.nat(), remove: fc.boolean() }) },
);

/** The import lines of LINES. */
export const IMPORT_LINES = LINES.filter((l) => /^(import|from|try)/.test(l));

/** The project's files (not .git, not the cache), as project paths. */
export function files(dir: string): string[] {
  const out: string[] = [];
  const visit = (rel: string): void => {
    for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const p = rel ? `${rel}/${e.name}` : e.name;
      if (e.name === '.git' || e.name === '.dunderlint_cache') continue;
      if (e.isDirectory()) visit(p);
      else out.push(p);
    }
  };
  visit('');
  return out.sort();
}

/** Applies an edit; returns the paths an editor would report changed, and whether files came or went. */
export function apply(dir: string, e: Edit): { changed: string[]; created: boolean } {
  const abs = (p: string): string => path.join(dir, p);
  const write = (p: string, text: string): void => {
    fs.mkdirSync(path.dirname(abs(p)), { recursive: true });
    fs.writeFileSync(abs(p), text);
  };
  const python = files(dir).filter((p) => p.endsWith('.py') || p.endsWith('.pyi'));
  switch (e.kind) {
    case 'write': {
      const existed = fs.existsSync(abs(e.path));
      write(e.path, e.text);
      return { changed: [e.path], created: !existed };
    }
    case 'delete': {
      if (!python.length) return { changed: [], created: false };
      const p = python[e.pick % python.length]!;
      fs.rmSync(abs(p));
      return { changed: [p], created: true };
    }
    case 'rename': {
      if (!python.length) return { changed: [], created: false };
      const p = python[e.pick % python.length]!;
      if (p === e.to) return { changed: [], created: false };
      fs.mkdirSync(path.dirname(abs(e.to)), { recursive: true });
      fs.renameSync(abs(p), abs(e.to));
      return { changed: [p, e.to], created: true };
    }
    case 'deleteDir': {
      if (!fs.existsSync(abs(e.dir))) return { changed: [], created: false };
      fs.rmSync(abs(e.dir), { recursive: true });
      return { changed: [e.dir], created: true };
    }
    case 'pyproject':
      write('pyproject.toml', e.text);
      return { changed: ['pyproject.toml'], created: false };
    case 'stage':
      git(dir, 'add', '-A');
      return { changed: ['.git/index'], created: false };
    case 'body': {
      if (!python.length) return { changed: [], created: false };
      const p = python[e.pick % python.length]!;
      const text = fs.readFileSync(abs(p), 'utf8');
      // Below a shebang, which must stay the first line.
      const head = text.startsWith('#!') ? text.slice(0, text.indexOf('\n') + 1) : '';
      const added = e.top ? `${head}${'# moved\n'.repeat(e.lines)}${text.slice(head.length)}` : `${text}\ndef _helper_${e.lines}():\n    return ${e.lines}\n`;
      fs.writeFileSync(abs(p), added);
      return { changed: [p], created: false };
    }
    case 'imports': {
      if (!python.length) return { changed: [], created: false };
      const p = python[e.pick % python.length]!;
      const lines = fs.readFileSync(abs(p), 'utf8').split('\n');
      const first = lines.findIndex((l) => /^(import|from) /.test(l));
      if (e.remove && first !== -1) lines.splice(first, 1);
      else lines.push(IMPORT_LINES[e.line % IMPORT_LINES.length]!, '');
      fs.writeFileSync(abs(p), lines.join('\n'));
      return { changed: [p], created: false };
    }
  }
}
