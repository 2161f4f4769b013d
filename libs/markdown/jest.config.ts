/* eslint-disable */
const preset = require('../../jest.preset.js');
export default { ...preset, displayName: 'markdown', rootDir: __dirname, testMatch: ['<rootDir>/src/**/*.spec.ts'] };
