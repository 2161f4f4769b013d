// Jest settings for the web libraries: the shared preset, plus the design system's React
// components, which ship only as ES modules (dist/index.mjs behind an "import" export condition).
const path = require('node:path');
const preset = require('./jest.preset.js');

const [swc, swcOptions] = Object.values(preset.transform)[0];

module.exports = {
  ...preset,
  moduleNameMapper: {
    ...preset.moduleNameMapper,
    // Stylesheets are the bundler's business.
    '\\.css$': path.join(__dirname, 'tools', 'jest', 'empty-module.js'),
    '^(@utrecht/[a-z-]+-react)$': path.join(__dirname, 'node_modules', '$1', 'dist', 'index.mjs'),
  },
  transform: { ...preset.transform, '^.+\\.mjs$': [swc, swcOptions] },
  // Those .mjs files, and the ES-module-only packages of the shared preset (temporal-polyfill,
  // which libs/domain uses), are compiled to CommonJS like our own sources.
  transformIgnorePatterns: ['/node_modules/(?!(temporal-polyfill|temporal-utils|temporal-spec)/|.*\\.mjs$)'],
};
