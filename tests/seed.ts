// The DW seed article as lines of text. The shared seed (../shared/seed) is the source; a copy
// is committed beside the fixture so that a clone without shared/ still tests against it.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
export const sharedSeedPath = path.resolve(
  root,
  '../shared/seed/dw-us-russia-ponder-differences.txt',
);
export const committedSeedPath = path.resolve(root, 'fixtures/dw-us-russia-ponder-differences.txt');

export const seedText = readFileSync(
  existsSync(sharedSeedPath) ? sharedSeedPath : committedSeedPath,
  'utf8',
);

/** The seed's lines, trimmed, with the numbering of the skip-link list taken off. */
export const seedLines = seedText
  .split('\n')
  .map((line) => line.trim().replace(/^\d+\.\s+/, ''))
  .filter(Boolean);
