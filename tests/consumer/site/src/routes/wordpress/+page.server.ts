// src/routes/wordpress/+page.server.ts — the post, converted and checked on the server, when
// the page is built: neither the importer nor the validator reaches the browser.
import { fromWordPress, type WordPressPost } from '$lib/cms/wordpress';
import post from '$lib/cms/wordpress-post.json';

export function load() {
  const { article, dropped } = fromWordPress(post as WordPressPost);
  // Tell the editors what did not make it into the article, and why.
  for (const item of dropped) {
    console.warn(`${post.slug}: <${item.element}> dropped: ${item.reason}`);
  }
  return { article };
}
