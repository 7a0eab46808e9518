import { excludeMatcher } from '../src/config/globs';
import { defineRule, fileStart } from '../src/engine/rule';
import { BYTECODE_IGNORE_LINES, BYTECODE_PROBE, LOOSE_BYTECODE_PROBE, isBytecodePath, parentFolder, pycacheFolder } from '../src/project/bytecode';
import type { FixOperation } from '../src/types';

export default defineRule({
  id: 'bytecode-tracked',
  meta: {
    description: 'Compiled bytecode (`__pycache__/`, `*.pyc`, `*.pyo`) must not be tracked by git',
    defaultSeverity: 'error',
    fixable: 'safe',
    needs: ['git'],
    messages: {
      pycache:
        'This `__pycache__/` is tracked by git ({{count}}): bytecode conflicts on merges and can run stale code',
      loose:
        '{{count}} tracked by git in this folder: Python imports a `.pyc` even without its `.py`, so stale code runs',
    },
    options: {
      allow: {
        type: 'string[]',
        default: [],
        description: 'Globs of bytecode that is tracked on purpose (e.g. a sourceless distribution tree).',
      },
    },
  },
  create(context) {
    const { project } = context;
    const allowed = excludeMatcher(context.options['allow'] as string[]);
    // One finding per `__pycache__` folder (or per folder of loose .pyc files), not per file.
    const groups = new Map<string, { kind: 'pycache' | 'loose'; folder: string; paths: string[] }>();
    return {
      trackedFile(entry) {
        if (!isBytecodePath(entry.path) || allowed(project.configPath(entry.path))) return;
        const cache = pycacheFolder(entry.path);
        const folder = cache ?? parentFolder(entry.path);
        const key = `${cache ? 'pycache' : 'loose'}:${folder}`;
        const group = groups.get(key) ?? { kind: cache ? 'pycache' : 'loose', folder, paths: [] };
        group.paths.push(entry.path);
        groups.set(key, group);
      },
      'project:exit'() {
        if (groups.size === 0) return;
        // Untracking alone would let `git add -A` bring the files straight back.
        const probes = [BYTECODE_PROBE, LOOSE_BYTECODE_PROBE];
        const ignoreOps: FixOperation[] = project.git!.ignored(probes).size === probes.length
          ? []
          : [{ kind: 'appendLines', path: '.gitignore', lines: BYTECODE_IGNORE_LINES }];
        for (const { kind, folder, paths } of groups.values()) {
          const untrack = kind === 'pycache' ? [folder] : paths;
          context.report({
            messageId: kind,
            data: { count: `${paths.length} bytecode file${paths.length === 1 ? '' : 's'}` },
            at: fileStart(paths[0]!),
            related: paths.slice(1).map((p) => ({ message: 'also tracked', location: fileStart(p) })),
            fix: {
              description: `Untrack ${untrack.join(', ')} with \`git rm -r --cached\` (the files stay on disk)`,
              applicability: 'safe',
              operations: [{ kind: 'untrack', paths: untrack }, ...ignoreOps],
            },
          });
        }
      },
    };
  },
});
