/** When git cannot be used for a repository, the run says so once instead of changing silently. */
import { execFileSync } from 'node:child_process';
import * as os from 'node:os';
import { compiledBytecode } from '../helpers/bytecode';
import { dunderlint, NOBODY, warnings } from '../helpers/run';
import { makeTree } from '../helpers/tree';

const bytecodeRepo = () => makeTree({ 'pkg/__init__.py': '', 'pkg/__pycache__/m.cpython-312.pyc': compiledBytecode() }, 'add');

describe('git that cannot be used', () => {
  it('a repository owned by another user (dubious ownership) gets one warning with the safe.directory command', () => {
    const dir = bytecodeRepo();
    execFileSync('chown', ['-R', `${NOBODY}:${NOBODY}`, dir]);
    const r = dunderlint(dir, ['--no-cache'], { env: { HOME: os.tmpdir(), GIT_CONFIG_GLOBAL: '/dev/null' } });
    expect(warnings(r)).toEqual([
      expect.stringMatching(
        new RegExp(`^dunderlint: warning: git refuses the repository at ${dir} \\(dubious ownership: it belongs to another user\\); to trust it, run: git config --global --add safe\\.directory '?${dir}'?; \\. is linted as a plain folder, without the rules that need git \\(bytecode-not-ignored, bytecode-tracked, package-ignored\\)$`),
      ),
    ]);
  });

  it('git not on PATH in a git work tree gets one warning naming the cause', () => {
    const dir = bytecodeRepo();
    const r = dunderlint(dir, ['--no-cache'], { env: { PATH: '/nonexistent' } });
    expect(warnings(r)).toEqual([
      expect.stringMatching(/^dunderlint: warning: git is not on PATH \(install git, or add its folder to PATH\); \. is linted as a plain folder, without the rules that need git \(bytecode-not-ignored, bytecode-tracked, package-ignored\)$/),
    ]);
  });

  it('no git on PATH and no repository: no warning', () => {
    const dir = makeTree({ 'a.py': '' });
    expect(warnings(dunderlint(dir, ['--no-cache'], { env: { PATH: '/nonexistent' } }))).toEqual([]);
  });
});
