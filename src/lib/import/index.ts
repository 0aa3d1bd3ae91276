// 'broadsheet/import': a CMS's rich-text HTML (WordPress `content.rendered`, CKEditor, a Google
// Docs paste) to ArticleDocument body blocks. It parses with parse5, the HTML standard's own
// parsing algorithm, so unbalanced tags, comments and entities are read as a browser reads
// them; it never uses regular expressions on HTML. Every piece of text of the input ends up in
// `body` or in `dropped`, with the element and the reason: nothing disappears silently. Scripts,
// styles and event handlers never survive; only safe URLs do. A separate entry point, so a page
// that only renders never ships the parser.
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import type {
  ArticleVideo,
  BodyBlock,
  DataTable,
  Inline,
  MediaSource,
  RichText,
  TextTrack,
} from '../article/types.js';
import { isDimension } from '../article/rules.js';
import { hasSafeScheme, imageSchemes, isHttpsUrl, linkSchemes } from '../urls.js';

type Node = DefaultTreeAdapterMap['childNode'];
type Element = DefaultTreeAdapterMap['element'];
type Parent = DefaultTreeAdapterMap['parentNode'];

/** Something of the input that is not in `body`, and why. */
export interface Dropped {
  /** The element, as `tag` or `tag.class`: "script", "iframe", "a". */
  element: string;
  /** Why, in words an editor can act on. */
  reason: string;
  /** The text it held; empty for an element without text (an image, a link's target). */
  text: string;
}

export interface ImportOptions {
  /** The language of the article: text in another language is marked only where the HTML says so. */
  lang?: string;
  /** The pixel size of an image whose `<img>` has no width and height attributes. */
  imageSize?: (src: string) => { width: number; height: number } | undefined;
}

export interface ImportResult {
  body: BodyBlock[];
  dropped: Dropped[];
}

// Elements whose content is never the article's text: dropped whole, their text reported.
const droppedElements: Record<string, string> = {
  script: 'scripts never run in an article',
  style: 'styles come from the site, not the article',
  noscript: 'content for browsers without scripts is not needed: the article needs no script',
  template: 'template content is not shown',
  object: 'plugins are not supported: use an https iframe for third-party content',
  embed: 'plugins are not supported: use an https iframe for third-party content',
  applet: 'plugins are not supported',
  form: 'forms are not part of an article',
  button: 'controls are not part of an article',
  input: 'controls are not part of an article',
  select: 'controls are not part of an article',
  textarea: 'controls are not part of an article',
  svg: 'inline graphics are not imported: upload the graphic as an image with alt text',
  math: 'formulas are not imported: write them out, or use an image with alt text',
  canvas: 'canvas drawings are not imported',
  head: 'document head content is not part of the body',
  title: 'document head content is not part of the body',
  meta: 'document head content is not part of the body',
  link: 'document head content is not part of the body',
  base: 'document head content is not part of the body',
};

const headings = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const blockElements = new Set([
  'p',
  ...headings,
  'ul',
  'ol',
  'blockquote',
  'figure',
  'table',
  'img',
  'iframe',
  'video',
  'audio',
  'hr',
  'pre',
]);

const attr = (element: Element, name: string): string | undefined =>
  element.attrs.find((a) => a.name === name)?.value;

const isElement = (node: Node | Parent): node is Element => 'tagName' in node;
const isText = (node: Node): node is DefaultTreeAdapterMap['textNode'] => node.nodeName === '#text';

const describe = (element: Element) => {
  const cls = attr(element, 'class')?.trim().split(/\s+/)[0];
  return cls ? `${element.tagName}.${cls}` : element.tagName;
};

/** All text under `node`, whitespace folded: what a dropped element held. */
function textOf(node: Node | Parent): string {
  const parts: string[] = [];
  const stack: (Node | Parent)[] = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (isText(current as Node)) parts.push((current as DefaultTreeAdapterMap['textNode']).value);
    const children =
      isElement(current) && current.tagName === 'template'
        ? (current as DefaultTreeAdapterMap['template']).content.childNodes
        : 'childNodes' in current
          ? current.childNodes
          : [];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return fold(parts.join(' '));
}

