// The public API of Broadsheet. Nothing else is public.
export { default as SkipLinks } from './components/SkipLinks.svelte';
export type { SkipLink, Props as SkipLinksProps } from './components/SkipLinks.svelte';
export { default as Headline } from './components/Headline.svelte';
export type { Props as HeadlineProps } from './components/Headline.svelte';
export { default as ImageWithCredit } from './components/ImageWithCredit.svelte';
export type { Props as ImageWithCreditProps } from './components/ImageWithCredit.svelte';
export { default as PullQuote } from './components/PullQuote.svelte';
export type { Props as PullQuoteProps } from './components/PullQuote.svelte';
export { default as Dateline } from './components/Dateline.svelte';
export type { Props as DatelineProps } from './components/Dateline.svelte';
export { default as SourceFooter } from './components/SourceFooter.svelte';
export type { Author, Props as SourceFooterProps } from './components/SourceFooter.svelte';
export { default as Article } from './components/Article.svelte';
export type { Props as ArticleProps } from './components/Article.svelte';

export { parseArticle, ArticleError } from './article/parse.js';
export type { ArticleIssue } from './article/parse.js';
export { articleJsonLd } from './article/json-ld.js';
export type { JsonLdOptions, NewsArticleJsonLd } from './article/json-ld.js';
export type { ArticleDocument, ArticleImage, BodyBlock, Inline } from './article/types.js';
export { directionOf } from './i18n/direction.js';

export { labelsFor, labelledLanguages } from './i18n/labels.js';
export type { Labels } from './i18n/labels.js';
export { PropError } from './props.js';
