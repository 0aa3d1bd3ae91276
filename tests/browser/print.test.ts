// The print stylesheet, in Chromium with print media emulated: no skip links or buttons, link
// addresses after the links, disclosures printed open, nothing wider than the page, figures
// and tables kept whole.
import { commands } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import { afterEach, describe, expect, it } from 'vitest';
import NewsPage from '$fixtures/pages/NewsPage.svelte';
import { dwChrome } from '$fixtures/dw-us-russia';
import { explainerPage } from '$fixtures/explainer';
import { largestArticle } from '$fixtures/largest';
import { mediaPage } from '$fixtures/media';

afterEach(async () => {
  await commands.emulateMedia({ media: null });
});

const afterContent = (element: Element) =>
  getComputedStyle(element, '::after').content.replace(/^"|"$/g, '');

describe.each([
  ['the explainer page', explainerPage],
  ['the media page', mediaPage],
  ['the every-field page', { article: largestArticle, chrome: dwChrome }],
] as const)('%s, printed', (_, props) => {
  it('hides what only works on screen: skip links, embed notices and buttons', async () => {
    await commands.emulateMedia({ media: 'print' });
    expect(matchMedia('print').matches).toBe(true);
    const { container } = await render(NewsPage, props);
    for (const element of container.querySelectorAll('.skip-links, .embed .skip, .embed button')) {
      expect(getComputedStyle(element).display).toBe('none');
    }
  });

  it('prints where each outside link goes, after its text', async () => {
    await commands.emulateMedia({ media: 'print' });
    const { container } = await render(NewsPage, props);
    // The short link is its address already.
    const links = [...container.querySelectorAll('article a[href^="http"]:not(.short-link)')];
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      expect(afterContent(link), link.textContent!).toContain(link.getAttribute('href')!);
    }
  });

  it('prints transcripts and chart descriptions open, and nothing wider than the page', async () => {
    await commands.emulateMedia({ media: 'print' });
    const { container } = await render(NewsPage, props);
    for (const details of container.querySelectorAll('details')) {
      const inside = details.querySelector('p, table')!;
      expect(inside.checkVisibility(), details.textContent!.slice(0, 40)).toBe(true);
    }
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(
      document.documentElement.clientWidth,
    );
    for (const figure of container.querySelectorAll('figure.image, figure.video, table')) {
      expect(getComputedStyle(figure).breakInside).toBe('avoid');
    }
  });
});

it('prints nothing of the above on screen', async () => {
  const { container } = await render(NewsPage, explainerPage);
  const link = container.querySelector('article a[href^="http"]')!;
  expect(afterContent(link)).not.toContain('http');
  expect(container.querySelector('details p')!.checkVisibility()).toBe(false);
});
