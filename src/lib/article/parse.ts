// parseArticle: the gate between a CMS and <Article>. It checks every field, rejects what it
// does not know (a typo such as `standFirst` must not vanish silently), and reports every
// problem at once, each with its path, in words a CMS editor can act on.
import * as v from 'valibot';
import { isTimeZone, parseIsoDate } from '../i18n/dates.js';
import { parseDuration } from '../i18n/durations.js';
import { isLanguageTag } from '../i18n/direction.js';
import {
  hasSafeScheme,
  imageSchemes,
  isAbsoluteHttpUrl,
  isHttpsUrl,
  isSafeSrcset,
  linkSchemes,
} from '../urls.js';
import {
  altRule,
  captionsRule,
  decorativeAltRule,
  dimensionRule,
  hasRequiredCaptions,
  isDimension,
  maxTextLength,
} from './rules.js';
import { isChecked, markChecked, registerValidator } from './checked.js';
import type { ArticleDocument, BodyBlock } from './types.js';

/** One problem in a document: where (`body[3].image.alt`) and what is wrong. */
export interface ArticleIssue {
  path: string;
  message: string;
}

/** Thrown by `parseArticle`: `issues` lists every problem of the document. */
export class ArticleError extends Error {
  override name = 'ArticleError';
  /** `where` says who was given the document, e.g. "<Article>: prop `article`". */
  constructor(
    readonly issues: ArticleIssue[],
    where = 'Invalid article document',
  ) {
    super(
      `${where}, ${issues.length} problem${issues.length === 1 ? '' : 's'}:\n` +
        issues.map((issue) => `- ${issue.path || '(document)'}: ${issue.message}`).join('\n'),
    );
  }
}

const text = (what = 'text', empty = 'must not be empty') =>
  v.pipe(
    v.string(`must be ${what} (a string)`),
    v.check((s) => s.trim() !== '', empty),
    v.check(
      (s) => !/\p{Surrogate}/u.test(s),
      'must be well-formed Unicode (it holds a lone surrogate)',
    ),
    v.maxLength(maxTextLength, `must be at most ${maxTextLength.toLocaleString('en')} characters`),
  );

const languageTag = v.pipe(
  v.string('must be a BCP 47 language tag such as "en" or "pt-BR"'),
  v.check(
    isLanguageTag,
    (issue) =>
      `must be a well-formed BCP 47 language tag such as "en" or "pt-BR"; got ${JSON.stringify(issue.input)}`,
  ),
);

const isoDate = v.pipe(
  v.string('must be an ISO 8601 date such as "2013-02-02" or "2013-02-02T18:30:00+01:00"'),
  v.check(
    (s) => parseIsoDate(s) !== undefined,
    (issue) =>
      `must be an ISO 8601 date that exists, "2013-02-02" or a date-time with offset "2013-02-02T18:30:00+01:00"; got ${JSON.stringify(issue.input)}`,
  ),
);

const url = (schemes: readonly string[], what: string) =>
  v.pipe(
    text(what),
    // "www.example.com" is a valid relative URL, a path on this site: never what was meant.
    v.check(
      (s) => !/^\s*www\./i.test(s),
      (issue) =>
        `must be ${what}; ${JSON.stringify(issue.input)} would be read as a page of this site: write "https://${String(issue.input).trim()}"`,
    ),
    v.check(
      (s) => hasSafeScheme(s, schemes),
      (issue) => `must be ${what}; got ${JSON.stringify(issue.input)}`,
    ),
  );

const dimension = v.pipe(
  v.number(dimensionRule),
  v.check((n: number) => isDimension(n), dimensionRule),
);

