import { render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { Headline } from 'broadsheet';
import { checkA11y, expectNoA11yViolations } from 'broadsheet/testing';
import { dwArticle } from '$fixtures/dw-us-russia';

describe('Headline', () => {
  it('is a level-1 heading with the standfirst as a paragraph after it', () => {
    const { container } = render(Headline, {
      headline: dwArticle.headline,
      standfirst: dwArticle.standfirst,
    });
    const heading = screen.getByRole('heading', { level: 1, name: dwArticle.headline });
    const standfirst = screen.getByText(dwArticle.standfirst);
    expect(standfirst.tagName).toBe('P');
    expect(heading.compareDocumentPosition(standfirst)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
    expect(container.querySelector('header')).toContainElement(heading);
  });

  it('puts the kicker before the heading, outside its accessible name', () => {
    render(Headline, { headline: 'US, Russia ponder differences', kicker: 'Security policy' });
    const heading = screen.getByRole('heading', { name: 'US, Russia ponder differences' });
    const kicker = screen.getByText('Security policy');
    expect(kicker.compareDocumentPosition(heading)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
  });

  it.each([1, 2, 3, 4, 5, 6] as const)('renders level %i with the heading id', (level) => {
    render(Headline, { headline: 'Title', headingLevel: level, id: 'article-title' });
    expect(screen.getByRole('heading', { level })).toHaveAttribute('id', 'article-title');
  });

  it('renders only the heading when the optional parts are absent', () => {
    const { container } = render(Headline, { headline: 'Title' });
    expect(container.querySelectorAll('p')).toHaveLength(0);
  });

  it('has no axe violations in every state', async () => {
    for (const props of [
      { headline: dwArticle.headline, standfirst: dwArticle.standfirst },
      { headline: 'Title', kicker: 'Syria', standfirst: 'Teaser', headingLevel: 2 as const },
      {
        headline: 'A'.repeat(300),
        standfirst: 'Donaudampfschifffahrtsgesellschaftskapitänswitwe'.repeat(2),
      },
    ]) {
      const { container, unmount } = render(Headline, props);
      await expectNoA11yViolations(container);
      unmount();
    }
  });

  it('axe fails a heading emptied of its text (the check is real)', async () => {
    const { container } = render(Headline, { headline: 'Title' });
    screen.getByRole('heading').textContent = '';
    expect((await checkA11y(container)).map((v) => v.id)).toContain('empty-heading');
  });

  it('still takes the deprecated `level`, with a warning naming `headingLevel`', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(Headline, { headline: 'Title', level: 3 });
    expect(screen.getByRole('heading', { level: 3, name: 'Title' })).toBeInTheDocument();
    expect(warn).toHaveBeenCalledWith(
      '<Headline>: prop `level` is deprecated; use `headingLevel`.',
    );
  });

  it('prefers `headingLevel` when both are given', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(Headline, { headline: 'Title', headingLevel: 2, level: 4 });
    expect(screen.getByRole('heading', { level: 2 })).toBeInTheDocument();
  });

  it.each([
    [{ headline: '' }, /<Headline>: prop `headline` must be a non-empty string; got ""/],
    [
      { headline: 'T', headingLevel: 7 },
      /`headingLevel` must be a whole number from 1 to 6; got 7/,
    ],
    [{ headline: 'T', level: 0 }, /`level` must be a whole number from 1 to 6; got 0/],
    [{ headline: 'T', standfirst: 42 }, /`standfirst` must be a string; got 42/],
  ])('rejects bad props: %j', (props, message) => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    // @ts-expect-error -- deliberately bad props
    expect(() => render(Headline, props)).toThrow(message);
  });
});
