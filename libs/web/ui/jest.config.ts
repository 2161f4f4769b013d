import preset from '../../../jest.preset.web.js';
export default { ...preset, displayName: 'web-ui', testMatch: ['<rootDir>/src/**/*.spec.ts'] };
