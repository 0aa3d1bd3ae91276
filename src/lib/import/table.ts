// <table> to a table block: header cells name the columns, a caption names the table, and
// whatever a CMS leaves out (a header row, a caption, a cell) is filled visibly and reported.
import type { BodyBlock, DataTable, RichText } from '../article/types.js';
import { isElement, textOf, type Element, type Node } from './html.js';
import { hasText, inlineOf, plain, richText, runsOf, type InlineContext } from './inline.js';

/** What mapping tables needs from the import: the captions so far, which must differ. */
export interface TableContext extends InlineContext {
  /** Each table caption given so far, with how many tables have had it. */
  tableCaptions: Map<string, number>;
}

export function table(element: Element, outsideCaption: string | undefined, context: TableContext) {
  const { drop } = context;
  const rows: Element[] = [];
  let caption = outsideCaption;
  const stack: Node[] = [...element.childNodes].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isElement(node)) continue;
    if (node.tagName === 'caption') caption = plain(runsOf(node.childNodes, context));
    else if (node.tagName === 'tr') rows.push(node);
    else if (['thead', 'tbody', 'tfoot'].includes(node.tagName))
      stack.push(...[...node.childNodes].reverse());
    else drop(node, 'content of a table outside its rows', textOf(node));
  }
  const cells = rows.map((row) =>
    row.childNodes.filter(isElement).filter((c) => c.tagName === 'td' || c.tagName === 'th'),
  );
  if (cells.length === 0 || cells.every((r) => r.length === 0)) {
    return void drop(element, 'table without rows', textOf(element));
  }
  const first = cells[0]!;
  const hasHead = first.length > 0 && first.every((c) => c.tagName === 'th');
  const headCells = hasHead ? first : [];
  const bodyRows = hasHead ? cells.slice(1) : cells;
  const columns = Math.max(headCells.length, ...bodyRows.map((r) => r.length));
  const cellText = (cell: Element | undefined): RichText => {
    if (!cell) return '–';
    const runs = inlineOf(cell.childNodes, context);
    return hasText(runs) ? richText(runs) : '–';
  };
  const head = Array.from(
    { length: columns },
    (_, i) => (headCells[i] ? plain(runsOf(headCells[i]!.childNodes, context)) : '') || '–',
  );
  if (!hasHead)
    drop(
      element,
      'table without header cells: its columns are named "–"; mark the first row as <th>',
    );
  if (
    bodyRows.some((r) => r.length !== columns) ||
    bodyRows.flat().some((c) => !hasText(runsOf(c.childNodes, context)))
  ) {
    drop(element, 'table with empty or missing cells: they are shown as "–"');
  }
  if (!caption) {
    const named = head.some((cell) => cell !== '–');
    caption = named ? head.join(', ') : `Table ${context.tableCaptions.size + 1}`;
    drop(
      element,
      `table without a caption: it is named "${caption}"${named ? ' by its column headers' : ''}; add a <caption> that says what it shows`,
    );
  }
  // Each table is a region named by its caption: two alike would be two regions of one name.
  const seen = context.tableCaptions.get(caption) ?? 0;
  context.tableCaptions.set(caption, seen + 1);
  if (seen > 0) {
    drop(
      element,
      `table with the same caption as an earlier one: it is named "${caption} (${seen + 1})"; give each table its own caption`,
    );
    caption = `${caption} (${seen + 1})`;
  }
  const data: DataTable = {
    caption,
    head,
    rows: bodyRows.map((r) => Array.from({ length: columns }, (_, i) => cellText(r[i]))),
    ...(bodyRows.length > 0 &&
      bodyRows.every((r) => r[0]?.tagName === 'th') && { rowHeaders: true }),
  };
  if (data.rows.length === 0)
    return void drop(element, 'table with a header row only', textOf(element));
  return { type: 'table', table: data } satisfies BodyBlock;
}
