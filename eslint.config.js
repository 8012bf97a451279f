// ESLint: TypeScript (typescript-eslint, type-aware where it is cheap) and Astro components (eslint-plugin-astro).
// Formatting is Prettier's job (.prettierrc.json); this file is about mistakes.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', 'tests/.tmp/', '.astro/', 'public/', 'node_modules/', 'test-results/', '.test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    rules: {
      // Unused names are dead code: fail on them, except a deliberate leading underscore.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Non-null assertions are used where the build has already checked the value exists (site-data's checks).
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // Browser scripts and the service worker run in the browser.
    files: ['src/scripts/**', 'src/service-worker/**'],
    languageOptions: { globals: { window: 'readonly', document: 'readonly', self: 'readonly', navigator: 'readonly', location: 'readonly' } },
  },
);
