import { Quote } from 'broadsheet';
import { lavrovQuote } from '$fixtures/dw-us-russia';
import { longWord, stressCaption } from '$fixtures/stress';
import { state } from '$tests/helpers/state';

export default [
  state('Quote', Quote, {
    text: [lavrovQuote],
    attribution: 'Sergei Lavrov',
    cite: 'https://www.dw.com/en/us-russia-ponder-differences/a-16571441',
  }),
  state('Quote, stress', Quote, { text: [longWord, stressCaption], attribution: longWord }),
];
