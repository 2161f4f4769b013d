import preset from '../../../jest.preset.web.js';
export default { ...preset, displayName: 'web-meetings', testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.spec.tsx'] };
