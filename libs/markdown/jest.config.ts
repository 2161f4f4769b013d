import preset from '../../jest.preset.js';
export default { ...preset, displayName: 'markdown', testMatch: ['<rootDir>/src/**/*.spec.ts'] };
