// The limit for server rendering: <Article>'s HTML built with template literals and two escape
// functions, no framework, no validation. Nothing can be faster and still produce this page, so
// <Article> is measured against it. bench/ratios.ts (assertSamePage) holds it to <Article>'s own
// output, byte for byte once Svelte's hydration comments and scoping classes are taken out, so
// the two write the same page and the ratio between them is the cost of the framework.
import type {
  BodyBlock,
  LivePost,
  ArticleAudio,
  ArticleDocument,
  ArticleEmbed,
  ArticleImage,
  ArticleVideo,
  Author,
  DataTableData,
  Inline,
  RichText,
} from 'broadsheet';
import { articleJsonLd, serializeJsonLd } from '../src/lib/article/json-ld';
import { scriptJson } from '../src/lib/article/script-json';
import { formatIsoDate } from '../src/lib/i18n/date-format';
import { parseIsoDate } from '../src/lib/i18n/dates';
import { listParts } from '../src/lib/i18n/lists';
import { defaultTrack } from '../src/lib/components/Video/VideoParts.svelte';
import { formatDuration, parseDuration } from '../src/lib/i18n/durations';
import { directionOf } from '../src/lib/i18n/direction';
import {
  fillLabel,
  labelEntry,
  labelsFor,
  type Label,
  type ResolvedLabels as Labels,
} from '../src/lib/i18n/labels';
import { agencyName } from '../src/lib/agencies';
import { footnotesOf } from '../src/lib/components/internal/footnotes';
import { headingIds } from '../src/lib/components/internal/slug';
import { lastChange } from '../src/lib/components/LiveBlog/posts';

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

/** One article's rendering: its labels and its footnote numbers. */
class Page {
  readonly labels: Labels;
  private readonly footnotes: Map<object, number>;
  private inlineFootnotes = false;

  constructor(readonly doc: ArticleDocument) {
    this.labels = labelsFor(doc.lang);
    this.footnotes = new Map(footnotesOf(doc).map((run, i) => [run, i + 1]));
  }

  run(inline: Inline): string {
    if (typeof inline === 'string') return text(inline);
    if ('href' in inline) return `<a href="${attr(inline.href)}">${text(inline.text)}</a>`;
    if ('emphasis' in inline) return `<em>${text(inline.text)}</em>`;
    if ('strong' in inline) return `<strong>${text(inline.text)}</strong>`;
    if ('footnote' in inline) {
      // A live post's footnotes are written where they stand: the numbered list is the body's.
      if (this.inlineFootnotes) {
        return `${text(inline.text)}<small class="footnote-inline"> [${text(inline.footnote)}]</small>`;
      }
      const n = this.footnotes.get(inline)!;
      return `${text(inline.text)}<sup class="footnote-ref"><a id="bs-fnref-${n}" href="#bs-fn-${n}"><span aria-hidden="true">[${n}]</span>${hidden(`${label(this.labels.footnote)} ${n}`)}</a></sup>`;
    }
    if ('lang' in inline) return `<span lang="${attr(inline.lang)}">${text(inline.text)}</span>`;
    return text(inline.text);
  }

  rich(value: RichText): string {
    return typeof value === 'string' ? text(value) : value.map((r) => this.run(r)).join('');
  }

  heading(level: number, id: string, content: string) {
    return `<h${level} id="${id}" class="heading">${content}</h${level}>`;
  }

  table(table: DataTableData, id: string): string {
    const head = table.head.map((cell) => `<th scope="col">${text(cell)}</th>`).join('');
    const rows = table.rows
      .map(
        (row) =>
          `<tr>${row
            .map((cell, c) =>
              table.rowHeaders && c === 0
                ? `<th scope="row">${this.rich(cell)}</th>`
                : `<td>${this.rich(cell)}</td>`,
            )
            .join('')}</tr>`,
      )
      .join('');
    const source = table.source
      ? `<p class="source">${label(this.labels.source)} ${text(table.source)}</p>`
      : '';
    return ` <div class="data-table"><div class="scroll" role="region" aria-labelledby="${id}-caption" tabindex="0"><table><caption id="${id}-caption">${text(table.caption)}</caption><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table></div> ${source}</div>`;
  }

