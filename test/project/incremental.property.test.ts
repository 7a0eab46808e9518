/**
 * What is kept between runs never changes an answer. For random sequences of edits to a small
 * project (modules added, rewritten, deleted and renamed, folders deleted, `__init__.py` files
 * coming and going, imports, `__all__`, tests, scripts, the `src` layout and the config changing,
 * files staged), after every edit:
 * - a run with the cache of the earlier runs gives the same findings as a run without a cache, for
 *   the work tree and for the index (`--staged`), whether it computed the project model or took the
 *   stored one (model-store.ts: the same, or modules changed whose imports did not); and the same
 *   model: each file's role and liveness, the folders imported as packages and the evidence;
 * - a language server session that lived through the edits (told of each file changed, as an editor
 *   tells it) gives the same findings as a new session.
 */
import * as path from 'node:path';
import fc from 'fast-check';
import { resolveConfig } from '../../src/lint';
import { FactsCache } from '../../src/project/cache';
import { layoutOf } from '../../src/project/layout';
import { isPythonSource, loadProject } from '../../src/project/project';
import { builtinRules } from '../../rules';
import { lint } from '../../src/lint';
import { Session } from '../../src/server/session';
import type { Diagnostic } from '../../src/types';
import { apply, edit, files, IMPORT_LINES, PYPROJECTS } from '../helpers/edits';
import { makeTree } from '../helpers/tree';

const CACHE = '.dunderlint_cache';

/** The project model: each Python file's usage, the folders imported as packages with their evidence, and why folders are shared. */
async function modelOf(dir: string, staged: boolean, cacheDir: string | false): Promise<string[]> {
  const config = await resolveConfig(dir, dir, {}, builtinRules, dir);
  const cache = cacheDir ? new FactsCache(path.join(dir, cacheDir), dir) : null;
  const { project } = await loadProject(dir, config, dir, { cache, staged });
  const layout = layoutOf(project);
  const out: string[] = [];
  for (const f of project.files) {
    if (!isPythonSource(f.name)) continue;
    const u = layout.usage.of(f);
    out.push(`${f.path}: ${u.role} ${u.live} ${u.why}`);
  }
  const dirs = [project.tree];
  for (let d = dirs.pop(); d; d = dirs.pop()) {
    dirs.push(...d.dirs.values());
    const e = layout.packageUses.get(d);
    if (e) out.push(`${d.path}/: ${e.count} ${e.fromPackageCode} ${e.uses.map((u) => `${u.module.file.path}:${u.fact.start.line}:${u.fact.start.column} ${u.name}`).join(', ')}`);
    const shared = layout.sharedReason(d);
    if (shared) out.push(`${d.path}/ shared: ${shared}`);
  }
  cache?.save();
  return out.sort();
}

/** A finding as a user sees it. */
function shown(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.location.path}:${d.location.start.line}:${d.location.start.column}: ${d.rule} ${d.severity} ${d.message}${d.fix ? ` [fix: ${d.fix.description}]` : ''}`).sort();
}

test('after every edit, a run with the cache and a language server that lived through the edits find what a fresh run finds', async () => {
  // How the cached runs took the project model (model-store.ts): each way must be taken.
  const models = new Map<string, number>();
  const cached = async (options: { cwd: string; staged?: boolean }): Promise<string[]> => {
    const result = await lint({ ...options, cacheDir: CACHE });
    for (const note of result.notes) {
      const way = /project model (computed|reused from the cache( \(\d+ changed)?|updated from the cache)/.exec(note);
      if (way) models.set(way[2] ? 'reused, modules changed' : way[1]!, 1);
    }
    return shown(result.diagnostics);
  };
  await fc.assert(
    fc.asyncProperty(fc.array(edit, { minLength: 3, maxLength: 8 }), fc.array(edit, { minLength: 1, maxLength: 6 }), async (setup, edits) => {
      const dir = makeTree({ 'pyproject.toml': PYPROJECTS[0]!, '.gitignore': '.dunderlint_cache/\n' }, 'init');
      for (const e of setup) apply(dir, e);
      const session = new Session(dir, builtinRules);
      await cached({ cwd: dir });
      await session.run();
      for (const e of edits) {
        const { changed, created } = apply(dir, e);
        session.filesChanged(changed, created);
        const fresh = shown((await lint({ cwd: dir, cacheDir: false })).diagnostics);
        expect({ edit: e, findings: await cached({ cwd: dir }) }).toEqual({ edit: e, findings: fresh });
        const stagedFresh = shown((await lint({ cwd: dir, staged: true, cacheDir: false })).diagnostics);
        const stagedCached = await cached({ cwd: dir, staged: true });
        expect({ edit: e, staged: stagedCached }).toEqual({ edit: e, staged: stagedFresh });
        // The model itself, stored or not: each file's role and the folders imported as packages.
        expect({ edit: e, model: await modelOf(dir, false, CACHE) }).toEqual({ edit: e, model: await modelOf(dir, false, false) });
        expect({ edit: e, staged: await modelOf(dir, true, CACHE) }).toEqual({ edit: e, staged: await modelOf(dir, true, false) });
        const lived = shown((await session.run()).diagnostics);
        const anew = shown((await new Session(dir, builtinRules).run()).diagnostics);
        expect({ edit: e, files: files(dir), findings: lived }).toEqual({ edit: e, files: files(dir), findings: anew });
      }
    }),
    {
      numRuns: Number(process.env.INCREMENTAL_RUNS ?? 25),
      // Edits that change what the model reads but not the file list, the config or a module's
      // imports, which random sequences meet seldom: the build backend's settings, pytest's, a
      // shebang, a test defined.
      examples: [
        [
          [{ kind: 'write', path: 'app/a.py', text: 'import os\n' }, { kind: 'write', path: 'tests/test_a.py', text: 'import app.a\n' }, { kind: 'write', path: 'scripts/util.py', text: 'from lib import util\n' }, { kind: 'write', path: 'lib/util.py', text: 'X = 1\n' }],
          [
            { kind: 'pyproject', text: PYPROJECTS[3]! },
            { kind: 'pyproject', text: PYPROJECTS[4]! },
            { kind: 'write', path: 'scripts/util.py', text: '#!/usr/bin/env python3\nfrom lib import util\n' },
            { kind: 'write', path: 'tests/test_a.py', text: 'import app.a\ndef test_x(): pass\n' },
          ],
        ],
        // Edits of one module's imports that a stored model cannot be updated for (layout.ts,
        // updateModel): a file made live, then left dead; a name a namespace folder lacks, which
        // makes it a portion shared with other distributions.
        [
          [{ kind: 'write', path: 'app/__init__.py', text: '' }, { kind: 'write', path: 'app/b.py', text: 'X = 1\n' }, { kind: 'write', path: 'lib/util.py', text: '__all__ = ["Y"]\n' }],
          [
            { kind: 'imports', pick: 1, line: IMPORT_LINES.indexOf('from lib import util'), remove: false },
            { kind: 'imports', pick: 1, line: 0, remove: true },
          ],
        ],
        [
          [{ kind: 'write', path: 'app/__init__.py', text: '' }, { kind: 'write', path: 'app/b.py', text: 'X = 1\n' }, { kind: 'write', path: 'app/c.py', text: 'from lib import a\n' }, { kind: 'write', path: 'lib/a.py', text: 'X = 1\n' }],
          [{ kind: 'imports', pick: 1, line: IMPORT_LINES.indexOf('from lib import util'), remove: false }],
        ],
      ],
    },
  );
  expect([...models.keys()].sort()).toEqual(['computed', 'reused from the cache', 'reused, modules changed', 'updated from the cache']);
}, 240_000);
