#!/usr/bin/env node
'use strict';
// The CLI as one bundled file (npm run build): resolving and compiling some fifty modules one by
// one took about a tenth of a warm run.
require('../dist/bundle/cli.js').main(process.argv.slice(2)).then((code) => {
  // Exit once stdout and stderr are flushed rather than when the event loop drains: Node's orderly
  // teardown of a large project's heap took about 50 ms, longer than some whole runs.
  let pending = 2;
  const done = () => {
    if (--pending === 0) process.exit(code);
  };
  process.stdout.write('', done);
  process.stderr.write('', done);
});
