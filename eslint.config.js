// Static regex check (issue 26): no pattern in lib/ or scripts/ may backtrack
// super-linearly, and none may cost quadratic time while the engine moves it
// across untrusted text. Run by tests/unit/regex-linear.test.ts in `npm test`.
import tsParser from '@typescript-eslint/parser';
import regexp from 'eslint-plugin-regexp';

export default [
  { ignores: ['lib/generated/**', 'node_modules/**', '.next/**'] },
  {
    files: ['lib/**/*.ts', 'scripts/**/*.ts'],
    languageOptions: { parser: tsParser, ecmaVersion: 'latest', sourceType: 'module' },
    linterOptions: { reportUnusedDisableDirectives: 'off' },
    plugins: { regexp },
    rules: {
      'regexp/no-super-linear-backtracking': ['error', { report: 'potential' }],
      'regexp/no-super-linear-move': ['error', { report: 'potential', ignorePartial: false }],
    },
  },
];
