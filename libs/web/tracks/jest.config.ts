import preset from '../../../jest.preset.web.js';
export default { ...preset, displayName: 'web-tracks', testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.spec.tsx'] };
