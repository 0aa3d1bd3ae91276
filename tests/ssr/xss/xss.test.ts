// Every payload in every string field of the seed document: the document is either rejected by
// parseArticle or rendered on the server, loaded in Chromium, and nothing in it may run or
// point a link or image at a script-running scheme.
import { render } from 'svelte/server';
import { chromium, type Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Article, ArticleError, parseArticle, type ArticleDocument } from 'broadsheet';
import { chromiumLaunchOptions } from '../../chromium';
import { largestArticle } from '$fixtures/largest';
import { payloads } from './payloads';

type Path = (string | number)[];

function stringPaths(value: unknown, path: Path = []): Path[] {
  if (typeof value === 'string') return [path];
  if (Array.isArray(value)) return value.flatMap((item, i) => stringPaths(item, [...path, i]));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => stringPaths(item, [...path, key]));
  }
  return [];
}

function withValue(doc: unknown, path: Path, value: string): unknown {
  const copy = structuredClone(doc) as Record<string | number, unknown>;
  let at = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  at[path.at(-1)!] = value;
  return copy;
}

// One path per field of the document: the every-field fixture repeats paragraphs and images,
// and the fifteenth paragraph's text is the same field as the first's. A body block's field
// is told apart by the block's type.
function fieldsOf(doc: ArticleDocument): Path[] {
  const fieldOf = (path: Path) =>
    path
      .map((key, i) =>
        typeof key !== 'number' ? key : path[i - 1] === 'body' ? `[${doc.body[key]!.type}]` : '[]',
      )
      .join('.');
  return [
    ...new Map(
      stringPaths(doc)
        .filter((path) => path.at(-1) !== 'type')
        .map((path) => [fieldOf(path), path] as const),
    ).values(),
  ];
}

// The every-field document cut down to the blocks that hold a field no other block holds, so
// every field is attacked and every page loaded stays small.
const blocksWithAField = new Set(
  fieldsOf(largestArticle).flatMap((path) => (path[0] === 'body' ? [path[1] as number] : [])),
);
const full: ArticleDocument = {
  ...largestArticle,
  body: largestArticle.body.filter((_, i) => blocksWithAField.has(i)),
};
const fields = fieldsOf(full);

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch(chromiumLaunchOptions());
});
afterAll(async () => {
  await browser?.close();
});

/** What ran or leaked when `html` was loaded. */
async function attack(html: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const dialogs: string[] = [];
  const console: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  // A page script's own output; the browser's warnings (say, about a bad srcset) are not.
  page.on('console', (message) => {
    if (message.type() === 'log' || message.text().includes('xss-ran'))
      console.push(message.text());
  });
  // Any script that runs and calls these leaves a trace, even if dialogs were suppressed.
  await page.addInitScript(() => {
    const w = window as unknown as Record<string, unknown>;
    for (const name of ['alert', 'confirm', 'prompt']) {
      w[name] = () => {
        w.__xss = name;
      };
    }
  });
  await page.setContent(html, { waitUntil: 'load' });
  await page.waitForTimeout(50);
  const findings = await page.evaluate(() => {
    const bad: string[] = [];
    if ((window as unknown as { __xss?: unknown }).__xss)
      bad.push(`ran: ${String((window as unknown as { __xss?: unknown }).__xss)}`);
    for (const script of document.querySelectorAll('script')) {
      if (script.type !== 'application/ld+json')
        bad.push(`script element: ${script.outerHTML.slice(0, 80)}`);
    }
    for (const element of document.querySelectorAll('*')) {
      for (const attribute of element.attributes) {
        if (attribute.name.startsWith('on'))
          bad.push(`handler ${attribute.name} on <${element.localName}>`);
        if (
          [
            'href',
            'src',
            'srcset',
            'action',
            'formaction',
            'data',
            'background',
            'poster',
          ].includes(attribute.name)
        ) {
          // The browser's own reading of the URL, after entity decoding and whitespace stripping.
          const urls =
            attribute.name === 'srcset'
              ? attribute.value.split(',').map((c) => c.trim().split(/\s+/)[0]!)
              : [attribute.value];
          for (const url of urls) {
            if (!URL.canParse(url, 'https://example.invalid/')) continue;
            const scheme = new URL(url, 'https://example.invalid/').protocol;
            if (['javascript:', 'vbscript:', 'data:'].includes(scheme))
              bad.push(`${attribute.name}=${url.slice(0, 60)}`);
          }
        }
      }
    }
    for (const tag of [
      'iframe',
      'object',
      'embed',
      'svg',
      'math',
      'style',
      'base',
      'meta',
      'form',
      'input',
      'template',
      'noscript',
      'marquee',
    ]) {
      if (document.body.querySelector(tag)) bad.push(`<${tag}> in the body`);
    }
    // The media and disclosures the library writes itself; any other is markup that got in.
    for (const [tag, ours] of [
      ['details', 'details.details, details.transcript'],
      // An embed's "Load" button, written hidden until a script can make it work.
      ['button', '[data-broadsheet-embed] .placeholder > button[type="button"][hidden]'],
      ['video', 'figure.video > video'],
      ['audio', 'figure.audio > audio'],
    ]) {
      for (const element of document.body.querySelectorAll(tag!)) {
        if (!element.matches(ours!)) bad.push(`<${tag}> in the body`);
      }
    }
    return bad;
  });
  await context.close();
  return { findings, dialogs, console };
}

describe('hostile strings in every field', () => {
  it(`${payloads.length} payloads × ${fields.length} string fields: rejected, or rendered inert`, async () => {
    expect(payloads.length).toBeGreaterThanOrEqual(60);
    expect(fields.length).toBeGreaterThanOrEqual(30);
    let rejected = 0;
    let rendered = 0;
    // Chromium loads one payload's page while Node renders the next: a few pages in flight.
    const inFlight: Promise<void>[] = [];
    for (const payload of payloads) {
      const articles: string[] = [];
      const heads: string[] = [];
      for (const field of fields) {
        let doc: ArticleDocument;
        try {
          doc = parseArticle(withValue(full, field, payload));
        } catch (error) {
          expect(error, `${field.join('.')}: ${payload}`).toBeInstanceOf(ArticleError);
          rejected++;
          continue;
        }
        const { head, body } = render(Article, { props: { article: doc } });
        heads.push(head);
        articles.push(body);
        rendered++;
        // The JSON-LD holds the payload as data, not as markup.
        const json = /<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/.exec(
          body,
        )![1]!;
        expect(() => JSON.parse(json), `${field.join('.')}: ${payload}`).not.toThrow();
      }
      // Not laid out (display: none): a script runs or not whatever the layout, and the scan
      // below finds any handler that layout could fire (autofocus, toggle). It halves the time.
      const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>body{display:none}</style>${heads.join('')}</head><body>${articles.join('')}</body></html>`;
      inFlight.push(
        attack(html).then(({ findings, dialogs, console }) => {
          expect({ payload, findings, dialogs }).toEqual({ payload, findings: [], dialogs: [] });
          expect(console).toEqual([]);
        }),
      );
      if (inFlight.length >= 3) await inFlight.shift();
    }
    await Promise.all(inFlight);
    console.log(
      `XSS corpus: ${payloads.length} payloads × ${fields.length} fields = ${payloads.length * fields.length} documents; ${rejected} rejected by parseArticle, ${rendered} rendered and loaded in Chromium; nothing ran.`,
    );
    expect(rendered).toBeGreaterThan(payloads.length * 10);
  }, 300_000);
});