/** The allowed key an unknown one was probably meant to be: same letters, or one or two typos. */
function closest(unknown: string, keys: string[]): string | undefined {
  const lower = unknown.toLowerCase().replace(/[-_\s]/g, '');
  let best: string | undefined;
  let bestDistance = 3;
  for (const key of keys) {
    const distance = editDistance(lower, key.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [key, distance];
  }
  // Short keys allow fewer typos: "id" is not a misspelt "dir".
  return bestDistance <= Math.min(2, Math.floor(unknown.length / 3)) ? best : undefined;
}

/** Levenshtein distance, with a swap of two neighbours counted as one edit. */
function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
      }
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * A strict object: a missing field is named, and an unknown one is reported with the list of
 * allowed fields. `required` adds advice to the message of a missing field.
 */
function record<const E extends v.ObjectEntries>(
  entries: E,
  what: string,
  required: Partial<Record<keyof E, string>> = {},
) {
  const keys = Object.keys(entries);
  const allowed = keys.join(', ');
  return v.strictObject(entries, (issue) => {
    if (issue.expected === 'never') {
      const unknown = String(issue.path?.at(-1)?.key ?? '');
      const near = closest(unknown, keys);
      return `is not a field of ${what}${near ? `; did you mean \`${near}\`?` : '.'} Allowed: ${allowed}`;
    }
    const key = issue.path?.at(-1)?.key as keyof E | undefined;
    if (issue.path && issue.input === undefined && key !== undefined && key in entries) {
      return `is required in ${what}${required[key] ? `: ${required[key]}` : ''}`;
    }
    return `must be ${what} (an object with ${allowed})`;
  });
}

const absoluteUrl = (what: string) =>
  v.pipe(
    text(what),
    v.check(isAbsoluteHttpUrl, (issue) => `must be ${what}; got ${JSON.stringify(issue.input)}`),
  );

const inlineShapes =
  'a string, { text }, { text, href }, { text, emphasis: true }, { text, strong: true }, { text, lang } or { text, footnote }';

// The kinds of run, built once: a run's keys decide which kind it is, so errors point at the
// right field.
const runs = {
  plain: text(),
  link: record(
    { text: text(), href: url(linkSchemes, 'an http, https, mailto or relative link') },
    'a link',
  ),
  emphasis: record({ text: text(), emphasis: v.literal(true, 'must be true') }, 'an emphasis'),
  strong: record({ text: text(), strong: v.literal(true, 'must be true') }, 'a strong run'),
  lang: record({ text: text(), lang: languageTag }, 'a language run'),
  footnote: record({ text: text(), footnote: text('the footnote’s text') }, 'a footnote'),
  // What mapping code writes for a run with no marks: the same as the bare string.
  plainRun: record(
    { text: text() },
    'a run of plain text (a marked run is { text, href }, { text, emphasis: true }, { text, strong: true }, { text, lang } or { text, footnote })',
  ),
  unknown: v.custom<never>(() => false, `must be ${inlineShapes}`),
};

// The return type is named: inferred, TypeScript would reduce the union to its supertypes, and
// `{ text }` would swallow the link, language and footnote runs in the document's type.
const inline = v.lazy((input): (typeof runs)[keyof typeof runs] => {
  if (typeof input === 'string') return runs.plain;
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return runs.unknown;
  if ('href' in input) return runs.link;
  if ('emphasis' in input) return runs.emphasis;
  if ('strong' in input) return runs.strong;
  if ('footnote' in input) return runs.footnote;
  if ('lang' in input) return runs.lang;
  if ('text' in input) return runs.plainRun;
  return runs.unknown;
});

const inlineList = v.pipe(v.array(inline), v.minLength(1, 'must hold at least one run'));
const richTextString = text(`a string or a list of runs (${inlineShapes})`);

/** A plain string or a list of runs. */
const richText = v.lazy((input) => (Array.isArray(input) ? inlineList : richTextString));

/** A list of rich texts with at least one item: paragraphs, list items, key points. */
const richTexts = (what: string) =>
  v.pipe(
    v.array(richText, `must be a list of ${what}`),
    v.minLength(1, `must hold at least one of the ${what}`),
  );

const dataTable = v.pipe(
  record(
    {
      caption: text('a caption that names the table'),
      head: v.pipe(
        v.array(text('a column header'), 'must be a list of column headers'),
        v.minLength(1, 'must name at least one column'),
      ),
      rows: v.pipe(
        v.array(v.array(richText, 'must be a list of cells'), 'must be a list of rows'),
        v.minLength(1, 'must hold at least one row'),
      ),
      rowHeaders: v.optional(v.boolean('must be true or false')),
      source: v.optional(text('a source')),
    },
    'a table',
  ),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const columns = dataset.value.head.length;
    dataset.value.rows.forEach((row, i) => {
      if (row.length !== columns) {
        addIssue({
          message: `must have ${columns} cell${columns === 1 ? '' : 's'}, one per column of \`head\`; it has ${row.length}`,
          path: [
            {
              type: 'object',
              origin: 'value',
              input: dataset.value,
              key: 'rows',
              value: dataset.value.rows,
            },
            { type: 'array', origin: 'value', input: dataset.value.rows, key: i, value: row },
          ],
        });
      }
    });
  }),
);

