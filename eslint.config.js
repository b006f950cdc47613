// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * Layer boundaries (see docs/ARCHITECTURE.md). Each entry: the package, and the
 * message shown when it imports something it must not.
 */
const forbid = (patterns, message) => ({
  'no-restricted-imports': [
    'error',
    { patterns: patterns.map((group) => ({ group: [group], message })) },
  ],
});

/** A relative path from the repository root's e2e/ or bench/ into a package's files, past its entry. */
const INTO_PACKAGES = ['../packages/*'];
/** A relative path out of packages/cli (from src/ or src/commands/) into another package's files. */
const OUT_OF_PACKAGE = ['../../*', '../../../*'];

const JUDGE_TESTS_MAY_IMPORT =
  'judge may import only core; its tests may also import @onsite/db/testing. See docs/ARCHITECTURE.md.';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'packages/web/.builds/**',
      '.onsite/**',
      'e2e/artifacts/**',
      'packages/cli/bin/**',
      'packages/judge/harness/**',
      // Reference solutions are data the judge runs, written against the harness's globals.
      'packages/content/bank/**',
      'bench/complexity-set/solutions/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['eslint.config.js'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        { allowNumber: true, allowBoolean: true },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-confusing-void-expression': 'off',
    },
  },
  // Plain JavaScript (this file) is not part of the TypeScript program.
  { files: ['**/*.js'], ...tseslint.configs.disableTypeChecked },
  {
    files: ['packages/*/src/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}', '**/*.test-suite.ts', '**/testing.ts', '**/testing/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...[
          'ImportDeclaration',
          'ExportNamedDeclaration',
          'ExportAllDeclaration',
          'ImportExpression',
        ].map((node) => ({
          selector: `${node}[source.value=/^@onsite\\/[a-z]+\\/testing$/]`,
          message:
            'Test fakes (@onsite/<package>/testing) are for tests only; shipped code uses a real adapter.',
        })),
      ],
    },
  },
  {
    files: ['packages/core/src/**/*.{ts,tsx}'],
    rules: {
      ...forbid(
        ['@onsite/*', 'node:*', 'fs', 'path', 'child_process', 'http', 'kysely', 'hono', 'react'],
        'core is pure: it may import only zod and small pure libraries (no Node APIs, storage, HTTP or UI). See docs/ARCHITECTURE.md.',
      ),
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'core never reads process.*: pass config in.' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'core never reads the clock: inject a Clock.' },
        {
          object: 'Math',
          property: 'random',
          message: 'core never uses Math.random(): inject randomness.',
        },
      ],
    },
  },
  {
    files: ['packages/{content,db,judge}/src/**/*.ts'],
    rules: forbid(
      [
        '@onsite/server',
        '@onsite/server/*',
        '@onsite/web',
        '@onsite/cli',
        '@onsite/content',
        '@onsite/db',
        '@onsite/judge',
      ],
      'content, db and judge may import only core. See docs/ARCHITECTURE.md.',
    ),
  },
  // Two tests need a real part from beside them: content's judge the bank's reference solutions
  // in the sandbox, judge's start PostgreSQL with db's throwaway-server helper.
  {
    files: ['packages/content/src/**/*.test.ts'],
    rules: forbid(
      ['@onsite/server', '@onsite/server/*', '@onsite/web', '@onsite/cli', '@onsite/db'],
      'content may import only core; its tests may also import judge. See docs/ARCHITECTURE.md.',
    ),
  },
  {
    files: ['packages/judge/src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          // `@onsite/db` itself by name: as a pattern it would also cover (and block) db/testing.
          paths: [{ name: '@onsite/db', message: JUDGE_TESTS_MAY_IMPORT }],
          patterns: [
            {
              group: [
                '@onsite/server',
                '@onsite/server/*',
                '@onsite/web',
                '@onsite/cli',
                '@onsite/content',
                '@onsite/db/*',
                '!@onsite/db/testing',
              ],
              message: JUDGE_TESTS_MAY_IMPORT,
            },
          ],
        },
      ],
    },
  },
  {
    files: ['packages/server/src/**/*.ts'],
    rules: forbid(
      ['@onsite/web', '@onsite/web/*', '@onsite/cli', '@onsite/cli/*'],
      'server may import core, content, db and judge, never web or cli.',
    ),
  },
  {
    files: ['packages/cli/src/**/*.ts'],
    rules: forbid(
      ['@onsite/web', '@onsite/web/*', ...OUT_OF_PACKAGE],
      'cli may import server, core, content, db and judge through their entries (`@onsite/<package>` or a subpath it exports), never web. See docs/ARCHITECTURE.md.',
    ),
  },
  {
    files: ['e2e/**/*.ts'],
    rules: forbid(
      ['@onsite/web', '@onsite/web/*', '@onsite/cli', '@onsite/cli/*', ...INTO_PACKAGES],
      'e2e drives the web app in the browser and the CLI as a process: it may import server, core, content, db and judge through their entries (`@onsite/<package>` or a subpath it exports), never web or cli. See docs/ARCHITECTURE.md.',
    ),
  },
  {
    files: ['bench/**/*.ts'],
    rules: forbid(
      ['@onsite/web', '@onsite/web/*', '@onsite/cli', '@onsite/cli/*', ...INTO_PACKAGES],
      'bench measures packages through their entries (`@onsite/<package>`, `@onsite/<package>/testing`), never by a path into their sources, and never web or cli. See docs/ARCHITECTURE.md.',
    ),
  },
  {
    files: ['packages/web/src/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@onsite/server', '@onsite/server/*'],
              allowTypeImports: true,
              message: 'web may import server as types only (import type).',
            },
            {
              group: ['@onsite/db', '@onsite/judge', '@onsite/content', '@onsite/cli', 'node:*'],
              message: 'web may import only core, and server as types.',
            },
          ],
        },
      ],
    },
  },
);
