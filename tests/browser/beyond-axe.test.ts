// What axe cannot see, checked the way a person would in a browser: keyboard order and focus
// visibility, reflow, text spacing, text resize, forced colours, motion and dark mode.
import { commands, page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import Color from 'colorjs.io';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectNoA11yViolations } from 'broadsheet/testing';
import NewsPage from '$fixtures/pages/NewsPage.svelte';
import { dwArticle, dwChrome } from '$fixtures/dw-us-russia';
import { arabicExplainer, explainerPage } from '$fixtures/explainer';
import { insideKeyboardScrollable, isKeyboardScrollable } from '$tests/helpers/layout';
import { largestArticle } from '$fixtures/largest';
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
];
const everything = [...pages, ...cases];

// The WCAG 1.4.12 text-spacing bookmarklet's values.
const textSpacing = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important;
  word-spacing: 0.16em !important; } p { margin-block-end: 2em !important; }`;

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

function isVisuallyHidden(element: Element): boolean {
  for (let el: Element | null = element; el; el = el.parentElement) {
    if (getComputedStyle(el).clipPath === 'inset(50%)') return true;
  }
  return false;
}

function visibleTextRects(root: Element): { node: Node; text: string; rect: DOMRect }[] {
  const rects: { node: Node; text: string; rect: DOMRect }[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement!;
    // Not drawn: hidden text, and the content of a closed <details>.
    if (!node.textContent!.trim() || isVisuallyHidden(parent) || !parent.checkVisibility()) {
      continue;
    }
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const rect of range.getClientRects()) {
      if (rect.width > 0 && rect.height > 0) {
        rects.push({ node, text: node.textContent!.trim().slice(0, 40), rect });
      }
    }
  }
  return rects;
}

/** Text drawn outside the box of an ancestor that clips it, or outside the page's width. */
function clippedText(root: Element): string[] {
  const problems: string[] = [];
  const width = document.documentElement.clientWidth;
  for (const { node, text, rect } of visibleTextRects(root)) {
    if (insideKeyboardScrollable(node.parentElement!)) continue;
    if (rect.left < -1 || rect.right > width + 1) problems.push(`"${text}" outside the page`);
  }
  for (const el of root.querySelectorAll('*')) {
    const style = getComputedStyle(el);
    if (isVisuallyHidden(el) || style.overflow === 'visible') continue;
    if (isKeyboardScrollable(el)) {
      const box = el.getBoundingClientRect();
      if (box.left < -1 || box.right > width + 1)
        problems.push(`a scrolling region outside the page`);
      continue;
    }
    if (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1) {
      problems.push(`${el.tagName.toLowerCase()}.${el.className} clips its content`);
    }
  }
  return problems;
}

/**
 * Lines of text from different text nodes drawn over each other. A line box's height is the
 * font's whole content area, taller than the glyphs, so a sliver of shared height is not an
 * overlap a reader sees; a fifth of a line is.
 */
function overlappingText(root: Element): string[] {
  const rects = visibleTextRects(root);
  const problems: string[] = [];
  for (let i = 0; i < rects.length; i++) {
    for (let j = i + 1; j < rects.length; j++) {
      if (rects[i]!.node === rects[j]!.node) continue;
      const a = rects[i]!.rect;
      const b = rects[j]!.rect;
      const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (x > 2 && y > Math.min(a.height, b.height) / 5)
        problems.push(`"${rects[i]!.text}" overlaps "${rects[j]!.text}"`);
    }
  }
  return problems;
}

function backgroundBehind(element: Element): string {
  for (let el: Element | null = element; el; el = el.parentElement) {
    const bg = getComputedStyle(el).backgroundColor;
    if (bg && new Color(bg).alpha.valueOf() > 0) return bg;
  }
  return 'white';
}

/** Every element Tab reaches from the start of the page, in order, until it leaves or repeats. */
async function tabThroughPage(): Promise<Element[]> {
  (document.activeElement as HTMLElement | null)?.blur();
  const order: Element[] = [];
  for (let i = 0; i < 60; i++) {
    await userEvent.tab();
    const active = document.activeElement;
    if (!active || active === document.body || order.includes(active)) break;
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

  it.for(everything)(
    '$name: every focusable element shows a visible, unobscured focus indicator',
    async ({ show }) => {
      const { container } = await show();
      const focused = await tabThroughPage();
      // A component with nothing to focus must really have nothing focusable.
      expect(focused.length).toBe(
        container.querySelectorAll('a[href], button, input, select, textarea, [tabindex]').length,
      );
      for (const element of focused) {
        (element as HTMLElement).focus();
        element.scrollIntoView({ block: 'center' });
        const style = getComputedStyle(element);
        const name = accessibleName(element);
        expect(style.outlineStyle, name).not.toBe('none');
        expect(parseFloat(style.outlineWidth), name).toBeGreaterThanOrEqual(2);
        // Against what surrounds the outline: the element itself for an inset outline.
        const behind =
          parseFloat(style.outlineOffset) < 0
            ? backgroundBehind(element)
            : backgroundBehind(element.parentElement!);
        expect(
          new Color(style.outlineColor).contrast(new Color(behind), 'WCAG21'),
          name,
        ).toBeGreaterThanOrEqual(3);
        // WCAG 2.4.11: the focused element is on top at the centre of its (widest line) box.
        const box = [...element.getClientRects()].sort((a, b) => b.width - a.width)[0]!;
        const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        expect(top && (element === top || element.contains(top)), name).toBe(true);
      }
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
      expect(clippedText(container)).toEqual([]);
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
      expect(clippedText(container)).toEqual([]);
    },
  );
});

describe('text spacing (1.4.12)', () => {
  it.for(everything)(
    '$name: with the WCAG spacing nothing is clipped or overlaps',
    async ({ show }) => {
      addStyle(textSpacing);
      const { container } = await show();
      expect(clippedText(container)).toEqual([]);
      expect(overlappingText(container)).toEqual([]);
    },
  );
});

describe('resize text (1.4.4)', () => {
  it.for(everything)(
    '$name: at 200% root font size nothing is clipped or overlaps',
    async ({ show }) => {
      addStyle('html { font-size: 200% !important; }');
      const { container } = await show();
      expect(clippedText(container)).toEqual([]);
      expect(overlappingText(container)).toEqual([]);
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
    for (const element of await tabThroughPage()) {
      (element as HTMLElement).focus();
      const style = getComputedStyle(element);
      expect(style.outlineStyle).not.toBe('none');
      expect(parseFloat(style.outlineWidth)).toBeGreaterThanOrEqual(2);
      expect(
        new Color(style.outlineColor).contrast(new Color(backgroundBehind(element)), 'WCAG21'),
      ).toBeGreaterThanOrEqual(3);
    }
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
    for (const el of container.querySelectorAll('*')) {
      const style = getComputedStyle(el);
      expect(style.animationName).toBe('none');
      expect(style.transitionDuration.split(',').every((d) => parseFloat(d) === 0)).toBe(true);
    }
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
