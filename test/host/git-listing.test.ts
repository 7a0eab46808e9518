/** What git lists, read literally: sparse checkouts, odd folder names, pathspec magic, unreadable folders. */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ignoredByRules } from '../../src/host/git';
import { commit, dunderlint, NOBODY, warnings } from '../helpers/run';
import { git, makeTree } from '../helpers/tree';

describe('git listing', () => {
  it('index entries outside a sparse checkout are skipped: not unreadable, and --fix creates nothing there', () => {
    const dir = makeTree({ 'a/main.py': 'from b.pkg import mod\n', 'b/pkg/mod.py': '', 'b/other.py': '' }, 'add');
    commit(dir, '-m', 'base');
    git(dir, 'sparse-checkout', 'set', 'a');
    expect(fs.existsSync(path.join(dir, 'b'))).toBe(false);
    const r = dunderlint(dir, ['--no-cache', '--fix', '--verbose']);
    expect(warnings(r)).toEqual([]);
    expect(r.stderr).toContain('dunderlint: .: skipped 2 index entries outside the sparse checkout');
    expect(fs.existsSync(path.join(dir, 'b'))).toBe(false);
  });

  it('a repository folder whose name ends in a space: the config search stops at its top', () => {
    const parent = makeTree({ 'dunderlint.toml': '[rules]\nmissing-init = "off"\n' });
    const dir = path.join(parent, 'repo ');
    fs.mkdirSync(path.join(dir, 'app/sub'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'app/__init__.py'), '');
    fs.writeFileSync(path.join(dir, 'app/main.py'), 'import app.sub.m\n');
    fs.writeFileSync(path.join(dir, 'app/sub/m.py'), '');
    git(dir, 'init', '-q');
    const r = dunderlint(dir, ['--no-cache', '--verbose']);
    expect(r.stderr).toContain('dunderlint: .: config (defaults)');
    expect(r.code).toBe(1);
  });

  it('check-ignore takes names literally, pathspec magic included', () => {
    const dir = makeTree({ '.gitignore': '*.pyc\n' }, 'init');
    expect([...ignoredByRules(dir, [':!odd/x.pyc', ':(glob)b.pyc', 'keep.py'])].sort()).toEqual([':!odd/x.pyc', ':(glob)b.pyc']);
  });

  for (const mode of ['git', 'walk'] as const) {
    it(`an unreadable folder is skipped with a warning, as non-root (${mode})`, () => {
      const dir = makeTree({ 'a.py': '', 'locked/b.py': '', 'sub/deep/locked/c.py': '' }, mode === 'git' ? 'init' : 'none');
      if (mode === 'git') git(dir, 'add', 'a.py');
      execFileSync('chown', ['-R', `${NOBODY}:${NOBODY}`, dir]);
      fs.chmodSync(path.join(dir, 'locked'), 0);
      fs.chmodSync(path.join(dir, 'sub/deep/locked'), 0);
      const r = dunderlint(path.join(dir, 'sub'), ['--no-cache'], { asNobody: true, env: { HOME: dir } });
      expect(r.code).toBe(0);
      expect(warnings(r)).toEqual(['dunderlint: warning: cannot read directory deep/locked: EACCES']);
      const top = dunderlint(dir, ['--no-cache'], { asNobody: true, env: { HOME: dir } });
      expect(warnings(top).sort()).toEqual(['dunderlint: warning: cannot read directory locked: EACCES', 'dunderlint: warning: cannot read directory sub/deep/locked: EACCES']);
    });
  }
});
