import preset from '../../../jest.preset.js';
export default { ...preset, displayName: 'api-networks', testMatch: ['<rootDir>/src/**/*.spec.ts'] };
