/** JUnit XML: one test suite per file, one failing test case per finding (passing run: one case). */
import { visible } from './escape';
import type { Report } from './format';

/** Characters XML 1.0 forbids that `visible` leaves: lone surrogates, U+FFFE and U+FFFF. */
const NOT_XML = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|[\uFFFE\uFFFF]/g;

/** Text for an attribute or element: control characters shown as escapes, markup escaped. */
function xml(s: string): string {
  return visible(s)
    .replace(NOT_XML, '\uFFFD')
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

export function junit(report: Report): string {
  const byFile = new Map<string, Report['diagnostics']>();
  for (const d of report.diagnostics) byFile.set(d.location.path, [...(byFile.get(d.location.path) ?? []), d]);
  const n = report.diagnostics.length;
  let out = `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="dunderlint" tests="${Math.max(n, 1)}" failures="${n}" errors="0">\n`;
  if (n === 0) {
    out += '  <testsuite name="dunderlint" tests="1" disabled="0" errors="0" failures="0">\n    <testcase name="dunderlint" />\n  </testsuite>\n';
  }
  for (const [file, list] of byFile) {
    out += `  <testsuite name="${xml(file)}" tests="${list.length}" disabled="0" errors="0" failures="${list.length}">\n`;
    for (const d of list) {
      const { line, column } = d.location.start;
      out += `    <testcase name="dunderlint.${xml(d.rule)}" classname="${xml(file.replace(/\.[^./]+$/, ''))}" line="${line}" column="${column}">\n`;
      out += `      <failure message="${xml(d.message)}" type="${d.severity}">line ${line}, col ${column}, ${xml(d.message)}</failure>\n`;
      out += '    </testcase>\n';
    }
    out += '  </testsuite>\n';
  }
  return `${out}</testsuites>\n`;
}
