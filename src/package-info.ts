/** Where this package is installed, and its version, from source (tests) and from dist/ alike. */
import * as fs from 'node:fs';
import * as path from 'node:path';

function findRoot(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const file = path.join(dir, 'package.json');
    if (fs.existsSync(file) && JSON.parse(fs.readFileSync(file, 'utf8')).name === 'dunderlint') return dir;
    if (path.dirname(dir) === dir) throw new Error('dunderlint: cannot find its package.json');
  }
}

export const PACKAGE_ROOT = findRoot();
export const VERSION: string = JSON.parse(fs.readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')).version;
/** The rule documentation pages shipped with the package. */
export const RULE_DOCS = path.join(PACKAGE_ROOT, 'docs', 'rules');
