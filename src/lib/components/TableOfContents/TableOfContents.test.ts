import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { Article, TableOfContents } from 'broadsheet';
import { expectNoA11yViolations } from 'broadsheet/testing';
import { dwArticle } from '$fixtures/dw-us-russia';
import { explainerArticle } from '$fixtures/explainer';

describe('TableOfContents', () => {
  it('is a navigation named "Contents" with a numbered list of links', () => {
    render(TableOfContents, {
      entries: [
        { id: 'a', text: 'First' },
        { id: 'b', text: 'Second' },
      ],
    });
    const nav = screen.getByRole('navigation', { name: 'Contents' });
    expect(within(nav).getByRole('list').tagName).toBe('OL');
    expect(
      within(nav)
        .getAllByRole('link')
        .map((a) => a.getAttribute('href')),
    ).toEqual(['#a', '#b']);
  });

  it('in an article, links every subheading by a stable id made of its words', () => {
    const { container } = render(Article, { article: explainerArticle, jsonLd: false });
    const nav = screen.getByRole('navigation', { name: 'Contents' });
    const links = within(nav).getAllByRole('link');
    const headings = [...container.querySelectorAll('.subheading')];
    expect(links.map((a) => a.textContent)).toEqual(headings.map((h) => h.textContent));
    links.forEach((link, i) => expect(link.getAttribute('href')).toBe(`#${headings[i]!.id}`));
    expect(headings[0]!.id).toMatch(/-who-comes-to-munich$/);
    // A "Back to contents" link after the body returns to it.
    expect(screen.getByRole('link', { name: 'Back to contents' })).toHaveAttribute(
      'href',
      `#${nav.id}`,
    );
  });

  it('shows itself from three subheadings on, unless told otherwise', () => {
    const dw = render(Article, { article: dwArticle, jsonLd: false });
    expect(screen.queryByRole('navigation', { name: 'Contents' })).toBeNull();
    dw.unmount();
    const forced = render(Article, { article: dwArticle, jsonLd: false, contents: true });
    expect(screen.getByRole('navigation', { name: 'Contents' })).toBeVisible();
    forced.unmount();
    render(Article, { article: explainerArticle, jsonLd: false, contents: false });
    expect(screen.queryByRole('navigation', { name: 'Contents' })).toBeNull();
  });

  it('has no axe violations', async () => {
    const { container } = render(TableOfContents, { entries: [{ id: 'a', text: 'First' }] });
    await expectNoA11yViolations(container);
  });

  it('refuses an empty list', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => render(TableOfContents, { entries: [] })).toThrow(
      /<TableOfContents>: prop `entries` must hold at least one heading/,
    );
  });
});
