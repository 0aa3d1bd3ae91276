import { render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { Byline } from 'broadsheet';
import { expectNoA11yViolations } from 'broadsheet/testing';
import { explainerArticle } from '$fixtures/explainer';
import { visibleText } from '$tests/helpers/text';

describe('Byline', () => {
  it('shows the names as text, joined as English joins a list, with the roles in words', () => {
    const { container } = render(Byline, { contributors: explainerArticle.byline });
    expect([...container.querySelectorAll('p')].map(visibleText)).toEqual([
      'By Rob Carter and Leila Haddad',
      'Additional reporting: Chiara Costa Pinto',
    ]);
  });

  it("links a name to the contributor's page where there is one", () => {
    render(Byline, { contributors: explainerArticle.byline });
    expect(screen.getByRole('link', { name: 'Rob Carter' })).toHaveAttribute(
      'href',
      'https://www.dw.com/en/rob-carter/person-1',
    );
    expect(screen.getAllByRole('link')).toHaveLength(1);
  });

  it.each([
    ['de', 'Von Anna Schmidt, Jonas Weber und Rob Carter'],
    ['es', 'Por Anna Schmidt, Jonas Weber y Rob Carter'],
    ['ar', 'بقلم Anna Schmidt وJonas Weber وRob Carter'],
  ])('writes the list the way %s does', (lang, expected) => {
    const { container } = render(Byline, {
      lang,
      contributors: [{ name: 'Anna Schmidt' }, { name: 'Jonas Weber' }, { name: 'Rob Carter' }],
    });
    expect(visibleText(container)).toBe(expected);
  });

  it('isolates each name, so a Latin name keeps its order in an Arabic line', () => {
    const { container } = render(Byline, { lang: 'ar', contributors: [{ name: 'Rob Carter' }] });
    expect(container.querySelector('bdi')).toHaveTextContent('Rob Carter');
  });

  it('has no axe violations', async () => {
    const { container } = render(Byline, { contributors: explainerArticle.byline });
    await expectNoA11yViolations(container);
  });

  it.each([
    [{ contributors: [] }, /prop `contributors` must list at least one person; got an array of 0/],
    [{ contributors: [{ name: ' ' }] }, /prop `contributors\[0\].name` must be a non-empty string/],
    [
      { contributors: [{ name: 'A', url: 'javascript:alert(1)' }] },
      /prop `contributors\[0\].url` must be an absolute http\(s\) URL/,
    ],
  ])('refuses bad props: %o', (props, message) => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => render(Byline, props as never)).toThrow(message);
  });
});
