// htmlToBody on a corpus of CMS bodies written for these tests (fixtures/cms): every piece of
// text ends up in the body or in `dropped`, the structure is kept, nothing that could run gets
// through, the result is a valid body, and hostile or deep input does not break it.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/svelte';
import { Article, parseArticle, type BodyBlock, type RichText } from 'broadsheet';
import { htmlToBody } from 'broadsheet/import';
import { plainText } from '../article/rich-text';
import { danglingLinks, lostText, unsafeAddresses } from '$tests/helpers/import';
import { payloads } from '$tests/ssr/xss/payloads';

const corpusDir = path.resolve('fixtures/cms');
const corpus = Object.fromEntries(
  readdirSync(corpusDir)
    .filter((file) => file.endsWith('.html'))
    .map((file) => [file.replace(/\.html$/, ''), readFileSync(path.join(corpusDir, file), 'utf8')]),
);

const count = (body: BodyBlock[], type: BodyBlock['type']) =>
  body.filter((b) => b.type === type).length;
const links = (body: BodyBlock[]) => JSON.stringify(body).match(/"href":/g)?.length ?? 0;

const imageSize = (src: string) =>
  src.endsWith('lavrov.jpg') ? { width: 800, height: 600 } : undefined;

describe.each(Object.keys(corpus))('the %s body', (name) => {
  const html = corpus[name]!;
  const result = htmlToBody(html, { lang: 'en', imageSize });

  it('loses no text: every piece is in the body or reported as dropped', () => {
    expect(lostText(html, result)).toEqual([]);
  });

  it('gives a body parseArticle accepts, whose page links to no missing id', () => {
    const doc = parseArticle({
      lang: 'en',
      headline: name,
      published: '2013-02-02',
      body: result.body,
    });
    const { container } = render(Article, { article: doc, jsonLd: false });
    expect(danglingLinks(container)).toEqual([]);
  });

  it('lets nothing that could run through: every address in it is safe', () => {
    expect(unsafeAddresses(result.body)).toEqual([]);
    for (const d of result.dropped) expect(d.reason.length).toBeGreaterThan(10);
  });
});

// What each body holds, counted by hand from its HTML.
const structure: Record<
  string,
  Partial<Record<BodyBlock['type'] | 'links' | 'dropped', number>>
> = {
  'wordpress-gutenberg': { paragraph: 2, subheading: 1, list: 1, image: 1, quote: 1, links: 1 },
  'ckeditor-drupal': { subheading: 1, paragraph: 5, list: 1, table: 1, links: 3 },
  'google-docs-paste': { paragraph: 2, list: 1, links: 0 },
  'rtl-mixed': { paragraph: 3, subheading: 1, links: 1 },
  'embedded-tweet': { paragraph: 2, quote: 1, links: 2 },
  'youtube-iframe': { paragraph: 1, embed: 2 },
  'video-tracks': { video: 1 },
  tables: { table: 3 },
  'wordpress-classic': { paragraph: 4, image: 2, subheading: 1 },
  'notion-export': { subheading: 1, paragraph: 2, list: 2, quote: 1 },
  'deep-and-odd': { paragraph: 4, list: 1, subheading: 1, image: 1 },
  hostile: { paragraph: 4, image: 0, embed: 0 },
};

describe('structure is kept', () => {
  it('has an expectation for every body of the corpus, and at least twelve bodies', () => {
    expect(Object.keys(structure).sort()).toEqual(Object.keys(corpus).sort());
    expect(Object.keys(corpus).length).toBeGreaterThanOrEqual(12);
  });

  it.each(Object.entries(structure))('%s', (name, expected) => {
    const { body } = htmlToBody(corpus[name]!, { lang: 'en', imageSize });
    for (const [what, n] of Object.entries(expected)) {
      const actual = what === 'links' ? links(body) : count(body, what as BodyBlock['type']);
      expect(actual, `${what} in ${name}: ${JSON.stringify(body)}`).toBe(n);
    }
  });
});

