// <Article>'s renderer, ArticleLayout.svelte, which holds every part an article can have. A
// server has it up front. A browser hydrating the server's markup keeps that markup as it is
// (ArticleShell.svelte) and does not load it; it fetches it, once, only to render a document
// itself: one first rendered in the browser, or the next article after a client-side
// navigation. The same pattern as the validator's (article/server.ts, article/checked.ts).
import { BROWSER } from 'esm-env';
import type ArticleLayout from './ArticleLayout.svelte';

type Layout = typeof ArticleLayout;

let loaded: Layout | undefined = BROWSER
  ? undefined
  : (await import('./ArticleLayout.svelte')).default;

/** ArticleLayout, when it is loaded (always on a server); otherwise undefined. */
export function loadedLayout(): Layout | undefined {
  return loaded;
}

/** Fetches ArticleLayout, once. */
export async function loadLayout(): Promise<Layout> {
  return (loaded ??= (await import('./ArticleLayout.svelte')).default);
}
