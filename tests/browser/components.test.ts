// Every component state (each folder's Name.states.ts) in Chromium: axe with every rule, and
// no horizontal overflow at 320 CSS px.
import { page } from 'vitest/browser';
import { afterEach, describe, expect, it } from 'vitest';
import { expectNoA11yViolations } from 'broadsheet/testing';
import { insideKeyboardScrollable } from '$tests/helpers/layout';
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
      // A wide table scrolls inside its own keyboard-scrollable region (WCAG 1.4.10's exception).
      if (element.parentElement && insideKeyboardScrollable(element.parentElement)) continue;
      const box = element.getBoundingClientRect();
      if (box.width > 1) expect(box.right, element.outerHTML.slice(0, 80)).toBeLessThanOrEqual(320);
    }
  });
});
