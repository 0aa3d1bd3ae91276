import { describe, expect, it } from 'vitest';
import { ArticleError, parseArticle, type ArticleDocument } from 'broadsheet';
import { dwArticle } from '$fixtures/dw-us-russia';
import { largestArticle } from '$fixtures/largest';

/** The seed with one change, made on a deep copy. */
function seedWith(change: (doc: Record<string, any>) => void): unknown {
  const doc = structuredClone(dwArticle) as Record<string, any>;
  change(doc);
  return doc;
}

/** Where the every-field document holds the first block of each kind. */
const at = {
  list: largestArticle.body.findIndex((b) => b.type === 'list'),
  quote: largestArticle.body.findIndex((b) => b.type === 'quote'),
  table: largestArticle.body.findIndex((b) => b.type === 'table'),
  chart: largestArticle.body.findIndex((b) => b.type === 'image' && 'data' in b.image),
};

/** The every-field document with one change, made on a deep copy. */
function everyFieldWith(change: (doc: Record<string, any>) => void): unknown {
  const doc = structuredClone(largestArticle) as Record<string, any>;
  change(doc);
  return doc;
}

function issuesOf(input: unknown) {
  try {
    parseArticle(input);
  } catch (error) {
    expect(error).toBeInstanceOf(ArticleError);
    return (error as ArticleError).issues;
  }
  throw new Error('parseArticle accepted a bad document');
}

