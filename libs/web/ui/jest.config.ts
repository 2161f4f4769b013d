/* eslint-disable */
const preset = require('../../../jest.preset.js');
export default { ...preset, displayName: 'web-ui', rootDir: __dirname, testMatch: ['<rootDir>/src/**/*.spec.ts'] };
