import { render, screen } from '@testing-library/svelte';
import fc from 'fast-check';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import {
  Article,
  Dateline,
  ImageWithCredit,
  PullQuote,
  SkipLinks,
  SourceFooter,
  directionOf,
  labelsFor,
  labelledLanguages,
} from 'broadsheet';
import { countLabel, type PluralText } from '../../src/lib/i18n/labels';
import { arabic, persian } from '$fixtures/translations';
import { provenDate } from '../../src/lib/i18n/date-format';
import { parseIsoDate } from '../../src/lib/i18n/dates';
import { spokenText, visibleText } from '$tests/helpers/text';

const links = [{ href: '#content', label: 'x' }] as const;
const photo = { src: '/a.jpg', alt: 'A', width: 4, height: 3, credit: 'Getty Images' };

// [lang, skip-links name, image credit, updated, short link, authors, agencies, quote marks]
const expected = [
  [
    'en',
    'Skip links',
    'Image:',
    'Updated',
    'Short link to this article:',
    'Authors:',
    'Agencies:',
    '“”',
  ],
  [
    'de',
    'Sprungmarken',
    'Bild:',
    'Aktualisiert',
    'Kurzlink zu diesem Artikel:',
    'Autoren:',
    'Agenturen:',
    '„“',
  ],
  [
    'ar',
    'روابط التخطي',
    'صورة من:',
    'آخر تحديث',
    'رابط مختصر لهذا المقال:',
    'الكتّاب:',
    'وكالات الأنباء:',
    '«»',
  ],
  [
    'fa',
    'پیوندهای پرش',
    'عکس:',
    'به‌روزرسانی',
    'پیوند کوتاه این مطلب:',
    'نویسندگان:',
    'خبرگزاری‌ها:',
    '«»',
  ],
] as const;

describe.each(expected)(
  'labels in %s',
  (lang, nav, credit, updated, shortLink, authors, agencies, marks) => {
    it('names the skip links', () => {
      render(SkipLinks, { links: [...links], lang });
      expect(screen.getByRole('navigation')).toHaveAccessibleName(nav);
    });

    it('labels the image credit', () => {
      const { container } = render(ImageWithCredit, { ...photo, lang });
      expect(visibleText(container.querySelector('figcaption')!)).toBe(`${credit} Getty Images`);
    });

    it('labels the update and names the short link', () => {
      const { container } = render(Dateline, {
        published: '2013-02-02',
        updated: '2013-02-03',
        permalink: 'https://p.dw.com/p/17XBn',
        lang,
      });
      expect(container.querySelector('.updated')!.textContent).toMatch(new RegExp(`^${updated} `));
      expect(screen.getByRole('link')).toHaveAccessibleName(
        `${shortLink} https://p.dw.com/p/17XBn`,
      );
    });

    it('tells a listener what the initials and the agencies are', () => {
      const { container } = render(SourceFooter, { authors: ['rc'], agencies: ['KUNA'], lang });
      expect(spokenText(container)).toBe(`${authors} rc ${agencies} (KUNA)`);
    });

    it('sets the quote marks of the language around a pull quote', () => {
      const { container } = render(PullQuote, { text: 'Q', lang });
      const shown = [...container.querySelectorAll('[aria-hidden="true"]')].map(
        (m) => m.textContent,
      );
      expect(shown.join('')).toBe(marks);
    });
  },
);

describe('the English fallback', () => {
  it('marks English labels lang="en" in a language without labels, so the voice switches', () => {
    const { container } = render(SourceFooter, { authors: ['rc'], agencies: ['AFP'], lang: 'ja' });
    const label = screen.getByText('Authors:');
    expect(label).toHaveAttribute('lang', 'en');
    expect(screen.getByText('Agencies:')).toHaveAttribute('lang', 'en');
    expect(spokenText(container)).toBe('Authors: rc Agencies: (AFP (Agence France-Presse))');
  });

  it('marks only the labels a language lacks (Hindi has no skip-links label of its own)', () => {
    const hi = labelsFor('hi');
    expect(hi.imageCredit).toEqual({ text: 'तस्वीर:' });
    expect(hi.skipLinks).toEqual({ text: 'Skip links', lang: 'en' });
  });

  it('does not mark English labels in an English article', () => {
    render(ImageWithCredit, { ...photo, lang: 'en-GB' });
    expect(screen.getByText('Image:')).not.toHaveAttribute('lang');
  });

  it('uses Traditional Chinese labels for zh-TW and zh-Hant, Simplified for zh', () => {
    expect(labelsFor('zh-TW').imageCredit.text).toBe('圖像來源：');
    expect(labelsFor('zh-Hant-HK').imageCredit.text).toBe('圖像來源：');
    expect(labelsFor('zh-CN').imageCredit.text).toBe('图像来源：');
  });

  it('takes overrides as written in the page language', () => {
    render(ImageWithCredit, { ...photo, lang: 'ja', labels: { imageCredit: '写真：' } });
    expect(screen.getByText('写真：')).not.toHaveAttribute('lang');
  });
});

