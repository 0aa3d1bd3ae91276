// The stacks besides SvelteKit (tests/consumer/stacks): one install of the packed tarball, then
// each stack's own build. What every row reads is in reader.ts.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { dwArticle } from '../../fixtures/dw-us-russia';
import { datawrapperEmbed } from '../../fixtures/embeds';
import { german } from '../../fixtures/translations';
import { root, run } from './site';

/**
 * The two articles every stack shows: the seed in English, and the German translation with a
 * chart behind consent (its notice and button are the labels a hydrating island must keep).
 */
export function stackDocuments() {
  const image = { src: '/lavrov-biden.svg' };
  return {
    en: { ...dwArticle, leadImage: { ...dwArticle.leadImage, ...image } },
    de: {
      ...german.article,
      leadImage: { ...german.article.leadImage!, ...image },
      body: [...german.article.body, { type: 'embed' as const, embed: datawrapperEmbed }],
    },
  };
}

export interface Stacks {
  dir: string;
  /** Where each stack's built pages are: /en and /de (and /de.html), the image beside them. */
  out: { node: string; vite: string; astro: string };
  remove: () => void;
}

/** Packs Broadsheet and installs it into a copy of tests/consumer/stacks. */
export function installStacks(): Stacks {
  const work = mkdtempSync(path.join(tmpdir(), 'broadsheet-stacks-'));
  const dir = path.join(work, 'stacks');
  run('npm', ['run', 'package:dist'], root);
  const [packed] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work], root));
  cpSync(path.join(root, 'tests/consumer/stacks'), dir, {
    recursive: true,
    filter: (src) => !/node_modules|[\\/](out|dist|\.astro)$/.test(src),
  });
  mkdirSync(path.join(dir, 'content'), { recursive: true });
  for (const [name, doc] of Object.entries(stackDocuments())) {
    writeFileSync(path.join(dir, `content/${name}.json`), JSON.stringify(doc, null, 2));
  }
  run('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund'], dir);
  run(
    'npm',
    ['install', '--prefer-offline', '--no-audit', '--no-fund', path.join(work, packed.filename)],
    dir,
  );
  const out = {
    node: path.join(dir, 'node/out'),
    vite: path.join(dir, 'vite/dist'),
    astro: path.join(dir, 'astro/dist'),
  };
  return { dir, out, remove: () => rmSync(work, { recursive: true, force: true }) };
}

/** Builds one stack and puts the example photo beside its pages. */
export function buildStack(stacks: Stacks, name: keyof Stacks['out']) {
  run('npm', ['run', `build:${name}`], stacks.dir);
  cpSync(
    path.join(root, 'fixtures/lavrov-biden.svg'),
    path.join(stacks.out[name], 'lavrov-biden.svg'),
  );
}
