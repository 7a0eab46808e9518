/**
 * Path matching for `exclude` and `per-file-ignores`, as ruff does it: a glob is matched against the
 * path relative to the config's directory and against the basename, so `build` or `*.pyc` work
 * without `**\/`.
 */
import picomatch from 'picomatch';

type Matcher = (path: string) => boolean;

function compile(patterns: readonly string[]): Matcher {
  if (patterns.length === 0) return () => false;
  // One regular expression for all patterns: a path is tested once, not once per pattern.
  const re = new RegExp(patterns.map((p) => `(?:${picomatch.makeRe(p, { dot: true }).source})`).join('|'));
  return (p) => re.test(p) || re.test(p.slice(p.lastIndexOf('/') + 1));
}

/** True when the path, or any directory above it, matches one of the patterns. */
export function excludeMatcher(patterns: readonly string[]): Matcher {
  const m = compile(patterns);
  if (patterns.length === 0) return m;
  // Files share their folders: each folder is matched once per run, not once per file below it.
  const folders = new Map<string, boolean>();
  const folder = (dir: string): boolean => {
    let hit = folders.get(dir);
    if (hit === undefined) {
      const up = dir.lastIndexOf('/');
      hit = (up !== -1 && folder(dir.slice(0, up))) || m(dir);
      folders.set(dir, hit);
    }
    return hit;
  };
  return (p) => {
    const up = p.lastIndexOf('/');
    return (up !== -1 && folder(p.slice(0, up))) || m(p);
  };
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
