const os = require('node:os');

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  // Transpile only (isolatedModules in tsconfig.test.json): `npm test` type-checks the tests once with
  // `tsc -p tsconfig.test.json`, much cheaper than ts-jest type-checking each file in each worker.
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.test.json' }] },
  // Most of a test's time is spent waiting for the processes it spawns (git, python, the CLI), so
  // more workers than cores keep the cores busy; jest's default (cores - 1) runs one file at a time
  // on a 2-core machine. (A number: jest reads '150%' as 150 workers.)
  maxWorkers: Math.ceil(os.availableParallelism() * 1.5),
  testSequencer: '<rootDir>/test/helpers/sequencer.js',
  setupFiles: ['<rootDir>/test/helpers/setup.js'],
  // Tests spawn git and the built CLI; the shared machines here are slow at times.
  testTimeout: 60000,
};
