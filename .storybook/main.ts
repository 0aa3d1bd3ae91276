import type { StorybookConfig } from '@storybook/svelte-vite';

const config: StorybookConfig = {
  stories: ['../src/**/*.mdx', '../src/**/*.stories.@(ts|svelte)'],
  addons: [
    '@storybook/addon-svelte-csf',
    '@storybook/addon-docs',
    '@storybook/addon-a11y',
    '@storybook/addon-vitest',
  ],
  framework: { name: '@storybook/svelte-vite', options: {} },
  core: { disableTelemetry: true },
  // Editors and designers open it to review articles, not to learn Storybook.
  features: { sidebarOnboardingChecklist: false },
  // Example images stay files with plain paths in a built Storybook too (Storybook sets its own
  // build options): a data: URL would fill the image controls, and parseArticle refuses it.
  viteFinal: (config) => ({ ...config, build: { ...config.build, assetsInlineLimit: 0 } }),
};

export default config;
