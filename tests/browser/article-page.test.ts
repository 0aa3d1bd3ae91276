import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { expectNoA11yViolations } from 'broadsheet/testing';
import { tabFromPageStart } from '$tests/helpers/keyboard';
import NewsPage from '$fixtures/pages/NewsPage.svelte';
import { dwArticle, dwChrome } from '$fixtures/dw-us-russia';

describe.each([320, 768, 1280])('the DW example page at %i CSS px', (width) => {
  afterEach(async () => {
    await page.viewport(1280, 800);
  });

  it('has no axe violations with every rule on, page rules and contrast included', async () => {
    await page.viewport(width, 800);
    await render(NewsPage, { article: dwArticle, chrome: dwChrome });
    await expectNoA11yViolations(document, { scope: 'page' });
  });

  it('does not scroll sideways', async () => {
    await page.viewport(width, 800);
    await render(NewsPage, { article: dwArticle, chrome: dwChrome });
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(width);
  });

  it.each([
    ['Skip to content', 'content'],
    ['Skip to main menu', 'navigation'],
    ['Skip to more DW sites', 'dw-sites'],
  ])('moves focus with "%s" to #%s', async (label, id) => {
    await page.viewport(width, 800);
    await render(NewsPage, { article: dwArticle, chrome: dwChrome });
    await tabFromPageStart();
    while (document.activeElement?.textContent !== label) await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    expect(document.activeElement).toBe(document.getElementById(id));
    const box = document.getElementById(id)!.getBoundingClientRect();
    // The reading position moved too: the target's top is in view.
    expect(box.top).toBeGreaterThanOrEqual(-1);
    expect(box.top).toBeLessThan(innerHeight);
  });
});
