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
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': swc, '/node_modules/(p-retry|is-network-error)/.+\\.js$': swc },
  // ESM-only packages, which Node requires as they are but jest's module system needs in CommonJS.
  transformIgnorePatterns: ['/node_modules/(?!(p-retry|is-network-error)/)'],
  setupFiles: ['reflect-metadata'],
  // One Neo4j serves the whole run; test files share it one at a time and reset it themselves.
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  maxWorkers: 1,
  testTimeout: 60_000,
  slowTestThreshold: 10,
};
