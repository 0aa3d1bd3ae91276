// The built Storybook, the matrix's last row: `storybook build` as editors and designers get it,
// served as static files on 127.0.0.1, every story opened in Chromium. Each story must finish
// its play function, and pass the accessibility check Storybook's a11y addon runs on it, in the
// static build (not Vitest's development server: a story that races a lazily fetched chunk
// passes there and fails here). No story's frame carries an invalid empty attribute.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../chromium';
import { root, run, serve } from './site';

interface StoryResult {
  id: string;
  status: string;
  /** The a11y addon's violations; undefined when it did not check the story. */
  violations: string[] | undefined;
  emptyDir: number;
}

let out = '';
let origin = '';
let close = () => {};
let browser: Browser;
let stories: string[] = [];

beforeAll(async () => {
  out = mkdtempSync(path.join(tmpdir(), 'broadsheet-storybook-'));
  run('npx', ['storybook', 'build', '--quiet', '-o', out], root);
  const index = JSON.parse(readFileSync(path.join(out, 'index.json'), 'utf8')) as {
    entries: Record<string, { type: string }>;
  };
  stories = Object.entries(index.entries)
    .filter(([, entry]) => entry.type === 'story')
    .map(([id]) => id);
  ({ origin, close } = await serve(out));
  browser = await chromium.launch(chromiumLaunchOptions());
}, 300_000);

afterAll(async () => {
  await browser?.close();
  close();
  if (out) rmSync(out, { recursive: true, force: true });
});

/** Opens one story and waits for Storybook to say it finished: rendered, played, checked. */
async function runStory(id: string): Promise<StoryResult> {
  const page = await browser.newPage();
  // Storybook's channel is created by its preview script: listen from the moment it exists.
  await page.addInitScript(() => {
    const w = window as unknown as { finished?: unknown; __STORYBOOK_ADDONS_CHANNEL__?: unknown };
    let channel: { on: (event: string, listener: (payload: unknown) => void) => void };
    Object.defineProperty(w, '__STORYBOOK_ADDONS_CHANNEL__', {
      configurable: true,
      get: () => channel,
      set(value) {
        channel = value;
        channel.on('storyFinished', (payload) => (w.finished = payload));
        for (const failure of ['storyErrored', 'storyThrewException']) {
          channel.on(failure, (payload) => (w.finished = { status: failure, payload }));
        }
      },
    });
  });
  await page.goto(`${origin}/iframe.html?id=${id}&viewMode=story`);
  const handle = await page.waitForFunction(
    () => (window as unknown as { finished?: unknown }).finished,
    null,
    { timeout: 30_000 },
  );
  const finished = (await handle.jsonValue()) as {
    status: string;
    reporters?: { type: string; result?: { violations?: { id: string }[] } }[];
  };
  const emptyDir = await page.locator('[dir=""]').count();
  await page.close();
  const a11y = finished.reporters?.find((reporter) => reporter.type === 'a11y');
  return {
    id,
    status: finished.status,
    violations: a11y?.result?.violations?.map((v) => v.id),
    emptyDir,
  };
}

it('plays every story of the static build, with no accessibility violation', async () => {
  expect(stories.length).toBeGreaterThan(50);
  const results: StoryResult[] = [];
  // Three stories at a time: the machine has two cores.
  const queue = [...stories];
  await Promise.all(
    [1, 2, 3].map(async () => {
      for (let id = queue.shift(); id; id = queue.shift()) results.push(await runStory(id));
    }),
  );
  const failed = results.filter(
    (r) => r.status !== 'success' || r.violations?.length !== 0 || r.emptyDir > 0,
  );
  expect(failed).toEqual([]);
  expect(results).toHaveLength(stories.length);
}, 600_000);
