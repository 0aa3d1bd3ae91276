// The site's own accessibility check, the way a newsroom would write it with broadsheet/testing.
import { render } from '@testing-library/svelte';
import { expect, it } from 'vitest';
import { articlesReady, checkA11y, expectNoA11yViolations } from 'broadsheet/testing';
import Page from './+page.svelte';
import { load } from './+page.server';

// The page as the server's load hands it its data.
const props = { data: load() };

it('the article page has no accessibility violations', async () => {
  const { container } = render(Page, { props });
  // Rendered in the browser, not hydrated: the article appears once it is checked.
  await articlesReady();
  expect(container.querySelector('h1')?.textContent).toBe('US, Russia ponder differences');
  await expectNoA11yViolations(container);
});

it('reports a real violation with a readable message', async () => {
  const { container } = render(Page, { props });
  await articlesReady();
  container.querySelector('img')?.removeAttribute('alt');
  const violations = await checkA11y(container);
  expect(violations.map((v) => v.id)).toContain('image-alt');
  await expect(expectNoA11yViolations(container)).rejects.toThrow(
    /image-alt: Images must have alternative text/,
  );
});
