import { parseArticle } from 'broadsheet';
import { german } from '$lib/fixtures/translations';

// The German page: checked on the server, like every page of the site.
export function load() {
  return { article: parseArticle(german.article) };
}
