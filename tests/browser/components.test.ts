// Every component state (each folder's Name.states.ts) in Chromium: axe with every rule, and
// no horizontal overflow at 320 CSS px.
import { page } from 'vitest/browser';
import { afterEach, describe, expect, it } from 'vitest';
import { checkReflow, expectNoA11yViolations, expectNoPageProblems } from 'broadsheet/testing';
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
    expect(container.childElementCount).toBeGreaterThan(0);
    // Nothing outside the page or cut off; a wide table scrolls in its own region (1.4.10).
    expectNoPageProblems(checkReflow());
  });
});
