// Server rendering of the example article: <Article> through svelte/server against the
// hand-written limit, for the DW article and a 200-paragraph one (to show linear growth).
import { render } from 'svelte/server';
import { bench, describe } from 'vitest';
import { Article, parseArticle } from '../src/lib/index';
import { dwArticle } from '$fixtures/dw-us-russia';
import { renderArticleByHand } from './handwritten';

const long = {
  ...dwArticle,
  body: Array.from({ length: 200 }, (_, i) => dwArticle.body[i % dwArticle.body.length]!),
};

// Keeps the engine from dropping work whose result is never used.
export let sink = 0;

for (const [name, raw] of [
  ['DW article (17 blocks)', dwArticle],
  ['200-paragraph article', long],
] as const) {
  const doc = parseArticle(raw);
  describe(name, () => {
    // Reading head and body is what renders: svelte/server renders lazily, on access.
    bench('hand-written limit', () => {
      const { head, body } = renderArticleByHand(doc);
      sink = head.length + body.length;
    });
    bench('<Article> (document parsed once)', () => {
      const { head, body } = render(Article, { props: { article: doc } });
      sink = head.length + body.length;
    });
    bench('<Article> (raw document, validated on render)', () => {
      const { head, body } = render(Article, { props: { article: raw } });
      sink = head.length + body.length;
    });
  });
}
