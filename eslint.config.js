import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import pluginQuery from '@tanstack/eslint-plugin-query';

const featureNames = ['overview', 'training', 'review', 'supervision', 'plans', 'kiosk', 'provenance', 'data-quality', 'export', 'room-check'];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public/mockServiceWorker.js', 'test-results', 'bench-results', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginQuery.configs['flat/recommended'],
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      // A leading underscore marks a parameter kept for the signature's sake.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  // Features never import each other; shared code (components, lib, api, data, i18n) never imports features or app.
  ...featureNames.map((feature) => ({
    files: [`src/features/${feature}/**`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: featureNames
            .filter((other) => other !== feature)
            .map((other) => ({ group: [`@/features/${other}/*`, `@/features/${other}`], message: 'Features must not import each other.' })),
        },
      ],
    },
  })),
  {
    files: ['src/components/**', 'src/lib/**', 'src/api/**', 'src/data/**', 'src/i18n/**', 'src/mocks/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@/features/*', '@/app/*'], message: 'Shared code must not import features or app wiring.' }] },
      ],
    },
  },
);
