/**
 * SARIF 2.1.0 for code scanning: relative URIs against `%SRCROOT%` (the working directory), every
 * result with `region.startLine`, rules with descriptions and help, and stable partial
 * fingerprints that leave line numbers out.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Rule } from '../engine/rule';
import { RULE_DOCS, ruleDocsUrl, VERSION } from '../package-info';
import type { Location } from '../types';
import { asciiControls } from './escape';
import type { Report } from './format';


function region(l: Location) {
  return { startLine: l.start.line, startColumn: l.start.column, endLine: l.end.line, endColumn: Math.max(l.end.column, l.start.line === l.end.line ? l.start.column : 1) };
}

/**
 * A relative URI reference for a posix path: each segment percent-encoded whole, so `#`, `?` and a
 * `:` in the first segment stay part of the path (encodeURI leaves them as URI syntax).
 */
function relativeUri(p: string): string {
  return p.split('/').map(encodeURIComponent).join('/');
}

function physical(l: Location) {
  return { physicalLocation: { artifactLocation: { uri: relativeUri(l.path), uriBaseId: '%SRCROOT%' }, region: region(l) } };
}

export function sarifFor(rulesById: ReadonlyMap<string, Rule>) {
  return (report: Report): string => {
    const ids = [...new Set(report.diagnostics.map((d) => d.rule))].sort();
    const rules = ids.map((id) => {
      const rule = rulesById.get(id);
      const page = path.join(RULE_DOCS, `${id}.md`);
      const markdown = fs.existsSync(page) ? fs.readFileSync(page, 'utf8') : undefined;
      const helpUri = ruleDocsUrl(id);
      return {
        id,
        name: id,
        shortDescription: { text: rule?.meta.description ?? id },
        fullDescription: { text: rule?.meta.description ?? id },
        ...(markdown ? { help: { text: rule?.meta.description ?? id, markdown } } : {}),
        ...(helpUri ? { helpUri } : {}),
        defaultConfiguration: { level: rule?.meta.defaultSeverity === 'warn' ? 'warning' : 'error' },
        properties: { fixable: rule?.meta.fixable ?? 'no' },
      };
    });
    const results = report.diagnostics.map((d) => ({
      ruleId: d.rule,
      ruleIndex: ids.indexOf(d.rule),
      level: d.severity === 'error' ? 'error' : 'warning',
      message: { text: d.message },
      locations: [physical(d.location)],
      ...(d.related.length ? { relatedLocations: d.related.map((r, i) => ({ id: i + 1, message: { text: r.message }, ...physical(r.location) })) } : {}),
      partialFingerprints: { 'dunderlint/v1': createHash('sha256').update(`${d.rule}\0${d.location.path}\0${d.message}`).digest('hex').slice(0, 32) },
    }));
    const log = {
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      version: '2.1.0',
      runs: [
        {
          tool: { driver: { name: 'dunderlint', version: VERSION, semanticVersion: VERSION, rules } },
          originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(`${report.cwd}${path.sep}`).href } },
          results,
        },
      ],
    };
    return `${asciiControls(JSON.stringify(log, null, 2))}\n`;
  };
}
