// The benchmark's limit (bench/handwritten.ts) must write the page <Article> writes, or the
// ratio BENCHMARKS.md reports between them measures different work. Svelte's hydration comments
// and scoping classes are its own bookkeeping, not the page: they are taken out of its output
// before the comparison; every other byte — elements, attributes, their order, escapes, the
// spaces between elements — must be the same.
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { Article, parseArticle, type ArticleDocument } from 'broadsheet';
import { dwArticle } from '$fixtures/dw-us-russia';
import { largestArticle, minimalArticle } from '$fixtures/largest';
import { longArticle } from '$fixtures/long';
import { arabic } from '$fixtures/translations';
import FlatArticle from '../../bench/FlatArticle.svelte';
import { renderArticleByHand } from '../../bench/handwritten';

/** Svelte's server output without its hydration comments and `svelte-xxxx` scoping classes. */
function withoutSvelteBookkeeping(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/ class="svelte-[a-z0-9]+"/g, '')
    .replace(/ svelte-[a-z0-9]+(?=[ "])/g, '');
}

describe('the hand-written limit and the Svelte floor write <Article>’s page', () => {
  it.each([
    ['the DW seed', dwArticle],
    ['the every-field document', largestArticle],
    ['the minimal document', minimalArticle],
    ['the Arabic translation', arabic.article],
    ['2,000 blocks of every kind', longArticle(2000)],
  ] as [string, ArticleDocument][])('%s: the same body and head', (_, raw) => {
    const doc = parseArticle(raw);
    const svelte = render(Article, { props: { article: doc } });
    const hand = renderArticleByHand(doc);
    expect(hand.body).toBe(withoutSvelteBookkeeping(svelte.body));
    expect(hand.head).toBe(withoutSvelteBookkeeping(svelte.head));
    // The Svelte floor (one flat component) writes it too.
    const flat = render(FlatArticle, { props: { doc } });
    expect(withoutSvelteBookkeeping(flat.body)).toBe(hand.body);
    expect(withoutSvelteBookkeeping(flat.head)).toBe(hand.head);
  });

  it('the comparison is real: a changed attribute or a dropped space shows', () => {
    const doc = parseArticle(dwArticle);
    const svelte = withoutSvelteBookkeeping(render(Article, { props: { article: doc } }).body);
    const hand = renderArticleByHand(doc).body;
    expect(hand.replace('decoding="async"', 'decoding="sync"')).not.toBe(svelte);
    expect(hand.replace('</header> ', '</header>')).not.toBe(svelte);
  });
});
