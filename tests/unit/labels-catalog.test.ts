// The labels of each language live in a file of their own (src/lib/i18n/catalog/<lang>.ts): a
// browser fetches one language, through its loader. A server needs every language at once,
// without importing those files (a static import would put them all in every browser bundle),
// so catalog/all.ts holds them all, generated from the files: this test compares it with them,
// and `npm run labels` rewrites it.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { catalog } from '../../src/lib/i18n/catalog/all';
import { loaders } from '../../src/lib/i18n/catalog/loaders';

const dir = path.join(import.meta.dirname, '../../src/lib/i18n/catalog');
const languages = readdirSync(dir)
  .filter((file) => file.endsWith('.ts') && file !== 'all.ts' && file !== 'loaders.ts')
  .map((file) => file.replace(/\.ts$/, ''))
  .sort();

it('has a loader for every language file, and no other', () => {
  expect(Object.keys(loaders).sort()).toEqual(languages);
});

it('is all.ts: every language file, as it is', async () => {
  const files = Object.fromEntries(
    await Promise.all(languages.map(async (lang) => [lang, (await loaders[lang]!()).default])),
  );
  const generated = `// Generated from the language files beside it by \`npm run labels\`: edit those, not this.
// Every language at once, for the server, which renders any language and sends none of this to
// the browser (../labels.ts reads it only where \`BROWSER\` is false).
import type { Labels } from '../labels.js';

export const catalog: Record<string, Partial<Labels>> = ${JSON.stringify(files, null, 2)};
`;
  const file = path.join(dir, 'all.ts');
  if (process.env.BROADSHEET_WRITE_LABELS === '1') writeFileSync(file, generated);
  expect(readFileSync(file, 'utf8'), 'run `npm run labels`').toBe(generated);
  expect(catalog).toEqual(files);
});
