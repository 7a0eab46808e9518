// The rules' cases, as dunderlint's RuleTester takes them: shared by rules.test.js (node --test)
// and any other runner.
module.exports = {
  'py-typed': {
    valid: [
      { name: 'a package with its marker', tree: { 'shop/__init__.py': '', 'shop/py.typed': '' } },
      { name: 'subpackages need none of their own', tree: { 'shop/__init__.py': '', 'shop/py.typed': '', 'shop/orders/__init__.py': '' } },
      { name: 'tests are not shipped', tree: { 'tests/__init__.py': '', 'tests/test_shop.py': '' } },
      { name: 'an ignore list of your own', tree: { 'bench/__init__.py': '' }, options: { ignore: ['bench'] } },
    ],
    invalid: [
      {
        name: 'a package without the marker, fixed by creating it',
        tree: { 'shop/__init__.py': '', 'shop/cart.py': '' },
        errors: [{ path: 'shop/__init__.py', line: 1, messageId: 'missing' }],
        output: { 'shop/py.typed': '' },
      },
    ],
  },
  'no-parent-relative-import': {
    valid: [
      { name: 'absolute and one-dot imports', tree: { 'shop/__init__.py': '', 'shop/a.py': 'from shop import b\nfrom . import c\n', 'shop/b.py': '', 'shop/c.py': '' } },
      { name: 'two dots when maxLevel allows them', tree: { 'shop/__init__.py': '', 'shop/x/__init__.py': '', 'shop/x/a.py': 'from ..b import c\n', 'shop/b.py': '' }, options: { maxLevel: 2 } },
    ],
    invalid: [
      {
        name: 'two dots',
        tree: { 'shop/__init__.py': '', 'shop/x/__init__.py': '', 'shop/x/a.py': 'import os\nfrom ..b import c\n', 'shop/b.py': 'c = 1\n' },
        errors: [{ path: 'shop/x/a.py', line: 2, column: 1, messageId: 'climbs', message: '`from ..b import …` climbs 1 package(s) up' }],
      },
    ],
  },
};
