// A plain Node server render: svelte/server's render(), components compiled with
// `css: 'injected'` (svelte-loader.js), every page written as one HTML file into node/out/.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { register } from 'node:module';

register('./svelte-loader.js', import.meta.url);
const { render } = await import('svelte/server');
const { parseArticle } = await import('broadsheet');
const { default: Page } = await import('./Page.svelte');

const out = new URL('./out/', import.meta.url);
mkdirSync(out, { recursive: true });
for (const name of ['en', 'de', 'live']) {
  const raw = JSON.parse(readFileSync(new URL(`../content/${name}.json`, import.meta.url), 'utf8'));
  const article = parseArticle(raw, name);
  const { head, body } = render(Page, { props: { article } });
  const html = `<!doctype html>
<html lang="${article.lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,"><title>${name}</title>${head}</head>
<body>${body}</body>
</html>`;
  writeFileSync(new URL(`${name}.html`, out), html);
}
