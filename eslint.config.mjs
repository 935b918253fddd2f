// ESLint over every workspace (flat config). `npm run lint` checks, `npm run lint -- --fix` mends what it can;
// Prettier owns the layout (`npm run format`), so no rule here is about spacing.
import { readdirSync } from 'node:fs';

import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import simpleImportSort from 'eslint-plugin-simple-import-sort';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** The feature folders of a workspace's src/: every folder but the cross-cutting ones. */
function featuresOf(src, crossCutting) {
  return readdirSync(new URL(src, import.meta.url), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !crossCutting.includes(entry.name))
    .map((entry) => entry.name);
}

const serverFeatures = featuresOf('./server/src/', ['common', 'migrations']);
const webFeatures = featuresOf('./web/src/', ['ui', 'gql']);

/**
 * A feature uses another feature only through what that feature exports: its folder's index.ts
 * (`../objects`), never a file inside it (`../objects/object-query`). On the server a feature's
 * entities (`*.entity`) are imported from their own files too: TypeORM relations and GraphQL
 * fields need them while classes are being defined, and reaching them through an index that also
 * loads modules, services and resolvers would make the features' files load in a cycle.
 */
function featureBoundaries(src, features) {
  return features.map((feature) => {
    const others = features.filter((other) => other !== feature).join('|');
    return {
      files: [`${src}/${feature}/**/*.{ts,tsx}`],
      ignores: [`${src}/${feature}/**/*.test.{ts,tsx}`],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            patterns: [
              {
                regex: src === 'server/src' ? `^(\\.\\./)+(${others})/(?!.*\\.entity$)` : `^(\\.\\./)+(${others})/`,
                message:
                  'Use another feature only through what it exports: import its folder (its index.ts), not a file inside it (server: entities excepted).',
              },
            ],
          },
        ],
      },
    };
  });
}

export default tseslint.config(
  {
    ignores: ['**/dist/**', '**/node_modules/**', 'web/src/gql/**', 'bench/peer/**', '.data/**', 'coverage/**', '**/*.d.ts'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'simple-import-sort': simpleImportSort },
    languageOptions: { globals: { ...globals.node } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      'simple-import-sort/imports': 'error',
      'simple-import-sort/exports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-require-imports': 'off',
      'no-unused-private-class-members': 'error',
      'no-console': 'off',
    },
  },
  {
    // Nest's dependency injection reads the constructor parameters' types at run time: a type-only
    // import of an injected class would erase it.
    files: ['server/**/*.ts'],
    rules: { '@typescript-eslint/consistent-type-imports': 'off' },
  },
  {
    files: ['server/src/**/*.resolver.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'Decorator[expression.callee.name=/^Inject(DataSource|EntityManager|Repository)$/]',
          message: 'Resolvers stay thin: the database belongs to the feature’s service and repository.',
        },
        {
          selector: 'TSTypeReference[typeName.name=/^(DataSource|EntityManager|QueryRunner)$/]',
          message: 'Resolvers stay thin: the database belongs to the feature’s service and repository.',
        },
      ],
    },
  },
  ...featureBoundaries('server/src', serverFeatures),
  ...featureBoundaries('web/src', webFeatures),
  {
    files: ['web/src/ui/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: `^(\\.\\./)+(${webFeatures.join('|')})(/|$)`,
              message: 'ui/ is cross-cutting: it imports no feature folder (features pass what ui/ needs in).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
  },
  {
    // Served as is to other sites' pages (the priority list's embed script).
    files: ['web/public/**/*.js'],
    languageOptions: { sourceType: 'script', globals: { ...globals.browser } },
  },
  {
    // Functions the map benchmark hands to page.evaluate run in the browser.
    files: ['bench/map-browser.cjs'],
    languageOptions: { globals: { ...globals.browser } },
  },
  prettier,
);
