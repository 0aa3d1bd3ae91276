// The validator and the JSON-LD builder in a browser: fetched once, when an article first
// rendered here needs them (Article.svelte says when); a page hydrating the server's markup
// needs neither. The `browser` side of the package's `#article-code` import (code.server.ts).
import { lazy } from './lazy.js';
import type { ArticleCode } from './code.js';

export const { validator, jsonLdBuilder }: ArticleCode = {
  validator: lazy(() => import('./parse.js').then((loaded) => loaded.parseArticle)),
  jsonLdBuilder: lazy(() => import('./json-ld.js')),
};
