// Property tests: random valid documents render with every word in place; random broken ones
// are refused with an ArticleError and nothing else. Seeded: FC_SEED=<n> replays a run, and
// fast-check prints the seed and the shrunk counterexample when a property fails.
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import {
  Article,
  ArticleError,
  parseArticle,
  type ArticleDocument,
  type ArticleAudio,
  type ArticleEmbed,
  type ArticleImage,
  type ArticleVideo,
  type BodyBlock,
  type DataTableData,
  type Inline,
  type LiveCoverage,
  type LivePost,
  type RichText,
} from 'broadsheet';
import { footnotesOf } from '../../src/lib/components/internal/footnotes';
import { dwArticle } from '$fixtures/dw-us-russia';
import { largestArticle } from '$fixtures/largest';
import { maxDimension } from '../../src/lib/article/rules';

const seed = Number(process.env.FC_SEED ?? 20130202);
console.log(`fast-check seed ${seed} (replay with FC_SEED=${seed})`);

// Text as a CMS may send it: any Unicode, but with something visible. HTML parsing turns CR
// into LF and NUL into U+FFFD, so those two would not survive any renderer and are left out.
const text = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: 60 })
  .filter((s) => s.trim() !== '' && !/[\r\0]/.test(s));

const href = fc.constantFrom(
  'https://www.dw.com/en/',
  'http://example.org/a?b=c&d',
  'mailto:news@dw.com',
  '/en/syria',
  '#top',
);
const run: fc.Arbitrary<Inline> = fc.oneof(
  text,
  fc.record({ text, href }),
  fc.record({ text, emphasis: fc.constant(true as const) }),
  fc.record({ text, strong: fc.constant(true as const) }),
  fc.record({ text, lang: fc.constantFrom('de', 'ru', 'ar', 'en-GB') }),
  fc.record({ text, footnote: text }),
  // A run with no marks, as mapping code writes it.
  fc.record({ text }),
);
const rich: fc.Arbitrary<RichText> = fc.oneof(text, fc.array(run, { minLength: 1, maxLength: 5 }));
const table = fc.integer({ min: 1, max: 4 }).chain((columns) =>
  fc.record(
    {
      caption: text,
      head: fc.array(text, { minLength: columns, maxLength: columns }),
      rows: fc.array(fc.array(rich, { minLength: columns, maxLength: columns }), {
        minLength: 1,
        maxLength: 4,
      }),
      rowHeaders: fc.boolean(),
      source: text,
    },
    { requiredKeys: ['caption', 'head', 'rows'] },
  ),
);
const image = fc.record(
  {
    src: fc.constantFrom('/a.jpg', 'https://img.dw.com/x.png', 'pictures/b.webp'),
    alt: text,
    width: fc.integer({ min: 1, max: maxDimension }),
    height: fc.integer({ min: 1, max: maxDimension }),
    caption: text,
    credit: text,
    size: fc.constantFrom('column' as const, 'wide' as const, 'full' as const),
  },
  { requiredKeys: ['src', 'alt', 'width', 'height'] },
);
const chart = fc.record(
  {
    src: fc.constant('/chart.png'),
    alt: text,
    width: fc.constant(800),
    height: fc.constant(450),
    description: fc.array(rich, { minLength: 1, maxLength: 3 }),
    data: table,
  },
  { requiredKeys: ['src', 'alt', 'width', 'height'] },
);
const mediaFields = {
  caption: text,
  credit: text,
  duration: fc.constantFrom('PT45S', 'PT2M30S', 'PT1H5M'),
};
const video: fc.Arbitrary<ArticleVideo> = fc.record(
  {
    title: text,
    sources: fc.constant([{ src: '/clip.mp4', type: 'video/mp4' }]),
    width: fc.constant(1280),
    height: fc.constant(720),
    tracks: fc.constant([{ src: '/clip.en.vtt', lang: 'en', label: 'English' }]),
    transcript: fc.array(rich, { minLength: 1, maxLength: 3 }),
    ...mediaFields,
  },
  { requiredKeys: ['title', 'sources', 'width', 'height', 'tracks'] },
);
const audio: fc.Arbitrary<ArticleAudio> = fc.record(
  {
    title: text,
    sources: fc.constant([{ src: '/briefing.mp3', type: 'audio/mpeg' }]),
    transcript: fc.array(rich, { minLength: 1, maxLength: 3 }),
    ...mediaFields,
  },
  { requiredKeys: ['title', 'sources', 'transcript'] },
);
const embed: fc.Arbitrary<ArticleEmbed> = fc.record({
  provider: text,
  title: text,
  src: fc.constant('https://www.youtube-nocookie.com/embed/dw-munich-2013'),
  width: fc.constant(560),
  height: fc.constant(315),
  link: fc.record({ text, href: fc.constant('https://www.youtube.com/watch?v=dw-munich-2013') }),
});
const block: fc.Arbitrary<BodyBlock> = fc.oneof(
  fc.record({ type: fc.constant('paragraph' as const), text: rich }),
  fc.record({ type: fc.constant('subheading' as const), text }),
  fc.record(
    { type: fc.constant('pullquote' as const), text, attribution: text, repeatsBody: fc.boolean() },
    { requiredKeys: ['type', 'text'] },
  ),
  fc.record({ type: fc.constant('image' as const), image: fc.oneof(image, chart) }),
  fc.record(
    {
      type: fc.constant('list' as const),
      ordered: fc.boolean(),
      items: fc.array(rich, { minLength: 1, maxLength: 4 }),
    },
    { requiredKeys: ['type', 'items'] },
  ),
  fc.record(
    {
      type: fc.constant('quote' as const),
      text: fc.array(rich, { minLength: 1, maxLength: 3 }),
      attribution: text,
      cite: fc.constant('https://www.dw.com/en/a-1'),
      lang: fc.constantFrom('de', 'ru'),
    },
    { requiredKeys: ['type', 'text'] },
  ),
  fc.record({ type: fc.constant('table' as const), table }),
  fc.record({ type: fc.constant('video' as const), video }),
  fc.record({ type: fc.constant('audio' as const), audio }),
  fc.record({ type: fc.constant('embed' as const), embed }),
);
const day = fc.date({
  min: new Date('1990-01-01'),
  max: new Date('2030-12-31'),
  noInvalidDate: true,
});
const isoDay = day.map((d) => d.toISOString().slice(0, 10));

