import { Related } from 'broadsheet';
import { explainerArticle } from '$fixtures/explainer';
import { longWord } from '$fixtures/stress';
import { state } from '$tests/helpers/state';

export default [
  state('Related', Related, { links: explainerArticle.related }),
  state('Related, stress', Related, {
    links: [
      { text: `${longWord} ${longWord}`, href: '/a', kicker: longWord, published: '2013-02-02' },
    ],
  }),
];
