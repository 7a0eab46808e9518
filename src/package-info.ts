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
const PACKAGE = JSON.parse(fs.readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8'));
export const VERSION: string = PACKAGE.version;
/** The rule documentation pages shipped with the package. */
export const RULE_DOCS = path.join(PACKAGE_ROOT, 'docs', 'rules');

/** The project's public repository as an https URL (from npm's `git+https://host/owner/name.git`), if it is one. */
const REPOSITORY: string | undefined = (() => {
  const url: unknown = typeof PACKAGE.repository === 'string' ? PACKAGE.repository : PACKAGE.repository?.url;
  const m = typeof url === 'string' ? /^(?:git\+)?(https:\/\/[^\s#?]+?)(?:\.git)?\/?$/.exec(url) : null;
  return m?.[1];
})();

/** A file's page on the public repository's main branch. */
export function repositoryPageUrl(file: string): string | undefined {
  return REPOSITORY && `${REPOSITORY}/blob/main/${file}`;
}

/** A file of the package as served raw from its public repository's main branch (a schema's `$id`). */
export function repositoryRawUrl(file: string): string | undefined {
  if (!REPOSITORY) return undefined;
  const github = /^https:\/\/github\.com\/(.+)$/.exec(REPOSITORY);
  return github ? `https://raw.githubusercontent.com/${github[1]}/main/${file}` : `${REPOSITORY}/raw/main/${file}`;
}

let shippedPages: Set<string> | undefined;

/**
 * The web page of a rule's docs on the public repository, for links in reports: never a path on
 * this machine, which means nothing where the report is read (a CI run's SARIF upload). Only for
 * rules whose page ships in docs/rules/ (a plugin's rule has none there).
 */
export function ruleDocsUrl(id: string): string | undefined {
  if (!REPOSITORY) return undefined;
  shippedPages ??= new Set(fs.existsSync(RULE_DOCS) ? fs.readdirSync(RULE_DOCS) : []);
  return shippedPages.has(`${id}.md`) ? `${REPOSITORY}/blob/main/docs/rules/${encodeURIComponent(id)}.md` : undefined;
}
