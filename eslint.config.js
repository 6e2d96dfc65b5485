// Lint rules: typescript-eslint (type-checked) for TypeScript, react-hooks for the web app, and the module
// boundaries of ARCHITECTURE.md "Layout" / STYLE.md B2 as import-x errors. Formatting is prettier's job.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const root = import.meta.dirname;

/** Folders of src/web that are not features: composition, shared code, Vite's static files. */
const WEB_NOT_FEATURES = ['app', 'lib', 'components', 'public'];

/** Every other folder of src/web is a feature; read at load time so that new features are covered. */
function webFeatures() {
  try {
    return readdirSync(join(root, 'src/web'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && !WEB_NOT_FEATURES.includes(entry.name))
      .map((entry) => entry.name);
  } catch {
    return [];
  }
}

const boundaryZones = [
  {
    target: './src/domain',
    from: ['./src/server', './src/web', './src/cli'],
    message: 'src/domain is pure and shared: it imports nothing from server, web or cli.',
  },
  { target: './src/server', from: './src/web', message: 'The server does not import the web app.' },
  { target: './src/cli', from: './src/web', message: 'The CLI does not import the web app.' },
  {
    target: './src/web',
    from: ['./src/server', './src/cli'],
    message: 'The web app talks to the server over HTTP only; share code through src/domain.',
  },
  {
    target: ['./src/web/lib', './src/web/components'],
    from: './src/web',
    except: ['./lib', './components'],
    message: 'Shared web code (lib, components) does not import features or app.',
  },
  ...webFeatures().map((feature) => ({
    target: `./src/web/${feature}`,
    from: './src/web',
    except: [`./${feature}`, './lib', './components'],
    message: 'A web feature imports only itself, src/web/lib and src/web/components; app/ composes features.',
  })),
];

const typeScriptFiles = ['**/*.{ts,tsx,mts,cts}'];
const testFiles = ['**/*.test.{ts,tsx}', '**/*.spec.{ts,tsx}', 'src/server/test/**', 'e2e/**'];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'data/**',
      'resources/**',
      'coverage/**',
      'test-results/**',
      '.tmp/**',
    ],
  },
  js.configs.recommended,
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: globals.node },
  },
  {
    files: typeScriptFiles,
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: {
        // The three tsconfigs: domain (no DOM, no node), server (node), web (DOM, vite).
        project: ['./tsconfig.domain.json', './tsconfig.server.json', './tsconfig.web.json'],
        tsconfigRootDir: root,
      },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
      // React event handlers and Fastify hooks take async functions whose promise nobody awaits.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      // Fastify plugins are `async (app) => { … }` without await by convention.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    rules: {
      'no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      // Parse .ts/.tsx dependencies with the TypeScript parser (no-cycle follows them).
      'import-x/extensions': importX.flatConfigs.typescript.settings['import-x/extensions'],
      'import-x/parsers': importX.flatConfigs.typescript.settings['import-x/parsers'],
      'import-x/external-module-folders': ['node_modules', 'node_modules/@types'],
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          alwaysTryTypes: true,
          // The solution tsconfig, whose references are the domain, server and web projects.
          project: join(root, 'tsconfig.json'),
        }),
      ],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: root, zones: boundaryZones }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-self-import': 'error',
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*'], message: 'src/domain runs in the browser too: no node: modules, no I/O.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/web/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
    languageOptions: { globals: globals.browser },
  },
  {
    // Callbacks in option objects (antd menu items, TanStack Query's onSuccess/onSettled) may return React
    // Router's navigate() promise; React and those libraries ignore the return value by design.
    files: ['src/web/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-misused-promises': [
        'error',
        { checksVoidReturn: { attributes: false, properties: false } },
      ],
    },
  },
  {
    // Kysely's documented migration signature is `up(db: Kysely<any>)`: migrations are frozen and must not
    // depend on the app's current schema types (STYLE.md B6).
    files: ['src/server/db/migrations/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
    },
  },
  {
    // Matchers such as expect.any() and light-my-request's res.json() are typed `any` by their libraries.
    files: testFiles,
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
);
