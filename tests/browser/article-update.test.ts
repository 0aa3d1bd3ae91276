// What a reader keeps when the page changes <Article>'s props or its document (a live update,
// a corrected headline): the article is laid out again in place, so an open disclosure stays
// open, the element the reader is on keeps focus, and nothing is taken off the page meanwhile.
import { render } from 'vitest-browser-svelte';
import { expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { tick } from 'svelte';
import { Article, parseArticle } from 'broadsheet';
import { largestArticle } from '$fixtures/largest';

it('keeps an open disclosure open and focus where it was when the document changes', async () => {
  const first = parseArticle(largestArticle);
  const screen = await render(Article, { article: first });
  const details = document.querySelector<HTMLDetailsElement>('article details')!;
  const summary = details.querySelector('summary')!;
  await userEvent.click(summary);
  expect(details.open).toBe(true);
  expect(document.activeElement).toBe(summary);

  // The same story, its headline corrected: a new document, checked again.
  const corrected = parseArticle({ ...largestArticle, headline: `${largestArticle.headline}!` });
  let emptied = false;
  const watcher = new MutationObserver(() => {
    if (!document.querySelector('article')) emptied = true;
  });
  watcher.observe(document.body, { childList: true, subtree: true });
  await screen.rerender({ article: corrected });
  await tick();
  watcher.disconnect();

  await expect.element(page.getByRole('heading', { level: 1 })).toHaveTextContent(/!$/);
  expect(emptied).toBe(false);
  expect(document.querySelector('article details')).toBe(details);
  expect(details.open).toBe(true);
  expect(document.activeElement).toBe(summary);
});
