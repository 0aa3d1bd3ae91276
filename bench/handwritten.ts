// The limit for server rendering: the same article HTML as <Article> built with template
// literals and one escape function, no framework, no validation. Nothing can be faster and still
// produce this page, so <Article> is measured against it.
import type { ArticleDocument, ArticleImage, Inline } from '../src/lib/article/types';
import { articleJsonLd, serializeJsonLd } from '../src/lib/article/json-ld';
import { formatIsoDate, parseIsoDate } from '../src/lib/i18n/dates';
import { directionOf } from '../src/lib/i18n/direction';
import { labelsFor } from '../src/lib/i18n/labels';
import { agencyName } from '../src/lib/agencies';

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escape = (text: string) => text.replace(/[&<>"]/g, (c) => entities[c]!);

const hidden = (text: string, lang?: string) =>
  `<span class="visually-hidden"${lang ? ` lang="${lang}"` : ''}>${escape(text)}</span>`;

function image(img: ArticleImage, lang: string, lead: boolean): string {
  const labels = labelsFor(lang);
  const caption = img.caption ? `<span class="caption">${escape(img.caption)}</span>` : '';
  const credit = img.credit
    ? `<span class="credit">${escape(labels.imageCredit.text)} <bdi${img.creditLang ? ` lang="${img.creditLang}"` : ''}>${escape(img.credit)}</bdi></span>`
    : '';
  return `<figure class="image"><img src="${escape(img.src)}" alt="${img.decorative ? '' : escape(img.alt)}" width="${img.width}" height="${img.height}" loading="${lead ? 'eager' : 'lazy'}"${lead ? ' fetchpriority="high"' : ''} decoding="async">${caption || credit ? `<figcaption>${caption}${credit}</figcaption>` : ''}</figure>`;
}

function run(inline: Inline): string {
  if (typeof inline === 'string') return escape(inline);
  if ('href' in inline) return `<a href="${escape(inline.href)}">${escape(inline.text)}</a>`;
  if ('emphasis' in inline) return `<em>${escape(inline.text)}</em>`;
  return `<span lang="${escape(inline.lang)}">${escape(inline.text)}</span>`;
}

export function renderArticleByHand(doc: ArticleDocument): { head: string; body: string } {
  const labels = labelsFor(doc.lang);
  const published = parseIsoDate(doc.published)!;
  const date = formatIsoDate(published, doc.lang, doc.timeZone);
  const blocks = doc.body
    .map((block) => {
      switch (block.type) {
        case 'paragraph':
          return `<p>${typeof block.text === 'string' ? escape(block.text) : block.text.map(run).join('')}</p>`;
        case 'subheading':
          return `<h2 class="subheading">${escape(block.text)}</h2>`;
        case 'pullquote':
          return `<figure class="pull-quote"${block.repeatsBody ? ' aria-hidden="true"' : ''}><blockquote${block.lang ? ` lang="${block.lang}"` : ''}><p><span class="mark" aria-hidden="true">${labels.quoteOpen.text}</span>${escape(block.text)}<span class="mark" aria-hidden="true">${labels.quoteClose.text}</span></p></blockquote>${block.attribution ? `<figcaption><span aria-hidden="true">—&nbsp;</span>${escape(block.attribution)}</figcaption>` : ''}</figure>`;
        case 'image':
          return image(block.image, doc.lang, false);
      }
    })
    .join('');
  const authors = (doc.sources?.authors ?? [])
    .map((a, i) => {
      const person = typeof a === 'string' ? { initials: a, name: undefined } : a;
      return `${i ? `<span aria-hidden="true"> /</span>${hidden(',')} ` : ''}${escape(person.initials)}${person.name ? hidden(` (${person.name})`) : ''}`;
    })
    .join('');
  const agencies = (doc.sources?.agencies ?? [])
    .map((agency, i) => {
      const full = agencyName(agency);
      return `${i ? ', ' : ''}${escape(agency)}${full ? hidden(` (${full.name})`, full.lang) : ''}`;
    })
    .join('');
  const footer =
    authors || agencies
      ? `<footer class="source-footer"><p>${authors ? `${hidden(`${labels.authors.text} `)}<bdi class="authors">${authors}</bdi>` : ''} ${agencies ? `${hidden(`${labels.agencies.text} `)}<bdi class="agencies">(${agencies})</bdi>` : ''}</p></footer>`
      : '';
  const body = `<article lang="${doc.lang}" dir="${doc.dir ?? directionOf(doc.lang)}" aria-labelledby="a-headline" class="article"><header class="headline">${doc.kicker ? `<p class="kicker">${escape(doc.kicker)}</p>` : ''}<h1 id="a-headline" class="title">${escape(doc.headline)}</h1><div class="dateline"><time datetime="${published.iso}">${date}</time></div>${doc.standfirst ? `<p class="standfirst">${escape(doc.standfirst)}</p>` : ''}</header>${doc.permalink ? `<p class="permalink"><a class="short-link" href="${escape(doc.permalink)}">${hidden(labels.shortLink.text)} <bdi>${escape(doc.permalink)}</bdi></a></p>` : ''}${doc.leadImage ? image(doc.leadImage, doc.lang, true) : ''}<div class="body">${blocks}</div>${footer}</article>`;
  const head = `<script type="application/ld+json">${serializeJsonLd(articleJsonLd(doc))}</script>`;
  return { head, body };
}
