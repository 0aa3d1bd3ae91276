// 'broadsheet/testing': the accessibility checks Broadsheet holds itself to, for your own CI.
// Works in jsdom (Vitest, Jest) and in a real browser (Vitest browser mode, Playwright).
import axe from 'axe-core';
import { tick } from 'svelte';

/** The axe tags Broadsheet is tested against: WCAG 2.2 A and AA plus axe's best practices. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * Rules about a whole page (one main landmark, a level-one heading, all content in landmarks,
 * a way to bypass blocks). They are right for a page and wrong for a component on its own.
 */
export const pageRules = ['region', 'landmark-one-main', 'page-has-heading-one', 'bypass'];

export interface A11yOptions {
  /** `component` (the default) leaves out the page-level rules; `page` runs every rule. */
  scope?: 'component' | 'page';
  /** Rules to turn off, by axe id, each with the reason in your own review. */
  disableRules?: string[];
}

/** axe options for the given scope. */
export function axeOptions({
  scope = 'component',
  disableRules = [],
}: A11yOptions = {}): axe.RunOptions {
  const off = [...disableRules, ...(scope === 'component' ? pageRules : [])];
  // jsdom has no layout and no computed colours: axe cannot measure contrast there, so the
  // contrast rule runs only in a real browser.
  if (isJsdom()) off.push('color-contrast');
  return {
    runOnly: { type: 'tag', values: wcagTags },
    rules: Object.fromEntries(off.map((id) => [id, { enabled: false }])),
    resultTypes: ['violations'],
  };
}

function isJsdom(): boolean {
  return typeof navigator !== 'undefined' && navigator.userAgent.includes('jsdom');
}

/**
 * Resolves once every `<Article>` rendered in this browser (or jsdom) shows its document. An
 * article the browser lays out itself waits for its renderer, and for the validator when
 * nobody checked its document (a page hydrating the server's markup needs neither); await this
 * after `render`, before reading the article. `checkA11y` awaits it too, so that axe never
 * checks an article that has not appeared yet.
 */
export async function articlesReady(): Promise<void> {
  // Nothing renders an article outside a DOM, and a plain Node process (a Playwright script)
  // could not load the renderer's module.
  if (typeof document === 'undefined') return;
  const [{ loadLayout }] = await Promise.all([
    import('../components/Article/layout.js'),
    import('../article/parse.js'),
  ]);
  await loadLayout();
  // Each article takes them up as its own fetches resolve, then renders: a turn for each step.
  for (let step = 0; step < 3; step++) {
    await new Promise((resolve) => setTimeout(resolve));
    await tick();
  }
}

/** Runs axe on `target` (an element or the whole document) and returns the violations. */
export async function checkA11y(
  target: Element | Document = document,
  options: A11yOptions = {},
): Promise<axe.Result[]> {
  await articlesReady();
  const results = await axe.run(target, axeOptions(options));
  return results.violations;
}

/** Throws an error with a readable report when axe finds any violation in `target`. */
export async function expectNoA11yViolations(
  target: Element | Document = document,
  options: A11yOptions = {},
): Promise<void> {
  const violations = await checkA11y(target, options);
  if (violations.length > 0) throw new Error(formatViolations(violations));
}

/** One paragraph per violated rule: id, impact, help, URL, then every failing node. */
export function formatViolations(violations: axe.Result[]): string {
  const count = violations.reduce((sum, v) => sum + v.nodes.length, 0);
  const rules = violations.map((v) =>
    [
      `[${v.impact ?? 'unknown'}] ${v.id}: ${v.help}`,
      `  ${v.helpUrl}`,
      ...v.nodes.map(
        (node) =>
          `  - ${node.target.join(' ')}\n    ${node.html}\n    ${(node.failureSummary ?? '').replaceAll('\n', '\n    ')}`,
      ),
    ].join('\n'),
  );
  return `${count} accessibility violation(s) in ${violations.length} rule(s):\n\n${rules.join('\n\n')}`;
}

export {
  checkFocusIndicators,
  checkPage,
  checkReducedMotion,
  checkReflow,
  checkTextSpacing,
  expectNoPageProblems,
  formatPageProblems,
  inspectPage,
} from './page.js';
export type { PageCheck, PageProblem, PlaywrightPage } from './page.js';
