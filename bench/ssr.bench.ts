// Server rendering of the example articles: <Article> through svelte/server against the
// hand-written limit (bench/handwritten.ts) and the Svelte floor (bench/FlatArticle.svelte),
// which write the same page, for the DW seed, the every-field document, articles of 200 and
// 2,000 blocks of every kind (to show growth), and a live blog of 500 posts.
import { bench, describe } from 'vitest';
import { dwArticle } from '$fixtures/dw-us-russia';
import { largestArticle } from '$fixtures/largest';
import { longArticle } from '$fixtures/long';
import { longLiveArticle } from '$fixtures/live-msc';
import { renderersOf } from './ratios';

// Long enough per renderer that the medians of the big documents settle (tinybench's default
// half second gives the 2,000-block article a dozen samples).
const options = { time: 2_000, warmupTime: 500 };

// Keeps the engine from dropping work whose result is never used.
export let sink = 0;

// The renderers of bench/ratios.ts, under the names BENCHMARKS.md shows.
const names = {
  limit: 'hand-written limit',
  floor: 'Svelte floor (one flat component)',
  parsed: '<Article> (document parsed once)',
  raw: '<Article> (raw document, validated on render)',
} as const;

for (const [name, raw] of [
  [`DW article (${dwArticle.body.length} blocks)`, dwArticle],
  [`every-field article (${largestArticle.body.length} blocks)`, largestArticle],
  ['200 blocks of every kind', longArticle(200)],
  ['2,000 blocks of every kind', longArticle(2000)],
  ['500-post live blog', longLiveArticle(500)],
] as const) {
  const renderers = renderersOf(raw);
  describe(name, () => {
    for (const [key, label] of Object.entries(names)) {
      const render = renderers[key as keyof typeof names];
      bench(label, () => void (sink = render()), options);
    }
  });
}
