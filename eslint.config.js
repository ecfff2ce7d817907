import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import boundaries from 'eslint-plugin-boundaries';

// Architecture boundaries (issue #14; probes in test/unit/lint/boundaries.test.ts prove each one bites):
// rules/ is pure; the database (Dexie, storage's background modules) is reachable from the background
// only, so it never opens in Seller Central's origin; shared components and lib never reach an entry.
const BACKGROUND_STORAGE = ['storage/db.ts', 'storage/repo.ts', 'storage/dashboard.ts', 'storage/dashboard-cache.ts'];

export default tseslint.config(
  { ignores: ['.output/**', '.output-*/**', '.wxt/**', 'node_modules/**', 'dist/**', 'test/fixtures/**/*.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // Dexie is opened by storage/db.ts, in the background only
    files: ['**/*.ts', '**/*.tsx'],
    ignores: ['storage/db.ts', 'test/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [{ name: 'dexie', message: 'Dexie is opened by storage/db.ts in the background only' }] }] },
  },
  {
    // rules/ is pure: no DOM, no browser, no storage (architecture principle 1); external packages
    // are kept out here (the boundaries plugin below guards the project's own folders).
    files: ['rules/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', 'window', 'document', 'browser', 'chrome', 'indexedDB', 'localStorage', 'navigator'],
      'no-restricted-imports': ['error', { patterns: ['wxt/*', 'dexie', '../storage/*', '../lib/*', 'react'] }],
    },
  },
  {
    files: ['rules/**', 'storage/**', 'lib/**', 'components/**', 'entrypoints/**'],
    plugins: { boundaries },
    settings: {
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs'] } },
      'boundaries/elements': [
        { type: 'rules', pattern: 'rules' },
        { type: 'storage', pattern: 'storage' },
        { type: 'background', pattern: 'entrypoints/background' },
        { type: 'entry', pattern: 'entrypoints' },
        { type: 'components', pattern: 'components' },
        { type: 'lib', pattern: 'lib' },
      ],
      'boundaries/files': [
        { category: 'code', pattern: '**' },
        { category: 'database', pattern: BACKGROUND_STORAGE },
        { category: 'background-entry', pattern: 'entrypoints/background/**' },
      ],
    },
    rules: {
      'boundaries/dependencies': ['error', {
        default: 'allow',
        policies: [
          { from: { element: { type: 'rules' } }, disallow: { to: { element: { type: '!rules' } } }, message: 'rules/ is pure: it imports nothing outside rules/' },
          { from: { file: { categories: { noneOf: ['database', 'background-entry'] } } }, disallow: { to: { file: { categories: 'database' } } }, message: 'the database lives in the background only (never in a Seller Central page or an extension page)' },
          { from: { element: { type: '!background' } }, disallow: { to: { element: { type: 'background' } } }, message: 'the database lives in the background only (its modules are not imported elsewhere)' },
          { from: { element: { types: { anyOf: ['components', 'lib', 'storage'] } } }, disallow: { to: { element: { types: { anyOf: ['entry', 'background'] } } } }, message: 'shared code never reaches into an entry point' },
        ],
      }],
    },
  },
  {
    // page code reads, calls rules/ and renders: no function long enough to hide a decision (issue 14)
    files: ['entrypoints/**/*.ts', 'entrypoints/**/*.tsx'],
    rules: { 'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }] },
  },
  {
    files: ['scripts/**', 'test/**'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly' } },
  },
);