const validDocument: fc.Arbitrary<ArticleDocument> = fc.record(
  {
    lang: fc.constantFrom('en', 'de', 'ar', 'fa', 'zh', 'ja', 'pt-BR', 'sw'),
    headline: text,
    standfirst: text,
    kicker: text,
    published: isoDay,
    place: text,
    url: fc.constant('https://www.dw.com/en/a-16571441'),
    permalink: fc.constantFrom('https://p.dw.com/p/17XBn', 'http://example.org/story'),
    byline: fc.array(
      fc.record(
        { name: text, url: fc.constant('https://www.dw.com/en/p-1'), role: text },
        { requiredKeys: ['name'] },
      ),
      { minLength: 1, maxLength: 4 },
    ),
    summary: fc.array(rich, { minLength: 1, maxLength: 4 }),
    leadImage: image,
    body: fc.array(block, { minLength: 1, maxLength: 8 }),
    notes: fc.array(
      fc.record({
        kind: fc.constantFrom(
          'correction' as const,
          'clarification' as const,
          'update' as const,
          'editors-note' as const,
        ),
        date: isoDay,
        text,
      }),
      { maxLength: 3 },
    ),
    sources: fc.record(
      { authors: fc.array(text, { maxLength: 4 }), agencies: fc.array(text, { maxLength: 4 }) },
      { requiredKeys: [] },
    ),
    related: fc.array(
      fc.record(
        { text, href: fc.constantFrom('/en/a-2', 'https://www.dw.com/en/a-3'), kicker: text },
        { requiredKeys: ['text', 'href'] },
      ),
      { maxLength: 3 },
    ),
  },
  { requiredKeys: ['lang', 'headline', 'published', 'body'] },
);

