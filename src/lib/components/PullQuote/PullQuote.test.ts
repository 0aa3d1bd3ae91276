import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { PullQuote } from 'broadsheet';
import { expectNoA11yViolations } from 'broadsheet/testing';
import { lavrovQuote } from '$fixtures/dw-us-russia';
import { spokenText, visibleText } from '$tests/helpers/text';

describe('PullQuote', () => {
  it('is a figure with a blockquote and the attribution in a figcaption, marks hidden', () => {
    const { container } = render(PullQuote, { text: lavrovQuote, attribution: 'Sergei Lavrov' });
    const figure = screen.getByRole('figure');
    const quote = within(figure).getByRole('blockquote');
    expect(visibleText(quote)).toBe(`“${lavrovQuote}”`);
    expect(spokenText(quote)).toBe(lavrovQuote);
    expect(figure.querySelector('figcaption')!.textContent).toBe('—\u00a0Sergei Lavrov');
    expect(spokenText(figure.querySelector('figcaption')!)).toBe('Sergei Lavrov');
    expect(container.querySelector('cite')).toBeNull();
  });

  it('marks the language of a quotation in another language', () => {
    render(PullQuote, { text: 'Wir werden das schaffen', quoteLang: 'de' });
    expect(screen.getByRole('blockquote')).toHaveAttribute('lang', 'de');
  });

  it('hides a quote that repeats the body from assistive technology, as a whole', () => {
    render(PullQuote, { text: lavrovQuote, attribution: 'Sergei Lavrov', repeatsBody: true });
    expect(screen.queryByRole('figure')).toBeNull();
    expect(screen.queryByRole('blockquote')).toBeNull();
    expect(screen.getByText(lavrovQuote).closest('figure')).toHaveAttribute('aria-hidden', 'true');
  });

  it('has no axe violations in every state', async () => {
    for (const props of [
      { text: lavrovQuote, attribution: 'Sergei Lavrov' },
      { text: lavrovQuote },
      { text: lavrovQuote, repeatsBody: true },
      { text: 'x'.repeat(600), attribution: 'y'.repeat(60), lang: 'ru' },
    ]) {
      const { container, unmount } = render(PullQuote, props);
      await expectNoA11yViolations(container);
      unmount();
    }
  });

  it.each([
    [{ text: '' }, /<PullQuote>: prop `text` must be a non-empty string/],
    [{ text: 'Q', attribution: 5 }, /prop `attribution` must be a string; got 5/],
    [
      { text: 'Q', repeatsBody: true, tabindex: 0 },
      /prop `tabindex` must not make a `repeatsBody` quote focusable; got 0/,
    ],
  ])('rejects bad props: %j', (props, message) => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => render(PullQuote, props as never)).toThrow(message);
  });
});
