/** The installed Python standard library as a corpus: its folder and its `.py` files, sorted. */
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { execFileSync } = require('node:child_process');

function stdlibRoot() {
  return execFileSync('python3', ['-c', "import sysconfig; print(sysconfig.get_paths()['stdlib'])"], { encoding: 'utf8' }).trim();
}

function pythonFiles(root) {
  const files = [];
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) {
        if (e.name !== 'site-packages' && e.name !== '__pycache__') walk(path.join(dir, e.name));
      } else if (e.name.endsWith('.py')) files.push(path.join(dir, e.name));
    }
  };
  walk(root);
  return files.sort();
}

module.exports = { stdlibRoot, pythonFiles };
