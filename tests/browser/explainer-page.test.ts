// The explainer page, which uses every part of the second edition, in Chromium: axe on the
// whole page at three widths, no sideways scroll, the wide table scrolling in its own region by
// keyboard, the contents and footnote links landing where they say, and the chart's
// description and data opening without JavaScript (a native <details>).
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { DataTable } from 'broadsheet';
import { expectNoA11yViolations } from 'broadsheet/testing';
import NewsPage from '$fixtures/pages/NewsPage.svelte';
import { arabicExplainer, explainerPage } from '$fixtures/explainer';

afterEach(async () => {
  await page.viewport(1280, 800);
});

describe.each([320, 768, 1280])('the explainer page at %i CSS px', (width) => {
  it.for([
    ['English', explainerPage],
    ['Arabic', arabicExplainer],
  ] as const)(
    '%s: axe with every rule, page rules included; no sideways scroll',
    async ([, props]) => {
      await page.viewport(width, 800);
      await render(NewsPage, props);
      await expectNoA11yViolations(document, { scope: 'page' });
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(width);
    },
  );
});

describe('figure sizes', () => {
  it.each([320, 768, 1280])(
    'at %i px: a wide figure is wider than the column, a full one as wide as the article, none past it',
    async (width) => {
      await page.viewport(width, 800);
      const { container } = await render(NewsPage, explainerPage);
      const article = container.querySelector('article')!.getBoundingClientRect();
      const column = container.querySelector('.body > p')!.getBoundingClientRect();
      const wide = container.querySelector('[data-size="wide"]')!.getBoundingClientRect();
      const full = container.querySelector('[data-size="full"]')!.getBoundingClientRect();
      for (const box of [wide, full]) {
        expect(box.left).toBeGreaterThanOrEqual(article.left - 0.5);
        expect(box.right).toBeLessThanOrEqual(article.right + 0.5);
      }
      expect(full.width).toBeCloseTo(article.width, 0);
      if (article.width > 700) expect(wide.width).toBeGreaterThan(column.width + 50);
      else expect(wide.width).toBeCloseTo(article.width, 0);
      // The column is centred in the article.
      expect(column.left - article.left).toBeCloseTo(article.right - column.right, 0);
    },
  );
});

describe('a table wider than the column', () => {
  it('scrolls inside its named region by keyboard, and the page does not', async () => {
    await page.viewport(320, 640);
    const { container } = await render(DataTable, {
      caption: 'Delegations by year and country',
      head: ['Country', ...Array.from({ length: 12 }, (_, i) => String(2002 + i))],
      rows: [['Germany', ...Array.from({ length: 12 }, (_, i) => String(10 + i))]],
    });
    const region = page.getByRole('region', { name: 'Delegations by year and country' });
    const scroller = region.element() as HTMLElement;
    expect(scroller.scrollWidth).toBeGreaterThan(scroller.clientWidth);
    (document.activeElement as HTMLElement | null)?.blur();
    await userEvent.tab();
    expect(document.activeElement).toBe(scroller);
    await userEvent.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}');
    await expect.poll(() => scroller.scrollLeft).toBeGreaterThan(0);
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
    expect(container.querySelector('table')!.getBoundingClientRect().width).toBeGreaterThan(320);
  });
});

describe('links inside the article', () => {
  it('the contents and footnote links move to their targets and back', async () => {
    const { container } = await render(NewsPage, explainerPage);
    const contents = page.getByRole('navigation', { name: 'Contents' });
    await contents.getByRole('link', { name: 'What the 2013 meeting decided' }).click();
    expect(location.hash).toMatch(/what-the-2013-meeting-decided$/);
    const heading = container.querySelector(decodeURIComponent(location.hash))!;
    expect(heading.textContent).toBe('What the 2013 meeting decided');
    expect(heading.getBoundingClientRect().top).toBeLessThan(window.innerHeight);

    await page.getByRole('link', { name: 'Footnote 1', exact: true }).click();
    const note = container.querySelector(location.hash)!;
    expect(note).toHaveTextContent('Internationale Wehrkunde-Begegnung');
    await page.getByRole('link', { name: 'Back to content', exact: true }).first().click();
    expect(container.querySelector(location.hash)).toHaveAccessibleName('Footnote 1');
    history.replaceState(null, '', location.pathname + location.search);
  });

  it("opens a chart's description and data by keyboard, without any script of ours", async () => {
    const { container } = await render(NewsPage, explainerPage);
    const details = container.querySelector('details')!;
    expect(details.open).toBe(false);
    (container.querySelector('summary') as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    expect(details.open).toBe(true);
    expect(page.getByRole('table', { name: 'Delegations by year' }).element()).toBeVisible();
  });
});
