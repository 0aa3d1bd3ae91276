// Astro with @astrojs/svelte, a static build. Svelte components render on the server with no
// client JavaScript unless a page gives one a client directive (an island).
import svelte from '@astrojs/svelte';
import { defineConfig } from 'astro/config';

export default defineConfig({ integrations: [svelte()] });