  image(img: ArticleImage, id: string, lead: boolean): string {
    const figcaption = this.mediaCaption(img, this.labels.imageCredit);
    const summary = img.description
      ? img.data
        ? this.labels.descriptionAndData
        : this.labels.description
      : img.data
        ? this.labels.data
        : undefined;
    const details = summary
      ? ` <details class="details"><summary>${label(summary)}</summary> ${(img.description ?? []).map((p) => `<p>${this.rich(p)}</p>`).join('')} ${img.data ? this.table(img.data, `${id}-data`) : ''}</details>`
      : '';
    const size = !lead && img.size && img.size !== 'column' ? img.size : undefined;
    const figure = ` <figure class="image"${optional('data-size', size)}><img src="${attr(img.src)}" alt="${img.decorative ? '' : attr(img.alt)}" width="${img.width}" height="${img.height}"${optional('srcset', img.srcset)}${optional('sizes', img.sizes)} loading="${lead ? 'eager' : 'lazy'}"${lead ? ' fetchpriority="high"' : ''} decoding="async"/> ${figcaption} ${details}</figure>`;
    return size ? `<div class="breakout ${size}">${figure}</div>` : figure;
  }

  transcript(paragraphs: RichText[], title: string): string {
    return ` <details class="transcript"><summary>${label(this.labels.transcript)}${hidden(`: ${text(title)}`)}</summary> <div class="text">${paragraphs.map((p) => `<p>${this.rich(p)}</p>`).join('')}</div></details>`;
  }

  mediaCaption(
    media: { caption?: string; credit?: string; creditLang?: string; duration?: string },
    creditLabel: Label,
  ): string {
    const duration =
      'duration' in media && media.duration ? parseDuration(media.duration)! : undefined;
    if (!media.caption && !media.credit && !duration) return '';
    const caption = media.caption ? `<span class="caption">${text(media.caption)}</span>` : '';
    const credit = media.credit
      ? `<span class="credit">${label(creditLabel)} <bdi${optional('lang', media.creditLang)}>${text(media.credit)}</bdi></span>`
      : '';
    const length = duration
      ? `<span class="duration">${label(this.labels.duration)} <time datetime="${attr(duration.iso)}">${text(formatDuration(duration, this.doc.lang))}</time></span>`
      : '';
    return ` <figcaption>${caption} ${credit} ${length}</figcaption>`;
  }

  video(video: ArticleVideo): string {
    const tracks = video.tracks ?? [];
    const chosen = defaultTrack(tracks, this.doc.lang);
    const sources = video.sources
      .map((source) => `<source src="${attr(source.src)}" type="${attr(source.type)}"/>`)
      .join('');
    const trackTags = tracks
      .map(
        (t, i) =>
          `<track kind="${t.kind ?? 'captions'}" src="${attr(t.src)}" srclang="${attr(t.lang)}" label="${attr(t.label)}"${i === chosen ? ' default=""' : ''}/>`,
      )
      .join('');
    return ` <figure class="video"><video controls="" preload="none" playsinline="" width="${video.width}" height="${video.height}"${optional('poster', video.poster)} aria-label="${attr(video.title)}">${sources} ${trackTags}</video> ${this.mediaCaption(video, this.labels.videoCredit)} ${video.transcript ? this.transcript(video.transcript, video.title) : ''}</figure>`;
  }

  audio(audio: ArticleAudio, id: string): string {
    const sources = audio.sources
      .map((source) => `<source src="${attr(source.src)}" type="${attr(source.type)}"/>`)
      .join('');
    return ` <figure class="audio"><p class="title" id="${id}-title">${text(audio.title)}</p> <audio controls="" preload="none" aria-labelledby="${id}-title">${sources}</audio> ${this.mediaCaption(audio, this.labels.audioCredit)} ${this.transcript(audio.transcript, audio.title)}</figure>`;
  }

  embed(embed: ArticleEmbed, id: string): string {
    const fill = (l: Label) => label(fillLabel(l, { provider: embed.provider }));
    return `<div class="embed" data-broadsheet-embed="${attr(embed.src)}" data-title="${attr(embed.title)}" data-width="${embed.width}" data-height="${embed.height}"><a class="skip" href="#${id}-end">${fill(this.labels.skipEmbed)}</a> <div class="box" style="aspect-ratio: ${embed.width} / ${embed.height};"><div class="placeholder"><p class="title">${text(embed.title)}</p> <p class="notice">${fill(this.labels.embedNotice)}</p> <button type="button" hidden="">${fill(this.labels.loadEmbed)}</button> <a class="link" href="${attr(embed.link.href)}">${text(embed.link.text)}</a></div></div> <p id="${id}-end" class="end" tabindex="-1">${fill(this.labels.embedEnd)}</p></div>`;
  }

