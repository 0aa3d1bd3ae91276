// Every lint rule must fire on what it is for and stay quiet on the near miss, in English,
// German, Russian and Arabic (right to left), and the comparisons as a listener hears them in
// French, Spanish and Japanese too; every fixture lints clean of errors; and linting changes
// nothing.
import { describe, expect, it } from 'vitest';
import {
  labelledLanguages,
  parseArticle,
  type ArticleDocument,
  type BodyBlock,
  type LivePost,
  type RichText,
} from 'broadsheet';
import { lintArticle, lintRules, type LintRule } from 'broadsheet/lint';
import { dwArticle } from '$fixtures/dw-us-russia';
import { arabicExplainer, explainerArticle } from '$fixtures/explainer';
import { largestArticle, minimalArticle } from '$fixtures/largest';
import { arabicMediaArticle, mediaArticle } from '$fixtures/media';
import { arabic, chinese, german, persian } from '$fixtures/translations';
import { redundantAltPrefixes, vagueLinkTexts } from './words';

const image = { src: '/a.jpg', width: 4, height: 3 };

/** A valid document in `lang` with these body blocks. */
function doc(lang: string, ...body: BodyBlock[]): ArticleDocument {
  return parseArticle({ lang, headline: 'Headline', published: '2013-02-02', body });
}

const paragraph = (text: RichText) => ({ type: 'paragraph', text }) as BodyBlock;
const link = (text: string) => paragraph(['See ', { text, href: '/a' }, '.']);
const img = (alt: string, caption?: string) =>
  ({ type: 'image', image: { ...image, alt, ...(caption && { caption }) } }) as BodyBlock;

const rulesOf = (d: ArticleDocument) => lintArticle(d).map((f) => f.rule);

/** A valid live document in `lang` with these posts, newest first. */
type PostInput = Omit<LivePost, 'body'> & { body?: BodyBlock[] };
function live(lang: string, ...posts: PostInput[]): ArticleDocument {
  return parseArticle({
    lang,
    headline: 'Live',
    published: '2013-02-01T08:00:00+01:00',
    body: [paragraph('Live from Munich.')],
    live: {
      status: 'live',
      coverageStart: '2013-02-01T08:00:00+01:00',
      posts: posts.map((post) => ({ body: [paragraph('Text.')], ...post })),
    },
  });
}
const at = (id: string, published: string, more: Partial<LivePost> = {}) => ({
  id,
  published,
  ...more,
});