describe('the mapping, as an editor expects it', () => {
  it('keeps runs: links, emphasis, strong, languages', () => {
    const { body } = htmlToBody(
      '<p>Read <a href="/a">this <em>report</em></a>, <strong>now</strong>; <i>in</i> <span lang="ru">русском</span>.</p>',
      { lang: 'en' },
    );
    expect(body).toEqual([
      {
        type: 'paragraph',
        text: [
          'Read ',
          { text: 'this report', href: '/a' },
          ', ',
          { text: 'now', strong: true },
          '; ',
          // A space alone is no run a document takes: it goes with the run before it.
          { text: 'in ', emphasis: true },
          { text: 'русском', lang: 'ru' },
          '.',
        ],
      },
    ]);
  });

  it('reads a Google Docs paste as the editor wrote it: the wrapper <b> is not bold', () => {
    const { body } = htmlToBody(corpus['google-docs-paste']!);
    expect(body[0]).toEqual({
      type: 'paragraph',
      text: ['Biden met Lavrov on the ', { text: 'margins', strong: true }, ' of the conference.'],
    });
    expect(body[1]).toEqual({
      type: 'paragraph',
      text: [{ text: 'Nothing binding', emphasis: true }, ' was decided.'],
    });
  });

  it('turns one <br> into a space and two into a new paragraph', () => {
    const { body } = htmlToBody('<p>One<br>line</p><p>First<br><br>Second</p>');
    expect(body.map((b) => (b as { text: string }).text)).toEqual(['One line', 'First', 'Second']);
  });

  it('flattens nested lists and says so', () => {
    const { body, dropped } = htmlToBody('<ul><li>A<ul><li>B</li></ul></li><li>C</li></ul>');
    expect(body).toEqual([{ type: 'list', items: ['A', 'B', 'C'] }]);
    expect(dropped[0]!.reason).toMatch(/nested list flattened/);
  });

  it('takes image sizes from the attributes or imageSize, and reports an image with neither', () => {
    const html =
      '<img src="/a.jpg" alt="A" width="4" height="3"><img src="/b.jpg" alt="B"><img src="/c.jpg" alt="C">';
    const { body, dropped } = htmlToBody(html, {
      imageSize: (src) => (src === '/b.jpg' ? { width: 8, height: 6 } : undefined),
    });
    expect(body.map((b) => b.type === 'image' && [b.image.src, b.image.width])).toEqual([
      ['/a.jpg', 4],
      ['/b.jpg', 8],
    ]);
    expect(dropped).toEqual([
      expect.objectContaining({
        element: 'img',
        reason: expect.stringMatching(/\/c\.jpg has no width and height/),
      }),
    ]);
  });

  it('reports an unsafe link and keeps its text', () => {
    const { body, dropped } = htmlToBody('<p><a href="javascript:alert(1)">the text</a></p>');
    expect(body).toEqual([{ type: 'paragraph', text: 'the text' }]);
    expect(dropped[0]).toMatchObject({
      element: 'a',
      reason: expect.stringMatching(/link removed/),
    });
  });

  it('maps video with tracks, and an https iframe to an embed with a link for readers without JavaScript', () => {
    const video = htmlToBody(corpus['video-tracks']!).body[0];
    expect(video).toMatchObject({
      type: 'video',
      video: {
        title: 'The conference in 90 seconds',
        sources: [
          { src: '/media/munich.mp4', type: 'video/mp4' },
          { src: '/media/munich.webm', type: 'video/webm' },
        ],
        tracks: [
          { kind: 'captions', lang: 'en', label: 'English' },
          { kind: 'subtitles', lang: 'de', label: 'Deutsch' },
        ],
        caption: 'The Munich Security Conference in 90 seconds',
      },
    });
    const embed = htmlToBody(corpus['youtube-iframe']!).body[1];
    expect(embed).toEqual({
      type: 'embed',
      embed: {
        provider: 'YouTube',
        title: 'Biden speaks in Munich',
        src: 'https://www.youtube-nocookie.com/embed/abc123',
        width: 560,
        height: 315,
        link: {
          text: 'Biden’s speech, in full'.replace('’', "'"),
          href: 'https://www.youtube.com/watch?v=abc123',
        },
      },
    });
  });

  it('maps a table with header cells and row headers', () => {
    const table = htmlToBody(corpus['ckeditor-drupal']!).body.find((b) => b.type === 'table');
    expect(table).toEqual({
      type: 'table',
      table: {
        caption: 'Delegations by year',
        head: ['Year', 'Delegations'],
        rows: [
          ['2012', '70'],
          ['2013', '90'],
        ],
        rowHeaders: true,
      },
    });
  });
});

