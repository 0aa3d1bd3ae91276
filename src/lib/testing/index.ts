// 'broadsheet/testing': the accessibility checks Broadsheet holds itself to, for your own CI.
// Works in jsdom (Vitest, Jest) and in a real browser (Vitest browser mode, Playwright).
import axe from 'axe-core';
import { tick } from 'svelte';
import { settled } from '../article/lazy.js';

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
  // axe leaves its experimental rules out unless asked: those that test a WCAG A or AA
  // criterion (p-as-heading: a paragraph styled as a heading) are asked for by name.
  const experimental = axe
    .getRules(['experimental'])
    .filter((rule) => rule.tags.some((tag) => wcagTags.includes(tag) && tag !== 'best-practice'))
    .map((rule) => rule.ruleId);
  return {
    runOnly: { type: 'tag', values: wcagTags },
    rules: Object.fromEntries([
      ...experimental.map((id) => [id, { enabled: true }]),
      ...off.map((id) => [id, { enabled: false }]),
    ]),
    resultTypes: ['violations'],
  };
}

function isJsdom(): boolean {
  return typeof navigator !== 'undefined' && navigator.userAgent.includes('jsdom');
}

/**
 * Resolves once every `<Article>` rendered in this browser (or jsdom) shows its document: an
 * article first rendered in the browser may wait for the validator (when nobody checked its
 * document) and for its language's labels; this waits for exactly those fetches, then for
 * Svelte to apply them. A page hydrating the server's markup waits for nothing. Await it after
 * `render`, before reading the article; `checkA11y` awaits it too.
 */
export async function articlesReady(): Promise<void> {
  await settled();
  await tick();
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
