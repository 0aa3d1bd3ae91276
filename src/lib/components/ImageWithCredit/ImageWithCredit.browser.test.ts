import { page } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import { beforeEach, describe, expect, it } from 'vitest';
import { ImageWithCredit } from 'broadsheet';

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
