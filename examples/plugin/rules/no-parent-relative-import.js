/**
 * A relative import that climbs out of its own package (`from ..x import y`): where it lands
 * depends on where the module sits, and moving it breaks the import silently. An absolute import
 * says where it goes (ruff's TID252, as a structure rule).
 */

/** @type {import('dunderlint').PluginRule} */
module.exports = {
  meta: {
    description: 'Relative imports that climb above their own package',
    defaultSeverity: 'warn',
    messages: {
      climbs: '`from {{dots}}{{module}} import …` climbs {{up}} package(s) up; import it absolutely',
    },
    options: {
      maxLevel: { type: 'number', default: 1, description: 'The most leading dots allowed (1: the own package)' },
    },
  },
  create(context) {
    const maxLevel = /** @type {number} */ (context.options.maxLevel);
    return {
      import(fact, module) {
        if (fact.kind !== 'from' || fact.level <= maxLevel) return;
        context.report({
          messageId: 'climbs',
          data: { dots: '.'.repeat(fact.level), module: fact.module ?? '', up: fact.level - 1 },
          at: { path: module.file.path, start: fact.start, end: fact.end },
        });
      },
    };
  },
};
