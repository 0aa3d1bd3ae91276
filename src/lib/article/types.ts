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
    authors?: Author[];
    agencies?: string[];
  };
}

/** Who wrote the article, as the source line shows it: initials ("rc"), with a name if known. */
export type Author = string | { initials: string; name?: string };

/** An image with its caption and credit: a document's and `<ImageWithCredit>`'s props alike. */
export interface ArticleImage {
  /** The image URL: http(s) or relative. */
  src: string;
  /** What the image shows, for people who cannot see it. `""` only with `decorative`. */
  alt: string;
  /** The image adds nothing the text does not say: screen readers skip it. */
  decorative?: boolean;
  /** Intrinsic width in pixels; with `height` it reserves the image's box. */
  width: number;
  /** Intrinsic height in pixels. */
  height: number;
  /** Candidate files for responsive images: "a.jpg 1x, b.jpg 2x". */
  srcset?: string;
  /** Display widths for `srcset`. */
  sizes?: string;
  /** What the picture is about, shown under it. Do not repeat it in `alt`. */
  caption?: string;
  /** Who made or owns the image, shown after the visible label "Image:". */
  credit?: string;
  /** The language of the credit when it differs from the page's, e.g. "en" in an Arabic article. */
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
