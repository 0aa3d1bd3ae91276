// What <Article> may need beyond laying a document out, and how it gets it: the shape both sides
// of the package's `#article-code` import share (code.server.ts, code.browser.ts).
import { isChecked, loadedValidator } from './checked.js';
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

/**
 * `input` as it can be checked here and now: taken as it is when parseArticle returned it, or
 * when it is the document the server checked and wrote (`served`, while a browser hydrates that
 * markup); otherwise through the validator, or undefined while the validator is on its way.
 * A bad document throws an ArticleError, `where` saying who was given it.
 */
export function checkedHere(
  code: ArticleCode,
  input: unknown,
  where: string,
  served?: unknown,
): ArticleDocument | undefined {
  if (isChecked(input) || (served !== undefined && input === served)) {
    return input as ArticleDocument;
  }
  return validatorAtHand(code)?.(input, where);
}