const imageFields = {
  src: url(imageSchemes, 'an http(s) or relative image URL'),
  width: dimension,
  height: dimension,
  srcset: v.optional(
    v.pipe(text('a srcset'), v.check(isSafeSrcset, 'must list http(s) or relative image URLs')),
  ),
  sizes: v.optional(text('a sizes list')),
  caption: v.optional(text('a caption')),
  credit: v.optional(text('a credit')),
  creditLang: v.optional(languageTag),
  description: v.optional(richTexts('paragraphs of the description')),
  data: v.optional(dataTable),
  size: v.optional(v.picklist(['column', 'wide', 'full'], 'must be "column", "wide" or "full"')),
};

// An image either describes itself or is decorative; which one decides what `alt` must be.
const decorativeImage = record(
  { ...imageFields, decorative: v.literal(true), alt: v.literal('', decorativeAltRule) },
  'an image',
);
const describedImage = record(
  {
    ...imageFields,
    decorative: v.optional(v.literal(false, 'must be true or false')),
    alt: text('alt text', altRule),
  },
  'an image',
  { alt: altRule.replace(/^must /, '') },
);
const image = v.lazy((input) =>
  typeof input === 'object' &&
  input !== null &&
  (input as { decorative?: unknown }).decorative === true
    ? decorativeImage
    : describedImage,
);

const duration = v.pipe(
  v.string('must be an ISO 8601 duration such as "PT2M30S"'),
  v.check(
    (s) => parseDuration(s) !== undefined,
    (issue) =>
      `must be an ISO 8601 duration such as "PT2M30S" (2 minutes 30 seconds) or "PT1H5M"; got ${JSON.stringify(issue.input)}`,
  ),
);

const mediaSource = (kind: 'video' | 'audio') => {
  const mimeType = new RegExp(`^${kind}/[\\w.+-]+(;.*)?$`, 'i');
  return record(
    {
      src: url(imageSchemes, `an http(s) or relative ${kind} URL`),
      type: v.pipe(
        v.string(`must be a MIME type such as "${kind}/${kind === 'video' ? 'mp4' : 'mpeg'}"`),
        v.check(
          (s) => mimeType.test(s),
          (issue) =>
            `must be a ${kind} MIME type such as "${kind}/${kind === 'video' ? 'mp4' : 'mpeg'}"; got ${JSON.stringify(issue.input)}`,
        ),
      ),
    },
    `a ${kind} source`,
  );
};

const mediaSources = (kind: 'video' | 'audio') =>
  v.pipe(
    v.array(mediaSource(kind), `must be a list of ${kind} files`),
    v.minLength(1, `must hold at least one ${kind} file`),
  );

const trackKinds = ['captions', 'subtitles', 'descriptions'] as const;

