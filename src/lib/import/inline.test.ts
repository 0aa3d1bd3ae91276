// Runs from inline HTML, module by module: what a paragraph's text becomes.
import { parseFragment } from 'parse5';
import { describe, expect, it } from 'vitest';
import type { Node } from './html';
import { inlineOf, paragraphsOf, richText, runsOf, tidy, type InlineContext } from './inline';
import { report } from './report';

function context(lang?: string): InlineContext & { dropped: ReturnType<typeof report>['dropped'] } {
  const { dropped, drop } = report();
  return { lang, drop, media: [], dropped };
}
const nodes = (html: string) => parseFragment(html).childNodes as Node[];

describe('runsOf', () => {
  it('joins text of the same kind and keeps one kind a run: a link wins over strong', () => {
    const runs = runsOf(
      nodes('A <b>bold</b><strong> words</strong> <a href="/x"><b>here</b></a>'),
      context(),
    );
    // The space between two runs goes to the one before it.
    expect(tidy(runs)).toEqual([
      'A ',
      { text: 'bold words ', strong: true },
      { text: 'here', href: '/x' },
    ]);
  });

  it("reads Google Docs' normal-weight <b> wrapper as plain, and a bold span as strong", () => {
    const runs = runsOf(
      nodes('<b style="font-weight:normal">plain <span style="font-weight:700">bold</span></b>'),
      context(),
    );
    expect(tidy(runs)).toEqual(['plain ', { text: 'bold', strong: true }]);
  });

  it("marks a language only where it differs from the article's", () => {
    const html = '<span lang="de">Guten Tag</span> and <span lang="en">hello</span>';
    expect(inlineOf(nodes(html), context('en'))).toEqual([
      { text: 'Guten Tag', lang: 'de' },
      ' and hello',
    ]);
  });

  it('hands media to the context and reports an unsafe link, keeping its text', () => {
    const ctx = context();
    const runs = runsOf(
      nodes('See <img src="/a.jpg" alt="A"><a href="javascript:x()">this</a>'),
      ctx,
    );
    expect(richText(tidy(runs))).toBe('See this');
    expect(ctx.media.map((m) => m.tagName)).toEqual(['img']);
    expect(ctx.dropped[0]).toMatchObject({
      element: 'a',
      reason: expect.stringMatching(/^link removed/),
    });
  });
});

describe('paragraphsOf', () => {
  it('starts a paragraph at two <br>, and makes one <br> a space', () => {
    const paragraphs = paragraphsOf(runsOf(nodes('one<br>line<br><br>two'), context()));
    expect(paragraphs.map(richText)).toEqual(['one line', 'two']);
  });
});
