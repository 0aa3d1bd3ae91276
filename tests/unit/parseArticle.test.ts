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
