import { DataTable } from 'broadsheet';
import { largestArticle } from '$fixtures/largest';
import { longWord } from '$fixtures/stress';
import { state } from '$tests/helpers/state';

const table = largestArticle.body.find((block) => block.type === 'table')!.table;

export default [
  state('DataTable', DataTable, table),
  state('DataTable, wider than the column', DataTable, {
    caption: 'Delegations by year and country',
    head: ['Country', ...Array.from({ length: 12 }, (_, i) => String(2002 + i))],
    rows: [
      ['Germany', ...Array.from({ length: 12 }, (_, i) => String(10 + i))],
      [longWord, ...Array.from({ length: 12 }, (_, i) => String(20 + i))],
    ],
    rowHeaders: true,
    source: longWord,
  }),
];
