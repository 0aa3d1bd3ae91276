// src/routes/de/+page.ts — what a browser needs to show this article itself, after a client-side
// navigation: its language's labels and the validator, fetched before the page changes, so the
// article appears at once. Hydrating the server's page needs neither (its labels come in the
// server's HTML), but a universal load runs then too: leave this out if readers seldom navigate.
import { preloadArticle } from 'broadsheet';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ data }) => {
  await preloadArticle(data.article);
  return data;
};
