import { ImageWithCredit } from 'broadsheet';
import { dwArticle } from '$fixtures/dw-us-russia';
import { longWord, stressCaption } from '$fixtures/stress';
import { state } from '$tests/helpers/state';

export default [
  state('ImageWithCredit', ImageWithCredit, { ...dwArticle.leadImage }),
  state('ImageWithCredit, stress', ImageWithCredit, {
    ...dwArticle.leadImage,
    caption: `${longWord} ${stressCaption}`,
  }),
];
