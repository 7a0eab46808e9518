// dunderlint-plugin-example: its rules are named example/<rule> (the package name without
// "dunderlint-plugin-"). No runtime dependency on dunderlint: a rule is plain data and functions.
module.exports = {
  meta: { name: 'dunderlint-plugin-example', version: require('./package.json').version, apiVersion: 1 },
  rules: {
    'py-typed': require('./rules/py-typed'),
    'no-parent-relative-import': require('./rules/no-parent-relative-import'),
  },
};
