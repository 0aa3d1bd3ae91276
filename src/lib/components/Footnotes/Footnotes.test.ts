import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { Article, Footnotes } from 'broadsheet';
import { expectNoA11yViolations } from 'broadsheet/testing';
import { explainerArticle } from '$fixtures/explainer';

describe('Footnotes', () => {
  it('lists the notes in order under a "Footnotes" heading, each linking back', () => {
    render(Footnotes, { idPrefix: 'a', notes: ['First note.', 'Second note.'] });
    const region = screen.getByRole('region', { name: 'Footnotes' });
    const items = within(within(region).getByRole('list')).getAllByRole('listitem');
    expect(items.map((item) => item.id)).toEqual(['a-fn-1', 'a-fn-2']);
    expect(items[0]).toHaveTextContent('First note. Back to content');
    expect(within(items[1]!).getByRole('link', { name: 'Back to content' })).toHaveAttribute(
      'href',
      '#a-fnref-2',
    );
  });

  it('in an article, each reference is named "Footnote N" and points at its note, and back', () => {
    const { container } = render(Article, { article: explainerArticle, jsonLd: false });
    const references = screen.getAllByRole('link', { name: /^Footnote \d$/ });
    // Shown as [1] and [2]; named "Footnote 1" and "Footnote 2".
    expect(references.map((a) => a.querySelector('[aria-hidden]')?.textContent)).toEqual([
      '[1]',
      '[2]',
    ]);
    for (const reference of references) {
      const note = container.querySelector(reference.getAttribute('href')!)!;
      expect(note.tagName).toBe('LI');
      const back = within(note as HTMLElement).getByRole('link', { name: 'Back to content' });
      expect(back.getAttribute('href')).toBe(`#${reference.id}`);
    }
    expect(screen.getByText(/Internationale Wehrkunde-Begegnung/).closest('li')?.id).toMatch(
      /-fn-1$/,
    );
  });

  it('names the references in the page language', () => {
    render(Article, {
      jsonLd: false,
      article: {
        lang: 'de',
        headline: 'Titel',
        published: '2013-02-02',
        body: [{ type: 'paragraph', text: ['Text', { text: '.', footnote: 'Eine Anmerkung.' }] }],
      },
    });
    expect(screen.getByRole('link', { name: 'Fußnote 1' })).toBeVisible();
    expect(screen.getByRole('region', { name: 'Fußnoten' })).toBeVisible();
  });

  it('has no axe violations', async () => {
    const { container } = render(Footnotes, { idPrefix: 'a', notes: ['A note.'] });
    await expectNoA11yViolations(container);
  });

  it.each([
    [{ idPrefix: 'a', notes: [] }, /<Footnotes>: prop `notes` must hold at least one note/],
    [{ idPrefix: '', notes: ['x'] }, /prop `idPrefix` must be a non-empty string/],
  ])('refuses bad props (%#)', (props, message) => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => render(Footnotes, props as never)).toThrow(message);
  });
});
