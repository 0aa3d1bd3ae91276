// src/lib/cms/wordpress.ts — a WordPress REST post (/wp-json/wp/v2/posts?_embed) as an ArticleDocument.
import { parseArticle, type ArticleDocument } from 'broadsheet';
import { htmlToBody, type Dropped } from 'broadsheet/import';

export interface WordPressPost {
  slug: string;
  date_gmt: string;
  modified_gmt: string;
  link: string;
  title: { rendered: string };
  excerpt: { rendered: string };
  content: { rendered: string };
  _embedded?: {
    'wp:featuredmedia'?: {
      source_url: string;
      alt_text: string;
      media_details: { width: number; height: number };
      caption: { rendered: string };
    }[];
  };
}

/** The words of a bit of WordPress HTML (titles hold entities, excerpts hold tags). */
function words(html: string): string | undefined {
  const text = htmlToBody(`<p>${html}</p>`)
    .body.map((block) =>
      block.type === 'paragraph' && typeof block.text === 'string' ? block.text : '',
    )
    .join(' ')
    .trim();
  return text || undefined;
}

export function fromWordPress(
  post: WordPressPost,
  lang = 'en',
): { article: ArticleDocument; dropped: Dropped[] } {
  const { body, dropped } = htmlToBody(post.content.rendered, { lang });
  const media = post._embedded?.['wp:featuredmedia']?.[0];
  const article = parseArticle(
    {
      lang,
      headline: words(post.title.rendered),
      standfirst: words(post.excerpt.rendered),
      // WordPress's _gmt dates are UTC without an offset: say so.
      published: `${post.date_gmt}Z`,
      updated: `${post.modified_gmt}Z`,
      url: post.link,
      leadImage: media && {
        src: media.source_url,
        alt: media.alt_text,
        width: media.media_details.width,
        height: media.media_details.height,
        caption: words(media.caption.rendered),
      },
      body,
    },
    // The slug names the article in the error, so the build log says which one failed.
    post.slug,
  );
  return { article, dropped };
}
