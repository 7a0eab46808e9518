/** Symlinks that lead out of the project root are neither read nor written through. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { dunderlint, findings, warnings } from '../helpers/run';
import { git, makeTree, readTree } from '../helpers/tree';

describe('symlinks out of the project root', () => {
  it('outside git, --fix neither reads nor writes through a symlinked folder or file that points outside the root, and --verbose says what was skipped', () => {
    const elsewhere = makeTree({ 'lib/helpers.py': '', 'secret.py': '__all__ = ["nope"]\n' });
    const dir = makeTree({
      'app/__init__.py': '',
      'app/main.py': 'from app.util import helpers\n',
      'shared/__init__.py': '',
      'shared/inner.py': '__all__ = ["missing"]\n',
    });
    fs.symlinkSync(path.join(elsewhere, 'lib'), path.join(dir, 'app/util'));
    fs.symlinkSync(path.join(elsewhere, 'secret.py'), path.join(dir, 'app/conf.py'));
    // A link that stays inside the root is followed as before.
    fs.symlinkSync('../shared/inner.py', path.join(dir, 'app/inner.py'));
    const before = readTree(elsewhere);

    const r = dunderlint(dir, ['--fix', '--verbose', '--format', 'json']);
    expect(readTree(elsewhere)).toEqual(before);
    expect(findings(r)).toEqual(['all-undefined app/inner.py', 'all-undefined shared/inner.py']);
    expect(r.stderr).toContain(`dunderlint: .: skipped app/conf.py: a symlink to a file outside the project (${elsewhere}/secret.py)`);
    expect(r.stderr).toContain(`dunderlint: .: skipped app/util: a symlink to a folder outside the project (${elsewhere}/lib)`);
    expect(warnings(r)).toEqual([]);
  });

  it('outside git, a .gitignore that is a symlink out of the root is not read', () => {
    const elsewhere = makeTree({ 'ignore': 'hidden.py\n' });
    const dir = makeTree({ 'hidden.py': '__all__ = ["nope"]\n' });
    fs.symlinkSync(path.join(elsewhere, 'ignore'), path.join(dir, '.gitignore'));
    const r = dunderlint(dir, ['--verbose', '--no-cache', '--format', 'json']);
    expect(findings(r)).toEqual(['all-undefined hidden.py']);
    expect(r.stderr).toContain('dunderlint: .: skipped .gitignore: a symlink to a file outside the project');
  });

  it('in git, a tracked symlink module pointing at /dev/zero is not read', () => {
    const dir = makeTree({ 'app/__init__.py': '' }, 'init');
    fs.symlinkSync('/dev/zero', path.join(dir, 'app/zero.py'));
    git(dir, 'add', '-A');
    const r = dunderlint(dir, ['--no-cache', '--verbose']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('dunderlint: .: skipped app/zero.py: a symlink to a file outside the project (/dev/zero)');
    expect(warnings(r)).toEqual([]);
  });

  it('in git, untracked and tracked symlinks out of the root are skipped, links inside it are read', () => {
    const elsewhere = makeTree({ 'lib/helpers.py': '', 'secret.py': '__all__ = ["nope"]\n' });
    const dir = makeTree({ 'app/__init__.py': '', 'app/main.py': 'from app.util import helpers\n', 'shared/__init__.py': '', 'shared/inner.py': '__all__ = ["missing"]\n' }, 'init');
    fs.symlinkSync(path.join(elsewhere, 'secret.py'), path.join(dir, 'app/tracked.py'));
    git(dir, 'add', '-A');
    fs.symlinkSync(path.join(elsewhere, 'secret.py'), path.join(dir, 'app/untracked.py'));
    fs.symlinkSync(path.join(elsewhere, 'lib'), path.join(dir, 'app/util'));
    fs.symlinkSync('../shared/inner.py', path.join(dir, 'app/inner.py'));
    const before = readTree(elsewhere);
    const r = dunderlint(dir, ['--fix', '--verbose', '--no-cache', '--format', 'json']);
    expect(readTree(elsewhere)).toEqual(before);
    expect(findings(r)).toEqual(['all-undefined app/inner.py', 'all-undefined shared/inner.py']);
    expect(r.stderr).toContain('dunderlint: .: skipped app/tracked.py: a symlink to a file outside the project');
    expect(r.stderr).toContain('dunderlint: .: skipped app/untracked.py: a symlink to a file outside the project');
  });
});

describe('symlinks inside the project root, in git', () => {
  it('a tracked symlink module is cached by its target\'s content, not by the link: an edit of the target is seen', () => {
    const dir = makeTree({ 'shared/__init__.py': '', 'shared/real.py': '__all__ = ["a"]\na = 1\n' }, 'init');
    fs.symlinkSync('shared/real.py', path.join(dir, 'alias.py'));
    git(dir, 'add', '-A');
    git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'base');
    expect(findings(dunderlint(dir, ['--format', 'json', '--rule', 'bytecode-not-ignored:off']))).toEqual([]);
    fs.writeFileSync(path.join(dir, 'shared/real.py'), '__all__ = ["a"]\n');
    expect(findings(dunderlint(dir, ['--format', 'json', '--rule', 'bytecode-not-ignored:off']))).toEqual(['all-undefined alias.py', 'all-undefined shared/real.py']);
  });
});
