'use strict';
const fs = require('node:fs');
const Sequencer = require('@jest/test-sequencer').default;

/**
 * The longest files first, so that the two workers end together: jest's own order (files that failed
 * last time, then by the durations jest remembers in its cache). A file it has no duration for (a
 * clean checkout, as in CI) goes by the time limit it declares with `jest.setTimeout` (the author's
 * word that it is long: chaos, the equivalence searches, runaway Cypher), then by its size.
 */
class LongestFirstSequencer extends Sequencer {
  sort(tests) {
    const sorted = super.sort(tests);
    const unknown = sorted.filter((test) => test.duration == null);
    const limit = new Map(unknown.map((test) => [test, declaredTimeoutMs(test.path)]));
    const size = new Map(unknown.map((test) => [test, fs.statSync(test.path).size]));
    const ordered = [...unknown].sort((a, b) => limit.get(b) - limit.get(a) || size.get(b) - size.get(a));
    // The files without a duration keep the places jest gave them, in the order above.
    return sorted.map((test) => (test.duration == null ? ordered.shift() : test));
  }
}

/** The largest `jest.setTimeout(N)` in the file, 0 when it declares none. */
function declaredTimeoutMs(file) {
  const declared = [...fs.readFileSync(file, 'utf8').matchAll(/jest\.setTimeout\(([\d_]+)\)/g)].map((match) => Number(match[1].replace(/_/g, '')));
  return Math.max(0, ...declared);
}

module.exports = LongestFirstSequencer;
