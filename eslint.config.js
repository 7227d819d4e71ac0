import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import pluginQuery from '@tanstack/eslint-plugin-query';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import jsxA11y from 'eslint-plugin-jsx-a11y-x';
import testingLibrary from 'eslint-plugin-testing-library';

const featureNames = ['overview', 'training', 'review', 'supervision', 'plans', 'kiosk', 'provenance', 'data-quality', 'export', 'room-check', 'authoring'];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public/mockServiceWorker.js', 'test-results', 'bench-results', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginQuery.configs['flat/recommended-strict'],
  {
    files: ['src/**/*.tsx'],
    ...jsxA11y.configs.strict,
  },
  {
    files: ['test/**/*.test.tsx'],
    ...testingLibrary.configs['flat/react'],
    rules: {
      ...testingLibrary.configs['flat/react'].rules,
      // Some contracts are attributes on marks with no role (data-figure-id on an SVG bar, a print page's
      // sections): those tests read the DOM on purpose.
      'testing-library/no-node-access': 'off',
      'testing-library/no-container': 'off',
    },
  },
  {
    // An import cycle (say between i18n/ and lib/) makes module order matter and hides a layering mistake.
    files: ['src/**/*.{ts,tsx}', 'build/**/*.ts', 'scripts/**/*.{ts,mjs}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'tsconfig.json' })],
      // How to read the imported files themselves, which the cycle check walks.
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
    },
    rules: { 'import-x/no-cycle': 'error', 'import-x/no-self-import': 'error', 'import-x/no-duplicates': 'error' },
  },
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
  // Copied into dist/ as they are: the boot watchdog runs in the page, the kill switch in a service worker.
  { files: ['build/boot-watchdog.js'], languageOptions: { sourceType: 'script', globals: { ...globals.browser } } },
  // Served in place of Vite's dynamic-import helper (build/lean-preload-helper-plugin.ts): a module in the page.
  { files: ['build/lean-preload-helper.js'], languageOptions: { sourceType: 'module', globals: { ...globals.browser } } },
  { files: ['build/sw-kill-switch.js'], languageOptions: { sourceType: 'script', globals: { ...globals.serviceworker } } },
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