// [rule, language, document that must fire it, near miss that must not]
const cases: [LintRule, string, ArticleDocument, ArticleDocument][] = [
  [
    'alt-equals-caption',
    'en',
    doc('en', img('Lavrov and Biden in Munich', '“Lavrov and Biden in Munich.”')),
    doc('en', img('Lavrov and Biden shake hands', 'Lavrov and Biden in Munich')),
  ],
  [
    'alt-equals-caption',
    'ar',
    doc('ar', img('لافروف وبايدن في ميونخ', 'لافروف وبايدن في ميونخ')),
    doc('ar', img('لافروف وبايدن يتصافحان', 'لافروف وبايدن في ميونخ')),
  ],
  // A listener hears no punctuation and no case: these differ only in what is not heard.
  [
    'alt-equals-caption',
    'fr',
    doc(
      'fr',
      img('Le port de Marseille au lever du soleil', 'Le Port de Marseille, au lever du soleil.'),
    ),
    doc(
      'fr',
      img('Des bateaux dans le port de Marseille', 'Le Port de Marseille, au lever du soleil.'),
    ),
  ],
  [
    'alt-equals-caption',
    'es',
    doc('es', img('La plaza mayor de Madrid de noche', '¡La Plaza Mayor de Madrid, de noche!')),
    doc('es', img('La plaza mayor de Madrid al mediodía', '¡La Plaza Mayor de Madrid, de noche!')),
  ],
  [
    'alt-equals-caption',
    'de',
    doc('de', img('Lawrow und Biden – in München', 'LAWROW UND BIDEN IN MÜNCHEN')),
    doc('de', img('Lawrow und Biden in Berlin', 'Lawrow und Biden in München')),
  ],
  [
    'alt-equals-caption',
    'ja',
    doc('ja', img('ミュンヘン安全保障会議の会場', '「ミュンヘン安全保障会議の会場」。')),
    doc('ja', img('ミュンヘン安全保障会議の記者会見', 'ミュンヘン安全保障会議の会場')),
  ],
  [
    'alt-equals-caption',
    'ar',
    doc('ar', img('لافروف وبايدن، في ميونخ', 'لافروف وبايدن في ميونخ.')),
    doc('ar', img('لافروف وبايدن في برلين', 'لافروف وبايدن في ميونخ')),
  ],
  [
    'alt-redundant-prefix',
    'en',
    doc('en', img('Image of Lavrov and Biden shaking hands')),
    doc('en', img('Imagery analysts at the conference')),
  ],
  [
    'alt-redundant-prefix',
    'de',
    doc('de', img('Foto von Lawrow und Biden')),
    doc('de', img('Fotografen vor dem Hotel Bayerischer Hof')),
  ],
  [
    'alt-redundant-prefix',
    'ru',
    doc('ru', img('Фото Лаврова и Байдена')),
    doc('ru', img('Фотограф у отеля')),
  ],
  [
    'alt-redundant-prefix',
    'ar',
    doc('ar', img('صورة لافروف وبايدن')),
    doc('ar', img('صورتان معلقتان في القاعة')),
  ],
  ['alt-too-long', 'en', doc('en', img('A'.repeat(151))), doc('en', img('A'.repeat(150)))],
  [
    'link-text-vague',
    'en',
    doc('en', link('Click here')),
    doc('en', link('the White House statement')),
  ],
  [
    'link-text-vague',
    'de',
    doc('de', link('hier')),
    doc('de', link('die Erklärung des Weißen Hauses')),
  ],
  ['link-text-vague', 'ru', doc('ru', link('подробнее')), doc('ru', link('заявление Белого дома'))],
  ['link-text-vague', 'ar', doc('ar', link('اضغط هنا')), doc('ar', link('بيان البيت الأبيض'))],
  // English link texts are checked in every language: CMSs are full of them.
  ['link-text-vague', 'de', doc('de', link('read more')), doc('de', link('Here & Now (Sendung)'))],
  [
    'link-text-url',
    'en',
    doc('en', link('https://www.whitehouse.gov/briefing-room')),
    doc('en', link('whitehouse.gov briefing room')),
  ],
  [
    'pullquote-not-in-body',
    'en',
    doc('en', paragraph('Biden spoke.'), {
      type: 'pullquote',
      text: 'We will make that happen',
      repeatsBody: true,
    }),
    doc('en', paragraph('"We will make that happen," he added.'), {
      type: 'pullquote',
      text: '“We will make… happen”',
      repeatsBody: true,
    }),
  ],
  // Words, not letters: "ally" is not in "rally", and commas or case do not count.
  [
    'pullquote-not-in-body',
    'en',
    doc('en', paragraph('The rally grew.'), { type: 'pullquote', text: 'ally', repeatsBody: true }),
    doc('en', paragraph('Biden said: "We will, together, make that happen."'), {
      type: 'pullquote',
      text: 'We will together make THAT happen',
      repeatsBody: true,
    }),
  ],
  [
    'pullquote-not-in-body',
    'ar',
    doc('ar', paragraph('تحدث بايدن.'), {
      type: 'pullquote',
      text: 'سنحقق ذلك',
      repeatsBody: true,
    }),
    doc('ar', paragraph('قال لافروف: «سنحقق ذلك».'), {
      type: 'pullquote',
      text: 'سنحقق ذلك',
      repeatsBody: true,
    }),
  ],
  [
    'pullquote-repeats-unmarked',
    'en',
    doc('en', paragraph('"We will make that happen," he added.'), {
      type: 'pullquote',
      text: 'We will make that happen',
    }),
    doc('en', paragraph('He added nothing.'), {
      type: 'pullquote',
      text: 'We will make that happen',
    }),
  ],
  [
    'pullquote-repeats-unmarked',
    'de',
    doc('de', paragraph('„Wir schaffen das“, sagte sie.'), {
      type: 'pullquote',
      text: 'Wir  SCHAFFEN das',
    }),
    doc('de', paragraph('„Wir schaffen das“, sagte sie.'), {
      type: 'pullquote',
      text: 'Wir schaffen das',
      repeatsBody: true,
    }),
  ],
  [
    'text-without-lang',
    'en',
    doc('en', paragraph('Lavrov said: Мы это сделаем.')),
    doc('en', paragraph(['Lavrov said: ', { text: 'Мы это сделаем.', lang: 'ru' }])),
  ],
  [
    'text-without-lang',
    'en',
    doc('en', paragraph('Lavrov called it «тяжёлая трагедия», he said.')),
    doc('en', paragraph('The word for it in Russian is трагедия, he said.')),
  ],
  [
    'text-without-lang',
    'ar',
    doc('ar', paragraph('قال بايدن: We will make that happen today.')),
    doc('ar', paragraph('قال جو بايدن في مؤتمر Munich Security Conference إن الوقت ما زال متاحاً.')),
  ],
  [
    'text-without-lang',
    'de',
    doc('de', paragraph('Lawrow sagte: Мы это сделаем.')),
    doc('de', paragraph('Lawrow traf Joe Biden und die BBC.')),
  ],
  [
    'video-without-transcript',
    'en',
    doc('en', {
      type: 'video',
      video: {
        title: 'Munich',
        sources: [{ src: '/v.webm', type: 'video/webm' }],
        width: 4,
        height: 3,
        hasAudio: false,
      },
    }),
    doc('en', {
      type: 'video',
      video: {
        title: 'Munich',
        sources: [{ src: '/v.webm', type: 'video/webm' }],
        width: 4,
        height: 3,
        hasAudio: false,
        transcript: ['Three bars grow.'],
      },
    }),
  ],
  [
    'all-caps',
    'en',
    doc('en', paragraph('BIDEN AND LAVROV MEET IN MUNICH')),
    doc('en', paragraph('NATO and the EU met the UN')),
  ],
  [
    'all-caps',
    'ru',
    doc('ru', paragraph('ЛАВРОВ И БАЙДЕН ВСТРЕТИЛИСЬ В МЮНХЕНЕ')),
    doc('ru', paragraph('Лавров и Байден встретились в Мюнхене, сообщает ТАСС')),
  ],
  [
    'live-key-event-without-headline',
    'en',
    live('en', at('a', '2013-02-02T10:00:00+01:00', { keyEvent: true })),
    live('en', at('a', '2013-02-02T10:00:00+01:00', { keyEvent: true, headline: 'Biden speaks' })),
  ],
  [
    'live-key-event-without-headline',
    'de',
    live('de', at('a', '2013-02-02T10:00:00+01:00', { keyEvent: true })),
    live('de', at('a', '2013-02-02T10:00:00+01:00', { keyEvent: true, headline: 'Biden spricht' })),
  ],
  [
    'live-pinned-stale',
    'en',
    live(
      'en',
      at('new', '2013-02-03T14:00:00+01:00'),
      at('old', '2013-02-02T09:00:00+01:00', { pinned: true }),
    ),
    live(
      'en',
      at('new', '2013-02-03T08:00:00+01:00'),
      at('old', '2013-02-02T09:00:00+01:00', { pinned: true }),
    ),
  ],
  [
    'live-headline-only-time',
    'en',
    live('en', at('a', '2013-02-02T14:32:00+01:00', { headline: '2.32 pm' })),
    live('en', at('a', '2013-02-02T14:32:00+01:00', { headline: '2.32 pm: Biden arrives' })),
  ],
  [
    'live-headline-only-time',
    'de',
    live('de', at('a', '2013-02-02T16:40:00+01:00', { headline: '16.40 Uhr' })),
    live('de', at('a', '2013-02-02T16:40:00+01:00', { headline: '16.40 Uhr: Lawrow spricht' })),
  ],
  [
    'live-headline-only-time',
    'ar',
    live('ar', at('a', '2013-02-02T16:40:00+01:00', { headline: '١٦:٤٠' })),
    live('ar', at('a', '2013-02-02T16:40:00+01:00', { headline: '١٦:٤٠ لافروف يتحدث' })),
  ],
  [
    'all-caps',
    'ar',
    // Arabic script has no case: a near miss only, and the firing case is in Latin.
    doc('ar', paragraph('بايدن: BIDEN AND LAVROV MEET IN MUNICH TODAY')),
    doc('ar', paragraph('بايدن ولافروف يلتقيان في ميونخ')),
  ],
];

