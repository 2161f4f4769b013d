/* eslint-disable */
const preset = require('../../jest.preset.js');
export default { ...preset, displayName: 'domain', rootDir: __dirname, testMatch: ['<rootDir>/src/**/*.spec.ts'] };
