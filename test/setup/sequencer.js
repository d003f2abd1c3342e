'use strict';
// Runs the latency tests (test/ingestion-load.e2e-spec.ts) last: they measure
// how long other users wait while one user imports, and must not share the
// two cores with the heaviest test files, which jest starts first.
const Sequencer = require('@jest/test-sequencer').default;

const LAST = /ingestion-load\.e2e-spec\.ts$/;

class LatencyLastSequencer extends Sequencer {
  async sort(tests) {
    const ordered = await super.sort(tests);
    return [...ordered.filter((t) => !LAST.test(t.path)), ...ordered.filter((t) => LAST.test(t.path))];
  }
}

module.exports = LatencyLastSequencer;
