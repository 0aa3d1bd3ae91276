// What is known about a document without the validator's code, which a browser need not load:
// the documents parseArticle returned (checked once, frozen, so still good), and the validator
// itself once something in the page has loaded it.
import type { ArticleDocument } from './types.js';

const checked = new WeakSet<object>();

/** Notes a document parseArticle returned. */
export function markChecked(doc: ArticleDocument): void {
  checked.add(doc);
}

/** Whether parseArticle returned `value` in this page (or process). */
export function isChecked(value: unknown): value is ArticleDocument {
  return typeof value === 'object' && value !== null && checked.has(value);
}

type Validator = (input: unknown, where?: string) => ArticleDocument;
let loaded: Validator | undefined;

/** Called by the validator's module when it loads. */
export function registerValidator(validate: Validator): void {
  loaded = validate;
}

/** parseArticle, when its module is loaded; otherwise undefined. */
export function loadedValidator(): Validator | undefined {
  return loaded;
}
