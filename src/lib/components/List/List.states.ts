import { List } from 'broadsheet';
import { explainerArticle } from '$fixtures/explainer';
import { longWord, stressCaption } from '$fixtures/stress';
import { state } from '$tests/helpers/state';

const [, , , unordered, , , ordered] = explainerArticle.body;

export default [
  state('List', List, { items: (unordered as { items: string[] }).items }),
  state('List, ordered', List, { items: (ordered as { items: string[] }).items, ordered: true }),
  state('List, stress', List, { items: [longWord, stressCaption] }),
];
