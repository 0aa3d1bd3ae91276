// How the browser tests tell content that scrolls on purpose from content that overflows.

/**
 * A box that scrolls on purpose and that a keyboard can scroll: it takes focus (a wide data
 * table's region). WCAG 1.4.10 excepts such content from reflow; what it holds beyond its edge
 * is scrolled to, not lost.
 */
export function isKeyboardScrollable(element: Element): boolean {
  const { overflowX } = getComputedStyle(element);
  return (overflowX === 'auto' || overflowX === 'scroll') && (element as HTMLElement).tabIndex >= 0;
}

export function insideKeyboardScrollable(element: Element): boolean {
  for (let el: Element | null = element; el; el = el.parentElement) {
    if (isKeyboardScrollable(el)) return true;
  }
  return false;
}
