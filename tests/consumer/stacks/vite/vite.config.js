// A browser-only app: Vite and Svelte's plugin, nothing else. No server render. Two pages: the
// articles (index.html) and the live page (live.html).
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';

const page = (name) => new URL(name, import.meta.url).pathname;

export default defineConfig({
  plugins: [svelte()],
  build: {
    assetsInlineLimit: 0,
    rolldownOptions: { input: { main: page('index.html'), live: page('live.html') } },
  },
});
