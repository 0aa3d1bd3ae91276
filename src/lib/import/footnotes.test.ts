// Footnotes as each editor exports them, and in-page links: the notes become Broadsheet's
// footnote runs, numbered in order by the article, with no text lost; a link to a kept heading
// points at its subheading; any other in-page link becomes its text, reported.
import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { Article, parseArticle } from 'broadsheet';
import { htmlToBody } from 'broadsheet/import';
import { danglingLinks, lostText } from '$tests/helpers/import';

// Each as the editor writes it: a sentence with two references, then the notes.
const conventions = {
  'WordPress block editor': `
    <p>The talks<sup data-fn="a1b2" class="fn"><a href="#a1b2" id="a1b2-link">1</a></sup> went on for hours<sup data-fn="c3d4" class="fn"><a href="#c3d4" id="c3d4-link">2</a></sup>.</p>
    <ol class="wp-block-footnotes"><li id="a1b2">Held at the Bayerischer Hof. <a href="#a1b2-link" aria-label="Jump to footnote reference 1">↩︎</a></li><li id="c3d4">Seven, by one account. <a href="#c3d4-link" aria-label="Jump to footnote reference 2">↩︎</a></li></ol>`,
  'markdown-it': `
    <p>The talks<sup class="footnote-ref"><a href="#fn1" id="fnref1">[1]</a></sup> went on for hours<sup class="footnote-ref"><a href="#fn2" id="fnref2">[2]</a></sup>.</p>
    <hr class="footnotes-sep">
    <section class="footnotes"><ol class="footnotes-list"><li id="fn1" class="footnote-item"><p>Held at the Bayerischer Hof. <a href="#fnref1" class="footnote-backref">↩︎</a></p></li><li id="fn2" class="footnote-item"><p>Seven, by one account. <a href="#fnref2" class="footnote-backref">↩︎</a></p></li></ol></section>`,
  Pandoc: `
    <p>The talks<a href="#fn1" class="footnote-ref" id="fnref1" role="doc-noteref"><sup>1</sup></a> went on for hours<a href="#fn2" class="footnote-ref" id="fnref2" role="doc-noteref"><sup>2</sup></a>.</p>
    <section id="footnotes" class="footnotes footnotes-end-of-document" role="doc-endnotes"><hr /><ol><li id="fn1"><p>Held at the Bayerischer Hof.<a href="#fnref1" class="footnote-back" role="doc-backlink">↩︎</a></p></li><li id="fn2"><p>Seven, by one account.<a href="#fnref2" class="footnote-back" role="doc-backlink">↩︎</a></p></li></ol></section>`,
  'Google Docs export': `
    <p class="c1"><span>The talks</span><sup><a href="#ftnt1" id="ftnt_ref1">[1]</a></sup><span> went on for hours</span><sup><a href="#ftnt2" id="ftnt_ref2">[2]</a></sup><span>.</span></p>
    <hr class="c3"><div><p class="c2"><a href="#ftnt_ref1" id="ftnt1">[1]</a><span class="c4"> Held at the Bayerischer Hof.</span></p></div><div><p class="c2"><a href="#ftnt_ref2" id="ftnt2">[2]</a><span class="c4"> Seven, by one account.</span></p></div>`,
  'CKEditor 4 footnotes plugin': `
    <p>The talks<sup data-footnote-id="x1"><a href="#footnote-1" id="footnote-marker-1-1" rel="footnote">[1]</a></sup> went on for hours<sup data-footnote-id="x2"><a href="#footnote-2" id="footnote-marker-2-1" rel="footnote">[2]</a></sup>.</p>
    <section class="footnotes"><header><h2>Footnotes</h2></header><ol><li data-footnote-id="x1" id="footnote-1"><sup><a href="#footnote-marker-1-1">^</a> </sup><cite>Held at the Bayerischer Hof.</cite></li><li data-footnote-id="x2" id="footnote-2"><sup><a href="#footnote-marker-2-1">^</a> </sup><cite>Seven, by one account.</cite></li></ol></section>`,
};

describe.each(Object.entries(conventions))('footnotes from %s', (_, html) => {
  const { body, dropped } = htmlToBody(html, { lang: 'en' });

  it('become footnote runs on the word before each reference, and nothing else', () => {
    expect(body).toEqual([
      {
        type: 'paragraph',
        text: [
          'The ',
          { text: 'talks', footnote: 'Held at the Bayerischer Hof.' },
          ' went on for ',
          { text: 'hours', footnote: 'Seven, by one account.' },
          '.',
        ],
      },
    ]);
  });

  it('lose no text: every piece is in the body, a footnote, or reported', () => {
    expect(lostText(html, { body, dropped })).toEqual([]);
  });

  it('report the numbers and links back they no longer need', () => {
    expect(dropped.map((d) => d.reason)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^footnote number/),
        expect.stringMatching(/link back to its reference/),
      ]),
    );
  });

  it('are numbered by the article, each reference linking to its note and back', () => {
    const doc = parseArticle({ lang: 'en', headline: 'Talks', published: '2013-02-02', body });
    const { container } = render(Article, { article: doc, jsonLd: false });
    const notes = [...container.querySelectorAll('.footnotes li')].map((li) => li.textContent);
    expect(notes.map((text) => text!.replace(/\s+/g, ' ').trim())).toEqual([
      expect.stringContaining('Held at the Bayerischer Hof.'),
      expect.stringContaining('Seven, by one account.'),
    ]);
    expect(danglingLinks(container)).toEqual([]);
  });
});

describe('in-page links', () => {
  const html = `
    <p>See <a href="#background">the background</a>, <a href="#_Toc1">the timeline</a> and <a href="#gone">a lost part</a>.</p>
    <h2 id="background">Background</h2><p>Text.</p>
    <h2><a name="_Toc1"></a>The timeline</h2><p>More.</p>
    <p id="gone-not-quite">A paragraph.</p>`;
  const { body, dropped } = htmlToBody(html, { lang: 'en' });

  it("point at the subheading a heading became, by the id <Article> gives it (Word's bookmarks too)", () => {
    expect(body[0]).toEqual({
      type: 'paragraph',
      text: [
        'See ',
        { text: 'the background', href: '#bs-background' },
        ', ',
        { text: 'the timeline', href: '#bs-the-timeline' },
        ' and a lost part.',
      ],
    });
  });

  it('become text when their target is not kept, and say so', () => {
    expect(dropped).toContainEqual({
      element: 'a',
      reason: expect.stringMatching(/^link to #gone removed: no element on the page has that id/),
      text: '',
    });
  });

  it('lead nowhere missing on the rendered page, with the prefix the page uses', () => {
    const custom = htmlToBody(html, { lang: 'en', idPrefix: 'story' });
    const doc = parseArticle({
      lang: 'en',
      headline: 'Talks',
      published: '2013-02-02',
      body: custom.body,
    });
    const { container } = render(Article, { article: doc, jsonLd: false, idPrefix: 'story' });
    expect(danglingLinks(container)).toEqual([]);
    expect(container.querySelector('a[href="#story-background"]')).not.toBeNull();
  });
});
