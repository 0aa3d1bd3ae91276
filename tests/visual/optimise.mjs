// Rewrites the reference pictures losslessly smaller (oxipng, through @napi-rs/image): the same
// pixels in fewer bytes, so that each update of the pictures weighs less in git's history.
// `npm run test:visual:update` runs it after writing new pictures.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { losslessCompressPng } from '@napi-rs/image';

const dir = path.resolve(import.meta.dirname, 'baselines');
let before = 0;
let after = 0;
for (const file of readdirSync(dir).filter((name) => name.endsWith('.png'))) {
  const original = readFileSync(path.join(dir, file));
  const smaller = await losslessCompressPng(original);
  before += original.length;
  if (smaller.length < original.length) writeFileSync(path.join(dir, file), smaller);
  after += Math.min(smaller.length, original.length);
}
/** @param {number} bytes */
const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;
console.log(`tests/visual/baselines: ${mb(before)} → ${mb(after)}, pixels unchanged`);
