/**
 * Longest test files first, so that the last minute of a run is not one slow file on one worker
 * while the others idle. Jest orders by the durations it cached from the previous run; a fresh
 * clone (CI) has none, so these measured seconds (on a 2-core machine) stand in for them.
 * A file not listed and never run counts as quick.
 */
const Sequencer = require('@jest/test-sequencer').default;

const SECONDS = {
  'precommit.test.ts': 400,
  'python/conformance.test.ts': 30,
  'python/conformance-versions.test.ts': 20,
  'safety/cache.test.ts': 20,
  'cli.test.ts': 18,
  'project/backends.test.ts': 15,
  'python/scanner.test.ts': 10,
  'config/foreign.test.ts': 10,
  'fix/all-fix-loop.property.test.ts': 8,
  'safety/fuzz.test.ts': 6,
  'python/scale.test.ts': 5,
  'cli/args.test.ts': 5,
  'rules/rules.test.ts': 5,
};

class SlowFirst extends Sequencer {
  time(test) {
    const cached = super.time(test);
    if (cached != null) return cached;
    const rel = test.path.split(/[\\/]test[\\/]/).pop().replace(/\\/g, '/');
    return (SECONDS[rel] ?? 0) * 1000;
  }
}

module.exports = SlowFirst;
