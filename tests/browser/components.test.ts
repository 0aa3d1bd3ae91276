import { page } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ImageWithCredit, PullQuote } from 'broadsheet';
import { checkA11y, expectNoA11yViolations } from 'broadsheet/testing';
import { lavrovQuote } from '../../src/stories/fixtures/dw-us-russia';
import { cases } from './states';

describe('components in Chromium', () => {
  afterEach(async () => {
    await page.viewport(1280, 800);
  });

  it.for(cases)(
    '$name: axe with every rule on, contrast included, 0 violations',
    async ({ show }) => {
      const { container } = await show();
      await expectNoA11yViolations(container);
    },
  );

  it.for(cases)('$name: no horizontal overflow at 320 CSS px', async ({ show }) => {
    await page.viewport(320, 640);
    const { container } = await show();
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
    for (const element of container.querySelectorAll('*')) {
      const box = element.getBoundingClientRect();
      if (box.width > 1) expect(box.right, element.outerHTML.slice(0, 80)).toBeLessThanOrEqual(320);
    }
  });
});

describe('ImageWithCredit before its image loads', () => {
  let url: string;
  beforeEach(() => {
    // A URL the page has not fetched yet: measured at once, the image cannot have arrived.
    url = `/never-loaded-${Math.random().toString(36).slice(2)}.png`;
  });

  it.each([320, 768, 1280])('reserves its final box at %i px wide', async (width) => {
    await page.viewport(width, 800);
    const { container } = await render(ImageWithCredit, {
      props: { src: url, alt: 'A placeholder', width: 1200, height: 675, loading: 'eager' },
    });
    const img = container.querySelector('img')!;
    expect(img.complete && img.naturalWidth > 0).toBe(false);
    const box = img.getBoundingClientRect();
    expect(box.width).toBeGreaterThan(0);
    expect(box.height).toBeCloseTo((box.width * 675) / 1200, 0);
  });
});

describe('PullQuote that repeats the body', () => {
  it('axe fails it when it holds something focusable (the check is real)', async () => {
    const { container } = await render(PullQuote, {
      props: { text: lavrovQuote, repeatsBody: true },
    });
    const link = document.createElement('a');
    link.href = '#x';
    link.textContent = 'a link';
    container.querySelector('blockquote')!.append(link);
    expect((await checkA11y(container)).map((v) => v.id)).toContain('aria-hidden-focus');
  });
});
