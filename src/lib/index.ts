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
export { default as Article } from './components/Article/Article.svelte';
export type { Props as ArticleProps } from './components/Article/Article.svelte';

export { parseArticle, ArticleError } from './article/parse.js';
export type { ArticleIssue } from './article/parse.js';
export { articleJsonLd } from './article/json-ld.js';
export type { JsonLdOptions, NewsArticleJsonLd } from './article/json-ld.js';
export type { ArticleDocument, ArticleImage, Author, BodyBlock, Inline } from './article/types.js';
export { directionOf } from './i18n/direction.js';

export { labelsFor, labelledLanguages } from './i18n/labels.js';
export type { Labels } from './i18n/labels.js';
export { PropError } from './props.js';
