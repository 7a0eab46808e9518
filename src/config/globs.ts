/**
 * Path matching for `exclude` and `per-file-ignores`, as ruff does it: a glob is matched against the
 * path relative to the config's directory and against the basename, so `build` or `*.pyc` work
 * without `**\/`.
 */
import picomatch from 'picomatch';

type Matcher = (path: string) => boolean;

/** picomatch's own limit on a pattern's length. */
export const MAX_GLOB_LENGTH = 65_536;
/**
 * Globs are joined into regular expressions of at most this many characters of source: few globs
 * make one expression (a path is tested once, not once per glob), and thousands stay far below
 * V8's size limit for one expression.
 */
const MAX_SOURCE = 20_000;
/** A name with nothing picomatch would read as syntax matches only itself: a Set lookup. */
const LITERAL = /^(?!\.\/)[^*?[\]{}()!+@\\|^$,]+$/;

/** Why a config glob cannot be used, or null. */
export function globProblem(glob: string): string | null {
  const body = glob.startsWith('!') ? glob.slice(1) : glob;
  if (body === '') return 'an empty glob matches nothing';
  if (glob.length > MAX_GLOB_LENGTH) return `a glob of ${glob.length} characters is longer than the ${MAX_GLOB_LENGTH} allowed`;
  return null;
}

/** A glob with nothing picomatch reads as syntax: it matches a path or a name equal to it. */
export function isLiteralGlob(p: string): boolean {
  return LITERAL.test(p) && !p.endsWith('/') && !p.includes('//');
}

/** Expressions joined into as few regular expressions as MAX_SOURCE allows: a string is tested once, not once per glob. */
function joined(sources: readonly string[]): RegExp[] {
  const regexes: RegExp[] = [];
  let group: string[] = [];
  let size = 0;
  for (const source of sources) {
    if (size + source.length > MAX_SOURCE && group.length) {
      regexes.push(new RegExp(group.join('|')));
      group = [];
      size = 0;
    }
    group.push(`(?:${source})`);
    size += source.length + 5;
  }
  if (group.length) regexes.push(new RegExp(group.join('|')));
  return regexes;
}

function compile(patterns: readonly string[]): Matcher {
  const literals = new Set<string>();
  const sources: string[] = [];
  for (const p of patterns) {
    // An empty glob matches nothing (config files reject it; rule options may hold one).
    if (p === '') continue;
    if (isLiteralGlob(p)) literals.add(p);
    else sources.push(picomatch.makeRe(p, { dot: true }).source);
  }
  const regexes = joined(sources);
  if (literals.size === 0 && regexes.length === 0) return () => false;
  const one = (s: string): boolean => {
    if (literals.has(s)) return true;
    for (const re of regexes) if (re.test(s)) return true;
    return false;
  };
  return (p) => one(p) || one(p.slice(p.lastIndexOf('/') + 1));
}

/**
 * What `picomatch(patterns, options)` matches, tested at once: picomatch tries each glob's own
 * matcher in turn (about 3 µs a string for pytest's ten default `norecursedirs`, asked of every
 * folder), each matching a string equal to the glob or its expression. Options that change the
 * expression's flags (`nocase`, `flags`) are not supported.
 */
export function anyGlob(patterns: readonly string[], options: picomatch.PicomatchOptions): Matcher {
  if (patterns.length === 0) return () => false;
  const equal = new Set(patterns);
  const regexes = joined(patterns.map((p) => picomatch.makeRe(p, options).source));
  return (s) => {
    if (equal.has(s)) return true;
    for (const re of regexes) if (re.test(s)) return true;
    return false;
  };
}

/**
 * True when a folder above the path (not the path itself) matches. Files share their folders: each
 * folder is matched once per run, not once per file below it.
 */
export function folderMatcher(match: (dir: string) => boolean): (relPath: string) => boolean {
  const folders = new Map<string, boolean>();
  const folder = (dir: string): boolean => {
    let hit = folders.get(dir);
    if (hit === undefined) {
      const up = dir.lastIndexOf('/');
      hit = (up !== -1 && folder(dir.slice(0, up))) || match(dir);
      folders.set(dir, hit);
    }
    return hit;
  };
  return (p) => {
    const up = p.lastIndexOf('/');
    return up !== -1 && folder(p.slice(0, up));
  };
}

/** True when the path itself (or its last segment) matches one of the patterns; folders above it are not tried. */
export function pathMatcher(patterns: readonly string[]): Matcher {
  return compile(patterns);
}

/** True when the path, or any directory above it, matches one of the patterns. */
export function excludeMatcher(patterns: readonly string[]): Matcher {
  if (patterns.every((p) => p === '')) return () => false;
  const m = compile(patterns);
  const above = folderMatcher(m);
  return (p) => above(p) || m(p);
}

/** Rule ids ignored for a path; a pattern starting with `!` applies to the paths it does not match. */
export function perFileIgnoreMatcher(
  entries: ReadonlyArray<{ pattern: string; rules: string[] }>,
): (path: string) => Set<string> {
  const compiled = entries.map((e) => {
    const negated = e.pattern.startsWith('!');
    return { negated, match: excludeMatcher([negated ? e.pattern.slice(1) : e.pattern]), rules: e.rules };
  });
  return (p) => {
    const out = new Set<string>();
    for (const c of compiled) {
      if (c.match(p) !== c.negated) for (const r of c.rules) out.add(r);
    }
    return out;
  };
}
