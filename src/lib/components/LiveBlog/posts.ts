// Which of a live blog's posts a reader sees, and in what order. Pure functions: LiveFeed.svelte
// decides *when* a post is shown (never above what the reader is reading); these say what the
// page holds at a given moment.
import type { LivePost } from '../../article/types.js';

const time = (iso: string) => new Date(iso).getTime();

/** When `post` last changed: its update, or its publication. */
const changedAt = (post: LivePost) => post.updated ?? post.published;

/**
 * The posts the page knows of, one per id, newest first: the document's, and the pending ones.
 * A pending post with the id of one in the document is that post, edited: the pending version
 * (the site's latest) stands in its place.
 */
export function allPosts(
  posts: readonly LivePost[],
  pending: readonly LivePost[] = [],
): readonly LivePost[] {
  // parseArticle holds the document's posts to newest first, ids unique: nothing to merge. (A
  // server renders this path, for every post of every live page.)
  if (pending.length === 0) return posts;
  const byId = new Map(posts.map((post) => [post.id, post]));
  for (const post of pending) byId.set(post.id, post);
  const published = new Map([...byId.values()].map((post) => [post, time(post.published)]));
  // A stable sort: posts of one moment keep the order the site gave.
  return [...byId.values()].sort((a, b) => published.get(b)! - published.get(a)!);
}

/** The moment of the latest change among `posts`, as ISO text; undefined when there are none. */
export function lastChange(posts: readonly LivePost[]): string | undefined {
  let latest: string | undefined;
  for (const post of posts) {
    const at = changedAt(post);
    if (latest === undefined || time(at) > time(latest)) latest = at;
  }
  return latest;
}
