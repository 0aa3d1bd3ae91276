import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import { beforeEach, describe, expect, it } from 'vitest';
import { expectNoA11yViolations } from 'broadsheet/testing';
import { tabFromPageStart } from '$tests/helpers/keyboard';
import SkipLinksPage from './SkipLinksPage.test.svelte';

function visibleInViewport(element: Element) {
  const box = element.getBoundingClientRect();
  const centre = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
  return {
    inside: box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight && box.right <= innerWidth,
    // A clipped or 1px box is not visible, whatever the DOM says.
    readable: box.width > 40 && box.height > 16,
    onTop: centre !== null && element.contains(centre),
  };
}

describe('SkipLinks in Chromium', () => {
  beforeEach(async () => {
    await render(SkipLinksPage);
  });

  it('is focused by the first Tab and is then visible, on top, inside the viewport', async () => {
    const first = document.querySelector('a[href="#content"]')!;
    expect(visibleInViewport(first).readable).toBe(false);

    await tabFromPageStart();

    expect(document.activeElement).toBe(first);
    expect(visibleInViewport(first)).toEqual({ inside: true, readable: true, onTop: true });
    expect(getComputedStyle(first).outlineStyle).toBe('solid');
    expect(parseFloat(getComputedStyle(first).outlineWidth)).toBeGreaterThanOrEqual(2);
  });

  it('moves focus to the target on Enter; the next Tab continues after it', async () => {
    await tabFromPageStart();
    await userEvent.keyboard('{Enter}');

    const main = document.getElementById('content')!;
    expect(document.activeElement).toBe(main);
    expect(main.getAttribute('tabindex')).toBe('-1');

    await userEvent.tab();
    expect(document.activeElement?.textContent).toBe('Read more');
    // The target lent its tabindex only while it held focus.
    expect(main.hasAttribute('tabindex')).toBe(false);
  });

  it('marks a target that was focusable already, so no ring surrounds the region, and keeps its tabindex', async () => {
    const main = document.getElementById('content')!;
    main.setAttribute('tabindex', '-1');
    await tabFromPageStart();
    await userEvent.keyboard('{Enter}');
    expect(document.activeElement).toBe(main);
    expect(main.hasAttribute('data-bs-skip-target')).toBe(true);
    expect(getComputedStyle(main).outlineStyle).toBe('none');
    await userEvent.tab();
    expect(main.hasAttribute('data-bs-skip-target')).toBe(false);
    expect(main.getAttribute('tabindex')).toBe('-1');
  });

  it('takes the second link to the main menu', async () => {
    await tabFromPageStart();
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    expect(document.activeElement).toBe(document.getElementById('navigation'));
    await userEvent.tab();
    expect(document.activeElement?.textContent).toBe('World');
  });

  it('has no axe violations with every rule on, contrast included, when hidden and when shown', async () => {
    await expectNoA11yViolations(document, { scope: 'page' });
    await tabFromPageStart();
    // Shown, the skip link covers the top corner of the page by design (it holds focus and
    // sits on top); axe judges the links themselves, contrast and target size included.
    await expectNoA11yViolations(document.querySelector('nav[aria-label="Skip links"]')!);
  });
});