  /** A date of the document in a `<time>`, in its language and time zone. */
  time(iso: string): string {
    const date = parseIsoDate(iso)!;
    return `<time datetime="${date.iso}">${text(formatIsoDate(date, this.doc.lang, this.doc.timeZone ?? 'UTC'))}</time>`;
  }

  dateline(): string {
    const { doc } = this;
    const place = doc.place ? `<span class="place">${text(doc.place)}${hidden(',')}</span>` : '';
    const updated = doc.updated
      ? `<span class="updated">${label(this.labels.updated)} ${this.time(doc.updated)}</span>`
      : '';
    return ` <div class="dateline">${place} ${this.time(doc.published)} ${updated} </div>`;
  }

  byline(people = this.doc.byline): string {
    if (!people) return '';
    const groups = new Map<string | undefined, typeof people>([[undefined, []]]);
    for (const person of people)
      groups.set(person.role, [...(groups.get(person.role) ?? []), person]);
    const lines = [...groups]
      .filter(([, group]) => group.length > 0)
      .map(([role, group]) => {
        let next = 0;
        const names = listParts(
          group.map((person) => person.name),
          this.doc.lang,
        )
          .map((part) => {
            if (part.type !== 'element') return text(part.value);
            const person = group[next++]!;
            const name = `<bdi>${text(person.name)}</bdi>`;
            return person.url ? `<a href="${attr(person.url)}">${name}</a>` : name;
          })
          .join('');
        return `<p>${role ? `${text(role)}:` : label(this.labels.byline)} ${names}</p>`;
      });
    return ` <div class="byline">${lines.join('')}</div>`;
  }

  sources(): string {
    const { doc, labels } = this;
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
    return ` <footer class="source-footer"><p>${authors ? `${heading(labels.authors)}<bdi class="authors">${authors}</bdi>` : ''} ${agencies ? `${heading(labels.agencies)}<bdi class="agencies">(${agencies})</bdi>` : ''}</p></footer>`;
  }

  /** Body blocks, the article's or a live post's: their ids start with `prefix`. */
  blocks(body: BodyBlock[], prefix: string, level: number): string {
    const { labels } = this;
    const ids = headingIds(
      prefix,
      body.flatMap((b) => (b.type === 'subheading' ? [b.text] : [])),
    );
    let subheading = 0;
    return body
      .map((block, i) => {
        switch (block.type) {
          case 'paragraph':
            return `<p>${this.rich(block.text)}</p>`;
          case 'subheading':
            return `<h${level} id="${ids[subheading++]}" class="subheading">${text(block.text)}</h${level}>`;
          case 'pullquote':
            return ` <figure class="pull-quote"${block.repeatsBody ? ' aria-hidden="true"' : ''}><blockquote${optional('lang', block.lang)}><p><span class="mark" aria-hidden="true">${text(labels.quoteOpen.text)}</span>${text(block.text)}<span class="mark" aria-hidden="true">${text(labels.quoteClose.text)}</span></p></blockquote> ${block.attribution ? `<figcaption><span aria-hidden="true">—\u00a0</span>${text(block.attribution)}</figcaption>` : ''}</figure>`;
          case 'image':
            return this.image(block.image, `${prefix}-${i}`, false);
          case 'list': {
            const tag = block.ordered ? 'ol' : 'ul';
            return `<${tag} class="list">${block.items.map((item) => `<li>${this.rich(item)}</li>`).join('')}</${tag}>`;
          }
          case 'quote':
            return ` <figure class="quote"><blockquote${optional('cite', block.cite)}${optional('lang', block.lang)}>${block.text.map((p) => `<p>${this.rich(p)}</p>`).join('')}</blockquote> ${block.attribution ? `<figcaption><span aria-hidden="true">—\u00a0</span>${text(block.attribution)}</figcaption>` : ''}</figure>`;
          case 'table':
            return this.table(block.table, `${prefix}-${i}`);
          case 'video':
            return this.video(block.video);
          case 'audio':
            return this.audio(block.audio, `${prefix}-${i}`);
          case 'embed':
            return this.embed(block.embed, `${prefix}-${i}`);
        }
      })
      .join('');
  }

