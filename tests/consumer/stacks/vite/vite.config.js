// A browser-only app: Vite and Svelte's plugin, nothing else. No server render.
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';

export default defineConfig({ plugins: [svelte()], build: { assetsInlineLimit: 0 } });
