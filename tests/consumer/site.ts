// The consumer site built from the packed tarball, shared by its test and by the benchmarks.
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  mkdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import type { Browser } from 'playwright';
import { dwArticle } from '../../fixtures/dw-us-russia';
import { blocksToTypeCheck } from '../helpers/readme';

export const root = path.resolve(import.meta.dirname, '../..');

// The environment of a shell, not of a test runner: NODE_ENV=test would make Vite build the
// site with the "development" condition.
const shellEnv = Object.fromEntries(
  Object.entries(process.env).filter(
    ([key]) => key !== 'NODE_ENV' && !key.startsWith('VITEST') && key !== 'TEST',
  ),
);

export function run(command: string, args: string[], cwd: string): string {
  try {
    return execFileSync(command, args, {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...shellEnv, NO_COLOR: '1', FORCE_COLOR: '0' },
    });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${stdout}\n${stderr}`, {
      cause: error,
    });
  }
}

/** Broadsheet as `npm pack` wrote it: the tarball, and what npm said it holds. */
export interface PackedBroadsheet {
  tarball: string;
  packed: { files: { path: string; size: number }[]; size: number; unpackedSize: number };
}

/**
 * Builds dist/ and packs it into `dir`. Once per run (tests/consumer/pack.setup.ts gives every
 * consumer test the same tarball): two builds at once empty each other's folders.
 */
export function packBroadsheet(dir: string): PackedBroadsheet {
  run('npm', ['run', 'package:dist'], root);
  const [packed] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', dir], root));
  return { tarball: path.join(dir, packed.filename), packed };
}

export interface ConsumerSite extends PackedBroadsheet {
  buildDir: string;
  checkOutput: string;
  siteTestOutput: string;
  /** The site's own folder, with the package installed. */
  site: string;
  /** What `npm run lint:content` printed. */
  lintOutput: string;
  remove: () => void;
}

/** Installs packed Broadsheet into a copy of tests/consumer/site, checks, builds and tests it. */
export function buildConsumerSite({ tarball, packed }: PackedBroadsheet): ConsumerSite {
  const work = mkdtempSync(path.join(tmpdir(), 'broadsheet-consumer-'));
  const site = path.join(work, 'site');

  cpSync(path.join(root, 'tests/consumer/site'), site, {
    recursive: true,
    filter: (src) => !/node_modules|\.svelte-kit|[\\/]build$/.test(src),
  });
  // The seed article, as the site's own content, and the embed of its page with one.
  for (const file of [
    'dw-us-russia.ts',
    'translations.ts',
    'embeds.ts',
    'live-msc.ts',
    'lavrov-biden.svg',
  ]) {
    cpSync(path.join(root, 'fixtures', file), path.join(site, 'src/lib/fixtures', file));
  }
  // The README's Svelte and TypeScript blocks, type-checked by the site's svelte-check below.
  for (const block of blocksToTypeCheck()) {
    mkdirSync(path.dirname(path.join(site, block.file)), { recursive: true });
    writeFileSync(path.join(site, block.file), block.code);
  }
  // The CMS's media library: what the WordPress post's featured image points at.
  mkdirSync(path.join(site, 'static'), { recursive: true });
  cpSync(path.join(root, 'fixtures/lavrov-biden.svg'), path.join(site, 'static/lavrov-biden.svg'));
  // The site's content as its CMS hands it over: JSON, linted by `npm run lint:content`.
  mkdirSync(path.join(site, 'content'), { recursive: true });
  writeFileSync(
    path.join(site, 'content/dw-us-russia.json'),
    JSON.stringify(
      { ...dwArticle, leadImage: { ...dwArticle.leadImage, src: '/lavrov-biden.svg' } },
      null,
      2,
    ),
  );
  run('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund'], site);
  run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', tarball], site);
  const checkOutput = run('npm', ['run', 'check'], site);
  run('npm', ['run', 'build'], site);
  const siteTestOutput = run('npm', ['test'], site);
  const lintOutput = run('npm', ['run', '--silent', 'lint:content'], site);
  return {
    tarball,
    packed,
    buildDir: path.join(site, 'build'),
    checkOutput,
    siteTestOutput,
    site,
    lintOutput,
    remove: () => rmSync(work, { recursive: true, force: true }),
  };
}

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

/** Serves `dir` on 127.0.0.1 at a free port. */
export function serve(dir: string): Promise<{ origin: string; close: () => void }> {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    let file = path.join(dir, decodeURIComponent(url.pathname));
    if (!file.startsWith(dir)) return void response.writeHead(403).end();
    // As static hosts serve adapter-static's output: /a is a.html, beside a/__data.json.
    const isFile = (f: string) => existsSync(f) && statSync(f).isFile();
    if (!isFile(file)) {
      file = [path.join(file, 'index.html'), `${file.replace(/\/$/, '')}.html`].find(isFile) ?? '';
    }
    if (!file) return void response.writeHead(404).end('not found');
    response.writeHead(200, {
      'content-type': types[path.extname(file)] ?? 'application/octet-stream',
    });
    response.end(readFileSync(file));
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ origin: `http://127.0.0.1:${port}`, close: () => server.close() });
    }),
  );
}

export interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}

export function sizes(content: string | Buffer): Sizes {
  const buffer = Buffer.from(content);
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer).length,
  };
}

/** The stylesheets a built page links, in its order, as one file. */
export function linkedStylesheets(buildDir: string, html: string): Buffer {
  return Buffer.concat(
    [...html.matchAll(/<link href="([^"]+\.css)" rel="stylesheet"/g)].map((m) =>
      readFileSync(path.join(buildDir, m[1]!.replace(/^\.?\//, ''))),
    ),
  );
}

/** The bytes of the example page: its HTML, the CSS it links, and all the JS it may load. */
export function pageBytes(buildDir: string): { html: Sizes; css: Sizes; js: Sizes } {
  const html = readFileSync(path.join(buildDir, 'index.html'), 'utf8');
  const css = linkedStylesheets(buildDir, html);
  const jsDir = path.join(buildDir, '_app/immutable');
  const js = Buffer.concat(
    readdirSync(jsDir, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.js'))
      .map((file) => readFileSync(path.join(jsDir, file))),
  );
  return { html: sizes(html), css: sizes(css), js: sizes(js) };
}

/**
 * The sum of layout-shift entries while the example page loads at `width` CSS px, with every
 * image response held back for a second.
 */
export async function layoutShift(
  browser: Browser,
  origin: string,
  width: number,
): Promise<number> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    (window as unknown as { shift: number }).shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) {
        (window as unknown as { shift: number }).shift += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  let delayed = 0;
  await page.route(/\.(svg|png|jpe?g|webp|avif)(\?|$)/, async (route) => {
    delayed++;
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await route.continue();
  });
  await page.goto(`${origin}/`, { waitUntil: 'load' });
  await page.waitForTimeout(200);
  const shift = await page.evaluate(() => (window as unknown as { shift: number }).shift);
  await context.close();
  if (delayed === 0)
    throw new Error('no image request was delayed: the measurement would be empty');
  return shift;
}

/**
 * What Broadsheet itself writes into a page: the skip links, the article, and the scripts it
 * writes beside the article (its JSON-LD; for another language than English, its labels).
 */
export function broadsheetHtml(html: string): string {
  const skipLinks = /<nav aria-label="Skip links"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? '';
  const article = /<article[\s\S]*<\/article>/.exec(html)?.[0] ?? '';
  const beside = html.match(
    /<script type="application\/(ld\+)?json" data-broadsheet[\s\S]*?<\/script>/g,
  );
  return `${skipLinks}${article}${beside?.join('') ?? ''}`;
}
