import { parseArticle } from 'broadsheet';
import { liveArticle } from '$lib/fixtures/live-msc';

// A live page the site lays out itself: its own headline, and Broadsheet's feed of posts.
export function load() {
  return { article: parseArticle(liveArticle) };
}