const textTrack = record(
  {
    src: url(imageSchemes, 'an http(s) or relative URL of a WebVTT file'),
    lang: languageTag,
    label: text('the track’s name in the player’s menu, such as "English"'),
    kind: v.optional(
      v.picklist(
        trackKinds,
        (issue) =>
          `must be "captions", "subtitles" or "descriptions"; got ${JSON.stringify(issue.input)}`,
      ),
    ),
  },
  'a text track',
  {
    lang: 'give the language of the track’s text (its `srclang`), such as "en"',
    label: 'give the track’s name in the player’s menu, such as "English"',
  },
);

const creditFields = {
  duration: v.optional(duration),
  caption: v.optional(text('a caption')),
  credit: v.optional(text('a credit')),
  creditLang: v.optional(languageTag),
};

const video = v.pipe(
  record(
    {
      title: text('a title that says what the video is'),
      sources: mediaSources('video'),
      width: dimension,
      height: dimension,
      poster: v.optional(url(imageSchemes, 'an http(s) or relative image URL')),
      tracks: v.optional(v.array(textTrack, 'must be a list of text tracks')),
      hasAudio: v.optional(v.boolean('must be true or false')),
      transcript: v.optional(richTexts('paragraphs of the transcript')),
      ...creditFields,
    },
    'a video',
  ),
  v.forward(
    v.check((video) => hasRequiredCaptions(video), captionsRule),
    ['tracks'],
  ),
);

const audio = record(
  {
    title: text('a title that says what the audio is'),
    sources: mediaSources('audio'),
    transcript: richTexts('paragraphs of the transcript'),
    ...creditFields,
  },
  'an audio',
  { transcript: 'give a transcript: it is the text alternative for people who cannot hear it' },
);

const embed = record(
  {
    provider: text('the provider’s name, such as "YouTube"'),
    title: text('a title that says what the embedded content is'),
    src: v.pipe(
      text('an https URL'),
      v.check(isHttpsUrl, (issue) => `must be an https URL; got ${JSON.stringify(issue.input)}`),
    ),
    width: dimension,
    height: dimension,
    link: record(
      {
        text: text('the link text'),
        href: absoluteUrl('an absolute http(s) URL of the content on the provider’s site'),
      },
      'a link',
    ),
  },
  'an embed',
  {
    title: 'give the iframe a title that says what the content is',
    link: 'give a link to the same content on the provider’s site, for readers without JavaScript',
  },
);

/** Every kind of body block, in the order the docs list them. */
export const blockTypes = [
  'paragraph',
  'subheading',
  'pullquote',
  'image',
  'list',
  'quote',
  'table',
  'video',
  'audio',
  'embed',
] as const satisfies readonly BodyBlock['type'][];

const block = v.variant(
  'type',
  [
    record({ type: v.literal('paragraph'), text: richText }, 'a paragraph'),
    record({ type: v.literal('subheading'), text: text() }, 'a subheading'),
    record(
      {
        type: v.literal('pullquote'),
        text: text(),
        attribution: v.optional(text()),
        lang: v.optional(languageTag),
        repeatsBody: v.optional(v.boolean('must be true or false')),
      },
      'a pull quote',
    ),
    record({ type: v.literal('image'), image }, 'an image block'),
    record(
      {
        type: v.literal('list'),
        ordered: v.optional(v.boolean('must be true or false')),
        items: richTexts('list items'),
      },
      'a list',
    ),
    record(
      {
        type: v.literal('quote'),
        text: richTexts('paragraphs of the quotation'),
        attribution: v.optional(text('who is quoted')),
        cite: v.optional(absoluteUrl('the absolute http(s) URL of the quoted source')),
        lang: v.optional(languageTag),
      },
      'a quote',
    ),
    record({ type: v.literal('table'), table: dataTable }, 'a table block'),
    record({ type: v.literal('video'), video }, 'a video block'),
    record({ type: v.literal('audio'), audio }, 'an audio block'),
    record({ type: v.literal('embed'), embed }, 'an embed block'),
  ],
  (issue) =>
    `must be a block whose type is one of ${blockTypes.join(', ')}; got ${JSON.stringify((issue.input as { type?: unknown } | undefined)?.type ?? issue.input)}`,
);

