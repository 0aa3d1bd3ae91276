// Server rendering of the example articles: <Article> through svelte/server against the
// hand-written limit (bench/handwritten.ts) and the Svelte floor (bench/FlatArticle.svelte),
// which write the same page, for the DW seed, the every-field document, and articles of 200
// and 2,000 blocks of every kind (to show growth).
import { render } from 'svelte/server';
import { bench, describe } from 'vitest';
import { Article, parseArticle } from '../src/lib/index';
import { dwArticle } from '$fixtures/dw-us-russia';
import { largestArticle } from '$fixtures/largest';
import { longArticle } from '$fixtures/long';
import FlatArticle from './FlatArticle.svelte';
import { renderArticleByHand } from './handwritten';

// Long enough per renderer that the medians of the big documents settle (tinybench's default
// half second gives the 2,000-block article a dozen samples).
const options = { time: 2_000, warmupTime: 500 };

// Keeps the engine from dropping work whose result is never used.
export let sink = 0;

for (const [name, raw] of [
  [`DW article (${dwArticle.body.length} blocks)`, dwArticle],
  [`every-field article (${largestArticle.body.length} blocks)`, largestArticle],
  ['200 blocks of every kind', longArticle(200)],
  ['2,000 blocks of every kind', longArticle(2000)],
] as const) {
  const doc = parseArticle(raw);
  describe(name, () => {
    // Reading head and body is what renders: svelte/server renders lazily, on access.
    bench(
      'hand-written limit',
      () => {
        const { head, body } = renderArticleByHand(doc);
        sink = head.length + body.length;
      },
      options,
    );
    bench(
      'Svelte floor (one flat component)',
      () => {
        const { head, body } = render(FlatArticle, { props: { doc } });
        sink = head.length + body.length;
      },
      options,
    );
    bench(
      '<Article> (document parsed once)',
      () => {
        const { head, body } = render(Article, { props: { article: doc } });
        sink = head.length + body.length;
      },
      options,
    );
    bench(
      '<Article> (raw document, validated on render)',
      () => {
        const { head, body } = render(Article, { props: { article: raw } });
        sink = head.length + body.length;
      },
      options,
    );
  });
}
