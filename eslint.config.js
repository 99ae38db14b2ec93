import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'test-output/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/entrypoints/**'], message: 'src/ must not import from entrypoints/.' }] },
      ],
    },
  },
  {
    // The extraction core runs unchanged in Node tests: no extension APIs in it.
    files: ['src/extract/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['wxt', 'wxt/*', '**/platform/**', '**/store/**', '**/export/**'],
              message: 'src/extract is pure: no extension APIs, no storage.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'browser', 'chrome', 'window', 'document', 'location'],
    },
  },
);
