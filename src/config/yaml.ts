/**
 * YAML parsed once per text (see toml.ts): `.pre-commit-config.yaml` is read for its `exclude`
 * (config/foreign.ts) and for its mypy hooks (project/mypy-config.ts). The parser is loaded when a
 * YAML file is read: most runs read none, and it is a large module.
 */
import { parsedOnce } from './toml';

// logLevel error: warnings (a duplicate key) are no business of our users' terminals.
export const parseYaml: (text: string) => unknown = parsedOnce((text) => (require('yaml') as typeof import('yaml')).parse(text, { logLevel: 'error' }) as unknown, 4);
