// Where <Article> checks a document first rendered in a browser: with the validator, and a bad
// document is refused. (Whether a page loads the validator at all is a matter of the production
// bundle, which leaves it out of a page whose server checked its documents: the consumer tests
// read what a built page loads. In development every module is served as it is.)
import { render } from 'vitest-browser-svelte';
import { expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { dwArticle } from '$fixtures/dw-us-russia';
import ArticleInBoundary from './ArticleInBoundary.test.svelte';

it('refuses a bad document rendered first in the browser, naming every problem', async () => {
  const errors: unknown[] = [];
  render(ArticleInBoundary, {
    article: { ...dwArticle, headline: ' ', leadImage: { ...dwArticle.leadImage!, alt: '' } },
    onerror: (error) => errors.push(error),
  });
  await expect.element(page.getByRole('alert')).toHaveTextContent('This article cannot be shown.');
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
