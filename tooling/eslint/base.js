import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * Env is validated once, in each app's `env.ts`; everything else imports it from there
 * so a missing or malformed variable fails at startup, not deep inside a request.
 */
export const restrictEnvAccess = tseslint.config({
  files: ['**/*.ts', '**/*.tsx'],
  ignores: ['**/env.ts', '**/*.test.ts', '**/*.config.ts', '**/test-utils/**'],
  rules: {
    'no-restricted-properties': [
      'error',
      {
        object: 'process',
        property: 'env',
        message: "Read configuration through the app's validated `env.ts` module.",
      },
    ],
  },
});

/** Typed lint rules shared by every package (docs/style.md §1). */
export const baseConfig = tseslint.config(
  { ignores: ['**/dist/**', '**/.next/**', '**/generated/**', '**/.cache/**', '**/*.js'] },
  {
    files: ['**/*.ts', '**/*.tsx'],
    extends: [js.configs.recommended, ...tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { prefer: 'type-imports', fixStyle: 'separate-type-imports' },
      ],
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Telemetry text is untrusted: render it as text only.',
        },
      ],
    },
  },
);
