// Broadsheet as a newsroom installs it: packed with `npm pack`, installed from the tarball into a
// small SvelteKit site (tests/consumer/site), type-checked, prerendered, served on 127.0.0.1 and
// read in Chromium with and without JavaScript.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../chromium';
import { seedLines } from '../seed';

const root = path.resolve(import.meta.dirname, '../..');
const work = mkdtempSync(path.join(tmpdir(), 'broadsheet-consumer-'));
const site = path.join(work, 'site');
const tarball = path.join(work, 'broadsheet.tgz');

// The environment of a shell, not of this test runner: NODE_ENV=test would make Vite build the
// site with the "development" condition.
const shellEnv = Object.fromEntries(
  Object.entries(process.env).filter(
    ([key]) => key !== 'NODE_ENV' && !key.startsWith('VITEST') && key !== 'TEST',
  ),
);

function run(command: string, args: string[], cwd: string): string {
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

let packed: { files: { path: string; size: number }[]; size: number; unpackedSize: number };
let checkOutput = '';
let siteTestOutput = '';
let server: Server;
let origin = '';
let browser: Browser;

function serve(dir: string): Promise<Server> {
  const types: Record<string, string> = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript',
    '.css': 'text/css',
    '.svg': 'image/svg+xml',
    '.json': 'application/json',
  };
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    let file = path.join(dir, decodeURIComponent(url.pathname));
    if (!file.startsWith(dir)) return void response.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!existsSync(file) && existsSync(`${file}.html`)) file = `${file}.html`;
    if (!existsSync(file)) return void response.writeHead(404).end('not found');
    response.writeHead(200, {
      'content-type': types[path.extname(file)] ?? 'application/octet-stream',
    });
    response.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

beforeAll(async () => {
  run('npx', ['svelte-package', '-i', 'src/lib', '-o', 'dist'], root);
  const [info] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work], root));
  packed = info;
  cpSync(path.join(work, info.filename), tarball);

  cpSync(path.join(root, 'tests/consumer/site'), site, {
    recursive: true,
    filter: (src) => !/node_modules|\.svelte-kit|[\\/]build$/.test(src),
  });
  // The seed article, as the site's own content.
  for (const file of ['dw-us-russia.ts', 'lavrov-biden.svg']) {
    cpSync(
      path.join(root, 'src/stories/fixtures', file),
      path.join(site, 'src/lib/fixtures', file),
    );
  }
  run('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund'], site);
  run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', tarball], site);
  checkOutput = run('npm', ['run', 'check'], site);
  run('npm', ['run', 'build'], site);
  siteTestOutput = run('npm', ['test'], site);

  server = await serve(path.join(site, 'build'));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  browser = await chromium.launch(chromiumLaunchOptions());
}, 600_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
  rmSync(work, { recursive: true, force: true });
});

// The site's own skip links and menus are its own; the article's words must all be there.
const articleLines = seedLines.filter((line) => !line.startsWith('Skip to'));

async function open(options: Parameters<Browser['newContext']>[0] = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const messages: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') messages.push(message.text());
  });
  page.on('pageerror', (error) => messages.push(error.message));
  await page.goto(`${origin}/`, { waitUntil: 'networkidle' });
  return { page, messages, close: () => context.close() };
}

async function visibleText(page: Page) {
  return page.evaluate(() => {
    const copy = document.body.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.visually-hidden').forEach((el) => el.remove());
    return copy.textContent!.replace(/\s+/g, ' ');
  });
}

