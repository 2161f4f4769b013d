import preset from '../../../jest.preset.js';
export default { ...preset, displayName: 'api-core', testMatch: ['<rootDir>/src/**/*.spec.ts'] };
