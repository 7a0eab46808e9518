import * as path from 'node:path';
import { defineRule, fileStart } from '../src/engine/rule';
import { readTextOrNull } from '../src/host/read';
import { wheelPackages } from '../src/project/backends/setuptools';
import { layoutOf } from '../src/project/layout';
import type { Directory } from '../src/project/model';
import type { Location } from '../src/types';

export default defineRule({
  id: 'py-typed',
  meta: {
    description: 'A `py.typed` marker (PEP 561) the wheel does not ship where type checkers look, or whose `partial` they misread',
    defaultSeverity: 'warn',
    messages: {
      notShipped:
        '`{{file}}` is outside every package the wheel ships ({{backend}}): no installed copy has it, nothing is marked typed',
      belowTop:
        '`{{file}}` is below the top-level package `{{top}}/`, which has none: mypy skips `{{top}}` (missing py.typed marker)',
      classifierWithoutMarker:
        '`Typing :: Typed` is claimed but the wheel ships no `py.typed`: mypy and pyright treat the package as untyped',
      partialMypyOnly:
        '`{{file}}` needs a line break right after `partial`: mypy reads these stubs as partial, pyright as complete',
      partialPyrightOnly: '`{{file}}` must hold only `partial`: pyright reads these stubs as partial, mypy as complete',
      partialInline:
        '`{{file}}` says `partial`, which only a `-stubs` package can be (PEP 561): mypy and pyright ignore it',
    },
  },
  create(context) {
    const { project } = context;
    return {
      'project:exit'() {
        const layout = layoutOf(project);
        const markers = project.files.filter((f) => f.name === 'py.typed');
        for (const marker of markers) {
          if (layout.usage.inTestTree(marker.dir) || layout.usage.isVendored(marker.dir)) continue;
          const stubPackage = marker.dir.name.endsWith('-stubs');
          // Only the top-level folder's marker of a stub package is read. A folder of stubs alone may
          // be installed under a `-stubs` name (setuptools' package-dir): only inline code is sure.
          if (!stubPackage && (inStubs(marker.dir) || !marker.dir.files.has('__init__.py'))) continue;
          const text = readTextOrNull(path.join(project.root, marker.path));
          if (!text || !text.includes('partial')) continue;
          const mypy = MYPY_PARTIAL.test(text);
          const pyright = PYRIGHT_PARTIAL.test(text);
          const messageId = stubPackage
            ? mypy && !pyright ? 'partialMypyOnly' : pyright && !mypy ? 'partialPyrightOnly' : null
            : mypy || pyright ? 'partialInline' : null;
          if (messageId) context.report({ messageId, data: { file: marker.path }, at: fileStart(marker.path) });
        }
        for (const py of layout.projects) {
          // A folder without packaging metadata builds no wheel; a model we cannot compute says nothing.
          if (!py.metadataFile) continue;
          const wheel = wheelPackages(py);
          if (!wheel || wheel.packages.size === 0) continue;
          const shipped = new Set(wheel.packages.values());
          // Stub-only distributions follow PEP 561's rules for `-stubs` folders, not these.
          if ([...shipped].some((d) => d.name.endsWith('-stubs'))) continue;
          const inside = (dir: Directory): boolean => {
            for (let d: Directory | null = dir; d; d = d.parent) if (shipped.has(d)) return true;
            return false;
          };
          const own = markers.filter((f) => layout.projectOf(f.dir) === py && !layout.usage.inTestTree(f.dir) && !layout.usage.isVendored(f.dir) && !inStubs(f.dir));
          const holdsPackageCode = (dir: Directory): boolean =>
            [...dir.files.values()].some((f) => f.name.endsWith('.py') && layout.usage.of(f).role === 'package');
          const reportedTops = new Set<Directory>();
          // A stray copy beside a marker the wheel does ship changes nothing for type checkers.
          const shipsMarker = own.some((m) => inside(m.dir));
          for (const marker of own) {
            if (!inside(marker.dir)) {
              if (shipsMarker) continue;
              // Below a shipped package, package data may still carry it: only a folder outside them
              // all is sure. And only where a marker was meant for the wheel: an import root (the
              // project folder, `src/`) or a folder of package code the wheel leaves out, not an
              // example or a fixture.
              if (!py.roots.includes(marker.dir) && !holdsPackageCode(marker.dir)) continue;
              context.report({ messageId: 'notShipped', data: { file: marker.path, backend: py.config.backend }, at: fileStart(marker.path) });
              continue;
            }
            const top = topPackage(marker.dir, shipped);
            // PEP 561: a namespace package has its marker in each regular subpackage.
            if (top === marker.dir || !top.files.has('__init__.py') || top.files.has('py.typed') || reportedTops.has(top)) continue;
            reportedTops.add(top);
            context.report({ messageId: 'belowTop', data: { file: marker.path, top: top.path }, at: fileStart(marker.path) });
          }
          const classifier = typedClassifier(py.pyproject);
          if (classifier && !own.some((m) => shipped.has(m.dir))) {
            const at: Location = { path: py.metadataFile, start: { line: classifier, column: 1 }, end: { line: classifier, column: 1 } };
            context.report({ messageId: 'classifierWithoutMarker', at });
          }
        }
      },
    };
  },
});

/**
 * How each checker reads `partial` in a stub package's py.typed: mypy when the text, stripped by
 * Python's `str.strip()`, is exactly `partial` (modulefinder.py), pyright when the text contains
 * `partial` and a line break (pyTypedUtils.ts). Python's whitespace, not JavaScript's `\s`, which
 * also takes a byte order mark.
 */
const PY_SPACE = '[\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*';
const MYPY_PARTIAL = new RegExp(`^${PY_SPACE}partial${PY_SPACE}$`);
const PYRIGHT_PARTIAL = /partial\r?\n/;

/** The outermost shipped folder above `dir` (itself included). */
function topPackage(dir: Directory, shipped: ReadonlySet<Directory>): Directory {
  let top = dir;
  for (let d: Directory | null = dir.parent; d && shipped.has(d); d = d.parent) top = d;
  return top;
}

function inStubs(dir: Directory): boolean {
  for (let d: Directory | null = dir; d; d = d.parent) if (d.name.endsWith('-stubs')) return true;
  return false;
}

/**
 * The line of `"Typing :: Typed"` in `[project] classifiers` of a pyproject.toml, or null. Read by
 * lines: the classifier is a literal string in an array of the `[project]` table.
 */
function typedClassifier(pyproject: string | null): number | null {
  if (!pyproject || !pyproject.includes('Typing :: Typed')) return null;
  const lines = pyproject.split('\n');
  let table = '';
  let inClassifiers = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    const header = /^\[([^\]]+)\]\s*(#.*)?$/.exec(line);
    if (header) {
      table = header[1]!.trim();
      inClassifiers = false;
      continue;
    }
    if (table !== 'project') continue;
    if (/^classifiers\s*=/.test(line)) inClassifiers = true;
    if (inClassifiers && /["']Typing :: Typed["']/.test(line)) return i + 1;
    if (inClassifiers && line.includes(']')) inClassifiers = false;
  }
  return null;
}
