import { Dateline } from 'broadsheet';
import { dwArticle } from '$fixtures/dw-us-russia';
import { longWord } from '$fixtures/stress';
import { state } from '$tests/helpers/state';

export default [
  state('Dateline', Dateline, { published: dwArticle.published, permalink: dwArticle.permalink }),
  state('Dateline, stress', Dateline, {
    published: '2013-02-02T18:30:00+01:00',
    updated: '2013-02-03',
    place: longWord,
    permalink: `https://p.dw.com/p/${longWord}${longWord}`,
  }),
];
