// The public API of Broadsheet. Nothing else is public.
export { default as SkipLinks } from './components/SkipLinks/SkipLinks.svelte';
export type { SkipLink, Props as SkipLinksProps } from './components/SkipLinks/SkipLinks.svelte';
export { default as Headline } from './components/Headline/Headline.svelte';
export type { Props as HeadlineProps } from './components/Headline/Headline.svelte';
export { default as ImageWithCredit } from './components/ImageWithCredit/ImageWithCredit.svelte';
export type { Props as ImageWithCreditProps } from './components/ImageWithCredit/ImageWithCredit.svelte';
export { default as PullQuote } from './components/PullQuote/PullQuote.svelte';
export type { Props as PullQuoteProps } from './components/PullQuote/PullQuote.svelte';
export { default as Dateline } from './components/Dateline/Dateline.svelte';
export type { Props as DatelineProps } from './components/Dateline/Dateline.svelte';
export { default as SourceFooter } from './components/SourceFooter/SourceFooter.svelte';
export type { Props as SourceFooterProps } from './components/SourceFooter/SourceFooter.svelte';
export type { ContentsEntry } from './components/TableOfContents/TableOfContentsParts.svelte';
export { default as Byline } from './components/Byline/Byline.svelte';
export type { Props as BylineProps } from './components/Byline/Byline.svelte';
export { default as Summary } from './components/Summary/Summary.svelte';
export type { Props as SummaryProps } from './components/Summary/Summary.svelte';
export { default as TableOfContents } from './components/TableOfContents/TableOfContents.svelte';
export type { Props as TableOfContentsProps } from './components/TableOfContents/TableOfContents.svelte';
export { default as List } from './components/List/List.svelte';
export type { Props as ListProps } from './components/List/List.svelte';
export { default as Quote } from './components/Quote/Quote.svelte';
export type { Props as QuoteProps } from './components/Quote/Quote.svelte';
export { default as DataTable } from './components/DataTable/DataTable.svelte';
export type { Props as DataTableProps } from './components/DataTable/DataTable.svelte';
export { default as Footnotes } from './components/Footnotes/Footnotes.svelte';
export type { Props as FootnotesProps } from './components/Footnotes/Footnotes.svelte';
export { default as Notes } from './components/Notes/Notes.svelte';
export type { Props as NotesProps } from './components/Notes/Notes.svelte';
export { default as Related } from './components/Related/Related.svelte';
export type { Props as RelatedProps } from './components/Related/Related.svelte';
export { default as Video } from './components/Video/Video.svelte';
export type { Props as VideoProps } from './components/Video/Video.svelte';
export { default as Audio } from './components/Audio/Audio.svelte';
export type { Props as AudioProps } from './components/Audio/Audio.svelte';
export { default as Transcript } from './components/Transcript/Transcript.svelte';
export type { Props as TranscriptProps } from './components/Transcript/Transcript.svelte';
export { default as Embed } from './components/Embed/Embed.svelte';
export type { Props as EmbedProps } from './components/Embed/Embed.svelte';
export { enhanceEmbeds } from './components/Embed/enhance.js';
export { default as LiveBlog } from './components/LiveBlog/LiveBlog.svelte';
export type { Props as LiveBlogProps } from './components/LiveBlog/LiveBlog.svelte';
export { default as Article } from './components/Article/Article.svelte';
export type { Props as ArticleProps } from './components/Article/Article.svelte';

export { parseArticle, ArticleError } from './article/parse.js';
export type { ArticleIssue } from './article/parse.js';
export { articleJsonLd } from './article/json-ld.js';
export { preloadArticle } from './article/preload.js';
export type { JsonLdOptions, NewsArticleJsonLd } from './article/json-ld.js';
export type {
  ArticleAudio,
  ArticleDocument,
  ArticleEmbed,
  ArticleImage,
  ArticleNote,
  Author,
  BodyBlock,
  Contributor,
  DataTable as DataTableData,
  ArticleVideo,
  Inline,
  LiveCoverage,
  LivePost,
  MediaSource,
  NoteKind,
  RelatedLink,
  RichText,
  TextTrack,
} from './article/types.js';
export { directionOf } from './i18n/direction.js';

export { labelsFor, labelledLanguages, loadLabels } from './i18n/labels.js';
export type { Labels, PluralText } from './i18n/labels.js';
export { PropError } from './props.js';
