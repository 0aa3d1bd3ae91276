// `npm run screenshots`: the pictures at the top of the README, made in Chromium from the
// example article, with the pinned test fonts so that they come out the same on any machine.
// Each is the first screen a reader sees: a phone (320 px) and a desktop (1280 px), light and
// dark, left to right (English) and right to left (Arabic).
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import { test } from 'vitest';
import NewsPage from '$fixtures/pages/NewsPage.svelte';
import { dwArticle, dwChrome } from '$fixtures/dw-us-russia';
import { arabic } from '$fixtures/translations';
import { imagesShown, settleFonts, usePinnedFonts } from '$tests/visual/fonts';

const pages = { en: { article: dwArticle, chrome: dwChrome }, ar: arabic };

// The four pictures the README shows: every width, theme and direction appears at least once.
const shots = [
  { page: 'en', width: 1280, height: 800, theme: 'light' },
  { page: 'ar', width: 1280, height: 800, theme: 'dark' },
  { page: 'en', width: 320, height: 640, theme: 'dark' },
  { page: 'ar', width: 320, height: 640, theme: 'light' },
] as const;

for (const shot of shots) {
  const name = `${shot.page}-${shot.width}-${shot.theme}`;
  test(name, async () => {
    await page.viewport(shot.width, shot.height);
    document.documentElement.dataset.bsTheme = shot.theme;
    await usePinnedFonts();
    const screen = document.createElement('div');
    screen.style.cssText = `inline-size: ${shot.width}px; block-size: ${shot.height}px; overflow: hidden`;
    document.body.style.margin = '0';
    document.body.append(screen);
    await render(NewsPage, { target: screen, props: pages[shot.page] });
    await settleFonts();
    await imagesShown(screen);
    await page.screenshot({ element: screen, path: `${name}.png` });
    screen.remove();
  });
}
