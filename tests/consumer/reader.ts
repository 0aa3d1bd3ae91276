// What a reader meets on a built page, in every stack of the matrix: the same questions asked
// of SvelteKit, Astro, a plain Node render and a browser-only app.
import path from 'node:path';
import type { Browser, Page } from 'playwright';
import { axeOptions } from '../../src/lib/testing/index';
import { root } from './site';

export interface ArticleReading {
  /** The article's words, hidden text included (what a screen reader has). */
  text: string;
  /** Every element in the article with its own language: lang and text. */
  languages: string[];
  /** The JSON-LD scripts in the document: their @type. */
  jsonLd: string[];
}

/**
 * The article of a page as it stands: its text, its languages and the page's JSON-LD. Buttons
 * are left out: a script adds them (an embed's "Load"), and only then do they work.
 */
export function readArticle(page: Page): Promise<ArticleReading> {
  return page.evaluate(() => {
    const article = document.querySelector('article')!.cloneNode(true) as HTMLElement;
    article.querySelectorAll('button').forEach((button) => button.remove());
    return {
      text: article.textContent!.replace(/\s+/g, ' ').trim(),
      languages: [...article.querySelectorAll('[lang]')].map(
        (el) => `${el.getAttribute('lang')}: ${el.textContent!.replace(/\s+/g, ' ').trim()}`,
      ),
      jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')].map(
        (script) => (JSON.parse(script.textContent!) as { '@type': string })['@type'],
      ),
    };
  });
}

/** Opens `url` in a new context; collects console problems and requests to other hosts. */
export async function openPage(
  browser: Browser,
  url: string,
  options: Parameters<Browser['newContext']>[0] = {},
) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  const elsewhere: string[] = [];
  const own = new URL(url).origin;
  page.on('request', (request) => {
    if (!request.url().startsWith(own) && !request.url().startsWith('data:')) {
      elsewhere.push(request.url());
    }
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.locator('article').first().waitFor();
  return { page, problems, elsewhere, close: () => context.close() };
}

/** axe on the whole page with every WCAG A and AA rule (experimental ones too) and best practice. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: path.join(root, 'node_modules/axe-core/axe.min.js') });
  const violations = await page.evaluate(
    async (options) =>
      (
        await (window as unknown as { axe: typeof import('axe-core') }).axe.run(document, options)
      ).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    axeOptions({ scope: 'page' }),
  );
  return violations;
}

/** How far the page scrolls sideways, in CSS px (0: it reflows). */
export function overflow(page: Page): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}

/** The scoping classes in the article that no rule of the page's styles names. */
export function unstyledClasses(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selectors: string[] = [];
    const collect = (rules: CSSRuleList) => {
      for (const rule of rules) {
        if (rule instanceof CSSStyleRule) selectors.push(rule.selectorText);
        if ('cssRules' in rule) collect((rule as CSSGroupingRule).cssRules);
      }
    };
    for (const sheet of document.styleSheets) collect(sheet.cssRules);
    const all = selectors.join('\n');
    const used = new Set(
      [...document.querySelectorAll('article, article *')].flatMap((el) =>
        [...el.classList].filter((name) => /^svelte-/.test(name)),
      ),
    );
    return [...used].filter((name) => !all.includes(`.${name}`));
  });
}

/**
 * Tab to the first skip link and follow it: where focus (with JavaScript) or the reading
 * position (without) lands.
 */
export async function followSkipLink(page: Page) {
  await page.keyboard.press('Tab');
  const link = await page.evaluate(() => document.activeElement?.textContent?.trim());
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.hash === '#content');
  const landed = await page.evaluate(() => ({
    focus: document.activeElement?.id,
    top: Math.round(document.getElementById('content')!.getBoundingClientRect().top),
  }));
  return { link, ...landed };
}

/** Follows each link of the contents list: the heading each lands on, at the top. */
export async function followContents(page: Page): Promise<string[]> {
  const hrefs = await page
    .locator('nav[aria-labelledby] a[href^="#"]')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  const landed: string[] = [];
  for (const href of hrefs) {
    await page.locator(`a[href="${href}"]`).first().click();
    landed.push(
      await page.evaluate((id) => {
        const target = document.getElementById(id.slice(1));
        return target && Math.abs(target.getBoundingClientRect().top) <= 1
          ? target.textContent!.trim()
          : `missed ${id}`;
      }, href),
    );
  }
  return landed;
}
