import preset from '../../jest.preset.js';
// API integration tests: real PostgreSQL, one database per test file cloned from a migrated template.
export default {
  ...preset,
  displayName: 'api',
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
  globalSetup: '<rootDir>/test/global-setup.ts',
  testTimeout: 30000,
};
