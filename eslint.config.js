// Lint rules. The core must stay pure: no framework or DOM imports (see docs/architecture.md).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'bench-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['phaser', 'inkjs', 'inkjs/*', 'howler', 'zustand', 'zustand/*', 'node:*'] },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'navigator'],
    },
  },
  {
    files: [
      'src/ui/**/*.ts',
      'src/scenes/**/*.ts',
      'src/state/**/*.ts',
      'src/audio/**/*.ts',
      'src/app/**/*.ts',
    ],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['inkjs', 'inkjs/*'] }],
    },
  },
);