  /** A live document's posts, as LiveFeed writes them on the server (nothing pending). */
  live(): string {
    const { doc, labels } = this;
    const coverage = doc.live;
    if (!coverage) return '';
    const level = 2;
    const updatedAt = (iso: string) => {
      const [before = '', after = ''] = labels.updatedAt.text.split('{time}');
      return `<span${optional('lang', labels.updatedAt.lang)}>${text(before)}${this.time(iso)}${text(after)}</span>`;
    };
    const pinned = coverage.posts.find((post) => post.pinned);
    const keyEvents = coverage.posts.filter((post) => post.keyEvent);
    const latest = lastChange(coverage.posts) ?? coverage.coverageStart;
    const post = (p: LivePost) => {
      const heading = p.headline
        ? `<h${level} id="${attr(p.id)}-heading" tabindex="-1" class="post-heading">${text(p.headline)}</h${level}> <p class="meta published">${this.time(p.published)}</p>`
        : `<h${level} id="${attr(p.id)}-heading" tabindex="-1" class="post-heading time-heading">${this.time(p.published)}</h${level}>`;
      const flag = p.pinned ? `<p class="flag">${label(labels.pinnedPost)}</p>` : '';
      const updated = p.updated ? `<p class="meta">${updatedAt(p.updated)}</p>` : '';
      const classes = ['post', p.keyEvent && 'key-event', p.pinned && 'pinned'].filter(Boolean);
      this.inlineFootnotes = true;
      const body = this.blocks(p.body, p.id, level + 1);
      this.inlineFootnotes = false;
      return `<article id="${attr(p.id)}" class="${classes.join(' ')}" aria-labelledby="${attr(p.id)}-heading"><header class="post-header">${flag} ${heading} ${updated} ${this.byline(p.byline)}</header> ${body}</article>`;
    };
    const status = coverage.status === 'live' ? labels.live : labels.coverageEnded;
    const events = keyEvents.length
      ? `<nav class="key-events" aria-labelledby="bs-key-events"><h${level} id="bs-key-events" class="section-heading">${label(labels.keyEvents)}</h${level}> <ol>${keyEvents
          .map((event) =>
            event.headline
              ? `<li><span class="event-time">${this.time(event.published)}</span> <a href="#${attr(event.id)}">${text(event.headline)}</a></li>`
              : `<li><a href="#${attr(event.id)}">${this.time(event.published)}</a></li>`,
          )
          .join('')}</ol></nav>`
      : '';
    const older = coverage.olderPosts
      ? `<p class="older"><a href="${attr(coverage.olderPosts)}">${label(labels.olderPosts)}</a></p>`
      : '';
    const stream = coverage.posts
      .filter((p) => p !== pinned)
      .map(post)
      .join('');
    return `<div class="live-blog"><div class="bar"><p class="status"><strong class="badge ${coverage.status}">${label(status)}</strong> ${updatedAt(latest)}</p> <div class="slot"></div></div> <div role="status" aria-atomic="true"><span class="visually-hidden"${optional('lang', labels.newUpdates.lang)}></span></div> ${events} ${pinned ? post(pinned) : ''} <div class="stream">${stream}</div> ${older}</div>`;
  }

