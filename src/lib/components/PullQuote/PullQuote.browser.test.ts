import { render } from 'vitest-browser-svelte';
import { describe, expect, it } from 'vitest';
import { PullQuote } from 'broadsheet';
import { checkA11y } from 'broadsheet/testing';
import { lavrovQuote } from '$fixtures/dw-us-russia';

describe('PullQuote that repeats the body', () => {
  // In jsdom axe reports aria-hidden-focus only as "incomplete" (no layout), so this lives here.
  it('axe fails it when it holds something focusable (the check is real)', async () => {
    const { container } = await render(PullQuote, {
      props: { text: lavrovQuote, repeatsBody: true },
    });
    const link = document.createElement('a');
    link.href = '#x';
    link.textContent = 'a link';
    container.querySelector('blockquote')!.append(link);
    expect((await checkA11y(container)).map((v) => v.id)).toContain('aria-hidden-focus');
  });
});
