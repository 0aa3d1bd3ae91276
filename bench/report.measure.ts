// `npm run bench`, second half: the numbers that need a build or a browser, then BENCHMARKS.md.
// Server-rendering medians come from the first half (vitest bench, bench/ssr.bench.ts).
import { svelte } from '@sveltejs/vite-plugin-svelte';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright';
import { parse as parseSvelte } from 'svelte/compiler';
import { transform as transformCss } from 'lightningcss';
import { build } from 'vite';
import { expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../tests/chromium';
import { articleCode } from '../tests/helpers/article-code';
import {
  broadsheetHtml,
  buildConsumerSite,
  layoutShift,
  linkedStylesheets,
  pageBytes,
  packBroadsheet,
  root,
  serve,
  sizes,
} from '../tests/consumer/site';
import { exportedComponents, type ExportedComponent } from '../tests/helpers/components';
import { seedLines } from '../tests/seed';
import { parseArticle } from '../src/lib/article/parse';
import { labelledLanguages } from '../src/lib/i18n/labels';
import { main as runLintCommand } from '../src/lib/lint/command';
import { lintArticle } from '../src/lib/lint/index';
import { htmlToBody } from '../src/lib/import/index';
import { dwArticle } from '../fixtures/dw-us-russia';
import { explainerArticle } from '../fixtures/explainer';
import { largestArticle } from '../fixtures/largest';
import { ratioTable, ssrRatios } from './ratios';

const out = path.join(root, 'bench/.out');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

/**
 * The rules of `css` that style the components `html` shows: those whose scoping classes all
 * appear in it. A component's rules go with it, used or not, as Svelte would inject them.
 */
function stylesShown(css: Buffer, html: string): string {
  const shown = new Set(html.match(/svelte-[a-z0-9]+/g));
  const styles = (selectors: unknown) => {
    const classes = JSON.stringify(selectors).match(/svelte-[a-z0-9]+/g) ?? [];
    return classes.length > 0 && classes.every((c) => shown.has(c));
  };
  const { code } = transformCss({
    filename: 'page.css',
    code: css,
    minify: true,
    visitor: {
      Rule: {
        style: (rule) => (styles(rule.value.selectors) ? undefined : []),
        media: (rule) =>
          rule.value.rules.some((inner) => inner.type === 'style' && styles(inner.value.selectors))
            ? undefined
            : [],
      },
    },
  });
  return code.toString();
}

/** What a browser loads to hydrate one component: the entry chunk, and the chunks it may fetch later. */
function hydrationBundle(component: ExportedComponent, bundleSvelte = false): Promise<Bundle> {
  return bundle(
    component.name,
    `import C from ${JSON.stringify(path.join(root, component.file))};
import { hydrate } from 'svelte';
export const start = (target, props) => hydrate(C, { target, props });\n`,
    bundleSvelte,
  );
}

interface Bundle {
  /** The code a page loads up front: the entry chunk and the chunks it imports statically. */
  entry: string;
  /**
   * Chunks fetched only when asked for (a language's labels, the validator), by module name,
   * each with the code it brings: itself and the chunks it imports that are not up front.
   */
  lazy: { name: string; code: string }[];
  /** The components' styles, minified as an app's build minifies them. */
  css: string;
}

/**
 * Svelte compiles each template to a call, `$.from_html(…)`, at the top of the module. With
 * Svelte's runtime left out of the bundle, the bundler cannot see that the call has no side
 * effects, and keeps the templates of snippets nobody renders (RichText's numbered footnote in
 * a DataTable alone); an app's build, which bundles the runtime, drops them. This says what the
 * app's build knows, so that the figures count the code a page really loads.
 */
const pureTemplates = {
  name: 'broadsheet-bench:pure-templates',
  enforce: 'post' as const,
  transform(code: string, id: string) {
    if (!id.endsWith('.svelte')) return undefined;
    return code.replace(
      /(?<![\w$.])\$\.(from_html|from_svg|from_mathml|from_tree)\(/g,
      '/* @__PURE__ */ $.$1(',
    );
  },
};

/**
 * The minified client bundle of `source`, split as an app's build splits it (dynamic imports
 * become chunks of their own). Svelte's runtime is left out unless `bundleSvelte`, and so is
 * Vite's preload helper, which every Vite app carries once.
 */
async function bundle(name: string, source: string, bundleSvelte = false): Promise<Bundle> {
  mkdirSync(out, { recursive: true });
  const input = path.join(out, `entry-${name}.js`);
  writeFileSync(input, source);
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    plugins: [
      articleCode,
      svelte({ configFile: false, compilerOptions: { runes: true } }),
      ...(bundleSvelte ? [] : [pureTemplates]),
    ],
    build: {
      write: false,
      minify: true,
      modulePreload: false,
      rolldownOptions: {
        input,
        preserveEntrySignatures: 'strict',
        external: [...(bundleSvelte ? [] : [/^svelte($|\/)/]), /preload-helper/],
      },
    },
  });
  const output = (Array.isArray(result) ? result : [result]).flatMap((r) =>
    'output' in r ? r.output : [],
  );
  const chunks = output.flatMap((o) => (o.type === 'chunk' ? [o] : []));
  // Up front: the entry chunk and every chunk it imports statically (code it shares with a lazy
  // chunk is split out, and still loaded before the page hydrates).
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  const upFront = new Set<(typeof chunks)[number]>();
  const load = (chunk: (typeof chunks)[number] | undefined) => {
    if (!chunk || upFront.has(chunk)) return;
    upFront.add(chunk);
    chunk.imports.forEach((file) => load(byFile.get(file)));
  };
  chunks.filter((c) => c.isEntry).forEach(load);
  const fetched = (chunk: (typeof chunks)[number] | undefined, seen = new Set(upFront)): string => {
    // Svelte's runtime and the preload helper are left out of the bundle: no chunk of theirs.
    if (!chunk || seen.has(chunk)) return '';
    seen.add(chunk);
    return chunk.code + chunk.imports.map((file) => fetched(byFile.get(file), seen)).join('');
  };
  return {
    entry: [...upFront].map((c) => c.code).join(''),
    lazy: chunks.filter((c) => !upFront.has(c)).map((c) => ({ name: c.name, code: fetched(c) })),
    css: output
      .flatMap((o) => (o.type === 'asset' && o.fileName.endsWith('.css') ? [String(o.source)] : []))
      .join(''),
  };
}

