// The screens every story is photographed on, and how two pictures are compared: one source
// for the story setup, the tolerance test and the README's screenshot script.
import type { ScreenshotMatcherOptions } from 'vitest/browser';

export const storyScreens = [
  { width: 320, theme: 'light' },
  { width: 320, theme: 'dark' },
  { width: 1280, theme: 'light' },
  { width: 1280, theme: 'dark' },
] as const;

/** How far down a long story is photographed, in CSS px. */
export const pictureHeight = 2400;

/** The time every story sees, so that nothing drawn depends on the day the test runs. */
export const fixedClock = new Date('2026-01-15T12:00:00Z');

/**
 * A pixel differs when its colour moves more than `threshold` (pixelmatch's YIQ distance,
 * anti-aliased edges ignored); a picture fails when more than `allowedMismatchedPixelRatio` of
 * its pixels differ. A moved or resized block changes far more than that.
 */
export const matchOptions: ScreenshotMatcherOptions<'pixelmatch'> = {
  comparatorName: 'pixelmatch',
  comparatorOptions: { threshold: 0.2, allowedMismatchedPixelRatio: 0.002 },
  screenshotOptions: { animations: 'disabled', caret: 'hide' },
  timeout: 10_000,
};
