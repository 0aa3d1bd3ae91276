// The built Storybook, the matrix's last row: `storybook build` as editors and designers get it,
// served as static files on 127.0.0.1, every story opened in Chromium. Each story must finish
// its play function, and pass the accessibility check Storybook's a11y addon runs on it, in the
// static build (not Vitest's development server: a story that races a lazily fetched chunk
// passes there and fails here). No story's frame carries an invalid empty attribute.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext } from 'playwright';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../chromium';
import { root, run, serve } from './site';

interface StoryResult {
  id: string;
  status: string;
  /** The a11y addon's violations; undefined when it did not check the story. */
  violations: string[] | undefined;
  emptyDir: number;
  /** Chunks an article needs, fetched only after the story began to render. */
  lateChunks: string[];
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

interface Finished {
  storyId?: string;
  status: string;
  reporters?: { type: string; result?: { violations?: { id: string }[] } }[];
}

/**
 * Opens each story as a reader opening its link does: a fresh preview (from the browser's
 * cache, so only the first load fetches the build), then waits for Storybook to say the story
 * finished: rendered, played, checked by the a11y addon.
 */
async function runStories(context: BrowserContext, ids: string[]): Promise<StoryResult[]> {
  const page = await context.newPage();
  // Storybook's channel is created by its preview script: listen from the moment it exists.
  await page.addInitScript(() => {
    const w = window as unknown as { finished?: unknown; renderedAt?: number };
    let channel: { on: (event: string, listener: (payload: unknown) => void) => void };
    Object.defineProperty(w, '__STORYBOOK_ADDONS_CHANNEL__', {
      configurable: true,
      get: () => channel,
      set(value) {
        channel = value;
        channel.on('storyFinished', (payload) => (w.finished = payload));
        // When Storybook began to render the story (after its loaders).
        channel.on('storyRenderPhaseChanged', (change) => {
          if ((change as { newPhase?: string }).newPhase === 'rendering') {
            w.renderedAt ??= performance.now();
          }
        });
        for (const failure of ['storyErrored', 'storyThrewException']) {
          channel.on(failure, () => (w.finished = { status: failure }));
        }
      },
    });
  });
  const results: StoryResult[] = [];
  for (const id of ids) {
    await page.goto(`${origin}/iframe.html?id=${id}&viewMode=story`);
    const handle = await page.waitForFunction(
      () => (window as unknown as { finished?: unknown }).finished,
      null,
      { timeout: 30_000 },
    );
    const finished = (await handle.jsonValue()) as Finished;
    const a11y = finished.reporters?.find((reporter) => reporter.type === 'a11y');
    // A chunk the story needs to show its article (the validator, a language's labels)
    // fetched only once the story was rendering: the article appears a moment later, and a play
    // function reading it races that fetch (a deterministic check of the race, whatever the
    // network's speed).
    const lateChunks = await page.evaluate(() => {
      const { renderedAt = Infinity } = window as unknown as { renderedAt?: number };
      return performance
        .getEntriesByType('resource')
        .filter((entry) => /\/(parse|[a-z]{2}(-hant)?)-[\w-]+\.js$/.test(entry.name))
        .filter((entry) => entry.startTime > renderedAt)
        .map((entry) => entry.name.replace(/^.*\//, ''));
    });
    results.push({
      id,
      status: finished.status,
      lateChunks,
      violations: a11y?.result?.violations?.map((v) => v.id),
      emptyDir: await page.locator('[dir=""]').count(),
    });
  }
  await page.close();
  return results;
}

it('plays every story of the static build, with no accessibility violation', async () => {
  expect(stories.length).toBeGreaterThan(50);
  // Two pages side by side, one per core, each going through half of the stories; one context,
  // so that they share the browser's cache of the build.
  const context = await browser.newContext();
  const half = Math.ceil(stories.length / 2);
  const results = (
    await Promise.all([
      runStories(context, stories.slice(0, half)),
      runStories(context, stories.slice(half)),
    ])
  ).flat();
  await context.close();
  const failed = results.filter(
    (r) =>
      r.status !== 'success' ||
      r.violations?.length !== 0 ||
      r.emptyDir > 0 ||
      r.lateChunks.length > 0,
  );
  expect(failed).toEqual([]);
  expect(results).toHaveLength(stories.length);
}, 600_000);
