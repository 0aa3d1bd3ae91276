// For a client-side navigation to the live page: what the browser needs to show it at once.
import { preloadArticle } from 'broadsheet';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ data }) => {
  await preloadArticle(data.article);
  return data;
};