describe('the package', () => {
  it('holds dist, README, CHANGELOG, package.json and LICENSE — no stories, tests or fixtures', () => {
    const files = packed.files.map((f) => f.path).sort();
    console.log(
      `tarball: ${packed.size} bytes packed, ${packed.unpackedSize} unpacked, ${files.length} files:\n  ${files.join('\n  ')}`,
    );
    expect(files).toContain('package.json');
    expect(files).toContain('README.md');
    expect(files).toContain('CHANGELOG.md');
    expect(files).toContain('dist/index.js');
    expect(files).toContain('dist/index.d.ts');
    expect(files).toContain('dist/testing/index.js');
    expect(files).toContain('dist/themes/dark.css');
    for (const file of files) {
      expect(file).toMatch(/^(dist\/|package\.json$|README\.md$|CHANGELOG\.md$|LICENSE$)/);
      expect(file).not.toMatch(/stories|\.test\.|\.spec\.|fixtures/);
    }
  });

  it('passes arethetypeswrong, for what applies to a Svelte package', () => {
    // esm-only: Svelte components are ES modules; there are no CommonJS consumers to serve.
    // dark.css is a stylesheet, not a module with types.
    // internal-resolution-error: the .d.ts files import './X.svelte'; TypeScript's node16 mode
    // cannot resolve that extension, bundler mode (Vite, SvelteKit, svelte-check) can, as the
    // svelte-check run in the site below proves.
    const report = run(
      'npx',
      [
        'attw',
        tarball,
        '--profile',
        'esm-only',
        '--exclude-entrypoints',
        './themes/dark.css',
        '--ignore-rules',
        'internal-resolution-error',
      ],
      root,
    );
    expect(report).toMatch(/"broadsheet\/testing"/);
  });

  it('resolves its types in the site: svelte-check passes there', () => {
    expect(checkOutput).toMatch(/svelte-check found 0 errors and 0 warnings/);
  });

  it("passes the site's own Vitest test, written with broadsheet/testing", () => {
    expect(siteTestOutput).toMatch(/Tests\s+2 passed/);
  });
});

describe('the prerendered page with JavaScript off', () => {
  it('holds the whole article, with the JSON-LD in the head', async () => {
    const { page, close } = await open({ javaScriptEnabled: false });
    const html = readFileSync(path.join(site, 'build/index.html'), 'utf8');
    console.log(`prerendered page: ${Buffer.byteLength(html)} bytes of HTML`);
    const text = await visibleText(page);
    let from = 0;
    for (const line of articleLines) {
      const at = text.indexOf(line.replace(/\s+/g, ' '), from);
      expect(at, line).toBeGreaterThanOrEqual(0);
      from = at + line.length;
    }
    const jsonLd = await page.locator('head script[type="application/ld+json"]').textContent();
    expect(JSON.parse(jsonLd!)).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'US, Russia ponder differences',
      publisher: { name: 'Deutsche Welle' },
    });
    expect(await page.title()).toBe('US, Russia ponder differences | DW');
    await close();
  });

  it('lets the skip links move the reading position', async () => {
    const { page, close } = await open({
      javaScriptEnabled: false,
      viewport: { width: 800, height: 300 },
    });
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.hash === '#content');
    const top = await page.evaluate(
      () => document.getElementById('content')!.getBoundingClientRect().top,
    );
    expect(Math.abs(top)).toBeLessThanOrEqual(1);
    await close();
  });
});

describe.each(['UTC', 'Pacific/Kiritimati', 'America/Los_Angeles'])(
  'the page with JavaScript on, in the time zone %s',
  (timezoneId) => {
    it('hydrates without errors or warnings and keeps the calendar date', async () => {
      const { page, messages, close } = await open({ timezoneId });
      // The client took over: a skip link now moves focus, which only the script does.
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('content');
      expect(await page.locator('article time').first().textContent()).toBe('February 2, 2013');
      expect(messages).toEqual([]);
      await close();
    });
  },
);

describe('axe on the served page', () => {
  it('finds 0 violations with every rule on', async () => {
    const { page, close } = await open();
    await page.addScriptTag({ path: path.join(root, 'node_modules/axe-core/axe.min.js') });
    const { axeOptions } = await import('../../src/lib/testing/index');
    const violations = await page.evaluate(
      async (options) => {
        const result = await (window as unknown as { axe: typeof import('axe-core') }).axe.run(
          document,
          options,
        );
        return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`);
      },
      axeOptions({ scope: 'page' }),
    );
    expect(violations).toEqual([]);
    await close();
  });
});