describe('every lint rule', () => {
  it('has cases here, in at least four languages for the wording and script rules', () => {
    expect(new Set(cases.map(([rule]) => rule))).toEqual(new Set(Object.keys(lintRules)));
    expect(new Set(cases.map(([, lang]) => lang))).toEqual(
      new Set(['en', 'de', 'ru', 'ar', 'fr', 'es', 'ja']),
    );
  });

  it.each(cases)('%s (%s): fires on the problem, not on the near miss', (rule, _, bad, good) => {
    const found = lintArticle(bad).filter((f) => f.rule === rule);
    expect(found.length, JSON.stringify(lintArticle(bad))).toBeGreaterThan(0);
    for (const finding of found) {
      expect(finding.severity).toBe(lintRules[rule].severity);
      expect(finding.path).toMatch(/^(body|leadImage|headline|summary|live\.posts)/);
      expect(finding.message).toContain(`(Editorial guide: ${rule})`);
    }
    expect(rulesOf(good)).not.toContain(rule);
  });

  it('points at the field to change', () => {
    expect(lintArticle(doc('en', paragraph('x'), img('Image of a hall')))).toEqual([
      expect.objectContaining({ rule: 'alt-redundant-prefix', path: 'body[1].image.alt' }),
    ]);
    expect(lintArticle(doc('en', link('here')))[0]!.path).toBe('body[0].text[1].text');
  });

  it('knows the wording of every language that has labels', () => {
    expect(Object.keys(vagueLinkTexts).sort()).toEqual([...labelledLanguages].sort());
    expect(Object.keys(redundantAltPrefixes).sort()).toEqual([...labelledLanguages].sort());
  });
});

