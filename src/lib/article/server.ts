// What a server loads up front and a browser fetches only when it needs it (Article.svelte and
// ArticleLayout.svelte say when): the validator, for the raw documents <Article> is given on
// every render, and the JSON-LD builder, which crawlers read and readers never need. Dynamic
// imports, so that a browser bundle does not reach either through this module; awaited at the
// top, so that they are there before the first render; exported and used, so that no bundler
// drops them as unused imports.
import { BROWSER } from 'esm-env';
import type { ArticleDocument } from './types.js';

/** parseArticle on a server; undefined in a browser. */
export const serverValidator: ((input: unknown, where?: string) => ArticleDocument) | undefined =
  BROWSER ? undefined : (await import('./parse.js')).parseArticle;

/** The JSON-LD builder on a server; undefined in a browser. */
export const serverJsonLd: typeof import('./json-ld.js') | undefined = BROWSER
  ? undefined
  : await import('./json-ld.js');
