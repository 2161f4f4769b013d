/* eslint-disable */
const preset = require('../../../jest.preset.js');
export default { ...preset, displayName: 'api-networks', rootDir: __dirname, testMatch: ['<rootDir>/src/**/*.spec.ts'] };
