import { page } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { expectNoA11yViolations } from 'broadsheet/testing';
import { tabFromPageStart } from '$tests/helpers/keyboard';
import NewsPage from '$fixtures/pages/NewsPage.svelte';
import { arabic, persian } from '$fixtures/translations';

/** The on-screen box of the first occurrence of `text` inside `element`. */
function boxOfText(element: Element, text: string): DOMRect {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.textContent!.indexOf(text);
    if (at >= 0) {
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + text.length);
      return range.getBoundingClientRect();
    }
  }
  throw new Error(`"${text}" not found`);
}

describe.each([
  ['Arabic', arabic],
  ['Persian', persian],
])('the %s page', (_, { article, chrome }) => {
  afterEach(async () => {
    await page.viewport(1280, 800);
  });

  it('has no axe violations with every rule on, page rules and contrast included', async () => {
    await render(NewsPage, { article, chrome });
    expect(document.querySelector('article')!.getAttribute('dir')).toBe('rtl');
    await expectNoA11yViolations(document, { scope: 'page' });
  });

  it('shows the focused skip link at the right edge, the inline start in RTL', async () => {
    await render(NewsPage, { article, chrome });
    await tabFromPageStart();
    const link = document.activeElement!;
    expect(link.textContent).toBe(chrome.skipLinks[0]!.label);
    const box = link.getBoundingClientRect();
    expect(box.width).toBeGreaterThan(40);
    expect(Math.abs(box.right - document.documentElement.clientWidth)).toBeLessThanOrEqual(1);
    expect(box.left).toBeGreaterThan(document.documentElement.clientWidth / 3);
  });

  it('does not scroll sideways at 320 CSS px', async () => {
    await page.viewport(320, 640);
    await render(NewsPage, { article, chrome });
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
  });

  it('keeps the Latin credit and agencies in their own left-to-right order', async () => {
    await render(NewsPage, { article, chrome });
    const figcaption = document.querySelector('article figcaption')!;
    expect(boxOfText(figcaption, 'Getty').left).toBeLessThan(boxOfText(figcaption, 'Images').left);
    const footer = document.querySelector('article footer')!;
    expect(boxOfText(footer, 'AFP').left).toBeLessThan(boxOfText(footer, 'Reuters').left);
    // The parenthesis opens before AFP, on its left, as in "(AFP, AP, dpa, Reuters)".
    expect(boxOfText(footer, '(').left).toBeLessThan(boxOfText(footer, 'AFP').left);
  });
});
