#!/usr/bin/env node
'use strict';
// The esbuild bundles in dist/bundle/, from what tsc compiled into dist/src/. Each gets the hash of
// the scanner's compiled code as a constant (the cache's tool fingerprint, src/project/cache.ts),
// and of all the sources (the stored project model's, src/project/model-store.ts): a run then need
// not read and hash its own bundle. The hashes depend only on the bytes tsc wrote and on src/, so a
// fresh build anywhere gives the same bundle, byte for byte.
const path = require('node:path');
const esbuild = require('esbuild');

const root = path.join(__dirname, '..');
const dist = path.join(root, 'dist', 'src');
const { scannerSourceHash } = require(path.join(dist, 'project', 'cache.js'));
const { sourceTreeHash } = require(path.join(dist, 'project', 'model-store.js'));

esbuild.buildSync({
  absWorkingDir: root,
  entryPoints: ['cli', 'index', 'project/scan-worker', 'rule-tester', 'replay'].map((name) => `dist/src/${name}.js`),
  bundle: true,
  platform: 'node',
  target: 'node20',
  outdir: 'dist/bundle',
  entryNames: '[name]',
  logLevel: 'warning',
  define: {
    DUNDERLINT_SCANNER_HASH: JSON.stringify(scannerSourceHash(path.join(dist, 'python'), '.js')),
    // The stored project model's: all the code (src/project/model-store.ts), as ts-jest hashes it.
    DUNDERLINT_MODEL_HASH: JSON.stringify(sourceTreeHash(path.join(root, 'src'), '.ts')),
  },
});
