// The limit for server rendering: <Article>'s HTML built with template literals and two escape
// functions, no framework, no validation. Nothing can be faster and still produce this page, so
// <Article> is measured against it. tests/ssr/handwritten.test.ts holds it to <Article>'s own
// output, byte for byte once Svelte's hydration comments and scoping classes are taken out, so
// the two write the same page and the ratio between them is the cost of the framework.
import type { ArticleDocument, ArticleImage, Author, Inline } from 'broadsheet';
import { articleJsonLd, serializeJsonLd } from '../src/lib/article/json-ld';
import { formatIsoDate, parseIsoDate } from '../src/lib/i18n/dates';
import { directionOf } from '../src/lib/i18n/direction';
import { labelsFor, type Label, type ResolvedLabels as Labels } from '../src/lib/i18n/labels';
import { agencyName } from '../src/lib/agencies';

// Svelte's own escaping: `&` and `<` in text; `&`, `"` and `<` in attribute values.
const text = (value: string) => value.replace(/[&<]/g, (c) => (c === '&' ? '&amp;' : '&lt;'));
const attr = (value: string) =>
  value.replace(/[&"<]/g, (c) => (c === '&' ? '&amp;' : c === '"' ? '&quot;' : '&lt;'));
const optional = (name: string, value: string | undefined) =>
  value === undefined ? '' : ` ${name}="${attr(value)}"`;

const hidden = (content: string, lang?: string) =>
  `<span class="visually-hidden"${optional('lang', lang)}>${content}</span>`;
const label = (l: Label) =>
  l.lang ? `<span lang="${l.lang}">${text(l.text)}</span>` : text(l.text);

function image(img: ArticleImage, labels: Labels, lead: boolean): string {
  const caption = img.caption ? `<span class="caption">${text(img.caption)}</span>` : '';
  const credit = img.credit
    ? `<span class="credit">${label(labels.imageCredit)} <bdi${optional('lang', img.creditLang)}>${text(img.credit)}</bdi></span>`
    : '';
  const figcaption =
    caption || credit
      ? `<figcaption>${caption}${caption && credit ? ' ' : ''}${credit}</figcaption>`
      : '';
  return `<figure class="image"><img src="${attr(img.src)}" alt="${img.decorative ? '' : attr(img.alt)}" width="${img.width}" height="${img.height}"${optional('srcset', img.srcset)}${optional('sizes', img.sizes)} loading="${lead ? 'eager' : 'lazy'}"${lead ? ' fetchpriority="high"' : ''} decoding="async"/> ${figcaption}</figure>`;
}

function run(inline: Inline): string {
  if (typeof inline === 'string') return text(inline);
  if ('href' in inline) return `<a href="${attr(inline.href)}">${text(inline.text)}</a>`;
  if ('emphasis' in inline) return `<em>${text(inline.text)}</em>`;
  return `<span lang="${attr(inline.lang)}">${text(inline.text)}</span>`;
}

function dateline(doc: ArticleDocument, labels: Labels): string {
  const time = (iso: string) => {
    const date = parseIsoDate(iso)!;
    return `<time datetime="${date.iso}">${text(formatIsoDate(date, doc.lang, doc.timeZone ?? 'UTC'))}</time>`;
  };
  const place = doc.place ? `<span class="place">${text(doc.place)}${hidden(',')}</span>` : '';
  const updated = doc.updated
    ? `<span class="updated">${label(labels.updated)} ${time(doc.updated)}</span>`
    : '';
  return `<div class="dateline">${place} ${time(doc.published)} ${updated} </div>`;
}

function sources(doc: ArticleDocument, labels: Labels): string {
  const person = (a: Author) => (typeof a === 'string' ? { initials: a, name: undefined } : a);
  const authors = (doc.sources?.authors ?? [])
    .map((a, i) => {
      const { initials, name } = person(a);
      return `${i ? `<span aria-hidden="true"> /</span>${hidden(',')} ` : ''}${text(initials)}${name ? hidden(text(` (${name})`)) : ''}`;
    })
    .join('');
  const agencies = (doc.sources?.agencies ?? [])
    .map((agency, i) => {
      const full = agencyName(agency);
      return `${i ? ', ' : ''}${text(agency)}${full ? hidden(text(` (${full.name})`), full.lang) : ''}`;
    })
    .join('');
  if (!authors && !agencies) return '';
  const heading = (l: Label) => hidden(text(`${l.text} `), l.lang);
  return `<footer class="source-footer"><p>${authors ? `${heading(labels.authors)}<bdi class="authors">${authors}</bdi>` : ''} ${agencies ? `${heading(labels.agencies)}<bdi class="agencies">(${agencies})</bdi>` : ''}</p></footer>`;
}

export function renderArticleByHand(doc: ArticleDocument): { head: string; body: string } {
  const labels = labelsFor(doc.lang);
  const blocks = doc.body
    .map((block) => {
      switch (block.type) {
        case 'paragraph':
          return `<p>${typeof block.text === 'string' ? text(block.text) : block.text.map(run).join('')}</p>`;
        case 'subheading':
          return `<h2 class="subheading">${text(block.text)}</h2>`;
        case 'pullquote':
          return `<figure class="pull-quote"${block.repeatsBody ? ' aria-hidden="true"' : ''}><blockquote${optional('lang', block.lang)}><p><span class="mark" aria-hidden="true">${text(labels.quoteOpen.text)}</span>${text(block.text)}<span class="mark" aria-hidden="true">${text(labels.quoteClose.text)}</span></p></blockquote> ${block.attribution ? `<figcaption><span aria-hidden="true">—\u00a0</span>${text(block.attribution)}</figcaption>` : ''}</figure>`;
        case 'image':
          return image(block.image, labels, false);
      }
    })
    .join('');
  const header = `<header class="headline">${doc.kicker ? `<p class="kicker">${text(doc.kicker)}</p>` : ''} <h1 id="s1-headline" class="title">${text(doc.headline)}</h1> ${dateline(doc, labels)} ${doc.standfirst ? `<p class="standfirst">${text(doc.standfirst)}</p>` : ''}</header>`;
  const permalink = doc.permalink
    ? `<p class="permalink"><a class="short-link" href="${attr(doc.permalink)}">${hidden(label(labels.shortLink))} <bdi>${text(doc.permalink)}</bdi></a></p>`
    : '';
  const body = `<article lang="${attr(doc.lang)}" dir="${doc.dir ?? directionOf(doc.lang)}" aria-labelledby="s1-headline" class="article">${header} ${permalink} ${doc.leadImage ? image(doc.leadImage, labels, true) : ''} <div class="body">${blocks}</div> ${sources(doc, labels)}</article>`;
  const head = `<script type="application/ld+json">${serializeJsonLd(articleJsonLd(doc))}</script>`;
  return { head, body };
}