// Live coverage: up to four posts a few minutes apart, newest first, one of them perhaps pinned,
// some key events, each with a byline or not and a body of any blocks.
const livePost = fc.record(
  {
    headline: text,
    keyEvent: fc.boolean(),
    byline: fc.array(fc.record({ name: text, role: text }, { requiredKeys: ['name'] }), {
      minLength: 1,
      maxLength: 2,
    }),
    updated: fc.constant(true),
    body: fc.array(block, { minLength: 1, maxLength: 2 }),
  },
  { requiredKeys: ['body'] },
);
const live: fc.Arbitrary<LiveCoverage> = fc
  .record({
    status: fc.constantFrom('live' as const, 'ended' as const),
    posts: fc.array(fc.tuple(livePost, fc.integer({ min: 0, max: 600 })), { maxLength: 4 }),
    pinned: fc.integer({ min: -1, max: 3 }),
    olderPosts: fc.boolean(),
  })
  .map(({ status, posts, pinned, olderPosts }) => {
    const at = (minutes: number) => new Date(Date.UTC(2013, 1, 2, 8, minutes)).toISOString();
    const minutes = posts.map(([, m]) => m).sort((a, b) => b - a);
    return {
      status,
      coverageStart: at(0),
      ...(status === 'ended' ? { coverageEnd: at(700) } : {}),
      ...(olderPosts ? { olderPosts: '/live?page=2' } : {}),
      posts: posts.map(([{ updated, ...post }], i): LivePost => ({
        ...post,
        id: `post-${i}`,
        published: at(minutes[i]!),
        ...(updated ? { updated: at(minutes[i]! + 1) } : {}),
        ...(i === pinned ? { pinned: true } : {}),
      })),
    };
  });
const validLiveDocument: fc.Arbitrary<ArticleDocument> = fc
  .tuple(validDocument, live)
  .map(([doc, coverage]) => ({ ...doc, live: coverage }));

/** The words of rich text a reader sees where it stands (a footnote's note comes later). */
const runTexts = (value: RichText) =>
  typeof value === 'string' ? [value] : value.map((r) => (typeof r === 'string' ? r : r.text));

const imageTexts = (img: ArticleImage) => [
  img.caption,
  img.credit,
  ...(img.description ?? []).flatMap(runTexts),
  ...(img.data ? tableTexts(img.data) : []),
];
const tableTexts = (t: DataTableData) => [
  t.caption,
  ...t.head,
  ...t.rows.flat().flatMap(runTexts),
  t.source,
];

/** A byline's words: people grouped by role, those without one first (as Byline says). */
function bylineTexts(byline: ArticleDocument['byline'] = []): (string | undefined)[] {
  const roles = [
    undefined,
    ...new Set(byline.flatMap((p) => (p.role === undefined ? [] : [p.role]))),
  ];
  return roles.flatMap((role) => [
    role,
    ...byline.filter((p) => p.role === role).map((p) => p.name),
  ]);
}

function blockTexts(b: BodyBlock): (string | undefined)[] {
  switch (b.type) {
    case 'paragraph':
      return runTexts(b.text);
    case 'subheading':
      return [b.text];
    case 'pullquote':
      return [b.text, b.attribution];
    case 'image':
      return imageTexts(b.image);
    case 'list':
      return b.items.flatMap(runTexts);
    case 'quote':
      return [...b.text.flatMap(runTexts), b.attribution];
    case 'table':
      return tableTexts(b.table);
    // The video's title names the player; the reader sees what is under it.
    case 'video':
      return [b.video.caption, b.video.credit, ...(b.video.transcript ?? []).flatMap(runTexts)];
    case 'audio':
      return [
        b.audio.title,
        b.audio.caption,
        b.audio.credit,
        ...b.audio.transcript.flatMap(runTexts),
      ];
    // Before consent: the title, then the provider's name in the notice, then the link.
    case 'embed':
      return [b.embed.title, b.embed.provider, b.embed.link.text];
  }
}