describe.each(labelledLanguages.filter((lang) => lang !== 'en'))(
  'the live blog’s words in %s',
  (lang) => {
    const text = labelsFor(lang);
    const live = ['live', 'coverageEnded', 'keyEvents', 'pinnedPost', 'updatedAt', 'olderPosts'];

    it('are its own, not the English fallback', () => {
      for (const name of [...live, 'newUpdates', 'showNewUpdates'] as const) {
        expect(text[name as keyof typeof text].lang, name).toBeUndefined();
      }
      expect(text.updatedAt.text).toContain('{time}');
    });

    it('say a count in every plural form the language has, the number in its digits', () => {
      const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
      for (const name of ['newUpdates', 'showNewUpdates'] as const) {
        const forms: PluralText = text[name].text;
        for (const category of categories) {
          // Arabic's zero is never said (no button, no announcement for nothing).
          if (category === 'zero') continue;
          expect(forms[category], `${name}.${category}`).toBeDefined();
        }
        for (const count of [1, 2, 3, 5, 11, 21, 100]) {
          const said = countLabel(text[name], count, lang).text;
          expect(said).not.toMatch(/\{|\}|undefined/);
          const one =
            new Intl.PluralRules(lang).select(count) === 'one' && !forms.one?.includes('{count}');
          if (!one && !(count === 2 && forms.two && !forms.two.includes('{count}'))) {
            expect(said, `${name} for ${count}`).toContain(
              new Intl.NumberFormat(lang).format(count),
            );
          }
        }
      }
    });
  },
);

describe('direction', () => {
  it.each([
    ['ar', 'rtl'],
    ['fa', 'rtl'],
    ['ur', 'rtl'],
    ['ps', 'rtl'],
    ['he', 'rtl'],
    ['yi', 'rtl'],
    ['dv', 'rtl'],
    ['ckb', 'rtl'],
    ['sd', 'rtl'],
    ['ar-EG', 'rtl'],
    ['ku-Arab', 'rtl'],
    ['sd-Deva', 'ltr'],
    ['en', 'ltr'],
    ['de', 'ltr'],
    ['zh-Hant', 'ltr'],
    ['az-Arab-IR', 'rtl'],
  ] as const)('%s is %s', (lang, dir) => {
    expect(directionOf(lang)).toBe(dir);
  });

  it('sets lang and dir on the article from the document, the document dir winning', () => {
    const { container, unmount } = render(Article, { article: arabic.article, jsonLd: false });
    expect(container.querySelector('article')).toHaveAttribute('dir', 'rtl');
    expect(container.querySelector('article')).toHaveAttribute('lang', 'ar');
    unmount();
    const ltr = render(Article, { article: { ...arabic.article, dir: 'ltr' }, jsonLd: false });
    expect(ltr.container.querySelector('article')).toHaveAttribute('dir', 'ltr');
  });

  it('passes the document language to every label in the article', () => {
    const { container } = render(Article, { article: persian.article, jsonLd: false });
    expect(visibleText(container)).toContain('عکس: Getty Images');
    expect(screen.getByRole('link', { name: /^پیوند کوتاه این مطلب:/ })).toBeInTheDocument();
    expect(screen.getByText('Getty Images')).toHaveAttribute('lang', 'en');
  });
});

