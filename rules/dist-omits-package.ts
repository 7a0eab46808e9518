import { defineRule } from '../src/engine/rule';
import { wheelPackages } from '../src/project/backends/setuptools';
import { layoutOf, MAX_EVIDENCE, type PackageUse } from '../src/project/layout';
import type { Location } from '../src/types';
import { joinPath } from '../src/project/model';

export default defineRule({
  id: 'dist-omits-package',
  meta: {
    description: 'The build backend leaves out of the wheel a folder that shipped code imports',
    defaultSeverity: 'error',
    messages: {
      omitted:
        '`{{setting}}` leaves `{{dir}}/` out of the wheel ({{why}}): importing it fails after `pip install`',
    },
  },
  create(context) {
    const { project } = context;
    return {
      'project:exit'() {
        const layout = layoutOf(project);
        for (const py of layout.projects) {
          const wheel = py.metadataFile ? wheelPackages(py) : null;
          const found = layout.wheelOmitted(py);
          if (!wheel || found.length === 0) continue;
          for (const { dir, uses } of found) {
            const at = (u: PackageUse): Location => ({ path: u.module.file.path, start: u.fact.start, end: u.fact.end });
            const first = uses[0]!;
            const config: Location[] = wheel.source && py.metadataFile
              ? [{ path: joinDir(py.dir.path, wheel.source.file), start: { line: wheel.source.line, column: 1 }, end: { line: wheel.source.line, column: 1 } }]
              : [];
            context.report({
              messageId: 'omitted',
              data: { backend: py.config.backend, setting: wheel.setting, dir: dir.path, why: wheel.whyOmitted(dir), statement: statementText(first) },
              at: at(first),
              related: [
                ...config.map((location) => ({ message: 'configured here', location })),
                ...uses.slice(1, MAX_EVIDENCE).map((u) => ({ message: 'also imported here', location: at(u) })),
              ],
            });
          }
        }
      },
    };
  },
});

function joinDir(dir: string, file: string): string {
  return joinPath(dir, file);
}

function statementText(u: PackageUse): string {
  const f = u.fact;
  if (f.kind === 'import') return `import ${f.names.map((n) => n.name).join(', ')}`;
  return `from ${'.'.repeat(f.level)}${f.module ?? ''} import ${f.names.map((n) => n.name).join(', ')}`;
}