/**
 * A live blog's words in reading order: the key events' headlines, then the pinned post, then
 * every other post, newest first (the document's order), each its headline, byline and body.
 */
function liveTexts(live: LiveCoverage): (string | undefined)[] {
  const postTexts = (post: LivePost) => [
    post.headline,
    ...bylineTexts(post.byline),
    ...post.body.flatMap(blockTexts),
  ];
  const pinned = live.posts.find((post) => post.pinned);
  return [
    ...live.posts.filter((post) => post.keyEvent).map((post) => post.headline),
    ...(pinned ? postTexts(pinned) : []),
    ...live.posts.filter((post) => post !== pinned).flatMap(postTexts),
  ];
}

/** Every text field a reader must find on the page, in reading order. */
function textsInOrder(doc: ArticleDocument): string[] {
  const subheadings = doc.body.flatMap((b) => (b.type === 'subheading' ? [b.text] : []));
  return [
    doc.kicker,
    doc.headline,
    doc.place,
    doc.standfirst,
    doc.permalink,
    ...bylineTexts(doc.byline),
    ...(doc.summary ?? []).flatMap(runTexts),
    ...(subheadings.length >= 3 ? subheadings : []),
    ...(doc.leadImage ? imageTexts(doc.leadImage) : []),
    ...doc.body.flatMap(blockTexts),
    ...(doc.live ? liveTexts(doc.live) : []),
    ...footnotesOf(doc).map((run) => run.footnote),
    ...(doc.notes ?? []).flatMap((note) => runTexts(note.text)),
    ...(doc.sources?.authors ?? []).map((a) => (typeof a === 'string' ? a : a.initials)),
    ...(doc.sources?.agencies ?? []),
    ...(doc.related ?? []).flatMap((link) => [link.kicker, link.text]),
  ].filter((t): t is string => t !== undefined);
}

// One parser for all documents: the HTML a browser would parse, hidden labels taken out.
const { document } = new JSDOM('<!doctype html><body></body>').window;

function pageText(doc: ArticleDocument): string {
  const { body } = render(Article, { props: { article: doc, jsonLd: false } });
  document.body.innerHTML = body;
  document.querySelectorAll('.visually-hidden').forEach((el) => el.remove());
  return document.body.textContent ?? '';
}

describe('random valid documents', () => {
  it('1,000, a third of them live blogs, render on the server with every text in order', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          { weight: 2, arbitrary: validDocument },
          { weight: 1, arbitrary: validLiveDocument },
        ),
        (raw) => {
          const doc = parseArticle(raw);
          const output = pageText(doc);
          let from = 0;
          for (const field of textsInOrder(doc)) {
            const at = output.indexOf(field, from);
            if (at < 0) throw new Error(`"${field}" is missing after position ${from}`);
            from = at + field.length;
          }
          expect(output).not.toMatch(/undefined|NaN|Invalid Date/);
        },
      ),
      { numRuns: 1000, seed },
    );
  }, 120_000);
});

// ---------- broken documents ----------

type Json = Record<string | number, unknown>;

function leaves(
  value: unknown,
  path: (string | number)[] = [],
): { path: (string | number)[]; value: unknown }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, [...path, i]));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, k]));
  return [{ path, value }];
}

function setAt(doc: unknown, path: (string | number)[], value: unknown, remove = false): unknown {
  const copy = structuredClone(doc) as Json;
  let at = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Json;
  if (remove) delete at[path.at(-1)!];
  else at[path.at(-1)!] = value;
  return copy;
}

// The every-field document, so every field of the second edition is broken somewhere.
const base = largestArticle as unknown as Json;
const stringLeaves = leaves(base).filter(
  (l) => typeof l.value === 'string' && l.path.at(-1) !== 'type',
);
const numberLeaves = leaves(base).filter((l) => typeof l.value === 'number');
const required: (string | number)[][] = [
  ['lang'],
  ['headline'],
  ['published'],
  ['body'],
  ['body', 0, 'type'],
  ['body', 0, 'text'],
  ['leadImage', 'alt'],
  ['leadImage', 'src'],
  ['leadImage', 'width'],
];

