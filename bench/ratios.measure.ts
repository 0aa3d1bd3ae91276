// `npm run bench:ratios`: the server-rendering ratios alone (bench/ratios.ts).
import { expect, it } from 'vitest';
import { ratioTable, ssrRatios } from './ratios';

it('prints the server-rendering ratios to the limit', () => {
  const rows = ssrRatios();
  console.log(`\n${ratioTable(rows)}\n`);
  expect(rows.every((r) => r.parsed > 0 && r.raw > 0)).toBe(true);
}, 300_000);
