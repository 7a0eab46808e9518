/** The environment of our git calls (its own module: the replay of a run, src/replay.ts, reruns them without loading the rest). */

const PATHSPEC_SETTINGS = ['GIT_LITERAL_PATHSPECS', 'GIT_GLOB_PATHSPECS', 'GIT_NOGLOB_PATHSPECS', 'GIT_ICASE_PATHSPECS'];

/**
 * The environment of our git calls: each path we hand git is a name, never a pattern or pathspec
 * magic (`:!x`, `*`), so pathspecs are literal (`literal`), and the user's other pathspec settings,
 * which git refuses next to that, are dropped. `check-ignore` refuses literal pathspecs too (git
 * 2.39: "pathspec magic not supported"): it gets none of these settings, and paths that cannot
 * start with magic (see `ignoredByRules`).
 */
export function gitEnv(literal: boolean): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of PATHSPEC_SETTINGS) delete env[name];
  if (literal) env['GIT_LITERAL_PATHSPECS'] = '1';
  return env;
}