const deep = fc.integer({ min: 50, max: 2000 }).map((depth) => {
  let value: unknown = 'x';
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { nested: value };
  return value;
});

// Not null: a CMS's null means "absent", which is fine for an optional field.
const notAString = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant({ nested: { deeper: true } }),
  deep,
);

const broken: fc.Arbitrary<unknown> = fc.oneof(
  // a string field given another type
  fc
    .tuple(fc.constantFrom(...stringLeaves), notAString)
    .map(([leaf, bad]) => setAt(base, leaf.path, bad)),
  // a string field 100,000 characters long
  fc.constantFrom(...stringLeaves).map((leaf) => setAt(base, leaf.path, 'x'.repeat(100_000))),
  // a string field with a lone surrogate in it
  fc
    .tuple(fc.constantFrom(...stringLeaves), fc.integer({ min: 0xd800, max: 0xdfff }))
    .map(([leaf, unit]) =>
      setAt(base, leaf.path, `${String(leaf.value)}${String.fromCharCode(unit)}`),
    ),
  // a required field left out
  fc.constantFrom(...required).map((path) => setAt(base, path, undefined, true)),
  // an unknown field, at the top or in a block
  fc
    .tuple(
      fc.constantFrom([], ['body', 0], ['leadImage'], ['sources']),
      fc.string({ minLength: 1, maxLength: 12 }),
    )
    .filter(
      ([, key]) =>
        ![
          'lang',
          'dir',
          'headline',
          'standfirst',
          'kicker',
          'published',
          'updated',
          'timeZone',
          'place',
          'permalink',
          'url',
          'byline',
          'summary',
          'notes',
          'related',
          'description',
          'data',
          'size',
          'leadImage',
          'body',
          'sources',
          'type',
          'text',
          'src',
          'alt',
          'decorative',
          'width',
          'height',
          'srcset',
          'sizes',
          'caption',
          'credit',
          'creditLang',
          'authors',
          'agencies',
          '__proto__',
          'constructor',
        ].includes(key),
    )
    .map(([at, key]) => setAt(base, [...at, key], 'surprise')),
  // sizes that are not sizes
  fc
    .tuple(
      fc.constantFrom(...numberLeaves),
      fc.constantFrom(0, -1, 1.5, 1e9, Number.NaN, Infinity, -Infinity, Number.MAX_SAFE_INTEGER),
    )
    .map(([leaf, bad]) => setAt(base, leaf.path, bad)),
  // deep nesting where a list of blocks belongs
  deep.map((value) => setAt(base, ['body'], value)),
  // anything at all
  fc.anything(),
);

describe('random broken documents', () => {
  it('10,000 make parseArticle throw an ArticleError, and nothing else', () => {
    fc.assert(
      fc.property(broken, (input) => {
        try {
          parseArticle(input);
        } catch (error) {
          if (error instanceof ArticleError && error.issues.length > 0) return;
          throw new Error(`parseArticle threw ${String(error)} instead of an ArticleError`, {
            cause: error,
          });
        }
        throw new Error('parseArticle accepted a broken document');
      }),
      { numRuns: 10_000, seed },
    );
  }, 120_000);
});

describe('size', () => {
  it('renders a 2,000-block article on the server, every paragraph in it, in linear time', () => {
    const timings: string[] = [];
    for (const blocks of [500, 1000, 2000]) {
      const doc = parseArticle({
        ...dwArticle,
        body: Array.from({ length: blocks }, (_, i) => ({
          type: 'paragraph',
          text: `Paragraph ${i + 1} of ${blocks}.`,
        })),
      });
      const started = performance.now();
      const { body } = render(Article, { props: { article: doc } });
      timings.push(`${blocks} blocks: ${(performance.now() - started).toFixed(1)} ms`);
      expect(body).toContain(`Paragraph ${blocks} of ${blocks}.`);
      expect(body.match(/Paragraph \d+ of /g)).toHaveLength(blocks);
    }
    console.log(`server rendering: ${timings.join(', ')}`);
  }, 60_000);
});
