import { Footnotes } from 'broadsheet';
import { longWord, stressCaption } from '$fixtures/stress';
import { state } from '$tests/helpers/state';

export default [
  state('Footnotes', Footnotes, {
    idPrefix: 'story',
    notes: [
      'It was called the Internationale Wehrkunde-Begegnung until 1993.',
      'The organisers’ count on 2 February 2013.',
    ],
  }),
  state('Footnotes, stress', Footnotes, { idPrefix: 'stress', notes: [longWord, stressCaption] }),
];
