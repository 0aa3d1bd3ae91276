import { PullQuote } from 'broadsheet';
import { lavrovQuote } from '$fixtures/dw-us-russia';
import { longWord, stressCaption } from '$fixtures/stress';
import { state } from '$tests/helpers/state';

export default [
  state('PullQuote', PullQuote, { text: lavrovQuote, attribution: 'Sergei Lavrov' }),
  state('PullQuote, repeats body', PullQuote, { text: lavrovQuote, repeatsBody: true }),
  state('PullQuote, stress', PullQuote, {
    text: `${longWord} ${stressCaption}`,
    attribution: longWord,
  }),
];
