// Typography by script, measured in Chromium: Arabic script larger and with more room between
// lines, no synthetic italics where a script has none, room for Devanagari's marks.
import { render } from 'vitest-browser-svelte';
import { describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { Article, type ArticleDocument } from 'broadsheet';
import { dwArticle } from '$fixtures/dw-us-russia';
import { usePinnedFonts } from '$tests/visual/fonts';

const article = (lang: string, words: string): ArticleDocument => ({
  lang,
  headline: words,
  published: '2013-02-02',
  body: [{ type: 'paragraph', text: [`${words} `, { text: words, emphasis: true }] }],
});

async function measure(lang: string, words: string) {
  const { container } = await render(Article, { article: article(lang, words), jsonLd: false });
  const p = getComputedStyle(container.querySelector('.body p')!);
  const em = getComputedStyle(container.querySelector('.body em')!);
  return {
    size: parseFloat(p.fontSize),
    lineHeight: parseFloat(p.lineHeight) / parseFloat(p.fontSize),
    emStyle: em.fontStyle,
    emWeight: Number(em.fontWeight),
    emMarks: em.getPropertyValue('text-emphasis-style'),
  };
}

describe('typography by script', () => {
  it('sets Arabic, Persian and Urdu larger and looser than English', async () => {
    const english = await measure('en', 'Munich');
    for (const [lang, words] of [
      ['ar', 'ميونخ'],
      ['fa', 'مونیخ'],
      ['ur', 'میونخ'],
    ]) {
      const arabicScript = await measure(lang!, words!);
      expect(arabicScript.size, lang).toBeGreaterThan(english.size);
      expect(arabicScript.lineHeight, lang).toBeGreaterThan(english.lineHeight + 0.2);
    }
  });

  it('gives Hindi and Bengali room between lines for their marks', async () => {
    const english = await measure('en', 'Munich');
    expect((await measure('hi', 'म्यूनिख')).lineHeight).toBeGreaterThan(english.lineHeight);
    expect((await measure('bn', 'মিউনিখ')).lineHeight).toBeGreaterThan(english.lineHeight);
  });

  it('emphasises Arabic in bold and Chinese with emphasis marks, never in slanted type', async () => {
    expect(await measure('en', 'Munich')).toMatchObject({ emStyle: 'italic' });
    const arabic = await measure('ar', 'ميونخ');
    expect(arabic.emStyle).toBe('normal');
    expect(arabic.emWeight).toBeGreaterThanOrEqual(700);
    const chinese = await measure('zh', '慕尼黑');
    expect(chinese.emStyle).toBe('normal');
    expect(chinese.emMarks).toMatch(/dot/);
  });
});

// The page a reader meets, at a desktop width with the pinned test fonts (so that the count of
// characters per line does not depend on the machine's fonts).
describe('type scale of the example article', () => {
  async function seedPage(width: number) {
    await page.viewport(width, 900);
    const { container } = await render(Article, { article: dwArticle, jsonLd: false });
    await usePinnedFonts();
    return container;
  }

  it('leads with the headline: larger and heavier than the standfirst, which is larger than the text', async () => {
    const view = await seedPage(1280);
    const style = (selector: string) => getComputedStyle(view.querySelector(selector)!);
    const headline = style('h1');
    const standfirst = style('h1 ~ p');
    const body = style('.body p');
    expect(parseFloat(headline.fontSize)).toBeGreaterThan(parseFloat(standfirst.fontSize) * 1.8);
    expect(Number(headline.fontWeight)).toBeGreaterThanOrEqual(700);
    expect(Number(standfirst.fontWeight)).toBeLessThan(Number(headline.fontWeight));
    expect(parseFloat(standfirst.fontSize)).toBeGreaterThan(parseFloat(body.fontSize));
  });

  it('sets the text in a centred column of about 60 to 72 characters a line', async () => {
    const view = await seedPage(1280);
    const paragraphs = [...view.querySelectorAll<HTMLElement>('.body p')];
    let characters = 0;
    let lines = 0;
    for (const p of paragraphs) {
      const text = p.textContent!.length;
      const lineCount = Math.round(
        p.getBoundingClientRect().height / parseFloat(getComputedStyle(p).lineHeight),
      );
      // Only full lines count: a paragraph's last line is short.
      if (lineCount < 3) continue;
      characters += text;
      lines += lineCount - 0.5;
    }
    const perLine = characters / lines;
    expect(perLine).toBeGreaterThan(60);
    expect(perLine).toBeLessThan(72);
    const article = view.querySelector('article')!.getBoundingClientRect();
    const column = paragraphs[0]!.getBoundingClientRect();
    expect(Math.abs(column.left - article.left - (article.right - column.right))).toBeLessThan(1);
  });

  it('shows the short link as a small secondary line, still underlined', async () => {
    const view = await seedPage(320);
    const link = getComputedStyle(view.querySelector('a[href="https://p.dw.com/p/17XBn"]')!);
    const body = getComputedStyle(view.querySelector('.body p')!);
    expect(parseFloat(link.fontSize)).toBeLessThan(parseFloat(body.fontSize));
    expect(link.textDecorationLine).toBe('underline');
    // In the dateline's font and colour: a detail beside the date, not a line of body text.
    const date = getComputedStyle(view.querySelector('time')!);
    expect(link.fontFamily).toBe(date.fontFamily);
    expect(link.color).toBe(date.color);
  });
});
