/**
 * docs/writing-rules.md cannot rot: its marked code blocks are written into a project, and the
 * commands it shows are run there and must print what it shows.
 *   <!-- file: PATH -->        the next fenced block is the file PATH
 *   <!-- empty files: A B -->  empty files
 *   <!-- output: dunderlint ARGS -->  the next block is `$ …` then the command's stdout
 *   <!-- run: CMD ARGS -->     the command must exit 0
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cli } from '../helpers/cli';
import { makeTree } from '../helpers/tree';

const ROOT = path.join(__dirname, '..', '..');
const DOC = fs.readFileSync(path.join(ROOT, 'docs', 'writing-rules.md'), 'utf8');

interface Marked {
  kind: string;
  arg: string;
  block: string;
}

function marked(doc: string): Marked[] {
  const out: Marked[] = [];
  const re = /<!-- (file|empty files|output|run): (.+?) -->\n(?:```[a-z]*\n([\s\S]*?)```\n)?/g;
  for (const m of doc.matchAll(re)) out.push({ kind: m[1]!, arg: m[2]!, block: m[3] ?? '' });
  return out;
}

describe('docs/writing-rules.md', () => {
  const blocks = marked(DOC);
  const tree: Record<string, string> = {};
  for (const b of blocks) {
    if (b.kind === 'file') tree[b.arg] = b.block;
    if (b.kind === 'empty files') for (const f of b.arg.split(/\s+/)) tree[f] = '';
  }

  it('the tutorial marks its rule, its config, its test and the output it shows', () => {
    expect(Object.keys(tree)).toEqual(expect.arrayContaining(['tools/no_tests_in_wheel.js', 'pyproject.toml', 'tools/no_tests_in_wheel.test.js']));
    expect(blocks.filter((b) => b.kind === 'output')).toHaveLength(1);
    expect(blocks.filter((b) => b.kind === 'run')).toHaveLength(1);
  });

  it("the tutorial's rule, loaded from its pyproject.toml, prints what the tutorial shows, and its RuleTester tests pass under node --test", () => {
    const dir = makeTree(tree);
    // The project installs dunderlint as a dev dependency: this checkout stands in for it.
    fs.mkdirSync(path.join(dir, 'node_modules'));
    fs.symlinkSync(ROOT, path.join(dir, 'node_modules', 'dunderlint'), 'dir');
    for (const b of blocks) {
      if (b.kind === 'output') {
        const [command, ...shown] = b.block.split('\n');
        expect(command).toBe(`$ npx ${b.arg}`);
        const args = b.arg.split(/\s+/).slice(1);
        const r = cli(dir, ...args);
        expect(r.stderr).toBe('');
        expect(r.stdout).toBe(shown.join('\n'));
      }
      if (b.kind === 'run') {
        const [cmd, ...args] = b.arg.split(/\s+/);
        const r = spawnSync(cmd === 'node' ? process.execPath : cmd!, args, { cwd: dir, encoding: 'utf8' });
        expect({ code: r.status, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
        expect(r.stdout).toMatch(/# pass 4\n# fail 0\n/);
      }
    }
  });
});
