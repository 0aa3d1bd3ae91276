// Broadsheet as a newsroom installs it: packed with `npm pack`, installed from the tarball into a
// small SvelteKit site (tests/consumer/site), type-checked, prerendered, served on 127.0.0.1 and
// read in Chromium with and without JavaScript.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../chromium';
import { seedLines } from '../seed';
import {
  buildConsumerSite,
  layoutShift,
  pageBytes,
  root,
  run,
  serve,
  type ConsumerSite,
} from './site';

let built: ConsumerSite;
let origin = '';
let close: () => void;
let browser: Browser;

beforeAll(async () => {
  built = buildConsumerSite();
  ({ origin, close } = await serve(built.buildDir));
  browser = await chromium.launch(chromiumLaunchOptions());
}, 600_000);

afterAll(async () => {
  await browser?.close();
  close?.();
  built?.remove();
});

// The site's own skip links and menus are its own; the article's words must all be there.
const articleLines = seedLines.filter((line) => !line.startsWith('Skip to'));

async function open(options: Parameters<Browser['newContext']>[0] = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const messages: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') messages.push(message.text());
  });
  page.on('pageerror', (error) => messages.push(error.message));
  await page.goto(`${origin}/`, { waitUntil: 'networkidle' });
  return { page, messages, close: () => context.close() };
}

async function visibleText(page: Page) {
  return page.evaluate(() => {
    const copy = document.body.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.visually-hidden').forEach((el) => el.remove());
    return copy.textContent!.replace(/\s+/g, ' ');
  });
}

describe('the package', () => {
  it('holds dist, README, CHANGELOG, package.json and LICENSE — no stories, tests or fixtures', () => {
    const files = built.packed.files.map((f) => f.path).sort();
    console.log(
      `tarball: ${built.packed.size} bytes packed, ${built.packed.unpackedSize} unpacked, ${files.length} files:\n  ${files.join('\n  ')}`,
    );
    expect(files).toContain('package.json');
    expect(files).toContain('README.md');
    expect(files).toContain('CHANGELOG.md');
    expect(files).toContain('dist/index.js');
    expect(files).toContain('dist/index.d.ts');
    expect(files).toContain('dist/testing/index.js');
    expect(files).toContain('dist/themes/dark.css');
    for (const file of files) {
      expect(file).toMatch(/^(dist\/|package\.json$|README\.md$|CHANGELOG\.md$|LICENSE$)/);
      expect(file).not.toMatch(/stories|\.states\.|\.test\.|\.spec\.|fixtures/);
    }
  });

  it('passes arethetypeswrong, for what applies to a Svelte package', () => {
    // esm-only: Svelte components are ES modules; there are no CommonJS consumers to serve.
    // dark.css is a stylesheet, not a module with types.
    // internal-resolution-error: the .d.ts files import './X.svelte'; TypeScript's node16 mode
    // cannot resolve that extension, bundler mode (Vite, SvelteKit, svelte-check) can, as the
    // svelte-check run in the site below proves.
    const report = run(
      'npx',
      [
        'attw',
        built.tarball,
        '--profile',
        'esm-only',
        '--exclude-entrypoints',
        './themes/dark.css',
        '--ignore-rules',
        'internal-resolution-error',
      ],
      root,
    );
    expect(report).toMatch(/"broadsheet\/testing"/);
  });

  it('resolves its types in the site: svelte-check passes there', () => {
    expect(built.checkOutput).toMatch(/svelte-check found 0 errors and 0 warnings/);
  });

  it("passes the site's own Vitest test, written with broadsheet/testing", () => {
    expect(built.siteTestOutput).toMatch(/Tests\s+2 passed/);
  });
});

describe('the prerendered page with JavaScript off', () => {
  it('holds the whole article, with the JSON-LD in the head', async () => {
    const { page, close } = await open({ javaScriptEnabled: false });
    const html = readFileSync(path.join(built.buildDir, 'index.html'), 'utf8');
    console.log(`prerendered page: ${Buffer.byteLength(html)} bytes of HTML`);
    const text = await visibleText(page);
    let from = 0;
    for (const line of articleLines) {
      const at = text.indexOf(line.replace(/\s+/g, ' '), from);
      expect(at, line).toBeGreaterThanOrEqual(0);
      from = at + line.length;
    }
    const jsonLd = await page.locator('head script[type="application/ld+json"]').textContent();
    expect(JSON.parse(jsonLd!)).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'US, Russia ponder differences',
      publisher: { name: 'Deutsche Welle' },
    });
    expect(await page.title()).toBe('US, Russia ponder differences | DW');
    await close();
  });

  it('lets the skip links move the reading position', async () => {
    const { page, close } = await open({
      javaScriptEnabled: false,
      viewport: { width: 800, height: 300 },
    });
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.hash === '#content');
    const top = await page.evaluate(
      () => document.getElementById('content')!.getBoundingClientRect().top,
    );
    expect(Math.abs(top)).toBeLessThanOrEqual(1);
    await close();
  });
});

describe.each(['UTC', 'Pacific/Kiritimati', 'America/Los_Angeles'])(
  'the page with JavaScript on, in the time zone %s',
  (timezoneId) => {
    it('hydrates without errors or warnings and keeps the calendar date', async () => {
      const { page, messages, close } = await open({ timezoneId });
      // The client took over: a skip link now moves focus, which only the script does.
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('content');
      expect(await page.locator('article time').first().textContent()).toBe('February 2, 2013');
      expect(messages).toEqual([]);
      await close();
    });
  },
);

describe('axe on the served page', () => {
  it('finds 0 violations with every rule on', async () => {
    const { page, close } = await open();
    await page.addScriptTag({ path: path.join(root, 'node_modules/axe-core/axe.min.js') });
    const { axeOptions } = await import('../../src/lib/testing/index');
    const violations = await page.evaluate(
      async (options) => {
        const result = await (window as unknown as { axe: typeof import('axe-core') }).axe.run(
          document,
          options,
        );
        return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`);
      },
      axeOptions({ scope: 'page' }),
    );
    expect(violations).toEqual([]);
    await close();
  });
});

describe('deterministic budgets', () => {
  it('sends at most 12 KB of HTML + CSS (brotli) for the example page', () => {
    const bytes = pageBytes(built.buildDir);
    console.log(`example page, brotli: HTML ${bytes.html.brotli} B + CSS ${bytes.css.brotli} B`);
    expect(bytes.html.brotli + bytes.css.brotli).toBeLessThanOrEqual(12 * 1024);
  });

  it.each([320, 768, 1280])(
    'shifts no layout at %i CSS px while the images arrive 1 s late',
    async (width) => {
      expect(await layoutShift(browser, origin, width)).toBe(0);
    },
  );
});
