// @ts-check
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      // Apps with their own tools (tsc, vue-tsc, the Angular compiler): scripts/examples.mjs.
      'examples/',
      'storybook-static/',
      'node_modules/',
      'coverage/',
      'custom-elements.json',
      'bench/results/',
      '.scratch/',
    ],
  },
  js.configs.recommended,
  // Syntax-only rules: the type-checked set would double lint time, and tsc runs anyway.
  ...tseslint.configs.recommended,
  {
    // `const { left, ...kept } = x` is how a field is left out of a copy.
    rules: { '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }] },
  },
  {
    files: ['src/**/*.ts', 'stories/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'stories/**/*.ts'],
    ...litA11y.configs.recommended,
  },
  {
    files: ['src/**/*.ts', 'stories/**/*.ts'],
    languageOptions: { globals: globals.browser },
  },
  {
    // Contract 10: nothing a person enters may reach the console; warnings and errors about
    // definitions and settings are the only output the library makes.
    files: ['src/**/*.ts'],
    rules: { 'no-console': ['error', { allow: ['warn', 'error'] }] },
  },
  {
    files: ['test/**/*.ts', 'test/**/*.js'],
    languageOptions: { globals: { ...globals.browser, ...globals.mocha } },
  },
  {
    files: ['**/*.mjs', '*.js', 'scripts/**/*.js', 'bench/**/*.js', '.storybook/**/*.js'],
    languageOptions: { globals: globals.node },
  },
);
