// Visual regression for the stories that decide a look (`lookStories` in screens.ts): after a
// story's own test (its play function and axe), the story is photographed at 320 and 1280 CSS
// px, and in the dark theme, and compared with the picture committed in tests/visual/baselines/. `npm run test:visual:update` writes
// new pictures after a change meant to be seen; review them as you would review code.
//
// A long story (a page, an article) is photographed down to `pictureHeight` CSS px: the top of
// a page at each width, while the parts further down have stories of their own. The cap keeps
// the pictures (and `npm test`) small.
//
// What keeps a picture the same on a fresh machine: fonts from npm for every script and native
// media controls drawn empty (fonts.ts), the clock fixed, animations and the text caret off,
// images loaded before the picture. What keeps a real change from slipping through while noise
// passes: pixelmatch's colour threshold absorbs anti-aliasing, and only a small share of the
// pixels may differ (`matchOptions` in screens.ts; tests/visual/tolerance.test.ts shows a
// one-pixel change passing and a moved block failing).
import { afterEach, beforeEach, expect, vi } from 'vitest';
import { page } from 'vitest/browser';
import { imagesShown, settleFonts, usePinnedFonts } from './fonts';
import { fixedClock, lookStories, matchOptions, pictureHeight, storyScreens } from './screens';

beforeEach(async () => {
  vi.useFakeTimers({ now: fixedClock, toFake: ['Date'] });
  await usePinnedFonts();
});

afterEach(async (context) => {
  vi.useRealTimers();
  const storyId = (context.task.meta as { storyId?: string }).storyId;
  if (!storyId || context.task.result?.state === 'fail') return;
  if (!lookStories.includes(storyId)) return;
  const frame = document.querySelector<HTMLElement>('[data-story-frame]');
  if (!frame) throw new Error(`Story ${storyId} rendered no story frame to photograph`);
  const root = document.documentElement;
  frame.style.maxBlockSize = `${pictureHeight}px`;
  frame.style.overflow = 'clip';
  for (const screen of storyScreens) {
    root.dataset.bsTheme = screen.theme;
    // Laid out at the screen's width first; then the viewport grows to hold the picture (the
    // whole story, or its top `pictureHeight` px), so that its lazy images load. Fonts and
    // images arriving can make the story taller (on a busy machine they arrive late): grow
    // again until the height holds, or the bottom of the story would be missing.
    await page.viewport(screen.width, 400);
    let height = 0;
    for (let tries = 0; tries < 5; tries++) {
      const now = Math.max(Math.ceil(frame.getBoundingClientRect().height), 1);
      if (now === height) break;
      height = now;
      await page.viewport(screen.width, height);
      await settleFonts();
      await imagesShown(frame);
    }
    await expect
      .element(page.elementLocator(frame))
      .toMatchScreenshot(`${storyId}--${screen.width}-${screen.theme}`, matchOptions);
  }
  delete root.dataset.bsTheme;
  frame.style.removeProperty('max-block-size');
  frame.style.removeProperty('overflow');
});
