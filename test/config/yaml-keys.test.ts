/**
 * `mayHaveTopLevelKey` lets a run skip parsing a `.pre-commit-config.yaml` without a top-level
 * `exclude`. It must never say "no" where the YAML parser finds the key: checked here on documents
 * built from the forms pre-commit configs use and the forms that could hide a key.
 */
import * as fc from 'fast-check';
import { mayHaveTopLevelKey, parseYaml } from '../../src/config/yaml';
import { cli } from '../helpers/cli';
import { makeTree } from '../helpers/tree';

/** The parser's answer, as a run parses: null where the text is not YAML. */
function parsedHas(text: string, key: string): boolean | null {
  let doc: unknown;
  try {
    doc = parseYaml(text);
  } catch {
    return null;
  }
  return typeof doc === 'object' && doc !== null && !Array.isArray(doc) && Object.prototype.hasOwnProperty.call(doc, key);
}

const names = fc.constantFrom('exclude', 'repos', 'files', 'exclude_types', 'ci', 'default_stages', 'excluded', 'x.y', 'fail_fast');
const scalars = fc.constantFrom('^docs/', "'tests/'", '"a|b"', '', '>', '|', '|-', '>-', '[]', '{}', '&anchor v', '*anchor', '!!str x', 'a # c', "'it''s'", '"multi');
/** Lines below a key, indented or (for sequences) at column 0. */
const bodies = fc.array(
  fc.constantFrom('  - repo: local', '- repo: local', '  hooks:', '    - id: mypy', '      exclude: ^x/', '  exclude: ^y/', '  (?x)^(', '      docs/.*|', '  )$', 'line"', '  line"', '  # comment', '', '  ', '-', '- exclude: z'),
  { maxLength: 5 },
);
const topLines = fc.oneof(
  fc.tuple(names, fc.constantFrom(':', ' :', ':\t'), scalars, bodies).map(([n, colon, v, body]) => [`${n}${colon}${v ? ` ${v}` : ''}`, ...body].join('\n')),
  // Forms that can hide a key from a line-by-line look, and lines that are no key at all.
  fc.constantFrom(
    '{exclude: a}', '"exclude": b', "'exclude': c", '? exclude\n: d', '<<: {exclude: e}', '&root', '!!map', '--- {exclude: f}', '---', '...', '%YAML 1.2\n---',
    '# exclude: g', '  exclude: h', '---\n  exclude: n', '--- # start\nrepos: []\n---\nexclude: o', '\texclude: i', 'exclude:', 'exclude :j', '[exclude]', 'exclude', '-exclude: k', 'a:b: l', 'exc\\\nlude: m',
  ),
);
const documents = fc
  .tuple(fc.boolean(), fc.boolean(), fc.array(topLines, { maxLength: 6 }), fc.constantFrom('\n', '\r\n', '\r'))
  .map(([bom, indented, lines, eol]) => `${bom ? '\ufeff' : ''}${lines.map((l) => (indented ? `  ${l.replace(/\n/g, '\n  ')}` : l)).join('\n').replace(/\n/g, eol)}${eol}`);

describe('mayHaveTopLevelKey', () => {
  it('never says no where the parser finds the key', () => {
    fc.assert(
      fc.property(documents, (text) => {
        if (!mayHaveTopLevelKey(text, 'exclude')) expect(parsedHas(text, 'exclude')).not.toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('says no for a usual pre-commit config whose excludes are all per hook, yes when one is at the top', () => {
    const config = ['# hooks', 'default_stages: [pre-commit]', 'repos:', '- repo: https://github.com/astral-sh/ruff-pre-commit', '  rev: v0.6.0', '  hooks:', '  - id: ruff', '    exclude: ^docs/', 'ci:', '  autofix_prs: false', ''].join('\n');
    expect(mayHaveTopLevelKey(config, 'exclude')).toBe(false);
    expect(mayHaveTopLevelKey(`exclude: |\n  ^(docs|legacy)/\n${config}`, 'exclude')).toBe(true);
    expect(mayHaveTopLevelKey(`"exclude": ^docs/\n${config}`, 'exclude')).toBe(true);
    expect(mayHaveTopLevelKey(`  repos: []\n  exclude: ^docs/\n`, 'exclude')).toBe(true);
    // A leading document marker changes nothing; a second document is left to the parser.
    expect(mayHaveTopLevelKey(`---\n${config}`, 'exclude')).toBe(false);
    expect(mayHaveTopLevelKey(`---\n${config}---\nexclude: x\n`, 'exclude')).toBe(true);
    expect(mayHaveTopLevelKey(`---\n  exclude: x\n`, 'exclude')).toBe(true);
  });

  it('a run reads a top-level exclude the line test cannot rule out, and one written as a flow mapping', () => {
    const tree = { '.gitignore': '__pycache__/\n', 'pyproject.toml': '[project]\nname = "p"\n', 'pkg/__init__.py': '', 'pkg/legacy/old.py': '__all__ = ["gone"]\n' };
    for (const yaml of ['"exclude": ^pkg/legacy/\nrepos: []\n', '{exclude: ^pkg/legacy/, repos: []}\n', 'repos: []\nexclude: >-\n  ^pkg/legacy/\n']) {
      const r = cli(makeTree({ ...tree, '.pre-commit-config.yaml': yaml }, 'add'), '.');
      expect({ yaml, code: r.code, legacy: r.stdout.includes('legacy') }).toEqual({ yaml, code: 0, legacy: false });
    }
    expect(cli(makeTree({ ...tree, '.pre-commit-config.yaml': 'repos: []\n' }, 'add'), '.').stdout).toContain('pkg/legacy/old.py');
  });
});
