// In-page links after the import: a link to a heading that became a subheading points to the
// subheading's id (as <Article> writes it), and any other link to `#…` becomes its text alone,
// reported, since its target is not on the article's page.
import type { BodyBlock, Inline } from '../article/types.js';
import { headingIds } from '../components/internal/slug.js';
import type { Anchors } from './anchors.js';
import { describe, isElement, type Element } from './html.js';
import type { Drop } from './report.js';

/** Points in-page links at the subheadings they meant, or turns them into text; in place. */
export function resolveInPageLinks(
  body: BodyBlock[],
  {
    anchors,
    subheadingOf,
    idPrefix,
    drop,
  }: { anchors: Anchors; subheadingOf: Map<Element, BodyBlock>; idPrefix: string; drop: Drop },
): void {
  const subheadings = body.filter((block) => block.type === 'subheading');
  const ids = headingIds(
    idPrefix,
    subheadings.map((block) => block.text),
  );
  const idOf = new Map<BodyBlock, string>(subheadings.map((block, i) => [block, ids[i]!]));
  // The target, or the heading it stands in (Word puts a bookmark inside its heading).
  const targetId = (href: string): string | undefined => {
    let at: Element | undefined = anchors.byId.get(href.slice(1));
    while (at) {
      const block = subheadingOf.get(at);
      if (block) return idOf.get(block);
      const parent = at.parentNode;
      at = parent && isElement(parent) ? parent : undefined;
    }
    return undefined;
  };
  // Text next to text is one run, as the rest of the import writes it.
  const joinText = (runs: Inline[]) => {
    for (let i = runs.length - 1; i > 0; i--) {
      const [a, b] = [runs[i - 1], runs[i]];
      if (typeof a === 'string' && typeof b === 'string') runs.splice(i - 1, 2, a + b);
    }
  };
  const resolve = (runs: Inline[]) => {
    for (const [i, run] of runs.entries()) {
      if (typeof run !== 'object' || !('href' in run) || !run.href.startsWith('#')) continue;
      const id = targetId(run.href);
      if (id) runs[i] = { text: run.text, href: `#${id}` };
      else {
        runs[i] = run.text;
        const target = anchors.byId.get(run.href.slice(1));
        drop(
          'a',
          `link to ${run.href.slice(0, 60)} removed: ${target ? `its target (${describe(target)}) is not a heading the article keeps` : 'no element on the page has that id'}; the text stays`,
        );
      }
    }
    joinText(runs);
  };
  // Every list of runs in the body, wherever a block keeps one.
  const visit = (value: unknown) => {
    if (Array.isArray(value)) {
      if (value.some((item) => typeof item === 'object' && item && 'href' in item)) resolve(value);
      value.forEach(visit);
    } else if (typeof value === 'object' && value !== null) Object.values(value).forEach(visit);
  };
  visit(body);
}
