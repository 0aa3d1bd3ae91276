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
};

export default config;
