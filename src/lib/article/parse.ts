// parseArticle: the gate between a CMS and <Article>. It checks every field, rejects what it
// does not know (a typo such as `standFirst` must not vanish silently), and reports every
// problem at once, each with its path, in words a CMS editor can act on.
import * as v from 'valibot';
import { isTimeZone, parseIsoDate } from '../i18n/dates.js';
import { isLanguageTag } from '../i18n/direction.js';
import {
  hasSafeScheme,
  imageSchemes,
  isAbsoluteHttpUrl,
  isSafeSrcset,
  linkSchemes,
} from '../urls.js';
import { altRule, decorativeAltRule, dimensionRule, isDimension, maxTextLength } from './rules.js';
import type { ArticleDocument } from './types.js';

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
    v.check(
      (s) => hasSafeScheme(s, schemes),
      (issue) => `must be ${what}; got ${JSON.stringify(issue.input)}`,
    ),
  );

const dimension = v.pipe(
  v.number(dimensionRule),
  v.check((n: number) => isDimension(n), dimensionRule),
);

/**
 * A strict object: a missing field is named, and an unknown one is reported with the list of
 * allowed fields. `required` adds advice to the message of a missing field.
 */
function record<const E extends v.ObjectEntries>(
  entries: E,
  what: string,
  required: Partial<Record<keyof E, string>> = {},
) {
  const allowed = Object.keys(entries).join(', ');
  return v.strictObject(entries, (issue) => {
    if (issue.expected === 'never') return `is not a field of ${what}; allowed: ${allowed}`;
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
  'a string, { text, href }, { text, emphasis: true }, { text, strong: true }, { text, lang } or { text, footnote }';

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
  unknown: v.custom<never>(() => false, `must be ${inlineShapes}`),
};

const inline = v.lazy((input) => {
  if (typeof input === 'string') return runs.plain;
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return runs.unknown;
  if ('href' in input) return runs.link;
  if ('emphasis' in input) return runs.emphasis;
  if ('strong' in input) return runs.strong;
  if ('footnote' in input) return runs.footnote;
  if ('lang' in input) return runs.lang;
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

const blockTypes = ['paragraph', 'subheading', 'pullquote', 'image', 'list', 'quote', 'table'];

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

const articleSchema = v.pipe(
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

// Documents this module returned. valibot builds new objects and they are frozen, so one that
// is in here is exactly what was checked: <Article> need not check it again on every render.
const parsed = new WeakSet<object>();

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

/**
 * Checks that `input` is a complete, valid ArticleDocument and returns it, typed and frozen
 * (a checked document cannot change behind the check). Throws an `ArticleError` listing every
 * problem, each with its path. `where` opens the error message (default "Invalid article
 * document").
 */
export function parseArticle(input: unknown, where?: string): ArticleDocument {
  if (typeof input === 'object' && input !== null && parsed.has(input)) {
    return input as ArticleDocument;
  }
  const result = v.safeParse(articleSchema, input);
  if (result.success) {
    const doc = deepFreeze(result.output as ArticleDocument);
    parsed.add(doc);
    return doc;
  }
  throw new ArticleError(
    result.issues.map((issue) => ({ path: pathOf(issue), message: issue.message })),
    where,
  );
}
