import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { configDefaults, defineConfig } from 'vitest/config';
import { browserCommands } from './tests/browser-commands.ts';
import { chromiumLaunchOptions } from './tests/chromium.js';
import { articleCode } from './tests/helpers/article-code.ts';

const dirname = path.dirname(fileURLToPath(import.meta.url));

// Each browser project needs its own config object: Vitest refuses a shared one
// ("project name already defined").
const chromium = (contextOptions = {}) => ({
  enabled: true,
  headless: true,
  provider: playwright({ launchOptions: chromiumLaunchOptions(), contextOptions }),
  instances: [{ browser: 'chromium' as const }],
  commands: browserCommands,
});

// Reference pictures for toMatchScreenshot live in one committed folder, named by the test
// (Vitest's default __screenshots__ folders hold only failure pictures, and are ignored by git).
const baselines = {
  toMatchScreenshot: {
    resolveScreenshotPath: ({ arg, ext }: { arg: string; ext: string }) =>
      path.join(dirname, 'tests/visual/baselines', `${arg}${ext}`),
  },
};

export default defineConfig({
  plugins: [articleCode, svelte()],
  // Example images stay files with plain paths (never data: URLs), in Storybook's controls
  // and in the tests, as a CMS's images would be.
  build: { assetsInlineLimit: 0 },
  // Pre-bundled up front, so that finding them mid-run never makes Vite reload a browser test.
  optimizeDeps: {
    include: [
      '@guidepup/virtual-screen-reader',
      'axe-core',
      'colorjs.io',
      'esm-env',
      'parse5',
      'valibot',
    ],
  },
  // Tests and stories import the library by its published names.
  resolve: {
    alias: [
      { find: /^broadsheet$/, replacement: path.join(dirname, 'src/lib/index.ts') },
      {
        find: /^broadsheet\/testing$/,
        replacement: path.join(dirname, 'src/lib/testing/index.ts'),
      },
      { find: /^broadsheet\/themes\//, replacement: path.join(dirname, 'src/lib/themes') + '/' },
      { find: /^broadsheet\/tokens$/, replacement: path.join(dirname, 'src/lib/tokens.ts') },
      { find: /^broadsheet\/lint$/, replacement: path.join(dirname, 'src/lib/lint/index.ts') },
      {
        find: /^broadsheet\/import$/,
        replacement: path.join(dirname, 'src/lib/import/index.ts'),
      },
      // What spans components: the example documents and the tests' own helpers.
      { find: /^\$fixtures\//, replacement: path.join(dirname, 'fixtures') + '/' },
      { find: /^\$tests\//, replacement: path.join(dirname, 'tests') + '/' },
    ],
  },
  test: {
    // Two test files at a time on a 2-core machine (Vitest's default is one fewer than the
    // cores): the files wait on browsers, builds and installs as much as on the CPU.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        plugins: [svelteTesting()],
        test: {
          name: 'unit',
          environment: 'jsdom',
          // A component's jsdom tests sit beside it as Name.test.ts; the rest span components.
          include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
          exclude: [...configDefaults.exclude, '**/*.browser.test.ts', '**/*.ssr.test.ts'],
          setupFiles: ['tests/unit/setup.ts', 'tests/setup/labels.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'ssr',
          environment: 'node',
          include: ['src/**/*.ssr.test.ts', 'tests/ssr/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: [
            'src/**/*.browser.test.ts',
            'tests/browser/**/*.test.ts',
            'tests/a11y/**/*.test.ts',
            'tests/visual/**/*.test.ts',
          ],
          browser: { ...chromium(), expect: baselines },
          setupFiles: ['tests/setup/labels.ts'],
        },
      },
      {
        extends: true,
        // `npm run screenshots` only: the README's pictures, written to docs/screenshots/.
        test: {
          name: 'screenshots',
          include: ['docs/screenshots/*.screenshots.ts'],
          // A window wider than the widest picture, so that the page is drawn at its own size.
          browser: chromium({ viewport: { width: 1440, height: 1000 } }),
        },
      },
      {
        // `npm run bench` only: measures builds and pages, writes BENCHMARKS.md.
        extends: true,
        test: {
          name: 'bench',
          environment: 'node',
          include: ['bench/**/*.measure.ts'],
          testTimeout: 900_000,
        },
      },
      {
        // Packs the library once and installs it into each stack: its own script, test:consumer.
        test: {
          name: 'consumer',
          environment: 'node',
          include: ['tests/consumer/*.test.ts'],
          globalSetup: ['tests/consumer/pack.setup.ts'],
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        plugins: [storybookTest({ configDir: path.join(dirname, '.storybook') })],
        test: {
          name: 'storybook',
          // A tall window: a story's picture is taken at its whole height, never scaled down.
          browser: {
            ...chromium({ viewport: { width: 1440, height: 20_000 } }),
            expect: baselines,
          },
          setupFiles: ['tests/setup/labels.ts', 'tests/visual/stories.setup.ts'],
        },
      },
    ],
  },
});
