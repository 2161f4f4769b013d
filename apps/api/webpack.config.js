// Bundles the API (and its workspace libs) into dist/apps/api; node_modules stay external.
// SWC keeps decorator metadata, which Nest's DI and the GraphQL code-first schema need.
const path = require('node:path');
const nodeExternals = require('webpack-node-externals');
const TsconfigPathsPlugin = require('tsconfig-paths-webpack-plugin');

const root = path.resolve(__dirname, '../..');

module.exports = {
  mode: 'production',
  target: 'node',
  context: root,
  entry: {
    main: './apps/api/src/main.ts',
    'generate-schema': './apps/api/src/generate-schema.ts',
    tools: './apps/api/src/tools.ts',
    'bench-grouping': './apps/api/src/bench/grouping-bench.ts',
    // Required by the bench's floor server (tools/bench-floor/cases/my-tasks.mjs), so a module.
    'bench-floor-tasks': { import: './apps/api/src/bench/floor-tasks.ts', library: { type: 'commonjs2' } },
  },
  output: { path: path.join(root, 'dist/apps/api'), filename: '[name].js', clean: true },
  devtool: 'source-map',
  optimization: { minimize: false },
  externalsPresets: { node: true },
  externals: [nodeExternals({ modulesDir: path.join(root, 'node_modules') })],
  resolve: {
    extensions: ['.ts', '.js', '.json'],
    plugins: [new TsconfigPathsPlugin({ configFile: path.join(root, 'tsconfig.base.json') })],
  },
  module: {
    rules: [
      {
        test: /\.ts$/,
        exclude: /node_modules/,
        use: {
          loader: 'swc-loader',
          options: {
            jsc: {
              parser: { syntax: 'typescript', decorators: true },
              transform: { legacyDecorator: true, decoratorMetadata: true },
              target: 'es2024',
              keepClassNames: true,
            },
            module: { type: 'commonjs' },
          },
        },
      },
    ],
  },
  ignoreWarnings: [
    /Critical dependency/,
    /Can't resolve '(@nestjs\/(websockets|microservices)|class-transformer\/storage|@apollo\/subgraph|@as-integrations|ts-morph|@mikro-orm|@nestjs\/sequelize|@nestjs\/mongoose)/,
  ],
  stats: 'errors-warnings',
};
