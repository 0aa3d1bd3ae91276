// schema.org NewsArticle for an ArticleDocument, the structured data search engines read.
import type { ImageObject, NewsArticle, Organization, Person, WithContext } from 'schema-dts';
import { agencyName } from '../agencies.js';
import type { ArticleDocument, ArticleImage } from './types.js';

/**
 * A schema.org NewsArticle as plain JSON. Checked against schema-dts while we build it; the
 * published types do not name schema-dts, which is a development dependency only.
 */
export type NewsArticleJsonLd = {
  '@context': 'https://schema.org';
  '@type': 'NewsArticle';
  headline: string;
  datePublished: string;
  inLanguage: string;
} & Record<string, unknown>;

export interface JsonLdOptions {
  /** The organisation that publishes the article. */
  publisher?: { name: string; url?: string; logo?: string };
  /** Base for relative image URLs, which schema.org wants absolute: "https://www.dw.com/". */
  baseUrl?: string;
}

/** The schema.org `NewsArticle` object for `doc`. */
export function articleJsonLd(
  doc: ArticleDocument,
  options: JsonLdOptions = {},
): NewsArticleJsonLd {
  const absolute = (src: string) =>
    options.baseUrl && URL.canParse(src, options.baseUrl)
      ? new URL(src, options.baseUrl).href
      : src;

  const imageObject = (image: ArticleImage): ImageObject => ({
    '@type': 'ImageObject',
    contentUrl: absolute(image.src),
    width: { '@type': 'QuantitativeValue', value: image.width, unitCode: 'E37' },
    height: { '@type': 'QuantitativeValue', value: image.height, unitCode: 'E37' },
    ...(image.caption && { caption: image.caption }),
    ...(image.credit && { creditText: image.credit }),
  });

  const images = [
    ...(doc.leadImage ? [doc.leadImage] : []),
    ...doc.body.flatMap((block) => (block.type === 'image' ? [block.image] : [])),
  ].filter((image) => !image.decorative);

  const authors = (doc.sources?.authors ?? []).map((author): Person => ({
    '@type': 'Person',
    name: typeof author === 'string' ? author : (author.name ?? author.initials),
  }));

  const agencies = (doc.sources?.agencies ?? []).map((agency): Organization => {
    const full = agencyName(agency);
    return full
      ? { '@type': 'Organization', name: full.name, alternateName: agency }
      : { '@type': 'Organization', name: agency };
  });

  const publisher = options.publisher;

  const data = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: doc.headline,
    ...(doc.standfirst && { description: doc.standfirst }),
    inLanguage: doc.lang,
    datePublished: doc.published,
    ...(doc.updated && { dateModified: doc.updated }),
    ...(doc.permalink && { url: doc.permalink }),
    ...(images.length > 0 && { image: images.map(imageObject) }),
    ...(authors.length > 0 && { author: authors }),
    ...(agencies.length > 0 && { sourceOrganization: agencies }),
    ...(publisher && {
      publisher: {
        '@type': 'Organization',
        name: publisher.name,
        ...(publisher.url && { url: publisher.url }),
        ...(publisher.logo && { logo: { '@type': 'ImageObject', url: absolute(publisher.logo) } }),
      },
    }),
  } as const satisfies WithContext<NewsArticle>;
  return data;
}

/**
 * JSON for an inline `<script type="application/ld+json">`: `<`, `>` and `&` are written as
 * Unicode escapes, so no text in the document can close the script element or open a comment,
 * and the HTML escaping a renderer applies to text finds nothing to change.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replaceAll('<', '\\u003c')
    .replaceAll('>', '\\u003e')
    .replaceAll('&', '\\u0026')
    .replaceAll('\u2028', '\\u2028')
    .replaceAll('\u2029', '\\u2029');
}
