import preset from '../../jest.preset.js';
export default { ...preset, displayName: 'reference-data', testMatch: ['<rootDir>/src/**/*.spec.ts'] };
