// The validator and the JSON-LD builder: up front on a server, fetched by a browser only when it
// needs them (Article.svelte says when). Imported statically and kept only where BROWSER is
// false, so that a browser bundle leaves both out (esm-env's BROWSER is a constant bundlers fold;
// the package's JavaScript is free of side effects).
import { BROWSER } from 'esm-env';
import { loadedValidator } from './checked.js';
import * as jsonLdModule from './json-ld.js';
import { lazy } from './lazy.js';
import { parseArticle } from './parse.js';
import type { ArticleDocument } from './types.js';

type Validator = (input: unknown, where?: string) => ArticleDocument;

/** parseArticle: a server's from the start; a browser's once fetched or loaded by the page. */
export const validator = lazy<Validator>(
  () => import('./parse.js').then((loaded) => loaded.parseArticle),
  BROWSER ? undefined : parseArticle,
);

/** The validator if it is here: fetched, or loaded by the page calling parseArticle. */
export function validatorAtHand(): Validator | undefined {
  return validator.value ?? loadedValidator();
}

/** The JSON-LD builder: a server's from the start; a browser's once fetched. */
export const jsonLdBuilder = lazy<typeof jsonLdModule>(
  () => import('./json-ld.js'),
  BROWSER ? undefined : jsonLdModule,
);