const author = v.union(
  [
    text('initials'),
    record({ initials: text('initials'), name: v.optional(text('a name')) }, 'an author'),
  ],
  'must be initials ("rc") or { initials, name }',
);

const contributor = record(
  {
    name: text('the contributor’s name'),
    url: v.optional(absoluteUrl('an absolute http(s) URL of the contributor’s page')),
    role: v.optional(text('a role in words, such as "Additional reporting"')),
  },
  'a contributor',
);

const noteKinds = ['correction', 'clarification', 'update', 'editors-note'] as const;

const note = record(
  {
    kind: v.picklist(
      noteKinds,
      (issue) =>
        `must be one of ${noteKinds.map((k) => `"${k}"`).join(', ')}; got ${JSON.stringify(issue.input)}`,
    ),
    date: isoDate,
    text: richText,
  },
  'a note',
);

const relatedLink = record(
  {
    text: text('the link text'),
    href: url(imageSchemes, 'an http(s) or relative link'),
    kicker: v.optional(text('a kicker')),
    published: v.optional(isoDate),
  },
  'a related link',
);

/** A date-time with its offset: a live post happens at a moment, not on a day. */
const isoDateTime = v.pipe(
  v.string('must be an ISO 8601 date-time with offset such as "2013-02-02T18:30:00+01:00"'),
  v.check(
    (s) => parseIsoDate(s)?.kind === 'instant',
    (issue) =>
      `must be an ISO 8601 date-time with offset that exists, such as "2013-02-02T18:30:00+01:00"; got ${JSON.stringify(issue.input)}`,
  ),
);

const livePost = v.pipe(
  record(
    {
      id: v.pipe(
        text('the post’s id'),
        v.regex(
          /^[A-Za-z0-9_-]+$/,
          (issue) =>
            `must be letters, digits, "-" or "_" only (it is the post's address in the page, #id); got ${JSON.stringify(issue.input)}`,
        ),
      ),
      published: isoDateTime,
      updated: v.optional(isoDateTime),
      headline: v.optional(text('the post’s headline')),
      keyEvent: v.optional(v.boolean('must be true or false')),
      pinned: v.optional(v.boolean('must be true or false')),
      byline: v.optional(
        v.pipe(
          v.array(contributor, 'must be a list of contributors'),
          v.minLength(1, 'must name at least one contributor, or be left out'),
        ),
      ),
      body: v.pipe(
        v.array(block, 'must be a list of blocks'),
        v.minLength(1, 'must hold at least one block'),
      ),
    },
    'a live post',
  ),
  v.forward(
    v.check(
      (post) =>
        post.updated === undefined ||
        parseIsoDate(post.updated)!.value >= parseIsoDate(post.published)!.value,
      'must not be before the post’s `published`',
    ),
    ['updated'],
  ),
);

/** The path of field `key` of the live coverage's post `i`, for an issue found across posts. */
function postPath(live: { posts: unknown[] }, i: number, key: string) {
  const post = live.posts[i] as Record<string, unknown>;
  return [
    { type: 'object', origin: 'value', input: live, key: 'posts', value: live.posts },
    { type: 'array', origin: 'value', input: live.posts, key: i, value: post },
    { type: 'object', origin: 'value', input: post, key, value: post[key] },
  ] as const;
}

