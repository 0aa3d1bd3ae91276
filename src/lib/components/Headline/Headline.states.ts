import { Headline } from 'broadsheet';
import { dwArticle } from '$fixtures/dw-us-russia';
import { longWord, stressHeadline } from '$fixtures/stress';
import { state } from '$tests/helpers/state';

export default [
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
];
