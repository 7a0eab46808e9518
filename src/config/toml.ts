/**
 * TOML parsed once per text: pyproject.toml is read by the config loader, the build backends'
 * models, the environment, pytest's and mypy's settings and the other tools' exclusions, and
 * parsing it was a large share of a warm run on projects with a long pyproject.toml.
 */
import { parse } from 'smol-toml';

/**
 * `parse`, once per text. The answer is frozen, since every reader shares it; a parse error is
 * remembered and thrown again. The last `keep` texts are kept: a run reads a handful of files, a
 * language server lives through edits of them.
 */
export function parsedOnce<T>(parse: (text: string) => T, keep: number): (text: string) => T {
  const parsed = new Map<string, { value: T } | { error: unknown }>();
  return (text) => {
    let entry = parsed.get(text);
    if (!entry) {
      try {
        entry = { value: deepFreeze(parse(text)) };
      } catch (error) {
        entry = { error };
      }
      if (parsed.size >= keep) parsed.delete(parsed.keys().next().value!);
      parsed.set(text, entry);
    }
    if ('error' in entry) throw entry.error;
    return entry.value;
  };
}

export const parseToml: (text: string) => Record<string, unknown> = parsedOnce(parse, 16);

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
