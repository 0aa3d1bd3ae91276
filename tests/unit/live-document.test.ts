// A live blog's document: accepted as DESIGN.md's third edition shapes it, and refused with a
// path and words an editor can act on when its posts break a rule.
import { describe, expect, it } from 'vitest';
import { ArticleError, articleJsonLd, parseArticle } from 'broadsheet';
import { liveArticle } from '$fixtures/live-msc';

function issuesOf(change: (doc: typeof liveArticle) => void) {
  const doc = structuredClone(liveArticle);
  change(doc);
  try {
    parseArticle(doc);
  } catch (error) {
    expect(error).toBeInstanceOf(ArticleError);
    return (error as ArticleError).issues;
  }
  throw new Error('parseArticle accepted a bad live document');
}

describe('a live document', () => {
  it('is accepted, posts and all', () => {
    expect(parseArticle(liveArticle).live?.posts.map((post) => post.id)).toEqual([
      'lavrov-on-syria',
      'biden-reset',
      'welcome',
    ]);
  });

  it.each([
    [
      'two posts with one id',
      (d: typeof liveArticle) => (d.live.posts[1]!.id = 'lavrov-on-syria'),
      'live.posts[1].id',
      /must be unique: posts\[0\] has the id "lavrov-on-syria" too/,
    ],
    [
      'an id that is no fragment',
      (d: typeof liveArticle) => (d.live.posts[0]!.id = 'lavrov on syria'),
      'live.posts[0].id',
      /letters, digits, "-" or "_" only/,
    ],
    [
      'two pinned posts',
      (d: typeof liveArticle) => Object.assign(d.live.posts[0]!, { pinned: true }),
      'live.posts[2].pinned',
      /must be on one post only: posts\[0\] is pinned too/,
    ],
    [
      'posts out of order',
      (d: typeof liveArticle) => d.live.posts.reverse(),
      'live.posts[1].published',
      /newest first/,
    ],
    [
      'a post before the coverage began',
      (d: typeof liveArticle) => (d.live.posts[2]!.published = '2013-02-02T08:00:00+01:00'),
      'live.posts[2].published',
      /before the coverage began/,
    ],
    [
      'a calendar date for a post',
      (d: typeof liveArticle) => (d.live.posts[0]!.published = '2013-02-02'),
      'live.posts[0].published',
      /date-time with offset/,
    ],
    [
      'ended coverage without its end',
      (d: typeof liveArticle) => Object.assign(d.live, { status: 'ended' }),
      'live.coverageEnd',
      /is required when `status` is "ended"/,
    ],
    [
      'a post without a body',
      (d: typeof liveArticle) => Object.assign(d.live.posts[0]!, { body: [] }),
      'live.posts[0].body',
      /at least one block/,
    ],
  ])('refuses %s, naming the field', (_, change, path, message) => {
    const issues = issuesOf(change as (doc: typeof liveArticle) => void);
    expect(issues).toContainEqual({ path, message: expect.stringMatching(message) });
  });
});

describe("a live document's structured data", () => {
  it('is a LiveBlogPosting with its coverage times and every post as a BlogPosting update', () => {
    const data = articleJsonLd(parseArticle({ ...liveArticle, url: 'https://www.dw.com/en/live' }));
    expect(data).toMatchObject({
      '@type': 'LiveBlogPosting',
      headline: liveArticle.headline,
      coverageStartTime: '2013-02-02T09:00:00+01:00',
    });
    expect(data).not.toHaveProperty('coverageEndTime');
    expect(data.liveBlogUpdate).toEqual([
      expect.objectContaining({
        '@type': 'BlogPosting',
        headline: 'Lavrov: Assad demand is the "biggest reason" for the tragedy',
        datePublished: '2013-02-02T16:40:00+01:00',
        url: 'https://www.dw.com/en/live#lavrov-on-syria',
        articleBody: expect.stringContaining('The persistence of those who say'),
      }),
      expect.objectContaining({ dateModified: '2013-02-02T11:30:00+01:00' }),
      expect.not.objectContaining({ headline: expect.anything() }),
    ]);
  });

  it('says when ended coverage ended, and an article without `live` stays a NewsArticle', () => {
    const ended = structuredClone(liveArticle);
    Object.assign(ended.live, { status: 'ended', coverageEnd: '2013-02-03T14:00:00+01:00' });
    expect(articleJsonLd(parseArticle(ended))).toMatchObject({
      coverageEndTime: '2013-02-03T14:00:00+01:00',
    });
    const article = structuredClone(liveArticle) as Partial<typeof liveArticle>;
    delete article.live;
    expect(articleJsonLd(parseArticle(article))['@type']).toBe('NewsArticle');
  });
});
