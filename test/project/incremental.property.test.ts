/**
 * What is kept between runs never changes an answer. For random sequences of edits to a small
 * project (modules added, rewritten, deleted and renamed, folders deleted, `__init__.py` files
 * coming and going, imports, `__all__`, tests, scripts, the `src` layout and the config changing,
 * files staged), after every edit:
 * - a run with the cache of the earlier runs gives the same findings as a run without a cache, for
 *   the work tree and for the index (`--staged`);
 * - a language server session that lived through the edits (told of each file changed, as an editor
 *   tells it) gives the same findings as a new session.
 */
import fc from 'fast-check';
import { builtinRules } from '../../rules';
import { lint } from '../../src/lint';
import { Session } from '../../src/server/session';
import type { Diagnostic } from '../../src/types';
import { apply, edit, files, PYPROJECTS } from '../helpers/edits';
import { makeTree } from '../helpers/tree';

/** A finding as a user sees it. */
function shown(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.location.path}:${d.location.start.line}:${d.location.start.column}: ${d.rule} ${d.severity} ${d.message}${d.fix ? ` [fix: ${d.fix.description}]` : ''}`).sort();
}

test('after every edit, a run with the cache and a language server that lived through the edits find what a fresh run finds', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(edit, { minLength: 3, maxLength: 8 }), fc.array(edit, { minLength: 1, maxLength: 6 }), async (setup, edits) => {
      const dir = makeTree({ 'pyproject.toml': PYPROJECTS[0]!, '.gitignore': '.dunderlint_cache/\n' }, 'init');
      for (const e of setup) apply(dir, e);
      const session = new Session(dir, builtinRules);
      await lint({ cwd: dir });
      await session.run();
      for (const e of edits) {
        const { changed, created } = apply(dir, e);
        session.filesChanged(changed, created);
        const fresh = shown((await lint({ cwd: dir, cacheDir: false })).diagnostics);
        const cached = shown((await lint({ cwd: dir })).diagnostics);
        expect({ edit: e, findings: cached }).toEqual({ edit: e, findings: fresh });
        const stagedFresh = shown((await lint({ cwd: dir, staged: true, cacheDir: false })).diagnostics);
        const stagedCached = shown((await lint({ cwd: dir, staged: true })).diagnostics);
        expect({ edit: e, staged: stagedCached }).toEqual({ edit: e, staged: stagedFresh });
        const lived = shown((await session.run()).diagnostics);
        const anew = shown((await new Session(dir, builtinRules).run()).diagnostics);
        expect({ edit: e, files: files(dir), findings: lived }).toEqual({ edit: e, files: files(dir), findings: anew });
      }
    }),
    { numRuns: Number(process.env.INCREMENTAL_RUNS ?? 25) },
  );
}, 240_000);
