/* eslint-disable */
const preset = require('../jest.preset.js');
// Tests of the repository's own tools (deployment manifest validation); no database.
export default { ...preset, displayName: 'tools', rootDir: __dirname, testMatch: ['<rootDir>/scripts/**/*.spec.ts'] };
