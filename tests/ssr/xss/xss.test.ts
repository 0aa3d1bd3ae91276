// Every payload in every string field of the seed document: the document is either rejected by
// parseArticle or rendered on the server, loaded in Chromium, and nothing in it may run or
// point a link or image at a script-running scheme. A payload goes into every field that takes
// it at once (a field refused beside the others is tried alone), so each payload's page holds
// one document, not a hundred: the same pairs of payload and field, a sixth of the time.
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

/** A field's path as an ArticleError names it: `body[3].image.alt`. */
const pathName = (path: Path) =>
  path.reduce<string>(
    (name, key) => (typeof key === 'number' ? `${name}[${key}]` : name ? `${name}.${key}` : key),
    '',
  );

/** Whether an issue at `issuePath` is about the field at `field` (or a part holding it). */
const concerns = (issuePath: string, field: string) =>
  issuePath === field || field.startsWith(`${issuePath}.`) || field.startsWith(`${issuePath}[`);

function parseOrIssues(doc: unknown): ArticleDocument | string[] {
  try {
    return parseArticle(doc);
  } catch (error) {
    expect(error).toBeInstanceOf(ArticleError);
    return (error as ArticleError).issues.map((issue) => issue.path);
  }
}

/**
 * The documents that carry `payload`: one with it in every field that takes it at once, and
 * one apiece for a field that takes it alone but not beside the others. Every field either
 * refuses the payload (alone) or is rendered with it.
 */
function hostileDocuments(payload: string) {
  const withPayload = (fieldsGiven: Path[]) =>
    fieldsGiven.reduce<unknown>((doc, field) => withValue(doc, field, payload), full);
  let given = fields;
  let together: ArticleDocument | undefined;
  while (given.length > 0 && !together) {
    const result = parseOrIssues(withPayload(given));
    if (!Array.isArray(result)) together = result;
    else {
      const left = given.filter((f) => !result.some((p) => concerns(p, pathName(f))));
      expect(left.length, `${payload}: refused at ${result.join(', ')}`).toBeLessThan(given.length);
      given = left;
    }
  }
  const apart: ArticleDocument[] = [];
  let refused = 0;
  for (const field of fields.filter((f) => !given.includes(f))) {
    const result = parseOrIssues(withValue(full, field, payload));
    if (Array.isArray(result)) refused++;
    else apart.push(result);
  }
  return {
    documents: together ? [together, ...apart] : apart,
    rendered: given.length + apart.length,
    refused,
  };
}

describe('hostile strings in every field', () => {
  it(`${payloads.length} payloads × ${fields.length} string fields: rejected, or rendered inert`, async () => {
    expect(payloads.length).toBeGreaterThanOrEqual(60);
    expect(fields.length).toBeGreaterThanOrEqual(30);
    let refused = 0;
    let rendered = 0;
    let documents = 0;
    // Chromium loads one payload's page while Node renders the next: a few pages in flight.
    const inFlight: Promise<void>[] = [];
    for (const payload of payloads) {
      const hostile = hostileDocuments(payload);
      refused += hostile.refused;
      rendered += hostile.rendered;
      documents += hostile.documents.length;
      const articles: string[] = [];
      const heads: string[] = [];
      for (const doc of hostile.documents) {
        const { head, body } = render(Article, { props: { article: doc } });
        heads.push(head);
        articles.push(body);
        // The JSON-LD holds the payload as data, not as markup.
        const json = /<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/.exec(
          body,
        )![1]!;
        expect(() => JSON.parse(json), payload).not.toThrow();
      }
      // Not laid out (display: none): a script runs or not whatever the layout, and the scan
      // finds any handler that layout could fire (autofocus, toggle).
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
      `XSS corpus: ${payloads.length} payloads × ${fields.length} fields; ${refused} refused by parseArticle, ${rendered} rendered (in ${documents} documents) and loaded in Chromium; nothing ran.`,
    );
    expect(refused + rendered).toBe(payloads.length * fields.length);
    expect(rendered).toBeGreaterThan(payloads.length * 10);
  }, 300_000);
});
