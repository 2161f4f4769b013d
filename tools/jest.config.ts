import preset from '../jest.preset.js';
// Tests of the repository's own tools (deployment manifest validation); no database.
export default { ...preset, displayName: 'tools', testMatch: ['<rootDir>/scripts/**/*.spec.ts'] };
