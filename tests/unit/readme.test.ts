// The README's code for continuous integration is the consumer site's own code, which the
// consumer test type-checks and runs: a block here that drifts from the site fails this test.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { root } from '$tests/helpers/components';

const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
const site = (file: string) => readFileSync(path.join(root, 'tests/consumer/site', file), 'utf8');
const blocks = [...readme.matchAll(/```(\w+)\n([\s\S]*?)```/g)].map(([, lang, code]) => ({
  lang,
  code: code!,
}));

it.each([
  ['src/routes/page.test.ts', 'ts'],
  ['src/lib/cms/wordpress.ts', 'ts'],
  ['src/routes/wordpress/+page.ts', 'ts'],
  ['src/lib/cms/headless.ts', 'ts'],
  ['scripts/check-pages.mjs', 'js'],
  ['.github/workflows/accessibility.yml', 'yaml'],
])('shows %s exactly as the consumer site has it', (file, lang) => {
  expect(blocks).toContainEqual({ lang, code: site(file) });
});

it("shows the site's lint:content script", () => {
  const { scripts } = JSON.parse(site('package.json'));
  const shown = blocks.filter((block) => block.lang === 'json').map((b) => JSON.parse(b.code));
  expect(shown).toContainEqual({ scripts: { 'lint:content': scripts['lint:content'] } });
});

it('runs in its workflow only what the consumer test runs in the site', () => {
  const workflow = site('.github/workflows/accessibility.yml');
  const runs = [...workflow.matchAll(/- run: (.+)/g)].map(([, command]) => command!);
  expect(runs).toContain('npx broadsheet lint --strip-unknown "content/**/*.json" --format github');
  expect(runs).toContain('npm test');
  expect(runs).toContain('node scripts/check-pages.mjs http://127.0.0.1:4173/');
});
