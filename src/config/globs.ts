/**
 * Path matching for `exclude` and `per-file-ignores`, as ruff does it: a glob is matched against the
 * path relative to the config's directory and against the basename, so `build` or `*.pyc` work
 * without `**\/`.
 */
import picomatch from 'picomatch';

type Matcher = (path: string) => boolean;

function compile(patterns: readonly string[]): Matcher {
  if (patterns.length === 0) return () => false;
  const m = picomatch(patterns as string[], { dot: true });
  return (p) => m(p) || m(p.slice(p.lastIndexOf('/') + 1));
}

/** True when the path, or any directory above it, matches one of the patterns. */
export function excludeMatcher(patterns: readonly string[]): Matcher {
  const m = compile(patterns);
  return (p) => {
    if (m(p)) return true;
    for (let i = p.indexOf('/'); i !== -1; i = p.indexOf('/', i + 1)) {
      if (m(p.slice(0, i))) return true;
    }
    return false;
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
