// Where <Article> checks a document in a browser that has not loaded the validator: a page
// whose server checked its documents sends none. This file imports Article alone, never
// parseArticle (nor 'broadsheet', which exports it), so the validator starts unloaded here; the
// tests run in order. Hydration, the other half, is the consumer test's: the example page
// hydrates without loading the validator.
import { render } from 'vitest-browser-svelte';
import { expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { dwArticle } from '$fixtures/dw-us-russia';
import { loadedValidator } from '../../src/lib/article/checked';
import ArticleInBoundary from './ArticleInBoundary.test.svelte';

it('fetches the validator for a document rendered first in the browser, and refuses a bad one', async () => {
  expect(loadedValidator()).toBeUndefined();
  const errors: unknown[] = [];
  render(ArticleInBoundary, {
    article: { ...dwArticle, headline: ' ', leadImage: { ...dwArticle.leadImage!, alt: '' } },
    onerror: (error) => errors.push(error),
  });
  await expect.element(page.getByRole('alert')).toHaveTextContent('This article cannot be shown.');
  expect(loadedValidator()).toBeDefined();
  expect(errors).toHaveLength(1);
  const error = errors[0] as { name: string; issues: { path: string }[] };
  expect(error.name).toBe('ArticleError');
  expect(error.issues.map((issue) => issue.path)).toEqual(['headline', 'leadImage.alt']);
  // Nothing of the bad document is shown.
  expect(page.getByRole('article').elements()).toHaveLength(0);
});

it('renders a good one, checked by the validator the page now holds', async () => {
  const errors: unknown[] = [];
  render(ArticleInBoundary, { article: dwArticle, onerror: (error) => errors.push(error) });
  await expect
    .element(page.getByRole('heading', { level: 1 }))
    .toHaveTextContent('US, Russia ponder differences');
  expect(errors).toEqual([]);
});