/** Whitespace as a reader sees it: runs of spaces, tabs, newlines and no-break spaces as one. */
const fold = (text: string) => text.replace(/[\s\u00a0]+/g, ' ').trim();

// Where two <br> end a paragraph inside one element: split into paragraphs afterwards.
const PARAGRAPH_BREAK = '\u2029';

/** The formatting in force for a run of text. */
interface Marks {
  href?: string;
  emphasis?: boolean;
  strong?: boolean;
  lang?: string;
}

/**
 * HTML to body blocks. Returns the blocks and what was left out; pass the blocks to
 * `parseArticle` with the rest of the document.
 */
export function htmlToBody(html: string, options: ImportOptions = {}): ImportResult {
  if (typeof html !== 'string') {
    throw new TypeError(`htmlToBody: html must be a string; got ${typeof html}`);
  }
  // As a browser with scripting on parses it: <noscript> holds text, not elements.
  const fragment = parseFragment(html);
  const body: BodyBlock[] = [];
  const dropped: Dropped[] = [];
  const drop = (element: Element | string, reason: string, text = '') =>
    dropped.push({
      element: typeof element === 'string' ? element : describe(element),
      reason,
      text: fold(text),
    });

  // ---------- inline content: runs, with formatting, collected without recursion

  /** The runs of the inline content of `nodes`; block elements among them are returned apart. */
  function runsOf(nodes: Node[], base: Marks = {}): Inline[] {
    const runs: Inline[] = [];
    const stack: { node: Node; marks: Marks }[] = nodes
      .map((node) => ({ node, marks: base }))
      .reverse();
    let breaks = 0;
    while (stack.length > 0) {
      const { node, marks } = stack.pop()!;
      if (isText(node)) {
        if (breaks > 0) {
          if (breaks > 1) runs.push(PARAGRAPH_BREAK);
          else push(runs, ' ', {});
          breaks = 0;
        }
        push(runs, node.value, marks);
        continue;
      }
      if (!isElement(node)) continue; // comments, Gutenberg's <!-- wp:… --> among them
      const tag = node.tagName;
      if (tag in droppedElements) {
        drop(node, droppedElements[tag]!, textOf(node));
        continue;
      }
      if (tag === 'br') {
        breaks++;
        continue;
      }
      if (tag === 'img' || tag === 'iframe' || tag === 'video' || tag === 'audio') {
        // Media inside a paragraph become blocks of their own, after it.
        pendingBlocks.push(node);
        continue;
      }
      const next: Marks = { ...marks };
      const style = attr(node, 'style') ?? '';
      if (tag === 'a') {
        const href = attr(node, 'href')?.trim();
        if (href && hasSafeScheme(href, linkSchemes) && !/^www\./i.test(href)) next.href = href;
        else if (href) {
          drop(
            node,
            `link removed: "${href.slice(0, 60)}" is not an http, https, mailto or relative address; the text stays`,
          );
        }
      }
      if (tag === 'em' || tag === 'i' || tag === 'cite' || /font-style:\s*italic/i.test(style))
        next.emphasis = true;
      // Google Docs wraps a whole paste in <b style="font-weight:normal">: not strong.
      if (
        ((tag === 'strong' || tag === 'b') && !/font-weight:\s*(normal|400)/i.test(style)) ||
        /font-weight:\s*(bold|[6-9]00)/i.test(style)
      ) {
        next.strong = true;
      }
      const lang = attr(node, 'lang');
      if (lang && lang !== options.lang) next.lang = lang;
      const children = node.childNodes;
      for (let i = children.length - 1; i >= 0; i--)
        stack.push({ node: children[i]!, marks: next });
    }
    return runs;
  }

  /** Adds text with its marks, joining it to the previous run when they are the same. */
  function push(runs: Inline[], text: string, marks: Marks) {
    const value = text.replace(/[\s\u00a0]+/g, ' ');
    if (value === '') return;
    // A run is one kind: a link keeps its link; otherwise strong, then emphasis, then language.
    const run: Inline = marks.href
      ? { text: value, href: marks.href }
      : marks.strong
        ? { text: value, strong: true }
        : marks.emphasis
          ? { text: value, emphasis: true }
          : marks.lang
            ? { text: value, lang: marks.lang }
            : value;
    const last = runs.at(-1);
    if (last !== undefined && last !== PARAGRAPH_BREAK && sameKind(last, run)) {
      const join = (a: string, b: string) => (a + b).replace(/ {2,}/g, ' ');
      runs[runs.length - 1] =
        typeof last === 'string'
          ? join(last, run as string)
          : { ...last, text: join(last.text, (run as { text: string }).text) };
    } else {
      runs.push(run);
    }
  }

  function sameKind(a: Inline, b: Inline): boolean {
    if (typeof a === 'string' || typeof b === 'string') return typeof a === typeof b;
    const key = (run: Exclude<Inline, string>) => JSON.stringify({ ...run, text: '' });
    return key(a) === key(b);
  }

  /**
   * Trims the paragraph's ends and gives the spaces between runs to the run before them: a run
   * of spaces alone is no run a document accepts.
   */
  function tidy(runs: Inline[]): Inline[] {
    const out: Inline[] = [];
    let space = false;
    for (const run of runs) {
      const text = typeof run === 'string' ? run : run.text;
      if (text.trim() === '') {
        // A space between two runs: it goes with the plain text around it where there is some.
        if (text !== '' && out.length > 0) space = true;
        continue;
      }
      const copy = typeof run === 'string' ? run : { ...run };
      if (space) {
        const last = out.at(-1)!;
        if (typeof copy === 'string') out.push(/^\s/.test(copy) ? copy : ` ${copy}`);
        else if (typeof last === 'string')
          out[out.length - 1] = last.endsWith(' ') ? last : `${last} `;
        else if (!last.text.endsWith(' ') && !copy.text.startsWith(' '))
          last.text = `${last.text} `;
        if (typeof copy !== 'string') out.push(copy);
        space = false;
        continue;
      }
      out.push(copy);
    }
    const first = out[0];
    if (typeof first === 'string') out[0] = first.replace(/^[\s\u00a0]+/, '');
    else if (first) first.text = first.text.replace(/^[\s\u00a0]+/, '');
    const last = out.at(-1);
    if (typeof last === 'string') out[out.length - 1] = last.replace(/[\s\u00a0]+$/, '');
    else if (last) last.text = last.text.replace(/[\s\u00a0]+$/, '');
    return out.filter((run) => (typeof run === 'string' ? run : run.text) !== '');
  }

  /** Paragraphs of runs: a double line break (two <br>) starts a new paragraph. */
  function paragraphsOf(runs: Inline[]): Inline[][] {
    const paragraphs: Inline[][] = [[]];
    for (const run of runs) {
      if (run === PARAGRAPH_BREAK) paragraphs.push([]);
      else paragraphs.at(-1)!.push(run);
    }
    return paragraphs.map(tidy).filter(hasText);
  }

  /** The inline content of `nodes` as one paragraph's runs (line breaks become spaces). */
  const inlineOf = (nodes: Node[]) =>
    tidy(paragraphsOf(runsOf(nodes)).flatMap((p, i) => (i ? [' ', ...p] : p)));

  const hasText = (runs: Inline[]) =>
    runs.some((run) => (typeof run === 'string' ? run : run.text).trim() !== '');

  /** Runs as a document holds them: a plain string when nothing is marked. */
  const richText = (runs: Inline[]): RichText =>
    runs.every((run) => typeof run === 'string') ? fold(runs.join('')) : runs;

  const plain = (runs: Inline[]) =>
    fold(runs.map((run) => (typeof run === 'string' ? run : run.text)).join(''));

  // ---------- blocks

  // Media met inside inline content, turned into blocks after the paragraph that held them.
  let pendingBlocks: Element[] = [];

  function paragraph(runs: Inline[]) {
    for (const p of paragraphsOf(runs)) body.push({ type: 'paragraph', text: richText(p) });
    const media = pendingBlocks;
    pendingBlocks = [];
    for (const element of media) blockElement(element);
  }

  function image(img: Element, caption?: string, credit?: string): void {
    const src = attr(img, 'src')?.trim() ?? attr(img, 'data-src')?.trim();
    if (!src) return void drop(img, 'image without a src');
    if (!hasSafeScheme(src, imageSchemes) || /^www\./i.test(src)) {
      return void drop(
        img,
        `image removed: "${src.slice(0, 60)}" is not an http(s) or relative address`,
        caption,
      );
    }
    const alt = attr(img, 'alt');
    let width = Number(attr(img, 'width'));
    let height = Number(attr(img, 'height'));
    if (!isDimension(width) || !isDimension(height)) {
      const size = options.imageSize?.(src);
      width = size?.width ?? NaN;
      height = size?.height ?? NaN;
    }
    if (!isDimension(width) || !isDimension(height)) {
      return void drop(
        img,
        `image ${src.slice(0, 80)} has no width and height: give them in the HTML or through the imageSize option, so its box can be reserved`,
        [alt, caption].filter(Boolean).join(' '),
      );
    }
    if (alt === undefined) {
      return void drop(
        img,
        `image ${src.slice(0, 80)} has no alt text: describe what it shows, or give alt="" if it adds nothing`,
        caption,
      );
    }
    const described = alt.trim() !== '';
    body.push({
      type: 'image',
      image: {
        src,
        width,
        height,
        ...(described ? { alt: fold(alt) } : { alt: '', decorative: true }),
        ...(caption && { caption }),
        ...(credit && { credit }),
      },
    });
  }

  function providerOf(src: string): string {
    const host = new URL(src).hostname.replace(/^www\./, '');
    const known: [RegExp, string][] = [
      [/(^|\.)youtube(-nocookie)?\.com$|^youtu\.be$/, 'YouTube'],
      [/(^|\.)vimeo\.com$/, 'Vimeo'],
      [/(^|\.)datawrapper\.de$|dwcdn\.net$/, 'Datawrapper'],
      [/(^|\.)(twitter|x)\.com$/, 'X'],
      [/(^|\.)instagram\.com$/, 'Instagram'],
      [/(^|\.)facebook\.com$/, 'Facebook'],
      [/(^|\.)soundcloud\.com$/, 'SoundCloud'],
      [/(^|\.)spotify\.com$/, 'Spotify'],
      [/(^|\.)flourish\.studio$/, 'Flourish'],
    ];
    return known.find(([pattern]) => pattern.test(host))?.[1] ?? host;
  }

  function iframe(element: Element, caption?: string): void {
    // Browsers never show what an <iframe> holds: report it rather than lose it.
    const inner = textOf(element);
    if (inner) drop(element, 'text inside an <iframe> is never shown', inner);
    const src = attr(element, 'src')?.trim();
    if (!src || !isHttpsUrl(src)) {
      return void drop(
        element,
        `embed removed: its address ${JSON.stringify(src ?? '')} is not https`,
        caption,
      );
    }
    const provider = providerOf(src);
    const youtube = /youtube(-nocookie)?\.com\/embed\/([\w-]+)/.exec(src);
    const href = youtube ? `https://www.youtube.com/watch?v=${youtube[2]}` : src;
    let width = Number(attr(element, 'width'));
    let height = Number(attr(element, 'height'));
    if (!isDimension(width) || !isDimension(height)) {
      [width, height] = [560, 315];
      drop(
        element,
        `embed from ${provider} has no width and height: its box is reserved at 16:9; give the real size`,
      );
    }
    const title = fold(attr(element, 'title') ?? '') || caption;
    if (!title)
      drop(
        element,
        `embed from ${provider} has no title: it is named "${provider} content"; give it a title that says what it shows`,
      );
    body.push({
      type: 'embed',
      embed: {
        provider,
        title: title || `${provider} content`,
        src,
        width,
        height,
        link: { text: caption ?? `View on ${provider}`, href },
      },
    });
  }

  function media(element: Element, caption?: string): void {
    const kind = element.tagName as 'video' | 'audio';
    const sources: MediaSource[] = [];
    const tracks: TextTrack[] = [];
    const add = (src: string | undefined, type: string | undefined) => {
      if (!src) return;
      if (!hasSafeScheme(src, imageSchemes))
        return void drop(
          kind,
          `${kind} source removed: "${src.slice(0, 60)}" is not an http(s) or relative address`,
        );
      const extension = /\.(\w+)(?:[?#]|$)/.exec(src)?.[1]?.toLowerCase();
      sources.push({
        src,
        type: type ?? `${kind}/${extension === 'mp3' ? 'mpeg' : (extension ?? 'mp4')}`,
      });
    };
    add(attr(element, 'src'), undefined);
    const fallback: string[] = [];
    for (const child of element.childNodes) {
      if (!isElement(child)) {
        if (isText(child) && child.value.trim()) fallback.push(child.value);
        continue;
      }
      if (child.tagName === 'source') add(attr(child, 'src'), attr(child, 'type'));
      else if (child.tagName === 'track') {
        const src = attr(child, 'src');
        const lang = attr(child, 'srclang');
        const label = attr(child, 'label');
        const trackKind = attr(child, 'kind') ?? 'subtitles';
        if (!src || !lang || !label || !hasSafeScheme(src, imageSchemes)) {
          drop(child, 'text track removed: it needs src, srclang and label');
        } else if (
          trackKind === 'captions' ||
          trackKind === 'subtitles' ||
          trackKind === 'descriptions'
        ) {
          tracks.push({ src, lang, label, kind: trackKind });
        } else {
          drop(child, `text track of kind "${trackKind}" is not used`);
        }
      } else fallback.push(textOf(child));
    }
    if (fallback.join('').trim())
      drop(
        element,
        `the ${kind} element's fallback text is not shown by browsers that play it`,
        fallback.join(' '),
      );
    const title = fold(attr(element, 'title') ?? attr(element, 'aria-label') ?? '') || caption;
    if (sources.length === 0)
      return void drop(element, `${kind} without a playable source`, caption);
    if (!title)
      return void drop(
        element,
        `${kind} without a title: give it a title (or a caption) that says what it is`,
      );
    if (kind === 'audio') {
      return void drop(
        element,
        'audio needs a transcript, which HTML does not carry: add the audio block with its transcript in the CMS',
        caption,
      );
    }
    const width = Number(attr(element, 'width'));
    const height = Number(attr(element, 'height'));
    if (!isDimension(width) || !isDimension(height)) {
      return void drop(
        element,
        'video without width and height: give them, so its box can be reserved',
        caption,
      );
    }
    const video: ArticleVideo = {
      title,
      sources,
      width,
      height,
      ...(tracks.length > 0 && { tracks }),
      ...(caption && { caption }),
    };
    const poster = attr(element, 'poster');
    if (poster && hasSafeScheme(poster, imageSchemes)) video.poster = poster;
    if (!tracks.some((t) => t.kind === 'captions')) {
      return void drop(
        element,
        'video without captions: add a <track kind="captions"> so that people who cannot hear it can follow it',
        caption,
      );
    }
    body.push({ type: 'video', video });
  }

  function table(element: Element, outsideCaption?: string): void {
    const rows: Element[] = [];
    let caption = outsideCaption;
    const stack: Node[] = [...element.childNodes].reverse();
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (!isElement(node)) continue;
      if (node.tagName === 'caption') caption = plain(runsOf(node.childNodes));
      else if (node.tagName === 'tr') rows.push(node);
      else if (['thead', 'tbody', 'tfoot'].includes(node.tagName))
        stack.push(...[...node.childNodes].reverse());
      else drop(node, 'content of a table outside its rows', textOf(node));
    }
    const cells = rows.map((row) =>
      row.childNodes.filter(isElement).filter((c) => c.tagName === 'td' || c.tagName === 'th'),
    );
    if (cells.length === 0 || cells.every((r) => r.length === 0)) {
      return void drop(element, 'table without rows', textOf(element));
    }
    const first = cells[0]!;
    const hasHead = first.length > 0 && first.every((c) => c.tagName === 'th');
    const headCells = hasHead ? first : [];
    const bodyRows = hasHead ? cells.slice(1) : cells;
    const columns = Math.max(headCells.length, ...bodyRows.map((r) => r.length));
    const cellText = (cell: Element | undefined): RichText => {
      if (!cell) return '–';
      const runs = inlineOf(cell.childNodes);
      return hasText(runs) ? richText(runs) : '–';
    };
    const head = Array.from(
      { length: columns },
      (_, i) => (headCells[i] ? plain(runsOf(headCells[i]!.childNodes)) : '') || '–',
    );
    if (!hasHead)
      drop(
        element,
        'table without header cells: its columns are named "–"; mark the first row as <th>',
      );
    if (
      bodyRows.some((r) => r.length !== columns) ||
      bodyRows.flat().some((c) => !hasText(runsOf(c.childNodes)))
    ) {
      drop(element, 'table with empty or missing cells: they are shown as "–"');
    }
    if (!caption) {
      drop(element, 'table without a caption: it is named by its column headers; add a <caption>');
      caption = head.join(', ');
    }
    const data: DataTable = {
      caption,
      head,
      rows: bodyRows.map((r) => Array.from({ length: columns }, (_, i) => cellText(r[i]))),
      ...(bodyRows.length > 0 &&
        bodyRows.every((r) => r[0]?.tagName === 'th') && { rowHeaders: true }),
    };
    if (data.rows.length === 0)
      return void drop(element, 'table with a header row only', textOf(element));
    body.push({ type: 'table', table: data });
  }

  function list(element: Element): void {
    const items: RichText[] = [];
    let nested = false;
    // Items of nested lists join this one: a body list has one level.
    const stack: Node[] = [...element.childNodes].reverse();
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (!isElement(node)) {
        if (isText(node) && node.value.trim()) items.push(fold(node.value));
        continue;
      }
      if (node.tagName !== 'li') {
        if (node.tagName === 'ul' || node.tagName === 'ol') {
          nested = true;
          stack.push(...[...node.childNodes].reverse());
        } else items.push(...paragraphsOf(runsOf([node])).map(richText));
        continue;
      }
      const inline = node.childNodes.filter(
        (c) => !(isElement(c) && (c.tagName === 'ul' || c.tagName === 'ol')),
      );
      const sublists = node.childNodes.filter(
        (c): c is Element => isElement(c) && (c.tagName === 'ul' || c.tagName === 'ol'),
      );
      const runs = paragraphsOf(runsOf(inline));
      if (runs.length > 0)
        items.push(richText(tidy(runs.flatMap((p, i) => (i ? [' ', ...p] : p)))));
      if (sublists.length > 0) {
        nested = true;
        for (let i = sublists.length - 1; i >= 0; i--)
          stack.push(...[...sublists[i]!.childNodes].reverse());
      }
    }
    if (nested)
      drop(element, 'nested list flattened: its items are now items of the list around it');
    if (items.length === 0) return;
    body.push({ type: 'list', ...(element.tagName === 'ol' && { ordered: true }), items });
    const media = pendingBlocks;
    pendingBlocks = [];
    for (const m of media) blockElement(m);
  }

  function quote(element: Element): void {
    const paragraphs: RichText[] = [];
    let attribution: string | undefined;
    const parts = element.childNodes;
    const inline: Node[] = [];
    const flush = () => {
      paragraphs.push(...paragraphsOf(runsOf(inline.splice(0))).map(richText));
    };
    const stack: Node[] = [...parts].reverse();
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (isElement(node) && node.tagName === 'cite' && node === parts.at(-1)) {
        attribution = plain(runsOf(node.childNodes)).replace(/^[—–-]\s*/, '') || undefined;
      } else if (isElement(node) && (node.tagName === 'p' || headings.has(node.tagName))) {
        flush();
        inline.push(...node.childNodes);
        flush();
      } else if (isElement(node) && (node.tagName === 'div' || node.tagName === 'blockquote')) {
        stack.push(...[...node.childNodes].reverse());
      } else inline.push(node);
    }
    flush();
    const cite = attr(element, 'cite');
    if (paragraphs.length === 0) return;
    body.push({
      type: 'quote',
      text: paragraphs,
      ...(attribution && { attribution }),
      ...(cite && URL.canParse(cite) && /^https?:$/.test(new URL(cite).protocol) && { cite }),
      ...(attr(element, 'lang') && { lang: attr(element, 'lang') }),
    });
  }

  function figure(element: Element): void {
    const figcaption = element.childNodes.find(
      (c): c is Element => isElement(c) && c.tagName === 'figcaption',
    );
    const caption = figcaption ? plain(runsOf(figcaption.childNodes)) || undefined : undefined;
    const content: Element[] = [];
    const stack: Node[] = element.childNodes.filter((c) => c !== figcaption).reverse();
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (!isElement(node)) {
        if (isText(node) && node.value.trim())
          drop('figure', 'text in a figure outside its caption', node.value);
        continue;
      }
      if (
        ['img', 'iframe', 'video', 'audio', 'table', 'blockquote', 'ul', 'ol', 'p'].includes(
          node.tagName,
        )
      )
        content.push(node);
      else if (node.tagName in droppedElements)
        drop(node, droppedElements[node.tagName]!, textOf(node));
      else stack.push(...[...node.childNodes].reverse());
    }
    if (content.length === 0) {
      if (caption) body.push({ type: 'paragraph', text: caption });
      return;
    }
    content.forEach((node, i) => {
      // The caption belongs to the figure's first picture, video, embed or table.
      const own = i === 0 ? caption : undefined;
      if (node.tagName === 'img') image(node, own);
      else if (node.tagName === 'iframe') iframe(node, own);
      else if (node.tagName === 'video' || node.tagName === 'audio') media(node, own);
      else if (node.tagName === 'table') table(node, own);
      else blockElement(node);
    });
  }

  function blockElement(element: Element): void {
    const tag = element.tagName;
    if (tag === 'p' || tag === 'pre') paragraph(runsOf(element.childNodes));
    else if (headings.has(tag)) {
      const text = plain(runsOf(element.childNodes));
      if (text) body.push({ type: 'subheading', text });
      if (tag === 'h1')
        drop(
          element,
          'a level-one heading in the body became a subheading: the headline is the only h1',
        );
    } else if (tag === 'ul' || tag === 'ol') list(element);
    else if (tag === 'blockquote') quote(element);
    else if (tag === 'figure') figure(element);
    else if (tag === 'table') table(element);
    else if (tag === 'img') image(element);
    else if (tag === 'iframe') iframe(element);
    else if (tag === 'video' || tag === 'audio') media(element);
    else if (tag === 'hr') {
      /* a thematic break: the next paragraph starts anyway */
    }
  }

  // The top level: block elements become blocks; everything else is inline content gathered
  // into paragraphs; wrappers (div, section, span, font, Google Docs' <b>) are looked through,
  // without recursion, so 5,000 nested <div>s are no deeper than one.
  const inline: Node[] = [];
  const flushInline = () => {
    if (inline.length > 0) paragraph(runsOf(inline.splice(0)));
  };
  const stack: Node[] = [...fragment.childNodes].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isElement(node)) {
      if (isText(node)) inline.push(node);
      continue;
    }
    const tag = node.tagName;
    if (tag in droppedElements) {
      flushInline();
      drop(node, droppedElements[tag]!, textOf(node));
    } else if (blockElements.has(tag)) {
      flushInline();
      blockElement(node);
    } else if (
      [
        'div',
        'section',
        'article',
        'main',
        'aside',
        'header',
        'footer',
        'center',
        'body',
        'html',
      ].includes(tag) ||
      containsBlock(node)
    ) {
      flushInline();
      stack.push(...[...node.childNodes].reverse());
    } else {
      inline.push(node);
    }
  }
  flushInline();
  for (const element of pendingBlocks.splice(0)) blockElement(element);
  return { body, dropped };
}

/** Whether an inline-looking element (a Google Docs <b>, a <span>) wraps block content. */
function containsBlock(element: Element): boolean {
  const stack: Node[] = [...element.childNodes];
  let seen = 0;
  while (stack.length > 0 && seen++ < 10_000) {
    const node = stack.pop()!;
    if (!isElement(node)) continue;
    if (blockElements.has(node.tagName) || node.tagName === 'div') return true;
    stack.push(...node.childNodes);
  }
  return false;
}
