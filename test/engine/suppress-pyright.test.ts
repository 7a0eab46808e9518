/**
 * The `# type: ignore` comments dunderlint honours for all-unsupported-form are the ones the real
 * pyright honours for the same check (reportUnsupportedDunderAll): on the line, and alone on a line
 * before any code for the whole file (PEP 484), not after code.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cli, json } from '../helpers/cli';
import { needs } from '../helpers/tools';
import { makeTree } from '../helpers/tree';

const PYRIGHT = path.join(__dirname, '..', '..', 'node_modules', 'pyright', 'index.js');
const { it } = needs(fs.existsSync(PYRIGHT) ? null : `pyright is missing (${PYRIGHT}): run npm ci`);

const files = {
  'file_level.py': '# type: ignore\nx = ["a"]\n__all__ = x\n',
  'after_code.py': 'y = 1\n# type: ignore\nx = ["a"]\n__all__ = x\n',
  'on_the_line.py': 'x = ["a"]\n__all__ = x  # type: ignore[reportUnsupportedDunderAll]\n',
  'bare_line.py': 'x = ["a"]\n__all__ = x  # type: ignore\n',
  'none.py': 'x = ["a"]\n__all__ = x\n',
};

it('all-unsupported-form is reported in exactly the files where pyright reports reportUnsupportedDunderAll', () => {
  const dir = makeTree(files);
  const run = spawnSync(process.execPath, [PYRIGHT, '--outputjson', ...Object.keys(files)], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
  const out = JSON.parse(run.stdout) as { generalDiagnostics: Array<{ file: string; rule?: string }> };
  const byPyright = out.generalDiagnostics.filter((d) => d.rule === 'reportUnsupportedDunderAll').map((d) => path.basename(d.file)).sort();
  const ours = json(cli(dir, '--format', 'json', '--no-cache', '.')).diagnostics.filter((d) => d.rule === 'all-unsupported-form').map((d) => d.path as string).sort();
  expect(byPyright).toEqual(['after_code.py', 'none.py']);
  expect(ours).toEqual(byPyright);
}, 120_000);
