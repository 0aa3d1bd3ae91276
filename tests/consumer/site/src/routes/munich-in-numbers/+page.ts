// src/routes/munich-in-numbers/+page.ts — before the page renders in a browser (a visit that
// starts elsewhere on the site), fetch the labels of its language: English is built in, the
// others come one language at a time. On the server this has nothing to wait for.
import { loadLabels } from 'broadsheet';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ data }) => {
  await loadLabels(data.article.lang);
  return data;
};
