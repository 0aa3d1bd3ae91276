// The example page's accessibility tree as Playwright reads it from Chromium, compared with the
// committed snapshot. To accept a reviewed change: VITE_UPDATE_TRANSCRIPTS=1 (see screen-reader.test.ts).
import { commands } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import { expect, it } from 'vitest';
import NewsPage from '$fixtures/pages/NewsPage.svelte';
import { dwArticle, dwChrome } from '$fixtures/dw-us-russia';
import committed from './aria/dw-article-en.aria.yml?raw';

it('the example page has the reviewed accessibility tree', async () => {
  await render(NewsPage, { article: dwArticle, chrome: dwChrome });
  const snapshot = (await commands.ariaSnapshot('.page')) + '\n';
  if (import.meta.env.VITE_UPDATE_TRANSCRIPTS === '1') {
    await commands.writeFile('tests/a11y/aria/dw-article-en.aria.yml', snapshot);
  } else {
    expect(snapshot).toBe(committed);
  }
});