describe('dates in the language of the article', () => {
  function dateText(lang: string, published = '2013-02-02') {
    const { container, unmount } = render(Dateline, { published, lang });
    const time = container.querySelector('time')!;
    const result = [time.dateTime, time.textContent];
    unmount();
    return result;
  }

  it('writes Arabic with Arabic-Indic digits where CLDR does (ar-EG), datetime in ISO', () => {
    expect(dateText('ar-EG')).toEqual(['2013-02-02', '٢ فبراير ٢٠١٣']);
    expect(dateText('ar-u-nu-arab')).toEqual(['2013-02-02', '٢ فبراير ٢٠١٣']);
  });

  it('writes plain ar with the digits CLDR makes its default', () => {
    const [, text] = dateText('ar');
    const numbering = new Intl.DateTimeFormat('ar').resolvedOptions().numberingSystem;
    expect(text).toBe(numbering === 'arab' ? '٢ فبراير ٢٠١٣' : '2 فبراير 2013');
  });

  it('writes Persian in the Solar Hijri calendar with Persian digits', () => {
    expect(dateText('fa')).toEqual(['2013-02-02', '۱۴ بهمن ۱۳۹۱']);
  });

  it('writes Chinese and German as their readers expect', () => {
    expect(dateText('zh')).toEqual(['2013-02-02', '2013年2月2日']);
    expect(dateText('de')).toEqual(['2013-02-02', '2. Februar 2013']);
  });

  it('keeps an instant in ISO in datetime while the text is Solar Hijri', () => {
    const { container } = render(Dateline, {
      published: '2013-02-02T18:30:00+01:00',
      lang: 'fa',
      timeZone: 'Asia/Tehran',
    });
    const time = container.querySelector('time')!;
    expect(time.dateTime).toBe('2013-02-02T18:30:00+01:00');
    expect(time.textContent).toMatch(/^۱۴ بهمن ۱۳۹۱/);
  });

  it('reads a date a check has proved as the checking parser reads it, in any ISO form', () => {
    // The article's hydrating code reads proved dates without the parser: the same day and
    // moment must come out, or the browser would rewrite the date the server wrote.
    const pad = (n: number, width = 2) => String(n).padStart(width, '0');
    const calendar = fc
      .tuple(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
      )
      .map(([year, month, day]) => `${pad(year, 4)}-${pad(month)}-${pad(day)}`);
    const instant = fc
      .tuple(
        calendar,
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        fc.constantFrom('', ':07', ':59.5', ':00.123456789'),
        fc.constantFrom('Z', '+01:00', '-05:30', '+14:00', '-12:00'),
      )
      .map(
        ([date, hour, minute, seconds, zone]) =>
          `${date}T${pad(hour)}:${pad(minute)}${seconds}${zone}`,
      );
    // In a zone far from UTC, where reading a calendar date as local midnight would show.
    const zone = process.env.TZ;
    process.env.TZ = 'Pacific/Chatham';
    onTestFinished(() => {
      process.env.TZ = zone;
    });
    fc.assert(
      fc.property(fc.oneof(calendar, instant), (iso) => {
        const parsed = parseIsoDate(iso);
        fc.pre(parsed !== undefined);
        expect(provenDate(iso)).toEqual(parsed);
      }),
      { seed: 20130202, numRuns: 2000 },
    );
  });
});

describe('labels in a browser (jsdom counts as one)', () => {
  // A fresh copy of the labels module: English only, as a page starts (the test setup has
  // loaded every language into the shared one).
  async function freshLabels() {
    vi.resetModules();
    return import('../../src/lib/i18n/labels');
  }

  it('has English built in and no other language until loadLabels fetches it', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const labels = await freshLabels();
    // The server wrote "Das Wichtigste in Kürze": the reader would see it change, so say so.
    expect(labels.labelsFor('de').keyPoints).toEqual({ text: 'Key points', lang: 'en' });
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('loadLabels("de")'));
    await labels.loadLabels('de-AT');
    expect(labels.labelsFor('de').keyPoints).toEqual({ text: 'Das Wichtigste in Kürze' });
    expect(labels.labelsFor('de-AT').keyPoints).toEqual({ text: 'Das Wichtigste in Kürze' });
    // Nothing else came with it.
    expect(labels.labelsFor('fr').keyPoints.lang).toBe('en');
    warn.mockRestore();
  });

  it('gives a component the words it shows, in its language once loadLabels has fetched it', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const labels = await freshLabels();
    // What Summary passes: its one English label, not the catalog.
    const words = { keyPoints: 'Key points' };
    expect(labels.labelsOf(words, 'de')).toEqual({ keyPoints: { text: 'Key points', lang: 'en' } });
    await labels.loadLabels('de');
    expect(labels.labelsOf(words, 'de')).toEqual({
      keyPoints: { text: 'Das Wichtigste in Kürze' },
    });
    expect(labels.labelsOf(words, 'de', { keyPoints: 'Kurz' })).toEqual({
      keyPoints: { text: 'Kurz' },
    });
    warn.mockRestore();
  });

  it('needs nothing loaded for English, nor for a language without labels of its own', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const labels = await freshLabels();
    await labels.loadLabels('en-GB');
    await labels.loadLabels('ja');
    expect(labels.labelsFor('en-GB').keyPoints).toEqual({ text: 'Key points' });
    expect(labels.labelsFor('ja').keyPoints).toEqual({ text: 'Key points', lang: 'en' });
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });
});
