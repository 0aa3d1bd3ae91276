import { TableOfContents } from 'broadsheet';
import { longWord } from '$fixtures/stress';
import { state } from '$tests/helpers/state';

export default [
  state('TableOfContents', TableOfContents, {
    entries: [
      { id: 'who', text: 'Who comes to Munich' },
      { id: 'day', text: 'How a day in Munich works' },
      { id: 'decided', text: 'What the 2013 meeting decided' },
    ],
  }),
  state('TableOfContents, stress', TableOfContents, {
    entries: [{ id: 'long', text: `${longWord} ${longWord}` }],
  }),
];
