// Lint rules, including the architecture: arrows point inward (app → features → domain,
// features → storage → domain), the domain stays pure, features don't import each other.
// Errors only, no warnings, no per-file exemptions (../shared/STYLE.md).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import { importX, createNodeResolver } from 'eslint-plugin-import-x';
import globals from 'globals';

const FEATURES = ['home', 'household', 'rights', 'notices', 'help', 'settings', 'onboarding', 'questions', 'volunteer'];

const featureZones = FEATURES.map((feature) => ({
  target: `./src/features/${feature}`,
  from: './src/features',
  except: [`./${feature}`],
  message: 'Features do not import each other: move what they share to ui/, storage/ or domain/.',
}));

export default tseslint.config(
  { ignores: ['dist/', 'dist-*/', 'coverage/', 'node_modules/', 'test-results/', '.tmp*/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })] },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './src/domain',
              from: ['./src/app', './src/features', './src/storage', './src/ui', './src/i18n', './src/sw', './src/cli'],
              message: 'The domain is pure TypeScript: it imports nothing of the app.',
            },
            {
              target: './src/storage',
              from: ['./src/app', './src/features', './src/ui', './src/i18n', './src/cli'],
              message: 'Storage depends only on the domain.',
            },
            { target: './src/features', from: './src/app', message: 'Features do not import the app shell.' },
            {
              target: './src/ui',
              from: ['./src/app', './src/features', './src/storage'],
              message: 'UI primitives know nothing of features or storage.',
            },
            { target: './src/i18n', from: ['./src/app', './src/features', './src/storage', './src/ui'] },
            {
              target: './src/sw',
              from: ['./src/app', './src/features', './src/ui'],
              message: 'The service worker uses the domain, storage and texts, never screens.',
            },
            { target: './src/cli', from: ['./src/app', './src/features', './src/ui', './src/storage', './src/sw'] },
            ...featureZones,
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.tsx'],
    ...jsxA11y.flatConfigs.recommended,
  },
  {
    // The domain runs in the browser, the CLI and tests alike: no framework, no storage, no DOM.
    files: ['src/domain/**/*.ts'],
    ignores: ['src/domain/**/*.test.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['react', 'react-dom', 'dexie', 'dexie-react-hooks', 'i18next', 'react-i18next', 'wouter', 'workbox-window'].map(
            (name) => ({ name, message: 'The domain is pure TypeScript.' }),
          ),
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'indexedDB'],
    },
  },
  {
    // The shell and the first screen use the light storage API, so the first screen stays within
    // its size budget (docs/decisions/0004-performance-budget.md).
    files: ['src/app/**', 'src/main.tsx', 'src/features/home/**'],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)storage(/index)?$',
              message: 'The first screen imports storage/shell, not the whole storage layer.',
            },
            { regex: '(^|/)domain/profile(/index)?$', message: 'Keep the profile validator out of the first screen.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/sw/**'],
    languageOptions: { globals: { ...globals.serviceworker } },
  },
  {
    files: ['scripts/**', 'tests/e2e/**', 'src/cli/**', '*.config.ts', 'eslint.config.js'],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-console': 'off' },
  },
);
