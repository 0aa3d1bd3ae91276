import { render, screen, waitFor, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { Article, ArticleError } from 'broadsheet';
import { expectNoA11yViolations } from 'broadsheet/testing';
import { dwArticle } from '$fixtures/dw-us-russia';
import { largestArticle } from '$fixtures/largest';

describe('Article in jsdom', () => {
  it('is an article named by its headline, with one h1 and h2 subheadings', () => {
    render(Article, { article: dwArticle, jsonLd: false });
    const article = screen.getByRole('article', { name: dwArticle.headline });
    expect(within(article).getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(
      within(article)
        .getAllByRole('heading', { level: 2 })
        .map((h) => h.textContent),
    ).toEqual(['World leaders meet in Munich', 'Perceived chemical threat']);
  });

  it('shows the lead image with its alt, and hides the pull quote that repeats the body', () => {
    const { container } = render(Article, { article: dwArticle, jsonLd: false });
    expect(screen.getByRole('img', { name: dwArticle.leadImage.alt })).toBeInTheDocument();
    expect(container.querySelector('.pull-quote')).toHaveAttribute('aria-hidden', 'true');
    expect(screen.queryByRole('blockquote')).not.toBeInTheDocument();
  });

  it('marks a pull quote in another language with the quotation’s own lang', () => {
    const { container } = render(Article, { article: largestArticle, jsonLd: false });
    const pullQuote = container.querySelector('.pull-quote:not([aria-hidden])')!;
    expect(within(pullQuote as HTMLElement).getByRole('blockquote')).toHaveAttribute('lang', 'ru');
    // The quote marks are those of the surrounding English text.
    expect(pullQuote.textContent?.trim()).toMatch(/^“/);
  });

  it('writes the JSON-LD of a document it renders itself beside the article, once, and takes it away with the article', async () => {
    const scripts = () => document.querySelectorAll('script[type="application/ld+json"]');
    const { rerender, unmount } = render(Article, { article: dwArticle });
    // The builder is fetched for it: no page hydrated here, so no server wrote one.
    await waitFor(() => expect(scripts()).toHaveLength(1));
    expect(JSON.parse(scripts()[0]!.textContent!)).toMatchObject({
      '@type': 'NewsArticle',
      headline: dwArticle.headline,
    });
    await rerender({ article: largestArticle });
    await waitFor(() =>
      expect(JSON.parse(scripts()[0]!.textContent!)).toMatchObject({
        headline: largestArticle.headline,
      }),
    );
    expect(scripts()).toHaveLength(1);
    unmount();
    expect(scripts()).toHaveLength(0);
  });

  it('writes the JSON-LD into the head instead when asked to', async () => {
    const { unmount } = render(Article, { article: dwArticle, jsonLd: 'head' });
    const inHead = () => document.head.querySelectorAll('script[type="application/ld+json"]');
    await waitFor(() => expect(inHead()).toHaveLength(1));
    expect(document.querySelectorAll('script[type="application/ld+json"]')).toHaveLength(1);
    unmount();
  });

  it('has no axe violations with every block and run kind', async () => {
    const { container } = render(Article, { article: largestArticle, jsonLd: false });
    await expectNoA11yViolations(container);
  });
});

describe('Article given bad props', () => {
  it('names itself and every problem of a bad document', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const bad = { ...dwArticle, headline: '', body: [] };
    try {
      render(Article, { article: bad, jsonLd: false });
      expect.unreachable('a bad document rendered');
    } catch (error) {
      expect(error).toBeInstanceOf(ArticleError);
      expect((error as Error).message).toMatch(
        /^<Article>: prop `article` is not a valid ArticleDocument, 2 problems:\n- headline: must not be empty\n- body: must hold at least one block/,
      );
    }
  });

  it('refuses a heading level it cannot keep one level above the subheadings', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => render(Article, { article: dwArticle, headingLevel: 6 as never })).toThrow(
      /<Article>: prop `headingLevel` must be a whole number from 1 to 5; got 6/,
    );
  });
});
