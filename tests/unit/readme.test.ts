// Every code block of the README is proven: the same as a consumer-site file (type-checked, built
// and run by the consumer test), type-checked in that site as a file of its own, or, for shell,
// naming npm scripts that exist. A block that drifts, or one nobody checks, fails here.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { root } from '$tests/helpers/components';
import {
  blocksToTypeCheck,
  mirroredSiteFiles,
  mirroredStackFiles,
  readmeBlocks,
  siteFile,
  stackFile,
} from '$tests/helpers/readme';

const blocks = readmeBlocks();

it.each(mirroredSiteFiles)('shows %s exactly as the consumer site has it', (file) => {
  expect(blocks.map((b) => b.code)).toContain(siteFile(file));
});

it.each(mirroredStackFiles)(
  'shows %s exactly as the stack matrix builds it (tests/consumer/stacks)',
  (file) => {
    expect(blocks.map((b) => b.code)).toContain(stackFile(file));
  },
);

it('proves every block one way or another', () => {
  const mirrored = new Set([
    ...mirroredSiteFiles.map(siteFile),
    ...mirroredStackFiles.map(stackFile),
  ]);
  const typeChecked = new Set(blocksToTypeCheck().map((b) => b.code));
  for (const block of blocks) {
    const proven =
      mirrored.has(block.code) ||
      typeChecked.has(block.code) ||
      block.lang === 'sh' ||
      block.lang === 'json';
    expect(proven, `${block.lang} block:\n${block.code}`).toBe(true);
  }
  expect(typeChecked.size).toBeGreaterThanOrEqual(3);
});

it('runs only npm scripts that exist, in its shell blocks', () => {
  const { scripts } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  const shell = blocks.filter((b) => b.lang === 'sh').map((b) => b.code);
  const runs = shell.flatMap((code) => [...code.matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1]!));
  expect(runs.length).toBeGreaterThan(0);
  for (const script of runs) expect(scripts, `npm run ${script}`).toHaveProperty([script]);
  expect(shell.join('\n')).toContain('npm test');
});

it("shows the site's lint:content script", () => {
  const { scripts } = JSON.parse(siteFile('package.json'));
  const shown = blocks.filter((block) => block.lang === 'json').map((b) => JSON.parse(b.code));
  expect(shown).toContainEqual({ scripts: { 'lint:content': scripts['lint:content'] } });
});

it('runs in its workflow only what the consumer test runs in the site', () => {
  const workflow = siteFile('.github/workflows/accessibility.yml');
  const runs = [...workflow.matchAll(/- run: (.+)/g)].map(([, command]) => command!);
  expect(runs).toContain('npx broadsheet lint --strip-unknown "content/**/*.json" --format github');
  expect(runs).toContain('npm test');
  expect(runs).toContain('node scripts/check-pages.mjs http://127.0.0.1:4173/');
});

it.each(['README.md', 'CHANGELOG.md', 'CONTRIBUTING.md'])(
  'shows in %s only pictures that exist, each with a text alternative',
  (file) => {
    const text = readFileSync(path.join(root, file), 'utf8');
    for (const [, alt, src] of text.matchAll(/!\[([^\]]*)\]\(([^)]+)\)/g)) {
      expect(alt!.trim().length, `${src} has no alt text`).toBeGreaterThan(10);
      expect(existsSync(path.join(root, src!)), `${file} shows ${src}, which is missing`).toBe(
        true,
      );
    }
  },
);
