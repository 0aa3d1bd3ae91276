import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { Summary } from 'broadsheet';
import { expectNoA11yViolations } from 'broadsheet/testing';
import { explainerArticle } from '$fixtures/explainer';

describe('Summary', () => {
  it('is a region named "Key points" holding a list of the points', () => {
    render(Summary, { points: explainerArticle.summary });
    const region = screen.getByRole('region', { name: 'Key points' });
    expect(within(region).getByRole('heading', { level: 2, name: 'Key points' })).toBeVisible();
    const items = within(within(region).getByRole('list')).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'The conference is a private forum, not a summit: nothing it says is binding.',
      'About 90 delegations came in 2013, more than ever before.',
      'Syria dominated the talks; the US and Russia stayed apart on it.',
    ]);
    expect(within(items[1]!).getByText('90 delegations').tagName).toBe('STRONG');
  });

  it('takes the heading level and the language of the page', () => {
    render(Summary, { points: ['Eins'], headingLevel: 3, lang: 'de' });
    expect(
      screen.getByRole('heading', { level: 3, name: 'Das Wichtigste in Kürze' }),
    ).toBeVisible();
  });

  it('has no axe violations', async () => {
    const { container } = render(Summary, { points: explainerArticle.summary });
    await expectNoA11yViolations(container);
  });

  it.each([
    [{ points: [] }, /<Summary>: prop `points` must list at least one key point/],
    [{ points: ['a'], headingLevel: 7 }, /prop `headingLevel` must be a whole number from 1 to 6/],
  ])('refuses bad props: %o', (props, message) => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => render(Summary, props as never)).toThrow(message);
  });
});
