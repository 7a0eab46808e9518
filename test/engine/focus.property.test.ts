/**
 * A run focused on some files (`--staged`, an editor buffer, named paths) lets rules skip work
 * whose findings could touch none of them (`moduleLocal`, `context.focus`). For random projects
 * and random files in focus, what it reports about them is what a whole run reports about them.
 */
import fc from 'fast-check';
import { builtinRules } from '../../rules';
import { runRules } from '../../src/engine/run';
import { configuredRules, resolveConfig, touches } from '../../src/lint';
import { loadProject } from '../../src/project/project';
import type { Diagnostic } from '../../src/types';
import { apply, edit, files, PYPROJECTS, type Edit } from '../helpers/edits';
import { makeTree } from '../helpers/tree';

const shown = (ds: readonly Diagnostic[], focus: ReadonlySet<string>): string[] =>
  ds.filter((d) => touches(d, focus)).map((d) => `${d.location.path}:${d.location.start.line}:${d.location.start.column}: ${d.rule} ${d.message} ${d.related.map((r) => r.location.path).join(',')}`).sort();

test('a focused run reports about the files in focus what a whole run reports about them', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(edit, { minLength: 3, maxLength: 12 }), fc.array(fc.nat(), { minLength: 1, maxLength: 3 }), async (edits, picks) => {
      const dir = makeTree({ 'pyproject.toml': PYPROJECTS[0]!, '.gitignore': '.dunderlint_cache/\n' }, 'init');
      for (const e of edits) apply(dir, e);
      const python = files(dir).filter((p) => p.endsWith('.py') || p.endsWith('.pyi'));
      if (python.length === 0) return;
      const focus = new Set(picks.map((i) => python[i % python.length]!));
      const config = await resolveConfig(dir, dir, {}, builtinRules, dir);
      const rules = configuredRules(config);
      // Loaded twice: what rules and the model remember is per project.
      const whole = runRules((await loadProject(dir, config, dir)).project, rules);
      const focused = runRules((await loadProject(dir, config, dir)).project, rules, (p) => focus.has(p));
      expect({ edits, focus: [...focus], findings: shown(focused.diagnostics, focus) }).toEqual({ edits, focus: [...focus], findings: shown(whole.diagnostics, focus) });
    }),
    {
      numRuns: Number(process.env.FOCUS_RUNS ?? 60),
      // Shapes random edits meet seldom: two test modules pytest names alike (the second in focus, then the first).
      examples: [0, 1].map((pick): [Edit[], number[]] => [
        [
          { kind: 'pyproject', text: PYPROJECTS[4]! },
          { kind: 'write', path: 'tests/test_a.py', text: 'def test_x(): pass\n' },
          { kind: 'write', path: 'tests/unit/test_a.py', text: 'def test_x(): pass\n' },
        ],
        [pick],
      ]),
    },
  );
}, 240_000);
