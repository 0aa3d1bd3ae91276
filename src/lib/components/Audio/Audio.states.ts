import { Audio } from 'broadsheet';
import { briefingAudio } from '$fixtures/media';
import { longWord, stressCaption } from '$fixtures/stress';
import { state } from '$tests/helpers/state';

export default [
  state('Audio', Audio, briefingAudio),
  state('Audio, stress', Audio, {
    ...briefingAudio,
    title: `${longWord} ${longWord}`,
    caption: stressCaption,
  }),
];
