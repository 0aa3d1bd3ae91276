// The words Broadsheet itself adds to a page, per language. A language without a label gets the
// English one, marked `lang="en"` so a screen reader switches voice (the BBC's practice).

export interface Labels {
  /** The accessible name of the skip-links navigation. */
  skipLinks: string;
  /** Shown before an image credit: "Image: Getty Images". */
  imageCredit: string;
  /** Shown before the date of the last update. */
  updated: string;
  /** Hidden before the short link, so its name says what it is. */
  shortLink: string;
  /** Hidden before the author initials. */
  authors: string;
  /** Hidden before the news agencies. */
  agencies: string;
  /** The opening and closing marks of a pull quote, the way the language writes them. */
  quoteOpen: string;
  quoteClose: string;
}

/** A label as rendered: its text, and `lang` when it is not in the requested language. */
export interface Label {
  text: string;
  lang?: string;
}

export type ResolvedLabels = { [K in keyof Labels]: Label };

const en: Labels = {
  skipLinks: 'Skip links',
  imageCredit: 'Image:',
  updated: 'Updated',
  shortLink: 'Short link to this article:',
  authors: 'Authors:',
  agencies: 'Agencies:',
  quoteOpen: '“',
  quoteClose: '”',
};

// Each language's labels, written for that language. A label we are not sure of is left out:
// the English one, marked lang="en", is better than a guess. Quote marks follow CLDR's
// delimiters for the language; guillemets are mirrored by the bidi algorithm in RTL text, so
// they face the right way there.
const catalog: Record<string, Partial<Labels>> = {
  en,
  de: {
    skipLinks: 'Sprungmarken',
    imageCredit: 'Bild:',
    updated: 'Aktualisiert',
    shortLink: 'Kurzlink zu diesem Artikel:',
    authors: 'Autoren:',
    agencies: 'Agenturen:',
    quoteOpen: '„',
    quoteClose: '“',
  },
  es: {
    skipLinks: 'Enlaces de salto',
    imageCredit: 'Imagen:',
    updated: 'Actualizado',
    shortLink: 'Enlace corto a este artículo:',
    authors: 'Autores:',
    agencies: 'Agencias:',
    quoteOpen: '«',
    quoteClose: '»',
  },
  fr: {
    // French typography puts a narrow no-break space inside guillemets and before a colon.
    skipLinks: 'Liens d’évitement',
    imageCredit: 'Image\u202f:',
    updated: 'Mis à jour',
    shortLink: 'Lien court vers cet article\u202f:',
    authors: 'Auteurs\u202f:',
    agencies: 'Agences\u202f:',
    quoteOpen: '«\u202f',
    quoteClose: '\u202f»',
  },
  pt: {
    skipLinks: 'Atalhos',
    imageCredit: 'Imagem:',
    updated: 'Atualizado',
    shortLink: 'Link curto para este artigo:',
    authors: 'Autores:',
    agencies: 'Agências:',
    quoteOpen: '“',
    quoteClose: '”',
  },
  ru: {
    skipLinks: 'Быстрый переход',
    imageCredit: 'Фото:',
    updated: 'Обновлено',
    shortLink: 'Короткая ссылка на эту статью:',
    authors: 'Авторы:',
    agencies: 'Агентства:',
    quoteOpen: '«',
    quoteClose: '»',
  },
  uk: {
    skipLinks: 'Швидкий перехід',
    imageCredit: 'Фото:',
    updated: 'Оновлено',
    shortLink: 'Коротке посилання на цю статтю:',
    authors: 'Автори:',
    agencies: 'Агенції:',
    quoteOpen: '«',
    quoteClose: '»',
  },
  tr: {
    skipLinks: 'Atlama bağlantıları',
    imageCredit: 'Fotoğraf:',
    updated: 'Güncellendi',
    shortLink: 'Bu haberin kısa bağlantısı:',
    authors: 'Yazarlar:',
    agencies: 'Ajanslar:',
    quoteOpen: '“',
    quoteClose: '”',
  },
  ar: {
    skipLinks: 'روابط التخطي',
    imageCredit: 'صورة من:',
    updated: 'آخر تحديث',
    shortLink: 'رابط مختصر لهذا المقال:',
    authors: 'الكتّاب:',
    agencies: 'وكالات الأنباء:',
    quoteOpen: '«',
    quoteClose: '»',
  },
  fa: {
    skipLinks: 'پیوندهای پرش',
    imageCredit: 'عکس:',
    updated: 'به‌روزرسانی',
    shortLink: 'پیوند کوتاه این مطلب:',
    authors: 'نویسندگان:',
    agencies: 'خبرگزاری‌ها:',
    quoteOpen: '«',
    quoteClose: '»',
  },
  ur: {
    imageCredit: 'تصویر:',
    shortLink: 'اس مضمون کا مختصر لنک:',
    authors: 'مصنفین:',
    agencies: 'خبر رساں ادارے:',
    quoteOpen: '«',
    quoteClose: '»',
  },
  hi: {
    imageCredit: 'तस्वीर:',
    updated: 'अपडेट',
    shortLink: 'इस लेख का छोटा लिंक:',
    authors: 'लेखक:',
    agencies: 'समाचार एजेंसियाँ:',
  },
  bn: {
    imageCredit: 'ছবি:',
    updated: 'হালনাগাদ',
    shortLink: 'এই প্রতিবেদনের সংক্ষিপ্ত লিংক:',
    authors: 'লেখক:',
    agencies: 'সংবাদ সংস্থা:',
  },
  zh: {
    skipLinks: '跳转链接',
    imageCredit: '图像来源：',
    updated: '更新',
    shortLink: '本文短链接：',
    authors: '作者：',
    agencies: '通讯社：',
    quoteOpen: '“',
    quoteClose: '”',
  },
  'zh-hant': {
    skipLinks: '跳轉連結',
    imageCredit: '圖像來源：',
    updated: '更新',
    shortLink: '本文短連結：',
    authors: '作者：',
    agencies: '通訊社：',
    quoteOpen: '「',
    quoteClose: '」',
  },
  id: {
    skipLinks: 'Tautan lompat',
    imageCredit: 'Foto:',
    updated: 'Diperbarui',
    shortLink: 'Tautan pendek ke artikel ini:',
    authors: 'Penulis:',
    agencies: 'Kantor berita:',
    quoteOpen: '“',
    quoteClose: '”',
  },
  sw: {
    imageCredit: 'Picha:',
    updated: 'Imesasishwa',
    shortLink: 'Kiungo kifupi cha makala hii:',
    authors: 'Waandishi:',
    agencies: 'Mashirika ya habari:',
    quoteOpen: '“',
    quoteClose: '”',
  },
};

