// Commands that run in Node with Playwright's handle on the page, for the browser tests:
// what a test inside the page cannot do itself.
import type { BrowserCommand } from 'vitest/node';

/** Playwright's aria snapshot of the element at `selector` in the test frame. */
const ariaSnapshot: BrowserCommand<[selector: string]> = async (context, selector) => {
  const frame = await context.frame();
  return frame.locator(selector).ariaSnapshot();
};

type Media = {
  media?: 'screen' | 'print' | null;
  forcedColors?: 'active' | 'none' | null;
  reducedMotion?: 'reduce' | 'no-preference' | null;
  colorScheme?: 'light' | 'dark' | 'no-preference' | null;
};

/** Emulates user preferences: forced colours, reduced motion, colour scheme. */
const emulateMedia: BrowserCommand<[media: Media]> = async (context, media) => {
  await context.page.emulateMedia(media);
};

// Every request the page (and any frame in it) makes, from `watchRequests` on.
const seen = new WeakMap<object, string[]>();

/** Starts recording the URLs the page requests, forgetting any recorded before. */
const watchRequests: BrowserCommand<[]> = async (context) => {
  const page = context.page;
  if (!seen.has(page)) page.on('request', (request) => seen.get(page)!.push(request.url()));
  seen.set(page, []);
};

/** The URLs requested since `watchRequests`. */
const requestsSeen: BrowserCommand<[]> = async (context) => [...(seen.get(context.page) ?? [])];

export const browserCommands = { ariaSnapshot, emulateMedia, watchRequests, requestsSeen };

declare module 'vitest/browser' {
  interface BrowserCommands {
    ariaSnapshot: (selector: string) => Promise<string>;
    emulateMedia: (media: Media) => Promise<void>;
    watchRequests: () => Promise<void>;
    requestsSeen: () => Promise<string[]>;
  }
}
