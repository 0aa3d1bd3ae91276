import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { Related } from 'broadsheet';
import { expectNoA11yViolations } from 'broadsheet/testing';
import { explainerArticle } from '$fixtures/explainer';

describe('Related', () => {
  it('is a region named "Related" with a list of links named by their headlines', () => {
    render(Related, { links: explainerArticle.related });
    const region = screen.getByRole('region', { name: 'Related' });
    const links = within(within(region).getByRole('list')).getAllByRole('link');
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      [
        'US, Russia ponder differences',
        'https://www.dw.com/en/us-russia-ponder-differences/a-16571441',
      ],
      ['Biden offers Iran direct talks', '/en/biden-offers-iran-direct-talks/a-16571000'],
    ]);
    const first = within(region).getAllByRole('listitem')[0]!;
    expect(first).toHaveTextContent('Munich Security Conference');
    expect(first.querySelector('time')).toHaveAttribute('datetime', '2013-02-02');
  });

  it('has no axe violations', async () => {
    const { container } = render(Related, { links: explainerArticle.related });
    await expectNoA11yViolations(container);
  });

  it.each([
    [{ links: [] }, /<Related>: prop `links` must hold at least one link/],
    [
      { links: [{ text: 'x', href: 'javascript:alert(1)' }] },
      /prop `links\[0\].href` must be an http\(s\) or relative link/,
    ],
    [{ links: [{ text: 'x', href: '/a', published: 'yesterday' }] }, /must be an ISO 8601 date/],
  ])('refuses bad props (%#)', (props, message) => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => render(Related, props as never)).toThrow(message);
  });
});
