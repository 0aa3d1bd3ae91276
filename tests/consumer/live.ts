// What a reader meets on a built live page, in every stack: the posts in order with their
// names, the key events' links, the link to older posts, and posts that arrive after the page
// opened (delivered as the stacks' LiveArticle.svelte and the site's live page receive them).
import type { Page } from 'playwright';
import { arrivingPosts, liveArticle } from '../../fixtures/live-msc';

/** The live coverage every stack serves (stacks.ts, and the site's /live). */
export const liveDocument = {
  ...liveArticle,
  live: { ...liveArticle.live, olderPosts: '/live?page=2' },
};

/** The posts as they must be shown: the pinned one first, then newest first, each named. */
export const expectedPosts = [
  { id: 'welcome', name: 'February 2, 2013 at 9:05 AM GMT+1' },
  { id: 'lavrov-on-syria', name: liveArticle.live.posts[0]!.headline },
  { id: 'biden-reset', name: liveArticle.live.posts[1]!.headline },
];

/**
 * What the reader meets when two posts arrive and they show them (receiveAndShow): said once,
 * held until then, nothing shifted, the two shown above the older ones, below the pinned post.
 */
export const twoPostsShown = {
  said: '2 new updates',
  shownBefore: 0,
  shifted: 0,
  posts: ['welcome', 'iran-offer', 'kerry-lavrov-call', 'lavrov-on-syria', 'biden-reset'],
};

export interface LiveReading {
  posts: { id: string; name: string }[];
  /** Key-event links, and whether each reaches a post of the page. */
  keyEvents: { href: string; reaches: boolean }[];
  older: string | null;
}

export function readLivePage(page: Page): Promise<LiveReading> {
  return page.evaluate(() => {
    const posts = [...document.querySelectorAll('.live-blog article[aria-labelledby]')];
    const nav = [...document.querySelectorAll('nav')].find(
      (element) =>
        element.querySelector('h2, h3, h4, h5, h6')?.textContent?.trim() === 'Key events',
    );
    const older = [...document.querySelectorAll('a')].find(
      (a) => a.textContent?.trim() === 'Older posts',
    );
    return {
      posts: posts.map((post) => ({
        id: post.id,
        name: document
          .getElementById(post.getAttribute('aria-labelledby')!)!
          .textContent!.replace(/\s+/g, ' ')
          .trim(),
      })),
      keyEvents: [...(nav?.querySelectorAll('a') ?? [])].map((a) => {
        const href = a.getAttribute('href')!;
        return { href, reaches: document.getElementById(href.slice(1))?.tagName === 'ARTICLE' };
      }),
      older: older?.getAttribute('href') ?? null,
    };
  });
}

/**
 * Two posts arrive while the reader is in the posts; the reader shows them with the keyboard.
 * What the status region said, whether they were held back, how much the page shifted before
 * the reader acted, and the posts after (focus is on the newest one's heading).
 */
export async function receiveAndShow(page: Page) {
  await page.evaluate(() => {
    document.getElementById('lavrov-on-syria')!.scrollIntoView();
    // Layout shifts from here until the reader acts (the browser's own measure, as CLS).
    const w = window as unknown as { shifted: number };
    w.shifted = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) {
        w.shifted += entry.value;
      }
    }).observe({ type: 'layout-shift' });
  });
  // Both in one moment (the feed's one response), so the status says the two at once: a
  // second arrival a moment later waits out the 30 seconds.
  await page.evaluate(
    (posts) => {
      for (const detail of posts) dispatchEvent(new CustomEvent('newsroom:post', { detail }));
    },
    arrivingPosts.slice(0, 2),
  );
  const button = page.getByRole('button', { name: 'Show 2 new updates' });
  await button.waitFor();
  const said = (await page.locator('.live-blog [role="status"]').textContent())!.trim();
  const shownBefore = await page.locator('#iran-offer').count();
  // Two frames, so that any shift the arrival caused has been reported.
  const shifted = await page.evaluate(async () => {
    for (let i = 0; i < 2; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
    return (window as unknown as { shifted: number }).shifted;
  });
  await button.focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'iran-offer-heading');
  return {
    said,
    shownBefore,
    shifted,
    posts: (await readLivePage(page)).posts.map((post) => post.id),
  };
}
