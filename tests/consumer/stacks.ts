// The stacks besides SvelteKit (tests/consumer/stacks): one install of the packed tarball, then
// each stack's own build. What every row reads is in reader.ts.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { dwArticle } from '../../fixtures/dw-us-russia';
import { datawrapperEmbed } from '../../fixtures/embeds';
import { liveArticle } from '../../fixtures/live-msc';
import { german } from '../../fixtures/translations';
import { root, run, type PackedBroadsheet } from './site';

/**
 * The articles every stack shows: the seed in English, the German translation with a chart
 * behind consent (its notice and button are the labels a hydrating island must keep), and the
 * Munich Security Conference live, with the link to its older posts.
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
    live: { ...liveArticle, live: { ...liveArticle.live, olderPosts: '/live?page=2' } },
  };
}

export interface Stacks {
  dir: string;
  /** The packed tarball. */
  tarball: string;
  /** Where each stack's built pages are: /en and /de (and /de.html), the image beside them. */
  out: { node: string; vite: string; astro: string };
  remove: () => void;
}

/** Installs packed Broadsheet into a copy of tests/consumer/stacks. */
export function installStacks({ tarball }: PackedBroadsheet): Stacks {
  const work = mkdtempSync(path.join(tmpdir(), 'broadsheet-stacks-'));
  const dir = path.join(work, 'stacks');
  cpSync(path.join(root, 'tests/consumer/stacks'), dir, {
    recursive: true,
    filter: (src) => !/node_modules|[\\/](out|dist|\.astro)$/.test(src),
  });
  mkdirSync(path.join(dir, 'content'), { recursive: true });
  for (const [name, doc] of Object.entries(stackDocuments())) {
    writeFileSync(path.join(dir, `content/${name}.json`), JSON.stringify(doc, null, 2));
  }
  run('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund'], dir);
  run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', tarball], dir);
  const out = {
    node: path.join(dir, 'node/out'),
    vite: path.join(dir, 'vite/dist'),
    astro: path.join(dir, 'astro/dist'),
  };
  return {
    dir,
    tarball,
    out,
    remove: () => rmSync(work, { recursive: true, force: true }),
  };
}

/**
 * The plain Node render again, with the oldest Svelte the package's peerDependencies allow
 * (installed beside the tarball in a folder of its own): its pages in `out`.
 */
export function renderWithOldestSvelte(stacks: Stacks): { version: string; out: string } {
  const { peerDependencies } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  const version = /^\^(\d+\.\d+\.\d+)$/.exec(peerDependencies.svelte)?.[1];
  if (!version)
    throw new Error(`peerDependencies.svelte is not ^x.y.z: ${peerDependencies.svelte}`);
  const dir = path.join(path.dirname(stacks.dir), 'oldest');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    path.join(dir, 'package.json'),
    JSON.stringify({ name: 'oldest-svelte', private: true, type: 'module' }),
  );
  cpSync(path.join(stacks.dir, 'node'), path.join(dir, 'node'), {
    recursive: true,
    filter: (src) => !/[\\/]out$/.test(src),
  });
  cpSync(path.join(stacks.dir, 'content'), path.join(dir, 'content'), { recursive: true });
  run(
    'npm',
    ['install', '--prefer-offline', '--no-audit', '--no-fund', `svelte@${version}`, stacks.tarball],
    dir,
  );
  run('node', ['node/render.js'], dir);
  const out = path.join(dir, 'node/out');
  cpSync(path.join(root, 'fixtures/lavrov-biden.svg'), path.join(out, 'lavrov-biden.svg'));
  return { version, out };
}

/** Builds one stack and puts the example photo beside its pages. */
export function buildStack(stacks: Stacks, name: keyof Stacks['out']) {
  run('npm', ['run', `build:${name}`], stacks.dir);
  cpSync(
    path.join(root, 'fixtures/lavrov-biden.svg'),
    path.join(stacks.out[name], 'lavrov-biden.svg'),
  );
}
