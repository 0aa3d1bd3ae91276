import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { transform } from 'lightningcss';

// The package's component styles ship minified, without the comments that explain them: a
// page that injects component CSS (Svelte's `css: 'injected'`) or does not minify sends none of
// those bytes. Only when packaging (`npm run package:dist`): Storybook, tests and development
// read the styles as written.
const packaging = process.env.BROADSHEET_PACKAGE === '1';

/** @type {import('svelte/compiler').PreprocessorGroup} */
const minifyStyles = {
  name: 'minify-styles',
  style: ({ content, filename }) => ({
    code: transform({
      filename: filename ?? 'style.css',
      code: Buffer.from(content),
      minify: true,
    }).code.toString(),
  }),
};

/** @type {import('@sveltejs/vite-plugin-svelte').SvelteConfig} */
export default {
  preprocess: packaging ? [vitePreprocess(), minifyStyles] : vitePreprocess(),
  compilerOptions: { runes: true },
};
