// The document has two descriptions: the valibot schema that checks it (parse.ts) and the
// TypeScript types with their docs (types.ts), which editors' tools show. They cannot drift:
// `npm run check` type-checks this file, and fails when they stop describing the same document.
// The schema is stricter in one place, on purpose: a decorative image's `alt` must be "".
import type * as v from 'valibot';
import { expectTypeOf, it } from 'vitest';
import type { ArticleDocument, ArticleImage, BodyBlock } from 'broadsheet';
import type { LiveCoverage, LivePost } from '../../src/lib/article/types';
import type { articleSchema } from '../../src/lib/article/parse';

type Checked = v.InferOutput<typeof articleSchema>;
type CheckedImage = NonNullable<Checked['leadImage']>;
type CheckedLive = NonNullable<Checked['live']>;
type CheckedPost = CheckedLive['posts'][number];

it('what the schema returns is an ArticleDocument (parseArticle needs no cast)', () => {
  expectTypeOf<Checked>().toExtend<ArticleDocument>();
});

it('and every field of an ArticleDocument is one the schema checks, with the same type', () => {
  expectTypeOf<Omit<Checked, 'leadImage' | 'body' | 'live'>>().toEqualTypeOf<
    Omit<ArticleDocument, 'leadImage' | 'body' | 'live'>
  >();
  // A live blog's posts hold body blocks too: the same, but for the images (below).
  expectTypeOf<Omit<CheckedLive, 'posts'>>().toEqualTypeOf<Omit<LiveCoverage, 'posts'>>();
  expectTypeOf<Omit<CheckedPost, 'body'>>().toEqualTypeOf<Omit<LivePost, 'body'>>();
  expectTypeOf<Exclude<CheckedPost['body'][number], { type: 'image' }>>().toEqualTypeOf<
    Exclude<BodyBlock, { type: 'image' }>
  >();
  expectTypeOf<Exclude<Checked['body'][number], { type: 'image' }>>().toEqualTypeOf<
    Exclude<BodyBlock, { type: 'image' }>
  >();
  expectTypeOf<Omit<CheckedImage, 'decorative' | 'alt'>>().toEqualTypeOf<
    Omit<ArticleImage, 'decorative' | 'alt'>
  >();
  // The one difference: the types allow `{ decorative: true, alt: "a dog" }`; the schema not.
  expectTypeOf<Extract<CheckedImage, { decorative: true }>['alt']>().toEqualTypeOf<''>();
  expectTypeOf<ArticleImage['alt']>().toEqualTypeOf<string>();
});
