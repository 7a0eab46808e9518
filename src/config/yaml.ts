/**
 * YAML parsed once per text (see toml.ts): `.pre-commit-config.yaml` is read for its `exclude`
 * (config/foreign.ts) and for its mypy hooks (project/mypy-config.ts). The parser is loaded when a
 * YAML file is read: most runs read none, and it is a large module.
 */
import { parsedOnce } from './toml';

// logLevel error: warnings (a duplicate key) are no business of our users' terminals.
export const parseYaml: (text: string) => unknown = parsedOnce((text) => (require('yaml') as typeof import('yaml')).parse(text, { logLevel: 'error' }) as unknown, 4);

/** A plain key at column 0: `name:` followed by a blank or the line's end. */
const PLAIN_KEY = /^([A-Za-z_][\w.-]*)[ \t]*:(?:[ \t]|$)/;

/**
 * Whether YAML text may have `key` at the top level of its document, judged from its lines without
 * parsing it. No, when the first line of content starts at column 0 and every line there is a
 * blank, a comment, a block sequence entry or a plain `name:` key of another name: a block scalar,
 * a multi-line string or a nested collection cannot put lines at column 0. Anything else there (a
 * flow collection, an anchor, a tag, an alias, a quoted or complex key, a merge key, a directive,
 * any document marker but a first `---`) leaves the answer to the parser. 138 of the 166
 * `.pre-commit-config.yaml` files of the ecosystem set need no parse for their `exclude`, and
 * parsing one cost 7-11 ms of a run (test/config/yaml-keys.test.ts holds the answer to the
 * parser's on generated documents).
 */
export function mayHaveTopLevelKey(text: string, key: string): boolean {
  const lines = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).split(/\r\n|\r|\n/);
  let content = false;
  let started = false;
  for (const line of lines) {
    const c = line.charCodeAt(0);
    if (Number.isNaN(c) || c === 35 /* # */) continue;
    if (c === 32 || c === 9) {
      // The document's first content indented: its top level is not at column 0.
      if (!content && !/^[ \t]*(?:#.*)?$/.test(line)) return true;
      continue;
    }
    // The first document's start marker (12 of 166 pre-commit configs open with one); a second
    // one starts a second document, left to the parser.
    if (!content && !started && /^---[ \t]*(?:#.*)?$/.test(line)) {
      started = true;
      continue;
    }
    content = true;
    if (line === '-' || line.startsWith('- ') || line.startsWith('-\t')) continue;
    const name = PLAIN_KEY.exec(line)?.[1];
    if (name === undefined || name === key) return true;
  }
  return false;
}
