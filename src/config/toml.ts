/**
 * TOML parsed once per text: pyproject.toml is read by the config loader, the build backends'
 * models, the environment, pytest's and mypy's settings and the other tools' exclusions, and
 * parsing it was a large share of a warm run on projects with a long pyproject.toml. The answer is
 * frozen, since every reader shares it; a parse error is remembered and thrown again.
 */
import { parse } from 'smol-toml';

const parsed = new Map<string, { value: Record<string, unknown> } | { error: unknown }>();
/** Texts kept: a run reads a handful of TOML files; a language server lives through edits of them. */
const KEEP = 16;

export function parseToml(text: string): Record<string, unknown> {
  let entry = parsed.get(text);
  if (!entry) {
    try {
      entry = { value: deepFreeze(parse(text)) };
    } catch (error) {
      entry = { error };
    }
    if (parsed.size >= KEEP) parsed.delete(parsed.keys().next().value!);
    parsed.set(text, entry);
  }
  if ('error' in entry) throw entry.error;
  return entry.value;
}

export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
