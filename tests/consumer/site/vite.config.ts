import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [sveltekit(), svelteTesting()],
  // The example's photo stays a file with a URL, as a CMS's image would (never a data: URL,
  // which parseArticle refuses in an image src).
  build: { assetsInlineLimit: 0 },
  test: { environment: 'jsdom', include: ['src/**/*.test.ts'] },
});
