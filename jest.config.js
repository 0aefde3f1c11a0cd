/** @type {import('jest').Config} */
const swc = [
  '@swc/jest',
  {
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
  },
];

module.exports = {
  // Node's, with the jest worker's own Neo4j put in the environment (test/support/neo4j-servers.ts).
  testEnvironment: '<rootDir>/test/support/environment.ts',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': swc, '/node_modules/(p-retry|is-network-error)/.+\\.js$': swc },
  // ESM-only packages, which Node requires as they are but jest's module system needs in CommonJS.
  transformIgnorePatterns: ['/node_modules/(?!(p-retry|is-network-error)/)'],
  setupFiles: ['reflect-metadata'],
  // One Neo4j per worker serves the whole run; the files a worker runs share it one at a time and find
  // the graph they ask for (test/support/graph.ts). `npm test` runs two workers; a file run alone, one.
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  // The longest files first (jest's remembered durations, else each file's declared time limit), so the workers end together.
  testSequencer: '<rootDir>/test/support/sequencer.js',
  maxWorkers: 1,
  // A worker that has run half the suite ends with 2–4.5 GB resident (its module registries and the proposer's
  // models), and returning that to the system can take longer than jest's default 500 ms on a loaded 2-core machine: a
  // full run ended with "A worker process has failed to exit gracefully" though both workers had reached their 'exit'
  // event with no handle open (measured by logging each worker's handles after every file, December 2026).
  workerGracefulExitTimeout: 5_000,
  testTimeout: 60_000,
  slowTestThreshold: 10,
};