describe('parseArticle', () => {
  it('accepts the seed document and returns it unchanged', () => {
    const doc: ArticleDocument = parseArticle(structuredClone(dwArticle));
    expect(doc).toEqual(dwArticle);
  });

  it('accepts the every-field document: every run kind, a decorative image, every option', () => {
    expect(parseArticle(structuredClone(largestArticle))).toEqual(largestArticle);
  });

  // [what is wrong, the document, the path, a word the message must hold]
  const bad: [string, unknown, string, RegExp][] = [
    [
      'missing headline',
      seedWith((d) => delete d.headline),
      'headline',
      /is required in an article document/,
    ],
    ['empty headline', seedWith((d) => (d.headline = '  ')), 'headline', /must not be empty/],
    ['empty body', seedWith((d) => (d.body = [])), 'body', /at least one block/],
    [
      'image without alt',
      seedWith((d) =>
        d.body.splice(3, 0, { type: 'image', image: { src: '/a.jpg', width: 4, height: 3 } }),
      ),
      'body[3].image.alt',
      /is required in an image: describe what the image shows/,
    ],
    [
      'lead image with empty alt',
      seedWith((d) => (d.leadImage.alt = '')),
      'leadImage.alt',
      /must describe what the image shows; set `decorative: true`/,
    ],
    [
      'decorative image with alt',
      seedWith((d) => Object.assign(d.leadImage, { decorative: true })),
      'leadImage.alt',
      /must be "" for a decorative image/,
    ],
    ['non-ISO date', seedWith((d) => (d.published = 'February 2, 2013')), 'published', /ISO 8601/],
    [
      'a day that does not exist',
      seedWith((d) => (d.published = '2013-02-30')),
      'published',
      /that exists/,
    ],
    [
      'date-time without offset',
      seedWith((d) => (d.updated = '2013-02-02T18:30')),
      'updated',
      /ISO 8601/,
    ],
    [
      'javascript: link',
      seedWith(
        (d) =>
          (d.body[0] = { type: 'paragraph', text: [{ text: 'x', href: 'javascript:alert(1)' }] }),
      ),
      'body[0].text[0].href',
      /http, https, mailto or relative link/,
    ],
    [
      'data: image',
      seedWith((d) => (d.leadImage.src = 'data:image/png;base64,AAAA')),
      'leadImage.src',
      /http\(s\) or relative image URL/,
    ],
    [
      'negative width',
      seedWith((d) => (d.leadImage.width = -1200)),
      'leadImage.width',
      /whole number of pixels from 1 to 20,000/,
    ],
    [
      'fractional height',
      seedWith((d) => (d.leadImage.height = 67.5)),
      'leadImage.height',
      /whole number/,
    ],
    [
      'unknown block type',
      seedWith((d) => (d.body[2] = { type: 'video', src: '/v.mp4' })),
      'body[2].type',
      /paragraph, subheading, pullquote, image, list, quote, table; got "video"/,
    ],
    [
      'unknown key (typo)',
      seedWith((d) => {
        d.standFirst = d.standfirst;
        delete d.standfirst;
      }),
      'standFirst',
      /not a field of an article document; allowed: lang, dir, headline, standfirst/,
    ],
    ['bad language tag', seedWith((d) => (d.lang = 'english!')), 'lang', /BCP 47/],
    [
      'unknown time zone',
      seedWith((d) => (d.timeZone = 'Europe/Atlantis')),
      'timeZone',
      /IANA time zone/,
    ],
    [
      'relative permalink',
      seedWith((d) => (d.permalink = 'p.dw.com/p/17XBn')),
      'permalink',
      /absolute http\(s\) URL/,
    ],
    ['bad direction', seedWith((d) => (d.dir = 'up')), 'dir', /"ltr" or "rtl"/],
    [
      'number as author',
      seedWith((d) => (d.sources.authors = [42])),
      'sources.authors[0]',
      /initials/,
    ],
    [
      'empty agency',
      seedWith((d) => (d.sources.agencies = ['AFP', ''])),
      'sources.agencies[1]',
      /must not be empty/,
    ],
    [
      'pull quote with a string flag',
      seedWith((d) => (d.body[8].repeatsBody = 'yes')),
      'body[8].repeatsBody',
      /true or false/,
    ],
    [
      'unknown inline shape',
      seedWith((d) => (d.body[0] = { type: 'paragraph', text: [{ text: 'x', bold: true }] })),
      'body[0].text[0]',
      /a string, \{ text, href \}/,
    ],
    [
      'updated before published',
      seedWith((d) => (d.updated = '2013-02-01')),
      'updated',
      /before `published`/,
    ],
    ['not an object at all', 'US, Russia ponder differences', '', /an article document/],
    // The second edition: every new field is checked, with its path and words an editor can use.
    [
      'a table row shorter than the head',
      everyFieldWith((d) => d.body[at.table].table.rows[1].pop()),
      `body[${at.table}].table.rows[1]`,
      /must have 3 cells, one per column of `head`; it has 2/,
    ],
    [
      'an empty list item',
      everyFieldWith((d) => (d.body[at.list].items[0] = ' ')),
      `body[${at.list}].items[0]`,
      /must not be empty/,
    ],
    [
      'a list without items',
      everyFieldWith((d) => (d.body[at.list].items = [])),
      `body[${at.list}].items`,
      /must hold at least one of the list items/,
    ],
    [
      'a note on a day that does not exist',
      everyFieldWith((d) => (d.notes[0].date = '2013-02-30')),
      'notes[0].date',
      /ISO 8601 date that exists/,
    ],
    [
      'an unknown note kind',
      everyFieldWith((d) => (d.notes[0].kind = 'erratum')),
      'notes[0].kind',
      /must be one of "correction", "clarification", "update", "editors-note"; got "erratum"/,
    ],
    [
      'a byline url that is not http(s)',
      everyFieldWith((d) => (d.byline[0].url = 'javascript:alert(1)')),
      'byline[0].url',
      /must be an absolute http\(s\) URL of the contributor’s page/,
    ],
    [
      'an empty footnote',
      everyFieldWith((d) => (d.summary[1][3].footnote = '')),
      'summary[1][3].footnote',
      /must not be empty/,
    ],
    [
      'a canonical url that is relative',
      everyFieldWith((d) => (d.url = '/en/a-1')),
      'url',
      /must be an absolute http\(s\) URL; got "\/en\/a-1"/,
    ],
    [
      'an unknown figure size',
      everyFieldWith((d) => (d.body[at.chart].image.size = 'huge')),
      `body[${at.chart}].image.size`,
      /must be "column", "wide" or "full"/,
    ],
    [
      'a chart table without a caption',
      everyFieldWith((d) => delete d.body[at.chart].image.data.caption),
      `body[${at.chart}].image.data.caption`,
      /is required in a table/,
    ],
    [
      'a quote citing a javascript: URL',
      everyFieldWith((d) => (d.body[at.quote].cite = 'javascript:alert(1)')),
      `body[${at.quote}].cite`,
      /must be the absolute http\(s\) URL of the quoted source/,
    ],
    [
      'a related link to javascript:',
      everyFieldWith((d) => (d.related[0].href = 'javascript:alert(1)')),
      'related[0].href',
      /must be an http\(s\) or relative link/,
    ],
    [
      'a run of two kinds at once',
      everyFieldWith((d) => (d.summary[1][1] = { text: 'x', emphasis: true, strong: true })),
      'summary[1][1].strong',
      /is not a field of an emphasis/,
    ],
  ];

  it.each(bad)('rejects %s', (_, input, path, message) => {
    const issues = issuesOf(input);
    const issue = issues.find((i) => i.path === path);
    expect(issue, JSON.stringify(issues)).toBeDefined();
    expect(issue!.message).toMatch(message);
  });

  it('lists every problem of a document at once, and says them all in its message', () => {
    const input = seedWith((d) => {
      delete d.headline;
      d.leadImage.alt = '';
      d.body[5].type = 'heading';
    });
    const error = (() => {
      try {
        parseArticle(input);
      } catch (e) {
        return e as ArticleError;
      }
    })()!;
    expect(error.issues.map((i) => i.path).sort()).toEqual([
      'body[5].type',
      'headline',
      'leadImage.alt',
    ]);
    expect(error.message).toMatch(/^Invalid article document, 3 problems:\n- /);
    expect(error.message).toContain('- leadImage.alt: must describe what the image shows');
  });
});
