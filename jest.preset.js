// Shared Jest settings: SWC transpiles TypeScript (with decorator metadata for Nest and
// TypeORM); type checking is the separate `typecheck` target.
const path = require('node:path');
const { compilerOptions } = require('./tsconfig.base.json');

const moduleNameMapper = {};
for (const [alias, [target]] of Object.entries(compilerOptions.paths)) {
  moduleNameMapper[`^${alias.replace(/[/.]/g, '\\$&')}$`] = path.join(__dirname, target);
}

// Packages published only as ES modules, which SWC turns into CommonJS like our own code.
const esmOnly = [
  'temporal-polyfill',
  'temporal-utils',
  'temporal-spec',
  'openid-client',
  'oauth4webapi',
  'jose',
  'otplib',
  '@otplib',
  '@scure/base',
  '@noble/hashes',
];

module.exports = {
  testEnvironment: 'node',
  transformIgnorePatterns: [`/node_modules/(?!(${esmOnly.join('|')})/)`],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'json'],
  moduleNameMapper,
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', tsx: true, decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
          target: 'es2024',
          keepClassNames: true,
        },
        module: { type: 'commonjs' },
      },
    ],
  },
};
