// The promises a live page makes to its reader, kept in Chromium: posts that arrive never move
// what the reader is reading (layout shift 0, measured by the browser's own Layout Instability
// API), the button takes focus to the new text, the status region speaks at most once in 30
// seconds and never over typing or to a hidden page, an edit changes a post in place, and
// nothing animates for a reader who asked for reduced motion.
import { render } from 'vitest-browser-svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { commands, page, userEvent } from 'vitest/browser';
import { tick } from 'svelte';
import { Article, parseArticle, type LivePost } from 'broadsheet';
import { arrivingPosts, longLiveArticle } from '$fixtures/live-msc';

const article = parseArticle(longLiveArticle(40));
// As the site's feed hands them over: newest first.
const arrived = (count: number): LivePost[] => arrivingPosts.slice(0, count).reverse();

const frames = async (count = 3) => {
  for (let i = 0; i < count; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
};

/** Starts adding up layout shifts the reader did not cause (the CLS of the page from now). */
function layoutShifts(): () => number {
  let total = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & {
      value: number;
      hadRecentInput: boolean;
    })[]) {
      if (!entry.hadRecentInput) total += entry.value;
    }
  });
  observer.observe({ type: 'layout-shift' });
  return () => {
    observer.takeRecords();
    observer.disconnect();
    return total;
  };
}

/** The texts the status region has said, in order, from now on. */
function announcements(): string[] {
  const region = document.querySelector('[role="status"]')!;
  const said: string[] = [];
  new MutationObserver(() => {
    const text = region.textContent!.trim();
    if (text) said.push(text);
  }).observe(region, { subtree: true, childList: true, characterData: true });
  return said;
}

const showButton = () => document.querySelector<HTMLButtonElement>('.live-blog button');

beforeEach(async () => {
  await page.viewport(1024, 700);
  // As in a browser without scroll anchoring (Safari): Chromium would otherwise hide a shift
  // above the reader by scrolling with it, and the test could not see one.
  document.documentElement.style.overflowAnchor = 'none';
});

afterEach(async () => {
  vi.useRealTimers();
  window.scrollTo(0, 0);
  document.documentElement.style.overflowAnchor = '';
  await commands.emulateMedia({ reducedMotion: null });
});

describe('posts arriving while the reader is in the middle of the live blog', () => {
  it.each([1024, 320])(
    'move nothing at %i px: layout shift 0, the post being read stays put, the button in view',
    async (width) => {
      await page.viewport(width, 700);
      const screen = await render(Article, { article, jsonLd: false });
      const reading = document.getElementById('post-30')!;
      reading.scrollIntoView();
      await frames();
      const top = reading.getBoundingClientRect().top;
      const shifts = layoutShifts();
      for (const count of [1, 2, 3]) {
        await screen.rerender({ pending: arrived(count) });
        await frames();
      }
      expect(shifts()).toBe(0);
      expect(reading.getBoundingClientRect().top).toBe(top);
      expect(document.getElementById('day-two-ends')).toBeNull();
      const button = showButton()!;
      expect(button).toHaveAccessibleName('Show 3 new updates');
      const box = button.getBoundingClientRect();
      expect(box.top).toBeGreaterThanOrEqual(0);
      expect(box.bottom).toBeLessThanOrEqual(innerHeight);
    },
  );

  it('appear at once, still moving nothing, when their place is below the screen', async () => {
    await page.viewport(1024, 400);
    const screen = await render(Article, { article, jsonLd: false });
    await frames();
    const headline = document.querySelector('h1')!;
    const top = headline.getBoundingClientRect().top;
    const shifts = layoutShifts();
    await screen.rerender({ pending: arrived(2) });
    await frames();
    expect(document.getElementById('iran-offer')).not.toBeNull();
    expect(showButton()).toBeNull();
    expect(shifts()).toBe(0);
    expect(headline.getBoundingClientRect().top).toBe(top);
  });

  it('are shown by the button, which moves focus to the newest post’s heading', async () => {
    const screen = await render(Article, { article, jsonLd: false });
    document.getElementById('post-30')!.scrollIntoView();
    await screen.rerender({ pending: arrived(3) });
    await frames();
    showButton()!.focus();
    await userEvent.keyboard('{Enter}');
    await tick();
    const heading = document.getElementById('day-two-ends-heading')!;
    expect(document.activeElement).toBe(heading);
    expect(heading).toHaveTextContent('Lavrov meets Syrian opposition leader al-Khatib');
    expect(heading.matches(':focus-visible')).toBe(true);
    const box = heading.getBoundingClientRect();
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.bottom).toBeLessThanOrEqual(innerHeight);
    // The three are there, newest first, above what was there before.
    const ids = [...document.querySelectorAll('.stream > article')].map((post) => post.id);
    expect(ids.slice(0, 4)).toEqual(['day-two-ends', 'iran-offer', 'kerry-lavrov-call', 'post-40']);
    expect(showButton()).toBeNull();
  });

  it('highlight the new posts, but not for a reader who asked for reduced motion', async () => {
    for (const reducedMotion of ['no-preference', 'reduce'] as const) {
      await commands.emulateMedia({ reducedMotion });
      const screen = await render(Article, { article, jsonLd: false });
      document.getElementById('post-30')!.scrollIntoView();
      await screen.rerender({ pending: arrived(1) });
      await frames();
      showButton()!.click();
      await frames(1);
      const animations = document.getElementById('kerry-lavrov-call')!.getAnimations();
      expect(animations.length, reducedMotion).toBe(reducedMotion === 'reduce' ? 0 : 1);
      screen.unmount();
    }
  });
});

