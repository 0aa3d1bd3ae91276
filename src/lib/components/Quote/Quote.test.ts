import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { Quote } from 'broadsheet';
import { expectNoA11yViolations } from 'broadsheet/testing';
import { spokenText } from '$tests/helpers/text';

const source = 'https://www.dw.com/en/us-russia-ponder-differences/a-16571441';

describe('Quote', () => {
  it('is a blockquote read in place, with its source and the person quoted', () => {
    const { container } = render(Quote, {
      text: ['We will make that happen.', 'He added more.'],
      attribution: 'Sergei Lavrov',
      cite: source,
    });
    const quote = screen.getByRole('blockquote');
    expect(quote).toHaveAttribute('cite', source);
    expect(
      within(quote)
        .getAllByRole('paragraph')
        .map((p) => p.textContent),
    ).toEqual(['We will make that happen.', 'He added more.']);
    // Nothing of it is hidden from a screen reader but the decorative dash.
    expect(spokenText(container.querySelector('figure')!)).toBe(
      'We will make that happen.He added more. Sergei Lavrov',
    );
  });

  it('marks a quotation in another language with its own lang', () => {
    render(Quote, { text: ['Мы это сделаем.'], quoteLang: 'ru' });
    expect(screen.getByRole('blockquote')).toHaveAttribute('lang', 'ru');
  });

  it('has no axe violations', async () => {
    const { container } = render(Quote, { text: ['A'], attribution: 'B', cite: source });
    await expectNoA11yViolations(container);
  });

  it.each([
    [{ text: [] }, /<Quote>: prop `text` must hold at least one paragraph/],
    [{ text: ['a'], cite: 'javascript:alert(1)' }, /prop `cite` must be an absolute http\(s\) URL/],
  ])('refuses bad props: %o', (props, message) => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => render(Quote, props as never)).toThrow(message);
  });
});
