import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { Article, Notes } from 'broadsheet';
import { expectNoA11yViolations } from 'broadsheet/testing';
import { explainerArticle } from '$fixtures/explainer';
import { largestArticle } from '$fixtures/largest';
import { visibleText } from '$tests/helpers/text';

describe('Notes', () => {
  it('lists each note with its kind in words and its date in a <time>', () => {
    const { container } = render(Notes, { notes: largestArticle.notes, timeZone: 'Europe/Berlin' });
    const region = screen.getByRole('region', { name: 'Corrections and updates' });
    const items = within(region).getAllByRole('listitem');
    expect(items.map((item) => visibleText(item.querySelector('.meta')!))).toEqual([
      'Correction, February 4, 2013',
      'Clarification, February 4, 2013',
      'Update, February 5, 2013 at 10:00 AM GMT+1',
      'Editor’s note, February 5, 2013',
    ]);
    expect(container.querySelector('time')).toHaveAttribute('datetime', '2013-02-04');
  });

  it('writes the kinds and dates in the page language', () => {
    render(Notes, { lang: 'de', notes: [largestArticle.notes[0]!] });
    expect(
      screen.getByRole('region', { name: 'Korrekturen und Aktualisierungen' }),
    ).toHaveTextContent('Korrektur, 4. Februar 2013');
  });

  it('in an article, points to a correction from the top, and the link reaches the notes', () => {
    const { container } = render(Article, { article: explainerArticle, jsonLd: false });
    const link = screen.getByRole('link', { name: 'Read the correction' });
    const notes = container.querySelector(link.getAttribute('href')!)!;
    expect(notes).toBe(screen.getByRole('region', { name: 'Corrections and updates' }));
    // The pointer comes before the body; the notes after it.
    const body = container.querySelector('.body')!;
    expect(link.compareDocumentPosition(body) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(body.compareDocumentPosition(notes) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('has no axe violations', async () => {
    const { container } = render(Notes, { notes: largestArticle.notes });
    await expectNoA11yViolations(container);
  });

  it.each([
    [{ notes: [] }, /<Notes>: prop `notes` must hold at least one note/],
    [
      { notes: [{ kind: 'erratum', date: '2013-02-04', text: 'x' }] },
      /prop `notes\[0\].kind` must be "correction", "clarification", "update" or "editors-note"; got "erratum"/,
    ],
    [
      { notes: [{ kind: 'update', date: '2013-02-30', text: 'x' }] },
      /prop `notes\[0\].date` must be an ISO 8601 date; got "2013-02-30"/,
    ],
  ])('refuses bad props (%#)', (props, message) => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => render(Notes, props as never)).toThrow(message);
  });
});
