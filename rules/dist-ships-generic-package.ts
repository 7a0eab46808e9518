import { defineRule, fileStart } from '../src/engine/rule';
import { wheelPackages } from '../src/project/backends/setuptools';
import { layoutOf } from '../src/project/layout';
import { joinPath } from '../src/project/model';

/** Top-level names that many projects use for their own tooling: installing one clobbers others. */
const GENERIC = new Set([
  'tests', 'test', 'testing', 'docs', 'doc', 'examples', 'example', 'benchmarks', 'benchmark', 'scripts',
  'tools', 'build', 'src', 'lib', 'utils', 'util', 'common', 'config', 'data',
]);

export default defineRule({
  id: 'dist-ships-generic-package',
  meta: {
    description: 'The build backend would install a generic top-level package (`tests`, `docs`, `src`, …) into site-packages',
    defaultSeverity: 'error',
    messages: {
      generic:
        'The wheel installs a top-level `{{name}}` package, which overwrites others of that name; exclude `{{name}}*`',
    },
  },
  create(context) {
    const { project } = context;
    return {
      'project:exit'() {
        for (const py of layoutOf(project).projects) {
          // A folder without packaging metadata builds no wheel.
          if (!py.metadataFile) continue;
          const wheel = wheelPackages(py);
          if (!wheel) continue;
          const own = (py.config.name ?? '').toLowerCase().replace(/[-_.]+/g, '_');
          // A package the backend lists with no module in it or below it (a folder of Pipfiles that
          // `packages.find` takes for a namespace package) puts nothing in the wheel.
          const installed = new Set<string>();
          for (const [name, dir] of wheel.packages) if ([...dir.files.keys()].some((f) => f.endsWith('.py'))) installed.add(name.split('.')[0]!);
          const reported = new Set<string>();
          for (const [name, dir] of wheel.packages) {
            const top = name.split('.')[0]!;
            if (!GENERIC.has(top) || !installed.has(top) || reported.has(top) || wheel.explicit.has(name) || top === own) continue;
            reported.add(top);
            const anchorFile = [...dir.files.values()].find((f) => f.name.endsWith('.py')) ?? [...dir.files.values()][0];
            const at = wheel.source && py.metadataFile
              ? { path: joinPath(py.dir.path, wheel.source.file), start: { line: wheel.source.line, column: 1 }, end: { line: wheel.source.line, column: 1 } }
              : fileStart(anchorFile?.path ?? py.metadataFile ?? dir.path);
            context.report({ messageId: 'generic', data: { backend: py.config.backend, setting: wheel.setting, name: top }, at });
          }
        }
      },
    };
  },
});
