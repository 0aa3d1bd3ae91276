// src/lib/cms/headless.ts — a headless CMS's JSON, with its own fields, as an ArticleDocument.
import { parseArticle, type ArticleDocument } from 'broadsheet';

export function fromHeadlessCms(raw: { slug: string }): ArticleDocument {
  // The CMS adds its own fields (id, _key, seo…): drop them instead of refusing the document.
  // null means "absent", as CMSs send it.
  return parseArticle(raw, raw.slug, { unknownKeys: 'strip' });
}
