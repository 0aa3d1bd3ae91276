import { Transcript } from 'broadsheet';
import { briefingAudio } from '$fixtures/media';
import { longWord, stressCaption } from '$fixtures/stress';
import { state } from '$tests/helpers/state';

export default [
  state('Transcript', Transcript, {
    paragraphs: briefingAudio.transcript,
    title: briefingAudio.title,
    open: true,
  }),
  state('Transcript, stress', Transcript, {
    paragraphs: [longWord, stressCaption, stressCaption],
    title: longWord,
    open: true,
  }),
];
