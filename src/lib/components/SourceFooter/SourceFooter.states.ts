import { SourceFooter } from 'broadsheet';
import { dwArticle } from '$fixtures/dw-us-russia';
import { eightAgencies, twelveAuthors } from '$fixtures/stress';
import { state } from '$tests/helpers/state';

export default [
  state('SourceFooter', SourceFooter, { ...dwArticle.sources }),
  state('SourceFooter, stress', SourceFooter, { authors: twelveAuthors, agencies: eightAgencies }),
];
