/**
 * CPython normalises identifiers in source to NFKC (PEP 3131) and then looks the normalised name up
 * in the folder as it is spelled on disk: `from app.cafe\u0301 import a` imports `app/café` (NFC),
 * never a folder spelled `cafe` + combining accent. Each case checks what the real python3 does.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cli, json } from '../helpers/cli';
import { makeTree } from '../helpers/tree';

const NFC = 'caf\u00e9';
const NFD = 'cafe\u0301';

/** What `python3 main.py` prints (the marker of the module it imported), or the error it ends with. */
function python(dir: string): string {
  const r = spawnSync('python3', ['-B', 'main.py'], { cwd: dir, encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : r.stderr.trim().split('\n').pop()!;
}

function tree(folders: string[], statement: string): string {
  const files: Record<string, string> = { 'app/__init__.py': '', 'main.py': `${statement}\n` };
  for (const f of folders) files[`app/${f}/a.py`] = `print(${JSON.stringify(f === NFC ? 'NFC' : 'NFD')})\n`;
  return makeTree(files);
}

const missingInit = (dir: string) => json(cli(dir, '--no-cache', '--format', 'json', '--rule', 'invalid-module-name:off')).diagnostics.filter((d) => d.rule === 'missing-init');

describe('imports name folders the way CPython normalises them (NFKC)', () => {
  beforeAll(() => {
    execFileSync('python3', ['--version']);
  });

  it.each([
    ['both folders exist, the statement is written NFD', [NFC, NFD], `from app.${NFD} import a`],
    ['both folders exist, the statement is written NFC', [NFC, NFD], `from app.${NFC} import a`],
    ['only the NFC folder exists, the statement is written NFD', [NFC], `import app.${NFD}.a`],
    ['only the NFC folder exists, `from app import` with an NFD name', [NFC], `from app import ${NFD}`],
  ])('%s: missing-init reports and fixes the NFC folder Python imports', (_name, folders, statement) => {
    const dir = tree(folders, statement);
    if (!statement.startsWith('from app import')) expect(python(dir)).toBe('NFC');
    const found = missingInit(dir);
    expect(found.map((d) => d.message.includes(`app/${NFC}/`))).toEqual([true]);
    expect(cli(dir, '--no-cache', '--fix', '--rule', 'invalid-module-name:off').code).toBe(0);
    expect(fs.existsSync(path.join(dir, 'app', NFC, '__init__.py'))).toBe(true);
    if (folders.includes(NFD)) expect(fs.existsSync(path.join(dir, 'app', NFD, '__init__.py'))).toBe(false);
    expect(python(dir)).toBe(statement.startsWith('from app import') ? '' : 'NFC');
  });

  it('only an NFD folder: Python cannot import it, so it is not a package and gets no __init__.py', () => {
    const dir = tree([NFD], `from app.${NFD} import a`);
    expect(python(dir)).toMatch(/^ModuleNotFoundError: No module named 'app\.caf\u00e9'/);
    expect(missingInit(dir)).toEqual([]);
    cli(dir, '--no-cache', '--fix', '--rule', 'invalid-module-name:off');
    expect(fs.existsSync(path.join(dir, 'app', NFD, '__init__.py'))).toBe(false);
  });

  it('names an import binds are NFKC: `from . import \ufb01le` defines `file`, not `\ufb01le`, for __all__', () => {
    // `\ufb01` (the fi ligature) is `fi` under NFKC; `from pkg.m import *` then finds `file` only.
    const dir = makeTree({
      'pkg/__init__.py': '',
      'pkg/file.py': '',
      'pkg/m.py': 'from . import \ufb01le\n__all__ = ["file", "\ufb01le"]\n',
      'main.py': 'try:\n    from pkg.m import *\nexcept AttributeError as e:\n    print(e)\n',
    });
    expect(python(dir)).toBe("module 'pkg.m' has no attribute '\ufb01le'");
    const r = cli(dir, '--no-cache', '--format', 'json', '--rule', 'invalid-module-name:off');
    expect(json(r).diagnostics.filter((d) => d.rule === 'all-undefined').map((d) => d.message.slice(0, 8))).toEqual(['"\ufb01le" in']);
  });
});
