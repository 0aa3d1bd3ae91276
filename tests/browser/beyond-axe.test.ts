// What axe cannot see, checked the way a person would in a browser: keyboard order and focus
// visibility, reflow, text spacing, text resize, forced colours, motion and dark mode.
import { commands, page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import Color from 'colorjs.io';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  checkFocusIndicators,
  checkReducedMotion,
  checkReflow,
  checkTextSpacing,
  expectNoA11yViolations,
  expectNoPageProblems,
} from 'broadsheet/testing';
import NewsPage from '$fixtures/pages/NewsPage.svelte';
import { dwArticle, dwChrome } from '$fixtures/dw-us-russia';
import { arabicExplainer, explainerPage } from '$fixtures/explainer';
import { largestArticle } from '$fixtures/largest';
import { arabicMediaPage, mediaPage } from '$fixtures/media';
import { arabic } from '$fixtures/translations';
import { cases } from './states';

const pages = [
  { name: 'DW page', show: () => render(NewsPage, { article: dwArticle, chrome: dwChrome }) },
  {
    name: 'largest article page',
    show: () => render(NewsPage, { article: largestArticle, chrome: dwChrome }),
  },
  { name: 'Arabic page', show: () => render(NewsPage, arabic) },
  { name: 'explainer page', show: () => render(NewsPage, explainerPage) },
  { name: 'Arabic explainer page', show: () => render(NewsPage, arabicExplainer) },
  { name: 'media page', show: () => render(NewsPage, mediaPage) },
  { name: 'Arabic media page', show: () => render(NewsPage, arabicMediaPage) },
];
const everything = [...pages, ...cases];

let added: HTMLElement[] = [];
function addStyle(css: string) {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  added.push(style);
}

afterEach(async () => {
  added.forEach((el) => el.remove());
  added = [];
  document.documentElement.style.zoom = '';
  await commands.emulateMedia({
    forcedColors: 'none',
    reducedMotion: 'no-preference',
    colorScheme: 'light',
  });
  await page.viewport(1280, 800);
});

// ---------- helpers that look at the page as a person sees it ----------

function backgroundBehind(element: Element): string {
  for (let el: Element | null = element; el; el = el.parentElement) {
    const bg = getComputedStyle(el).backgroundColor;
    if (bg && new Color(bg).alpha.valueOf() > 0) return bg;
  }
  return 'white';
}

function isMediaPlayer(element: Element): boolean {
  return element instanceof HTMLMediaElement && element.controls;
}

/** Every element Tab reaches from the start of the page, in order, until it leaves or repeats. */
async function tabThroughPage(): Promise<Element[]> {
  (document.activeElement as HTMLElement | null)?.blur();
  const order: Element[] = [];
  for (let i = 0; i < 200; i++) {
    await userEvent.tab();
    const active = document.activeElement;
    if (!active || active === document.body) break;
    // A media player's own controls (play, time, volume…) sit in its shadow tree: the page sees
    // the player as focused while Tab moves through them.
    if (active === order.at(-1) && isMediaPlayer(active)) continue;
    if (order.includes(active)) break;
    order.push(active);
  }
  return order;
}

function accessibleName(element: Element): string {
  return (element.textContent ?? '').replace(/\s+/g, ' ').trim();
}

// ---------- keyboard ----------

describe('keyboard', () => {
  it('tabs through the DW page in the reviewed order, and out of it again', async () => {
    await render(NewsPage, { article: dwArticle, chrome: dwChrome });
    const order = (await tabThroughPage()).map(accessibleName);
    expect(order).toEqual([
      'Skip to content',
      'Skip to main menu',
      'Skip to more DW sites',
      'Germany',
      'World',
      'Business',
      'Science',
      'Environment',
      'Culture',
      'Sports',
      'Short link to this article: https://p.dw.com/p/17XBn',
      'DW Akademie',
      'Learn German',
      'Media Center',
      'DW for Professionals',
    ]);
    // Nothing traps focus: one more Tab leaves the last link, backwards reaches the first.
    await userEvent.tab();
    expect(accessibleName(document.activeElement!)).not.toBe('DW for Professionals');
  });

  // A real Tab and a look at the page per stop: the largest page has over a hundred stops,
  // which take longer than the default 15 s on a busy 2-core machine.
  it.for(everything)(
    '$name: every focusable element shows a visible, unobscured focus indicator',
    { timeout: 60_000 },
    async ({ show }) => {
      const { container } = await show();
      // One pass of Tab: checkFocusIndicators looks at each stop, and the stops are counted.
      const focused = new Set<Element>();
      const problems = await checkFocusIndicators(async () => {
        await userEvent.tab();
        const active = document.activeElement;
        if (active && active !== document.body) focused.add(active);
      });
      expectNoPageProblems(problems);
      // A component with nothing to focus must really have nothing focusable.
      const focusable = [
        ...container.querySelectorAll(
          'a[href], button, input, select, textarea, summary, video[controls], audio[controls], [tabindex]:not([tabindex="-1"])',
        ),
      ];
      // What a closed <details> holds is not shown, and not reached, until it is opened.
      expect(focused.size).toBe(focusable.filter((element) => element.checkVisibility()).length);
    },
  );
});

// ---------- reflow, spacing, resize ----------

