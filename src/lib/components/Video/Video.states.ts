import { Video } from 'broadsheet';
import { briefingVideo, silentVideo } from '$fixtures/media';
import { longWord, stressCaption } from '$fixtures/stress';
import { state } from '$tests/helpers/state';

export default [
  state('Video', Video, briefingVideo),
  state('Video, silent', Video, silentVideo),
  state('Video, stress', Video, {
    ...briefingVideo,
    title: longWord,
    caption: `${longWord} ${stressCaption}`,
    duration: 'PT1H2M3S',
  }),
];
