import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
  {
    ignores: [
      'dist/',
      'storybook-static/',
      'node_modules/',
      '.svelte-kit/',
      // The consumer site is its own project, linted by being built and checked there.
      'tests/consumer/site/',
      // So are the other stacks' apps (tests/consumer/stacks.test.ts builds and reads them).
      'tests/consumer/stacks/',
    ],
  },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  prettier,
  ...svelte.configs.prettier,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      parserOptions: {
        projectService: true,
        extraFileExtensions: ['.svelte'],
        parser: ts.parser,
        svelteConfig,
      },
    },
  },
  {
    // Tests build deliberately malformed documents; `any` is the honest type for those.
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // No {@html} anywhere: text is text.
    files: ['src/lib/**/*.svelte'],
    rules: {
      'svelte/no-at-html-tags': 'error',
      // A prop taken out of `...rest` so that it does not land on the element as an attribute.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      // A library has no SvelteKit router to resolve through: its links are the CMS's URLs.
      'svelte/no-navigation-without-resolve': 'off',
    },
  },
  {
    // The benchmark's Svelte floor: rendered once on the server, never reactive; its `{' '}`
    // are bytes of the page it must write exactly.
    files: ['bench/**/*.svelte'],
    rules: {
      'svelte/no-navigation-without-resolve': 'off',
      'svelte/prefer-svelte-reactivity': 'off',
      'svelte/no-useless-mustaches': 'off',
    },
  },
);
