import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import nx from '@nx/eslint-plugin';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default [
  { ignores: ['**/node_modules/**', '**/dist/**', '**/tmp/**', '.data/**', '.nx/**', '**/generated/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mts'],
    plugins: { '@nx': nx },
    // Nest and TypeORM read constructor and property types at run time (decorator metadata): an
    // import used there is a value import, and consistent-type-imports must know that.
    languageOptions: { parserOptions: { emitDecoratorMetadata: true, experimentalDecorators: true } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // A type-only import says so, and goes away in the build.
      '@typescript-eslint/consistent-type-imports': ['error', { prefer: 'type-imports', fixStyle: 'inline-type-imports' }],
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'] },
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'] },
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'] },
            { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:ui', 'type:util'] },
            { sourceTag: 'type:data-access', onlyDependOnLibsWithTags: ['type:data-access', 'type:util'] },
            { sourceTag: 'type:feature', onlyDependOnLibsWithTags: ['type:feature', 'type:data-access', 'type:ui', 'type:util'] },
            { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:feature', 'type:data-access', 'type:util', 'type:testing'] },
            // Contexts point down the life cycle, never back up.
            {
              sourceTag: 'ctx:core',
              notDependOnLibsWithTags: [
                'ctx:networks',
                'ctx:programmes',
                'ctx:rounds',
                'ctx:visits',
                'ctx:findings',
                'ctx:reports',
                'ctx:harvests',
                'ctx:meetings',
                'ctx:tracks',
              ],
            },
            { sourceTag: 'ctx:visits', notDependOnLibsWithTags: ['ctx:findings', 'ctx:reports', 'ctx:harvests'] },
            { sourceTag: 'ctx:findings', notDependOnLibsWithTags: ['ctx:reports', 'ctx:harvests'] },
            { sourceTag: 'ctx:reports', notDependOnLibsWithTags: ['ctx:harvests'] },
            { sourceTag: 'ctx:rounds', notDependOnLibsWithTags: ['ctx:visits', 'ctx:findings', 'ctx:reports', 'ctx:harvests'] },
            { sourceTag: 'ctx:programmes', notDependOnLibsWithTags: ['ctx:rounds', 'ctx:visits', 'ctx:findings', 'ctx:reports', 'ctx:harvests'] },
            {
              sourceTag: 'ctx:networks',
              notDependOnLibsWithTags: ['ctx:programmes', 'ctx:rounds', 'ctx:visits', 'ctx:findings', 'ctx:reports', 'ctx:harvests'],
            },
          ],
        },
      ],
    },
  },
  {
    // Scripts and configs in plain JavaScript run on Node: its globals, ES modules (.mjs) or CommonJS (.js, .cjs).
    files: ['**/*.mjs', '**/*.js', '**/*.cjs'],
    languageOptions: { globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
  },
  {
    // Every project's Jest config spreads the one preset at the root.
    files: ['**/jest.config.ts'],
    rules: { '@nx/enforce-module-boundaries': 'off' },
  },
  {
    // Tests read untyped JSON responses; `any` there is deliberate.
    files: ['**/*.spec.ts', '**/*.spec.tsx', 'apps/api/test/**/*.ts', 'apps/web-e2e/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // The web app's event handlers and effects: a promise nobody awaits is a failure nobody sees.
    // Type-aware, so only where it pays most (the API awaits through Nest and its tests).
    files: ['apps/web/src/**/*.ts', 'apps/web/src/**/*.tsx', 'libs/web/*/src/**/*.ts', 'libs/web/*/src/**/*.tsx'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
    },
  },
  {
    files: ['apps/web/**/*.tsx', 'apps/web/**/*.ts', 'libs/web/**/*.tsx', 'libs/web/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
];
