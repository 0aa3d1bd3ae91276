import { Byline } from 'broadsheet';
import { explainerArticle } from '$fixtures/explainer';
import { twelveContributors } from '$fixtures/stress';
import { state } from '$tests/helpers/state';

export default [
  state('Byline', Byline, { contributors: explainerArticle.byline }),
  state('Byline, stress', Byline, { contributors: twelveContributors }),
];
