import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { Article, ArticleError, parseArticle, type ArticleDocument } from 'broadsheet';
import { lintArticle } from 'broadsheet/lint';
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
  video: largestArticle.body.findIndex((b) => b.type === 'video'),
  audio: largestArticle.body.findIndex((b) => b.type === 'audio'),
  embed: largestArticle.body.findIndex((b) => b.type === 'embed'),
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
      seedWith((d) => (d.body[2] = { type: 'gallery', src: '/g.jpg' })),
      'body[2].type',
      /paragraph, subheading, pullquote, image, list, quote, table, video, audio, embed; got "gallery"/,
    ],
    [
      'unknown key (typo)',
      seedWith((d) => {
        d.standFirst = d.standfirst;
        delete d.standfirst;
      }),
      'standFirst',
      /is not a field of an article document; did you mean `standfirst`\? Allowed: lang, dir, headline, standfirst/,
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
      seedWith((d) => (d.body[0] = { type: 'paragraph', text: [{ words: 'x' }] })),
      'body[0].text[0]',
      /a string, \{ text \}, \{ text, href \}/,
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
      'a video with sound and no captions',
      everyFieldWith(
        (d) =>
          (d.body[at.video].video.tracks = d.body[at.video].video.tracks.filter(
            (t: any) => t.kind !== 'captions',
          )),
      ),
      `body[${at.video}].video.tracks`,
      /must include a captions track .* set `hasAudio: false` for a silent video/,
    ],
    [
      'a track without srclang',
      everyFieldWith((d) => delete d.body[at.video].video.tracks[0].lang),
      `body[${at.video}].video.tracks[0].lang`,
      /is required in a text track: give the language of the track’s text/,
    ],
    [
      'a track without a label',
      everyFieldWith((d) => delete d.body[at.video].video.tracks[0].label),
      `body[${at.video}].video.tracks[0].label`,
      /is required in a text track: give the track’s name in the player’s menu/,
    ],
    [
      'a duration that is not ISO 8601',
      everyFieldWith((d) => (d.body[at.video].video.duration = '2:30')),
      `body[${at.video}].video.duration`,
      /must be an ISO 8601 duration such as "PT2M30S".*got "2:30"/,
    ],
    [
      'audio without a transcript',
      everyFieldWith((d) => delete d.body[at.audio].audio.transcript),
      `body[${at.audio}].audio.transcript`,
      /is required in an audio: give a transcript: it is the text alternative/,
    ],
    [
      'an embed over http',
      everyFieldWith((d) => (d.body[at.embed].embed.src = 'http://www.youtube.com/embed/x')),
      `body[${at.embed}].embed.src`,
      /must be an https URL; got "http:\/\/www.youtube.com\/embed\/x"/,
    ],
    [
      'an embed of javascript:',
      everyFieldWith((d) => (d.body[at.embed].embed.src = 'javascript:alert(1)')),
      `body[${at.embed}].embed.src`,
      /must be an https URL/,
    ],
    [
      'an embed without a title',
      everyFieldWith((d) => delete d.body[at.embed].embed.title),
      `body[${at.embed}].embed.title`,
      /is required in an embed: give the iframe a title/,
    ],
    [
      'a video source of the wrong type',
      everyFieldWith((d) => (d.body[at.video].video.sources[0].type = 'text/html')),
      `body[${at.video}].video.sources[0].type`,
      /must be a video MIME type such as "video\/mp4"; got "text\/html"/,
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

describe('a run written { text }, as mapping code writes one with no marks', () => {
  const withRuns = (runs: unknown[]) =>
    seedWith((doc) => {
      doc.body[0].text = runs;
    });

  it('is accepted, and reads and renders as the bare string does', () => {
    const objects = parseArticle(withRuns([{ text: 'Read more ' }, { text: 'here', href: '/a' }]));
    const strings = parseArticle(withRuns(['Read more ', { text: 'here', href: '/a' }]));
    const html = (doc: ArticleDocument) =>
      render(Article, { article: doc, jsonLd: false }).container.querySelector('.body p')!
        .innerHTML;
    expect(html(objects)).toBe(html(strings));
    expect(lintArticle(objects)).toEqual(lintArticle(strings));
  });

  it('names what is wrong with one that has a field more', () => {
    expect(issuesOf(withRuns([{ text: 'Read more', bold: true }]))).toEqual([
      {
        path: 'body[0].text[0].bold',
        message: expect.stringMatching(/is not a field of a run of plain text/),
      },
    ]);
  });
});

describe('parseArticle with a real CMS payload', () => {
  it('takes null in an optional field as absent', () => {
    const doc = parseArticle({
      ...dwArticle,
      kicker: null,
      leadImage: { ...dwArticle.leadImage, credit: null },
    });
    expect(doc).not.toHaveProperty('kicker');
    expect(doc.leadImage).not.toHaveProperty('credit');
    expect(issuesOf({ ...dwArticle, headline: null })).toEqual([
      { path: 'headline', message: 'is required in an article document' },
    ]);
  });

  it('refuses unknown fields by default and strips them when asked', () => {
    const payload = { ...dwArticle, id: 16571441, slug: 'us-russia', _links: { self: '/a' } };
    expect(
      issuesOf(payload)
        .map((i) => i.path)
        .sort(),
    ).toEqual(['_links', 'id', 'slug']);
    expect(issuesOf(payload).find((i) => i.path === 'id')!.message).not.toMatch(/did you mean/);
    const doc = parseArticle(
      { ...payload, body: [{ ...dwArticle.body[0], cmsBlockId: 7 }] },
      'us-russia',
      { unknownKeys: 'strip' },
    );
    expect(Object.keys(doc)).not.toContain('id');
    expect(doc.body[0]).toEqual(dwArticle.body[0]);
  });

  it('still refuses a wrong value when stripping unknown fields', () => {
    expect(() =>
      parseArticle({ ...dwArticle, id: 1, headline: '' }, 'us-russia', { unknownKeys: 'strip' }),
    ).toThrow(/^us-russia, 1 problem:\n- headline: must not be empty/);
  });

  it.each([
    [['a', 'list'], /got a list of 2 \(give one document at a time\)/],
    ['{"lang":"en"}', /got a string .*parse the JSON first/],
    [null, /got null/],
    [42, /got number/],
  ])('gives one clear issue for a root that is not an object: %j', (input, message) => {
    const issues = issuesOf(input);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toBe('');
    expect(issues[0]!.message).toMatch(message);
  });

  it('refuses an href that starts with www. and says to write https://', () => {
    const issues = issuesOf(
      seedWith((d) => (d.body[0].text = [{ text: 'x', href: 'www.example.com' }])),
    );
    expect(issues).toEqual([
      {
        path: 'body[0].text[0].href',
        message: expect.stringContaining(
          'would be read as a page of this site: write "https://www.example.com"',
        ),
      },
    ]);
  });

  it('names the article that failed in its message', () => {
    expect(() =>
      parseArticle({ ...dwArticle, body: [] }, 'news/us-russia-ponder-differences'),
    ).toThrow(/^news\/us-russia-ponder-differences, 1 problem:/);
  });
});
