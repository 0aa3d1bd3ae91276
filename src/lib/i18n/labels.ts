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

const catalog: Record<string, Partial<Labels>> = { en };

/** The catalog's entry for a BCP 47 tag: the whole tag first, then its language alone. */
function entryFor(lang: string): [string, Partial<Labels>] | undefined {
  const tag = lang.toLowerCase();
  const base = tag.split('-')[0] ?? tag;
  for (const key of [tag, base]) {
    const entry = catalog[key];
    if (entry) return [key, entry];
  }
  return undefined;
}

/** Every label for `lang`, with `overrides` taken as written in that language. */
export function labelsFor(lang = 'en', overrides: Partial<Labels> = {}): ResolvedLabels {
  const entry = entryFor(lang)?.[1] ?? {};
  const english = entryFor(lang)?.[0] === 'en';
  const resolved = {} as ResolvedLabels;
  for (const key of Object.keys(en) as (keyof Labels)[]) {
    const own = overrides[key] ?? entry[key];
    resolved[key] =
      own !== undefined || english ? { text: own ?? en[key] } : { text: en[key], lang: 'en' };
  }
  return resolved;
}
