import { Summary } from 'broadsheet';
import { explainerArticle } from '$fixtures/explainer';
import { longWord, stressCaption } from '$fixtures/stress';
import { state } from '$tests/helpers/state';

export default [
  state('Summary', Summary, { points: explainerArticle.summary }),
  state('Summary, stress', Summary, { points: [longWord, stressCaption, stressCaption] }),
];