/** The languages with labels of their own. */
export const labelledLanguages = Object.keys(catalog);

/**
 * The catalog's entry for a BCP 47 tag: the whole tag first, then its language alone.
 * Chinese in Traditional characters (zh-Hant, or Taiwan, Hong Kong, Macao) has its own entry:
 * Simplified labels would be wrong there.
 */
function entryFor(lang: string): [string, Partial<Labels>] | undefined {
  const tag = lang.toLowerCase();
  const base = tag.split('-')[0] ?? tag;
  const traditional = base === 'zh' && /-(hant|tw|hk|mo)(-|$)/.test(tag) ? ['zh-hant'] : [];
  for (const key of [tag, ...traditional, base]) {
    const entry = catalog[key];
    if (entry) return [key, entry];
  }
  return undefined;
}

// Every component of an article asks for the same language's labels.
const resolvedByLang = new Map<string, ResolvedLabels>();

/** Every label for `lang`, with `overrides` taken as written in that language. */
export function labelsFor(lang = 'en', overrides?: Partial<Labels>): ResolvedLabels {
  if (overrides) return resolve(lang, overrides);
  let resolved = resolvedByLang.get(lang);
  if (!resolved) {
    resolved = Object.freeze(resolve(lang, {}));
    if (resolvedByLang.size < 500) resolvedByLang.set(lang, resolved);
  }
  return resolved;
}

function resolve(lang: string, overrides: Partial<Labels>): ResolvedLabels {
  const [key, entry = {}] = entryFor(lang) ?? [];
  const english = key === 'en';
  const resolved = {} as ResolvedLabels;
  for (const key of Object.keys(en) as (keyof Labels)[]) {
    const own = overrides[key] ?? entry[key];
    resolved[key] =
      own !== undefined || english ? { text: own ?? en[key] } : { text: en[key], lang: 'en' };
  }
  return resolved;
}