  render(): { head: string; body: string } {
    const { doc, labels } = this;
    const section = 2;
    const subheadings = doc.body.flatMap((b) => (b.type === 'subheading' ? [b.text] : []));
    const ids = headingIds('bs', subheadings);
    const showContents = subheadings.length >= 3;
    const corrected = doc.notes?.some((note) => note.kind === 'correction');

    const header = ` <header class="headline">${doc.kicker ? `<p class="kicker">${text(doc.kicker)}</p>` : ''} <h1 id="bs-headline" class="title">${text(doc.headline)}</h1> ${this.dateline()} ${doc.standfirst ? `<p class="standfirst">${text(doc.standfirst)}</p>` : ''}</header>`;
    const permalink = doc.permalink
      ? `<p class="permalink"> <a class="short-link" href="${attr(doc.permalink)}">${hidden(label(labels.shortLink))} <bdi>${text(doc.permalink)}</bdi></a></p>`
      : '';
    const notice = corrected
      ? `<p class="correction-notice">${label(labels.corrected)} <a href="#bs-notes">${label(labels.readCorrection)}</a></p>`
      : '';
    let summary = '';
    if (doc.summary) {
      const id = 'bs-summary';
      summary = ` <section class="summary" aria-labelledby="${id}-heading">${this.heading(section, `${id}-heading`, label(labels.keyPoints))} <ul>${doc.summary.map((point) => `<li>${this.rich(point)}</li>`).join('')}</ul></section>`;
    }
    let contents = '';
    if (showContents) {
      const id = 'bs-contents';
      contents = ` <nav class="contents" aria-labelledby="${id}-heading" id="bs-contents">${this.heading(section, `${id}-heading`, label(labels.contents))} <ol>${subheadings.map((heading, i) => `<li><a href="#${ids[i]}">${text(heading)}</a></li>`).join('')}</ol></nav>`;
    }
    const lead = doc.leadImage ? this.image(doc.leadImage, 'bs-lead', true) : '';

    const blocks = this.blocks(doc.body, 'bs', section);

    const backToContents = showContents
      ? `<p class="back-to-contents"><a href="#bs-contents">${label(labels.backToContents)}</a></p>`
      : '';
    const runs = footnotesOf(doc);
    const footnotes =
      runs.length > 0
        ? ` <section class="footnotes" aria-labelledby="bs-footnotes">${this.heading(section, 'bs-footnotes', label(labels.footnotes))} <ol>${runs.map((run, i) => `<li id="bs-fn-${i + 1}">${text(run.footnote)} <a class="back" href="#bs-fnref-${i + 1}">${label(labels.backToContent)}</a></li>`).join('')}</ol></section>`
        : '';
    let notes = '';
    if (doc.notes && doc.notes.length > 0) {
      const id = 'bs-notes';
      const kinds = {
        correction: labels.correction,
        clarification: labels.clarification,
        update: labels.update,
        'editors-note': labels.editorsNote,
      };
      notes = ` <section class="notes" aria-labelledby="${id}-heading" id="bs-notes">${this.heading(section, `${id}-heading`, label(labels.notes))} <ul>${doc.notes
        .map((note) => {
          return `<li><p class="meta"><strong>${label(kinds[note.kind])}</strong>, ${this.time(note.date)}</p> <p>${this.rich(note.text)}</p></li>`;
        })
        .join('')}</ul></section>`;
    }
    const footer = this.sources();
    let related = '';
    if (doc.related && doc.related.length > 0) {
      const id = 'bs-related';
      related = ` <section class="related" aria-labelledby="${id}-heading">${this.heading(section, `${id}-heading`, label(labels.related))} <ul>${doc.related
        .map((link) => {
          const date = link.published === undefined ? undefined : parseIsoDate(link.published)!;
          return `<li>${link.kicker ? `<span class="kicker">${text(link.kicker)}</span>` : ''} <a href="${attr(link.href)}">${text(link.text)}</a> ${date ? `<time datetime="${date.iso}">${text(formatIsoDate(date, doc.lang))}</time>` : ''}</li>`;
        })
        .join('')}</ul></section>`;
    }

    const body = `<article lang="${attr(doc.lang)}" dir="${doc.dir ?? directionOf(doc.lang)}" aria-labelledby="bs-headline" class="article"><div class="column">${header} ${permalink} ${this.byline()} ${notice} ${summary} ${contents} ${lead} <div class="body">${blocks}</div> ${this.live()} ${backToContents} ${footnotes} ${notes} ${footer} ${related}</div></article>`;
    // Beside the article: the JSON-LD, and the labels of a language other than English.
    const entry = labelEntry(doc.lang);
    const labelsScript = entry
      ? `<script type="application/json" data-broadsheet="s1">${scriptJson({ key: entry[0], labels: entry[1] })}</script>`
      : '';
    const jsonLd = `<script type="application/ld+json" data-broadsheet="s1">${serializeJsonLd(articleJsonLd(doc))}</script>`;
    return { head: '', body: `${body} ${jsonLd} ${labelsScript}` };
  }
}

// The space before each part's root element (" <figure class=\"image\">") is what <Article>
// writes: each part renders its style carrier first (XParts.svelte), and Svelte keeps the space
// that follows it.
export function renderArticleByHand(doc: ArticleDocument): { head: string; body: string } {
  return new Page(doc).render();
}
