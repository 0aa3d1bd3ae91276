// The importer's guarantees on editor output this project did not write (fixtures/cms/real,
// see SOURCES.md): Word and Google Docs clipboard HTML as CKEditor 5 records it, and every post
// of WordPress's Theme Unit Test export. On each body: no throw, no text lost unreported,
// nothing unsafe, a valid document, no axe violation on the rendered article, and no in-page
// link to an id the page does not have.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { Article, parseArticle } from 'broadsheet';
import { htmlToBody } from 'broadsheet/import';
import { checkA11y } from 'broadsheet/testing';
import { danglingLinks, lostText, unsafeAddresses } from '$tests/helpers/import';

const real = path.resolve('fixtures/cms/real');

const ckeditor = readdirSync(path.join(real, 'ckeditor5')).map((file) => ({
  name: `CKEditor 5 fixture ${file}`,
  html: readFileSync(path.join(real, 'ckeditor5', file), 'utf8'),
}));

// Each post's body as WordPress stores it, from the export's <content:encoded> (a CDATA
// section: its text is the HTML, with "]]>" written as "]]]]><![CDATA[>").
const wxr = readFileSync(path.join(real, 'wordpress/themeunittestdata.wordpress.xml'), 'utf8');
const wordpress = [...wxr.matchAll(/<item>([\s\S]*?)<\/item>/g)]
  .map(([, item]) => ({
    title: (/<title>([\s\S]*?)<\/title>/.exec(item!)?.[1] ?? '').replace(
      /^<!\[CDATA\[([\s\S]*)\]\]>$/,
      '$1',
    ),
    html: (
      /<content:encoded><!\[CDATA\[([\s\S]*?)\]\]><\/content:encoded>/.exec(item!)?.[1] ?? ''
    ).replaceAll(']]]]><![CDATA[>', ']]>'),
  }))
  .filter((post) => post.html.trim() !== '')
  .map((post, i) => ({ name: `WordPress post ${i + 1} (${post.title})`, html: post.html }));

// The sizes a CMS's media library would give, for images whose HTML has none.
const imageSize = () => ({ width: 1200, height: 800 });

it('holds enough real bodies to mean something', () => {
  expect(ckeditor.length).toBeGreaterThanOrEqual(12);
  expect(wordpress.length).toBeGreaterThanOrEqual(40);
});

describe.each([...ckeditor, ...wordpress])('$name', ({ name, html }) => {
  const result = htmlToBody(html, { lang: 'en', imageSize });

  it('loses no text, lets nothing unsafe through, and gives a valid document', () => {
    expect(lostText(html, result)).toEqual([]);
    expect(unsafeAddresses(result.body)).toEqual([]);
    for (const d of result.dropped) expect(d.reason.length).toBeGreaterThan(10);
    // Every real body here has something to show.
    expect(result.body.length).toBeGreaterThan(0);
    expect(() =>
      parseArticle({ lang: 'en', headline: name, published: '2013-02-02', body: result.body }),
    ).not.toThrow();
  });

  it('renders with no axe violation and no link to a missing id', async () => {
    const doc = parseArticle({
      lang: 'en',
      headline: name,
      published: '2013-02-02',
      body: result.body,
    });
    const { container } = render(Article, { article: doc, jsonLd: false });
    expect(danglingLinks(container)).toEqual([]);
    expect((await checkA11y(container)).map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });
});
