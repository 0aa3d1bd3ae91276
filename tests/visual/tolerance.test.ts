// The visual tests' tolerance, shown: a picture with one pixel changed still matches its
// reference, and a block moved by a few pixels does not. Same comparison options as every
// story's pictures (screens.ts), same pinned fonts.
import { expect, test } from 'vitest';
import { page, server } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import { Headline } from 'broadsheet';
import { usePinnedFonts } from './fonts';
import { matchOptions, toleranceReference as reference } from './screens';

// `--update` rewrites a reference that does not match: only the first test may then run.
const updating = server.config.snapshotOptions.updateSnapshot === 'all';

async function renderHeadline(): Promise<HTMLElement> {
  await page.viewport(320, 600);
  const { container } = await render(Headline, {
    kicker: 'Munich Security Conference',
    headline: 'US, Russia ponder differences',
    standfirst: 'Washington has urged Moscow to put aside "serious disagreements".',
    lang: 'en',
  });
  await usePinnedFonts();
  return container;
}

test('the reference picture matches the component as it is', async () => {
  const picture = await renderHeadline();
  await expect.element(page.elementLocator(picture)).toMatchScreenshot(reference, matchOptions);
});

test.skipIf(updating)('one changed pixel does not fail the picture', async () => {
  const picture = await renderHeadline();
  const speck = document.createElement('span');
  speck.style.cssText =
    'position: absolute; inset-block-start: 40px; inset-inline-start: 200px; inline-size: 1px; block-size: 1px; background: #ff00ff';
  picture.style.position = 'relative';
  picture.append(speck);
  await expect.element(page.elementLocator(picture)).toMatchScreenshot(reference, matchOptions);
});

test.skipIf(updating)('a block moved by 6 px fails the picture', async () => {
  const picture = await renderHeadline();
  picture.querySelector<HTMLElement>('p:last-of-type')!.style.marginBlockStart = 'calc(1rem + 6px)';
  await expect(
    expect
      .element(page.elementLocator(picture))
      .toMatchScreenshot(reference, { ...matchOptions, timeout: 2_000 }),
  ).rejects.toThrow(/screenshot/i);
});
