// schema.org NewsArticle for an ArticleDocument, the structured data search engines read.
import type {
  AudioObject,
  BlogPosting,
  CorrectionComment,
  LiveBlogPosting,
  ImageObject,
  NewsArticle,
  Organization,
  Person,
  VideoObject,
  WithContext,
} from 'schema-dts';
import { parseIsoDate } from '../i18n/dates.js';
import { agencyName } from '../agencies.js';
import { paragraphsOf, plainText } from './rich-text.js';
import type { ArticleDocument, ArticleImage, RichText } from './types.js';

/**
 * A schema.org NewsArticle (a LiveBlogPosting for live coverage) as plain JSON. Checked against
 * schema-dts while we build it; the published types do not name schema-dts, which is a
 * development dependency only.
 */
export type NewsArticleJsonLd = {
  '@context': 'https://schema.org';
  '@type': 'NewsArticle' | 'LiveBlogPosting';
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

/**
 * The schema.org object for `doc`: a `NewsArticle`, or for live coverage a `LiveBlogPosting`
 * with its coverage times and each post as a `BlogPosting` in `liveBlogUpdate`.
 */
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

  // The people of the byline, with their pages; then the source line's authors whose names
  // are known. Initials alone ("jsi") name nobody, so they are left out rather than published
  // as a Person called "jsi".
  const personOf = (person: { name: string; url?: string | undefined }): Person => ({
    '@type': 'Person',
    name: person.name,
    ...(person.url && { url: person.url }),
  });
  const bylinePeople = (doc.byline ?? []).map(personOf);
  const named = new Set((doc.byline ?? []).map((person) => person.name));
  const sourcePeople = (doc.sources?.authors ?? []).flatMap((author): Person[] =>
    typeof author === 'object' && author.name && !named.has(author.name)
      ? [{ '@type': 'Person', name: author.name }]
      : [],
  );
  const authors = [...bylinePeople, ...sourcePeople];

  const corrections = (doc.notes ?? [])
    .filter((note) => note.kind === 'correction')
    .map((note): CorrectionComment => ({
      '@type': 'CorrectionComment',
      text: plainText(note.text),
      datePublished: note.date,
    }));

  // The latest of `updated` and the dates of updates and corrections.
  const modified = [
    doc.updated,
    ...(doc.notes ?? [])
      .filter((note) => note.kind === 'update' || note.kind === 'correction')
      .map((note) => note.date),
  ]
    .filter((date): date is string => date !== undefined)
    .reduce<string | undefined>((latest, date) => {
      const value = parseIsoDate(date)?.value.getTime() ?? -Infinity;
      return latest === undefined || value > (parseIsoDate(latest)?.value.getTime() ?? -Infinity)
        ? date
        : latest;
    }, undefined);

  const agencies = (doc.sources?.agencies ?? []).map((agency): Organization => {
    const full = agencyName(agency);
    return full
      ? { '@type': 'Organization', name: full.name, alternateName: agency }
      : { '@type': 'Organization', name: agency };
  });

  const transcriptText = (paragraphs: RichText[] | undefined) =>
    paragraphs && paragraphs.map(plainText).join('\n\n');
  const videos = doc.body.flatMap((block): VideoObject[] => {
    if (block.type !== 'video') return [];
    const video = block.video;
    const transcript = transcriptText(video.transcript);
    return [
      {
        '@type': 'VideoObject',
        name: video.title,
        contentUrl: absolute(video.sources[0]!.src),
        ...(video.poster && { thumbnailUrl: absolute(video.poster) }),
        ...(video.duration && { duration: video.duration }),
        ...(transcript && { transcript }),
        ...(video.caption && { description: video.caption }),
        uploadDate: doc.published,
      },
    ];
  });
  const audios = doc.body.flatMap((block): AudioObject[] => {
    if (block.type !== 'audio') return [];
    const audio = block.audio;
    return [
      {
        '@type': 'AudioObject',
        name: audio.title,
        contentUrl: absolute(audio.sources[0]!.src),
        ...(audio.duration && { duration: audio.duration }),
        transcript: transcriptText(audio.transcript)!,
        ...(audio.caption && { description: audio.caption }),
      },
    ];
  });

  const publisher = options.publisher;

  const live = doc.live && {
    coverageStartTime: doc.live.coverageStart,
    ...(doc.live.coverageEnd && { coverageEndTime: doc.live.coverageEnd }),
    liveBlogUpdate: doc.live.posts.map((post): BlogPosting => ({
      '@type': 'BlogPosting',
      ...(post.headline && { headline: post.headline }),
      datePublished: post.published,
      ...(post.updated && { dateModified: post.updated }),
      ...((doc.url ?? doc.permalink) && { url: `${doc.url ?? doc.permalink}#${post.id}` }),
      ...(post.byline && { author: post.byline.map(personOf) }),
      articleBody: post.body
        .flatMap((block) =>
          block.type === 'subheading' ? [block.text] : paragraphsOf(block).map(plainText),
        )
        .join('\n\n'),
    })),
  };

  const data = {
    '@context': 'https://schema.org',
    '@type': live ? 'LiveBlogPosting' : 'NewsArticle',
    headline: doc.headline,
    ...(doc.standfirst && { description: doc.standfirst }),
    inLanguage: doc.lang,
    datePublished: doc.published,
    ...(modified && { dateModified: modified }),
    ...((doc.url ?? doc.permalink) && { url: doc.url ?? doc.permalink }),
    ...(images.length > 0 && { image: images.map(imageObject) }),
    ...(authors.length > 0 && { author: authors }),
    ...(agencies.length > 0 && { sourceOrganization: agencies }),
    ...(corrections.length > 0 && { correction: corrections }),
    ...(videos.length > 0 && { video: videos }),
    ...(audios.length > 0 && { audio: audios }),
    ...(publisher && {
      publisher: {
        '@type': 'Organization',
        name: publisher.name,
        ...(publisher.url && { url: publisher.url }),
        ...(publisher.logo && { logo: { '@type': 'ImageObject', url: absolute(publisher.logo) } }),
      },
    }),
    ...live,
  } as const satisfies WithContext<NewsArticle | LiveBlogPosting>;
  return data;
}

export { scriptJson as serializeJsonLd } from './script-json.js';
