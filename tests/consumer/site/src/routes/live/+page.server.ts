import { parseArticle } from 'broadsheet';
import { liveArticle } from '$lib/fixtures/live-msc';

// The live page: the coverage as the CMS has it when the page is built, checked on the server.
// Older posts are a page of their own, which the site supplies.
export function load() {
  return {
    article: parseArticle({
      ...liveArticle,
      live: { ...liveArticle.live, olderPosts: '/live?page=2' },
    }),
  };
}
