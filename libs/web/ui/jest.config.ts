/* eslint-disable */
import preset from '../../../jest.preset.js';
export default { ...preset, displayName: 'web-ui', testMatch: ['<rootDir>/src/**/*.spec.ts'] };
