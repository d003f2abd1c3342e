// ESLint flat config. `npm run lint` checks the whole tree; type-aware rules run
// on TypeScript only, through the TypeScript project service (tsconfig.json).
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { allowedLibFolders, allowedLibImports } from './eslint/boundaries.mjs';
import libBoundaries from './eslint/rules/lib-boundaries.mjs';

/** Libs through their public index and along eslint/boundaries.mjs only (also used by test/lint-boundaries.e2e-spec.ts). */
export const boundaries = {
  files: ['{apps,libs,test,bench,migrations,scripts}/**/*.{ts,js,mjs,cjs}'],
  plugins: { local: { rules: { 'lib-boundaries': libBoundaries } } },
  rules: { 'local/lib-boundaries': ['error', { allowed: allowedLibImports, libFolders: allowedLibFolders }] },
};

export default defineConfig(
  globalIgnores(['dist/', 'coverage/', '.data/', 'test-artifacts/', 'apps/web/src/gql/']),
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  {
    files: ['**/*.{js,mjs,cjs}'],
    extends: [js.configs.recommended],
    languageOptions: { globals: globals.node },
  },
  { files: ['**/*.js'], languageOptions: { sourceType: 'commonjs' } },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [tseslint.configs.recommended],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // Type-aware rules that catch bugs. The rest of recommendedTypeChecked
      // (no-unsafe-* on `any` from raw SQL rows and untyped packages,
      // require-await, ...) finds about 140 places that each need typing by
      // hand, not a mechanical fix: left for a follow-up.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-unnecessary-type-assertion': 'error',
      // `const { secret: _secret, ...rest } = x` is how a field is left out of a copy.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  {
    // The web app runs in the browser.
    files: ['apps/web/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
  },
  {
    // Tests and benchmarks read loosely typed JSON answers; domain code keeps `any` out.
    files: ['test/**/*.ts', 'bench/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  boundaries,
);
