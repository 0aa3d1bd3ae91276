import { parseArticle } from 'broadsheet';
import { dwArticle } from '$lib/fixtures/dw-us-russia';

// As a CMS hand-over would be: validated on the server, so a bad document fails the build
// loudly and the validator never reaches the reader's browser.
export function load() {
  return { article: parseArticle(dwArticle) };
}
