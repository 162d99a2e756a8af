// ESLint for TypeScript, Astro components and the Node scripts. Formatting is Prettier's job (.prettierrc.json);
// this file only catches mistakes, plus the 120-character line limit for code (long strings and URLs excepted,
// since breaking a verbatim quote or an address would harm more than it helps).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

export default [
  {
    ignores: [
      'dist/',
      '.astro/',
      'node_modules/',
      'scripts/bench/charts/node_modules/',
      'test-results/',
      'playwright-report/',
      'screenshots/',
      '.dist-*/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      'max-len': [
        'error',
        { code: 120, ignoreUrls: true, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreRegExpLiterals: true },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
];
