import { Notes } from 'broadsheet';
import { largestArticle } from '$fixtures/largest';
import { longWord, stressCaption } from '$fixtures/stress';
import { state } from '$tests/helpers/state';

export default [
  state('Notes', Notes, { notes: largestArticle.notes, timeZone: 'Europe/Berlin' }),
  state('Notes, stress', Notes, {
    notes: [
      { kind: 'correction' as const, date: '2013-02-04', text: `${longWord} ${stressCaption}` },
    ],
  }),
];