describe('the XSS corpus as HTML', () => {
  it.each(payloads.map((payload, i) => [i, payload]))(
    'payload %i, as a paragraph, a link, an image and an iframe: text kept, addresses safe',
    (_, payload) => {
      const html = `<p>${payload}</p><p><a href="${payload}">link</a></p><img src="${payload}" alt="${payload}" width="4" height="3"><iframe src="${payload}" title="t"></iframe><div ${payload}>x</div>`;
      const result = htmlToBody(html);
      expect(lostText(html, result)).toEqual([]);
      for (const [, , address] of JSON.stringify(result.body).matchAll(
        /"(href|src|cite|poster)":"([^"]*)"/g,
      )) {
        expect(address).not.toMatch(/^\s*(javascript|vbscript|data):/i);
      }
      expect(() =>
        parseArticle({
          lang: 'en',
          headline: 'h',
          published: '2013-02-02',
          body: [...result.body, { type: 'paragraph', text: 'x' }],
        }),
      ).not.toThrow();
    },
  );
});

describe('hostile and large input', () => {
  it('imports 5,000 levels of nested <div>s without a stack overflow', () => {
    const html = `${'<div>'.repeat(5000)}<p>deep</p>${'</div>'.repeat(5000)}`;
    expect(htmlToBody(html).body).toEqual([{ type: 'paragraph', text: 'deep' }]);
  });

  it('imports 5,000 levels of nested inline elements and lists', () => {
    const inline = `<p>${'<b><i>'.repeat(2500)}deep${'</i></b>'.repeat(2500)}</p>`;
    expect(plainText((htmlToBody(inline).body[0] as { text: RichText }).text)).toBe('deep');
    const lists = `${'<ul><li>'.repeat(2000)}item${'</li></ul>'.repeat(2000)}`;
    expect(htmlToBody(lists).body).toEqual([{ type: 'list', items: ['item'] }]);
  });

  it('refuses what is not a string with a clear error', () => {
    expect(() => htmlToBody(42 as never)).toThrow(/htmlToBody: html must be a string; got number/);
  });
});

describe('random HTML (fast-check, seeded)', () => {
  const seed = Number(process.env.FC_SEED ?? 20130202);
  const tags = [
    'p',
    'div',
    'span',
    'b',
    'i',
    'em',
    'strong',
    'a',
    'ul',
    'ol',
    'li',
    'h2',
    'h3',
    'blockquote',
    'figure',
    'figcaption',
    'table',
    'tr',
    'td',
    'th',
    'br',
    'script',
    'style',
    'template',
    'img',
    'section',
    'sup',
  ];
  const word = fc.stringMatching(/^[A-Za-zÀ-ÿА-я0-9]{1,8}$/);
  const tree: fc.Arbitrary<string> = fc.letrec((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      word,
      fc
        .tuple(
          fc.constantFrom(...tags),
          fc.array(tie('node'), { maxLength: 4 }),
          fc.constantFrom(
            '',
            ' href="/x"',
            ' lang="de"',
            ' href="javascript:x"',
            ' alt="a" src="/a.png" width="2" height="2"',
          ),
        )
        .map(([tag, children, attrs]) => `<${tag}${attrs}>${children.join(' ')}</${tag}>`),
    ),
  })).node as fc.Arbitrary<string>;

  it('never throws and never loses text, on 500 random trees', () => {
    fc.assert(
      fc.property(fc.array(tree, { minLength: 1, maxLength: 5 }), (parts) => {
        const html = parts.join('\n');
        const result = htmlToBody(html);
        expect(lostText(html, result)).toEqual([]);
        parseArticle({
          lang: 'en',
          headline: 'h',
          published: '2013-02-02',
          body: result.body.length > 0 ? result.body : [{ type: 'paragraph', text: 'x' }],
        });
      }),
      { numRuns: 500, seed },
    );
  });
});
