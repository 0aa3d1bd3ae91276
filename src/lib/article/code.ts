// What <Article> may need beyond laying a document out, and how it gets it: the shape both sides
// of the package's `#article-code` import share (code.server.ts, code.browser.ts).
import { loadedValidator } from './checked.js';
import type { Lazy } from './lazy.js';
import type { ArticleDocument } from './types.js';

export type Validator = (input: unknown, where?: string) => ArticleDocument;

export interface ArticleCode {
  /** parseArticle. */
  validator: Lazy<Validator>;
  /** articleJsonLd and serializeJsonLd. */
  jsonLdBuilder: Lazy<typeof import('./json-ld.js')>;
}

/** The validator if it is here: fetched, or loaded by the page calling parseArticle. */
export function validatorAtHand(code: ArticleCode): Validator | undefined {
  return code.validator.value ?? loadedValidator();
}
