// src/routes/de/+page.ts — before the page hydrates or renders in a browser,
// fetch the labels of its language, so the browser writes the words the server wrote: English
// is built in, the others come one language at a time. On the server this waits for nothing.
import { loadLabels } from 'broadsheet';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ data }) => {
  await loadLabels(data.article.lang);
  return data;
};
