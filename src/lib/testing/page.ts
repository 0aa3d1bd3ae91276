// The checks Broadsheet holds itself to beyond axe, for your own pages, in a real browser:
// reflow at 320 CSS px (WCAG 1.4.10), text spacing (1.4.12), a visible focus indicator on
// everything Tab reaches (2.4.7, 2.4.11, 1.4.11), also in forced colours, and no motion when
// the reader asks for less (2.3.3). Use them in Vitest browser mode (the `check…` functions run
// in the page) or from Playwright (`checkPage(page)` drives the page from Node).

/** One thing a reader would meet: which check, which element, and what to fix. */
export interface PageProblem {
  check: 'reflow' | 'text-spacing' | 'focus' | 'motion';
  /** A CSS selector for the element, as specific as its id and classes make it. */
  element: string;
  message: string;
}

export type PageCheck = PageProblem['check'];

/**
 * Runs one check inside the page. Self-contained on purpose: Playwright sends this function's
 * source to the page, so it may use nothing from outside its own body.
 */
export function inspectPage(
  check: Exclude<PageCheck, 'focus'> | 'focused',
  rootSelector?: string,
): PageProblem[] {
  const root = rootSelector ? document.querySelector(rootSelector)! : document.body;
  const problems: PageProblem[] = [];
  const describe = (element: Element): string => {
    if (element.id) return `#${CSS.escape(element.id)}`;
    const classes = [...element.classList].filter((c) => !/^svelte-/.test(c)).slice(0, 2);
    const name = element.localName + classes.map((c) => `.${CSS.escape(c)}`).join('');
    const text = (element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
    return text ? `${name} ("${text}")` : name;
  };
  const visuallyHidden = (element: Element): boolean => {
    for (let el: Element | null = element; el; el = el.parentElement) {
      if (getComputedStyle(el).clipPath === 'inset(50%)') return true;
    }
    return false;
  };
  // Content that scrolls on purpose, by keyboard too (a wide table's region): WCAG 1.4.10 excepts it.
  const scrollsByKeyboard = (element: Element): boolean => {
    const { overflowX } = getComputedStyle(element);
    return (
      (overflowX === 'auto' || overflowX === 'scroll') && (element as HTMLElement).tabIndex >= 0
    );
  };
  const insideScroller = (element: Element): boolean => {
    for (let el: Element | null = element; el; el = el.parentElement)
      if (scrollsByKeyboard(el)) return true;
    return false;
  };
  const textRects = () => {
    const rects: { parent: Element; node: Node; rect: DOMRect }[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (
        !parent ||
        !node.textContent!.trim() ||
        visuallyHidden(parent) ||
        !parent.checkVisibility()
      )
        continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const rect of range.getClientRects()) {
        if (rect.width > 0 && rect.height > 0) rects.push({ parent, node, rect });
      }
    }
    return rects;
  };
  const clipping = (kind: PageCheck, fix: string) => {
    for (const el of root.querySelectorAll('*')) {
      const style = getComputedStyle(el);
      if (visuallyHidden(el) || style.overflow === 'visible' || scrollsByKeyboard(el)) continue;
      if (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1) {
        problems.push({
          check: kind,
          element: describe(el),
          message: `cuts off its content: ${fix}`,
        });
      }
    }
  };
  const overlaps = (kind: PageCheck, fix: string) => {
    const rects = textRects();
    for (let i = 0; i < rects.length; i++) {
      for (let j = i + 1; j < rects.length; j++) {
        const a = rects[i]!;
        const b = rects[j]!;
        if (a.node === b.node) continue;
        const x = Math.min(a.rect.right, b.rect.right) - Math.max(a.rect.left, b.rect.left);
        const y = Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.top, b.rect.top);
        if (x > 2 && y > Math.min(a.rect.height, b.rect.height) / 5) {
          problems.push({
            check: kind,
            element: describe(a.parent),
            message: `overlaps ${describe(b.parent)}: ${fix}`,
          });
        }
      }
    }
  };

  if (check === 'reflow') {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > width + 1) {
      problems.push({
        check,
        element: 'html',
        message: `the page is ${document.documentElement.scrollWidth}px wide in a ${width}px viewport and scrolls sideways: let wide content wrap or scroll in its own region`,
      });
    }
    for (const { parent, rect } of textRects()) {
      if (insideScroller(parent)) continue;
      if (rect.left < -1 || rect.right > width + 1) {
        problems.push({
          check,
          element: describe(parent),
          message: 'has text outside the page: let it wrap (overflow-wrap: anywhere) or shrink',
        });
      }
    }
    clipping(check, 'give it room to grow, or let its content wrap');
  } else if (check === 'text-spacing') {
    // The WCAG 1.4.12 bookmarklet's values, applied and taken away again.
    const style = document.createElement('style');
    style.textContent = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-block-end: 2em !important; }`;
    document.head.append(style);
    try {
      clipping(check, 'with wider text spacing its text no longer fits: avoid fixed heights');
      overlaps(
        check,
        'with wider text spacing two texts are drawn over each other: avoid fixed heights and absolute positions',
      );
    } finally {
      style.remove();
    }
  } else if (check === 'motion') {
    for (const el of [root, ...root.querySelectorAll('*')]) {
      const style = getComputedStyle(el);
      const moving = (durations: string) => durations.split(',').some((d) => parseFloat(d) > 0);
      if (style.animationName !== 'none' && moving(style.animationDuration)) {
        problems.push({
          check,
          element: describe(el),
          message:
            'animates although the reader asked for reduced motion: stop it under @media (prefers-reduced-motion: reduce)',
        });
      }
      if (moving(style.transitionDuration)) {
        problems.push({
          check,
          element: describe(el),
          message:
            'has a transition although the reader asked for reduced motion: remove it under @media (prefers-reduced-motion: reduce)',
        });
      }
    }
  } else {
    // 'focused': the element that has focus now, after a real Tab.
    const element = document.activeElement;
    if (!element || element === document.body) return problems;
    if (element instanceof HTMLMediaElement && element.controls) return problems; // the browser draws its controls' ring
    element.scrollIntoView({ block: 'center' });
    const style = getComputedStyle(element);
    const width = parseFloat(style.outlineWidth);
    if (style.outlineStyle === 'none' || !(width >= 2)) {
      problems.push({
        check: 'focus',
        element: describe(element),
        message:
          'shows no focus outline of 2px or more when focused by keyboard: add :focus-visible { outline: 0.1875rem solid … }',
      });
      return problems;
    }
    // Contrast of the outline with what surrounds it (the element itself for an inset outline).
    const rgb = (color: string) => {
      const canvas = document.createElement('canvas').getContext('2d')!;
      canvas.fillStyle = color;
      canvas.fillRect(0, 0, 1, 1);
      const [r, g, b, a] = canvas.getImageData(0, 0, 1, 1).data;
      return { r: r!, g: g!, b: b!, a: a! };
    };
    const background = (el: Element | null): string => {
      for (; el; el = el.parentElement) {
        const bg = getComputedStyle(el).backgroundColor;
        if (rgb(bg).a > 0) return bg;
      }
      return 'white';
    };
    const luminance = ({ r, g, b }: { r: number; g: number; b: number }) => {
      const channel = (c: number) =>
        (c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    };
    const behind = background(
      parseFloat(style.outlineOffset) < 0 ? element : element.parentElement,
    );
    const [l1, l2] = [luminance(rgb(style.outlineColor)), luminance(rgb(behind))].sort(
      (a, b) => b - a,
    );
    const ratio = (l1! + 0.05) / (l2! + 0.05);
    if (ratio < 3) {
      problems.push({
        check: 'focus',
        element: describe(element),
        message: `has a focus outline of ${ratio.toFixed(2)}:1 against what surrounds it; it needs 3:1`,
      });
    }
    const box = [...element.getClientRects()].sort((a, b) => b.width - a.width)[0];
    if (box) {
      const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      if (top && top !== element && !element.contains(top)) {
        problems.push({
          check: 'focus',
          element: describe(element),
          message: `is hidden behind ${describe(top)} when focused (WCAG 2.4.11): keep sticky headers and overlays clear of focused elements`,
        });
      }
    }
  }
  return problems;
}

/** Reflow: run with the viewport at 320 CSS px wide (WCAG 1.4.10). */
export function checkReflow(root?: string): PageProblem[] {
  return inspectPage('reflow', root);
}

/** Text spacing: applies WCAG 1.4.12's spacing, looks for clipped or overlapping text, removes it. */
export function checkTextSpacing(root?: string): PageProblem[] {
  return inspectPage('text-spacing', root);
}

/** No motion: run with `prefers-reduced-motion: reduce` emulated. */
export function checkReducedMotion(root?: string): PageProblem[] {
  return inspectPage('motion', root);
}

/**
 * Focus indicators: presses Tab from the start of the page through everything it reaches, and
 * checks each element's outline (2px at least, 3:1 at least, not hidden behind something).
 * `tab` presses the key: `() => userEvent.tab()` in Vitest browser mode.
 */
export async function checkFocusIndicators(
  tab: () => Promise<unknown>,
  limit = 300,
): Promise<PageProblem[]> {
  (document.activeElement as HTMLElement | null)?.blur();
  const problems: PageProblem[] = [];
  const seen = new Set<Element>();
  for (let i = 0; i < limit; i++) {
    await tab();
    const active = document.activeElement;
    if (!active || active === document.body) break;
    if (seen.has(active)) {
      if (active instanceof HTMLMediaElement) continue; // Tab moves through a player's own controls
      break;
    }
    seen.add(active);
    problems.push(...inspectPage('focused'));
  }
  return problems;
}

/** One readable report of the problems, or nothing: throw it in a test. */
export function formatPageProblems(problems: PageProblem[]): string {
  return problems.map((p) => `[${p.check}] ${p.element} ${p.message}`).join('\n');
}

/** Throws a readable report when there are problems. */
export function expectNoPageProblems(problems: PageProblem[]): void {
  if (problems.length > 0) {
    throw new Error(`${problems.length} page problem(s):\n${formatPageProblems(problems)}`);
  }
}

/** What `checkPage` needs of a Playwright `Page`; Playwright's own type fits. */
export interface PlaywrightPage {
  evaluate<R, A>(fn: (arg: A) => R, arg: A): Promise<R>;
  setViewportSize(size: { width: number; height: number }): Promise<void>;
  viewportSize(): { width: number; height: number } | null;
  emulateMedia(media: {
    reducedMotion?: 'reduce' | 'no-preference' | null;
    forcedColors?: 'active' | 'none' | null;
  }): Promise<void>;
  keyboard: { press(key: string): Promise<void> };
}

/**
 * Every check on a page loaded in Playwright: reflow at 320 × 256 CSS px, text spacing, focus
 * indicators in normal and forced colours, and no motion under reduced motion. The viewport and
 * media emulation are restored afterwards.
 */
export async function checkPage(
  page: PlaywrightPage,
  {
    root,
    checks = ['reflow', 'text-spacing', 'focus', 'motion'],
  }: { root?: string; checks?: PageCheck[] } = {},
): Promise<PageProblem[]> {
  const run = (check: Parameters<typeof inspectPage>[0]) =>
    page.evaluate(
      ({ source, check, root }) => {
        // The function's own source, rebuilt in the page: it uses nothing from outside itself.
        const inspect = new Function(`return (${source})`)() as typeof inspectPage;
        return inspect(check, root);
      },
      { source: inspectPage.toString(), check, root },
    );
  const problems: PageProblem[] = [];
  const viewport = page.viewportSize();
  if (checks.includes('reflow')) {
    await page.setViewportSize({ width: 320, height: 256 });
    problems.push(...(await run('reflow')));
    if (viewport) await page.setViewportSize(viewport);
  }
  if (checks.includes('text-spacing')) problems.push(...(await run('text-spacing')));
  if (checks.includes('focus')) {
    for (const forcedColors of ['none', 'active'] as const) {
      await page.emulateMedia({ forcedColors });
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur(), undefined);
      const seen: string[] = [];
      for (let i = 0; i < 300; i++) {
        await page.keyboard.press('Tab');
        const key = await page.evaluate(() => {
          const active = document.activeElement;
          if (!active || active === document.body) return '';
          // A stable key for the element: its path in the document.
          const path: number[] = [];
          for (let el: Element | null = active; el?.parentElement; el = el.parentElement) {
            path.push([...el.parentElement.children].indexOf(el));
          }
          return `${active.localName}:${path.join('.')}:${active instanceof HTMLMediaElement ? 'media' : ''}`;
        }, undefined);
        if (!key) break;
        if (seen.includes(key)) {
          if (key.endsWith(':media') && seen.at(-1) === key) continue;
          break;
        }
        seen.push(key);
        const found = await run('focused');
        problems.push(
          ...found.map((p) =>
            forcedColors === 'active' ? { ...p, message: `in forced colours, ${p.message}` } : p,
          ),
        );
      }
    }
    await page.emulateMedia({ forcedColors: null });
  }
  if (checks.includes('motion')) {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    problems.push(...(await run('motion')));
    await page.emulateMedia({ reducedMotion: null });
  }
  return problems;
}