const live = v.pipe(
  record(
    {
      status: v.picklist(
        ['live', 'ended'],
        (issue) => `must be "live" or "ended"; got ${JSON.stringify(issue.input)}`,
      ),
      coverageStart: isoDateTime,
      coverageEnd: v.optional(isoDateTime),
      posts: v.array(livePost, 'must be a list of posts'),
      olderPosts: v.optional(url(linkSchemes, 'the http(s) or relative URL of older posts')),
    },
    'live coverage',
    {
      status: 'give "live" while the story runs, "ended" once it is over',
      coverageStart: 'give when the coverage began, such as "2013-02-01T08:00:00+01:00"',
      posts: 'give the posts, newest first (an empty list while there are none)',
    },
  ),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const coverage = dataset.value;
    const field = (key: string, value: unknown) =>
      [{ type: 'object', origin: 'value', input: coverage, key, value }] as const;
    const start = parseIsoDate(coverage.coverageStart)!.value;
    if (coverage.status === 'ended' && coverage.coverageEnd === undefined) {
      addIssue({
        message: 'is required when `status` is "ended": give when the coverage ended',
        path: [...field('coverageEnd', undefined)],
      });
    }
    if (coverage.coverageEnd !== undefined && parseIsoDate(coverage.coverageEnd)!.value < start) {
      addIssue({
        message: 'must not be before `coverageStart`',
        path: [...field('coverageEnd', coverage.coverageEnd)],
      });
    }
    const seen = new Map<string, number>();
    let pinned: number | undefined;
    coverage.posts.forEach((post, i) => {
      const first = seen.get(post.id);
      if (first !== undefined) {
        addIssue({
          message: `must be unique: posts[${first}] has the id "${post.id}" too`,
          path: [...postPath(coverage, i, 'id')],
        });
      } else seen.set(post.id, i);
      if (post.pinned) {
        if (pinned !== undefined) {
          addIssue({
            message: `must be on one post only: posts[${pinned}] is pinned too`,
            path: [...postPath(coverage, i, 'pinned')],
          });
        } else pinned = i;
      }
      const published = parseIsoDate(post.published)!.value;
      if (published < start) {
        addIssue({
          message: `must not be before the coverage began (\`coverageStart\`, ${coverage.coverageStart})`,
          path: [...postPath(coverage, i, 'published')],
        });
      }
      const newer = coverage.posts[i - 1];
      if (newer && parseIsoDate(newer.published)!.value < published) {
        addIssue({
          message: `must not be after the post before it (posts[${i - 1}], ${newer.published}): posts are newest first`,
          path: [...postPath(coverage, i, 'published')],
        });
      }
    });
  }),
);

export const articleSchema = v.pipe(
  record(
    {
      lang: languageTag,
      dir: v.optional(v.picklist(['ltr', 'rtl'], 'must be "ltr" or "rtl"')),
      headline: text('the headline'),
      standfirst: v.optional(text('the standfirst')),
      kicker: v.optional(text('the kicker')),
      published: isoDate,
      updated: v.optional(isoDate),
      timeZone: v.optional(
        v.pipe(
          v.string('must be an IANA time zone such as "Europe/Berlin"'),
          v.check(
            isTimeZone,
            (issue) =>
              `must be an IANA time zone such as "Europe/Berlin"; got ${JSON.stringify(issue.input)}`,
          ),
        ),
      ),
      place: v.optional(text('a place')),
      url: v.optional(absoluteUrl('an absolute http(s) URL')),
      permalink: v.optional(absoluteUrl('an absolute http(s) URL')),
      byline: v.optional(
        v.pipe(
          v.array(contributor, 'must be a list of contributors'),
          v.minLength(1, 'must name at least one contributor, or be left out'),
        ),
      ),
      summary: v.optional(richTexts('key points')),
      leadImage: v.optional(image),
      body: v.pipe(
        v.array(block, 'must be a list of blocks'),
        v.minLength(1, 'must hold at least one block'),
      ),
      notes: v.optional(v.array(note, 'must be a list of notes')),
      related: v.optional(v.array(relatedLink, 'must be a list of links')),
      live: v.optional(live),
      sources: v.optional(
        record(
          {
            authors: v.optional(v.array(author, 'must be a list of authors')),
            agencies: v.optional(v.array(text('an agency'), 'must be a list of agencies')),
          },
          'sources',
        ),
      ),
    },
    'an article document',
  ),
  v.forward(
    v.check((doc) => {
      const published = parseIsoDate(doc.published);
      const updated = doc.updated === undefined ? undefined : parseIsoDate(doc.updated);
      return !published || !updated || updated.value >= published.value;
    }, 'must not be before `published`'),
    ['updated'],
  ),
);

