// The stack matrix, but for SvelteKit (consumer.test.ts) and the built Storybook
// (storybook.test.ts): Broadsheet installed from its packed tarball into a plain Node render
// compiled with `css: 'injected'`, a browser-only Vite app and Astro, each built, served on
// 127.0.0.1 and read in Chromium as a reader would.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chromiumLaunchOptions } from '../chromium';
import {
  axeViolations,
  followContents,
  followSkipLink,
  openPage,
  overflow,
  readArticle,
  unstyledClasses,
} from './reader';
import { expectedPosts, readLivePage, receiveAndShow, twoPostsShown } from './live';
import { serve } from './site';
import { buildStack, installStacks, renderWithOldestSvelte, type Stacks } from './stacks';

let stacks: Stacks;
let browser: Browser;
// The plain server render: what the browser-only app must show too, word for word.
let serverRendered = '';
let closeServerRendered = () => {};

beforeAll(async () => {
  stacks = installStacks(inject('broadsheetPackage'));
  buildStack(stacks, 'node');
  ({ origin: serverRendered, close: closeServerRendered } = await serve(stacks.out.node));
  browser = await chromium.launch(chromiumLaunchOptions());
}, 300_000);

afterAll(async () => {
  await browser?.close();
  closeServerRendered();
  stacks?.remove();
});

interface Row {
  stack: keyof Stacks['out'];
  /** The English and the German page. */
  pages: { en: string; de: string };
  /** Whether a server wrote the article into the HTML (a browser-only app has none). */
  served: boolean;
  /** Whether the article hydrates (Astro's English page has no client JavaScript). */
  hydrates: { en: boolean; de: boolean };
  /** The live page, and whether it hydrates (so that new posts can reach it). */
  live: { page: string; hydrates: boolean };
}

const rows: Row[] = [
  {
    stack: 'node',
    pages: { en: '/en', de: '/de' },
    served: true,
    hydrates: { en: false, de: false },
    live: { page: '/live', hydrates: false },
  },
  {
    stack: 'vite',
    pages: { en: '/', de: '/#de' },
    served: false,
    hydrates: { en: true, de: true },
    live: { page: '/live', hydrates: true },
  },
  {
    stack: 'astro',
    pages: { en: '/', de: '/de' },
    served: true,
    hydrates: { en: false, de: true },
    live: { page: '/live', hydrates: true },
  },
];

describe.each(rows)('$stack', (row) => {
  let origin = '';
  let close = () => {};

  beforeAll(async () => {
    if (row.stack !== 'node') buildStack(stacks, row.stack);
    ({ origin, close } = await serve(stacks.out[row.stack]));
  }, 120_000);
  afterAll(() => close());

  describe.each(['en', 'de'] as const)('the %s page', (lang) => {
    const url = () => `${origin}${row.pages[lang]}`;

    // A browser-only app has nothing to show without JavaScript: no such test for it.
    if (row.served)
      it('serves the whole article and one NewsArticle JSON-LD with JavaScript off', async () => {
        const { page, close } = await openPage(browser, url(), { javaScriptEnabled: false });
        const reading = await readArticle(page);
        expect(reading.jsonLd).toEqual(['NewsArticle']);
        expect(reading.text.length).toBeGreaterThan(500);
        await close();
      });

    it('shows with JavaScript what the server wrote, in the same languages, and one JSON-LD', async () => {
      const { page, problems, close } = await openPage(browser, url());
      const hydrated = await readArticle(page);
      expect(hydrated.jsonLd).toEqual(['NewsArticle']);
      // What the server sent (for the browser-only app, what a server renders of the same
      // document): the same words, and every element in the same language.
      const reference = row.served ? url() : `${serverRendered}/${lang}`;
      const js = await openPage(browser, reference, { javaScriptEnabled: false });
      const served = await readArticle(js.page);
      await js.close();
      expect(hydrated.text).toBe(served.text);
      expect(hydrated.languages).toEqual(served.languages);
      expect(problems).toEqual([]);
      await close();
    });

    it('has no axe violations, every scoping class styled, and no overflow at 320 px', async () => {
      const { page, close } = await openPage(browser, url(), {
        viewport: { width: 320, height: 640 },
      });
      expect(await axeViolations(page)).toEqual([]);
      expect(await unstyledClasses(page)).toEqual([]);
      expect(await overflow(page)).toBe(0);
      await close();
    });

    it('moves the reader with the skip link and the contents links', async () => {
      const { page, close } = await openPage(browser, url(), {
        viewport: { width: 800, height: 400 },
      });
      const skip = await followSkipLink(page);
      expect(skip.link).toMatch(/^(Skip to content|Zum Inhalt)$/);
      expect(skip.top).toBeLessThanOrEqual(1);
      // Only the browser-only app hydrates its skip links (in the others they are plain HTML).
      if (!row.served) expect(skip.focus).toBe('content');
      const landed = await followContents(page);
      expect(landed.length).toBeGreaterThanOrEqual(1);
      expect(landed.filter((heading) => heading.startsWith('missed'))).toEqual([]);
      await close();
    });

    it('requests nothing from a third party until the reader asks', async () => {
      const { page, elsewhere, close } = await openPage(browser, url());
      await page.mouse.wheel(0, 20_000);
      await page.waitForTimeout(300);
      expect(elsewhere).toEqual([]);
      await close();
    });
  });

  describe('the live page', () => {
    const url = () => `${origin}${row.live.page}`;

    if (row.served)
      it('serves every post, the key events and the older posts link with JavaScript off', async () => {
        const { page, close } = await openPage(browser, url(), { javaScriptEnabled: false });
        const reading = await readLivePage(page);
        expect(reading.posts).toEqual(expectedPosts);
        expect(reading.keyEvents).toEqual([
          { href: '#lavrov-on-syria', reaches: true },
          { href: '#biden-reset', reaches: true },
        ]);
        expect(reading.older).toBe('/live?page=2');
        expect((await readArticle(page)).jsonLd).toEqual(['LiveBlogPosting']);
        await close();
      });

    it('shows with JavaScript what the server wrote, and one LiveBlogPosting', async () => {
      const { page, problems, close } = await openPage(browser, url());
      const hydrated = await readArticle(page);
      expect(hydrated.jsonLd).toEqual(['LiveBlogPosting']);
      const reference = row.served ? url() : `${serverRendered}/live`;
      const js = await openPage(browser, reference, { javaScriptEnabled: false });
      expect(hydrated.text).toBe((await readArticle(js.page)).text);
      await js.close();
      expect((await readLivePage(page)).posts).toEqual(expectedPosts);
      expect(problems).toEqual([]);
      await close();
    });

    it('keeps new posts for the reader where it hydrates; axe, scoping classes and reflow at 320 px', async () => {
      const { page, problems, close } = await openPage(browser, url(), {
        viewport: { width: 320, height: 640 },
      });
      if (row.live.hydrates) {
        // Said once, shown by the button with focus on the newest post, nothing before.
        expect(await receiveAndShow(page)).toEqual(twoPostsShown);
      }
      expect(await axeViolations(page)).toEqual([]);
      expect(await unstyledClasses(page)).toEqual([]);
      expect(await overflow(page)).toBe(0);
      expect(problems).toEqual([]);
      await close();
    });
  });
});

