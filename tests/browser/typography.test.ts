// Typography by script, measured in Chromium: Arabic script larger and with more room between
// lines, no synthetic italics where a script has none, room for Devanagari's marks.
import { render } from 'vitest-browser-svelte';
import { describe, expect, it } from 'vitest';
import { Article, type ArticleDocument } from 'broadsheet';

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