describe('reflow (1.4.10)', () => {
  it.for(everything)(
    '$name: at 320 × 256 CSS px nothing scrolls sideways or is cut off',
    async ({ show }) => {
      await page.viewport(320, 256);
      const { container } = await show();
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
      expectNoPageProblems(checkReflow());
      expect(container.childElementCount).toBeGreaterThan(0);
    },
  );

  it.for(pages)(
    '$name: at 1280 px wide and 400% zoom nothing scrolls sideways or is cut off',
    async ({ show }) => {
      await page.viewport(1280, 1024);
      document.documentElement.style.zoom = '4';
      const { container } = await show();
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(
        document.documentElement.clientWidth,
      );
      expectNoPageProblems(checkReflow());
      expect(container.childElementCount).toBeGreaterThan(0);
    },
  );
});

describe('text spacing (1.4.12)', () => {
  it.for(everything)(
    '$name: with the WCAG spacing nothing is clipped or overlaps',
    async ({ show }) => {
      const { container } = await show();
      expectNoPageProblems(checkTextSpacing());
      expect(container.childElementCount).toBeGreaterThan(0);
    },
  );
});

describe('resize text (1.4.4)', () => {
  it.for(everything)(
    '$name: at 200% root font size nothing is clipped or overlaps',
    async ({ show }) => {
      addStyle('html { font-size: 200% !important; }');
      const { container } = await show();
      // Nothing cut off or outside the page (the reflow check) and nothing drawn over other
      // text even with wider spacing on top of the larger size.
      expectNoPageProblems([...checkReflow(), ...checkTextSpacing()]);
      expect(container.childElementCount).toBeGreaterThan(0);
    },
  );
});

// ---------- forced colours, motion, dark ----------

describe('forced colours', () => {
  beforeEach(async () => {
    await commands.emulateMedia({ forcedColors: 'active' });
  });

  it('is really on', () => {
    expect(matchMedia('(forced-colors: active)').matches).toBe(true);
  });

  it('keeps focus outlines, the skip link, the pull-quote border and the credit visible', async () => {
    const { container } = await render(NewsPage, { article: dwArticle, chrome: dwChrome });
    expectNoPageProblems(await checkFocusIndicators(() => userEvent.tab()));
    const skip = container.querySelector<HTMLElement>('a[href="#content"]')!;
    skip.focus();
    expect(skip.getBoundingClientRect().width).toBeGreaterThan(40);

    const quote = [...container.querySelectorAll('figure')].find((f) =>
      f.querySelector('blockquote'),
    )!;
    const border = getComputedStyle(quote);
    expect(border.borderInlineStartStyle).toBe('solid');
    expect(parseFloat(border.borderInlineStartWidth)).toBeGreaterThanOrEqual(3);
    expect(
      new Color(border.borderInlineStartColor).contrast(
        new Color(backgroundBehind(quote)),
        'WCAG21',
      ),
    ).toBeGreaterThanOrEqual(3);

    const credit = container.querySelector('.credit')!;
    expect(
      new Color(getComputedStyle(credit).color).contrast(
        new Color(backgroundBehind(credit)),
        'WCAG21',
      ),
    ).toBeGreaterThanOrEqual(4.5);
  });
});

describe('reduced motion', () => {
  it('animates nothing, not even the skip link appearing', async () => {
    await commands.emulateMedia({ reducedMotion: 'reduce' });
    const { container } = await render(NewsPage, { article: dwArticle, chrome: dwChrome });
    await tabThroughPage();
    container.querySelector<HTMLElement>('a[href="#content"]')!.focus();
    expect(document.getAnimations()).toEqual([]);
    expectNoPageProblems(checkReducedMotion());
  });
});

describe("a site's own theme switch, data-bs-theme", () => {
  afterEach(() => {
    delete document.documentElement.dataset.bsTheme;
  });

  it.for(pages)(
    '$name: data-bs-theme="dark" on <html> gives the dark theme in a light system, axe passes',
    async ({ show }) => {
      await import('../../src/lib/themes/dark.css');
      await commands.emulateMedia({ colorScheme: 'light' });
      document.documentElement.dataset.bsTheme = 'dark';
      const { container } = await show();
      expect(getComputedStyle(container.querySelector('h1')!).color).toBe('rgb(242, 242, 242)');
      await expectNoA11yViolations(document, { scope: 'page' });
    },
  );

  it('data-bs-theme="light" on an ancestor wins over a dark system', async () => {
    await import('../../src/lib/themes/dark.css');
    await commands.emulateMedia({ colorScheme: 'dark' });
    document.documentElement.dataset.bsTheme = 'light';
    const { container } = await render(NewsPage, { article: dwArticle, chrome: dwChrome });
    expect(getComputedStyle(container.querySelector('h1')!).color).toBe('rgb(26, 26, 26)');
  });
});

describe('dark colour scheme with the dark theme', () => {
  it.for(pages)('$name: axe passes with contrast included', async ({ show }) => {
    await import('../../src/lib/themes/dark.css');
    await commands.emulateMedia({ colorScheme: 'dark' });
    expect(matchMedia('(prefers-color-scheme: dark)').matches).toBe(true);
    const { container } = await show();
    expect(getComputedStyle(container.querySelector('h1')!).color).toBe('rgb(242, 242, 242)');
    await expectNoA11yViolations(document, { scope: 'page' });
  });
});
