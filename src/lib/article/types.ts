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
  /** The canonical absolute http(s) URL of the article: the JSON-LD `url`. Never shown. */
  url?: string;
  /** The short link, absolute http(s), shown under the standfirst: "https://p.dw.com/p/17XBn". */
  permalink?: string;
  /** The people shown at the top of the article, with links to their pages. */
  byline?: Contributor[];
  /** Key points, shown as a list under a heading after the standfirst. */
  summary?: RichText[];
  leadImage?: ArticleImage;
  /** At least one block. */
  body: BodyBlock[];
  /** Corrections, clarifications, updates and editor's notes, shown after the body. */
  notes?: ArticleNote[];
  /** Further reading, shown after the sources. */
  related?: RelatedLink[];
  sources?: {
    authors?: Author[];
    agencies?: string[];
  };
  /** Present: the article is a live blog, its posts newest first. */
  live?: LiveCoverage;
}

/** Live coverage of a running story: its status, when it ran, and its posts. */
export interface LiveCoverage {
  status: 'live' | 'ended';
  /** ISO 8601 date-time with offset: when the coverage began. */
  coverageStart: string;
  /** ISO 8601 date-time with offset; required when `status` is "ended". */
  coverageEnd?: string;
  /** Newest first; ids unique; at most one pinned. */
  posts: LivePost[];
  /** The URL of the next page of older posts, which the site supplies. */
  olderPosts?: string;
}

/** One post of a live blog. */
export interface LivePost {
  /** Stable and URL-safe: the post's fragment id. */
  id: string;
  /** ISO 8601 date-time with offset, not before the coverage's start. */
  published: string;
  updated?: string;
  /** Required for a key event. */
  headline?: string;
  /** Listed under "Key events". */
  keyEvent?: boolean;
  /** Shown first, labelled "Pinned post". */
  pinned?: boolean;
  byline?: Contributor[];
  /** The existing block kinds; at least one. */
  body: BodyBlock[];
}

/** Who wrote the article, as the source line shows it: initials ("rc"), with a name if known. */
export type Author = string | { initials: string; name?: string };

/** A contributor shown in the byline. */
export interface Contributor {
  name: string;
  /** The contributor's page: an absolute http(s) URL. */
  url?: string;
  /** What they did, in words, when it was not writing the article: "Additional reporting". */
  role?: string;
}

/** A correction, clarification, update or editor's note, with the date it was made. */
export interface ArticleNote {
  kind: NoteKind;
  /** ISO 8601, like `published`. */
  date: string;
  text: RichText;
}

export type NoteKind = 'correction' | 'clarification' | 'update' | 'editors-note';

/** A link to further reading. */
export interface RelatedLink {
  text: string;
  /** http(s), or relative to the site. */
  href: string;
  kicker?: string;
  /** ISO 8601 date of the linked article. */
  published?: string;
}

/** A table of data: a table block, or the data behind a chart (`image.data`). */
export interface DataTable {
  /** Names the table. */
  caption: string;
  /** The column headers. */
  head: string[];
  /** Each row as long as `head`. */
  rows: RichText[][];
  /** The first cell of each row heads its row. */
  rowHeaders?: boolean;
  /** Where the data comes from, shown under the table. */
  source?: string;
}

/** Text as a CMS sends it: a plain string, or runs (links, emphasis, languages, footnotes). */
export type RichText = string | Inline[];

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
  /** A long description, for a chart or map: what it shows, in paragraphs. */
  description?: RichText[];
  /** The data behind a chart, as a real table. */
  data?: DataTable;
  /** How wide a body image is laid out: the text column (default), wider, or the full page. */
  size?: 'column' | 'wide' | 'full';
}

export type BodyBlock =
  | { type: 'paragraph'; text: RichText }
  | { type: 'subheading'; text: string }
  | { type: 'pullquote'; text: string; attribution?: string; lang?: string; repeatsBody?: boolean }
  | { type: 'image'; image: ArticleImage }
  | { type: 'list'; ordered?: boolean; items: RichText[] }
  | {
      type: 'quote';
      text: RichText[];
      attribution?: string;
      /** The URL of the quoted source. */
      cite?: string;
      lang?: string;
    }
  | { type: 'table'; table: DataTable }
  | { type: 'video'; video: ArticleVideo }
  | { type: 'audio'; audio: ArticleAudio }
  | { type: 'embed'; embed: ArticleEmbed };

/** One file of a video or audio, in one format. */
export interface MediaSource {
  /** http(s) or relative. */
  src: string;
  /** Its MIME type: "video/mp4", "video/webm", "audio/mpeg". */
  type: string;
}

/** A WebVTT file of captions, subtitles or audio descriptions. */
export interface TextTrack {
  /** The .vtt file: http(s) or relative. */
  src: string;
  /** The language of its text (BCP 47). */
  lang: string;
  /** Its name in the player's menu: "English", "Deutsch". */
  label: string;
  /**
   * `captions` for speech and sounds in the same language, `subtitles` for a translation,
   * `descriptions` for what is seen, read out for people who cannot see it.
   * @defaultValue "captions"
   */
  kind?: 'captions' | 'subtitles' | 'descriptions';
}

/** A video with its text alternatives: captions, and a transcript where there is one. */
export interface ArticleVideo {
  /** What the video is, its accessible name: "Biden and Lavrov in Munich". */
  title: string;
  /** The files, best format first. */
  sources: MediaSource[];
  /** Intrinsic width in pixels; with `height` it reserves the player's box. */
  width: number;
  height: number;
  /** The still shown before it plays: http(s) or relative. */
  poster?: string;
  /** Captions are required unless `hasAudio` is false. */
  tracks?: TextTrack[];
  /** @defaultValue true */
  hasAudio?: boolean;
  /** Everything said and shown, in paragraphs. */
  transcript?: RichText[];
  /** ISO 8601 duration: "PT2M30S". Shown in words. */
  duration?: string;
  caption?: string;
  credit?: string;
  creditLang?: string;
}

/** Audio with its transcript, the text alternative for people who cannot hear it. */
export interface ArticleAudio {
  /** What the audio is, its accessible name: "Inside the Munich Security Conference". */
  title: string;
  sources: MediaSource[];
  /** Required: the text alternative for audio. */
  transcript: RichText[];
  /** ISO 8601 duration: "PT12M". Shown in words. */
  duration?: string;
  caption?: string;
  credit?: string;
  creditLang?: string;
}

/** Third-party content in an iframe, loaded only when the reader asks for it. */
export interface ArticleEmbed {
  /** Who hosts it: "YouTube", "Datawrapper". */
  provider: string;
  /** The iframe's title: what the content is. */
  title: string;
  /** The iframe's URL: https only. */
  src: string;
  /** Intrinsic size in pixels; together they reserve the box. */
  width: number;
  height: number;
  /** The same content on the provider's site, which works without JavaScript. */
  link: { text: string; href: string };
}

/**
 * A run of text: plain, a link (http, https, mailto or relative), emphasis, strong importance,
 * another language, or a footnote (`footnote` is the note's text; it is numbered and listed after
 * the body).
 */
export type Inline =
  | string
  | { text: string; href: string }
  | { text: string; emphasis: true }
  | { text: string; strong: true }
  | { text: string; lang: string }
  | { text: string; footnote: string }
  /** Plain text, as mapping code writes a run with no marks: the same as the bare string. */
  | { text: string };
