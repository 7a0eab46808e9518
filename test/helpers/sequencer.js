/**
 * Longest test files first, so that the last minute of a run is not one slow file on one worker
 * while the others idle. Jest orders by the durations it cached from the previous run; a fresh
 * clone (CI) has none, so these measured seconds (a fresh-clone run of .ci/run on a busy 2-core
 * machine) stand in for them.
 * A file not listed and never run counts as quick.
 */
const Sequencer = require('@jest/test-sequencer').default;

const SECONDS = {
  'cli.test.ts': 61,
  'project/incremental.property.test.ts': 30,
  'safety/replay.property.test.ts': 60,
  'safety/replay.test.ts': 25,
  'rules/duplicate-module-name.real.test.ts': 55,
  'python/conformance.test.ts': 54,
  'package/pack.test.ts': 49,
  'safety/cache.test.ts': 45,
  'project/backends.test.ts': 44,
  'python/conformance-versions.test.ts': 44,
  'config/foreign.test.ts': 39,
  'fix/all-fix-loop.property.test.ts': 36,
  'python/scanner.test.ts': 33,
  'precommit.test.ts': 30,
  'rules/shadowed-module.real.test.ts': 30,
  'rules/rules.test.ts': 28,
  'engine/baseline.test.ts': 21,
  'cli/args.test.ts': 19,
  'safety/fuzz.test.ts': 18,
  'rules/stub-without-source.real.test.ts': 17,
  'python/scale.test.ts': 17,
  'fix/files.test.ts': 15,
  'project/layout.test.ts': 15,
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