describe('the fixtures', () => {
  it.each([
    ['the DW seed', dwArticle],
    ['the every-field document', largestArticle],
    ['the minimal document', minimalArticle],
    ['the explainer', explainerArticle],
    ['the Arabic explainer', arabicExplainer.article],
    ['the media article', mediaArticle],
    ['the Arabic media article', arabicMediaArticle],
    ['the German page', german.article],
    ['the Arabic page', arabic.article],
    ['the Persian page', persian.article],
    ['the Chinese page', chinese.article],
  ] as [string, ArticleDocument][])('%s lints clean of errors', (_, raw) => {
    const errors = lintArticle(parseArticle(raw)).filter((f) => f.severity === 'error');
    expect(errors).toEqual([]);
  });
});

it('never changes the document, even one that was not frozen by parseArticle', () => {
  const raw = structuredClone(largestArticle) as ArticleDocument;
  const before = JSON.stringify(raw);
  lintArticle(raw);
  expect(JSON.stringify(raw)).toBe(before);
  // A frozen document would throw on any write.
  expect(() => lintArticle(parseArticle(raw))).not.toThrow();
});

it('has a section in the Editorial guide for every rule, where each finding points', async () => {
  const { readFileSync } = await import('node:fs');
  const guide = readFileSync('src/stories/EditorialGuide.mdx', 'utf8');
  for (const [rule, { severity }] of Object.entries(lintRules)) {
    expect(guide).toContain(`<h2 id="${rule}">${rule} (${severity})</h2>`);
  }
});