/** `body[3].image.alt` for valibot's path of an issue. */
function pathOf(issue: v.BaseIssue<unknown>): string {
  return (issue.path ?? []).reduce<string>((path, item) => {
    const key = item.key as PropertyKey;
    return typeof key === 'number'
      ? `${path}[${key}]`
      : path
        ? `${path}.${String(key)}`
        : String(key);
  }, '');
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

export interface ParseOptions {
  /**
   * What to do with a field the document does not know: `error` refuses it (a typo such as
   * `standFirst` must not vanish silently), `strip` drops it (a CMS payload with its own `id`,
   * `slug` or `_links`).
   * @defaultValue "error"
   */
  unknownKeys?: 'error' | 'strip';
}

/** A copy of `value` without the object fields that are null: a CMS's way of saying "absent". */
function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (typeof value !== 'object' || value === null) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    if (field !== null) copy[key] = withoutNulls(field);
  }
  return copy;
}

/** A copy of `value` without the field at `path`. */
function without(value: unknown, path: PropertyKey[]): unknown {
  if (path.length === 0 || typeof value !== 'object' || value === null) return value;
  const [key, ...rest] = path;
  if (Array.isArray(value)) return value.map((item, i) => (i === key ? without(item, rest) : item));
  const copy = { ...(value as Record<PropertyKey, unknown>) };
  if (rest.length === 0) delete copy[key!];
  else copy[key!] = without(copy[key!], rest);
  return copy;
}

function describeRoot(input: unknown): string {
  if (Array.isArray(input)) return `a list of ${input.length} (give one document at a time)`;
  if (input === null) return 'null';
  if (typeof input === 'string')
    return `a string (${JSON.stringify(input.slice(0, 40))}); parse the JSON first`;
  return typeof input;
}

/**
 * Checks that `input` is a complete, valid ArticleDocument and returns it, typed and frozen
 * (a checked document cannot change behind the check). Throws an `ArticleError` listing every
 * problem, each with its path. `where` opens the error message (default "Invalid article
 * document"): name the article, such as its slug, so a build log says which one failed.
 * A `null` in an optional field means absent, as CMSs send it.
 */
export function parseArticle(
  input: unknown,
  where?: string,
  options: ParseOptions = {},
): ArticleDocument {
  // valibot builds new objects and they are frozen, so a document this function returned is
  // exactly what was checked: <Article> need not check it again on every render.
  if (isChecked(input)) return input;
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new ArticleError(
      [
        {
          path: '',
          message: `must be an article document, an object with lang, headline, published and body; got ${describeRoot(input)}`,
        },
      ],
      where,
    );
  }
  let candidate = withoutNulls(input);
  let result = v.safeParse(articleSchema, candidate);
  // valibot names one unknown field per object at a time: drop the ones it named and check
  // again, until none is left, so every unknown field is reported (or, with `strip`, dropped).
  const unknownFields: v.BaseIssue<unknown>[] = [];
  for (let round = 0; !result.success && round < 100; round++) {
    const unknown = result.issues.filter((issue) => issue.expected === 'never' && issue.path);
    if (unknown.length === 0) break;
    unknownFields.push(...unknown);
    for (const issue of unknown) {
      candidate = without(
        candidate,
        issue.path!.map((item) => item.key as PropertyKey),
      );
    }
    result = v.safeParse(articleSchema, candidate);
  }
  const problems = [
    ...(options.unknownKeys === 'strip' ? [] : unknownFields),
    ...(result.success ? [] : result.issues),
  ];
  if (result.success && problems.length === 0) {
    const doc: ArticleDocument = deepFreeze(result.output);
    markChecked(doc);
    return doc;
  }
  throw new ArticleError(
    problems.map((issue) => ({ path: pathOf(issue), message: issue.message })),
    where,
  );
}

// Loading this module is what makes the validator available to <Article> in a browser.
registerValidator(parseArticle);
