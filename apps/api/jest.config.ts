import preset from '../../jest.preset.js';
// API integration tests: real PostgreSQL, one database per test file cloned from a migrated template.
export default {
  ...preset,
  displayName: 'api',
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
  globalSetup: '<rootDir>/test/global-setup.ts',
  // Generous, never relied upon: a file's world is built in its beforeAll, and on a busy machine
  // (two workers and PostgreSQL on two cores) that may take longer than the tests themselves.
  testTimeout: 60000,
};