it('never hides focus under the bar that stays in view while posts wait', async () => {
  const screen = await render(Article, { article, jsonLd: false });
  document.getElementById('post-30')!.scrollIntoView();
  await screen.rerender({ pending: arrived(2) });
  await frames();
  const bar = document.querySelector('.live-blog .bar')!;
  expect(bar.getBoundingClientRect().top).toBe(0);
  // Reading back up with Shift+Tab from the first link on the screen. Chromium centres the
  // element it focuses; Firefox scrolls it to the nearest edge, the top, under the bar. Each link
  // is put there first, as Firefox would, then focused: it must end up below the bar.
  const links = [...document.querySelectorAll<HTMLAnchorElement>('.stream a')];
  const start = links.find((link) => link.getBoundingClientRect().top > 0)!;
  expect(links.indexOf(start)).toBeGreaterThanOrEqual(3);
  start.focus();
  for (let i = 0; i < 3; i++) {
    const previous = links[links.indexOf(document.activeElement as HTMLAnchorElement) - 1]!;
    previous.scrollIntoView({ block: 'start' });
    await userEvent.tab({ shift: true });
    await frames(1);
    expect(document.activeElement).toBe(previous);
    expect(previous.getBoundingClientRect().top).toBeGreaterThanOrEqual(
      bar.getBoundingClientRect().bottom,
    );
  }
});

describe('the status region', () => {
  it('says the count at most once in 30 seconds, however often posts arrive', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const screen = await render(Article, { article, jsonLd: false });
    document.getElementById('post-30')!.scrollIntoView();
    const said = announcements();
    await screen.rerender({ pending: arrived(1) });
    await vi.advanceTimersByTimeAsync(5_000);
    await screen.rerender({ pending: arrived(2) });
    await vi.advanceTimersByTimeAsync(5_000);
    await screen.rerender({ pending: arrived(3) });
    await vi.advanceTimersByTimeAsync(5_000);
    expect(said).toEqual(['1 new update']);
    await vi.advanceTimersByTimeAsync(15_000);
    expect(said).toEqual(['1 new update', '3 new updates']);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(said).toEqual(['1 new update', '3 new updates']);
  });

  it('waits while the reader types in the page, and speaks once when they leave the field', async () => {
    // A comment form in a sticky footer of the site, say: a field, then its button.
    const form = document.body.appendChild(document.createElement('form'));
    form.innerHTML = '<input aria-label="Your comment"> <button type="button">Send</button>';
    form.style.position = 'fixed';
    form.style.insetBlockEnd = '0';
    try {
      const screen = await render(Article, { article, jsonLd: false });
      document.getElementById('post-30')!.scrollIntoView();
      const said = announcements();
      await userEvent.click(form.querySelector('input')!);
      await userEvent.keyboard('Munich');
      await screen.rerender({ pending: arrived(2) });
      await frames();
      expect(showButton()).toHaveAccessibleName('Show 2 new updates');
      expect(said).toEqual([]);
      await userEvent.tab();
      expect(document.activeElement).toBe(form.querySelector('button'));
      await expect.poll(() => said).toEqual(['2 new updates']);
    } finally {
      form.remove();
    }
  });

  it('waits while the page is hidden, and speaks when the reader comes back', async () => {
    // Chromium under test never hides its page: the page's visibility is set the way a
    // browser sets it for a background tab.
    let hidden = true;
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
    try {
      const screen = await render(Article, { article, jsonLd: false });
      document.getElementById('post-30')!.scrollIntoView();
      const said = announcements();
      await screen.rerender({ pending: arrived(1) });
      await frames();
      expect(showButton()).toHaveAccessibleName('Show 1 new update');
      expect(said).toEqual([]);
      hidden = false;
      document.dispatchEvent(new Event('visibilitychange'));
      await expect.poll(() => said).toEqual(['1 new update']);
    } finally {
      delete (document as { hidden?: boolean }).hidden;
    }
  });
});

it('changes an edited post in place, and focus stays where the reader is', async () => {
  const screen = await render(Article, { article, jsonLd: false });
  const heading = document.getElementById('post-38-heading')!;
  heading.focus();
  const before = heading.getBoundingClientRect().top;
  const post = article.live!.posts.find((candidate) => candidate.id === 'post-38')!;
  await screen.rerender({
    pending: [
      {
        ...post,
        updated: '2013-02-02T10:00:00+01:00',
        body: [{ type: 'paragraph', text: 'Corrected: the meeting was on Saturday night.' }],
      },
    ],
  });
  await frames();
  expect(document.getElementById('post-38')).toHaveTextContent('Corrected: the meeting');
  expect(document.activeElement).toBe(heading);
  expect(heading.getBoundingClientRect().top).toBe(before);
  expect(showButton()).toBeNull();
});
