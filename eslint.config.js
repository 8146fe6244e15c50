// ESLint: TypeScript, Lit templates and web-component best practice, with zero warnings in CI.
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'storybook-static/',
      'src/generated/',
      'node_modules/',
      'bench/results/',
      'coverage/',
      // The example apps' builds.
      'examples/*/dist/',
    ],
  },
  ...tseslint.configs.recommended,
  wc.configs['flat/recommended'],
  wc.configs['flat/best-practice'],
  lit.configs['flat/recommended'],
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  // No test waits on a fixed time: it waits for the event or state it needs, with a ceiling
  // (test/helpers/settle.ts: settled(), nextTask(), idle(); waitUntil from @open-wc/testing).
  {
    files: ['test/**/*.ts', 'src/**/*.test.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "CallExpression[callee.name='setTimeout'], CallExpression[callee.property.name='setTimeout']",
          message:
            'No test waits on a fixed time: wait for the event or state (test/helpers/settle.ts).',
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@open-wc/testing',
              importNames: ['aTimeout'],
              message:
                'No test waits on a fixed time: wait for the event or state (test/helpers/settle.ts).',
            },
          ],
        },
      ],
    },
  },
  // src/core is the format as data: pure TypeScript that runs in Node with no DOM and no Lit.
  // It imports nothing but itself (its tests may also import test fixtures and libraries).
  ...coreBoundary(),
);

/**
 * `no-restricted-imports` for src/core, one entry per folder depth: a relative import leaves
 * core when it climbs more levels than the file sits below src/core.
 */
function coreBoundary() {
  const lit = { regex: '^(lit|@lit/)', message: 'src/core must not depend on Lit.' };
  const packages = {
    regex: '^(?![.]|lit$|lit/|@lit/)',
    message: 'src/core imports nothing but itself (no packages); it runs as is in Node.',
  };
  return [0, 1, 2].map((depth) => {
    const up = '../'.repeat(depth + 1);
    const escape = {
      regex: `^${up.replaceAll('.', '[.]')}`,
      message: 'src/core imports nothing outside src/core.',
    };
    return {
      files: [`src/core/${'*/'.repeat(depth)}*.ts`],
      ignores: ['**/*.test.ts'],
      rules: { 'no-restricted-imports': ['error', { patterns: [lit, packages, escape] }] },
    };
  });
}
