/**
 * YAML parsed once per text, as toml.ts does for TOML: `.pre-commit-config.yaml` is read for its
 * `exclude` (config/foreign.ts) and for its mypy hooks (project/mypy-config.ts). The parser is
 * loaded when a YAML file is read: most runs read none, and it is a large module. The answer is
 * frozen, since both readers share it; a parse error is remembered and thrown again.
 */
import { deepFreeze } from './toml';

const parsed = new Map<string, { value: unknown } | { error: unknown }>();
/** Texts kept: a run reads one or two YAML files; a language server lives through edits of them. */
const KEEP = 4;

export function parseYaml(text: string): unknown {
  let entry = parsed.get(text);
  if (!entry) {
    try {
      // logLevel error: warnings (a duplicate key) are no business of our users' terminals.
      entry = { value: deepFreeze((require('yaml') as typeof import('yaml')).parse(text, { logLevel: 'error' })) };
    } catch (error) {
      entry = { error };
    }
    if (parsed.size >= KEEP) parsed.delete(parsed.keys().next().value!);
    parsed.set(text, entry);
  }
  if ('error' in entry) throw entry.error;
  return entry.value;
}
