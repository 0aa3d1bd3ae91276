// On a server, <Article> checks a raw document on every render, though nothing imports
// parseArticle: this file imports Article alone, as a page that hands it CMS JSON would.
import { render } from 'svelte/server';
import { expect, it } from 'vitest';
import { dwArticle } from '$fixtures/dw-us-russia';
import Article from '../../src/lib/components/Article/Article.svelte';

it('renders a good raw document', () => {
  const { body } = render(Article, { props: { article: dwArticle } });
  expect(body).toMatch(/<h1[^>]*>US, Russia ponder differences/);
  expect(body).toContain('Agreement on Syria remained elusive');
});

it('refuses a bad one with an ArticleError naming the field, rendering none of it', () => {
  let error: unknown;
  try {
    void render(Article, { props: { article: { ...dwArticle, headline: ' ' } } }).body;
  } catch (thrown) {
    error = thrown;
  }
  expect(error).toMatchObject({ name: 'ArticleError', issues: [{ path: 'headline' }] });
});