it('measures and writes BENCHMARKS.md', async () => {
  // How busy the machine was: ratios hold on a busy machine, medians do not.
  const loadBefore = os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(', ');
  const ssrJson = path.join(out, 'ssr.json');
  expect(existsSync(ssrJson), 'run `npm run bench`, which runs bench/ssr.bench.ts first').toBe(
    true,
  );
  const groups = JSON.parse(readFileSync(ssrJson, 'utf8')).files.flatMap(
    (f: { groups: unknown[] }) => f.groups,
  ) as {
    fullName: string;
    benchmarks: { name: string; median: number; hz: number; sampleCount: number }[];
  }[];

  const ssrRows = groups.flatMap((group) => {
    const limit = group.benchmarks.find((b) => b.name === 'hand-written limit')!;
    const floor = group.benchmarks.find((b) => b.name.startsWith('Svelte floor'))!;
    return group.benchmarks.map(
      (b) =>
        `| ${group.fullName.split(' > ').at(-1)} | ${b.name} | ${(b.median * 1000).toFixed(1)} µs | ${Math.round(1000 / b.median).toLocaleString('en')} | ${(b.median / limit.median).toFixed(2)}× | ${(b.median / floor.median).toFixed(2)}× | ${b.sampleCount} |`,
    );
  });

  // The goals' ratios, measured with the renderers taking turns (bench/ratios.ts).
  const ratios = ratioTable(ssrRatios());

  const packDir = mkdtempSync(path.join(os.tmpdir(), 'broadsheet-pack-'));
  const site = buildConsumerSite(packBroadsheet(packDir));
  const bytes = pageBytes(site.buildDir);
  // What the page's HTML spends beyond the article's markup: each part taken out in turn.
  const html = readFileSync(path.join(site.buildDir, 'index.html'), 'utf8');
  const without = (pattern: RegExp) => bytes.html.brotli - sizes(html.replace(pattern, '')).brotli;
  const jsonLdScript = /<script type="application\/ld\+json"[^>]*>[\s\S]*?<\/script>/;
  const htmlParts = [
    ['JSON-LD beside the article', without(jsonLdScript)],
    ["SvelteKit's start script with the page's data", without(/<script>\s*\{[\s\S]*?<\/script>/)],
    ["Svelte's hydration comments", without(/<!--[^>]*-->/g)],
    ["Svelte's scoping classes", without(/ ?svelte-[a-z0-9]+/g)],
  ].map(([part, saved]) => `| ${part} | ${saved} B |`);
  const articleText = sizes(seedLines.filter((l) => !l.startsWith('Skip to')).join('\n'));
  // What Broadsheet itself writes into the page: the skip links, the article, its JSON-LD.
  const libraryHtmlText = broadsheetHtml(html);
  const libraryHtml = sizes(libraryHtmlText);
  // The least this look can weigh: Broadsheet's HTML with no hydration comments in the article
  // (the hydrating page keeps the article's markup as it is, so it reads none), and inlined in
  // it, in one response, the styles of only the components the page shows, as a site inlining
  // its critical CSS would send them.
  const leanHtml = libraryHtmlText.replace(/<!--[\s\S]*?-->/g, '');
  const shownStyles = stylesShown(linkedStylesheets(site.buildDir, html), libraryHtmlText);
  const leanPage = sizes(`${leanHtml}<style>${shownStyles}</style>`);
  const { origin, close } = await serve(site.buildDir);
  const browser = await chromium.launch(chromiumLaunchOptions());
  const shifts: string[] = [];
  for (const width of [320, 768, 1280])
    shifts.push(`| ${width} px | ${await layoutShift(browser, origin, width)} |`);
  await browser.close();
  close();
  site.remove();
  rmSync(packDir, { recursive: true, force: true });

  // Every exported component, read from the public API: a new one is measured without an edit.
  const components = exportedComponents();
  const hydration: string[] = [];
  const bundles = new Map<string, Bundle>();
  for (const component of components) {
    const built = await hydrationBundle(component);
    bundles.set(component.name, built);
    const cost = sizes(built.entry);
    hydration.push(`| ${component.name} | ${cost.raw} B | ${cost.gzip} B | ${cost.brotli} B |`);
  }
  const article = components.find((c) => c.name === 'Article')!;
  const libraryCss = sizes(bundles.get('SkipLinks')!.css + bundles.get('Article')!.css);
  const runtime = sizes((await hydrationBundle(article, true)).entry);
  // What <Article> fetches only when a page needs it: one language's labels, the validator, the
  // JSON-LD builder.
  const articleLazy = bundles.get('Article')!.lazy.map((c) => ({
    name: c.name,
    brotli: sizes(c.code).brotli,
  }));
  const validatorChunk = articleLazy.find((c) => c.name === 'parse');
  const jsonLdChunk = articleLazy.find((c) => c.name === 'json-ld');
  const languageChunks = articleLazy
    .filter((c) => labelledLanguages.includes(c.name))
    .map((c) => c.brotli);

  // The selectors of every component's styles, read by Svelte's own parser (a regex would take
  // the `*` of a calc() for a universal selector).
  const componentsDir = path.join(root, 'src/lib/components');
  const selectors = { universal: false, has: false, global: [] as string[] };
  for (const file of readdirSync(componentsDir, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.svelte') || file.includes('.stories.') || file.includes('.test.'))
      continue;
    const source = readFileSync(path.join(componentsDir, file), 'utf8');
    const visit = (node: unknown): void => {
      if (Array.isArray(node)) return node.forEach(visit);
      if (typeof node !== 'object' || node === null) return;
      const { type, name, start, end } = node as Record<string, unknown>;
      if (type === 'TypeSelector' && name === '*') selectors.universal = true;
      if (type === 'PseudoClassSelector' && name === 'has') selectors.has = true;
      if (type === 'PseudoClassSelector' && name === 'global')
        selectors.global.push(`\`${source.slice(start as number, end as number)}\` (${file})`);
      Object.values(node).forEach(visit);
    };
    visit(parseSvelte(source, { modern: true }).css);
  }
  const { universal, has: hasSelector, global: globalSelectors } = selectors;

  // Content lint: one document at a time, and the command over 10,000 documents.
  const lintDocs = [dwArticle, largestArticle, explainerArticle].map((raw) => parseArticle(raw));
  const lintTimes = lintDocs.map((doc) => {
    for (let i = 0; i < 50; i++) lintArticle(doc); // warm up
    const samples = Array.from({ length: 200 }, () => {
      const started = performance.now();
      lintArticle(doc);
      return performance.now() - started;
    }).sort((a, b) => a - b);
    return samples[samples.length >> 1]!;
  });
  mkdirSync(out, { recursive: true });
  const manyDocuments = path.join(out, 'ten-thousand.json');
  writeFileSync(
    manyDocuments,
    JSON.stringify(
      Array.from(
        { length: 10_000 },
        (_, i) => [dwArticle, largestArticle, explainerArticle][i % 3],
      ),
    ),
  );
  const cliStarted = performance.now();
  const cliLog = console.log;
  console.log = () => {};
  await runLintCommand(['lint', '--format', 'json', manyDocuments]);
  console.log = cliLog;
  const cliSeconds = (performance.now() - cliStarted) / 1000;

  // The importer: its speed on bodies of 10 KB, 100 KB and 1 MB built from the CMS corpus, and
  // its bytes, which a page that only renders never ships.
  const corpusDir = path.join(root, 'fixtures/cms');
  const corpusHtml = readdirSync(corpusDir)
    .filter((f) => f.endsWith('.html') && f !== 'hostile.html')
    .map((f) => readFileSync(path.join(corpusDir, f), 'utf8'))
    .join('\n');
  const importRows = [10, 100, 1000].map((kilobytes) => {
    const html = corpusHtml
      .repeat(Math.ceil((kilobytes * 1024) / corpusHtml.length))
      .slice(0, kilobytes * 1024);
    htmlToBody(html); // warm up
    const times = Array.from({ length: kilobytes >= 1000 ? 3 : 10 }, () => {
      const started = performance.now();
      htmlToBody(html, { imageSize: () => ({ width: 4, height: 3 }) });
      return performance.now() - started;
    }).sort((a, b) => a - b);
    return `| ${kilobytes >= 1000 ? '1 MB' : `${kilobytes} KB`} | ${times[times.length >> 1]!.toFixed(1)} ms |`;
  });
  const renderOnly = await bundle(
    'render-only',
    `export { Article, parseArticle } from ${JSON.stringify(path.join(root, 'src/lib/index.ts'))};\n`,
  );
  const importerCode = await bundle(
    'importer',
    `export { htmlToBody } from ${JSON.stringify(path.join(root, 'src/lib/import/index.ts'))};\n`,
  );
  const renderOnlySizes = sizes(renderOnly.entry);
  const importerSizes = sizes(importerCode.entry);
  // parse5's tokenizer names its states; none of them may be in the render-only bundle.
  const parserInRenderBundle =
    /BEFORE_ATTRIBUTE_NAME|beforeAttributeName|_stateBeforeAttributeName/.test(
      [renderOnly.entry, ...renderOnly.lazy.map((c) => c.code)].join(''),
    );

  const report = `# Benchmarks

Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${os.cpus()[0]?.model ?? 'unknown CPU'},
${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()} ${os.release()};
load average ${loadBefore} (1, 5 and 15 minutes) as the report's own measuring began.
Medians; tinybench through \`vitest bench\`, warmed up, one process. The components are compiled
as a SvelteKit build compiles them for readers (\`NODE_ENV=production\`: no Svelte development
checks, no Broadsheet development warnings).

## Server rendering against the limit

The limit is \`bench/handwritten.ts\`: the same article HTML built with template literals and one
escape function, no validation (\`npm run bench\` refuses to report a ratio unless it writes \`<Article>\`'s page
byte for byte, Svelte's hydration comments and scoping classes aside, for the seed, the
every-field document, the 2,000-block article and the 500-post live blog). The floor is \`bench/FlatArticle.svelte\`:
the same page as one flat Svelte component, no component boundaries, no validation; the test
holds it to the same bytes. Limit to floor is what Svelte's server renderer costs; floor to
\`<Article>\` is what the library's own structure costs. "document parsed once" is the normal path (the CMS document goes
through \`parseArticle\` once, and \`<Article>\` recognises it); "raw document" validates on every render.

| article | renderer | median | articles/s | × limit | × floor | samples |
| --- | --- | --- | --- | --- | --- | --- |
${ssrRows.join('\n')}

Ratios to the limit with the renderers taking turns in short rounds (the median of per-round
ratios; \`bench/interleaved.ts\`), steadier than the ratio of two medians above:

${ratios}

## Bytes to the reader

The prerendered example page of the consumer site (\`tests/consumer/site\`), against the article's
own text compressed the same way (the limit: the words themselves).

| part | raw | gzip | brotli |
| --- | --- | --- | --- |
| HTML | ${bytes.html.raw} B | ${bytes.html.gzip} B | ${bytes.html.brotli} B |
| CSS (linked by the page) | ${bytes.css.raw} B | ${bytes.css.gzip} B | ${bytes.css.brotli} B |
| HTML + CSS | ${bytes.html.raw + bytes.css.raw} B | ${bytes.html.gzip + bytes.css.gzip} B | ${bytes.html.brotli + bytes.css.brotli} B (budget 12 kB: ${kb(12 * 1024)}) |
| JS of the whole SvelteKit app (hydration, router) | ${bytes.js.raw} B | ${bytes.js.gzip} B | ${bytes.js.brotli} B |
| the article's text alone (limit) | ${articleText.raw} B | ${articleText.gzip} B | ${articleText.brotli} B |

The goal counts what each article costs a reader: the HTML Broadsheet writes for it, at most
2.5× the text (brotli; a test in \`npm test\` holds it), with the stylesheet, one file cached across
every article page, reported apart (at most 3.1 kB brotli): both in Broadsheet's share below.
The whole page, the site's own parts included: HTML + CSS ${((bytes.html.brotli + bytes.css.brotli) / articleText.brotli).toFixed(2)}× the text, the HTML alone
${(bytes.html.brotli / articleText.brotli).toFixed(2)}×.
What the HTML's brotli bytes would shrink by without each of these parts:

| part of the HTML | brotli bytes |
| --- | --- |
${htmlParts.join('\n')}

Broadsheet's own share, without the site around it: the skip links, the article and its JSON-LD
as the page holds them, and the components' styles. The stylesheet holds every part's styles,
those of parts the seed does not show too: Svelte ties a component's styles to its module, and
\`<Article>\` imports every part.

| part | brotli | over the text |
| --- | --- | --- |
| HTML Broadsheet writes | ${libraryHtml.brotli} B | ${(libraryHtml.brotli / articleText.brotli).toFixed(2)}× |
| CSS of SkipLinks and \`<Article>\` | ${libraryCss.brotli} B | ${(libraryCss.brotli / articleText.brotli).toFixed(2)}× |
| together | ${libraryHtml.brotli + libraryCss.brotli} B | ${((libraryHtml.brotli + libraryCss.brotli) / articleText.brotli).toFixed(2)}× |
| the least this look can weigh: the HTML without hydration comments in the article, with the styles of only the components it shows inlined, in one response | ${leanPage.brotli} B | ${(leanPage.brotli / articleText.brotli).toFixed(2)}× |

The last row is not how Broadsheet ships (a site links one cached stylesheet); it is the floor of
the page-bytes goal with the look of issue 17, whatever the packaging: the text, its markup and
its JSON-LD, and the rules of the components that show it.

JavaScript needed to read and navigate the page: **0 bytes** — the consumer test reads the whole
article and follows the skip links with JavaScript disabled.

## Hydration cost per component

Client code each component adds when a page hydrates it: minified, Svelte's runtime left out,
and Vite's preload helper (which every Vite app carries once). A build as an app's: what the
page loads up front: the entry chunk and every chunk it imports; the templates of snippets the
component never renders left out, as an app's build (which sees Svelte's runtime) leaves them
out. Goals: a leaf component at most 2 kB brotli, \`<Article>\` at most 6 kB.

| component | minified | gzip | brotli |
| --- | --- | --- | --- |
${hydration.join('\n')}

For scale, \`<Article>\` with the Svelte runtime it uses bundled in: ${runtime.raw} B minified, ${runtime.brotli} B brotli.

Fetched only when needed, never up front: the labels of one language other than English
(${Math.min(...languageChunks)}–${Math.max(...languageChunks)} B brotli, one chunk per language, fetched by \`loadLabels\`);
the validator (${validatorChunk?.brotli ?? 'NOT A CHUNK OF ITS OWN:'} B brotli), fetched by \`<Article>\` only for a document first rendered
in the browser that nobody checked; and the JSON-LD builder (${jsonLdChunk?.brotli ?? 'NOT A CHUNK OF ITS OWN:'} B brotli), fetched
only to write the JSON-LD of a document first rendered in the browser (a hydrating page keeps
the server's). Each figure counts the chunks it imports that are not up front. A page whose
server checked its documents loads none of them (the consumer test proves it for the example
page): the labels of an article in another language come in the server's HTML beside it.

\`<Article>\` both ways. It now hydrates fully: the code that lays an article out is up front
(the row above). Until main \`de05851\` a page hydrating the server's markup kept it as it was
and loaded 3,153 B brotli up front, fetching the renderer (8,044 B) only to lay out an article
itself. That kept the bytes down through an undocumented detail of Svelte's hydration (an empty
\`<article>\` claiming the server's children unchecked), and a changed document blanked the
article until the renderer came; the stack matrix issue chose full hydration. The 6 kB goal is
not met this way: ${sizes(bundles.get('Article')!.entry).brotli} B.

## Content lint

\`lintArticle\` on a parsed document (median of 200 runs): the DW seed ${lintTimes[0]!.toFixed(2)} ms,
the every-field document ${lintTimes[1]!.toFixed(2)} ms, the explainer ${lintTimes[2]!.toFixed(2)} ms (goal: under 5 ms).
\`broadsheet lint\` over one file of 10,000 documents (validated and linted, JSON output):
${cliSeconds.toFixed(1)} s (goal: well under a minute).

## Importing CMS HTML

\`htmlToBody\` on bodies made of the CMS corpus (\`fixtures/cms\`), median:

| body | time |
| --- | --- |
${importRows.join('\n')}

Bytes: a page that imports \`Article\` and \`parseArticle\` from \`broadsheet\` loads ${renderOnlySizes.brotli} B brotli
up front (${renderOnlySizes.raw} B minified, Svelte's runtime left out); \`broadsheet/import\` is a separate entry of
${importerSizes.brotli} B brotli (${importerSizes.raw} B minified, parse5 included). The parser is ${parserInRenderBundle ? 'IN' : 'not in'} the
render-only bundle.

## Layout shift

The example page loaded in Chromium with every image response held back 1 s; the sum of
\`layout-shift\` entries (a test in \`npm test\` holds it at 0):

| viewport | cumulative layout shift |
| --- | --- |
${shifts.join('\n')}

## Fonts and rendering

- No web font is required: the text defaults to serif and sans-serif stacks readers already
  have (\`--bs-font-body\`, \`--bs-font-headline\`, \`--bs-font-meta\`; src/lib/tokens.ts), and a
  site sets its own.
- The component CSS has ${universal ? 'A UNIVERSAL SELECTOR' : 'no universal (`*`) selector'} and ${hasSelector ? 'A :has() SELECTOR' : 'no `:has()`'}. Every rule is scoped to
  the component's own elements but ${globalSelectors.length === 1 ? 'one' : globalSelectors.length}: ${globalSelectors.join(', ') || 'none'}.
`;
  writeFileSync(path.join(root, 'BENCHMARKS.md'), report);
  console.log(report);
}, 900_000);
