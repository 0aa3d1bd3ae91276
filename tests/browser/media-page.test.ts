// Video, audio and embeds in Chromium, on the pages that hold them: no request to a third
// party before the reader asks, the skip link past an embed, consent by keyboard with focus on
// the new content, captions the browser knows, nothing playing by itself, and axe on the page.
import { commands, page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { expectNoA11yViolations } from 'broadsheet/testing';
import NewsPage from '$fixtures/pages/NewsPage.svelte';
import { dwChrome } from '$fixtures/dw-us-russia';
import { largestArticle } from '$fixtures/largest';
import { arabicMediaPage, mediaPage, youtubeEmbed } from '$fixtures/media';

const pages = [
  ['the media page', mediaPage],
  ['the Arabic media page', arabicMediaPage],
  ['the every-field page', { article: largestArticle, chrome: dwChrome }],
] as const;

/** Requests to anything but this machine (the test server) or the page's own data. */
function thirdParty(urls: string[]): string[] {
  return urls.filter((url) => {
    const { protocol, hostname } = new URL(url);
    if (protocol === 'data:' || protocol === 'blob:') return false;
    return !['localhost', '127.0.0.1', '[::1]'].includes(hostname);
  });
}

afterEach(async () => {
  await page.viewport(1280, 800);
});

describe.each(pages)('%s', (_, props) => {
  it('requests nothing from a third party before the reader asks', async () => {
    await commands.watchRequests();
    await render(NewsPage, props);
    // Long enough for lazy images, media metadata and anything else to start.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(thirdParty(await commands.requestsSeen())).toEqual([]);
  });

  it('plays nothing by itself', async () => {
    const { container } = await render(NewsPage, props);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const media = [...container.querySelectorAll('video, audio')] as HTMLMediaElement[];
    expect(media.length).toBeGreaterThan(0);
    for (const element of media) {
      expect(element.autoplay).toBe(false);
      expect(element.paused).toBe(true);
      expect(element.currentTime).toBe(0);
    }
  });

  it('has no axe violations with every rule on, page rules and contrast included', async () => {
    await render(NewsPage, props);
    await expectNoA11yViolations(document, { scope: 'page' });
  });
});

describe('an embed', () => {
  it('loads by keyboard when asked: the button, then focus on the iframe; the request goes out only then', async () => {
    await commands.watchRequests();
    const { container } = await render(NewsPage, mediaPage);
    const button = page.getByRole('button', { name: 'Load YouTube content' });
    (button.element() as HTMLElement).focus();
    expect(thirdParty(await commands.requestsSeen())).toEqual([]);
    await userEvent.keyboard('{Enter}');
    const frame = container.querySelector('iframe')!;
    expect(document.activeElement).toBe(frame);
    expect(frame.title).toBe(youtubeEmbed.title);
    // The watcher sees the provider now (this machine resolves no outside host, so nothing
    // leaves it): the check above could have failed.
    await expect
      .poll(async () => thirdParty(await commands.requestsSeen()))
      .toContain(youtubeEmbed.src);
  });

  it('has a skip link that lands after it, and the page goes on from there', async () => {
    const { container } = await render(NewsPage, mediaPage);
    const skip = page.getByRole('link', { name: 'Skip YouTube content' });
    (skip.element() as HTMLElement).focus();
    // Shown when focused, inside the page.
    const box = skip.element().getBoundingClientRect();
    expect(box.width).toBeGreaterThan(10);
    await userEvent.keyboard('{Enter}');
    const landed = document.activeElement!;
    expect(landed).toHaveTextContent('End of YouTube content');
    const embedBox = container.querySelector('.embed .box')!;
    expect(
      embedBox.compareDocumentPosition(landed) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    // The next Tab goes to what follows the embed, not back into it.
    await userEvent.tab();
    expect(embedBox.contains(document.activeElement)).toBe(false);
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('keeps its box when the iframe replaces the placeholder', async () => {
    await page.viewport(1280, 800);
    const { container } = await render(NewsPage, mediaPage);
    const box = container.querySelector('.embed .box')!;
    const before = box.getBoundingClientRect();
    expect(before.height).toBeCloseTo((before.width * 315) / 560, 0);
    await page.getByRole('button', { name: 'Load YouTube content' }).click();
    const after = box.getBoundingClientRect();
    expect(after.height).toBeCloseTo(before.height, 0);
  });
});

describe('a video', () => {
  it('lists its captions, subtitles and descriptions in textTracks, with language and kind', async () => {
    const { container } = await render(NewsPage, mediaPage);
    const video = container.querySelector('video')!;
    const tracks = [...video.textTracks].map((t) => [t.kind, t.language, t.label]);
    expect(tracks).toEqual([
      ['captions', 'en', 'English'],
      ['subtitles', 'de', 'Deutsch'],
      ['captions', 'ar', 'العربية'],
      ['descriptions', 'en', 'English descriptions'],
    ]);
    // The English captions are on from the start on an English page.
    await expect.poll(() => video.textTracks[0]!.mode).toBe('showing');
  });

  it.each([320, 1280])('reserves its box at %i px before loading anything', async (width) => {
    await page.viewport(width, 800);
    const { container } = await render(NewsPage, mediaPage);
    const video = container.querySelector('video')!;
    const box = video.getBoundingClientRect();
    expect(box.width).toBeLessThanOrEqual(width);
    expect(box.height).toBeCloseTo((box.width * 180) / 320, 0);
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(width);
  });
});
