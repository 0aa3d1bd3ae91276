import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { DataTable } from 'broadsheet';
import { checkA11y, expectNoA11yViolations } from 'broadsheet/testing';

const table = {
  caption: 'Delegations by year',
  head: ['Year', 'Delegations'],
  rows: [
    ['2012', '70'],
    ['2013', '90'],
  ],
  rowHeaders: true,
  source: 'Munich Security Conference',
};

describe('DataTable', () => {
  it('is a table named by its caption, with column and row headers', () => {
    render(DataTable, table);
    const grid = screen.getByRole('table', { name: 'Delegations by year' });
    expect(
      within(grid)
        .getAllByRole('columnheader')
        .map((th) => [th.textContent, th.getAttribute('scope')]),
    ).toEqual([
      ['Year', 'col'],
      ['Delegations', 'col'],
    ]);
    expect(
      within(grid)
        .getAllByRole('rowheader')
        .map((th) => th.textContent),
    ).toEqual(['2012', '2013']);
    expect(
      within(grid)
        .getAllByRole('cell')
        .map((td) => td.textContent),
    ).toEqual(['70', '90']);
  });

  it('sits in a focusable region named by the same caption, so it scrolls by keyboard', () => {
    render(DataTable, table);
    const region = screen.getByRole('region', { name: 'Delegations by year' });
    expect(region).toHaveAttribute('tabindex', '0');
    expect(within(region).getByRole('table')).toBeInTheDocument();
  });

  it('gives the source after the table, labelled in the page language', () => {
    const { container } = render(DataTable, { ...table, lang: 'de' });
    expect(container.querySelector('.source')).toHaveTextContent(
      'Quelle: Munich Security Conference',
    );
  });

  it('has no axe violations', async () => {
    const { container } = render(DataTable, table);
    await expectNoA11yViolations(container);
  });

  it('fails axe when a header cell is emptied (the check is real)', async () => {
    const { container } = render(DataTable, table);
    container.querySelector('th')!.textContent = '';
    expect((await checkA11y(container)).map((v) => v.id)).toContain('empty-table-header');
  });

  it.each([
    [
      { ...table, rows: [['2012']] },
      /prop `rows\[0\]` must have 2 cells, one per column of `head`/,
    ],
    [{ ...table, head: [] }, /prop `head` must name at least one column/],
    [{ ...table, caption: '' }, /prop `caption` must be a non-empty string/],
  ])('refuses bad props (%#)', (props, message) => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => render(DataTable, props as never)).toThrow(message);
  });
});
