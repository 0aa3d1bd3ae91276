// <table> to a table block: what a CMS leaves out is filled visibly and reported.
import { parseFragment } from 'parse5';
import { expect, it } from 'vitest';
import { isElement, type Element } from './html';
import { report } from './report';
import { table } from './table';

const element = (html: string) => parseFragment(html).childNodes.find(isElement) as Element;

function context() {
  const { dropped, drop } = report();
  return { dropped, drop, media: [], tableCaptions: new Map<string, number>() };
}

it('reads the header row, row headers and the caption', () => {
  const ctx = context();
  const html =
    '<table><caption>Delegates</caption><tr><th>Year</th><th>Count</th></tr><tr><th>2012</th><td>350</td></tr></table>';
  expect(table(element(html), undefined, ctx)).toEqual({
    type: 'table',
    table: {
      caption: 'Delegates',
      head: ['Year', 'Count'],
      rows: [['2012', '350']],
      rowHeaders: true,
    },
  });
  expect(ctx.dropped).toEqual([]);
});

it('fills a missing header, cell and caption with what a reader can follow, and says so', () => {
  const ctx = context();
  const block = table(
    element('<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>'),
    undefined,
    ctx,
  );
  expect(block?.table).toEqual({
    caption: 'Table 1',
    head: ['–', '–'],
    rows: [
      ['a', 'b'],
      ['c', '–'],
    ],
  });
  expect(ctx.dropped.map((d) => d.reason)).toEqual([
    expect.stringMatching(/without header cells/),
    expect.stringMatching(/empty or missing cells/),
    expect.stringMatching(/without a caption/),
  ]);
});

it('takes the caption of the figure around it', () => {
  const block = table(
    element('<table><tr><th>A</th></tr><tr><td>1</td></tr></table>'),
    'From the figure',
    context(),
  );
  expect(block?.table.caption).toBe('From the figure');
});

it('gives two tables of one caption two names: each is a region a listener can tell apart', () => {
  const ctx = context();
  const html = '<table><caption>Votes</caption><tr><th>A</th></tr><tr><td>1</td></tr></table>';
  expect(table(element(html), undefined, ctx)?.table.caption).toBe('Votes');
  expect(table(element(html), undefined, ctx)?.table.caption).toBe('Votes (2)');
  expect(ctx.dropped.at(-1)?.reason).toMatch(/same caption as an earlier one/);
});
