/**
 * bytecode-not-ignored answers from the project's top .gitignore when it can, without starting git:
 * wherever that says "ignored everywhere", the real `git check-ignore` agrees for every folder.
 */
import * as fc from 'fast-check';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { BYTECODE_PROBE_NAME, ignoresBytecodeEverywhere } from '../../src/project/bytecode';
import { cli, json } from '../helpers/cli';
import { makeTree } from '../helpers/tree';

const BIN = path.join(__dirname, '..', '..', 'bin', 'dunderlint.js');

const FOLDERS = ['', 'a', 'a/b', 'c', 'c/__pycache__x', '.hidden'];
/** Lines a .gitignore may hold near the ones that matter: forms that ignore, that re-include, that only look alike. */
const LINE = fc.constantFrom(
  '__pycache__', '__pycache__/', '**/__pycache__', '**/__pycache__/', '*.pyc', '*.py[cod]', '*.py[co]', '**/*.pyc', '**/*.py[cod]',
  '/__pycache__/', 'a/__pycache__/', '__pycache__/*', '__pycache__/ ', '__pycache__/\r', '\ufeff__pycache__/', '# __pycache__/',
  '!__pycache__/', '!a/__pycache__/', '!*.pyc', '\\!x', ' !x', '!a/', 'a/', 'b/', '*.log', '.venv/', '', '*', '!*/',
  '!.gitignore', '!keep/', '!__pycache__ ', '!a/__pycache__\r', '!y.cpython-312.pyc', '!c/__pycache__x', '!__pycache__x', '!/a', '!a/b',
);

function probesIgnoredByGit(dir: string): boolean {
  const probes = FOLDERS.map((f) => `./${f ? `${f}/` : ''}${BYTECODE_PROBE_NAME}`);
  const r = spawnSync('git', ['check-ignore', '--no-index', '--stdin', '-z'], { cwd: dir, input: probes.map((p) => `${p}\0`).join(''), encoding: 'utf8' });
  return r.stdout.split('\0').filter(Boolean).length === probes.length;
}

test('where the top .gitignore alone says bytecode is ignored everywhere, git check-ignore agrees', () => {
  let taken = 0;
  fc.assert(
    fc.property(fc.array(LINE, { minLength: 1, maxLength: 5 }), fc.array(LINE, { maxLength: 3 }), fc.constantFrom('a', 'a/b', 'c'), (top, nested, where) => {
      const topText = top.join('\n') + '\n';
      const nestedText = nested.join('\n') + '\n';
      const tree: Record<string, string> = { '.gitignore': topText, [`${where}/.gitignore`]: nestedText };
      for (const f of FOLDERS) tree[`${f ? `${f}/` : ''}m.py`] = '';
      if (!ignoresBytecodeEverywhere(topText, [nestedText])) return;
      taken++;
      const dir = makeTree(tree, 'init');
      expect({ top, nested, where, ignored: probesIgnoredByGit(dir) }).toEqual({ top, nested, where, ignored: true });
    }),
    { numRuns: 500 },
  );
  expect(taken).toBeGreaterThan(20);
});

const rulesFound = (dir: string): string[] => json(cli(dir, '-f', 'json')).diagnostics.map((d) => d.rule).filter((r) => r === 'bytecode-not-ignored');

test('a project whose top .gitignore ignores bytecode is silent; a negation below it is still found by asking git', () => {
  // A folder kept empty but for its .gitignore (`*`, `!.gitignore`: pip's news/) re-includes nothing of bytecode.
  const quiet = makeTree({ '.gitignore': '.venv/\n__pycache__/\n', 'pkg/__init__.py': '', 'pkg/sub/__init__.py': '', 'news/.gitignore': '*\n!.gitignore\n' }, 'add');
  expect(rulesFound(quiet)).toEqual([]);
  // …without asking git (GIT_TRACE logs every command git runs).
  const trace = path.join(quiet, '.git', 'trace.log');
  spawnSync(process.execPath, [BIN, '--no-cache'], { cwd: quiet, env: { ...process.env, GIT_TRACE: trace } });
  expect(fs.readFileSync(trace, 'utf8')).toMatch(/ls-files/);
  expect(fs.readFileSync(trace, 'utf8')).not.toMatch(/check-ignore/);
  const reincluded = makeTree({ '.gitignore': '__pycache__/\n', 'pkg/__init__.py': '', 'pkg/.gitignore': '!__pycache__/\n' }, 'add');
  expect(rulesFound(reincluded)).toEqual(['bytecode-not-ignored']);
  // git reads no .gitignore that is a symbolic link: neither does the shortcut.
  const linked = makeTree({ 'ignore-rules': '__pycache__/\n', 'pkg/__init__.py': '' }, 'none');
  fs.symlinkSync('ignore-rules', path.join(linked, '.gitignore'));
  spawnSync('git', ['init', '-q'], { cwd: linked });
  expect(rulesFound(linked)).toEqual(['bytecode-not-ignored']);
});
