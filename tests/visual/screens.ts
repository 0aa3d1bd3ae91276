// The screens every story is photographed on, and how two pictures are compared: one source
// for the story setup, the tolerance test and the README's screenshot script.
import type { ScreenshotMatcherOptions } from 'vitest/browser';

// The dark theme changes colours, never layout: one width shows it.
export const storyScreens = [
  { width: 320, theme: 'light' },
  { width: 1280, theme: 'light' },
  { width: 1280, theme: 'dark' },
] as const;

/**
 * The stories whose pictures decide a look: each component's fullest story and its Arabic one
 * (right to left, Arabic type), the whole article, and the pages of three scripts. Every other
 * story is still played and axe-checked, and its reflow tested (tests/browser/beyond-axe);
 * a picture of a stress story would only repeat what those catch. A unit test holds the
 * committed pictures to this list.
 */
export const lookStories = [
  'article-article--dw-article',
  'article-article--explainer-every-part-of-the-second-edition',
  'article-article--explainer-in-arabic',
  'article-liveblog--munich-security-conference-2013-live',
  'article-liveblog--arabic',
  'pages-live-page-receiving-updates--the-reader-shows-the-new-posts',
  'pages-dw-article--english',
  'pages-dw-article--arabic',
  'pages-dw-article--chinese',
  'pages-dw-article--video-audio-and-embed',
  'components-audio--briefing-with-transcript',
  'components-audio--arabic',
  'components-byline--dw-byline',
  'components-byline--arabic',
  'components-datatable--three-years',
  'components-datatable--arabic',
  'components-dateline--every-part',
  'components-embed--a-chart-before-consent',
  'components-embed--after-consent',
  'components-embed--arabic',
  'components-footnotes--two-notes',
  'components-footnotes--arabic',
  'components-headline--every-part',
  'components-imagewithcredit--every-part',
  'components-list--bulleted',
  'components-list--arabic',
  'components-notes--every-kind-of-note',
  'components-notes--arabic',
  'components-pullquote--every-part',
  'components-quote--dw-quotation',
  'components-quote--arabic',
  'components-related--two-links',
  'components-related--arabic',
  'components-skiplinks--dw-menu-focused',
  'components-sourcefooter--every-part',
  'components-sourcefooter--arabic-from-the-toolbar',
  'components-summary--three-key-points',
  'components-summary--arabic',
  'components-tableofcontents--three-sections',
  'components-tableofcontents--arabic',
  'components-transcript--open',
  'components-transcript--arabic',
  'components-video--with-captions-descriptions-and-transcript',
  'components-video--arabic',
];

/** The tolerance test's own picture (tolerance.test.ts). */
export const toleranceReference = 'tolerance-headline-320-light';

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
