// The goals' ratios: <Article> and the Svelte floor against the hand-written limit, with the
// renderers taking turns (bench/interleaved.ts). `npm run bench:ratios` prints them alone, in
// about a minute, to measure a change before choosing it; `npm run bench` puts them in
// BENCHMARKS.md.
import { render } from 'svelte/server';
import { parseArticle } from '../src/lib/article/parse';
import { Article, type ArticleDocument } from '../src/lib/index';
import { dwArticle } from '../fixtures/dw-us-russia';
import { largestArticle } from '../fixtures/largest';
import { longLiveArticle } from '../fixtures/live-msc';
import { longArticle } from '../fixtures/long';
import FlatArticle from './FlatArticle.svelte';
import { renderArticleByHand } from './handwritten';
import { interleavedRatios } from './interleaved';

export interface RatioRow {
  article: string;
  floor: number;
  parsed: number;
  raw: number;
}

/** Svelte's server output without its hydration comments and `svelte-xxxx` scoping classes. */
export function withoutSvelteBookkeeping(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/ class="svelte-[a-z0-9]+"/g, '')
    .replace(/ svelte-[a-z0-9]+(?=[ "])/g, '');
}

/**
 * Refuses a limit or floor that writes other bytes than <Article> (but for Svelte's own
 * bookkeeping): a ratio between them would measure different work. Names the first difference.
 */
export function assertSamePage(name: string, what: string, expected: string, actual: string) {
  if (expected === actual) return;
  let at = 0;
  while (at < expected.length && expected[at] === actual[at]) at++;
  const around = (text: string) => JSON.stringify(text.slice(Math.max(0, at - 60), at + 60));
  throw new Error(
    `${name}: the ${what} writes other bytes than <Article> from character ${at}:\n  <Article>: ${around(expected)}\n  ${what}: ${around(actual)}\nMend bench/handwritten.ts and bench/FlatArticle.svelte before reading a ratio.`,
  );
}

/** The four renderers of one article; each returns the bytes it wrote (head and body). */
export function renderersOf(raw: ArticleDocument, name = 'article') {
  const doc = parseArticle(raw);
  const svelte = render(Article, { props: { article: doc } });
  const page = withoutSvelteBookkeeping(svelte.head + svelte.body);
  const hand = renderArticleByHand(doc);
  assertSamePage(name, 'hand-written limit', page, hand.head + hand.body);
  const flat = render(FlatArticle, { props: { doc } });
  assertSamePage(name, 'Svelte floor', page, withoutSvelteBookkeeping(flat.head + flat.body));
  // Reading head and body is what renders: svelte/server renders lazily, on access.
  const written = ({ head, body }: { head: string; body: string }) => head.length + body.length;
  return {
    limit: () => written(renderArticleByHand(doc)),
    floor: () => written(render(FlatArticle, { props: { doc } })),
    parsed: () => written(render(Article, { props: { article: doc } })),
    raw: () => written(render(Article, { props: { article: raw } })),
  };
}

export function ssrRatios(): RatioRow[] {
  let sink = 0;
  const rows = (
    [
      ['DW article', dwArticle],
      ['every-field article', largestArticle],
      ['2,000 blocks of every kind', longArticle(2000)],
      ['500-post live blog', longLiveArticle(500)],
    ] as const
  ).map(([article, raw]: readonly [string, ArticleDocument]) => {
    const render = renderersOf(raw, article);
    const big = raw.body.length + (raw.live?.posts.length ?? 0) > 100;
    const ratios = interleavedRatios(
      Object.fromEntries(
        Object.entries(render).map(([name, fn]) => [name, () => void (sink += fn())]),
      ),
      'limit',
      { rounds: big ? 15 : 31, budgetMs: big ? 120 : 20 },
    );
    return { article, floor: ratios.floor!, parsed: ratios.parsed!, raw: ratios.raw! };
  });
  if (sink === 0) throw new Error('nothing was rendered');
  return rows;
}

export const ratioTable = (rows: RatioRow[]) =>
  [
    '| article | Svelte floor | <Article> (parsed once) | <Article> (raw document) |',
    '| --- | --- | --- | --- |',
    ...rows.map(
      (r) =>
        `| ${r.article} | ${r.floor.toFixed(2)}× | ${r.parsed.toFixed(2)}× | ${r.raw.toFixed(2)}× |`,
    ),
  ].join('\n');
