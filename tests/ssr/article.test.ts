import { render } from 'svelte/server';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { committedSeedPath, seedLines, sharedSeedPath } from '../seed';
import { visibleText } from '$tests/helpers/text';
import { Article, ArticleError, articleJsonLd, parseArticle } from 'broadsheet';
import { liveArticle } from '$fixtures/live-msc';
import { largestArticle } from '$fixtures/largest';
import NewsPage from '$fixtures/pages/NewsPage.svelte';
import { dwArticle, dwChrome } from '$fixtures/dw-us-russia';

// The page as a browser with JavaScript off receives it.
function serverPage(props: Parameters<typeof render<typeof NewsPage>>[1]) {
  const { head, body } = render(NewsPage, props);
  const html = `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
  return { html, document: new JSDOM(html).window.document };
}

it('the committed copy of the seed is the shared seed, where shared/ is present', () => {
  const committed = readFileSync(committedSeedPath, 'utf8');
  expect(committed).toBe(
    existsSync(sharedSeedPath) ? readFileSync(sharedSeedPath, 'utf8') : committed,
  );
  expect(seedLines.length).toBeGreaterThan(20);
});

describe('the example article, rendered on the server', () => {
  const { html, document } = serverPage({ props: { article: dwArticle, chrome: dwChrome } });
  const text = visibleText(document.body);

  it('holds every line of the seed, in order', () => {
    let from = 0;
    for (const line of seedLines) {
      const at = text.indexOf(line.replace(/\s+/g, ' '), from);
      expect(at, `"${line}" after position ${from}`).toBeGreaterThanOrEqual(0);
      from = at + line.length;
    }
  });

  it('has the skip links, and every target they name', () => {
    const links = [...document.querySelectorAll('nav[aria-label="Skip links"] a')];
    expect(links.map((a) => a.textContent)).toEqual([
      'Skip to content',
      'Skip to main menu',
      'Skip to more DW sites',
    ]);
    for (const link of links) {
      expect(document.getElementById(link.getAttribute('href')!.slice(1))).not.toBeNull();
    }
    expect(document.getElementById('content')!.tagName).toBe('MAIN');
  });

  it('has one h1, the headline, naming the article; subheadings are h2', () => {
    const h1s = document.querySelectorAll('h1');
    expect(h1s).toHaveLength(1);
    expect(h1s[0]!.textContent).toBe(dwArticle.headline);
    const article = document.querySelector('article')!;
    expect(article.getAttribute('aria-labelledby')).toBe(h1s[0]!.id);
    expect(article.getAttribute('lang')).toBe('en');
    expect(article.getAttribute('dir')).toBe('ltr');
    expect([...document.querySelectorAll('h2')].map((h) => h.textContent)).toEqual([
      'World leaders meet in Munich',
      'Perceived chemical threat',
    ]);
  });

  it('loads the lead image first and eagerly', () => {
    const img = document.querySelector('article img')!;
    expect(img.getAttribute('loading')).toBe('eager');
    expect(img.getAttribute('fetchpriority')).toBe('high');
  });

  it('hides the pull quote that repeats the body', () => {
    const quote = [...document.querySelectorAll('figure')].find((f) =>
      f.querySelector('blockquote'),
    )!;
    expect(quote.getAttribute('aria-hidden')).toBe('true');
  });

  it('writes NewsArticle JSON-LD beside the article, once, with every field', () => {
    // In the body, where every stack serves it (Astro drops a component's head).
    expect(document.head.querySelector('script[type="application/ld+json"]')).toBeNull();
    const scripts = document.body.querySelectorAll('script[type="application/ld+json"]');
    expect(scripts).toHaveLength(1);
    const script = scripts[0]!;
    const data = JSON.parse(script.textContent!);
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: dwArticle.headline,
      description: dwArticle.standfirst,
      inLanguage: 'en',
      datePublished: '2013-02-02',
      url: 'https://p.dw.com/p/17XBn',
      image: [
        {
          '@type': 'ImageObject',
          contentUrl: dwArticle.leadImage.src,
          width: { value: 1200 },
          height: { value: 675 },
          caption: dwArticle.leadImage.caption,
          creditText: 'Getty Images',
        },
      ],
      sourceOrganization: [
        { '@type': 'Organization', name: 'Agence France-Presse', alternateName: 'AFP' },
        { '@type': 'Organization', name: 'Associated Press', alternateName: 'AP' },
        { '@type': 'Organization', name: 'Deutsche Presse-Agentur', alternateName: 'dpa' },
        { '@type': 'Organization', name: 'Reuters News Agency', alternateName: 'Reuters' },
      ],
    });
    // "rc" and "ccp" are initials: they name nobody, so no Person is published for them.
    expect(data).not.toHaveProperty('author');
    expect(html).not.toContain('undefined');
    expect(html).not.toContain('NaN');
    expect(html).not.toContain('Invalid Date');
  });

  it('describes the second edition in JSON-LD: byline people, corrections, the canonical url', () => {
    const data = articleJsonLd(parseArticle(largestArticle));
    expect(data).toMatchObject({
      url: largestArticle.url,
      author: [
        { '@type': 'Person', name: 'Rob Carter', url: 'https://www.dw.com/en/rob-carter/person-1' },
        { '@type': 'Person', name: 'Chiara Costa Pinto' },
        { '@type': 'Person', name: 'Dmitri Jakovlev' },
      ],
      correction: [
        {
          '@type': 'CorrectionComment',
          text: largestArticle.notes[0]!.text,
          datePublished: '2013-02-04',
        },
      ],
      // The latest of `updated` (3 February) and the update and correction notes (5 February).
      dateModified: '2013-02-05T10:00:00+01:00',
    });
    // "Rob Carter" is in the byline and in the sources: one Person, not two.
    expect((data.author as unknown[]).length).toBe(3);
  });

  it('lets no text of the document end the JSON-LD script', () => {
    const payload = '</script><script>alert(1)</script><!--';
    const { head, body } = render(Article, {
      props: { article: { ...dwArticle, headline: payload, standfirst: 'AT&T <b>' } },
    });
    const dom = new JSDOM(`<!doctype html><head>${head}</head><body>${body}</body>`).window
      .document;
    const scripts = dom.querySelectorAll('script');
    expect(scripts).toHaveLength(1);
    const data = JSON.parse(scripts[0]!.textContent!);
    expect(data.headline).toBe(payload);
    expect(data.description).toBe('AT&T <b>');
    expect(dom.querySelector('h1')!.textContent).toBe(payload);
  });

  it('emits no JSON-LD when it is turned off, and takes the heading level', () => {
    const { head, body } = render(Article, {
      props: { article: dwArticle, jsonLd: false, headingLevel: 2 },
    });
    expect(head).not.toContain('application/ld+json');
    const dom = new JSDOM(body).window.document;
    expect(dom.querySelector('h2')!.textContent).toBe(dwArticle.headline);
    expect(dom.querySelectorAll('h3')).toHaveLength(2);
  });
});

it('refuses a bad pending post on the server, as it refuses a bad document', () => {
  const bad = { id: 'not an id', published: '2013-02-02T17:00:00+01:00', body: [] };
  const page = () => render(Article, { props: { article: liveArticle, pending: [bad] } }).body;
  expect(page).toThrow(ArticleError);
  expect(page).toThrow(/live\.posts\[0\]\.id/);
  expect(page).toThrow(/live\.posts\[0\]\.body/);
});
