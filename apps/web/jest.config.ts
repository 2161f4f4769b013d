/* eslint-disable */
const preset = require('../../jest.preset.js');
export default { ...preset, displayName: 'web', rootDir: __dirname, testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.spec.tsx'] };
