import preset from '../../../jest.preset.js';
export default { ...preset, displayName: 'api-documents', testMatch: ['<rootDir>/src/**/*.spec.ts'] };
