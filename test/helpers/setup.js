// Every CLI a test spawns records its run and may replay it (src/replay.ts), whatever the machine's
// speed: with the default 2 s margin for files changed just before a run, timing would decide
// whether a test's second run is a replay. The replay tests set their own value where it matters.
process.env.DUNDERLINT_RACY_MS = '0';
