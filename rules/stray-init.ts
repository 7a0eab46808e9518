import { defineRule, fileStart } from '../src/engine/rule';
import { isProjectDir, layoutOf } from '../src/project/layout';
import { isIdentifier } from '../src/python/names';

export default defineRule({
  id: 'stray-init',
  meta: {
    description: 'An `__init__.py` where no package can be: a project root, `src/` of a src layout, a folder whose name is not an identifier',
    defaultSeverity: 'warn',
    messages: {
      projectRoot:
        'This `__init__.py` makes the project folder a package: tools name modules after the checkout (`myrepo.app.x`)',
      srcLayout:
        'This `__init__.py` makes `src/` a package: `import src.…` works here but not after `pip install`',
      badName:
        '`{{dir}}/` cannot be imported as a package (not an identifier), so this `__init__.py` is never used',
    },
  },
  create(context) {
    const { project } = context;
    return {
      directory(dir) {
        if (!dir.files.has('__init__.py')) return;
        const at = fileStart(dir.path ? `${dir.path}/__init__.py` : '__init__.py');
        const layout = layoutOf(project);
        // Test fixtures and vendored trees shape their folders for their own purposes.
        if (layout.usage.inTestTree(dir) || layout.usage.isVendored(dir)) return;
        // A project template's folders (`{{cookiecutter.project_slug}}/`) get their names when rendered.
        if (dir.path.includes('{{') || layout.usage.inTemplate(dir)) return;
        const owner = layout.projects.find((p) => p.dir === dir);
        // A project template inside a package (shipped as package data) is not a project root.
        const nested = dir.parent !== null && dir.parent.files.has('__init__.py');
        if (owner && owner.metadataFile && isProjectDir(dir) && !nested) {
          context.report({ messageId: 'projectRoot', at });
        } else if (dir.name === 'src' && dir.parent && layout.projects.some((p) => p.dir === dir.parent && p.metadataFile)) {
          // src/ of a project with packages below it: the src layout, with a stray __init__.py.
          if ([...dir.dirs.values()].some((d) => d.files.has('__init__.py'))) context.report({ messageId: 'srcLayout', at });
        } else if (dir.parent && !isIdentifier(dir.name)) {
          context.report({ messageId: 'badName', data: { dir: dir.path }, at });
        }
      },
    };
  },
});