describe('the oldest Svelte the package supports (its peerDependencies)', () => {
  let origin = '';
  let close = () => {};

  beforeAll(async () => {
    ({ origin, close } = await serve(renderWithOldestSvelte(stacks).out));
  }, 120_000);
  afterAll(() => close());

  it.each(['en', 'de'])(
    'renders the %s page as the latest Svelte does, every scoping class styled',
    async (lang) => {
      // The plain render sends no script: JavaScript on only lets axe run.
      const oldest = await openPage(browser, `${origin}/${lang}`);
      const latest = await openPage(browser, `${serverRendered}/${lang}`, {
        javaScriptEnabled: false,
      });
      expect(await readArticle(oldest.page)).toEqual(await readArticle(latest.page));
      expect(await unstyledClasses(oldest.page)).toEqual([]);
      expect(await axeViolations(oldest.page)).toEqual([]);
      await oldest.close();
      await latest.close();
    },
  );
});

describe('astro, the lean way: the article unhydrated, its embeds made to work by enhanceEmbeds', () => {
  let origin = '';
  let close = () => {};

  beforeAll(async () => {
    // A page of the Astro site (the Astro row builds it, unless it was filtered out).
    if (!existsSync(path.join(stacks.out.astro, 'lean/index.html'))) buildStack(stacks, 'astro');
    ({ origin, close } = await serve(stacks.out.astro));
  }, 120_000);
  afterAll(() => close());

  it('loads the chart only when asked, focuses it, and sends no component code', async () => {
    const { page, problems, elsewhere, close } = await openPage(browser, `${origin}/lean`);
    const scripts = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => entry.name.endsWith('.js'))
        .reduce((sum, entry) => sum + (entry as PerformanceResourceTiming).encodedBodySize, 0),
    );
    // A few hundred bytes of script: no Svelte, no component.
    expect(scripts).toBeLessThan(2_000);
    const load = page.getByRole('button', { name: 'Datawrapper-Inhalt laden' });
    await load.waitFor();
    expect(elsewhere).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await page.route('https://datawrapper.dwcdn.net/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<p>The chart</p>' }),
    );
    await load.click();
    const frame = page.locator('iframe[title^="Chart: delegations"]');
    await frame.waitFor();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('IFRAME');
    expect(await frame.getAttribute('sandbox')).toContain('allow-scripts');
    // The iframe is in the page (and focused) a moment before its request goes out.
    await expect.poll(() => elsewhere).toEqual(['https://datawrapper.dwcdn.net/dw-munich/1/']);
    expect(problems).toEqual([]);
    await close();
  });

  it('shows no button that cannot work with JavaScript off', async () => {
    const { page, close } = await openPage(browser, `${origin}/lean`, { javaScriptEnabled: false });
    expect(await page.getByRole('button').count()).toBe(0);
    expect(await page.getByRole('link', { name: 'See the chart on Datawrapper' }).count()).toBe(1);
    await close();
  });
});
