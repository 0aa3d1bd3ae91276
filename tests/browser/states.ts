// Every component in the states its stories show (DW content, stress content, hidden quote),
// rendered directly with type-checked props, for the Chromium tests.
import { render } from 'vitest-browser-svelte';
import type { Component } from 'svelte';
import {
  Dateline,
  Headline,
  ImageWithCredit,
  PullQuote,
  SkipLinks,
  SourceFooter,
} from 'broadsheet';
import { dwArticle, dwSkipLinks, lavrovQuote } from '../../src/stories/fixtures/dw-us-russia';
import {
  eightAgencies,
  longWord,
  stressCaption,
  stressHeadline,
  twelveAuthors,
} from '../../src/stories/fixtures/stress';

function state<P extends Record<string, unknown>>(name: string, component: Component<P>, props: P) {
  return { name, show: () => render(component, props) };
}

export const cases = [
  state('SkipLinks', SkipLinks, { links: [...dwSkipLinks] }),
  state('Headline', Headline, {
    headline: dwArticle.headline,
    standfirst: dwArticle.standfirst,
    kicker: 'Syria',
  }),
  state('Headline, stress', Headline, {
    headline: stressHeadline,
    standfirst: longWord,
    kicker: longWord,
  }),
  state('ImageWithCredit', ImageWithCredit, { ...dwArticle.leadImage }),
  state('ImageWithCredit, stress', ImageWithCredit, {
    ...dwArticle.leadImage,
    caption: `${longWord} ${stressCaption}`,
  }),
  state('PullQuote', PullQuote, { text: lavrovQuote, attribution: 'Sergei Lavrov' }),
  state('PullQuote, repeats body', PullQuote, { text: lavrovQuote, repeatsBody: true }),
  state('PullQuote, stress', PullQuote, {
    text: `${longWord} ${stressCaption}`,
    attribution: longWord,
  }),
  state('Dateline', Dateline, { published: dwArticle.published, permalink: dwArticle.permalink }),
  state('Dateline, stress', Dateline, {
    published: '2013-02-02T18:30:00+01:00',
    updated: '2013-02-03',
    place: longWord,
    permalink: `https://p.dw.com/p/${longWord}${longWord}`,
  }),
  state('SourceFooter', SourceFooter, { ...dwArticle.sources }),
  state('SourceFooter, stress', SourceFooter, { authors: twelveAuthors, agencies: eightAgencies }),
];
