// The README's code blocks, and how each is proven: the same as a file of the consumer site
// (which the consumer test type-checks, builds and runs), type-checked in that site as a file of
// its own, or, for shell, naming only npm scripts that exist.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { root } from './components';

export interface ReadmeBlock {
  lang: string;
  code: string;
}

export function readmeBlocks(): ReadmeBlock[] {
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
  return [...readme.matchAll(/```(\w+)\n([\s\S]*?)```/g)].map(([, lang, code]) => ({
    lang: lang!,
    code: code!,
  }));
}

/** Files of the consumer site that README blocks show word for word. */
export const mirroredSiteFiles = [
  'src/routes/page.test.ts',
  'src/lib/cms/wordpress.ts',
  'src/routes/wordpress/+page.server.ts',
  'src/routes/de/+page.ts',
  'src/routes/live/+page.svelte',
  'src/lib/cms/headless.ts',
  'scripts/check-pages.mjs',
  '.github/workflows/accessibility.yml',
];

export const siteFile = (file: string) =>
  readFileSync(path.join(root, 'tests/consumer/site', file), 'utf8');

/** Files of the other stacks' apps (tests/consumer/stacks) that README blocks show word for word. */
export const mirroredStackFiles = [
  'node/svelte-loader.js',
  'node/render.js',
  'node/Page.svelte',
  'astro/astro.config.mjs',
  'astro/src/pages/de.astro',
  'astro/src/pages/lean.astro',
  'vite/src/main.js',
  'vite/src/App.svelte',
];

export const stackFile = (file: string) =>
  readFileSync(path.join(root, 'tests/consumer/stacks', file), 'utf8');

/**
 * The Svelte and TypeScript blocks that are no site file: the consumer site writes them to
 * src/lib/readme/ and type-checks them with svelte-check.
 */
export function blocksToTypeCheck(): { file: string; code: string }[] {
  const mirrored = new Set([
    ...mirroredSiteFiles.map(siteFile),
    ...mirroredStackFiles.map(stackFile),
  ]);
  return readmeBlocks()
    .filter(
      (block) => (block.lang === 'svelte' || block.lang === 'ts') && !mirrored.has(block.code),
    )
    .map((block, i) => ({
      file: `src/lib/readme/block-${i + 1}.${block.lang === 'svelte' ? 'svelte' : 'ts'}`,
      code: block.code,
    }));
}
