// A server checks the raw documents <Article> is given on every render, so it loads the
// validator once, up front. A browser does not: its bundle holds no validator unless the page
// itself calls parseArticle, and <Article> fetches it only for a document nobody checked
// (Article.svelte says when). A dynamic import, so that a browser bundle does not reach the
// validator through this module; awaited at the top, so that it is there before the first
// render; exported and used, so that no bundler drops it as an unused import.
import { BROWSER } from 'esm-env';
import type { ArticleDocument } from './types.js';

/** parseArticle on a server; undefined in a browser. */
export const serverValidator: ((input: unknown, where?: string) => ArticleDocument) | undefined =
  BROWSER ? undefined : (await import('./parse.js')).parseArticle;
