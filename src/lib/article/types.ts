// The ArticleDocument: the contract between a CMS and <Article>. All text is plain text.

export interface ArticleDocument {
  /** BCP 47 language tag: "en", "de", "ar", "pt-BR". */
  lang: string;
  /** Text direction; by default derived from `lang` (ar, fa, he, ur, … are rtl). */
  dir?: 'ltr' | 'rtl';
  headline: string;
  /** The teaser under the headline. */
  standfirst?: string;
  kicker?: string;
  /** ISO 8601: a calendar date "2013-02-02" or a date-time with offset. */
  published: string;
  updated?: string;
  /** IANA time zone used to display date-times; default "UTC". */
  timeZone?: string;
  /** The dateline place, e.g. "Munich". */
  place?: string;
  /** Absolute http(s) URL, e.g. "https://p.dw.com/p/17XBn". */
  permalink?: string;
  leadImage?: ArticleImage;
  /** At least one block. */
  body: BodyBlock[];
  sources?: {
    authors?: (string | { initials: string; name?: string })[];
    agencies?: string[];
  };
}

export interface ArticleImage {
  src: string;
  alt: string;
  decorative?: boolean;
  width: number;
  height: number;
  srcset?: string;
  sizes?: string;
  caption?: string;
  credit?: string;
  creditLang?: string;
}

export type BodyBlock =
  | { type: 'paragraph'; text: string | Inline[] }
  | { type: 'subheading'; text: string }
  | { type: 'pullquote'; text: string; attribution?: string; lang?: string; repeatsBody?: boolean }
  | { type: 'image'; image: ArticleImage };

/** A run of text in a paragraph: plain, a link (http, https, mailto or relative), emphasis, or another language. */
export type Inline =
  | string
  | { text: string; href: string }
  | { text: string; emphasis: true }
  | { text: string; lang: string };
